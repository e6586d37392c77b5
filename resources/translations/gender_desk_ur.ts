<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AccountPage</name>
    <message>
        <source>The station in-charge</source>
        <translation>تھانہ انچارج</translation>
    </message>
    <message>
        <source>This account can add desk officers and keeps the recovery key.</source>
        <translation>یہ اکاؤنٹ ڈیسک افسران شامل کر سکتا ہے اور ریکوری کلید اسی کے پاس رہتی ہے۔</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>small letters, for example shazia</source>
        <translation>چھوٹے انگریزی حروف، مثلاً shazia</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>Creating the station</source>
        <translation>تھانہ بنایا جا رہا ہے</translation>
    </message>
    <message>
        <source>Creating the station. This takes a few seconds…</source>
        <translation>تھانہ بنایا جا رہا ہے۔ اس میں چند سیکنڈ لگتے ہیں…</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;صارف نام</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;پورا نام</translation>
    </message>
    <message>
        <source>&amp;Rank (optional)</source>
        <translation>&amp;عہدہ (اختیاری)</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;پاس فریز</translation>
    </message>
    <message>
        <source>Passphrase &amp;again</source>
        <translation>&amp;دوبارہ پاس فریز</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Username</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ذمہ داری</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Station in-charge</source>
        <translation>تھانہ انچارج</translation>
    </message>
    <message>
        <source>Desk officer</source>
        <translation>ڈیسک افسر</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation>نہیں، غیر فعال</translation>
    </message>
</context>
<context>
    <name>AddOfficerDialog</name>
    <message>
        <source>Add an officer</source>
        <translation>افسر شامل کریں</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ذمہ داری</translation>
    </message>
    <message>
        <source>Desk officer</source>
        <translation>ڈیسک افسر</translation>
    </message>
    <message>
        <source>Station in-charge</source>
        <translation>تھانہ انچارج</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;صارف نام</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;پورا نام</translation>
    </message>
    <message>
        <source>Ran&amp;k</source>
        <translation>&amp;عہدہ</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;ذمہ داری</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>دونوں پاس فریز ایک جیسے نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>AddServiceDialog</name>
    <message>
        <source>Log a Khidmat Markaz service</source>
        <extracomment>Logs one service and returns its summary (runs on the database worker).</extracomment>
        <translation>خدمت مرکز کی سروس درج کریں</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>درخواست گزار کا نام</translation>
    </message>
    <message>
        <source>Applicant&apos;s CNIC</source>
        <translation>درخواست گزار کا شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Applicant&apos;s phone</source>
        <translation>درخواست گزار کا فون</translation>
    </message>
    <message>
        <source>The applicant is</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <source>Asks on behalf of a &amp;child</source>
        <translation>کسی &amp;بچے کی طرف سے درخواست</translation>
    </message>
    <message>
        <source>&amp;Promise a date</source>
        <translation>&amp;تاریخ کا وعدہ کریں</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>وعدہ کی گئی تاریخ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;سروس</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name</source>
        <translation>درخواست گزار کا &amp;نام</translation>
    </message>
    <message>
        <source>C&amp;NIC</source>
        <translation>&amp;شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;فون</translation>
    </message>
    <message>
        <source>The applicant &amp;is</source>
        <translation>درخواست &amp;گزار</translation>
    </message>
    <message>
        <source>Ready by</source>
        <translation>تیار ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;نوٹ</translation>
    </message>
    <message>
        <source>No service is offered at this station now.</source>
        <translation>اس وقت اس تھانے میں کوئی سروس پیش نہیں کی جاتی۔</translation>
    </message>
    <message>
        <source>No time is published for this service.</source>
        <translation>اس سروس کا کوئی وقت شائع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Time: %1 (working days)</source>
        <translation>وقت: ⁨%1⁩ (کام کے دن)</translation>
    </message>
    <message>
        <source>Bring:</source>
        <translation>ساتھ لائیں:</translation>
    </message>
    <message>
        <source>Fee: none</source>
        <translation>فیس: کوئی نہیں</translation>
    </message>
    <message>
        <source>Fee: Rs %1</source>
        <translation>فیس: ⁨%1⁩ روپے</translation>
    </message>
    <message>
        <source>Not yet confirmed for this station: check before promising.</source>
        <translation>اس تھانے کے لیے ابھی تصدیق نہیں ہوئی: وعدہ کرنے سے پہلے معلوم کر لیں۔</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Kind of event</source>
        <translation>واقعے کی قسم</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>تمام واقعات</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>سب</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;درمیان</translation>
    </message>
    <message>
        <source>Only the entries between two dates</source>
        <translation>صرف دو تاریخوں کے درمیان کے اندراجات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;افسر</translation>
    </message>
    <message>
        <source>and</source>
        <translation>اور</translation>
    </message>
    <message>
        <source>The first date is after the second. Please swap them.</source>
        <translation>پہلی تاریخ دوسری کے بعد کی ہے۔ براہِ کرم انہیں بدل دیں۔</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <extracomment>(before_seq or None, limit) -&gt; entries newest first. Runs on the database worker.</extracomment>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>کون سا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیل</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>آڈٹ ریکارڈ</translation>
    </message>
    <message>
        <source>Every sign-in, record opened and change is written here and cannot be altered. The check below walks the whole chain.</source>
        <translation>ہر سائن اِن، کھولا گیا ریکارڈ اور ہر تبدیلی یہاں لکھی جاتی ہے اور بدلی نہیں جا سکتی۔ نیچے کی جانچ پوری زنجیر کو پڑھتی ہے۔</translation>
    </message>
    <message>
        <source>&amp;Check the audit trail</source>
        <translation>آڈٹ ریکارڈ کی &amp;جانچ کریں</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>آڈٹ کے اندراجات</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is whole: %n entries checked.</source>
        <translation>
            <numerusform>آڈٹ ریکارڈ مکمل ہے: ⁨%n⁩ اندراج جانچا گیا۔</numerusform>
            <numerusform>آڈٹ ریکارڈ مکمل ہے: ⁨%n⁩ اندراجات جانچے گئے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>an entry is missing</source>
        <translation>ایک اندراج غائب ہے</translation>
    </message>
    <message>
        <source>an entry was altered</source>
        <translation>ایک اندراج بدلا گیا</translation>
    </message>
    <message>
        <source>entries were put out of order</source>
        <translation>اندراجات کی ترتیب بدلی گئی</translation>
    </message>
    <message>
        <source>entries were removed from the end</source>
        <translation>آخر سے اندراجات نکالے گئے</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry {seq}: {problem}.</source>
        <translation>آڈٹ ریکارڈ اندراج ⁨{seq}⁩ پر ٹوٹا ہوا ہے: ⁨{problem}⁩۔</translation>
    </message>
</context>
<context>
    <name>BackupFolderRow</name>
    <message>
        <source>Choose the backup &amp;folder…</source>
        <translation>بیک اپ &amp;فولڈر منتخب کریں…</translation>
    </message>
    <message>
        <source>Choose the folder for the daily backups</source>
        <translation>روزانہ بیک اپ کا فولڈر منتخب کریں</translation>
    </message>
    <message>
        <source>Where should the daily backups go? (a second disk or a USB drive)</source>
        <translation>روزانہ بیک اپ کہاں جائیں؟ (دوسری ڈسک یا USB ڈرائیو)</translation>
    </message>
    <message>
        <source>Writing the first backup there…</source>
        <translation>وہاں پہلا بیک اپ لکھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>No folder chosen yet: the desk makes no copy outside this computer.</source>
        <translation>ابھی کوئی فولڈر منتخب نہیں: ڈیسک اس کمپیوٹر سے باہر کوئی نقل نہیں بناتا۔</translation>
    </message>
    <message>
        <source>Daily backups go to {folder}.</source>
        <translation>روزانہ بیک اپ ⁨{folder}⁩ میں جاتے ہیں۔</translation>
    </message>
    <message>
        <source>The newest copy there: {moment}.</source>
        <translation>وہاں تازہ ترین نقل: ⁨{moment}⁩۔</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>Backups: no folder has been chosen for the daily copies. The in-charge chooses one in Station settings (a second disk or a USB drive).</source>
        <extracomment>How often the window asks whether today&apos;s backup is there yet.</extracomment>
        <translation>بیک اپ: روزانہ نقل کے لیے کوئی فولڈر منتخب نہیں ہوا۔ انچارج اسے تھانے کی ترتیبات میں منتخب کریں (دوسری ڈسک یا USB ڈرائیو)۔</translation>
    </message>
    <message>
        <source>Backups: no copy has been made outside this computer yet.</source>
        <translation>بیک اپ: اس کمپیوٹر سے باہر ابھی کوئی نقل نہیں بنی۔</translation>
    </message>
    <message>
        <source>Backups: the newest copy outside the data folder is {days} days old. Plug in the backup drive; the desk copies by itself within the hour.</source>
        <translation>بیک اپ: ڈیٹا فولڈر سے باہر تازہ ترین نقل ⁨{days}⁩ دن پرانی ہے۔ بیک اپ ڈرائیو لگائیں؛ ڈیسک ایک گھنٹے کے اندر خود نقل بنا لے گا۔</translation>
    </message>
</context>
<context>
    <name>CaseHomePanel</name>
    <message>
        <source>Complaints with no FIR yet, longest waiting first</source>
        <translation>وہ شکایات جن کی ایف آئی آر ابھی درج نہیں، سب سے پرانی پہلے</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Waiting since the report</source>
        <translation>رپورٹ سے انتظار</translation>
    </message>
    <message>
        <source>Contacts with survivors due, overdue first</source>
        <translation>متاثرین سے طے شدہ فالو اپ رابطے، تاخیر والے پہلے</translation>
    </message>
    <message>
        <source>Day planned</source>
        <translation>طے شدہ دن</translation>
    </message>
    <message>
        <source>FIR not yet registered: %1 open complaints</source>
        <translation>ایف آئی آر ابھی درج نہیں: ⁨%1⁩ کھلی شکایات</translation>
    </message>
    <message>
        <source>Contacts with survivors: %1 overdue, %2 due today</source>
        <translation>متاثرین سے فالو اپ رابطے: ⁨%1⁩ تاخیر سے، ⁨%2⁩ آج کے</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>⁨%1⁩ (تاخیر سے)</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Follow-up contacts</source>
        <translation>فالو اپ رابطے</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>کیس &amp;بند کریں…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;دوبارہ کھولیں…</translation>
    </message>
    <message>
        <source>FIR &amp;registered…</source>
        <translation>ایف آئی آر &amp;درج ہوئی…</translation>
    </message>
    <message>
        <source>&amp;Plan a follow-up…</source>
        <translation>فالو اپ &amp;طے کریں…</translation>
    </message>
    <message>
        <source>Record the &amp;contact…</source>
        <translation>&amp;رابطہ درج کریں…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;حیثیت:&lt;/b&gt; ⁨%1⁩</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why closed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;بند کرنے کی وجہ:&lt;/b&gt; ⁨%1⁩</translation>
    </message>
    <message>
        <source>Reopened at least once.</source>
        <translation>کم از کم ایک بار دوبارہ کھولا گیا۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;FIR:&lt;/b&gt; registered on %1</source>
        <translation>&lt;b&gt;ایف آئی آر:&lt;/b&gt; ⁨%1⁩ کو درج ہوئی</translation>
    </message>
    <message>
        <source>&lt;b&gt;No FIR yet:&lt;/b&gt; waiting %1 since the report</source>
        <translation>&lt;b&gt;ایف آئی آر ابھی نہیں:&lt;/b&gt; رپورٹ سے ⁨%1⁩ کا انتظار</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 (due %3)</source>
        <translation>&lt;b&gt;⁨%1⁩:&lt;/b&gt; ⁨%2⁩ (مہلت ⁨%3⁩)</translation>
    </message>
    <message>
        <source>No legal or medical deadline applies to this case.</source>
        <translation>اس کیس پر کوئی قانونی یا طبی مہلت لاگو نہیں۔</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>تاخیر سے</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <source>Resolved</source>
        <translation>حل ہو گیا</translation>
    </message>
    <message>
        <source>Referred on, and the service completed</source>
        <translation>ریفر ہوا، اور سروس مکمل ہوئی</translation>
    </message>
    <message>
        <source>Withdrawn by the survivor</source>
        <translation>متاثرہ نے واپس لیا</translation>
    </message>
    <message>
        <source>Transferred to another station</source>
        <translation>دوسرے تھانے منتقل</translation>
    </message>
    <message>
        <source>No contact possible</source>
        <translation>رابطہ ممکن نہیں</translation>
    </message>
    <message>
        <source>ZARRA alert within 2 hours</source>
        <translation>زارا الرٹ 2 گھنٹے کے اندر</translation>
    </message>
    <message>
        <source>HIV prevention (PEP) within 72 hours</source>
        <translation>ایچ آئی وی سے بچاؤ (پی ای پی) 72 گھنٹے کے اندر</translation>
    </message>
    <message>
        <source>Emergency contraception within 5 days</source>
        <translation>ہنگامی مانعِ حمل 5 دن کے اندر</translation>
    </message>
    <message>
        <source>met</source>
        <translation>بروقت</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>وقت گزر گیا</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>ابھی باقی</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>طے شدہ</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>کوشش کی</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>بات ہوئی</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>رابطہ نہ ہو سکا</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>⁨%n⁩ گھنٹہ</numerusform>
            <numerusform>⁨%n⁩ گھنٹے</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>⁨%n⁩ دن</numerusform>
            <numerusform>⁨%n⁩ دن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close case %1</source>
        <extracomment>A close runs on the worker: (reason code, note, approval) -&gt; the case after it.</extracomment>
        <translation>کیس ⁨%1⁩ بند کریں</translation>
    </message>
    <message>
        <source>Why the case is closed</source>
        <translation>کیس بند کرنے کی وجہ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>&amp;Why closed</source>
        <translation>&amp;بند کرنے کی وجہ</translation>
    </message>
    <message>
        <source>&amp;What happened (stays at the desk)</source>
        <translation>&amp;کیا ہوا (ڈیسک پر ہی رہتا ہے)</translation>
    </message>
    <message>
        <source>This case is high risk or has a deadline still running: the station in-charge approves its closure here, with her own passphrase.</source>
        <translation>یہ کیس زیادہ خطرے کا ہے یا اس کی کوئی مہلت ابھی باقی ہے: تھانہ انچارج یہیں اپنے پاس فریز سے اسے بند کرنے کی منظوری دیں۔</translation>
    </message>
    <message>
        <source>In-charge&apos;s username</source>
        <translation>انچارج کا صارف نام</translation>
    </message>
    <message>
        <source>In-charge&apos;s passphrase</source>
        <translation>انچارج کا پاس فریز</translation>
    </message>
    <message>
        <source>In-charge&apos;s &amp;username</source>
        <translation>انچارج کا &amp;صارف نام</translation>
    </message>
    <message>
        <source>Her &amp;passphrase</source>
        <translation>ان کا &amp;پاس فریز</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>کیس &amp;بند کریں</translation>
    </message>
    <message>
        <source>Please choose why the case is closed.</source>
        <translation>براہِ کرم کیس بند کرنے کی وجہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Please write what happened.</source>
        <translation>براہِ کرم لکھیں کہ کیا ہوا۔</translation>
    </message>
    <message>
        <source>Please ask the in-charge to type her username.</source>
        <translation>براہِ کرم انچارج سے کہیں کہ اپنا صارف نام لکھیں۔</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>Complaint number</source>
        <extracomment>What opening a complaint reads: the record (audited), its history, its consent per service.</extracomment>
        <translation>شکایت نمبر</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>فہرست پر &amp;واپس</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ترمیم…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;منسوخ…</translation>
    </message>
    <message>
        <source>&amp;Receipt (Ctrl+P)</source>
        <translation>&amp;رسید (Ctrl+P)</translation>
    </message>
    <message>
        <source>The complaint&apos;s record</source>
        <translation>شکایت کا ریکارڈ</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>ترامیم کی تاریخ</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;ریکارڈ</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;تاریخچہ</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>کھولا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Ca&amp;se and follow-ups</source>
        <translation>&amp;کیس اور فالو اپ</translation>
    </message>
    <message>
        <source>{status}. Risk: {risk}. Survivor: {survivor}. Received {when}.</source>
        <translation>⁨{status}⁩۔ خطرہ: ⁨{risk}⁩۔ متاثرہ: ⁨{survivor}⁩۔ موصول ⁨{when}⁩۔</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>وجہ: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>&amp;ریفرل</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>Registered</source>
        <translation>درج شدہ</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ریفر شدہ</translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation>ایف آئی آر درج ہوئی</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بند</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>زیادہ</translation>
    </message>
