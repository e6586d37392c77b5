"""Words for the daily backups and the station's health checks, in English and Urdu (merged
into services.messages, the one place the screens and the command read from).

Each health check's outcome has a key ``doctor.<id>.<outcome>``, and unless it passed, a fix
``doctor.<id>.<outcome>.fix``: what to do, in one or two sentences.
"""

from __future__ import annotations

EN: dict[str, str] = {
    "backup.no_folder": (
        "No folder has been chosen for the daily backups. The in-charge chooses one in the "
        "station settings (or: desk-app backup --folder DIR)."
    ),
    "backup.folder_inside": (
        "Choose a folder outside the station's data folder: a second disk or a USB drive. A "
        "copy beside the data is lost with it."
    ),
    "backup.folder_unreachable": (
        "The backup folder cannot be reached (is the USB drive plugged in?). No copy was made; "
        "the earlier backups are untouched."
    ),
    "doctor.title": "Station health",
    "doctor.status.ok": "OK",
    "doctor.status.warn": "Check",
    "doctor.status.fail": "Problem",
    "doctor.fix": "What to do",
    "doctor.all_pass": "Every check passed.",
    "doctor.some_fail": "{count} of {total} checks need attention.",
    "doctor.key_file.ok": "The key file opens. Accounts in it: {users}.",
    "doctor.key_file.missing": "The key file (station.keys) is missing.",
    "doctor.key_file.missing.fix": (
        "Restore station.keys from the latest backup (each backup carries its key file)."
    ),
    "doctor.key_file.damaged": "The key file is damaged and cannot be read.",
    "doctor.key_file.damaged.fix": "Restore the station from the latest backup, or ask HQ support.",
    "doctor.key_file.unreadable": "The key file cannot be read (permissions or the disk).",
    "doctor.key_file.unreadable.fix": "Check the file's owner and the disk, or ask HQ support.",
    "doctor.key_file.rekey_pending": "A re-key was cut off before it finished.",
    "doctor.key_file.rekey_pending.fix": (
        "Sign in as the in-charge: the desk finishes or undoes the re-key by itself."
    ),
    "doctor.key_file.other_station": "The key file does not open this database.",
    "doctor.key_file.other_station.fix": (
        "Put back the database and the key file from the same backup (desk-app restore)."
    ),
    "doctor.database.ok": "The database is whole; the audit trail verifies ({entries} entries).",
    "doctor.database.damaged": "The database is damaged: part of it cannot be read.",
    "doctor.database.damaged.fix": (
        "Stop using this desk and restore the latest backup (desk-app restore, or Restore "
        "from a backup in the settings). The damaged files are kept aside."
    ),
    "doctor.database.audit_broken": "The audit trail is broken at entry {entry}.",
    "doctor.database.audit_broken.fix": (
        "Someone changed the records outside the desk. Tell the in-charge and HQ; restore "
        "the newest backup whose trail verifies."
    ),
    "doctor.database.not_opened": "The station's data could not be opened:",
    "doctor.database.not_opened.fix": (
        "Do what the message says; most often: restore the latest backup (desk-app restore)."
    ),
    "doctor.disk_space.ok": "{gb} GB free on the data folder's disk.",
    "doctor.disk_space.low": "Only {gb} GB free on the data folder's disk.",
    "doctor.disk_space.low.fix": (
        "Free some space (old downloads, not the station's files); the desk needs room to "
        "save, back up and update."
    ),
    "doctor.disk_space.unknown": "The free space of the data folder's disk cannot be read.",
    "doctor.disk_space.unknown.fix": "Check that the disk is connected and working.",
    "doctor.permissions.ok": "Only this account can read the station's files.",
    "doctor.permissions.open": "Other accounts on this computer can read {name}.",
    "doctor.permissions.open.fix": (
        "Make it private: chmod 700 on the data folder and 600 on its files, or sign in once "
        "(the desk tightens them itself)."
    ),
    "doctor.permissions.not_owner": "{name} belongs to another account on this computer.",
    "doctor.permissions.not_owner.fix": (
        "Give the data folder back to the account that runs the desk (chown), or ask support."
    ),
    "doctor.permissions.not_writable": "The desk cannot write {name}.",
    "doctor.permissions.not_writable.fix": (
        "Give this account write access to the data folder and its files."
    ),
    "doctor.backup_age.ok": "The newest copy outside the data folder was made on {day}.",
    "doctor.backup_age.no_folder": "No folder has been chosen for the daily backups.",
    "doctor.backup_age.no_folder.fix": (
        "The in-charge chooses one in the station settings: a second disk or a USB drive."
    ),
    "doctor.backup_age.none_yet": "No copy has been made outside the data folder yet.",
    "doctor.backup_age.none_yet.fix": (
        "Plug in the backup drive and press Back up now in the settings "
        "(or: desk-app backup --daily)."
    ),
    "doctor.backup_age.old": "The newest copy outside the data folder is {days} days old.",
    "doctor.backup_age.old.fix": (
        "Plug in the backup drive and keep the desk open for a minute, or press Back up now."
    ),
    "doctor.backup_age.unreachable": (
        "The backup folder cannot be reached now (the newest copy is {days} days old)."
    ),
    "doctor.backup_age.unreachable.fix": "Plug in the backup drive, or choose the folder again.",
    "doctor.printers.ok": "Printers found: {names}.",
    "doctor.printers.none": "The print system has no printer.",
    "doctor.printers.none.fix": (
        "Connect the printer and add it in the computer's printer settings."
    ),
    "doctor.printers.no_print_system": "The print system (CUPS) does not answer.",
    "doctor.printers.no_print_system.fix": (
        "Start the printing service (or install CUPS); until then save documents as PDF."
    ),
    "doctor.printers.unsupported": "This computer's print system is not used directly yet.",
    "doctor.printers.unsupported.fix": (
        "Print from the preview's Print… button, which uses the system's printer dialog."
    ),
    "doctor.clock.ok": "The clock reads {now}.",
    "doctor.clock.reset": "The computer's clock reads {now}: it has been reset.",
    "doctor.clock.reset.fix": (
        "Set the date and time (and the battery of the computer's clock may need changing); "
        "every complaint is dated by it."
    ),
    "doctor.clock.behind": "The clock is behind the newest saved entry ({newest}).",
    "doctor.clock.behind.fix": (
        "Set the computer's date and time correctly before registering anything."
    ),
    "doctor.hq_reachable.ok": "HQ answers.",
    "doctor.hq_reachable.unreachable": "HQ does not answer.",
    "doctor.hq_reachable.unreachable.fix": (
        "Check the internet connection; records stay queued and go when HQ answers."
    ),
    "doctor.hq_reachable.refused": "HQ refuses this station.",
    "doctor.hq_reachable.refused.fix": "Ask HQ for a new enrolment token and enrol again.",
    "doctor.hq_reachable.untrusted": "HQ was reached, but its certificate did not verify.",
    "doctor.hq_reachable.untrusted.fix": "See the certificate check below.",
    "doctor.hq_reachable.not_enrolled": "This station is not enrolled with HQ.",
    "doctor.hq_reachable.not_enrolled.fix": "The in-charge enrols it in the station settings.",
    "doctor.hq_reachable.not_checked": "HQ was not tried (the station's data did not open).",
    "doctor.hq_reachable.not_checked.fix": "Put the database right first, then check again.",
    "doctor.hq_certificate.ok": "HQ's certificate verifies.",
    "doctor.hq_certificate.this_computer": "HQ is on this computer: no certificate is needed.",
    "doctor.hq_certificate.bad": "HQ's certificate could not be verified.",
    "doctor.hq_certificate.bad.fix": (
        "Check the computer's date and the CA bundle setting, or ask HQ support. Nothing is "
        "sent until it verifies."
    ),
    "doctor.hq_certificate.not_enrolled": "No HQ address yet, so no certificate to check.",
    "doctor.hq_certificate.not_enrolled.fix": "The in-charge enrols it in the station settings.",
    "doctor.hq_certificate.not_checked": "HQ's certificate was not checked.",
    "doctor.hq_certificate.not_checked.fix": "Check again once HQ answers.",
}

