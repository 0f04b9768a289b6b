<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name></name>
    <message>
        <source>Letters</source>
        <comment>Date</comment>
        <translation type="vanished">Letters</translation>
    </message>
    <message>
        <source>Letters</source>
        <comment>Kind</comment>
        <translation type="vanished">Letters</translation>
    </message>
    <message>
        <source>Letters</source>
        <comment>Visit</comment>
        <translation type="vanished">Letters</translation>
    </message>
    <message>
        <source>Letters</source>
        <comment>Addressee</comment>
        <translation type="vanished">Letters</translation>
    </message>
    <message>
        <source>Letters</source>
        <comment>Subject</comment>
        <translation type="vanished">Letters</translation>
    </message>
    <message>
        <source>Letters</source>
        <comment>Status</comment>
        <translation type="vanished">Letters</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Studi Tiru</source>
        <translation>About Studi Tiru</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>How the folder is opened (the system&apos;s file manager); replaceable, e.g. by a test.</extracomment>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Plan, run and report study visits (studi tiru) for the protocol office of a local government: requests, agendas, sites, presenters, lessons and reports.</source>
        <translation>Plan, run and report study visits (studi tiru) for the protocol office of a local government: requests, agendas, sites, presenters, lessons and reports.</translation>
    </message>
    <message>
        <source>%1 (GNU General Public License, version 3 or later)</source>
        <translation>%1 (GNU General Public License, version 3 or later)</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Database in use:</source>
        <translation>Database in use:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Open the data folder</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Findings: %1 errors, %2 warnings</source>
        <translation type="vanished">Findings: %1 errors, %2 warnings</translation>
    </message>
    <message>
        <source>Findings — errors: %1 · warnings: %2</source>
        <translation type="vanished">Findings — errors: %1 · warnings: %2</translation>
    </message>
    <message>
        <source>Findings: errors %1 · warnings %2</source>
        <translation>Findings: errors %1 · warnings %2</translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation>Findings: none</translation>
    </message>
    <message>
        <source>add session &apos;%1&apos;</source>
        <translation>add session &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change session &apos;%1&apos;</source>
        <translation>change session &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete session &apos;%1&apos;</source>
        <translation>delete session &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened</source>
        <translation type="vanished">The database cannot be opened</translation>
    </message>
    <message>
        <source>You can open another database file, or quit.</source>
        <translation type="vanished">You can open another database file, or quit.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="vanished">Open another file…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Quit</translation>
    </message>
    <message>
        <source>The lock could not be removed: the file is still marked as open.</source>
        <translation>The lock could not be removed: the file is still marked as open.</translation>
    </message>
    <message>
        <source>The backup was not restored; the database is as it was.</source>
        <translation>The backup was not restored; the database is as it was.</translation>
    </message>
    <message>
        <source>Restored from the backup %1.</source>
        <translation>Restored from the backup %1.</translation>
    </message>
    <message>
        <source>What it replaced is kept as %1.</source>
        <translation>What it replaced is kept as %1.</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Dibuat / Made</source>
        <translation type="vanished">Dibuat / Made</translation>
    </message>
    <message>
        <source>Ukuran / Size</source>
        <translation type="vanished">Ukuran / Size</translation>
    </message>
    <message>
        <source>Belum ada cadangan. / No backups yet.</source>
        <translation type="vanished">Belum ada cadangan. / No backups yet.</translation>
    </message>
    <message>
        <source>Pulihkan… / Restore…</source>
        <translation type="vanished">Pulihkan… / Restore…</translation>
    </message>
    <message>
        <source>Pulihkan cadangan / Restore backup</source>
        <translation type="vanished">Pulihkan cadangan / Restore backup</translation>
    </message>
    <message>
        <source>Ganti basis data dengan cadangan {0}? Basis data sekarang disimpan dulu sebagai salinan.
Replace the database with the backup of {0}? The current database is kept as a copy first.</source>
        <translation type="vanished">Ganti basis data dengan cadangan {0}? Basis data sekarang disimpan dulu sebagai salinan.
Replace the database with the backup of {0}? The current database is kept as a copy first.</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>When given, only the backups of this database file (named after it) are listed.</extracomment>
        <translation>Made</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? The current database is kept as a copy first.</source>
        <translation>Replace the database with the backup of %1? The current database is kept as a copy first.</translation>
    </message>