</context>
<context>
    <name>ComplaintListModel</name>
    <message>
        <source>Number</source>
        <extracomment>(offset, limit) -&gt; one page of summaries, newest first. Runs on the database worker. All the results of one search. Runs on the database worker.</extracomment>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>متاثرہ</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>زمرے</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>خطرہ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
</context>
<context>
    <name>ComplaintListPage</name>
    <message>
        <source>Search complaints</source>
        <extracomment>Columns are sized from this many rows: enough to see the widths, cheap on a 200-row page.</extracomment>
        <translation>شکایات تلاش کریں</translation>
    </message>
    <message>
        <source>Number, name, CNIC or phone</source>
        <translation>نمبر، نام، شناختی کارڈ یا فون</translation>
    </message>
    <message>
        <source>&amp;Received between</source>
        <translation>&amp;موصولی کی تاریخیں</translation>
    </message>
    <message>
        <source>Filter by date received</source>
        <translation>موصولی کی تاریخ سے چھانٹیں</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>موصولی سے</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>موصولی تک</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>متاثرہ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>خطرہ</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>چھانٹی &amp;ختم کریں</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایات</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;تلاش</translation>
    </message>
    <message>
        <source>and</source>
        <translation>اور</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;حیثیت</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;زمرہ</translation>
    </message>
    <message>
        <source>Sur&amp;vivor</source>
        <translation>&amp;متاثرہ</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;افسر</translation>
    </message>
    <message>
        <source>&amp;Risk</source>
        <translation>&amp;خطرہ</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <source>The first date is after the second. Please swap them.</source>
        <translation>پہلی تاریخ دوسری کے بعد کی ہے۔ براہِ کرم انہیں بدل دیں۔</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>تلاش ہو رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>⁨%n⁩ شکایت</numerusform>
            <numerusform>⁨%n⁩ شکایات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>⁨%n⁩ نتیجہ</numerusform>
            <numerusform>⁨%n⁩ نتائج</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent for the chosen service</source>
        <translation>منتخب سروس کے لیے رضامندی</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>رضامندی دینے والا</translation>
    </message>
    <message>
        <source>Guardian&apos;s relationship</source>
        <translation>سرپرست کا رشتہ</translation>
    </message>
    <message>
        <source>e.g. mother, aunt</source>
        <translation>مثلاً ماں، خالہ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Agrees to be referred</source>
        <translation>ریفر کیے جانے پر رضامند</translation>
    </message>
    <message>
        <source>Does not agree</source>
        <translation>رضامند نہیں</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>CNIC / B-Form</source>
        <translation>شناختی کارڈ / ب فارم</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Kind of complaint</source>
        <translation>شکایت کی قسم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>May share: %1</source>
        <translation>بتایا جا سکتا ہے: ⁨%1⁩</translation>
    </message>
    <message>
        <source>What the service may be told</source>
        <translation>سروس کو کیا بتایا جا سکتا ہے</translation>
    </message>
    <message>
        <source>Consent given at intake counts until an answer is recorded here; the newest answer counts, and every answer is kept.</source>
        <translation>اندراج کے وقت دی گئی رضامندی اس وقت تک مانی جاتی ہے جب تک یہاں جواب درج نہ ہو؛ تازہ ترین جواب مانا جاتا ہے اور ہر جواب محفوظ رہتا ہے۔</translation>
    </message>
    <message>
        <source>Record &amp;consent</source>
        <translation>رضامندی &amp;درج کریں</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>رضامندی درج کریں</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>دینے والا</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>May be told</source>
        <translation>بتایا جا سکتا ہے</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>May be counted, &amp;anonymised, in national statistics</source>
        <translation>قومی اعداد و شمار میں، &amp;نام کے بغیر، شامل کیا جا سکتا ہے</translation>
    </message>
    <message>
        <source>Referral to services: tick each one the survivor agrees to</source>
        <translation>سروسز کو ریفرل: ہر وہ سروس منتخب کریں جس پر متاثرہ رضامند ہیں</translation>
    </message>
    <message>
        <source>Consent to each referral is recorded and changed on the complaint&apos;s Referrals tab, where every answer is kept with who gave it and when.</source>
        <translation>ہر ریفرل کی رضامندی شکایت کے ریفرل والے حصے میں درج اور تبدیل ہوتی ہے، جہاں ہر جواب، دینے والے اور وقت کے ساتھ محفوظ رہتا ہے۔</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>رضامندی دینے والا</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(درج نہیں)</translation>
    </message>
    <message>
        <source>Consent &amp;given by</source>
        <translation>رضامندی &amp;دینے والا</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Follow-up for %1</source>
        <translation>⁨%1⁩ کا فالو اپ</translation>
    </message>
    <message>
        <source>She said it is NOT safe to contact her. Do not call or visit.</source>
        <translation>انہوں نے کہا ہے کہ ان سے رابطہ محفوظ نہیں۔ فون نہ کریں، نہ ملنے جائیں۔</translation>
    </message>
    <message>
        <source>How she may be contacted: %1</source>
        <translation>ان سے رابطے کا طریقہ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>She said she may be contacted; she left no note on how.</source>
        <translation>انہوں نے کہا ہے کہ رابطہ کیا جا سکتا ہے؛ طریقے کی کوئی ہدایت نہیں دی۔</translation>
    </message>
    <message>
        <source>How the contact went</source>
        <translation>رابطہ کیسا رہا</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>&amp;How it went</source>
        <translation>&amp;کیسا رہا</translation>
    </message>
    <message>
        <source>&amp;Notes (stay at the desk)</source>
        <translation>&amp;نوٹ (ڈیسک پر ہی رہتے ہیں)</translation>
    </message>
    <message>
        <source>Please choose how the contact went.</source>
        <translation>براہِ کرم منتخب کریں کہ رابطہ کیسا رہا۔</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>{d} d {h} h</source>
        <translation>⁨{d}⁩ دن ⁨{h}⁩ گھنٹے</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>⁨{h}⁩ گھنٹے ⁨{m:02d}⁩ منٹ</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>⁨{m}⁩ منٹ ⁨{s:02d}⁩ سیکنڈ</translation>
    </message>
    <message>
        <source>passed {span} ago</source>
        <translation>⁨{span}⁩ پہلے گزر گیا</translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation>⁨{span}⁩ باقی</translation>
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
        <source>Gender Desk: new passphrase</source>
        <translation>جینڈر ڈیسک: نیا پاس فریز</translation>
    </message>
    <message>
        <source>Gender Desk: restore from a backup</source>
        <translation>جینڈر ڈیسک: بیک اپ سے بحالی</translation>
    </message>
    <message>
        <source>Gender Desk: {station}, desk {desk}</source>
        <translation>جینڈر ڈیسک: ⁨{station}⁩، ڈیسک ⁨{desk}⁩</translation>
    </message>
</context>
<context>
    <name>DirectoryEntryDialog</name>
    <message>
        <source>Add a service</source>
        <translation>سروس شامل کریں</translation>
    </message>
    <message>
        <source>Edit a service</source>
        <translation>سروس میں ترمیم</translation>
    </message>
    <message>
        <source>Short id</source>
        <translation>مختصر شناخت</translation>
    </message>
    <message>
        <source>e.g. quetta-women-centre</source>
        <translation>مثلاً quetta-women-centre</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>انگریزی میں نام</translation>
    </message>
    <message>
        <source>Name in Urdu</source>
        <translation>اردو میں نام</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>پیش کی جانے والی سروسز</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>دائرہ</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>پورا ملک</translation>
    </message>
    <message>
        <source>One province</source>
        <translation>ایک صوبہ</translation>
    </message>
    <message>
        <source>Some districts</source>
        <translation>چند اضلاع</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <source>Districts, separated by commas</source>
        <translation>اضلاع، کاما سے الگ</translation>
    </message>
    <message>
        <source>Phone numbers, separated by commas</source>
        <translation>فون نمبر، کاما سے الگ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>اوقات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Confirmed by this station on</source>
        <translation>اس تھانے نے تصدیق کی، تاریخ</translation>
    </message>
    <message>
        <source>Confirmed by this station</source>
        <translation>اس تھانے سے تصدیق شدہ</translation>
    </message>
    <message>
        <source>Date confirmed</source>
        <translation>تصدیق کی تاریخ</translation>
    </message>
    <message>
        <source>Short &amp;id</source>
        <translation>مختصر &amp;شناخت</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>نام (&amp;انگریزی)</translation>
    </message>
    <message>
        <source>Name (&amp;Urdu)</source>
        <translation>نام (&amp;اردو)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>سروسز</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>اضلاع</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>&amp;فون</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;نوٹ</translation>
    </message>
    <message>
        <source>Save the service</source>
        <translation>سروس محفوظ کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
