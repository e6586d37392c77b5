"""Domain layer of Gender Desk: the desk's rules in pure Python, with no I/O, Qt, SQL or network.

- taxonomy: complaint categories, GBVIMS core types, legal sections (resources/taxonomy.json)
- people, consent: gender identities, survivor categories, choice lists, service types
- validation, text: CNIC, phone, dates, ages; cleaning free text; name search keys
- risk: the intake risk checklist and its level (docs/risk-assessment.md)
- complaint (with complaint_parties, field_reader): `validate_complaint` and the normalised record
  (docs/complaint-format.md); record: its types, and the input's
- vocabulary: complaint and referral statuses, risk levels, referral service types (defined once)
- messages: message keys and their English and Urdu wording
- numbering: complaint numbers; history: record diffs and edit patches
- anonymise: what of a complaint goes to HQ, and the payload's type

Only shipped data files are read, through `desk_app.RESOURCES`. See ARCHITECTURE.md.
"""
