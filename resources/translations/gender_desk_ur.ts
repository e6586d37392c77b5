<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AccountPage</name>
    <message>
        <source>The station in-charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account can add desk officers and keeps the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small letters, for example shazia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the station. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station in-charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station in-charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <extracomment>(before_seq or None, limit) -&gt; entries newest first. Runs on the database worker.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sign-in, record opened and change is written here and cannot be altered. The check below walks the whole chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %n entries checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an entry is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries were put out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries were removed from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at entry {seq}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>Complaint number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}. Risk: {risk}. Survivor: {survivor}. Received {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <source>Number</source>
        <extracomment>(offset, limit) -&gt; one page of summaries, newest first. Runs on the database worker. All the results of one search. Runs on the database worker.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintListPage</name>
    <message>
        <source>Search complaints</source>
        <extracomment>Columns are sized from this many rows: enough to see the widths, cheap on a 200-row page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, name, CNIC or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sur&amp;vivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date is after the second. Please swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be counted, &amp;anonymised, in national statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to services: tick each one the survivor agrees to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;given by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>ڈیسک &amp;لاک کریں</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;صارف تبدیل کریں</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;لاگ آؤٹ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;بند کریں</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;ڈیسک</translation>
    </message>
    <message>
        <source>Gender Desk: set-up</source>
        <translation>جینڈر ڈیسک: ابتدائی ترتیب</translation>
    </message>
    <message>
        <source>Gender Desk</source>
        <translation>جینڈر ڈیسک</translation>
    </message>
    <message>
        <source>Gender Desk: {station}</source>
        <translation>جینڈر ڈیسک: {station}</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An FIR is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s CNIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact her safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CNIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safe contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What this window does today&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Register a complaint with &lt;b&gt;New complaint&lt;/b&gt; (Ctrl+N). What you type is kept as a draft while you type, so nothing is lost if the power goes.&lt;/p&gt;&lt;p&gt;The list of complaints and a complaint&apos;s details are the next screens to be built. Until they are here, complaints are looked up with the &lt;code&gt;desk-app complaint&lt;/code&gt; command, and officers are added with &lt;code&gt;desk-app user add&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;When you step away from the desk, lock it (Ctrl+L). It also locks by itself after a few minutes without use.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station in-charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code}), {district}, {province}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM or YYYY if approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date is a&amp;pproximate (only the month or the year may be known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, 24-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dist&amp;rict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint categories (tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories (Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Sections of the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {title} (check)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Draft kept at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept. Please save soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the complaint you were typing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint was being typed and was not saved. It has been kept safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved complaint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed will be gone for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this complaint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep typing, go home and come back to it later (it is kept as a draft), or discard what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go home, keep the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor: {category}. Risk level: {risk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender Desk</source>
        <translation type="unfinished">جینڈر ڈیسک</translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections suggested for the chosen categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the s&amp;uggested sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the suggested sections to the sections that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections that &amp;apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PPC 506</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anot&amp;her section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FIR registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user: sign this session out and let another officer sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {username}. Type the passphrase to go back to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Gender Desk</source>
        <translation type="unfinished">جینڈر ڈیسک</translation>
    </message>
    <message>
        <source>Please sign in with your username and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Officers of this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose an officer in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? That passphrase will no longer open the desk; the complaints already registered stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerpetratorRow</name>
    <message>
        <source>Relationship to the survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove perpetrator {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerpetratorsPage</name>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No perpetrator recorded. Add one for each person the survivor names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a perpetrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <extracomment>Runs the change on the database worker: (reason) -&gt; the complaint&apos;s new summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write why the record is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt %1</source>
        <extracomment>Makes the receipt: (paper &quot;a4&quot; or &quot;80mm&quot;, language &quot;both&quot;, &quot;ur&quot; or &quot;en&quot;) -&gt; PDF bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be made. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>The survivor came herself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In her or his own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised reporting to HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal sections and FIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetrator {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way into the station&apos;s records. It is shown this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it or copy it by hand, put the paper in an envelope, seal and sign it, and keep it locked away from the desk. Do not photograph it or save it on a computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To show the key was written down, type &amp;group {n} of it here (the four characters under the number {n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {n} of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not group {n}. Please check it against the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>New passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <source>Risk checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each question as written and tick it when the answer is yes. Questions marked (!) make the risk high on their own. The level shown is the least the case deserves: you may treat it as higher, and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level: standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level: medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level: HIGH. Act on it before the survivor leaves the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}  ({count} of {total} answered yes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <source>The complaint is saved. Its number is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt for the complainant… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt for the complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation type="unfinished">&amp;نئی شکایت</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished">&amp;ہوم</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>&amp;New complaint</source>
        <translation>&amp;نئی شکایت</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;ہوم</translation>
    </message>
    <message>
        <source>&amp;Complaints and search</source>
        <translation>&amp;شکایات اور تلاش</translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation>&amp;افسران</translation>
    </message>
    <message>
        <source>Station &amp;settings</source>
        <translation>تھانے کی &amp;ترتیبات</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;آڈٹ ریکارڈ</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>&amp;تھانہ</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Gender Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Your police station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details are printed on every receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example QTAAIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 081 2869053</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station p&amp;hone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up is done once, by the station in-charge. It takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSettingsPage</name>
    <message>
        <source>Station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts print the complainant&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts print the complainant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: a receipt found at home must not say who complained. Turn it on only if the survivors of this station ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before the desk locks itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code}), {district}, {province}. Phone: {phone}. Time zone: {zone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: add a few more words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters; a few words are easy to remember</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurvivorPage</name>
    <message>
        <source>Complainant and survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s relation to the survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity, as the person states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(please ask and choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivor is complaining in &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age is estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a &amp;disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to contact (a call will not alert anyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and how contact is safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s CNIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor&apos;s na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CNIC or B-Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe contact note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chosen from gender identity and age)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