</context>
<context>
    <name>DirectoryNumbersPage</name>
    <message>
        <source>Phone numbers for your district</source>
        <translation>آپ کے ضلع کے فون نمبر</translation>
    </message>
    <message>
        <source>These referral services have no published number. Ask where each row says and type the number in its row. You can also do it later, under Station &gt; Referral directory.</source>
        <translation>ان ریفرل سروسز کا کوئی شائع شدہ نمبر نہیں۔ ہر قطار میں لکھی جگہ سے پوچھیں اور نمبر اسی قطار میں لکھیں۔ یہ بعد میں تھانہ &gt; ریفرل ڈائریکٹری میں بھی کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Saving the numbers</source>
        <translation>نمبر محفوظ ہو رہے ہیں</translation>
    </message>
    <message>
        <source>Every service for this district has a number.</source>
        <translation>اس ضلع کی ہر سروس کا نمبر موجود ہے۔</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Referral directory</source>
        <translation>ریفرل ڈائریکٹری</translation>
    </message>
    <message>
        <source>Show the service</source>
        <translation>سروس دکھائیں</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>تمام سروسز</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>ڈائریکٹری میں تلاش</translation>
    </message>
    <message>
        <source>Search by name, place or number</source>
        <translation>نام، جگہ یا نمبر سے تلاش کریں</translation>
    </message>
    <message>
        <source>&amp;Only those without a number</source>
        <translation>&amp;صرف بغیر نمبر والی</translation>
    </message>
    <message>
        <source>Show only the entries without a number</source>
        <translation>صرف بغیر نمبر والے اندراجات دکھائیں</translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation>ڈائریکٹری کے اندراجات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name in Urdu</source>
        <translation>اردو میں نام</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>سروسز</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>دائرہ</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>جانچا گیا</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>یہاں</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;شامل کریں…</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>سروس شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ترمیم…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ترمیم</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;ہٹائیں</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Re&amp;store original</source>
        <translation>&amp;اصل بحال کریں</translation>
    </message>
    <message>
        <source>Restore the original</source>
        <translation>اصل بحال کریں</translation>
    </message>
    <message>
        <source>Fill in &amp;numbers…</source>
        <translation>&amp;نمبر لکھیں…</translation>
    </message>
    <message>
        <source>Fill in the numbers of the entries without one</source>
        <translation>بغیر نمبر والے اندراجات کے نمبر لکھیں</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;درآمد…</translation>
    </message>
    <message>
        <source>Import a directory file</source>
        <translation>ڈائریکٹری فائل درآمد کریں</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;برآمد…</translation>
    </message>
    <message>
        <source>Export the directory to a file</source>
        <translation>ڈائریکٹری فائل میں برآمد کریں</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>سروس:</translation>
    </message>
    <message>
        <source>No number yet: see where to ask</source>
        <translation>ابھی نمبر نہیں: دیکھیں کہاں سے پوچھنا ہے</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>ترمیم شدہ</translation>
    </message>
    <message>
        <source>Confirmed here %1</source>
        <translation>یہاں تصدیق شدہ ⁨%1⁩</translation>
    </message>
    <message>
        <source>Official source</source>
        <translation>سرکاری ذریعہ</translation>
    </message>
    <message>
        <source>Published; source checked %1</source>
        <translation>شائع شدہ؛ ذریعہ جانچا گیا ⁨%1⁩</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>غیر تصدیق شدہ</translation>
    </message>
    <message>
        <source>Where to ask for the number: %1</source>
        <translation>نمبر کہاں سے پوچھیں: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>پتہ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ذریعہ: ⁨%1⁩</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(جانچا گیا ⁨%1⁩)</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>پورا ملک</translation>
    </message>
    <message>
        <source>The directory was saved.</source>
        <translation>ڈائریکٹری محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>The entry was removed.</source>
        <translation>اندراج ہٹا دیا گیا۔</translation>
    </message>
    <message>
        <source>The original entry is back.</source>
        <translation>اصل اندراج بحال ہو گیا۔</translation>
    </message>
    <message>
        <source>%1 entries exported.</source>
        <translation>⁨%1⁩ اندراجات برآمد ہوئے۔</translation>
    </message>
    <message>
        <source>Directory file (*.json)</source>
        <translation>ڈائریکٹری فائل (*.json)</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>ڈائریکٹری برآمد کریں</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 already the same.</source>
        <translation>درآمد: ⁨%1⁩ شامل، ⁨%2⁩ تبدیل، ⁨%3⁩ پہلے سے یکساں۔</translation>
    </message>
    <message>
        <source>Nothing was imported. Please correct the file:</source>
        <translation>کچھ درآمد نہیں ہوا۔ براہِ کرم فائل درست کریں:</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Edit complaint %1</source>
        <translation>شکایت ⁨%1⁩ میں ترمیم</translation>
    </message>
    <message>
        <source>Complaint %1: correct what is wrong in any section, then write why and Save. The history keeps the old and the new.</source>
        <translation>شکایت ⁨%1⁩: کسی بھی حصے میں جو غلط ہے درست کریں، پھر وجہ لکھ کر محفوظ کریں۔ تاریخچے میں پرانا اور نیا دونوں رہتے ہیں۔</translation>
    </message>
    <message>
        <source>e.g. the survivor spelled her name again</source>
        <translation>مثلاً متاثرہ نے اپنے نام کے ہجے دوبارہ بتائے</translation>
    </message>
    <message>
        <source>Discard the corrections?</source>
        <translation>درستیاں ختم کر دیں؟</translation>
    </message>
    <message>
        <source>The corrections typed here are not saved yet.</source>
        <translation>یہاں لکھی گئی درستیاں ابھی محفوظ نہیں ہوئیں۔</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>ترمیم جاری رکھیں</translation>
    </message>
    <message>
        <source>Discard the corrections</source>
        <translation>درستیاں ختم کریں</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>ابھی کچھ تبدیل نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with HQ</source>
        <translation>ہیڈکوارٹر میں اندراج</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>ہیڈکوارٹر کا پتہ</translation>
    </message>
    <message>
        <source>only if HQ gave you one</source>
        <translation>صرف اگر ہیڈکوارٹر نے دیا ہو</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <source>HQ gives you its address, which starts with https://, and a one-time enrolment token.</source>
        <translation>ہیڈکوارٹر آپ کو اپنا پتہ، جو https:// سے شروع ہوتا ہے، اور ایک بار استعمال ہونے والا اندراج ٹوکن دیتا ہے۔</translation>
    </message>
    <message>
        <source>Enrolment token</source>
        <translation>اندراج ٹوکن</translation>
    </message>
    <message>
        <source>HQ&apos;s CA certificates</source>
        <translation>ہیڈکوارٹر کے CA سرٹیفکیٹ</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>اندراج کریں</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>سرٹیفکیٹ (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Please fill in HQ&apos;s address and the token.</source>
        <translation>براہِ کرم ہیڈکوارٹر کا پتہ اور ٹوکن لکھیں۔</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>The survivor is complaining in person</source>
        <translation>متاثرہ خود شکایت کر رہی ہیں</translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation>شکایت کنندہ کا نام</translation>
    </message>
    <message>
        <source>Relation to the survivor</source>
        <translation>متاثرہ سے رشتہ</translation>
    </message>
    <message>
        <source>Complainant&apos;s CNIC</source>
        <translation>شکایت کنندہ کا شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Complainant&apos;s phone</source>
        <translation>شکایت کنندہ کا فون</translation>
    </message>
    <message>
        <source>Survivor&apos;s name</source>
        <translation>متاثرہ کا نام</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>صنفی شناخت</translation>
    </message>
    <message>
        <source>Self-description</source>
        <translation>اپنی شناخت اپنے الفاظ میں</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>عمر (سال)</translation>
    </message>
    <message>
        <source>Age is estimated</source>
        <translation>عمر اندازاً ہے</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>معذوری ہے</translation>
    </message>
    <message>
        <source>Disability details</source>
        <translation>معذوری کی تفصیل</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>ازدواجی حیثیت</translation>
    </message>
    <message>
        <source>CNIC or B-Form</source>
        <translation>شناختی کارڈ یا ب فارم</translation>
    </message>
    <message>
        <source>Other ID</source>
        <translation>کوئی اور شناختی دستاویز</translation>
    </message>
    <message>
        <source>Other ID number</source>
        <translation>دوسری شناختی دستاویز کا نمبر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>رابطہ محفوظ ہے</translation>
    </message>
    <message>
        <source>Safe contact note</source>
        <translation>محفوظ رابطے کی ہدایت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>پسندیدہ زبان</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>واقعے کی تاریخ</translation>
    </message>
    <message>
        <source>Date is approximate</source>
        <translation>تاریخ اندازاً ہے</translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation>واقعے کا وقت</translation>
    </message>
    <message>
        <source>Incident district</source>
        <translation>واقعے کا ضلع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>زمرے</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Treated as higher risk</source>
        <translation>زیادہ خطرے والا سمجھا گیا</translation>
    </message>
    <message>
        <source>Why the risk is higher</source>
        <translation>خطرہ زیادہ کیوں ہے</translation>
    </message>
    <message>
        <source>Suggested sections</source>
        <translation>تجویز کردہ دفعات</translation>
    </message>
    <message>
        <source>Sections that apply</source>
        <translation>لاگو ہونے والی دفعات</translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation>ایف آئی آر درج ہوئی</translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation>ایف آئی آر نمبر</translation>
    </message>
    <message>
        <source>Counted, anonymised, in national statistics</source>
        <translation>قومی اعداد و شمار میں، نام کے بغیر، شامل</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>رضامندی دینے والا</translation>
    </message>
    <message>
        <source>Referrals agreed at intake</source>
        <translation>اندراج کے وقت منظور شدہ ریفرل</translation>
    </message>
    <message>
        <source>Survivor category</source>
        <translation>متاثرہ کی قسم</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>بچہ</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>خطرے کی سطح</translation>
    </message>
    <message>
        <source>High risk by rule</source>
        <translation>قاعدے کے تحت زیادہ خطرہ</translation>
    </message>
    <message>
        <source>Core types</source>
        <translation>بنیادی اقسام</translation>
    </message>
    <message>
        <source>Case context</source>
        <translation>کیس کا پس منظر</translation>
    </message>
    <message>
        <source>Taxonomy version</source>
        <translation>درجہ بندی کا ورژن</translation>
    </message>
    <message>
        <source>a child missing or abducted</source>
        <translation>لاپتہ یا اغوا شدہ بچہ</translation>
    </message>
    <message>
        <source>a legal deadline (see the referrals)</source>
        <translation>قانونی مہلت (ریفرل دیکھیں)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Perpetrator {n}</source>
        <translation>ملزم ⁨{n}⁩</translation>
    </message>
    <message>
        <source>Consent to referral: {service}</source>
        <translation>ریفرل کی رضامندی: ⁨{service}⁩</translation>
    </message>
    <message>
        <source>Risk: {question}</source>
        <translation>خطرہ: ⁨{question}⁩</translation>
    </message>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Nothing known</source>
        <translation>کچھ معلوم نہیں</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
</context>
<context>
    <name>FigureWords</name>
    <message>
        <source>ZARRA alert (2 hours)</source>
        <translation>زارا الرٹ (2 گھنٹے)</translation>
    </message>
    <message>
        <source>HIV prevention, PEP (72 hours)</source>
        <translation>ایچ آئی وی سے بچاؤ، پی ای پی (72 گھنٹے)</translation>
    </message>
    <message>
        <source>Emergency contraception (5 days)</source>
        <translation>ہنگامی مانعِ حمل (5 دن)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>None waiting</source>
        <translation>کوئی انتظار میں نہیں</translation>
    </message>
    <message numerus="yes">
        <source>Longest wait: %n day(s)</source>
        <translation>
            <numerusform>سب سے طویل انتظار: ⁨%n⁩ دن</numerusform>
            <numerusform>سب سے طویل انتظار: ⁨%n⁩ دن</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enrolled with HQ yet</source>
        <translation>ابھی ہیڈکوارٹر میں اندراج نہیں ہوا</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>آخری بار بھیجا: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>اگلی کوشش: ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) refused by HQ: see Records HQ did not accept.</source>
        <translation>
            <numerusform>ہیڈکوارٹر نے ⁨%n⁩ ریکارڈ قبول نہیں کیا: ’وہ ریکارڈ جو ہیڈکوارٹر نے قبول نہیں کیے‘ دیکھیں۔</numerusform>
            <numerusform>ہیڈکوارٹر نے ⁨%n⁩ ریکارڈ قبول نہیں کیے: ’وہ ریکارڈ جو ہیڈکوارٹر نے قبول نہیں کیے‘ دیکھیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirDialog</name>
    <message>
        <source>FIR for complaint %1</source>
        <translation>شکایت ⁨%1⁩ کی ایف آئی آر</translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation>ایف آئی آر نمبر</translation>
    </message>
    <message>
        <source>Date the FIR was registered</source>
        <translation>ایف آئی آر درج ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>FIR &amp;number</source>
        <translation>ایف آئی آر &amp;نمبر</translation>
    </message>
    <message>
        <source>&amp;Registered on</source>
        <translation>&amp;درج ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>Please write the FIR&apos;s number.</source>
        <translation>براہِ کرم ایف آئی آر کا نمبر لکھیں۔</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a follow-up for %1</source>
        <translation>⁨%1⁩ کا فالو اپ طے کریں</translation>
    </message>
    <message>
        <source>Day of the contact</source>
        <translation>رابطے کا دن</translation>
    </message>
    <message>
        <source>&amp;Contact her on</source>
        <translation>ان سے &amp;رابطے کا دن</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Offered</source>
        <translation>پیشکش کی گئی</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ریفر شدہ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قبول کیا گیا</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Referrals to follow up</source>
        <translation>فالو اپ والے ریفرل</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <source>Also show the next %1 days</source>
        <translation>اگلے ⁨%1⁩ دن بھی دکھائیں</translation>
    </message>
    <message>
        <source>Also show the coming week</source>
        <translation>آنے والا ہفتہ بھی دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازہ کریں</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>&amp;Open referrals…</source>
        <translation>ریفرل &amp;کھولیں…</translation>
    </message>
    <message>
        <source>Open the complaint&apos;s referrals</source>
        <translation>شکایت کے ریفرل کھولیں</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due today</source>
        <translation>⁨%1⁩ تاخیر سے، ⁨%2⁩ آج کے</translation>
    </message>
    <message>
        <source>Nothing to follow up today.</source>
        <translation>آج کوئی فالو اپ نہیں۔</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر سے</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>آج کے</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>آنے والے</translation>
    </message>
    <message>
        <source>Referrals for complaint %1</source>
        <translation>شکایت ⁨%1⁩ کے ریفرل</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Key file</source>
        <translation>کلید کی فائل</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>ڈیٹا بیس</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>ڈسک میں جگہ</translation>
    </message>
    <message>
        <source>File permissions</source>
        <translation>فائلوں کی اجازتیں</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>پرنٹر</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>گھڑی</translation>
    </message>
    <message>
        <source>HQ reachable</source>
        <translation>ہیڈکوارٹر تک رسائی</translation>
    </message>
    <message>
        <source>HQ certificate</source>
        <translation>ہیڈکوارٹر کا سرٹیفکیٹ</translation>
    </message>
    <message>
        <source>Station health</source>
        <translation>تھانے کے سسٹم کی صحت</translation>
    </message>
    <message>
        <source>What this desk needs to keep working, checked now. The same checks run from the command line: desk-app doctor.</source>
        <translation>اس ڈیسک کو چلتے رہنے کے لیے جو کچھ درکار ہے، ابھی جانچا گیا۔ یہی جانچ کمانڈ لائن سے بھی ہوتی ہے: desk-app doctor۔</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;دوبارہ جانچیں</translation>
    </message>
    <message>
        <source>Station health checks</source>
        <translation>تھانے کے سسٹم کی صحت کی جانچ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>کیا پایا گیا</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>کیا کریں</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>ہر جانچ درست رہی۔</translation>
    </message>
    <message>
        <source>{count} of {total} checks need attention.</source>
        <translation>⁨{total}⁩ میں سے ⁨{count}⁩ جانچوں پر توجہ درکار ہے۔</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Version</source>
        <extracomment>A value longer than this is shortened in the table (the tooltip has it whole).</extracomment>
        <translation>ورژن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>کیوں</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>درج شدہ</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>حیثیت: ⁨{status}⁩</translation>
    </message>
    <message>
        <source>Closed: {reason}</source>
        <translation>بند: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>A referral recorded or moved on</source>
        <translation>ریفرل درج ہوا یا آگے بڑھا</translation>
    </message>
    <message>
        <source>A follow-up contact planned</source>
        <translation>فالو اپ رابطہ طے ہوا</translation>
    </message>
    <message>
        <source>A follow-up contact recorded</source>
        <translation>فالو اپ رابطہ درج ہوا</translation>
    </message>
    <message>
        <source>A deadline or a follow-up day passed: HQ told</source>
        <translation>کوئی مہلت یا فالو اپ کا دن گزر گیا: ہیڈکوارٹر کو بتایا گیا</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&amp;Follow-ups…</source>
        <translation>&amp;فالو اپ…</translation>
    </message>
    <message>
        <source>Open the follow-ups</source>
        <translation>فالو اپ کھولیں</translation>
    </message>
    <message>
        <source>Deadlines running</source>
        <translation>جاری مہلتیں</translation>
    </message>
    <message>
        <source>Deadlines running, soonest first</source>
        <translation>جاری مہلتیں، قریب ترین پہلے</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>باقی وقت</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the complaint&apos;s referrals.</source>
        <translation>Enter یا دو بار کلک سے شکایت کے ریفرل کھلتے ہیں۔</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;At the desk&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Register a complaint with &lt;b&gt;New complaint&lt;/b&gt; (Ctrl+N). What you type is kept as a draft while you type, so nothing is lost if the power goes. Once it is saved, print the receipt and open its referrals.&lt;/p&gt;&lt;p&gt;Find a complaint by number, name, CNIC or phone in &lt;b&gt;Complaints&lt;/b&gt; (Ctrl+F); open it to read, edit with a reason, print the receipt or refer.&lt;/p&gt;&lt;p&gt;When you step away from the desk, lock it (Ctrl+L). It also locks by itself after a few minutes without use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ڈیسک پر&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;نئی شکایت&lt;/b&gt; (Ctrl+N) سے شکایت درج کریں۔ جو آپ لکھتی ہیں وہ ساتھ ساتھ مسودے کے طور پر محفوظ ہوتا ہے، اس لیے بجلی جانے پر بھی کچھ ضائع نہیں ہوتا۔ محفوظ ہونے کے بعد رسید پرنٹ کریں اور اس کے ریفرل کھولیں۔&lt;/p&gt;&lt;p&gt;کوئی شکایت نمبر، نام، شناختی کارڈ یا فون سے &lt;b&gt;شکایات&lt;/b&gt; (Ctrl+F) میں تلاش کریں؛ اسے کھول کر پڑھیں، وجہ کے ساتھ ترمیم کریں، رسید پرنٹ کریں یا ریفر کریں۔&lt;/p&gt;&lt;p&gt;ڈیسک سے اٹھیں تو اسے لاک کریں (Ctrl+L)۔ چند منٹ استعمال نہ ہونے پر یہ خود بھی لاک ہو جاتا ہے۔&lt;/p&gt;</translation>
    </message>
    <message>
        <source>station in-charge</source>
        <translation>تھانہ انچارج</translation>
    </message>
    <message>
        <source>desk officer</source>
        <translation>ڈیسک افسر</translation>
    </message>
    <message>
        <source>Signed in as {who}</source>
        <translation>⁨{who}⁩ کے طور پر سائن اِن</translation>
    </message>
    <message>
        <source>{name} ({code}), {district}, {province}: desk {desk}</source>
        <translation>⁨{name}⁩ (⁨{code}⁩)، ضلع ⁨{district}⁩، صوبہ ⁨{province}⁩: ڈیسک ⁨{desk}⁩</translation>
    </message>
    <message>
        <source>Complaints registered today: %1</source>
        <translation>آج درج شکایات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Follow-ups: %1 overdue, %2 due today</source>
        <translation>فالو اپ: ⁨%1⁩ تاخیر سے، ⁨%2⁩ آج کے</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>Incident</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or YYYY-MM or YYYY if approximate</source>
        <translation>YYYY-MM-DD، یا اندازاً ہو تو YYYY-MM یا YYYY</translation>
    </message>
    <message>
        <source>Date is a&amp;pproximate (only the month or the year may be known)</source>
        <translation>تاریخ &amp;اندازاً ہے (صرف مہینہ یا سال معلوم ہو سکتا ہے)</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;وقت</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour</source>
        <translation>HH:MM، 24 گھنٹے</translation>
    </message>
    <message>
        <source>Dist&amp;rict</source>
        <translation>&amp;ضلع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>جگہ</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;جگہ</translation>
    </message>
    <message>
        <source>Complaint categories (tick all that apply)</source>
        <translation>شکایت کے زمرے (جو جو لاگو ہوں سب منتخب کریں)</translation>
    </message>
    <message>
        <source>&amp;Categories (Space ticks)</source>
        <translation>&amp;زمرے (Space سے نشان)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;کیا ہوا</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Sections of the complaint</source>
        <translation>شکایت کے حصے</translation>
    </message>
    <message>
        <source>Saving the complaint</source>
        <translation>شکایت محفوظ ہو رہی ہے</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Close the form (asks first)</source>
        <translation>فارم بند کریں (پہلے پوچھا جائے گا)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;پچھلا</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>پچھلا حصہ</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;اگلا</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>اگلا حصہ</translation>
    </message>
    <message>
        <source>&amp;Save the complaint</source>
        <translation>شکایت &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>Save the complaint</source>
        <translation>شکایت محفوظ کریں</translation>
    </message>
    <message>
        <source>{number}. {title} (check)</source>
        <translation>⁨{number}⁩۔ ⁨{title}⁩ (دیکھیں)</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Draft kept at {time}</source>
        <translation>مسودہ ⁨{time}⁩ پر محفوظ</translation>
    </message>
    <message>
        <source>The draft could not be kept. Please save soon.</source>
        <translation>مسودہ محفوظ نہیں ہو سکا۔ براہِ کرم جلد محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Continue the complaint you were typing?</source>
        <translation>جو شکایت آپ لکھ رہی تھیں اسے جاری رکھیں؟</translation>
    </message>
    <message>
        <source>A complaint was being typed and was not saved. It has been kept safely.</source>
        <translation>ایک شکایت لکھی جا رہی تھی اور محفوظ نہیں ہوئی تھی۔ اسے حفاظت سے رکھ لیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ختم کریں</translation>
    </message>
    <message>
        <source>Discard the unsaved complaint?</source>
        <translation>غیر محفوظ شکایت ختم کر دیں؟</translation>
    </message>
    <message>
        <source>What was typed will be gone for good. This cannot be undone.</source>
        <translation>جو لکھا گیا وہ ہمیشہ کے لیے ختم ہو جائے گا۔ یہ واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>رکھیں</translation>
    </message>
    <message>
        <source>Discard for good</source>
        <translation>ہمیشہ کے لیے ختم کریں</translation>
    </message>
    <message>
        <source>Leave this complaint?</source>
        <translation>یہ شکایت چھوڑ دیں؟</translation>
    </message>
    <message>
        <source>Keep typing, go home and come back to it later (it is kept as a draft), or discard what was typed.</source>
        <translation>لکھنا جاری رکھیں، ہوم پر جائیں اور بعد میں واپس آئیں (یہ مسودے کے طور پر محفوظ رہے گی)، یا جو لکھا گیا اسے ختم کریں۔</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>لکھنا جاری رکھیں</translation>
    </message>
    <message>
        <source>Go home, keep the draft</source>
        <translation>ہوم پر جائیں، مسودہ رکھیں</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <source>Survivor: {category}. Risk level: {risk}.</source>
        <translation>متاثرہ: ⁨{category}⁩۔ خطرے کی سطح: ⁨{risk}⁩۔</translation>
    </message>
    <message>
        <source>Gender Desk</source>
        <translation>جینڈر ڈیسک</translation>
    </message>