</context>
<context>
    <name>BugReport</name>
    <message>
        <source>Program error</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>Studi Tiru met an error in its own code. This is not your mistake. What was saved before stays saved; the last action may not have been done.</source>
        <translation>Studi Tiru met an error in its own code. This is not your mistake. What was saved before stays saved; the last action may not have been done.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>The details are also written to %1.</source>
        <translation>The details are also written to %1.</translation>
    </message>
    <message>
        <source>Please send the details below to whoever supports Studi Tiru in your office.</source>
        <translation>Please send the details below to whoever supports Studi Tiru in your office.</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>DemoMarker</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>DEMO: sample data, not your office&apos;s</source>
        <translation>DEMO: sample data, not your office&apos;s</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>One officer per line: name | rank | NIP | position</source>
        <translation>One officer per line: name | rank | NIP | position</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>e.g. Pakaian Dinas Harian (PDH)</source>
        <translation>e.g. Pakaian Dinas Harian (PDH)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Leader&apos;s contact</source>
        <translation>Leader&apos;s contact</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>Liaison officer</translation>
    </message>
    <message>
        <source>Liaison&apos;s contact</source>
        <translation>Liaison&apos;s contact</translation>
    </message>
    <message>
        <source>Liaison&apos;s NIP and rank</source>
        <translation>Liaison&apos;s NIP and rank</translation>
    </message>
    <message>
        <source>Dress for the welcome</source>
        <translation>Dress for the welcome</translation>
    </message>
    <message>
        <source>Request letter</source>
        <translation>Request letter</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>Reply letter</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Officers (surat tugas)</source>
        <translation>Officers (surat tugas)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>change visit &apos;%1&apos;</source>
        <translation>change visit &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>You can open another database file, restore this one from a backup, or quit. The file has not been changed.</source>
        <translation>You can open another database file, restore this one from a backup, or quit. The file has not been changed.</translation>
    </message>
    <message>
        <source>You can open another database file, or quit.</source>
        <translation>You can open another database file, or quit.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open or create a database file</source>
        <translation>Open or create a database file</translation>
    </message>
    <message>
        <source>Import an exchange file</source>
        <translation>Import an exchange file</translation>
    </message>
    <message>
        <source>Export an exchange file</source>
        <translation>Export an exchange file</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Exchange files (*.json)</translation>
    </message>
    <message>
        <source>Studi Tiru databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Studi Tiru databases (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Merge the file %1 into the database? Records with the same key are replaced, and the import cannot be undone with Ctrl+Z.</source>
        <translation>Merge the file %1 into the database? Records with the same key are replaced, and the import cannot be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <source>The file %1 cannot be used: %2.</source>
        <translation>The file %1 cannot be used: %2.</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>%1 errors, %2 warnings on the days shown</source>
        <translation type="vanished">%1 errors, %2 warnings on the days shown</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Errors: %1 · Warnings: %2</translation>
    </message>
    <message>
        <source>No findings on the days shown</source>
        <translation>No findings on the days shown</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Studi Tiru</source>
        <extracomment>The time zones offered (the three of Indonesia; Jakarta&apos;s for WIB).</extracomment>
        <translation>Welcome to Studi Tiru</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Studi Tiru&lt;/h3&gt;&lt;p&gt;How do you want to begin? You can change your mind later: the demo stays available in the File menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Welcome to Studi Tiru&lt;/h3&gt;&lt;p&gt;How do you want to begin? You can change your mind later: the demo stays available in the File menu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Try the demo programme</source>
        <translation>&amp;Try the demo programme</translation>
    </message>
    <message>
        <source>Sample visits of the City of Pontianak, in a file of their own: your office&apos;s data is never mixed with them. Every window on the demo says &quot;Demo&quot;.</source>
        <translation>Sample visits of the City of Pontianak, in a file of their own: your office&apos;s data is never mixed with them. Every window on the demo says &quot;Demo&quot;.</translation>
    </message>
    <message>
        <source>&amp;Start with my own office</source>
        <translation>&amp;Start with my own office</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Sambas</source>
        <translation>e.g. Pemerintah Kabupaten Sambas</translation>
    </message>
    <message>
        <source>e.g. Bagian Protokol dan Komunikasi Pimpinan</source>
        <translation>e.g. Bagian Protokol dan Komunikasi Pimpinan</translation>
    </message>
    <message>
        <source>e.g. Jalan Pembangunan No. 1, Sambas</source>
        <translation>e.g. Jalan Pembangunan No. 1, Sambas</translation>
    </message>
    <message>
        <source>e.g. Sambas</source>
        <translation>e.g. Sambas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>&amp;Government:</source>
        <translation>&amp;Government:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;City in letters:</source>
        <translation>&amp;City in letters:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="vanished">&amp;Time zone:</translation>
    </message>
    <message>
        <source>Logo (optional):</source>
        <translation>Logo (optional):</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Start with your own office&lt;/h3&gt;&lt;p&gt;Your office&apos;s visits go into a database of its own; the demo stays in its file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Start with your own office&lt;/h3&gt;&lt;p&gt;Your office&apos;s visits go into a database of its own; the demo stays in its file.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Fill in the name of the government, e.g. Pemerintah Kabupaten Sambas.</source>
        <translation>Fill in the name of the government, e.g. Pemerintah Kabupaten Sambas.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>The most entries shown (the newest). Fields never shown: internal numbers that say nothing to a user.</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Every change of this visit, its participants, agenda and lessons, newest first. Point at a row to read all its changes.</source>
        <translation>Every change of this visit, its participants, agenda and lessons, newest first. Point at a row to read all its changes.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>No changes recorded yet.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>first day</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institution</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>headcount</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>presenters</source>
        <translation>presenters</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>leader&apos;s position</source>
        <translation>leader&apos;s position</translation>
    </message>
    <message>
        <source>liaison</source>
        <translation>liaison</translation>
    </message>
    <message>
        <source>liaison&apos;s position</source>
        <translation>liaison&apos;s position</translation>
    </message>
    <message>
        <source>request letter number</source>
        <translation>request letter number</translation>
    </message>
    <message>
        <source>request letter date</source>
        <translation>request letter date</translation>
    </message>
    <message>
        <source>reply letter number</source>
        <translation>reply letter number</translation>
    </message>
    <message>
        <source>reply letter date</source>
        <translation>reply letter date</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>new sessions</source>
        <translation>new sessions</translation>
    </message>
    <message>
        <source>moved sessions</source>
        <translation>moved sessions</translation>
    </message>
    <message>
        <source>cancelled sessions</source>
        <translation>cancelled sessions</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lesson</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>presenter</translation>
    </message>
    <message>
        <source>travel time</source>
        <translation>travel time</translation>
    </message>
    <message>
        <source>host office</source>
        <translation>host office</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>exchange file</source>
        <translation>exchange file</translation>
    </message>
    <message>
        <source>agenda revision</source>
        <translation>agenda revision</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>visits this year</source>
        <translation>visits this year</translation>
    </message>
    <message>
        <source>visits in the next 14 days</source>
        <translation>visits in the next 14 days</translation>
    </message>
    <message>
        <source>participants this year</source>
        <translation>participants this year</translation>
    </message>
    <message>
        <source>lessons adopted this year</source>
        <translation>lessons adopted this year</translation>
    </message>
    <message>
        <source>Visits in the next 14 days</source>
        <translation>Visits in the next 14 days</translation>
    </message>
    <message>
        <source>Open rule findings</source>
        <translation>Open rule findings</translation>
    </message>
    <message>
        <source>Lessons due for follow-up</source>
        <translation>Lessons due for follow-up</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>Today is %1</source>
        <translation>Today is %1</translation>
    </message>
    <message>
        <source>visits in %1</source>
        <translation>visits in %1</translation>
    </message>
    <message>
        <source>%1 confirmed, %2 awaiting a reply</source>
        <translation>%1 confirmed, %2 awaiting a reply</translation>
    </message>
    <message>
        <source>of %1 lessons recorded</source>
        <translation>of %1 lessons recorded</translation>
    </message>
    <message>
        <source>No visits in the next 14 days.</source>
        <translation>No visits in the next 14 days.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Open the visit %1</source>
        <translation>Open the visit %1</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>led by %1</translation>
    </message>
    <message>
        <source>%1 people, %2 sessions</source>
        <translation>%1 people, %2 sessions</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 days</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="vanished">%1 errors, %2 warnings</translation>
    </message>
    <message>
        <source>No open findings: the coming programme keeps every rule.</source>
        <translation>No open findings: the coming programme keeps every rule.</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>No follow-up is due.</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>Due in the next 14 days</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>owner: %1</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…and %1 more.</translation>
    </message>
</context>
<context>
    <name>InstitutionCombo</name>
    <message>
        <source>The institution &apos;%1&apos; is not in the register yet. Add it?</source>
        <translation type="vanished">The institution &apos;%1&apos; is not in the register yet. Add it?</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="vanished">New institution</translation>
    </message>
    <message>
        <source>add institution &apos;%1&apos;</source>
        <translation>add institution &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>InstitutionModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>add institution &apos;%1&apos;</source>
        <translation>add institution &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit institution &apos;%1&apos;</source>
        <translation>edit institution &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete institution &apos;%1&apos;</source>
        <translation>delete institution &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>New lesson</source>
        <translation>New lesson</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Lesson %1</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(no topic)</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(no session)</translation>
    </message>
    <message>
        <source>How will it be known to be done? e.g. SOP signed by the director</source>
        <translation>How will it be known to be done? e.g. SOP signed by the director</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Write down what was observed.</source>
        <translation>Write down what was observed.</translation>
    </message>
</context>
<context>
    <name>LessonModel</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Follow-up note</translation>
    </message>
</context>
<context>
    <name>LessonsModel</name>
    <message>
        <source>Follow up on</source>
        <extracomment>Announcing a reset or an insert: a fetch asked from a slot of those signals waits (Qt&apos;s model tester fetches from its modelReset slot before it has seen the reset end). Says which lesson a reload must fetch the rows up to (the page&apos;s selected one), so the page can select it again once reset, without fetching during the reset signal.</extracomment>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Overdue: the follow-up date has passed.</source>
        <translation>Overdue: the follow-up date has passed.</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>Any follow-up date</source>
        <translation>Any follow-up date</translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation>Due by today</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <source>Filter by observation, recommendation, owner…</source>
        <translation>Filter by observation, recommendation, owner…</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Open visit</translation>
    </message>
    <message>
        <source>%1 of %2 lessons shown.</source>
        <translation>%1 of %2 lessons shown.</translation>
    </message>
    <message>
        <source>change the follow-up of lesson &apos;%1&apos;</source>
        <translation>change the follow-up of lesson &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <source>record lesson &apos;%1&apos;</source>
        <translation>record lesson &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change lesson &apos;%1&apos;</source>
        <translation>change lesson &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete lesson &apos;%1&apos;</source>
        <translation>delete lesson &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <source>Letter settings</source>
        <translation>Letter settings</translation>
    </message>
    <message>
        <source>Tokens: {code} {number} {unit} {year} {month_roman}</source>
        <translation>Tokens: {code} {number} {unit} {year} {month_roman}</translation>
    </message>
    <message>
        <source>e.g. Pontianak</source>
        <translation>e.g. Pontianak</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <source>Unit abbreviation</source>
        <translation>Unit abbreviation</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Digits of the number</translation>
    </message>
    <message>
        <source>City (place of the date)</source>
        <translation>City (place of the date)</translation>
    </message>
    <message>
        <source>edit the letter settings</source>
        <translation>edit the letter settings</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Reply letter</source>
        <translation>Reply letter</translation>
    </message>
    <message>
        <source>Presenter request (memo)</source>
        <translation>Presenter request (memo)</translation>
    </message>
    <message>
        <source>Assignment letter</source>
        <translation>Assignment letter</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>void</source>
        <translation>void</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replaces letter %1</source>
        <translation>Replaces letter %1</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Register of outgoing letters</source>
        <translation>Register of outgoing letters</translation>
    </message>
    <message>
        <source>Letter settings…</source>
        <translation>Letter settings…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>%1 letters, %2 void.</source>
        <translation>%1 letters, %2 void.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Why the visit cannot be received (printed in the reply)</source>
        <translation>Why the visit cannot be received (printed in the reply)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <source>Printing or saving a letter takes the next number of the register, or the number the letter already has. A number once taken stays used: it cannot be undone, only voided.</source>
        <translation>Printing or saving a letter takes the next number of the register, or the number the letter already has. A number once taken stays used: it cannot be undone, only voided.</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>Re-issue as a new letter</source>
        <translation>Re-issue as a new letter</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Reason for declining</translation>
    </message>
    <message>
        <source>Letters of this visit</source>
        <translation>Letters of this visit</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Word files (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>Void letter</source>
        <translation>Void letter</translation>
    </message>
    <message>
        <source>Void letter %1? Its number stays used and is never given again. Reason:</source>
        <translation>Void letter %1? Its number stays used and is never given again. Reason:</translation>
    </message>
    <message>
        <source>void letter %1</source>
        <translation>void letter %1</translation>
    </message>
    <message>
        <source>Void letter %1 and give the letter a new number? Neither number can be given again.</source>
        <translation>Void letter %1 and give the letter a new number? Neither number can be given again.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <source>The database is already open</source>
        <translation>The database is already open</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and print, but not change anything. If that computer crashed or was switched off without closing the program, the file stays marked as open: you can then open it anyway.</source>
        <translation>Read-only: you can look at everything and print, but not change anything. If that computer crashed or was switched off without closing the program, the file stays marked as open: you can then open it anyway.</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and print, but not change anything. Close the other window to edit this file.</source>
        <translation>Read-only: you can look at everything and print, but not change anything. Close the other window to edit this file.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Open anyway…</source>
        <translation>Open anyway…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Studi Tiru</source>
        <extracomment>What a page may offer the Print action, by method name (the first one found is used).</extracomment>
        <translation>Studi Tiru</translation>
    </message>
    <message>
        <source>%1 — Studi Tiru</source>
        <translation>%1 — Studi Tiru</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <source>About Studi Tiru</source>
        <translation type="vanished">About Studi Tiru</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Studi Tiru&lt;/h3&gt;&lt;p&gt;Plan, run and report study visits for the protocol office of a local government: requests, agendas, sites, presenters, lessons and reports.&lt;/p&gt;&lt;p&gt;Every edit is saved at once and can be undone with Ctrl+Z.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Studi Tiru&lt;/h3&gt;&lt;p&gt;Plan, run and report study visits for the protocol office of a local government: requests, agendas, sites, presenters, lessons and reports.&lt;/p&gt;&lt;p&gt;Every edit is saved at once and can be undone with Ctrl+Z.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Open the &amp;demo programme</source>
        <translation>Open the &amp;demo programme</translation>
    </message>
    <message>
        <source>Start with my own &amp;office…</source>
        <translation>Start with my own &amp;office…</translation>
    </message>
    <message>
        <source>&amp;Import exchange file…</source>
        <translation>&amp;Import exchange file…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;About Studi Tiru</source>
        <translation>&amp;About Studi Tiru</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
</context>
<context>
    <name>NewInstitutionDialog</name>
    <message>
        <source>New institution</source>
        <translation>New institution</translation>
    </message>
    <message>
        <source>This institution is not in the register yet. It is added with:</source>
        <translation>This institution is not in the register yet. It is added with:</translation>
    </message>
    <message>
        <source>e.g. Kalimantan Barat</source>
        <translation>e.g. Kalimantan Barat</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Give the institution a name.</source>
        <translation>Give the institution a name.</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>e.g. Study visit on the public service mall</source>
        <translation>e.g. Study visit on the public service mall</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Give the visit a title.</source>
        <translation>Give the visit a title.</translation>
    </message>
    <message>
        <source>Choose the visiting institution.</source>
        <translation>Choose the visiting institution.</translation>
    </message>
    <message>
        <source>The visit cannot end before it starts.</source>
        <translation>The visit cannot end before it starts.</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Who must be told of Revision %1</source>
        <translation>Who must be told of Revision %1</translation>
    </message>
    <message>
        <source>Message language:</source>
        <translation>Message language:</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>Liaison officer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Nobody: no session changed in this revision.</source>
        <translation>Nobody: no session changed in this revision.</translation>
    </message>
</context>
<context>
    <name>OpenAnywayDialog</name>
    <message>
        <source>Open the database anyway?</source>
        <translation>Open the database anyway?</translation>
    </message>
    <message>
        <source>The file is marked as open in %1.</source>
        <translation>The file is marked as open in %1.</translation>
    </message>
    <message>
        <source>Open it anyway only if you are sure that computer no longer has the file open (it crashed or was switched off). If two computers write to the same file at the same time, data can be lost.</source>
        <translation>Open it anyway only if you are sure that computer no longer has the file open (it crashed or was switched off). If two computers write to the same file at the same time, data can be lost.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>Always open</source>
        <extracomment>What a new site starts with: office hours, Senin–Jumat 08.00–16.00 (the officer may change them).</extracomment>
        <translation>Always open</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>ParticipantsImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 rows are refused: correct the file and open it again. Nothing is imported while a row is refused.</source>
        <translation>%1 rows are refused: correct the file and open it again. Nothing is imported while a row is refused.</translation>
    </message>
    <message>
        <source>%1 rows can be imported.</source>
        <translation>%1 rows can be imported.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <translation>Paste from spreadsheet</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Copy rows in Excel (name, position, institution, phone, email, role) and press Ctrl+V on the table</source>
        <translation>Copy rows in Excel (name, position, institution, phone, email, role) and press Ctrl+V on the table</translation>
    </message>
    <message>
        <source>Import from Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <source>Export to Excel/CSV…</source>
        <translation>Export to Excel/CSV…</translation>
    </message>
    <message>
        <source>edit participants of &apos;%1&apos;</source>
        <translation>edit participants of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>add a participant to &apos;%1&apos;</source>
        <translation>add a participant to &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remove participants from &apos;%1&apos;</source>
        <translation>remove participants from &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reorder participants of &apos;%1&apos;</source>
        <translation>reorder participants of &apos;%1&apos;</translation>
    </message>
    <message>
        <source>paste %2 participants into &apos;%1&apos;</source>
        <translation>paste %2 participants into &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>import %2 participants into &apos;%1&apos;</source>
        <translation>import %2 participants into &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Added %1 participants, %2 already there.</source>
        <translation>Added %1 participants, %2 already there.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Export participants</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Server password</source>
        <translation>Server password</translation>
    </message>
    <message>
        <source>Enter the password to connect to the database server %1.</source>
        <translation>Enter the password to connect to the database server %1.</translation>
    </message>
    <message>
        <source>The server refused this password. Check it and enter it again.</source>
        <translation>The server refused this password. Check it and enter it again.</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s credential store</source>
        <translation>Keep the password in this computer&apos;s credential store</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Unavailable period</source>
        <translation>Unavailable period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PeriodsEditor</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person to the welcome</source>
        <translation>Add a person to the welcome</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>e.g. Ketua DPRD Kota Pontianak</source>
        <translation>e.g. Ketua DPRD Kota Pontianak</translation>
    </message>
    <message>
        <source>Bapak/Ibu (not set)</source>
        <translation>Bapak/Ibu (not set)</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Address as</translation>
    </message>
    <message>
        <source>Spouse of (takes their rank, Pasal 14)</source>
        <translation>Spouse of (takes their rank, Pasal 14)</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>Add photos…</source>
        <extracomment>The kind of data a photo edit announces (`ui.context.ChangeBus`).</extracomment>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the photo one place earlier (Ctrl+Up)</source>
        <translation>Move the photo one place earlier (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move the photo one place later (Ctrl+Down)</source>
        <translation>Move the photo one place later (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Drop JPEG or PNG files here, or use Add photos. F2 edits a caption.</source>
        <translation>Drop JPEG or PNG files here, or use Add photos. F2 edits a caption.</translation>
    </message>
    <message>
        <source>Add documentation photos</source>
        <translation>Add documentation photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>add photos (%1)</source>
        <translation>add photos (%1)</translation>
    </message>
    <message>
        <source>delete photos (%1)</source>
        <translation>delete photos (%1)</translation>
    </message>
    <message>
        <source>caption of photo %1</source>
        <translation>caption of photo %1</translation>
    </message>
    <message>
        <source>move photo %1</source>
        <translation>move photo %1</translation>
    </message>
</context>
<context>
    <name>PresenterModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PresentersPage</name>
    <message>
        <source>Presenters</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <source>add presenter &apos;%1&apos;</source>
        <translation>add presenter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit presenter &apos;%1&apos;</source>
        <translation>edit presenter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete presenter &apos;%1&apos;</source>
        <translation>delete presenter &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ProtocolSettingsDialog</name>
    <message>
        <source>Protocol settings</source>
        <translation>Protocol settings</translation>
    </message>
    <message>
        <source>Regency or city (UU 9/2010 Pasal 11)</source>
        <translation>Regency or city (UU 9/2010 Pasal 11)</translation>
    </message>
    <message>
        <source>Province (UU 9/2010 Pasal 10)</source>
        <translation>Province (UU 9/2010 Pasal 10)</translation>
    </message>
    <message>
        <source>Back to UU 9/2010 for this level</source>
        <translation>Back to UU 9/2010 for this level</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Who holds it</source>
        <translation>Who holds it</translation>
    </message>
    <message>
        <source>Position patterns (separated by ;)</source>
        <translation>Position patterns (separated by ;)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Item (English)</source>
        <translation>Item (English)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Speaker (host, guest, presenter, prayer or empty)</source>
        <translation>Speaker (host, guest, presenter, prayer or empty)</translation>
    </message>
    <message>
        <source>Takes spare time (yes, or empty)</source>
        <translation>Takes spare time (yes, or empty)</translation>
    </message>
    <message>
        <source>Back to the default order of events</source>
        <translation>Back to the default order of events</translation>
    </message>
    <message>
        <source>The host is a</source>
        <translation>The host is a</translation>
    </message>
    <message>
        <source>Order of precedence, highest first (national and provincial officials always come before local ones, Pasal 11 ayat (2))</source>
        <translation>Order of precedence, highest first (national and provincial officials always come before local ones, Pasal 11 ayat (2))</translation>
    </message>
    <message>
        <source>Order of events of a welcome (template)</source>
        <translation>Order of events of a welcome (template)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Order of precedence, line %1: the code is empty.</source>
        <translation>Order of precedence, line %1: the code is empty.</translation>
    </message>
    <message>
        <source>Order of precedence, line %1 (%2): the scope must be national, province or local.</source>
        <translation>Order of precedence, line %1 (%2): the scope must be national, province or local.</translation>
    </message>
    <message>
        <source>Order of precedence, line %1 (%2): the pattern &apos;%3&apos; cannot be read (check its brackets).</source>
        <translation>Order of precedence, line %1 (%2): the pattern &apos;%3&apos; cannot be read (check its brackets).</translation>
    </message>
    <message>
        <source>Order of precedence: %1</source>
        <translation>Order of precedence: %1</translation>
    </message>
    <message>
        <source>The order of precedence is empty.</source>
        <translation>The order of precedence is empty.</translation>
    </message>
    <message>
        <source>Order of events, line %1: the item has no name.</source>
        <translation>Order of events, line %1: the item has no name.</translation>
    </message>
    <message>
        <source>Order of events, line %1 (%2): minutes must be a number from 0 to 600.</source>
        <translation>Order of events, line %1 (%2): minutes must be a number from 0 to 600.</translation>
    </message>
    <message>
        <source>Order of events, line %1 (%2): the speaker must be host, guest, presenter, prayer or empty.</source>
        <translation>Order of events, line %1 (%2): the speaker must be host, guest, presenter, prayer or empty.</translation>
    </message>
    <message>
        <source>edit the protocol settings</source>
        <translation>edit the protocol settings</translation>
    </message>
</context>
<context>
    <name>ProtocolTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Rank is</source>
        <translation>Rank is</translation>
    </message>
    <message>
        <source>Bapak/Ibu (not set)</source>
        <translation>Bapak/Ibu (not set)</translation>
    </message>
    <message>
        <source>the absent official&apos;s position, e.g. Wali Kota Pontianak</source>
        <translation>the absent official&apos;s position, e.g. Wali Kota Pontianak</translation>
    </message>
    <message>
        <source>Present at the welcome</source>
        <translation>Present at the welcome</translation>
    </message>
    <message>
        <source>Save this person</source>
        <translation>Save this person</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <source>Confirm every suggested rank</source>
        <translation>Confirm every suggested rank</translation>
    </message>
    <message>
        <source>Remove the person added</source>
        <translation>Remove the person added</translation>
    </message>
    <message>
        <source>Undo every move (back to the computed plan)</source>
        <translation>Undo every move (back to the computed plan)</translation>
    </message>
    <message>
        <source>The plan keeps every protocol rule.</source>
        <translation>The plan keeps every protocol rule.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Speaker (a typed name replaces it)</source>
        <translation>Speaker (a typed name replaces it)</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Use the office&apos;s template</source>
        <translation>Use the office&apos;s template</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Address as</translation>
    </message>
    <message>
        <source>Rank (UU 9/2010)</source>
        <translation>Rank (UU 9/2010)</translation>
    </message>
    <message>
        <source>Standing in for (Pasal 15)</source>
        <translation>Standing in for (Pasal 15)</translation>
    </message>
    <message>
        <source>Seats at the head table</source>
        <translation>Seats at the head table</translation>
    </message>
    <message>
        <source>People and ranks</source>
        <translation>People and ranks</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>Seating plan</translation>
    </message>
    <message>
        <source>Order of events</source>
        <translation>Order of events</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>? — choose a rank</source>
        <translation>? — choose a rank</translation>
    </message>
    <message>
        <source>spouse (Pasal 14)</source>
        <translation>spouse (Pasal 14)</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
    <message>
        <source>to ask</source>
        <translation>to ask</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>— not confirmed (use the suggestion) —</source>
        <translation>— not confirmed (use the suggestion) —</translation>
    </message>
    <message>
        <source>Choose a rank for: %1</source>
        <translation>Choose a rank for: %1</translation>
    </message>
    <message>
        <source>This visit has no session yet: the welcome is its first session of kind Reception.</source>
        <translation>This visit has no session yet: the welcome is its first session of kind Reception.</translation>
    </message>
    <message>
        <source>Welcome: %1 (%2%3)</source>
        <translation>Welcome: %1 (%2%3)</translation>
    </message>
    <message>
        <source>This visit has no welcome session: add a session of kind Reception.</source>
        <translation>This visit has no welcome session: add a session of kind Reception.</translation>
    </message>
    <message>
        <source>The order of events runs %1 minutes past the end of the welcome.</source>
        <translation>The order of events runs %1 minutes past the end of the welcome.</translation>
    </message>
    <message>
        <source>%1 minutes are left before the end of the welcome.</source>
        <translation>%1 minutes are left before the end of the welcome.</translation>
    </message>
    <message>
        <source>The order of events fills the welcome exactly.</source>
        <translation>The order of events fills the welcome exactly.</translation>
    </message>
    <message>
        <source>protocol: %1</source>
        <translation>protocol: %1</translation>
    </message>
    <message>
        <source>protocol: confirm %1 suggested ranks</source>
        <translation>protocol: confirm %1 suggested ranks</translation>
    </message>
    <message>
        <source>protocol: add %1</source>
        <translation>protocol: add %1</translation>
    </message>
    <message>
        <source>protocol: remove %1</source>
        <translation>protocol: remove %1</translation>
    </message>
    <message>
        <source>move %1 to another seat</source>
        <translation>move %1 to another seat</translation>
    </message>
    <message>
        <source>seating plan: back to the computed plan</source>
        <translation>seating plan: back to the computed plan</translation>
    </message>
    <message>
        <source>seats at the head table: %1</source>
        <translation>seats at the head table: %1</translation>
    </message>
    <message>
        <source>order of events: %1</source>
        <translation>order of events: %1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>order of events: add an item</source>
        <translation>order of events: add an item</translation>
    </message>
    <message>
        <source>order of events: remove %1</source>
        <translation>order of events: remove %1</translation>
    </message>
    <message>
        <source>order of events: move %1</source>
        <translation>order of events: move %1</translation>
    </message>
    <message>
        <source>order of events: the office&apos;s template</source>
        <translation>order of events: the office&apos;s template</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Letters</source>
        <comment>Number</comment>
        <translation type="vanished">Letters</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inches (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeters (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Page &amp;order:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Page Layout</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;per sheet:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Reverse landscape</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Reverse portrait</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>bottom margin</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>left margin</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>right margin</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>top margin</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bottom to Top, Left to Right</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bottom to Top, Right to Left</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Duplex Settings Conflicts</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Invalid Pages Definition</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Left to Right, Bottom to Top</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Left to Right, Top to Bottom</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Right to Left, Bottom to Top</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Right to Left, Top to Bottom</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>There are conflicts in duplex settings. Do you want to fix them?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Top to Bottom, Left to Right</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Top to Bottom, Right to Left</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>There are conflicts in some options. Please fix them.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Filter the list…</source>
        <translation>Filter the list…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Add a record (Insert)</source>
        <translation>Add a record (Insert)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation>Delete the selected record (Delete)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>made from the name if left empty</source>
        <translation>made from the name if left empty</translation>
    </message>
    <message>
        <source>The key names the record in exchange files; it stays once the record exists.</source>
        <translation>The key names the record in exchange files; it stays once the record exists.</translation>
    </message>
    <message>
        <source>New record: type its name; it is added when you leave the name field.</source>
        <translation>New record: type its name; it is added when you leave the name field.</translation>
    </message>
    <message>
        <source>Added and saved.</source>
        <translation>Added and saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you leave a field.</source>
        <translation>Changes are saved as soon as you leave a field.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Send/release the schedule</source>
        <translation>Send/release the schedule</translation>
    </message>
    <message>
        <source>The current agenda becomes Revision %1, as it is now. It cannot be edited afterwards.</source>
        <translation>The current agenda becomes Revision %1, as it is now. It cannot be edited afterwards.</translation>
    </message>
    <message>
        <source>No session changed.</source>
        <translation>No session changed.</translation>
    </message>
    <message>
        <source>e.g. The presenter of the discussion changed; the tour starts later</source>
        <translation>e.g. The presenter of the discussion changed; the tour starts later</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Note (who asked for the change, why):</source>
        <translation>Note (who asked for the change, why):</translation>
    </message>
</context>
<context>
    <name>ReportMenuButton</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>%1: save as PDF…</source>
        <translation>%1: save as PDF…</translation>
    </message>
    <message>
        <source>%1: preview</source>
        <translation>%1: preview</translation>
    </message>
    <message>
        <source>%1: print…</source>
        <translation>%1: print…</translation>
    </message>
</context>
<context>
    <name>ReportNotesBox</name>
    <message>
        <source>Activity report: what the officer writes</source>
        <extracomment>The kind of data a change of the report&apos;s notes announces.</extracomment>
        <translation>Activity report: what the officer writes</translation>
    </message>
    <message>
        <source>The background of the visit (A.1 Umum)</source>
        <translation>The background of the visit (A.1 Umum)</translation>
    </message>
    <message>
        <source>Conclusions and suggestions for the leader (D)</source>
        <translation>Conclusions and suggestions for the leader (D)</translation>
    </message>
    <message>
        <source>Obstacles met, if any</source>
        <translation>Obstacles met, if any</translation>
    </message>
    <message>
        <source>Save report notes</source>
        <translation>Save report notes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Conclusions and suggestions</source>
        <translation>Conclusions and suggestions</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstacles</translation>
    </message>
    <message>
        <source>report notes of %1</source>
        <translation>report notes of %1</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinerary</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>Order of events of the welcome (MC)</source>
        <translation>Order of events of the welcome (MC)</translation>
    </message>
    <message>
        <source>Seating plan of the welcome</source>
        <translation>Seating plan of the welcome</translation>
    </message>
    <message>
        <source>Name cards</source>
        <translation>Name cards</translation>
    </message>
    <message>
        <source>Annual recap</source>
        <translation>Annual recap</translation>
    </message>
    <message>
        <source>itinerary</source>
        <translation>itinerary</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>summary</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>activity-report</source>
        <translation>activity-report</translation>
    </message>
    <message>
        <source>order-of-events</source>
        <translation>order-of-events</translation>
    </message>
    <message>
        <source>seating-plan</source>
        <translation>seating-plan</translation>
    </message>
    <message>
        <source>name-cards</source>
        <translation>name-cards</translation>
    </message>
    <message>
        <source>annual-recap</source>
        <translation>annual-recap</translation>
    </message>
    <message>
        <source>The report could not be made. Details: %1</source>
        <translation>The report could not be made. Details: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>The file %1 cannot be written: %2.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>With the documentation photos as an annex</source>
        <translation>With the documentation photos as an annex</translation>
    </message>
    <message>
        <source>The summary only; the activity report always has the photos</source>
        <translation>The summary only; the activity report always has the photos</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save agenda as .ics…</source>
        <translation>Save agenda as .ics…</translation>
    </message>
    <message>
        <source>The visit&apos;s sessions as calendar events, for the visitors&apos; phones</source>
        <translation>The visit&apos;s sessions as calendar events, for the visitors&apos; phones</translation>
    </message>
    <message>
        <source>The preview opens in the computer&apos;s PDF viewer; print from there.</source>
        <translation>The preview opens in the computer&apos;s PDF viewer; print from there.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (file not found: left out)</source>
        <translation>%1 (file not found: left out)</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Making the %1…</source>
        <translation>Making the %1…</translation>
    </message>
    <message>
        <source>Preview opened.</source>
        <translation>Preview opened.</translation>
    </message>
    <message>
        <source>Opened for printing.</source>
        <translation>Opened for printing.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="vanished">Saved as %1.</translation>
    </message>
    <message>
        <source>Save agenda as .ics</source>
        <translation>Save agenda as .ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Choose the backup to restore. What the file holds now is kept beside it as a copy.</source>
        <translation>Choose the backup to restore. What the file holds now is kept beside it as a copy.</translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <source>Send/release the schedule…</source>
        <translation>Send/release the schedule…</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Print again…</translation>
    </message>
    <message>
        <source>Save the itinerary of this revision as PDF, exactly as it was released</source>
        <translation>Save the itinerary of this revision as PDF, exactly as it was released</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendar (.ics)…</translation>
    </message>
    <message>
        <source>Who must be told…</source>
        <translation>Who must be told…</translation>
    </message>
    <message>
        <source>Released:</source>
        <translation>Released:</translation>
    </message>
    <message>
        <source>Not released yet: the visitors have no schedule from this program.</source>
        <translation>Not released yet: the visitors have no schedule from this program.</translation>
    </message>
    <message>
        <source>Not sent: %1 change(s) since Revision %2</source>
        <translation>Not sent: %1 change(s) since Revision %2</translation>
    </message>
    <message>
        <source>Not sent: details changed since Revision %1 (no session moved)</source>
        <translation>Not sent: details changed since Revision %1 (no session moved)</translation>
    </message>
    <message>
        <source>Sent: Revision %1 of %2; nothing changed since</source>
        <translation>Sent: Revision %1 of %2; nothing changed since</translation>
    </message>
    <message>
        <source>release Revision %1 of %2</source>
        <translation>release Revision %1 of %2</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Save the calendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Saved: %1</source>
        <extracomment>How long the notice stays (milliseconds); a new save replaces it at once.</extracomment>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <source>Head table — seen from the audience</source>
        <extracomment>The kind of data a protocol edit announces (`ui.context.ChangeBus`).</extracomment>
        <translation>Head table — seen from the audience</translation>
    </message>
    <message>
        <source>The delegation&apos;s side</source>
        <translation>The delegation&apos;s side</translation>
    </message>
    <message>
        <source>The host&apos;s side</source>
        <translation>The host&apos;s side</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or server.protokol.local</source>
        <translation>e.g. 192.168.1.10 or server.protokol.local</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s credential store</source>
        <translation>Keep the password in this computer&apos;s credential store</translation>
    </message>
    <message>
        <source>No credential store is available: the password is asked each time.</source>
        <translation>No credential store is available: the password is asked each time.</translation>
    </message>
    <message>
        <source>A shared office database on a PostgreSQL server: every officer&apos;s window sees the same data. The password is never written to a settings file.</source>
        <translation>A shared office database on a PostgreSQL server: every officer&apos;s window sees the same data. The password is never written to a settings file.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>SessionBlock</name>
    <message>
        <source>Changed since Revision %1, not sent yet</source>
        <extracomment>The last revision this session changed since (added, moved), not sent yet; None: as sent.</extracomment>
        <translation>Changed since Revision %1, not sent yet</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(no site)</translation>
    </message>
    <message>
        <source>as the visit</source>
        <translation>as the visit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Give the session a title.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>The session must end after it starts.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Host office</source>
        <translation>Host office</translation>
    </message>
    <message>
        <source>The letterhead of itineraries, summaries and letters. Each field is saved when you leave it.</source>
        <translation>The letterhead of itineraries, summaries and letters. Each field is saved when you leave it.</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kota Pontianak</source>
        <translation>e.g. Pemerintah Kota Pontianak</translation>
    </message>
    <message>
        <source>e.g. Bagian Protokol dan Komunikasi Pimpinan</source>
        <translation>e.g. Bagian Protokol dan Komunikasi Pimpinan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>The number pattern of the register of outgoing letters, the city, the signatory and the deputy, and per kind of letter the classification code, the copies and an optional Word template.</source>
        <translation>The number pattern of the register of outgoing letters, the city, the signatory and the deputy, and per kind of letter the classification code, the copies and an optional Word template.</translation>
    </message>
    <message>
        <source>Letter settings…</source>
        <translation>Letter settings…</translation>
    </message>
    <message>
        <source>Protocol settings (precedence, order of events)…</source>
        <translation>Protocol settings (precedence, order of events)…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>The language of menus, pages and reports for this user of this computer.</source>
        <translation>The language of menus, pages and reports for this user of this computer.</translation>
    </message>
    <message>
        <source>Apply &amp;now</source>
        <translation>Apply &amp;now</translation>
    </message>
    <message>
        <source>Reopen the window in the chosen language.</source>
        <translation>Reopen the window in the chosen language.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Every edit is saved in this file at once.</source>
        <translation>Every edit is saved in this file at once.</translation>
    </message>
    <message>
        <source>Every edit is saved in this file at once. Copy the file to keep a backup.</source>
        <translation type="vanished">Every edit is saved in this file at once. Copy the file to keep a backup.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>This file is read-only: changes cannot be saved.</source>
        <translation>This file is read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>Open another database &amp;file…</source>
        <translation>Open another database &amp;file…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A copy of this database is made in the background when it is opened and every 30 minutes while it changes. Older copies are thinned out: all of today and yesterday, then one a day for two weeks, one a week for three months and one a month for a year.</source>
        <translation>A copy of this database is made in the background when it is opened and every 30 minutes while it changes. Older copies are thinned out: all of today and yesterday, then one a day for two weeks, one a week for three months and one a month for a year.</translation>
    </message>
    <message>
        <source>This database is on a server: back it up with the server&apos;s own tools.</source>
        <translation>This database is on a server: back it up with the server&apos;s own tools.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Make a backup of this database now, in the background.</source>
        <translation>Make a backup of this database now, in the background.</translation>
    </message>
    <message>
        <source>A database opened read-only cannot be restored from here.</source>
        <translation>A database opened read-only cannot be restored from here.</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>change the host&apos;s name to &apos;%1&apos;</source>
        <translation>change the host&apos;s name to &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change the host&apos;s office</source>
        <translation>change the host&apos;s office</translation>
    </message>
    <message>
        <source>change the host&apos;s address</source>
        <translation>change the host&apos;s address</translation>
    </message>
    <message>
        <source>change the time zone to %1</source>
        <translation>change the time zone to %1</translation>
    </message>
    <message>
        <source>change the host&apos;s settings</source>
        <translation>change the host&apos;s settings</translation>
    </message>
    <message>
        <source>The new language is used from the next start, or now with “Apply now” (the undo history is then cleared).</source>
        <translation>The new language is used from the next start, or now with “Apply now” (the undo history is then cleared).</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exclusive</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Exclusive: one visit at a time</source>
        <translation>Exclusive: one visit at a time</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Travel times between this site and the others, in minutes:</source>
        <translation>Travel times between this site and the others, in minutes:</translation>
    </message>
    <message>
        <source>add site &apos;%1&apos;</source>
        <translation>add site &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit site &apos;%1&apos;</source>
        <translation>edit site &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete site &apos;%1&apos;</source>
        <translation>delete site &apos;%1&apos;</translation>
    </message>
    <message>
        <source>set travel time &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>set travel time &apos;%1&apos; to &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>StatusGuard</name>
    <message>
        <source>The visit &apos;%1&apos; has not ended yet: it ends on %2. Mark it as &apos;%4&apos; now anyway?</source>
        <translation>The visit &apos;%1&apos; has not ended yet: it ends on %2. Mark it as &apos;%4&apos; now anyway?</translation>
    </message>
    <message>
        <source>The visit has not taken place yet</source>
        <translation>The visit has not taken place yet</translation>
    </message>
    <message>
        <source>The visit &apos;%1&apos; has not started yet: it starts tomorrow, %2. Mark it as &apos;%4&apos; now anyway?</source>
        <translation>The visit &apos;%1&apos; has not started yet: it starts tomorrow, %2. Mark it as &apos;%4&apos; now anyway?</translation>
    </message>
    <message>
        <source>The visit &apos;%1&apos; has not started yet: it starts on %2, in %3 days. Mark it as &apos;%4&apos; now anyway?</source>
        <translation>The visit &apos;%1&apos; has not started yet: it starts on %2, in %3 days. Mark it as &apos;%4&apos; now anyway?</translation>
    </message>
    <message>
        <source>Mark as &apos;%1&apos;</source>
        <translation>Mark as &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable</source>
        <extracomment>The sessions as the last edit&apos;s service call returned them, for the change it announces next (the page then reads nothing again); emptied by every change announced. The day after the days shown → the next session&apos;s start (what an empty legend offers): read once per load, not at every drawing (a resize draws again).</extracomment>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>No presenter</source>
        <translation type="vanished">No presenter</translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="vanished">No site</translation>
    </message>
    <message>
        <source>(no presenter)</source>
        <translation>(no presenter)</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(no site)</translation>
    </message>
    <message>
        <source>changed since the last revision, not sent yet</source>
        <translation>changed since the last revision, not sent yet</translation>
    </message>
    <message>
        <source>No sessions on the days shown.</source>
        <translation>No sessions on the days shown.</translation>
    </message>
    <message>
        <source>Next sessions: %1</source>
        <translation>Next sessions: %1</translation>
    </message>
    <message>
        <source>resize session &apos;%1&apos;</source>
        <translation>resize session &apos;%1&apos;</translation>
    </message>
    <message>
        <source>move session &apos;%1&apos;</source>
        <translation>move session &apos;%1&apos;</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>add session &apos;%1&apos;</source>
        <translation>add session &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change session &apos;%1&apos;</source>
        <translation>change session &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete session &apos;%1&apos;</source>
        <translation>delete session &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Timetable: %1</source>
        <translation>Timetable: %1</translation>
    </message>
</context>
<context>
    <name>TimetableToolbar</name>
    <message>
        <source>Previous day or week</source>
        <translation>Previous day or week</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Next day or week</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Presenters</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Sessions drawn on empty space belong to this visit</source>
        <translation>Sessions drawn on empty space belong to this visit</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visit:</translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation>Presenter:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>New sessions for:</source>
        <translation>New sessions for:</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>All visits</translation>
    </message>
    <message>
        <source>All presenters</source>
        <translation>All presenters</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
</context>
<context>
    <name>TopicModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>add topic &apos;%1&apos;</source>
        <translation>add topic &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit topic &apos;%1&apos;</source>
        <translation>edit topic &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete topic &apos;%1&apos;</source>
        <translation>delete topic &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>TravelTimesModel</name>
    <message>
        <source>Minutes; leave empty for no travel time.</source>
        <translation type="vanished">Minutes; leave empty for no travel time.</translation>
    </message>
    <message>
        <source>To or from site</source>
        <translation type="vanished">To or from site</translation>
    </message>
    <message>
        <source>Minutes there</source>
        <translation type="vanished">Minutes there</translation>
    </message>
    <message>
        <source>Minutes back</source>
        <translation type="vanished">Minutes back</translation>
    </message>
    <message>
        <source>Minutes of travel from %1 to %2; leave empty for no travel time.</source>
        <translation>Minutes of travel from %1 to %2; leave empty for no travel time.</translation>
    </message>
    <message>
        <source>this site</source>
        <translation>this site</translation>
    </message>
    <message>
        <source>Other site</source>
        <translation>Other site</translation>
    </message>
    <message>
        <source>Minutes going:
%1 → other site</source>
        <translation>Minutes going:
%1 → other site</translation>
    </message>
    <message>
        <source>Minutes back:
other site → %1</source>
        <translation>Minutes back:
other site → %1</translation>
    </message>
    <message>
        <source>The other sites of the host.</source>
        <translation>The other sites of the host.</translation>
    </message>
    <message>
        <source>Minutes of travel from %1 to the site on the row.</source>
        <translation>Minutes of travel from %1 to the site on the row.</translation>
    </message>
    <message>
        <source>Minutes of travel from the site on the row back to %1.</source>
        <translation>Minutes of travel from the site on the row back to %1.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>← Visits</source>
        <extracomment>The tabs in their order (the index constants of VisitEditor): attribute, module, class.</extracomment>
        <translation>← Visits</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>Delete visit…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Participants (%1)</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Agenda (%1)</translation>
    </message>
    <message>
        <source>Lessons (%1)</source>
        <translation>Lessons (%1)</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation>Change to:</translation>
    </message>
    <message>
        <source>change the status of &apos;%1&apos; to %2</source>
        <translation>change the status of &apos;%1&apos; to %2</translation>
    </message>
    <message>
        <source>Delete the visit &apos;%1&apos; with its participants, agenda and lessons?</source>
        <translation>Delete the visit &apos;%1&apos; with its participants, agenda and lessons?</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <source>delete visit &apos;%1&apos;</source>
        <translation>delete visit &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <source>Key</source>
        <extracomment>The roles the base model answers for visits (no decoration); a view asks for a dozen more per cell (font, colours, check state...).</extracomment>
        <translation>Key</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>%1 participants listed, headcount %2</source>
        <translation>%1 participants listed, headcount %2</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Find by key, title, institution or leader (Ctrl+F)</source>
        <translation>Find by key, title, institution or leader (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>Save the visits shown as an Excel workbook or a CSV file</source>
        <translation>Save the visits shown as an Excel workbook or a CSV file</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>add visit &apos;%1&apos;</source>
        <translation>add visit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 of %2 visits shown</source>
        <translation>%1 of %2 visits shown</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export the visits list</source>
        <translation>Export the visits list</translation>
    </message>
</context>
<context>
    <name>_KindBox</name>
    <message>
        <source>The signatory</source>
        <translation>The signatory</translation>
    </message>
    <message>
        <source>The deputy</source>
        <translation>The deputy</translation>
    </message>
    <message>
        <source>One copy (Tembusan) per line</source>
        <translation>One copy (Tembusan) per line</translation>
    </message>
    <message>
        <source>Built-in layout</source>
        <translation>Built-in layout</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Classification code</source>
        <translation>Classification code</translation>
    </message>
    <message>
        <source>Nature (Sifat)</source>
        <translation>Nature (Sifat)</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word template</translation>
    </message>
    <message>
        <source>Word files (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>_SignatoryBox</name>
    <message>
        <source>e.g. a.n. Wali Kota Pontianak</source>
        <translation>e.g. a.n. Wali Kota Pontianak</translation>
    </message>
    <message>
        <source>e.g. Pembina Utama Muda (IV/c)</source>
        <translation>e.g. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <source>a.n./u.b. lines</source>
        <translation>a.n./u.b. lines</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Site tour</source>
        <translation>Site tour</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Noted</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Cannot do that</source>
        <extracomment>The welcome&apos;s protocol prints (`reports.protocol`), built from `services.protocol.welcome_protocol`.</extracomment>
        <translation>Cannot do that</translation>
    </message>
</context>
</TS>