UR: dict[str, str] = {
    "backup.no_folder": (
        "روزانہ بیک اپ کے لیے کوئی فولڈر منتخب نہیں ہوا۔ انچارج اسے تھانے کی ترتیبات میں منتخب "
        "کریں (یا: desk-app backup --folder DIR)۔"
    ),
    "backup.folder_inside": (
        "تھانے کے ڈیٹا فولڈر سے باہر کا فولڈر منتخب کریں: دوسری ڈسک یا USB ڈرائیو۔ ڈیٹا کے ساتھ "
        "رکھی نقل اسی کے ساتھ ضائع ہو جاتی ہے۔"
    ),
    "backup.folder_unreachable": (
        "بیک اپ فولڈر تک رسائی نہیں (کیا USB ڈرائیو لگی ہے؟)۔ کوئی نقل نہیں بنی؛ پہلے کے بیک اپ "
        "جوں کے توں ہیں۔"
    ),
    "doctor.title": "تھانے کے سسٹم کی صحت",
    "doctor.status.ok": "ٹھیک",
    "doctor.status.warn": "دیکھیں",
    "doctor.status.fail": "مسئلہ",
    "doctor.fix": "کیا کریں",
    "doctor.all_pass": "ہر جانچ درست رہی۔",
    "doctor.some_fail": "{total} میں سے {count} جانچوں پر توجہ درکار ہے۔",
    "doctor.key_file.ok": "کلید کی فائل کھلتی ہے۔ اس میں اکاؤنٹ: {users}۔",
    "doctor.key_file.missing": "کلید کی فائل (station.keys) موجود نہیں۔",
    "doctor.key_file.missing.fix": (
        "تازہ ترین بیک اپ سے station.keys بحال کریں (ہر بیک اپ میں اس کی کلید کی فائل ہوتی ہے)۔"
    ),
    "doctor.key_file.damaged": "کلید کی فائل خراب ہے اور پڑھی نہیں جا سکتی۔",
    "doctor.key_file.damaged.fix": (
        "تازہ ترین بیک اپ سے تھانہ بحال کریں، یا ہیڈکوارٹر کی معاونت سے رابطہ کریں۔"
    ),
    "doctor.key_file.unreadable": "کلید کی فائل پڑھی نہیں جا سکتی (اجازتیں یا ڈسک)۔",
    "doctor.key_file.unreadable.fix": (
        "فائل کا مالک اور ڈسک دیکھیں، یا ہیڈکوارٹر کی معاونت سے رابطہ کریں۔"
    ),
    "doctor.key_file.rekey_pending": "نئی کلید لگانے کا عمل مکمل ہونے سے پہلے رک گیا۔",
    "doctor.key_file.rekey_pending.fix": (
        "انچارج کے طور پر سائن اِن کریں: ڈیسک نئی کلید کا عمل خود مکمل کر دے گا یا واپس لے لے گا۔"
    ),
    "doctor.key_file.other_station": "کلید کی فائل اس ڈیٹا بیس کو نہیں کھولتی۔",
    "doctor.key_file.other_station.fix": (
        "ڈیٹا بیس اور کلید کی فائل ایک ہی بیک اپ سے بحال کریں (desk-app restore)۔"
    ),
    "doctor.database.ok": "ڈیٹا بیس مکمل ہے؛ آڈٹ ریکارڈ کی تصدیق ہوئی ({entries} اندراجات)۔",
    "doctor.database.damaged": "ڈیٹا بیس خراب ہے: اس کا کچھ حصہ پڑھا نہیں جا سکتا۔",
    "doctor.database.damaged.fix": (
        "یہ ڈیسک استعمال کرنا روک دیں اور تازہ ترین بیک اپ بحال کریں (desk-app restore، یا "
        "ترتیبات میں بیک اپ سے بحالی)۔ خراب فائلیں الگ رکھ دی جاتی ہیں۔"
    ),
    "doctor.database.audit_broken": "آڈٹ ریکارڈ اندراج {entry} پر ٹوٹا ہوا ہے۔",
    "doctor.database.audit_broken.fix": (
        "کسی نے ڈیسک سے باہر ریکارڈ بدلا ہے۔ انچارج اور ہیڈکوارٹر کو بتائیں؛ وہ تازہ ترین بیک اپ "
        "بحال کریں جس کے آڈٹ ریکارڈ کی تصدیق ہو۔"
    ),
    "doctor.database.not_opened": "تھانے کا ڈیٹا نہیں کھل سکا:",
    "doctor.database.not_opened.fix": (
        "پیغام میں لکھی ہدایت پر عمل کریں؛ اکثر: تازہ ترین بیک اپ بحال کریں (desk-app restore)۔"
    ),
    "doctor.disk_space.ok": "ڈیٹا فولڈر کی ڈسک پر {gb} GB خالی ہے۔",
    "doctor.disk_space.low": "ڈیٹا فولڈر کی ڈسک پر صرف {gb} GB خالی ہے۔",
    "doctor.disk_space.low.fix": (
        "کچھ جگہ خالی کریں (پرانی ڈاؤن لوڈ فائلیں، تھانے کی فائلیں نہیں)؛ ڈیسک کو محفوظ کرنے، "
        "بیک اپ اور اپ ڈیٹ کے لیے جگہ چاہیے۔"
    ),
    "doctor.disk_space.unknown": "ڈیٹا فولڈر کی ڈسک کی خالی جگہ پڑھی نہیں جا سکی۔",
    "doctor.disk_space.unknown.fix": "دیکھیں کہ ڈسک جڑی ہوئی ہے اور ٹھیک چل رہی ہے۔",
    "doctor.permissions.ok": "تھانے کی فائلیں صرف یہی اکاؤنٹ پڑھ سکتا ہے۔",
    "doctor.permissions.open": "اس کمپیوٹر کے دوسرے اکاؤنٹ {name} پڑھ سکتے ہیں۔",
    "doctor.permissions.open.fix": (
        "اسے نجی بنائیں: ڈیٹا فولڈر پر chmod 700 اور اس کی فائلوں پر 600، یا ایک بار سائن اِن "
        "کریں (ڈیسک خود انہیں محدود کر دیتا ہے)۔"
    ),
    "doctor.permissions.not_owner": "{name} اس کمپیوٹر کے کسی اور اکاؤنٹ کی ملکیت ہے۔",
    "doctor.permissions.not_owner.fix": (
        "ڈیٹا فولڈر ڈیسک چلانے والے اکاؤنٹ کو واپس دیں (chown)، یا معاونت سے رابطہ کریں۔"
    ),
    "doctor.permissions.not_writable": "ڈیسک {name} میں لکھ نہیں سکتا۔",
    "doctor.permissions.not_writable.fix": (
        "اس اکاؤنٹ کو ڈیٹا فولڈر اور اس کی فائلوں میں لکھنے کی اجازت دیں۔"
    ),
    "doctor.backup_age.ok": "ڈیٹا فولڈر سے باہر تازہ ترین نقل {day} کو بنی۔",
    "doctor.backup_age.no_folder": "روزانہ بیک اپ کے لیے کوئی فولڈر منتخب نہیں ہوا۔",
    "doctor.backup_age.no_folder.fix": (
        "انچارج اسے تھانے کی ترتیبات میں منتخب کریں: دوسری ڈسک یا USB ڈرائیو۔"
    ),
    "doctor.backup_age.none_yet": "ڈیٹا فولڈر سے باہر ابھی کوئی نقل نہیں بنی۔",
    "doctor.backup_age.none_yet.fix": (
        "بیک اپ ڈرائیو لگائیں اور ترتیبات میں ’ابھی بیک اپ لیں‘ دبائیں "
        "(یا: desk-app backup --daily)۔"
    ),
    "doctor.backup_age.old": "ڈیٹا فولڈر سے باہر تازہ ترین نقل {days} دن پرانی ہے۔",
    "doctor.backup_age.old.fix": (
        "بیک اپ ڈرائیو لگائیں اور ڈیسک ایک منٹ کھلا رہنے دیں، یا ’ابھی بیک اپ لیں‘ دبائیں۔"
    ),
    "doctor.backup_age.unreachable": (
        "بیک اپ فولڈر تک اس وقت رسائی نہیں (تازہ ترین نقل {days} دن پرانی ہے)۔"
    ),
    "doctor.backup_age.unreachable.fix": "بیک اپ ڈرائیو لگائیں، یا فولڈر دوبارہ منتخب کریں۔",
    "doctor.printers.ok": "ملنے والے پرنٹر: {names}۔",
    "doctor.printers.none": "پرنٹ سسٹم میں کوئی پرنٹر نہیں۔",
    "doctor.printers.none.fix": "پرنٹر جوڑیں اور کمپیوٹر کی پرنٹر ترتیبات میں شامل کریں۔",
    "doctor.printers.no_print_system": "پرنٹ سسٹم (CUPS) جواب نہیں دیتا۔",
    "doctor.printers.no_print_system.fix": (
        "پرنٹنگ سروس چلائیں (یا CUPS انسٹال کریں)؛ تب تک دستاویزات PDF میں محفوظ کریں۔"
    ),
    "doctor.printers.unsupported": "اس کمپیوٹر کا پرنٹ سسٹم ابھی براہِ راست استعمال نہیں ہوتا۔",
    "doctor.printers.unsupported.fix": (
        "پیش منظر کے ’پرنٹ…‘ بٹن سے پرنٹ کریں، جو سسٹم کا پرنٹر ڈائیلاگ استعمال کرتا ہے۔"
    ),
    "doctor.clock.ok": "گھڑی {now} بتاتی ہے۔",
    "doctor.clock.reset": "کمپیوٹر کی گھڑی {now} بتاتی ہے: یہ ری سیٹ ہو گئی ہے۔",
    "doctor.clock.reset.fix": (
        "تاریخ اور وقت درست کریں (کمپیوٹر کی گھڑی کی بیٹری بدلنی پڑ سکتی ہے)؛ ہر شکایت پر "
        "تاریخ اسی سے لگتی ہے۔"
    ),
    "doctor.clock.behind": "گھڑی آخری محفوظ اندراج ({newest}) سے پیچھے ہے۔",
    "doctor.clock.behind.fix": "کچھ بھی درج کرنے سے پہلے کمپیوٹر کی تاریخ اور وقت درست کریں۔",
    "doctor.hq_reachable.ok": "ہیڈکوارٹر جواب دیتا ہے۔",
    "doctor.hq_reachable.unreachable": "ہیڈکوارٹر جواب نہیں دیتا۔",
    "doctor.hq_reachable.unreachable.fix": (
        "انٹرنیٹ کنکشن دیکھیں؛ ریکارڈ قطار میں رہتے ہیں اور ہیڈکوارٹر کے جواب دینے پر چلے جاتے ہیں۔"
    ),
    "doctor.hq_reachable.refused": "ہیڈکوارٹر اس تھانے کو قبول نہیں کرتا۔",
    "doctor.hq_reachable.refused.fix": "ہیڈکوارٹر سے نیا اندراج ٹوکن لیں اور دوبارہ اندراج کریں۔",
    "doctor.hq_reachable.untrusted": (
        "ہیڈکوارٹر تک رسائی ہوئی، مگر اس کے سرٹیفکیٹ کی تصدیق نہیں ہوئی۔"
    ),
    "doctor.hq_reachable.untrusted.fix": "نیچے سرٹیفکیٹ کی جانچ دیکھیں۔",
    "doctor.hq_reachable.not_enrolled": "یہ تھانہ ہیڈکوارٹر میں درج نہیں۔",
    "doctor.hq_reachable.not_enrolled.fix": "انچارج تھانے کی ترتیبات میں اس کا اندراج کریں۔",
    "doctor.hq_reachable.not_checked": "ہیڈکوارٹر کو نہیں آزمایا گیا (تھانے کا ڈیٹا نہیں کھلا)۔",
    "doctor.hq_reachable.not_checked.fix": "پہلے ڈیٹا بیس درست کریں، پھر دوبارہ جانچیں۔",
    "doctor.hq_certificate.ok": "ہیڈکوارٹر کے سرٹیفکیٹ کی تصدیق ہوئی۔",
    "doctor.hq_certificate.this_computer": "ہیڈکوارٹر اسی کمپیوٹر پر ہے: سرٹیفکیٹ درکار نہیں۔",
    "doctor.hq_certificate.bad": "ہیڈکوارٹر کے سرٹیفکیٹ کی تصدیق نہیں ہو سکی۔",
    "doctor.hq_certificate.bad.fix": (
        "کمپیوٹر کی تاریخ اور CA بنڈل کی ترتیب دیکھیں، یا ہیڈکوارٹر کی معاونت سے رابطہ کریں۔ "
        "تصدیق ہونے تک کچھ نہیں بھیجا جاتا۔"
    ),
    "doctor.hq_certificate.not_enrolled": (
        "ابھی ہیڈکوارٹر کا پتہ نہیں، اس لیے جانچنے کو کوئی سرٹیفکیٹ نہیں۔"
    ),
    "doctor.hq_certificate.not_enrolled.fix": "انچارج تھانے کی ترتیبات میں اس کا اندراج کریں۔",
    "doctor.hq_certificate.not_checked": "ہیڈکوارٹر کا سرٹیفکیٹ نہیں جانچا گیا۔",
    "doctor.hq_certificate.not_checked.fix": "ہیڈکوارٹر کے جواب دینے پر دوبارہ جانچیں۔",
}