</context>
<context>
    <name>KhidmatDuePanel</name>
    <message>
        <source>Ser&amp;vice log…</source>
        <extracomment>The longest overdue first; the counts above the list say how many there are in all.</extracomment>
        <translation>&amp;سروس رجسٹر…</translation>
    </message>
    <message>
        <source>Open the Khidmat Markaz service log</source>
        <translation>خدمت مرکز کا سروس رجسٹر کھولیں</translation>
    </message>
    <message>
        <source>Services due today and overdue</source>
        <translation>آج کی اور تاخیر والی سروسز</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>ٹوکن</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <source>Khidmat Markaz services: %1 overdue, %2 due today</source>
        <translation>خدمت مرکز سروسز: ⁨%1⁩ تاخیر سے، ⁨%2⁩ آج کی</translation>
    </message>
</context>
<context>
    <name>KhidmatLogPage</name>
    <message>
        <source>Search services</source>
        <translation>سروسز تلاش کریں</translation>
    </message>
    <message>
        <source>Token, CNIC, phone or name</source>
        <translation>ٹوکن، شناختی کارڈ، فون یا نام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>&amp;New service…</source>
        <translation>&amp;نئی سروس…</translation>
    </message>
    <message>
        <source>Services &amp;offered…</source>
        <translation>پیش کی جانے والی &amp;سروسز…</translation>
    </message>
    <message>
        <source>Khidmat Markaz services</source>
        <translation>خدمت مرکز سروسز</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;تلاش</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;حیثیت</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>&amp;سروس</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>تلاش ہو رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>⁨%n⁩ سروس</numerusform>
            <numerusform>⁨%n⁩ سروسز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>⁨%n⁩ نتیجہ</numerusform>
            <numerusform>⁨%n⁩ نتائج</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged under token %1.</source>
        <translation>ٹوکن ⁨%1⁩ کے تحت درج ہوئی۔</translation>
    </message>
    <message>
        <source>Token slip %1</source>
        <translation>ٹوکن پرچی ⁨%1⁩</translation>
    </message>
    <message>
        <source>A complaint is being typed</source>
        <translation>ایک شکایت لکھی جا رہی ہے</translation>
    </message>
    <message>
        <source>Another complaint is being typed, or waits as a draft. Save or discard it first, then open the complaint from this service again.</source>
        <translation>ایک اور شکایت لکھی جا رہی ہے یا مسودے میں ہے۔ پہلے اسے محفوظ یا ختم کریں، پھر اس سروس سے دوبارہ شکایت کھولیں۔</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Urdu in &amp;Naskh (plainer, shorter lines)</source>
        <translation>اردو &amp;نسخ میں (سادہ، چھوٹی سطریں)</translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <source>Legal</source>
        <translation>قانونی</translation>
    </message>
    <message>
        <source>Sections suggested for the chosen categories</source>
        <translation>منتخب زمروں کے لیے تجویز کردہ دفعات</translation>
    </message>
    <message>
        <source>&amp;Suggested</source>
        <translation>&amp;تجویز کردہ</translation>
    </message>
    <message>
        <source>Add the s&amp;uggested sections</source>
        <translation>تجویز کردہ دفعات &amp;شامل کریں</translation>
    </message>
    <message>
        <source>Add the suggested sections to the sections that apply</source>
        <translation>تجویز کردہ دفعات کو لاگو دفعات میں شامل کریں</translation>
    </message>
    <message>
        <source>Sections that apply</source>
        <translation>لاگو ہونے والی دفعات</translation>
    </message>
    <message>
        <source>Sections that &amp;apply</source>
        <translation>&amp;لاگو دفعات</translation>
    </message>
    <message>
        <source>Another section</source>
        <translation>کوئی اور دفعہ</translation>
    </message>
    <message>
        <source>e.g. PPC 506</source>
        <translation>مثلاً PPC 506</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;شامل کریں</translation>
    </message>
    <message>
        <source>Add this section</source>
        <translation>یہ دفعہ شامل کریں</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>منتخب &amp;ہٹائیں</translation>
    </message>
    <message>
        <source>Remove the selected section</source>
        <translation>منتخب دفعہ ہٹائیں</translation>
    </message>
    <message>
        <source>Anot&amp;her section</source>
        <translation>کوئی &amp;اور دفعہ</translation>
    </message>
    <message>
        <source>&amp;FIR registered</source>
        <translation>&amp;ایف آئی آر درج ہوئی</translation>
    </message>
    <message>
        <source>FIR &amp;number</source>
        <translation>ایف آئی آر &amp;نمبر</translation>
    </message>
</context>
<context>
    <name>LimitCounter</name>
    <message>
        <source>Characters used</source>
        <extracomment>The counter shows from this share of the limit on (unless it always shows).</extracomment>
        <translation>استعمال شدہ حروف</translation>
    </message>
    <message>
        <source>{used} of {limit} characters</source>
        <translation>⁨{limit}⁩ میں سے ⁨{used}⁩ حروف</translation>
    </message>
    <message>
        <source>{used}: please shorten it</source>
        <translation>⁨{used}⁩: براہِ کرم مختصر کریں</translation>
    </message>
    <message>
        <source>{used}: the limit</source>
        <translation>⁨{used}⁩: حد پوری</translation>
    </message>
    <message>
        <source>The limit is {limit} characters: {count} more did not fit.</source>
        <translation>حد ⁨{limit}⁩ حروف ہے: مزید ⁨{count}⁩ نہیں سما سکے۔</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>ڈیسک لاک ہے</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;صارف تبدیل کریں</translation>
    </message>
    <message>
        <source>Switch user: sign this session out and let another officer sign in</source>
        <translation>صارف تبدیل کریں: یہ نشست ختم کریں اور دوسرے افسر کو سائن اِن کرنے دیں</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>پاس فریز جانچا جا رہا ہے</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;پاس فریز</translation>
    </message>
    <message>
        <source>Signed in as {username}. Type the passphrase to go back to work.</source>
        <translation>⁨{username}⁩ کے طور پر سائن اِن۔ کام پر واپس جانے کے لیے پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>براہِ کرم اپنا پاس فریز لکھیں۔</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Gender Desk</source>
        <translation>جینڈر ڈیسک</translation>
    </message>
    <message>
        <source>Please sign in with your username and passphrase.</source>
        <translation>براہِ کرم اپنے صارف نام اور پاس فریز سے سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;سائن اِن</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>سائن اِن</translation>
    </message>
    <message>
        <source>Opening the station</source>
        <translation>تھانہ کھولا جا رہا ہے</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;صارف نام</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;پاس فریز</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase?</source>
        <translation>پاس فریز &amp;بھول گئیں؟</translation>
    </message>
    <message>
        <source>Forgot passphrase: set a new one with the recovery key</source>
        <translation>پاس فریز بھول گئیں: ریکوری کلید سے نیا بنائیں</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>بیک اپ سے &amp;بحالی…</translation>
    </message>
    <message>
        <source>Restore the station from a backup</source>
        <translation>تھانے کو بیک اپ سے بحال کریں</translation>
    </message>
    <message>
        <source>Please type your username.</source>
        <translation>براہِ کرم اپنا صارف نام لکھیں۔</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>براہِ کرم اپنا پاس فریز لکھیں۔</translation>
    </message>
