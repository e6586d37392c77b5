"""Police Khidmat Markaz services at the gender desk: the service log, its dialogs, and the
home page's due services."""