</context>
<context>
    <name>MissingNumbersDialog</name>
    <message>
        <source>Fill in missing numbers</source>
        <translation>غائب نمبر لکھیں</translation>
    </message>
    <message>
        <source>These services of {district} have no published number. Ask where each row says, type the number in its row, and save: each becomes confirmed by this station today. Leave a row empty to keep asking.</source>
        <translation>⁨{district}⁩ کی ان سروسز کا کوئی شائع شدہ نمبر نہیں۔ ہر قطار میں لکھی جگہ سے پوچھیں، نمبر اسی قطار میں لکھیں اور محفوظ کریں: ہر نمبر آج اس تھانے سے تصدیق شدہ ہو جائے گا۔ پوچھتے رہنے کے لیے قطار خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Save the numbers</source>
        <translation>نمبر محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>MissingNumbersTable</name>
    <message>
        <source>Services without a number</source>
        <translation>بغیر نمبر والی سروسز</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>دائرہ</translation>
    </message>
    <message>
        <source>Where to ask</source>
        <translation>کہاں پوچھیں</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Type the number, e.g. 081-1234567; two with a comma</source>
        <translation>نمبر لکھیں، مثلاً ⁦081-1234567⁩؛ دو ہوں تو کاما سے</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>پورا ملک</translation>
    </message>
    <message>
        <source>Type the number, e.g. 081-1234567</source>
        <translation>نمبر لکھیں، مثلاً ⁦081-1234567⁩</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>Officers of this station</source>
        <translation>اس تھانے کے افسران</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>افسران</translation>
    </message>
    <message>
        <source>&amp;Add an officer…</source>
        <translation>افسر &amp;شامل کریں…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;غیر فعال کریں…</translation>
    </message>
    <message>
        <source>New &amp;passphrase…</source>
        <translation>نیا &amp;پاس فریز…</translation>
    </message>
    <message>
        <source>Please choose an officer in the table first.</source>
        <translation>براہِ کرم پہلے جدول میں افسر منتخب کریں۔</translation>
    </message>
    <message>
        <source>The officer was added.</source>
        <translation>افسر شامل ہو گیا۔</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیر فعال کریں</translation>
    </message>
    <message>
        <source>Deactivate %1? That passphrase will no longer open the desk; the complaints already registered stay as they are.</source>
        <translation>⁨%1⁩ کو غیر فعال کریں؟ وہ پاس فریز اب ڈیسک نہیں کھولے گا؛ پہلے سے درج شکایات جوں کی توں رہیں گی۔</translation>
    </message>
    <message>
        <source>The officer was deactivated.</source>
        <translation>افسر غیر فعال ہو گیا۔</translation>
    </message>
    <message>
        <source>The new passphrase is set.</source>
        <translation>نیا پاس فریز لگ گیا۔</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>No printer was chosen. Nothing was printed.</source>
        <extracomment>The setting that remembers the officer was told a saved PDF is not encrypted. Sends PDF bytes to a printer; runs on the database worker.</extracomment>
        <translation>کوئی پرنٹر منتخب نہیں ہوا۔ کچھ پرنٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>This document cannot be printed from here. Nothing was printed.</source>
        <translation>یہ دستاویز یہاں سے پرنٹ نہیں ہو سکتی۔ کچھ پرنٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>پرنٹر کو بھیجا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>پرنٹر ⁨%1⁩ کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>پرنٹر کو بھیج دیا گیا۔</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>A saved PDF is not encrypted. The desk keeps every record encrypted, but this file is an ordinary one: anyone who can open this computer&apos;s folders, or a USB drive it is copied to, can read it. Save it only to print it or to hand it over, and delete it afterwards.</source>
        <translation>محفوظ کی گئی PDF خفیہ (انکرپٹڈ) نہیں ہوتی۔ ڈیسک ہر ریکارڈ خفیہ رکھتا ہے، لیکن یہ ایک عام فائل ہے: جو بھی اس کمپیوٹر کے فولڈر یا وہ USB جس پر یہ نقل ہو کھول سکے، اسے پڑھ سکتا ہے۔ اسے صرف پرنٹ کرنے یا حوالے کرنے کے لیے محفوظ کریں، اور بعد میں مٹا دیں۔</translation>
    </message>
    <message>
        <source>I understand, save</source>
        <translation>میں سمجھ گئی، محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Please choose another folder.</source>
        <translation>PDF وہاں محفوظ نہیں ہو سکی۔ براہِ کرم کوئی اور فولڈر منتخب کریں۔</translation>
    </message>
    <message>
        <source>Saved. The file is not encrypted: delete it when it is no longer needed.</source>
        <translation>محفوظ ہو گئی۔ فائل خفیہ نہیں: ضرورت ختم ہونے پر اسے مٹا دیں۔</translation>
    </message>
</context>
<context>
    <name>PerpetratorRow</name>
    <message>
        <source>Relationship to the survivor</source>
        <translation>متاثرہ سے رشتہ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>عمر</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>نام (اختیاری)</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s CNIC</source>
        <translation>ملزم کا شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s phone</source>
        <translation>ملزم کا فون</translation>
    </message>
    <message>
        <source>Where the perpetrator may be found</source>
        <translation>ملزم کہاں مل سکتا ہے</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>رشتہ</translation>
    </message>
    <message>
        <source>CNIC (optional)</source>
        <translation>شناختی کارڈ نمبر (اختیاری)</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>فون (اختیاری)</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>پتہ (اختیاری)</translation>
    </message>
    <message>
        <source>Perpetrator {n}</source>
        <translation>ملزم ⁨{n}⁩</translation>
    </message>
    <message>
        <source>Remove perpetrator {n}</source>
        <translation>ملزم ⁨{n}⁩ ہٹائیں</translation>
    </message>
</context>
<context>
    <name>PerpetratorsPage</name>
    <message>
        <source>Perpetrators</source>
        <translation>ملزمان</translation>
    </message>
    <message>
        <source>No perpetrator recorded. Add one for each person the survivor names.</source>
        <translation>کوئی ملزم درج نہیں۔ متاثرہ جس جس کا نام لیں، ہر ایک کے لیے ایک شامل کریں۔</translation>
    </message>
    <message>
        <source>Name, CNIC, phone and address help the police find the person. They stay at this desk: HQ never receives them.</source>
        <translation>نام، شناختی کارڈ، فون اور پتہ پولیس کو اس شخص تک پہنچنے میں مدد دیتے ہیں۔ یہ اسی ڈیسک پر رہتے ہیں: ہیڈکوارٹر کو کبھی نہیں بھیجے جاتے۔</translation>
    </message>
    <message>
        <source>&amp;Add a perpetrator</source>
        <translation>ملزم &amp;شامل کریں</translation>
    </message>
    <message>
        <source>Add a perpetrator</source>
        <translation>ملزم شامل کریں</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Records HQ did not accept</source>
        <translation>وہ ریکارڈ جو ہیڈکوارٹر نے قبول نہیں کیے</translation>
    </message>
    <message>
        <source>These records stay safe on this desk and are not counted at HQ. The complaints themselves are not affected. Retry after HQ has fixed the problem.</source>
        <translation>یہ ریکارڈ اس ڈیسک پر محفوظ رہتے ہیں اور ہیڈکوارٹر میں شمار نہیں ہوتے۔ شکایات پر کوئی اثر نہیں پڑتا۔ ہیڈکوارٹر کے مسئلہ حل کرنے کے بعد دوبارہ بھیجیں۔</translation>
    </message>
    <message>
        <source>No record is quarantined.</source>
        <translation>کوئی ریکارڈ روکا ہوا نہیں۔</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>منتخب دوبارہ بھیجیں</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>سب دوبارہ بھیجیں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <extracomment>Runs the change on the database worker: (reason) -&gt; the complaint&apos;s new summary.</extracomment>
        <translation>تبدیلی کی وجہ</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;وجہ (لازمی)</translation>
    </message>
    <message>
        <source>Please write why the record is changed.</source>
        <translation>براہِ کرم لکھیں کہ ریکارڈ کیوں تبدیل کیا گیا۔</translation>
    </message>
</context>
<context>
    <name>ReceiptCheckPage</name>
    <message>
        <source>Check a receipt</source>
        <extracomment>Calm green for &quot;genuine&quot;, always with words.</extracomment>
        <translation>رسید کی جانچ</translation>
    </message>
    <message>
        <source>Type the verification code printed on the receipt (for example QTAAIR-2026-000123.WFAK2-ZVDAY), or scan the square beside it. Capitals, spaces and dashes do not matter. Each check is written to the audit trail.</source>
        <translation>رسید پر چھپا تصدیقی کوڈ لکھیں (مثلاً QTAAIR-2026-000123.WFAK2-ZVDAY)، یا اس کے ساتھ والا چوکور کوڈ اسکین کریں۔ بڑے چھوٹے حروف، خالی جگہ اور ڈیش سے فرق نہیں پڑتا۔ ہر جانچ آڈٹ ریکارڈ میں لکھی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>تصدیقی کوڈ</translation>
    </message>
    <message>
        <source>&amp;Verification code</source>
        <translation>&amp;تصدیقی کوڈ</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;جانچیں</translation>
    </message>
    <message>
        <source>&amp;Open the complaint</source>
        <translation>شکایت &amp;کھولیں</translation>
    </message>
    <message>
        <source>Please type the code printed on the receipt.</source>
        <translation>براہِ کرم رسید پر چھپا کوڈ لکھیں۔</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>&amp;Discreet receipt (no category)</source>
        <translation>&amp;محتاط رسید (زمرے کے بغیر)</translation>
    </message>
    <message>
        <source>For someone who may be harmed if the receipt is found: a neutral heading, no complaint category and no name; the same number and verification code. Ask her; her choice is kept with the complaint.</source>
        <translation>اس کے لیے جسے رسید ملنے پر نقصان پہنچ سکتا ہو: سادہ عنوان، شکایت کا زمرہ نہیں اور نام نہیں؛ وہی نمبر اور تصدیقی کوڈ۔ ان سے پوچھیں؛ ان کا انتخاب شکایت کے ساتھ محفوظ رہتا ہے۔</translation>
    </message>
</context>
<context>
    <name>ReceiptPreview</name>
    <message>
        <source>Receipt %1</source>
        <extracomment>Makes the receipt: (paper &quot;a4&quot; or &quot;80mm&quot;, language &quot;both&quot;, &quot;ur&quot; or &quot;en&quot;) -&gt; PDF bytes.</extracomment>
        <translation>رسید ⁨%1⁩</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 ملی میٹر رول</translation>
    </message>
    <message>
        <source>Urdu and English</source>
        <translation>اردو اور انگریزی</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگریزی</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>پرنٹ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>رسید تیار ہو رہی ہے…</translation>
    </message>
    <message>
        <source>The receipt could not be made. Please try again.</source>
        <translation>رسید نہیں بن سکی۔ براہِ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Complainant</source>
        <translation>شکایت کنندہ</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>متاثرہ</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>ملزمان</translation>
    </message>
    <message>
        <source>Risk checklist and level</source>
        <translation>خطرے کی فہرست اور سطح</translation>
    </message>
    <message>
        <source>Level from the checklist</source>
        <translation>فہرست کے مطابق سطح</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>رضامند</translation>
    </message>
    <message>
        <source>agreed, but this consent cannot be accepted</source>
        <translation>رضامند، مگر یہ رضامندی قبول نہیں کی جا سکتی</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>رضامند نہیں</translation>
    </message>
    <message>
        <source>at intake</source>
        <translation>اندراج کے وقت</translation>
    </message>
    <message>
        <source>recorded {when} by {officer}</source>
        <translation>⁨{when}⁩ کو ⁨{officer}⁩ نے درج کی</translation>
    </message>
    <message>
        <source>Referral: {service}</source>
        <translation>ریفرل: ⁨{service}⁩</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ریفرل</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>ابھی پوچھا نہیں گیا</translation>
    </message>
    <message>
        <source>Legal sections and FIR</source>
        <translation>قانونی دفعات اور ایف آئی آر</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>Worked out from the record</source>
        <translation>ریکارڈ سے اخذ شدہ</translation>
    </message>
    <message>
        <source>Perpetrator {n}</source>
        <translation>ملزم ⁨{n}⁩</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>پاس فریز بھول گئیں؟</translation>
    </message>
    <message>
        <source>The station in-charge sets a new passphrase with the recovery key from the sealed envelope. Desk officers: please ask the in-charge, who sets a new passphrase for you under Station &gt; Officers.</source>
        <translation>تھانہ انچارج سربمہر لفافے میں رکھی ریکوری کلید سے نیا پاس فریز بناتی ہیں۔ ڈیسک افسران: براہِ کرم انچارج سے کہیں، وہ تھانہ &gt; افسران میں آپ کا نیا پاس فریز بنائیں گی۔</translation>
    </message>
    <message>
        <source>Username of the in-charge</source>
        <translation>انچارج کا صارف نام</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>ریکوری کلید</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>نیا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>Afterwards, put the key back in a new envelope, seal and sign it, and lock it away: it has been seen.</source>
        <translation>اس کے بعد کلید نئے لفافے میں رکھیں، سربمہر کر کے دستخط کریں اور تالے میں رکھیں: یہ دیکھی جا چکی ہے۔</translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation>سائن اِن پر &amp;واپس</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>سائن اِن پر واپس</translation>
    </message>
    <message>
        <source>Set the &amp;new passphrase</source>
        <translation>&amp;نیا پاس فریز بنائیں</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>نیا پاس فریز بنائیں</translation>
    </message>
    <message>
        <source>Setting the new passphrase</source>
        <translation>نیا پاس فریز بن رہا ہے</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;صارف نام</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>ریکوری &amp;کلید</translation>
    </message>
    <message>
        <source>New &amp;passphrase</source>
        <translation>نیا &amp;پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>نیا پاس فریز &amp;دوبارہ</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>آپ کی نئی ریکوری کلید</translation>
    </message>
    <message>
        <source>Your new passphrase is set. The key you typed has been seen, so it no longer opens the station: this new key replaces it. Destroy the old sheet.</source>
        <translation>آپ کا نیا پاس فریز لگ گیا۔ آپ کی لکھی ہوئی کلید دیکھی جا چکی ہے، اس لیے اب وہ تھانہ نہیں کھولتی: یہ نئی کلید اس کی جگہ لیتی ہے۔ پرانا کاغذ تلف کر دیں۔</translation>
    </message>
    <message>
        <source>&amp;Continue to the desk</source>
        <translation>ڈیسک پر &amp;جائیں</translation>
    </message>
    <message>
        <source>Continue to the desk</source>
        <translation>ڈیسک پر جائیں</translation>
    </message>
    <message>
        <source>Please type the in-charge&apos;s username.</source>
        <translation>براہِ کرم انچارج کا صارف نام لکھیں۔</translation>
    </message>
    <message>
        <source>Please type the recovery key from the envelope.</source>
        <translation>براہِ کرم لفافے والی ریکوری کلید لکھیں۔</translation>
    </message>
    <message>
        <source>This station has no active account with this name.</source>
        <translation>اس تھانے میں اس نام کا کوئی فعال اکاؤنٹ نہیں۔</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation>ریکوری کلید</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way into the station&apos;s records. It is shown this once.</source>
        <translation>اگر ہر پاس فریز بھول جائے تو تھانے کے ریکارڈ تک پہنچنے کا واحد راستہ یہی کلید ہے۔ یہ صرف اس ایک بار دکھائی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Print it or copy it by hand, put the paper in an envelope, seal and sign it, and keep it locked away from the desk. Do not photograph it or save it on a computer.</source>
        <translation>اسے پرنٹ کریں یا ہاتھ سے لکھ لیں، کاغذ لفافے میں رکھ کر سربمہر کریں اور دستخط کریں، اور ڈیسک سے دور تالے میں رکھیں۔ اس کی تصویر نہ لیں اور کمپیوٹر میں محفوظ نہ کریں۔</translation>
    </message>
    <message>
        <source>&amp;Print the key…</source>
        <translation>کلید &amp;پرنٹ کریں…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>ریکوری کلید پرنٹ کریں</translation>
    </message>
    <message>
        <source>Group of the recovery key</source>
        <translation>ریکوری کلید کا گروپ</translation>
    </message>
    <message>
        <source>To show the key was written down, type &amp;group {n} of it here (the four characters under the number {n}):</source>
        <translation>یہ دکھانے کے لیے کہ کلید لکھ لی گئی ہے، اس کا &amp;گروپ ⁨{n}⁩ یہاں لکھیں (نمبر ⁨{n}⁩ کے نیچے والے چار حروف):</translation>
    </message>
    <message>
        <source>Group {n} of the recovery key</source>
        <translation>ریکوری کلید کا گروپ ⁨{n}⁩</translation>
    </message>
    <message>
        <source>That is not group {n}. Please check it against the key.</source>
        <translation>یہ گروپ ⁨{n}⁩ نہیں ہے۔ براہِ کرم کلید سے ملا کر دیکھیں۔</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Referral to the chosen service</source>
        <translation>منتخب سروس کو ریفرل</translation>
    </message>
    <message>
        <source>Where to refer</source>
        <translation>کہاں ریفر کریں</translation>
    </message>
    <message>
        <source>Referral status</source>
        <translation>ریفرل کی حیثیت</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <source>Set a follow-up date</source>
        <translation>فالو اپ کی تاریخ مقرر کریں</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>فالو اپ کی تاریخ</translation>
    </message>
    <message>
        <source>Told earlier, at</source>
        <translation>پہلے بتایا گیا، وقت</translation>
    </message>
    <message>
        <source>The service was told earlier</source>
        <translation>سروس کو پہلے بتایا جا چکا تھا</translation>
    </message>
    <message>
        <source>When the service was told</source>
        <translation>سروس کو کب بتایا گیا</translation>
    </message>
    <message>
        <source>Referral notes</source>
        <translation>ریفرل کے نوٹ</translation>
    </message>
    <message>
        <source>Reason to refer without consent</source>
        <translation>رضامندی کے بغیر ریفر کرنے کی وجہ</translation>
    </message>
    <message>
        <source>Only if consent cannot be had: why the referral must go ahead</source>
        <translation>صرف اگر رضامندی نہ مل سکے: ریفرل کیوں ضروری ہے</translation>
    </message>
    <message>
        <source>Record &amp;referral</source>
        <translation>ریفرل &amp;درج کریں</translation>
    </message>
    <message>
        <source>Record referral</source>
        <translation>ریفرل درج کریں</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Told when</source>
        <translation>کب بتایا گیا</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation>رضامندی کے بغیر</translation>
    </message>
    <message>
        <source>(no particular place)</source>
        <translation>(کوئی خاص جگہ نہیں)</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>Offered</source>
        <translation>پیشکش کی گئی</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>انکار</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ریفر شدہ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قبول کیا گیا</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Did not go (no-show)</source>
        <translation>نہیں گئیں (غیر حاضر)</translation>
    </message>
    <message>
        <source>Referrals for complaint %1</source>
        <translation>شکایت ⁨%1⁩ کے ریفرل</translation>
    </message>
    <message>
        <source>What to do, in order</source>
        <translation>کیا کرنا ہے، ترتیب سے</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>کیوں</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>مہلت</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رضامندی</translation>
    </message>
    <message>
        <source>Where to refer</source>
        <translation>کہاں ریفر کریں</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>کیے گئے ریفرل</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>فالو اپ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>نئی حیثیت</translation>
    </message>
    <message>
        <source>Notes on the status change</source>
        <translation>حیثیت کی تبدیلی کے نوٹ</translation>
    </message>
    <message>
        <source>Notes (what the service said)</source>
        <translation>نوٹ (سروس نے کیا کہا)</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>&amp;حیثیت بدلیں</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>حیثیت بدلیں</translation>
    </message>
    <message>
        <source>Referral &amp;slip…</source>
        <translation>ریفرل &amp;پرچی…</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>ریفرل پرچی</translation>
    </message>
    <message>
        <source>Chosen &amp;service:</source>
        <translation>منتخب &amp;سروس:</translation>
    </message>
    <message>
        <source>Chosen referral &amp;now:</source>
        <translation>ابھی منتخب &amp;ریفرل:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>window passed: act now all the same</source>
        <translation>وقت گزر گیا: پھر بھی ابھی کارروائی کریں</translation>
    </message>
    <message>
        <source>may have passed: act now</source>
        <translation>شاید گزر گیا ہو: ابھی کارروائی کریں</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>پوچھا نہیں گیا</translation>
    </message>
    <message>
        <source>not given at intake</source>
        <translation>اندراج کے وقت نہیں دی گئی</translation>
    </message>
    <message>
        <source>given at intake, but cannot be accepted</source>
        <translation>اندراج کے وقت دی گئی، مگر قبول نہیں کی جا سکتی</translation>
    </message>
    <message>
        <source>given at intake</source>
        <translation>اندراج کے وقت دی گئی</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>انکار</translation>
    </message>
    <message>
        <source>given, but cannot be accepted</source>
        <translation>دی گئی، مگر قبول نہیں کی جا سکتی</translation>
    </message>
    <message>
        <source>given</source>
        <translation>دی گئی</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>نمبر نہیں</translation>
    </message>
    <message>
        <source>nothing in the directory</source>
        <translation>ڈائریکٹری میں کچھ نہیں</translation>
    </message>
    <message>
        <source>Without consent (in-charge): %1</source>
        <translation>رضامندی کے بغیر (انچارج): ⁨%1⁩</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>غیر تصدیق شدہ</translation>
    </message>
    <message>
        <source>Referral slip %1</source>
        <translation>ریفرل پرچی ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Daily register</source>
        <translation>روزانہ رجسٹر</translation>
    </message>
    <message>
        <source>One line per complaint received on these days, with its referrals, for the in-charge to check and sign. Making it is written to the audit trail.</source>
        <translation>ان دنوں میں موصول ہر شکایت کی ایک سطر، اس کے ریفرل کے ساتھ، انچارج کی جانچ اور دستخط کے لیے۔ اس کا بننا آڈٹ ریکارڈ میں لکھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>پہلا دن</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>آخری دن</translation>
    </message>
    <message>
        <source>With survivors&apos; &amp;names (station in-charge)</source>
        <translation>متاثرین کے &amp;ناموں کے ساتھ (تھانہ انچارج)</translation>
    </message>
    <message>
        <source>&amp;Make the register</source>
        <translation>رجسٹر &amp;بنائیں</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;پرنٹ…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>PDF کے طور پر &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <source>The register</source>
        <translation>رجسٹر</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;سے</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;تک</translation>
    </message>
    <message>
        <source>Complaints or referrals changed after this register was made. Make it again to include the changes.</source>
        <translation>یہ رجسٹر بننے کے بعد شکایات یا ریفرل بدلے گئے۔ تبدیلیاں شامل کرنے کے لیے اسے دوبارہ بنائیں۔</translation>
    </message>
    <message>
        <source>Making the register…</source>
        <translation>رجسٹر بن رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>The register has %n page(s).</source>
        <translation>
            <numerusform>رجسٹر ⁨%n⁩ صفحے کا ہے۔</numerusform>
            <numerusform>رجسٹر ⁨%n⁩ صفحات کا ہے۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen case %1</source>
        <translation>کیس ⁨%1⁩ دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>Why the case is reopened</source>
        <translation>کیس دوبارہ کھولنے کی وجہ</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;وجہ (لازمی)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>Please write why the case is reopened.</source>
        <translation>براہِ کرم لکھیں کہ کیس دوبارہ کیوں کھولا جا رہا ہے۔</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>New passphrase for %1</source>
        <translation>⁨%1⁩ کے لیے نیا پاس فریز</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>دونوں پاس فریز ایک جیسے نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>بیک اپ سے بحالی</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>بیک اپ کی جانچ ہو رہی ہے</translation>
    </message>
    <message>
        <source>Choose a backup made with “Back up now”: a folder named gender-desk-backup-… that holds station.db and station.keys. It is checked first; nothing on this desk changes until you confirm, and the data now here is kept, never deleted.</source>
        <translation>&quot;ابھی بیک اپ لیں&quot; سے بنایا گیا بیک اپ منتخب کریں: gender-desk-backup-… نام کا فولڈر جس میں station.db اور station.keys ہوں۔ پہلے اس کی جانچ ہوتی ہے؛ آپ کی تصدیق تک اس ڈیسک پر کچھ نہیں بدلتا، اور یہاں موجود ڈیٹا محفوظ رکھا جاتا ہے، کبھی مٹایا نہیں جاتا۔</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>بیک اپ فولڈر</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;منتخب کریں…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>بیک اپ فولڈر منتخب کریں</translation>
    </message>
    <message>
        <source>Username of the in-charge</source>
        <translation>انچارج کا صارف نام</translation>
    </message>
    <message>
        <source>Passphrase of &amp;that time</source>
        <translation>&amp;اُس وقت کا پاس فریز</translation>
    </message>
    <message>
        <source>With her passphrase as it was when the backup was made</source>
        <translation>اُن کے اُس پاس فریز سے جو بیک اپ بنتے وقت تھا</translation>
    </message>
    <message>
        <source>&amp;Recovery key of that time</source>
        <translation>اُس وقت کی &amp;ریکوری کلید</translation>
    </message>
    <message>
        <source>With the recovery key of that time</source>
        <translation>اُس وقت کی ریکوری کلید سے</translation>
    </message>
    <message>
        <source>Passphrase when the backup was made</source>
        <translation>بیک اپ بنتے وقت کا پاس فریز</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>ریکوری کلید</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>نیا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>&amp;بیک اپ فولڈر</translation>
    </message>
    <message>
        <source>&amp;Username of the in-charge</source>
        <translation>انچارج کا &amp;صارف نام</translation>
    </message>
    <message>
        <source>Prove it with</source>
        <translation>ثبوت</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;پاس فریز</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;نیا پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>نیا پاس فریز &amp;دوبارہ</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>&amp;واپس</translation>
    </message>
    <message>
        <source>Back without restoring</source>
        <translation>بحالی کے بغیر واپس</translation>
    </message>
    <message>
        <source>&amp;Check the backup</source>
        <translation>بیک اپ کی &amp;جانچ کریں</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>بیک اپ کی جانچ کریں</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;منسوخ</translation>
    </message>
    <message>
        <source>Cancel: restore nothing</source>
        <translation>منسوخ: کچھ بحال نہ کریں</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>یہ بیک اپ &amp;بحال کریں</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>یہ بیک اپ بحال کریں</translation>
    </message>
    <message>
        <source>Choose the backup folder (gender-desk-backup-…)</source>
        <translation>بیک اپ فولڈر منتخب کریں (gender-desk-backup-…)</translation>
    </message>
    <message>
        <source>Please choose the backup folder.</source>
        <translation>براہِ کرم بیک اپ فولڈر منتخب کریں۔</translation>
    </message>
    <message>
        <source>Please type the in-charge&apos;s username.</source>
        <translation>براہِ کرم انچارج کا صارف نام لکھیں۔</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation>براہِ کرم پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Please type the recovery key.</source>
        <translation>براہِ کرم ریکوری کلید لکھیں۔</translation>
    </message>
    <message>
        <source>Anything registered after this backup was made is not in it. The data now on this desk will be kept, unchanged, in a folder named replaced-… inside the data folder; nothing is deleted.</source>
        <translation>اس بیک اپ کے بعد درج ہونے والی کوئی چیز اس میں نہیں۔ اس ڈیسک پر موجود ڈیٹا بغیر تبدیلی کے ڈیٹا فولڈر کے اندر replaced-… نام کے فولڈر میں رکھا جائے گا؛ کچھ مٹایا نہیں جاتا۔</translation>
    </message>
    <message>
        <source>No station is set up in this data folder yet: the backup becomes it.</source>
        <translation>اس ڈیٹا فولڈر میں ابھی کوئی تھانہ نہیں بنا: بیک اپ ہی تھانہ بن جائے گا۔</translation>
    </message>
    <message>
        <source>Backup of station {code} desk {desk} ({name}, {district}): {count} complaints</source>
        <translation>تھانہ ⁨{code}⁩ ڈیسک ⁨{desk}⁩ (⁨{name}⁩، ضلع ⁨{district}⁩) کا بیک اپ: ⁨{count}⁩ شکایات</translation>
    </message>
    <message>
        <source>, the newest received on {day}</source>
        <translation>، تازہ ترین ⁨{day}⁩ کو موصول</translation>
    </message>
    <message>
        <source>, the last number {number}</source>
        <translation>، آخری نمبر ⁨{number}⁩</translation>
    </message>
    <message>
        <source>Audit trail intact: {entries} entries</source>
        <translation>آڈٹ ریکارڈ مکمل: ⁨{entries}⁩ اندراجات</translation>
    </message>
    <message>
        <source>, the last on {moment} UTC</source>
        <translation>، آخری ⁨{moment}⁩ UTC پر</translation>
    </message>
    <message>
        <source>Putting the backup in place</source>
        <translation>بیک اپ لگایا جا رہا ہے</translation>
    </message>
    <message>
        <source>The backup is in place. The data that was here is kept in the folder {folder} of the data folder. Please sign in.</source>
        <translation>بیک اپ لگ گیا۔ یہاں موجود پچھلا ڈیٹا ڈیٹا فولڈر کے فولڈر ⁨{folder}⁩ میں محفوظ ہے۔ براہِ کرم سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>The backup is in place. Please sign in.</source>
        <translation>بیک اپ لگ گیا۔ براہِ کرم سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>The backup has no active account with this name.</source>
        <translation>بیک اپ میں اس نام کا کوئی فعال اکاؤنٹ نہیں۔</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <source>Risk checklist</source>
        <translation>خطرے کی فہرست</translation>
    </message>
    <message>
        <source>Ask each question as written and tick it when the answer is yes. Questions marked (!) make the risk high on their own. The level shown is the least the case deserves: you may treat it as higher, and say why.</source>
        <translation>ہر سوال لکھے ہوئے الفاظ میں پوچھیں اور جواب ہاں ہو تو نشان لگائیں۔ (!) والے سوال اکیلے ہی خطرہ زیادہ کر دیتے ہیں۔ دکھائی گئی سطح وہ کم از کم ہے جس کا یہ کیس حق دار ہے: آپ اسے زیادہ سمجھ سکتی ہیں، اور وجہ لکھیں۔</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>خطرے کی سطح</translation>
    </message>
    <message>
        <source>High risk by rule</source>
        <translation>قاعدے کے تحت زیادہ خطرہ</translation>
    </message>
    <message>
        <source>Treat the case as higher risk</source>
        <translation>کیس کو زیادہ خطرے والا سمجھیں</translation>
    </message>
    <message>
        <source>(no: the level above stands)</source>
        <translation>(نہیں: اوپر والی سطح برقرار)</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>درمیانہ خطرہ</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>زیادہ خطرہ</translation>
    </message>
    <message>
        <source>Why the case is treated as higher risk</source>
        <translation>کیس زیادہ خطرے والا کیوں سمجھا گیا</translation>
    </message>
    <message>
        <source>What you saw or heard that the questions do not ask (required with a raise)</source>
        <translation>جو آپ نے دیکھا یا سنا اور سوالوں میں نہیں (سطح بڑھانے پر لازمی)</translation>
    </message>
    <message>
        <source>&amp;Treat as higher risk:</source>
        <translation>زیادہ &amp;خطرہ سمجھیں:</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>&amp;کیوں:</translation>
    </message>
    <message>
        <source>Risk level: standard</source>
        <translation>خطرے کی سطح: عام</translation>
    </message>
    <message>
        <source>Risk level: medium</source>
        <translation>خطرے کی سطح: درمیانہ</translation>
    </message>
    <message>
        <source>Risk level: HIGH. Act on it before the survivor leaves the desk.</source>
        <translation>خطرے کی سطح: زیادہ۔ متاثرہ کے ڈیسک سے جانے سے پہلے کارروائی کریں۔</translation>
    </message>
    <message>
        <source>{words}  ({count} of {total} answered yes)</source>
        <translation>⁨{words}⁩  (⁨{total}⁩ میں سے ⁨{count}⁩ کا جواب ہاں)</translation>
    </message>
    <message>
        <source>the survivor is a child who is missing or abducted</source>
        <translation>متاثرہ لاپتہ یا اغوا شدہ بچہ ہے</translation>
    </message>
    <message>
        <source>the law sets the police a deadline for this case (see the referrals)</source>
        <translation>قانون نے اس کیس میں پولیس کے لیے مہلت مقرر کی ہے (ریفرل دیکھیں)</translation>
    </message>
    <message>
        <source>High risk by rule, whatever the answers: {reasons}.</source>
        <translation>جوابات جو بھی ہوں، قاعدے کے تحت زیادہ خطرہ: ⁨{reasons}⁩۔</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <source>The complaint is saved. Its number is:</source>
        <translation>شکایت محفوظ ہو گئی۔ اس کا نمبر ہے:</translation>
    </message>
    <message>
        <source>Complaint number</source>
        <translation>شکایت نمبر</translation>
    </message>
    <message>
        <source>&amp;Receipt for the complainant… (Ctrl+P)</source>
        <translation>شکایت کنندہ کے لیے &amp;رسید… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Receipt for the complainant</source>
        <translation>شکایت کنندہ کے لیے رسید</translation>
    </message>
    <message>
        <source>Re&amp;ferrals and next steps…</source>
        <translation>&amp;ریفرل اور اگلے اقدامات…</translation>
    </message>
    <message>
        <source>Referrals and next steps</source>
        <translation>ریفرل اور اگلے اقدامات</translation>
    </message>
    <message>
        <source>&amp;New complaint</source>
        <translation>&amp;نئی شکایت</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>نئی شکایت</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;ہوم</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ہوم</translation>
    </message>
</context>
<context>
    <name>ServiceEntryDialog</name>
    <message>
        <source>Service %1</source>
        <translation>سروس ⁨%1⁩</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>حیثیت کی تاریخ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Note or reason for the next step</source>
        <translation>اگلے قدم کا نوٹ یا وجہ</translation>
    </message>
    <message>
        <source>Note for the next step (a refusal needs a reason)</source>
        <translation>اگلے قدم کا نوٹ (انکار کے لیے وجہ ضروری ہے)</translation>
    </message>
    <message>
        <source>In &amp;process</source>
        <translation>&amp;زیرِ کارروائی</translation>
    </message>
    <message>
        <source>&amp;Ready</source>
        <translation>&amp;تیار</translation>
    </message>
    <message>
        <source>&amp;Handed over</source>
        <translation>&amp;حوالے کر دی گئی</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>&amp;انکار…</translation>
    </message>
    <message>
        <source>Token &amp;slip…</source>
        <translation>ٹوکن &amp;پرچی…</translation>
    </message>
    <message>
        <source>She &amp;disclosed violence…</source>
        <translation>انہوں نے تشدد &amp;بتایا…</translation>
    </message>
    <message>
        <source>Open a complaint with her details carried over, linked to this service.</source>
        <translation>ان کی تفصیل کے ساتھ شکایت کھولیں، اس سروس سے منسلک۔</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>ٹوکن</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>وقت پر</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>The applicant is</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Reason refused</source>
        <translation>انکار کی وجہ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>She disclosed violence</source>
        <translation>انہوں نے تشدد بتایا</translation>
    </message>
    <message>
        <source>Open a complaint with her details carried over?</source>
        <translation>ان کی تفصیل کے ساتھ شکایت کھولیں؟</translation>
    </message>
    <message>
        <source>Her name, CNIC and phone go into the new complaint as she chooses. The complaint is linked to this service once it is saved.</source>
        <translation>ان کا نام، شناختی کارڈ اور فون ان کی مرضی کے مطابق نئی شکایت میں جاتے ہیں۔ محفوظ ہونے پر شکایت اس سروس سے منسلک ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>She is the &amp;survivor</source>
        <translation>وہ خود &amp;متاثرہ ہیں</translation>
    </message>
    <message>
        <source>She complains for &amp;someone else</source>
        <translation>وہ &amp;کسی اور کی طرف سے شکایت کر رہی ہیں</translation>
    </message>
</context>
<context>
    <name>ServiceLabels</name>
    <message>
        <source>Received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <source>In process</source>
        <translation>زیرِ کارروائی</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>تیار</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>حوالے کر دی گئی</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>انکار</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Transgender person</source>
        <translation>خواجہ سرا</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>نہیں بتایا</translation>
    </message>
    <message>
        <source>%1, for a child</source>
        <translation>⁨%1⁩، بچے کے لیے</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>ابھی وقت باقی</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>وقت پر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>تاخیر</translation>
    </message>
    <message>
        <source>No published time</source>
        <translation>کوئی شائع شدہ وقت نہیں</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>⁨%1⁩ (تاخیر سے)</translation>
    </message>
</context>
<context>
    <name>ServiceLogModel</name>
    <message>
        <source>Token</source>
        <extracomment>(offset, limit) -&gt; one page of summaries, newest first. Runs on the database worker. All the results of one search. Runs on the database worker.</extracomment>
        <translation>ٹوکن</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>موصول</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>درخواست گزار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
</context>
<context>
    <name>ServicesOfferedDialog</name>
    <message>
        <source>Services offered at this station</source>
        <extracomment>Switches one service on (True) or off (runs on the database worker).</extracomment>
        <translation>اس تھانے میں پیش کی جانے والی سروسز</translation>
    </message>
    <message>
        <source>Tick the services this desk offers. Services not yet confirmed for this station are marked; check them before offering them.</source>
        <translation>وہ سروسز منتخب کریں جو یہ ڈیسک پیش کرتا ہے۔ جن سروسز کی اس تھانے کے لیے ابھی تصدیق نہیں ہوئی ان پر نشان ہے؛ پیش کرنے سے پہلے معلوم کر لیں۔</translation>
    </message>
    <message>
        <source>%1 (not yet confirmed)</source>
        <translation>⁨%1⁩ (ابھی تصدیق نہیں ہوئی)</translation>
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
        <source>&amp;Follow-ups</source>
        <translation>&amp;فالو اپ</translation>
    </message>
    <message>
        <source>Referral &amp;directory</source>
        <translation>ریفرل &amp;ڈائریکٹری</translation>
    </message>
    <message>
        <source>Daily re&amp;gister</source>
        <translation>روزانہ &amp;رجسٹر</translation>
    </message>
    <message>
        <source>Check a recei&amp;pt</source>
        <translation>رسید کی &amp;جانچ</translation>
    </message>
    <message>
        <source>&amp;Khidmat Markaz services</source>
        <translation>&amp;خدمت مرکز سروسز</translation>
    </message>
    <message>
        <source>Station &amp;figures</source>
        <translation>تھانے کے &amp;اعداد و شمار</translation>
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
    <message>
        <source>S&amp;ync with HQ now</source>
        <translation>ابھی ہیڈکوارٹر کو &amp;بھیجیں</translation>
    </message>
    <message>
        <source>&amp;Records HQ did not accept</source>
        <translation>ہیڈکوارٹر کے &amp;نامنظور ریکارڈ</translation>
    </message>
    <message>
        <source>&amp;Enrol with HQ…</source>
        <translation>ہیڈکوارٹر میں &amp;اندراج…</translation>
    </message>
    <message>
        <source>Station &amp;health</source>
        <translation>تھانے کے سسٹم کی &amp;صحت</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
</context>
<context>
    <name>SessionSync</name>
    <message>
        <source>Desk {desk}</source>
        <translation>ڈیسک ⁨{desk}⁩</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Gender Desk</source>
        <translation>جینڈر ڈیسک کی ابتدائی ترتیب</translation>
    </message>
    <message>
        <source>&amp;Create station</source>
        <translation>تھانہ &amp;بنائیں</translation>
    </message>
    <message>
        <source>Phone &amp;numbers…</source>
        <translation>فون &amp;نمبر…</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;ختم</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;اگلا</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;واپس</translation>
    </message>
</context>
<context>
    <name>StationDetailsForm</name>
    <message>
        <source>Station name</source>
        <translation>تھانے کا نام</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <source>Station phone</source>
        <translation>تھانے کا فون</translation>
    </message>
    <message>
        <source>for example 081 2869053</source>
        <translation>مثلاً ⁦081 2869053⁩</translation>
    </message>
    <message>
        <source>Station na&amp;me</source>
        <translation>تھانے کا &amp;نام</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>&amp;ضلع</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>&amp;صوبہ</translation>
    </message>
    <message>
        <source>Station p&amp;hone</source>
        <translation>تھانے کا &amp;فون</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Your police station</source>
        <translation>آپ کا تھانہ</translation>
    </message>
    <message>
        <source>These details are printed on every receipt.</source>
        <translation>یہ تفصیلات ہر رسید پر چھپتی ہیں۔</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>تھانے کا کوڈ</translation>
    </message>
    <message>
        <source>for example QTAAIR</source>
        <translation>مثلاً QTAAIR</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>تھانے کا نام</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <source>Station phone</source>
        <translation>تھانے کا فون</translation>
    </message>
    <message>
        <source>for example 081 2869053</source>
        <translation>مثلاً ⁦081 2869053⁩</translation>
    </message>
    <message>
        <source>Desk number</source>
        <translation>ڈیسک نمبر</translation>
    </message>
    <message>
        <source>1 for the station&apos;s first computer. A second computer at the same station is desk 2: its complaint numbers carry a D2 and never repeat desk 1&apos;s.</source>
        <translation>تھانے کے پہلے کمپیوٹر کے لیے 1۔ اسی تھانے کا دوسرا کمپیوٹر ڈیسک 2 ہے: اس کے شکایت نمبروں میں D2 ہوتا ہے اور وہ ڈیسک 1 کے نمبر کبھی نہیں دہراتے۔</translation>
    </message>
    <message>
        <source>Station &amp;code</source>
        <translation>تھانے کا &amp;کوڈ</translation>
    </message>
    <message>
        <source>D&amp;esk number</source>
        <translation>ڈیسک &amp;نمبر</translation>
    </message>
    <message>
        <source>Station &amp;name</source>
        <translation>تھانے کا &amp;نام</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;ضلع</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;صوبہ</translation>
    </message>
    <message>
        <source>Station p&amp;hone (optional)</source>
        <translation>تھانے کا &amp;فون (اختیاری)</translation>
    </message>
    <message>
        <source>Set-up is done once, by the station in-charge. It takes a minute.</source>
        <translation>ابتدائی ترتیب ایک بار تھانہ انچارج کرتی ہیں۔ اس میں ایک منٹ لگتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Restore a backup instead…</source>
        <translation>اس کے بجائے بیک اپ &amp;بحال کریں…</translation>
    </message>
    <message>
        <source>Restore a backup instead: this computer replaces one that was backed up</source>
        <translation>اس کے بجائے بیک اپ بحال کریں: یہ کمپیوٹر اس کی جگہ لے رہا ہے جس کا بیک اپ لیا گیا تھا</translation>
    </message>
    <message>
        <source>Replacing a computer whose station was backed up?</source>
        <translation>کیا آپ ایسا کمپیوٹر بدل رہی ہیں جس کے تھانے کا بیک اپ لیا گیا تھا؟</translation>
    </message>
</context>
<context>
    <name>StationSettingsPage</name>
    <message>
        <source>Station settings</source>
        <translation>تھانے کی ترتیبات</translation>
    </message>
    <message>
        <source>Printed on every receipt, slip and register. The code and the desk are part of every complaint number and cannot change.</source>
        <translation>ہر رسید، پرچی اور رجسٹر پر چھپتا ہے۔ کوڈ اور ڈیسک ہر شکایت نمبر کا حصہ ہیں اور بدل نہیں سکتے۔</translation>
    </message>
    <message>
        <source>Receipts print the complainant&apos;s &amp;name</source>
        <translation>رسیدوں پر شکایت کنندہ کا &amp;نام چھپے</translation>
    </message>
    <message>
        <source>Receipts print the complainant&apos;s name</source>
        <translation>رسیدوں پر شکایت کنندہ کا نام چھپے</translation>
    </message>
    <message>
        <source>Off by default: a receipt found at home must not say who complained. Turn it on only if the survivors of this station ask for it.</source>
        <translation>عام طور پر بند: گھر میں ملنے والی رسید سے یہ پتہ نہیں چلنا چاہیے کہ شکایت کس نے کی۔ اسے صرف تب چلائیں جب اس تھانے کی متاثرین خود کہیں۔</translation>
    </message>
    <message>
        <source>Documents print Urdu in &amp;Naskh (else Nastaliq)</source>
        <translation>دستاویزات پر اردو &amp;نسخ میں (ورنہ نستعلیق)</translation>
    </message>
    <message>
        <source>Documents print numbers in Urdu &amp;digits</source>
        <translation>دستاویزات پر اعداد اردو &amp;ہندسوں میں</translation>
    </message>
    <message>
        <source>Minutes before the desk locks itself</source>
        <translation>ڈیسک کے خود لاک ہونے سے پہلے کے منٹ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>ترتیبات &amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Enrol with HQ…</source>
        <translation>ہیڈکوارٹر میں &amp;اندراج…</translation>
    </message>
    <message>
        <source>Enrol with HQ</source>
        <translation>ہیڈکوارٹر میں اندراج</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>ابھی &amp;بیک اپ لیں…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>ابھی بیک اپ لیں</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>بیک اپ سے &amp;بحالی…</translation>
    </message>
    <message>
        <source>Restore from a backup: signs you out first, then checks the backup</source>
        <translation>بیک اپ سے بحالی: پہلے آپ کو سائن آؤٹ کرتا ہے، پھر بیک اپ جانچتا ہے</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>تھانہ</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>رسیدیں</translation>
    </message>
    <message>
        <source>Urdu on paper</source>
        <translation>کاغذ پر اردو</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>اتنی دیر بعد &amp;لاک</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>ہیڈکوارٹر</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>روزانہ بیک اپ</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <source>{name} ({code}), desk {desk} of the station: its complaint numbers and its key at HQ are this computer&apos;s own. Times are shown in {zone} time.</source>
        <translation>⁨{name}⁩ (⁨{code}⁩)، تھانے کا ڈیسک ⁨{desk}⁩: اس کے شکایت نمبر اور ہیڈکوارٹر میں اس کی کلید اسی کمپیوٹر کے اپنے ہیں۔ اوقات ⁨{zone}⁩ کے وقت میں دکھائے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Where should the backup go? (a USB drive, kept sealed)</source>
        <translation>بیک اپ کہاں جائے؟ (USB ڈرائیو، سربمہر رکھی جائے)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>بیک اپ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Backed up. The restorable copy is in {folder}.</source>
        <translation>بیک اپ ہو گیا۔ بحالی کے قابل نقل ⁨{folder}⁩ میں ہے۔</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>StationViewPage</name>
    <message>
        <source>Station figures</source>
        <extracomment>How many months back the monthly summary can be chosen.</extracomment>
        <translation>تھانے کے اعداد و شمار</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازہ کریں</translation>
    </message>
    <message>
        <source>Daily re&amp;gister…</source>
        <translation>روزانہ &amp;رجسٹر…</translation>
    </message>
    <message>
        <source>Month of the summary</source>
        <translation>خلاصے کا مہینہ</translation>
    </message>
    <message>
        <source>Monthly s&amp;ummary…</source>
        <translation>ماہانہ &amp;خلاصہ…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;مہینہ:</translation>
    </message>
    <message>
        <source>Complaints this month</source>
        <translation>اس مہینے کی شکایات</translation>
    </message>
    <message>
        <source>Deadlines missed this month</source>
        <translation>اس مہینے جن مہلتوں کا وقت گزر گیا</translation>
    </message>
    <message>
        <source>Open complaints without an FIR</source>
        <translation>کھلی شکایات جن کی ایف آئی آر نہیں</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>تاخیر والے فالو اپ</translation>
    </message>
    <message>
        <source>Referrals open</source>
        <translation>کھلے ریفرل</translation>
    </message>
    <message>
        <source>Waiting to be sent to HQ</source>
        <translation>ہیڈکوارٹر بھیجے جانے کے منتظر</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>زمرے کے لحاظ سے شکایات</translation>
    </message>
    <message>
        <source>Complaints by survivor</source>
        <translation>متاثرہ کے لحاظ سے شکایات</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>مہلتیں</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>مہلت</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>بروقت</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>وقت گزر گیا</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>ابھی باقی</translation>
    </message>
    <message>
        <source>Follow-ups overdue per officer</source>
        <translation>ہر افسر کے تاخیر والے فالو اپ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>افسر</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاخیر سے</translation>
    </message>
    <message>
        <source>Oldest due</source>
        <translation>سب سے پرانی تاریخ</translation>
    </message>
    <message>
        <source>Referrals open per service</source>
        <translation>ہر سروس کے کھلے ریفرل</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>سروس</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>پیشکش کی گئی</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>بھیجا گیا</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قبول کیا گیا</translation>
    </message>
    <message>
        <source>Follow-up passed</source>
        <translation>فالو اپ کا دن گزر گیا</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>اعداد و شمار پڑھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>⁨%1⁩ تک</translation>
    </message>
    <message>
        <source>Last month: %1. High risk this month: %2.</source>
        <translation>پچھلا مہینہ: ⁨%1⁩۔ اس مہینے زیادہ خطرے والی: ⁨%2⁩۔</translation>
    </message>
    <message>
        <source>Met: %1. Still running: %2. Last month missed: %3.</source>
        <translation>بروقت: ⁨%1⁩۔ ابھی باقی: ⁨%2⁩۔ پچھلے مہینے وقت گزر گیا: ⁨%3⁩۔</translation>
    </message>
    <message numerus="yes">
        <source>Planned by %n officer(s).</source>
        <translation>
            <numerusform>⁨%n⁩ افسر نے طے کیے۔</numerusform>
            <numerusform>⁨%n⁩ افسران نے طے کیے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up day passed: %1.</source>
        <translation>فالو اپ کا دن گزر گیا: ⁨%1⁩۔</translation>
    </message>
    <message>
        <source>This month (%1)</source>
        <translation>اس مہینے (⁨%1⁩)</translation>
    </message>
    <message>
        <source>Last month (%1)</source>
        <translation>پچھلے مہینے (⁨%1⁩)</translation>
    </message>
    <message>
        <source>No deadline applied this month or last</source>
        <translation>اس مہینے یا پچھلے مہینے کوئی مہلت لاگو نہیں ہوئی</translation>
    </message>
    <message>
        <source>No follow-up is overdue</source>
        <translation>کوئی فالو اپ تاخیر سے نہیں</translation>
    </message>
    <message>
        <source>No referral is open</source>
        <translation>کوئی ریفرل کھلا نہیں</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>پاس فریز کی مضبوطی</translation>
    </message>
    <message>
        <source>Passphrase strength in words</source>
        <translation>پاس فریز کی مضبوطی الفاظ میں</translation>
    </message>
    <message>
        <source>Too short: at least {n} characters</source>
        <translation>بہت چھوٹا: کم از کم ⁨{n}⁩ حروف</translation>
    </message>
    <message>
        <source>Weak: add a few more words</source>
        <translation>کمزور: چند الفاظ اور لکھیں</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ٹھیک</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>مضبوط</translation>
    </message>
    <message>
        <source>At least {n} characters; a few words are easy to remember</source>
        <translation>کم از کم ⁨{n}⁩ حروف؛ چند الفاظ یاد رکھنا آسان ہوتا ہے</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <source>Monthly summary %1</source>
        <translation>ماہانہ خلاصہ ⁨%1⁩</translation>
    </message>
    <message>
        <source>The monthly summary</source>
        <translation>ماہانہ خلاصہ</translation>
    </message>
    <message>
        <source>Making the summary…</source>
        <translation>خلاصہ بنایا جا رہا ہے…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;پرنٹ…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>PDF کے طور پر &amp;محفوظ کریں…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بند کریں</translation>
    </message>
    <message numerus="yes">
        <source>The summary has %n page(s).</source>
        <translation>
            <numerusform>خلاصے میں ⁨%n⁩ صفحہ ہے۔</numerusform>
            <numerusform>خلاصے میں ⁨%n⁩ صفحات ہیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurvivorPage</name>
    <message>
        <source>Complainant and survivor</source>
        <translation>شکایت کنندہ اور متاثرہ</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(منتخب نہیں)</translation>
    </message>
    <message>
        <source>Complainant&apos;s relation to the survivor</source>
        <translation>شکایت کنندہ کا متاثرہ سے رشتہ</translation>
    </message>
    <message>
        <source>Gender identity, as the person states it</source>
        <translation>صنفی شناخت، جیسے وہ خود بتائیں</translation>
    </message>
    <message>
        <source>(please ask and choose)</source>
        <translation>(براہِ کرم پوچھ کر منتخب کریں)</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>ازدواجی حیثیت</translation>
    </message>
    <message>
        <source>Other identity document</source>
        <translation>کوئی اور شناختی دستاویز</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>پسندیدہ زبان</translation>
    </message>
    <message>
        <source>The survivor is complaining in &amp;person</source>
        <translation>متاثرہ &amp;خود شکایت کر رہی ہیں</translation>
    </message>
    <message>
        <source>Age is estimated</source>
        <translation>عمر اندازاً ہے</translation>
    </message>
    <message>
        <source>Has a &amp;disability</source>
        <translation>&amp;معذوری ہے</translation>
    </message>
    <message>
        <source>Safe to contact (a call will not alert anyone)</source>
        <translation>رابطہ محفوظ ہے (فون سے کسی کو خبر نہیں ہوگی)</translation>
    </message>
    <message>
        <source>Disability details</source>
        <translation>معذوری کی تفصیل</translation>
    </message>
    <message>
        <source>When and how contact is safe</source>
        <translation>رابطہ کب اور کیسے محفوظ ہے</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>شکایت کنندہ</translation>
    </message>
    <message>
        <source>Complainant&apos;s &amp;name</source>
        <translation>شکایت کنندہ کا &amp;نام</translation>
    </message>
    <message>
        <source>Relation to the survivor</source>
        <translation>متاثرہ سے رشتہ</translation>
    </message>
    <message>
        <source>Complainant&apos;s CNIC</source>
        <translation>شکایت کنندہ کا شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Complainant&apos;s phone</source>
        <translation>شکایت کنندہ کا فون</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>متاثرہ</translation>
    </message>
    <message>
        <source>Survivor&apos;s na&amp;me</source>
        <translation>متاثرہ کا &amp;نام</translation>
    </message>
    <message>
        <source>&amp;Gender identity</source>
        <translation>&amp;صنفی شناخت</translation>
    </message>
    <message>
        <source>Self-description</source>
        <translation>اپنی شناخت اپنے الفاظ میں</translation>
    </message>
    <message>
        <source>&amp;Age (years)</source>
        <translation>&amp;عمر (سال)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخِ پیدائش</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>شمار بطور</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>شناخت اور رابطہ</translation>
    </message>
    <message>
        <source>&amp;CNIC or B-Form</source>
        <translation>&amp;شناختی کارڈ یا ب فارم</translation>
    </message>
    <message>
        <source>Other ID</source>
        <translation>کوئی اور شناختی دستاویز</translation>
    </message>
    <message>
        <source>Other ID number</source>
        <translation>دوسری شناختی دستاویز کا نمبر</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;فون</translation>
    </message>
    <message>
        <source>Safe contact note</source>
        <translation>محفوظ رابطے کی ہدایت</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ضلع</translation>
    </message>
    <message>
        <source>(chosen from gender identity and age)</source>
        <translation>(صنفی شناخت اور عمر سے طے شدہ)</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>HQ: not signed in</source>
        <translation>ہیڈکوارٹر: سائن اِن نہیں</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ابھی بھیجیں</translation>
    </message>
    <message>
        <source>HQ: not enrolled; {pending} waiting</source>
        <translation>ہیڈکوارٹر: اندراج نہیں؛ ⁨{pending}⁩ منتظر</translation>
    </message>
    <message>
        <source>HQ: last sent {when}; {pending} waiting</source>
        <translation>ہیڈکوارٹر: آخری بار بھیجا ⁨{when}⁩؛ ⁨{pending}⁩ منتظر</translation>
    </message>
    <message>
        <source>{count} quarantined</source>
        <translation>⁨{count}⁩ روکے گئے</translation>
    </message>
    <message>
        <source>never</source>
        <translation>کبھی نہیں</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void complaint %1</source>
        <translation>شکایت ⁨%1⁩ منسوخ کریں</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>نیا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;پاس فریز</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;دوبارہ</translation>
    </message>
</context>
<context>
    <name>_StatusWords</name>
    <message>
        <source>Offered</source>
        <translation>پیشکش کی گئی</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>انکار</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>ریفر شدہ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>قبول کیا گیا</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Did not go (no-show)</source>
        <translation>نہیں گئیں (غیر حاضر)</translation>
    </message>
</context>
<context>
    <name>counter</name>
    <message>
        <source>Up to {limit} characters</source>
        <translation>زیادہ سے زیادہ ⁨{limit}⁩ حروف</translation>
    </message>
</context>
</TS>
