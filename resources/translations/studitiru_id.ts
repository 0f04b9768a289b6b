<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Studi Tiru</source>
        <translation>Tentang Studi Tiru</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>How the folder is opened (the system&apos;s file manager); replaceable, e.g. by a test.</extracomment>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>Plan, run and report study visits (studi tiru) for the protocol office of a local government: requests, agendas, sites, presenters, lessons and reports.</source>
        <translation>Merencanakan, menjalankan dan melaporkan kunjungan studi tiru untuk Bagian Protokol pemerintah daerah: surat permohonan, agenda, lokasi, narasumber, pembelajaran dan laporan.</translation>
    </message>
    <message>
        <source>%1 (GNU General Public License, version 3 or later)</source>
        <translation>%1 (GNU General Public License, versi 3 atau yang lebih baru)</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lisensi:</translation>
    </message>
    <message>
        <source>Database in use:</source>
        <translation>Basis data yang dipakai:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Buka folder data</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Findings: %1 errors, %2 warnings</source>
        <translation type="vanished">Temuan: %1 galat, %2 peringatan</translation>
    </message>
    <message>
        <source>Findings — errors: %1 · warnings: %2</source>
        <translation type="vanished">Temuan — galat: %1 · peringatan: %2</translation>
    </message>
    <message>
        <source>Findings: errors %1 · warnings %2</source>
        <translation>Temuan: galat %1 · peringatan %2</translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation>Temuan: tidak ada</translation>
    </message>
    <message>
        <source>add session &apos;%1&apos;</source>
        <translation>tambah acara &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change session &apos;%1&apos;</source>
        <translation>ubah acara &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete session &apos;%1&apos;</source>
        <translation>hapus acara &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened</source>
        <translation type="vanished">Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>You can open another database file, or quit.</source>
        <translation type="vanished">Anda dapat membuka berkas basis data lain, atau keluar.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="vanished">Buka berkas lain…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Keluar</translation>
    </message>
    <message>
        <source>The lock could not be removed: the file is still marked as open.</source>
        <translation>Kunci berkas tidak dapat dihapus: berkas masih tercatat sedang dibuka.</translation>
    </message>
    <message>
        <source>The backup was not restored; the database is as it was.</source>
        <translation>Cadangan tidak dipulihkan; basis data tetap seperti semula.</translation>
    </message>
    <message>
        <source>Restored from the backup %1.</source>
        <translation>Dipulihkan dari cadangan %1.</translation>
    </message>
    <message>
        <source>What it replaced is kept as %1.</source>
        <translation>Isi yang diganti disimpan sebagai %1.</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Dibuat / Made</source>
        <translation type="vanished">Dibuat</translation>
    </message>
    <message>
        <source>Ukuran / Size</source>
        <translation type="vanished">Ukuran</translation>
    </message>
    <message>
        <source>Belum ada cadangan. / No backups yet.</source>
        <translation type="vanished">Belum ada cadangan.</translation>
    </message>
    <message>
        <source>Pulihkan… / Restore…</source>
        <translation type="vanished">Pulihkan…</translation>
    </message>
    <message>
        <source>Pulihkan cadangan / Restore backup</source>
        <translation type="vanished">Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Ganti basis data dengan cadangan {0}? Basis data sekarang disimpan dulu sebagai salinan.
Replace the database with the backup of {0}? The current database is kept as a copy first.</source>
        <translation type="vanished">Ganti basis data dengan cadangan {0}? Basis data sekarang disimpan dulu sebagai salinan.</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>When given, only the backups of this database file (named after it) are listed.</extracomment>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? The current database is kept as a copy first.</source>
        <translation>Ganti basis data dengan cadangan %1? Basis data sekarang disimpan dulu sebagai salinan.</translation>
    </message>
</context>
<context>
    <name>BugReport</name>
    <message>
        <source>Program error</source>
        <translation>Kesalahan program</translation>
    </message>
    <message>
        <source>Studi Tiru met an error in its own code. This is not your mistake. What was saved before stays saved; the last action may not have been done.</source>
        <translation>Studi Tiru mengalami kesalahan pada programnya sendiri. Ini bukan kesalahan Anda. Yang sudah tersimpan tetap tersimpan; tindakan terakhir mungkin belum terlaksana.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <source>The details are also written to %1.</source>
        <translation>Rincian ini juga ditulis ke %1.</translation>
    </message>
    <message>
        <source>Please send the details below to whoever supports Studi Tiru in your office.</source>
        <translation>Kirimkan rincian di bawah ini kepada petugas yang menangani Studi Tiru di kantor Anda.</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>no date</source>
        <translation>tanpa tanggal</translation>
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
        <translation>DEMO: data contoh, bukan data kantor Anda</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>not set</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <source>One officer per line: name | rank | NIP | position</source>
        <translation>Satu petugas per baris: nama | pangkat/gol. | NIP | jabatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat/gol.</translation>
    </message>
    <message>
        <source>e.g. Pakaian Dinas Harian (PDH)</source>
        <translation>mis. Pakaian Dinas Harian (PDH)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Jumlah rombongan</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Ketua rombongan</translation>
    </message>
    <message>
        <source>Leader&apos;s contact</source>
        <translation>Kontak ketua</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>Pendamping (LO)</translation>
    </message>
    <message>
        <source>Liaison&apos;s contact</source>
        <translation>Kontak pendamping</translation>
    </message>
    <message>
        <source>Liaison&apos;s NIP and rank</source>
        <translation>NIP dan pangkat pendamping</translation>
    </message>
    <message>
        <source>Dress for the welcome</source>
        <translation>Pakaian penyambutan</translation>
    </message>
    <message>
        <source>Request letter</source>
        <translation>Surat permohonan</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>Surat balasan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Maksud dan tujuan</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Officers (surat tugas)</source>
        <translation>Petugas (surat tugas)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>change visit &apos;%1&apos;</source>
        <translation>ubah kunjungan &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>You can open another database file, restore this one from a backup, or quit. The file has not been changed.</source>
        <translation>Anda dapat membuka berkas basis data lain, memulihkan berkas ini dari cadangan, atau keluar. Berkas ini tidak diubah.</translation>
    </message>
    <message>
        <source>You can open another database file, or quit.</source>
        <translation>Anda dapat membuka berkas basis data lain, atau keluar.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Buka berkas lain…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Open or create a database file</source>
        <translation>Buka atau buat berkas basis data</translation>
    </message>
    <message>
        <source>Import an exchange file</source>
        <translation>Impor berkas pertukaran</translation>
    </message>
    <message>
        <source>Export an exchange file</source>
        <translation>Ekspor berkas pertukaran</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Berkas pertukaran (*.json)</translation>
    </message>
    <message>
        <source>Studi Tiru databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Basis data Studi Tiru (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Merge the file %1 into the database? Records with the same key are replaced, and the import cannot be undone with Ctrl+Z.</source>
        <translation>Gabungkan berkas %1 ke dalam basis data? Data dengan kode yang sama akan diganti, dan impor tidak dapat diurungkan dengan Ctrl+Z.</translation>
    </message>
    <message>
        <source>The file %1 cannot be used: %2.</source>
        <translation>Berkas %1 tidak dapat dipakai: %2.</translation>
    </message>
</context>
<context>
    <name>FindingModel</name>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>%1 errors, %2 warnings on the days shown</source>
        <translation type="vanished">%1 galat, %2 peringatan pada hari yang ditampilkan</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Galat: %1 · Peringatan: %2</translation>
    </message>
    <message>
        <source>No findings on the days shown</source>
        <translation>Tidak ada temuan pada hari yang ditampilkan</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Studi Tiru</source>
        <extracomment>The time zones offered (the three of Indonesia; Jakarta&apos;s for WIB).</extracomment>
        <translation>Selamat datang di Studi Tiru</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Studi Tiru&lt;/h3&gt;&lt;p&gt;How do you want to begin? You can change your mind later: the demo stays available in the File menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Selamat datang di Studi Tiru&lt;/h3&gt;&lt;p&gt;Bagaimana Anda ingin memulai? Pilihan ini dapat diubah nanti: program demo selalu dapat dibuka dari menu Berkas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Try the demo programme</source>
        <translation>&amp;Coba program demo</translation>
    </message>
    <message>
        <source>Sample visits of the City of Pontianak, in a file of their own: your office&apos;s data is never mixed with them. Every window on the demo says &quot;Demo&quot;.</source>
        <translation>Kunjungan contoh Pemerintah Kota Pontianak, dalam berkas tersendiri: data kantor Anda tidak pernah tercampur dengannya. Setiap jendela program demo bertanda &quot;Demo&quot;.</translation>
    </message>
    <message>
        <source>&amp;Start with my own office</source>
        <translation>Mulai dengan kantor &amp;saya</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Sambas</source>
        <translation>mis. Pemerintah Kabupaten Sambas</translation>
    </message>
    <message>
        <source>e.g. Bagian Protokol dan Komunikasi Pimpinan</source>
        <translation>mis. Bagian Protokol dan Komunikasi Pimpinan</translation>
    </message>
    <message>
        <source>e.g. Jalan Pembangunan No. 1, Sambas</source>
        <translation>mis. Jalan Pembangunan No. 1, Sambas</translation>
    </message>
    <message>
        <source>e.g. Sambas</source>
        <translation>mis. Sambas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <source>&amp;Government:</source>
        <translation>&amp;Pemerintah daerah:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;City in letters:</source>
        <translation>Ko&amp;ta pada surat:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="vanished">&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>Logo (optional):</source>
        <translation>Logo (boleh kosong):</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Start with your own office&lt;/h3&gt;&lt;p&gt;Your office&apos;s visits go into a database of its own; the demo stays in its file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mulai dengan kantor Anda&lt;/h3&gt;&lt;p&gt;Kunjungan kantor Anda disimpan dalam basis data tersendiri; program demo tetap di berkasnya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Fill in the name of the government, e.g. Pemerintah Kabupaten Sambas.</source>
        <translation>Isi nama pemerintah daerah, mis. Pemerintah Kabupaten Sambas.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>The most entries shown (the newest). Fields never shown: internal numbers that say nothing to a user.</extracomment>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Every change of this visit, its participants, agenda and lessons, newest first. Point at a row to read all its changes.</source>
        <translation>Setiap perubahan kunjungan ini, pesertanya, agendanya dan pembelajarannya, yang terbaru di atas. Arahkan penunjuk ke sebuah baris untuk membaca semua perubahannya.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Belum ada perubahan yang tercatat.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <source>key</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>start</source>
        <translation>mulai</translation>
    </message>
    <message>
        <source>end</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>hari pertama</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>hari terakhir</translation>
    </message>
    <message>
        <source>site</source>
        <translation>lokasi</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>instansi</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>jumlah peserta</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>tujuan</translation>
    </message>
    <message>
        <source>presenters</source>
        <translation>narasumber</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>topik</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topik</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>position</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>surel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telepon</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>ketua rombongan</translation>
    </message>
    <message>
        <source>leader&apos;s position</source>
        <translation>jabatan ketua rombongan</translation>
    </message>
    <message>
        <source>liaison</source>
        <translation>narahubung</translation>
    </message>
    <message>
        <source>liaison&apos;s position</source>
        <translation>jabatan narahubung</translation>
    </message>
    <message>
        <source>request letter number</source>
        <translation>nomor surat permohonan</translation>
    </message>
    <message>
        <source>request letter date</source>
        <translation>tanggal surat permohonan</translation>
    </message>
    <message>
        <source>reply letter number</source>
        <translation>nomor surat balasan</translation>
    </message>
    <message>
        <source>reply letter date</source>
        <translation>tanggal surat balasan</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesi</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>kunjungan</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>new sessions</source>
        <translation>acara baru</translation>
    </message>
    <message>
        <source>moved sessions</source>
        <translation>acara dipindah</translation>
    </message>
    <message>
        <source>cancelled sessions</source>
        <translation>acara dibatalkan</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>kunjungan</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>pembelajaran</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>narasumber</translation>
    </message>
    <message>
        <source>travel time</source>
        <translation>waktu tempuh</translation>
    </message>
    <message>
        <source>host office</source>
        <translation>kantor tuan rumah</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <source>exchange file</source>
        <translation>berkas pertukaran</translation>
    </message>
    <message>
        <source>agenda revision</source>
        <translation>revisi agenda</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>visits this year</source>
        <translation>kunjungan tahun ini</translation>
    </message>
    <message>
        <source>visits in the next 14 days</source>
        <translation>kunjungan 14 hari ke depan</translation>
    </message>
    <message>
        <source>participants this year</source>
        <translation>peserta tahun ini</translation>
    </message>
    <message>
        <source>lessons adopted this year</source>
        <translation>pembelajaran diterapkan tahun ini</translation>
    </message>
    <message>
        <source>Visits in the next 14 days</source>
        <translation>Kunjungan 14 hari ke depan</translation>
    </message>
    <message>
        <source>Open rule findings</source>
        <translation>Temuan aturan yang terbuka</translation>
    </message>
    <message>
        <source>Lessons due for follow-up</source>
        <translation>Pembelajaran yang perlu ditindaklanjuti</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Selamat datang, %1</translation>
    </message>
    <message>
        <source>Today is %1</source>
        <translation>Hari ini %1</translation>
    </message>
    <message>
        <source>visits in %1</source>
        <translation>kunjungan tahun %1</translation>
    </message>
    <message>
        <source>%1 confirmed, %2 awaiting a reply</source>
        <translation>%1 dikonfirmasi, %2 menunggu balasan</translation>
    </message>
    <message>
        <source>of %1 lessons recorded</source>
        <translation>dari %1 pembelajaran yang dicatat</translation>
    </message>
    <message>
        <source>No visits in the next 14 days.</source>
        <translation>Tidak ada kunjungan dalam 14 hari ke depan.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Open the visit %1</source>
        <translation>Buka kunjungan %1</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>dipimpin %1</translation>
    </message>
    <message>
        <source>%1 people, %2 sessions</source>
        <translation>%1 orang, %2 acara</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>sedang berlangsung</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>besok</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 hari lagi</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="vanished">%1 galat, %2 peringatan</translation>
    </message>
    <message>
        <source>No open findings: the coming programme keeps every rule.</source>
        <translation>Tidak ada temuan: program mendatang memenuhi semua aturan.</translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>Tidak ada tindak lanjut yang jatuh tempo.</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>Jatuh tempo 14 hari ke depan</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>jatuh tempo %1</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>penanggung jawab: %1</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…dan %1 lainnya.</translation>
    </message>
</context>
<context>
    <name>InstitutionCombo</name>
    <message>
        <source>The institution &apos;%1&apos; is not in the register yet. Add it?</source>
        <translation type="vanished">Instansi &apos;%1&apos; belum ada di daftar. Tambahkan?</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="vanished">Instansi baru</translation>
    </message>
    <message>
        <source>add institution &apos;%1&apos;</source>
        <translation>tambah instansi &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>InstitutionModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>Institutions</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>add institution &apos;%1&apos;</source>
        <translation>tambah instansi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit institution &apos;%1&apos;</source>
        <translation>sunting instansi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete institution &apos;%1&apos;</source>
        <translation>hapus instansi &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>New lesson</source>
        <translation>Pembelajaran baru</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Pembelajaran %1</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(tanpa topik)</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(tanpa acara)</translation>
    </message>
    <message>
        <source>How will it be known to be done? e.g. SOP signed by the director</source>
        <translation>Bagaimana diketahui sudah terlaksana? mis. SOP ditandatangani direktur</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Catatan tindak lanjut</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Write down what was observed.</source>
        <translation>Tuliskan apa yang diamati.</translation>
    </message>
</context>
<context>
    <name>LessonModel</name>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Catatan tindak lanjut</translation>
    </message>
</context>
<context>
    <name>LessonsModel</name>
    <message>
        <source>Follow up on</source>
        <extracomment>Announcing a reset or an insert: a fetch asked from a slot of those signals waits (Qt&apos;s model tester fetches from its modelReset slot before it has seen the reset end). Says which lesson a reload must fetch the rows up to (the page&apos;s selected one), so the page can select it again once reset, without fetching during the reset signal.</extracomment>
        <translation>Tindak lanjut pada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator keberhasilan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Overdue: the follow-up date has passed.</source>
        <translation>Terlambat: tanggal tindak lanjut sudah lewat.</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>Pembelajaran</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Semua topik</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Semua instansi</translation>
    </message>
    <message>
        <source>Any follow-up date</source>
        <translation>Semua tanggal tindak lanjut</translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Jatuh tempo bulan ini</translation>
    </message>
    <message>
        <source>Filter by observation, recommendation, owner…</source>
        <translation>Saring menurut temuan, rekomendasi, penanggung jawab…</translation>
    </message>
    <message>
        <source>Open visit</source>
        <translation>Buka kunjungan</translation>
    </message>
    <message>
        <source>%1 of %2 lessons shown.</source>
        <translation>%1 dari %2 pembelajaran ditampilkan.</translation>
    </message>
    <message>
        <source>change the follow-up of lesson &apos;%1&apos;</source>
        <translation>ubah tindak lanjut pembelajaran &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <source>record lesson &apos;%1&apos;</source>
        <translation>catat pembelajaran &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change lesson &apos;%1&apos;</source>
        <translation>ubah pembelajaran &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete lesson &apos;%1&apos;</source>
        <translation>hapus pembelajaran &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>LetterSettingsDialog</name>
    <message>
        <source>Letter settings</source>
        <translation>Pengaturan surat</translation>
    </message>
    <message>
        <source>Tokens: {code} {number} {unit} {year} {month_roman}</source>
        <translation>Penanda: {code} {number} {unit} {year} {month_roman}</translation>
    </message>
    <message>
        <source>e.g. Pontianak</source>
        <translation>mis. Pontianak</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Wakil penanda tangan</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Pola nomor</translation>
    </message>
    <message>
        <source>Unit abbreviation</source>
        <translation>Singkatan unit</translation>
    </message>
    <message>
        <source>Digits of the number</source>
        <translation>Jumlah digit nomor</translation>
    </message>
    <message>
        <source>City (place of the date)</source>
        <translation>Kota (tempat penanggalan)</translation>
    </message>
    <message>
        <source>edit the letter settings</source>
        <translation>ubah pengaturan surat</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Reply letter</source>
        <translation>Surat balasan</translation>
    </message>
    <message>
        <source>Presenter request (memo)</source>
        <translation>Nota dinas narasumber</translation>
    </message>
    <message>
        <source>Assignment letter</source>
        <translation>Surat tugas</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Surat undangan</translation>
    </message>
    <message>
        <source>void</source>
        <translation>batal</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>terbit</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replaces letter %1</source>
        <translation>Menggantikan surat %1</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Register of outgoing letters</source>
        <translation>Agenda surat keluar</translation>
    </message>
    <message>
        <source>Letter settings…</source>
        <translation>Pengaturan surat…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>%1 letters, %2 void.</source>
        <translation>%1 surat, %2 batal.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <source>Why the visit cannot be received (printed in the reply)</source>
        <translation>Alasan kunjungan tidak dapat diterima (dicetak di surat balasan)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Simpan sebagai Word…</translation>
    </message>
    <message>
        <source>Printing or saving a letter takes the next number of the register, or the number the letter already has. A number once taken stays used: it cannot be undone, only voided.</source>
        <translation>Mencetak atau menyimpan surat mengambil nomor berikutnya dari agenda surat keluar, atau memakai nomor yang sudah dimiliki surat itu. Nomor yang sudah diambil tetap terpakai: tidak dapat diurungkan, hanya dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Batalkan…</translation>
    </message>
    <message>
        <source>Re-issue as a new letter</source>
        <translation>Terbitkan ulang sebagai surat baru</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Reason for declining</source>
        <translation>Alasan penolakan</translation>
    </message>
    <message>
        <source>Letters of this visit</source>
        <translation>Surat kunjungan ini</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Simpan sebagai Word</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word files (*.docx)</source>
        <translation>Berkas Word (*.docx)</translation>
    </message>
    <message>
        <source>Void letter</source>
        <translation>Batalkan surat</translation>
    </message>
    <message>
        <source>Void letter %1? Its number stays used and is never given again. Reason:</source>
        <translation>Batalkan surat %1? Nomornya tetap terpakai dan tidak akan diberikan lagi. Alasan:</translation>
    </message>
    <message>
        <source>void letter %1</source>
        <translation>batalkan surat %1</translation>
    </message>
    <message>
        <source>Void letter %1 and give the letter a new number? Neither number can be given again.</source>
        <translation>Batalkan surat %1 dan beri surat itu nomor baru? Kedua nomor tidak dapat diberikan lagi.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <source>The database is already open</source>
        <translation>Basis data sedang dibuka</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and print, but not change anything. If that computer crashed or was switched off without closing the program, the file stays marked as open: you can then open it anyway.</source>
        <translation>Hanya-baca: Anda dapat melihat semuanya dan mencetak, tetapi tidak dapat mengubah apa pun. Jika komputer itu macet atau dimatikan tanpa menutup program, berkas tetap tercatat sedang dibuka: Anda dapat tetap membukanya.</translation>
    </message>
    <message>
        <source>Read-only: you can look at everything and print, but not change anything. Close the other window to edit this file.</source>
        <translation>Hanya-baca: Anda dapat melihat semuanya dan mencetak, tetapi tidak dapat mengubah apa pun. Tutup jendela yang lain untuk mengubah berkas ini.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Buka hanya-baca</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Buka berkas lain…</translation>
    </message>
    <message>
        <source>Open anyway…</source>
        <translation>Buka tetap…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
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
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Cadangan dibuat: %1</translation>
    </message>
    <message>
        <source>About Studi Tiru</source>
        <translation type="vanished">Tentang Studi Tiru</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Studi Tiru&lt;/h3&gt;&lt;p&gt;Plan, run and report study visits for the protocol office of a local government: requests, agendas, sites, presenters, lessons and reports.&lt;/p&gt;&lt;p&gt;Every edit is saved at once and can be undone with Ctrl+Z.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Studi Tiru&lt;/h3&gt;&lt;p&gt;Merencanakan, menjalankan dan melaporkan kunjungan studi tiru untuk bagian protokol pemerintah daerah: permohonan, agenda, lokasi, narasumber, pembelajaran dan laporan.&lt;/p&gt;&lt;p&gt;Setiap perubahan langsung tersimpan dan dapat diurungkan dengan Ctrl+Z.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>Kunjungan &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>B&amp;uka basis data…</translation>
    </message>
    <message>
        <source>Open the &amp;demo programme</source>
        <translation>Buka program &amp;demo</translation>
    </message>
    <message>
        <source>Start with my own &amp;office…</source>
        <translation>Mulai dengan kantor &amp;sendiri…</translation>
    </message>
    <message>
        <source>&amp;Import exchange file…</source>
        <translation>&amp;Impor berkas pertukaran…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;About Studi Tiru</source>
        <translation>&amp;Tentang Studi Tiru</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>hanya-baca</translation>
    </message>
</context>
<context>
    <name>NewInstitutionDialog</name>
    <message>
        <source>New institution</source>
        <translation>Instansi baru</translation>
    </message>
    <message>
        <source>This institution is not in the register yet. It is added with:</source>
        <translation>Instansi ini belum ada di daftar. Instansi ditambahkan dengan:</translation>
    </message>
    <message>
        <source>e.g. Kalimantan Barat</source>
        <translation>mis. Kalimantan Barat</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Give the institution a name.</source>
        <translation>Beri nama instansi ini.</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <source>e.g. Study visit on the public service mall</source>
        <translation>mis. Studi tiru Mal Pelayanan Publik</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Give the visit a title.</source>
        <translation>Beri kunjungan ini judul.</translation>
    </message>
    <message>
        <source>Choose the visiting institution.</source>
        <translation>Pilih instansi yang berkunjung.</translation>
    </message>
    <message>
        <source>The visit cannot end before it starts.</source>
        <translation>Kunjungan tidak dapat berakhir sebelum dimulai.</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Who must be told of Revision %1</source>
        <translation>Siapa yang perlu diberi tahu tentang Revisi %1</translation>
    </message>
    <message>
        <source>Message language:</source>
        <translation>Bahasa pesan:</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>Pendamping (LO)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Nobody: no session changed in this revision.</source>
        <translation>Tidak ada: tidak ada acara yang berubah pada revisi ini.</translation>
    </message>
</context>
<context>
    <name>OpenAnywayDialog</name>
    <message>
        <source>Open the database anyway?</source>
        <translation>Tetap buka basis data ini?</translation>
    </message>
    <message>
        <source>The file is marked as open in %1.</source>
        <translation>Berkas ini tercatat sedang dibuka oleh %1.</translation>
    </message>
    <message>
        <source>Open it anyway only if you are sure that computer no longer has the file open (it crashed or was switched off). If two computers write to the same file at the same time, data can be lost.</source>
        <translation>Buka tetap hanya jika Anda yakin komputer itu tidak lagi membuka berkas ini (komputernya macet atau sudah dimatikan). Jika dua komputer menulis ke berkas yang sama pada waktu yang sama, data dapat hilang.</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Buka tetap</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <source>Always open</source>
        <extracomment>What a new site starts with: office hours, Senin–Jumat 08.00–16.00 (the officer may change them).</extracomment>
        <translation>Selalu buka</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Pembelajaran</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
</context>
<context>
    <name>ParticipantsImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Impor peserta</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Berkas: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>%1 rows are refused: correct the file and open it again. Nothing is imported while a row is refused.</source>
        <translation>%1 baris ditolak: perbaiki berkasnya lalu buka lagi. Tidak ada yang diimpor selama masih ada baris yang ditolak.</translation>
    </message>
    <message>
        <source>%1 rows can be imported.</source>
        <translation>%1 baris dapat diimpor.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pindah ke atas</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pindah ke bawah</translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <translation>Tempel dari lembar kerja</translation>
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
        <translation>Salin baris di Excel (nama, jabatan, instansi, telepon, surel, peran) lalu tekan Ctrl+V pada tabel</translation>
    </message>
    <message>
        <source>Import from Excel/CSV…</source>
        <translation>Impor dari Excel/CSV…</translation>
    </message>
    <message>
        <source>Export to Excel/CSV…</source>
        <translation>Ekspor ke Excel/CSV…</translation>
    </message>
    <message>
        <source>edit participants of &apos;%1&apos;</source>
        <translation>sunting peserta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <source>add a participant to &apos;%1&apos;</source>
        <translation>tambah peserta ke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remove participants from &apos;%1&apos;</source>
        <translation>hapus peserta dari &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reorder participants of &apos;%1&apos;</source>
        <translation>ubah urutan peserta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>paste %2 participants into &apos;%1&apos;</source>
        <translation>tempel %2 peserta ke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Impor peserta</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>import %2 participants into &apos;%1&apos;</source>
        <translation>impor %2 peserta ke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Added %1 participants, %2 already there.</source>
        <translation>Ditambahkan %1 peserta, %2 sudah ada.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>Ekspor peserta</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Server password</source>
        <translation>Kata sandi server</translation>
    </message>
    <message>
        <source>Enter the password to connect to the database server %1.</source>
        <translation>Masukkan kata sandi untuk terhubung ke server basis data %1.</translation>
    </message>
    <message>
        <source>The server refused this password. Check it and enter it again.</source>
        <translation>Server menolak kata sandi ini. Periksa kembali, lalu masukkan lagi.</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s credential store</source>
        <translation>Simpan kata sandi di penyimpanan kredensial komputer ini</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Unavailable period</source>
        <translation>Masa berhalangan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>PeriodsEditor</name>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person to the welcome</source>
        <translation>Tambah orang pada penerimaan</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Tuan rumah</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Rombongan</translation>
    </message>
    <message>
        <source>e.g. Ketua DPRD Kota Pontianak</source>
        <translation>mis. Ketua DPRD Kota Pontianak</translation>
    </message>
    <message>
        <source>Bapak/Ibu (not set)</source>
        <translation>Bapak/Ibu (belum ditetapkan)</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Sapaan</translation>
    </message>
    <message>
        <source>Spouse of (takes their rank, Pasal 14)</source>
        <translation>Pendamping dari (mengikuti peringkatnya, Pasal 14)</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Ketik nama orang itu.</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>Add photos…</source>
        <extracomment>The kind of data a photo edit announces (`ui.context.ChangeBus`).</extracomment>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Ke depan</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Ke belakang</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move the photo one place earlier (Ctrl+Up)</source>
        <translation>Pindahkan foto satu tempat ke depan (Ctrl+Atas)</translation>
    </message>
    <message>
        <source>Move the photo one place later (Ctrl+Down)</source>
        <translation>Pindahkan foto satu tempat ke belakang (Ctrl+Bawah)</translation>
    </message>
    <message>
        <source>Drop JPEG or PNG files here, or use Add photos. F2 edits a caption.</source>
        <translation>Letakkan berkas JPEG atau PNG di sini, atau pakai Tambah foto. F2 mengubah keterangan.</translation>
    </message>
    <message>
        <source>Add documentation photos</source>
        <translation>Tambah foto dokumentasi</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>add photos (%1)</source>
        <translation>tambah foto (%1)</translation>
    </message>
    <message>
        <source>delete photos (%1)</source>
        <translation>hapus foto (%1)</translation>
    </message>
    <message numerus="yes">
        <source>add %n photo(s)</source>
        <translation type="vanished">
            <numerusform>tambah %n foto</numerusform>
        </translation>
    </message>
    <message>
        <source>caption of photo %1</source>
        <translation>keterangan foto %1</translation>
    </message>
    <message>
        <source>move photo %1</source>
        <translation>pindahkan foto %1</translation>
    </message>
    <message numerus="yes">
        <source>delete %n photo(s)</source>
        <translation type="vanished">
            <numerusform>hapus %n foto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresenterModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
</context>
<context>
    <name>PresentersPage</name>
    <message>
        <source>Presenters</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Berhalangan</translation>
    </message>
    <message>
        <source>add presenter &apos;%1&apos;</source>
        <translation>tambah narasumber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit presenter &apos;%1&apos;</source>
        <translation>sunting narasumber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete presenter &apos;%1&apos;</source>
        <translation>hapus narasumber &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ProtocolSettingsDialog</name>
    <message>
        <source>Protocol settings</source>
        <translation>Pengaturan protokol</translation>
    </message>
    <message>
        <source>Regency or city (UU 9/2010 Pasal 11)</source>
        <translation>kabupaten atau kota (UU 9/2010 Pasal 11)</translation>
    </message>
    <message>
        <source>Province (UU 9/2010 Pasal 10)</source>
        <translation>provinsi (UU 9/2010 Pasal 10)</translation>
    </message>
    <message>
        <source>Back to UU 9/2010 for this level</source>
        <translation>Kembali ke UU 9/2010 untuk tingkat ini</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Lingkup</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Pasal</translation>
    </message>
    <message>
        <source>Who holds it</source>
        <translation>Pejabat</translation>
    </message>
    <message>
        <source>Position patterns (separated by ;)</source>
        <translation>Pola jabatan (dipisah dengan ;)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Item (English)</source>
        <translation>Acara (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Speaker (host, guest, presenter, prayer or empty)</source>
        <translation>Pembicara (host, guest, presenter, prayer atau kosong)</translation>
    </message>
    <message>
        <source>Takes spare time (yes, or empty)</source>
        <translation>Menyerap sisa waktu (ya, atau kosong)</translation>
    </message>
    <message>
        <source>Back to the default order of events</source>
        <translation>Kembali ke susunan acara bawaan</translation>
    </message>
    <message>
        <source>The host is a</source>
        <translation>Tuan rumah adalah</translation>
    </message>
    <message>
        <source>Order of precedence, highest first (national and provincial officials always come before local ones, Pasal 11 ayat (2))</source>
        <translation>Urutan preseden, tertinggi lebih dulu (pejabat pusat dan provinsi selalu didahulukan dari pejabat daerah, Pasal 11 ayat (2))</translation>
    </message>
    <message>
        <source>Order of events of a welcome (template)</source>
        <translation>Susunan acara penerimaan (templat)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Order of precedence, line %1: the code is empty.</source>
        <translation>Urutan preseden, baris %1: kode kosong.</translation>
    </message>
    <message>
        <source>Order of precedence, line %1 (%2): the scope must be national, province or local.</source>
        <translation>Urutan preseden, baris %1 (%2): lingkup harus national, province atau local.</translation>
    </message>
    <message>
        <source>Order of precedence, line %1 (%2): the pattern &apos;%3&apos; cannot be read (check its brackets).</source>
        <translation>Urutan preseden, baris %1 (%2): pola &apos;%3&apos; tidak terbaca (periksa tanda kurungnya).</translation>
    </message>
    <message>
        <source>Order of precedence: %1</source>
        <translation>Urutan preseden: %1</translation>
    </message>
    <message>
        <source>The order of precedence is empty.</source>
        <translation>Urutan preseden kosong.</translation>
    </message>
    <message>
        <source>Order of events, line %1: the item has no name.</source>
        <translation>Susunan acara, baris %1: nama acara kosong.</translation>
    </message>
    <message>
        <source>Order of events, line %1 (%2): minutes must be a number from 0 to 600.</source>
        <translation>Susunan acara, baris %1 (%2): menit harus angka 0 sampai 600.</translation>
    </message>
    <message>
        <source>Order of events, line %1 (%2): the speaker must be host, guest, presenter, prayer or empty.</source>
        <translation>Susunan acara, baris %1 (%2): pembicara harus host, guest, presenter, prayer atau kosong.</translation>
    </message>
    <message>
        <source>edit the protocol settings</source>
        <translation>ubah pengaturan protokol</translation>
    </message>
</context>
<context>
    <name>ProtocolTab</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Rank is</source>
        <translation>Status peringkat</translation>
    </message>
    <message>
        <source>Bapak/Ibu (not set)</source>
        <translation>Bapak/Ibu (belum ditetapkan)</translation>
    </message>
    <message>
        <source>the absent official&apos;s position, e.g. Wali Kota Pontianak</source>
        <translation>jabatan pejabat yang diwakili, mis. Wali Kota Pontianak</translation>
    </message>
    <message>
        <source>Present at the welcome</source>
        <translation>Hadir pada penerimaan</translation>
    </message>
    <message>
        <source>Save this person</source>
        <translation>Simpan orang ini</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Tambah orang…</translation>
    </message>
    <message>
        <source>Confirm every suggested rank</source>
        <translation>Pastikan semua peringkat usulan</translation>
    </message>
    <message>
        <source>Remove the person added</source>
        <translation>Hapus orang tambahan ini</translation>
    </message>
    <message>
        <source>Undo every move (back to the computed plan)</source>
        <translation>Batalkan semua pemindahan (kembali ke susunan hitungan)</translation>
    </message>
    <message>
        <source>The plan keeps every protocol rule.</source>
        <translation>Susunan ini memenuhi semua aturan protokol.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Speaker (a typed name replaces it)</source>
        <translation>Petugas/pembicara (nama yang diketik menggantikannya)</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Tambah acara</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Hapus acara</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Lebih awal</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Lebih akhir</translation>
    </message>
    <message>
        <source>Use the office&apos;s template</source>
        <translation>Pakai templat kantor</translation>
    </message>
    <message>
        <source>Address as</source>
        <translation>Sapaan</translation>
    </message>
    <message>
        <source>Rank (UU 9/2010)</source>
        <translation>Peringkat (UU 9/2010)</translation>
    </message>
    <message>
        <source>Standing in for (Pasal 15)</source>
        <translation>Mewakili (Pasal 15)</translation>
    </message>
    <message>
        <source>Seats at the head table</source>
        <translation>Kursi di meja utama</translation>
    </message>
    <message>
        <source>People and ranks</source>
        <translation>Orang dan peringkat</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>Tata tempat</translation>
    </message>
    <message>
        <source>Order of events</source>
        <translation>Susunan acara</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Tuan rumah</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Rombongan</translation>
    </message>
    <message>
        <source>? — choose a rank</source>
        <translation>? — pilih peringkat</translation>
    </message>
    <message>
        <source>spouse (Pasal 14)</source>
        <translation>pendamping (Pasal 14)</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>dipastikan</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>usulan</translation>
    </message>
    <message>
        <source>to ask</source>
        <translation>perlu ditanyakan</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>— not confirmed (use the suggestion) —</source>
        <translation>— belum dipastikan (pakai usulan) —</translation>
    </message>
    <message>
        <source>Choose a rank for: %1</source>
        <translation>Pilih peringkat untuk: %1</translation>
    </message>
    <message>
        <source>This visit has no session yet: the welcome is its first session of kind Reception.</source>
        <translation>Kunjungan ini belum punya acara: penerimaan adalah acaranya yang pertama berjenis Penerimaan.</translation>
    </message>
    <message>
        <source>Welcome: %1 (%2%3)</source>
        <translation>Penerimaan: %1 (%2%3)</translation>
    </message>
    <message>
        <source>This visit has no welcome session: add a session of kind Reception.</source>
        <translation>Kunjungan ini belum punya acara penerimaan: tambahkan acara berjenis Penerimaan.</translation>
    </message>
    <message>
        <source>The order of events runs %1 minutes past the end of the welcome.</source>
        <translation>Susunan acara melewati akhir acara penerimaan %1 menit.</translation>
    </message>
    <message>
        <source>%1 minutes are left before the end of the welcome.</source>
        <translation>Sisa waktu %1 menit sebelum akhir acara penerimaan.</translation>
    </message>
    <message>
        <source>The order of events fills the welcome exactly.</source>
        <translation>Susunan acara pas mengisi waktu penerimaan.</translation>
    </message>
    <message>
        <source>protocol: %1</source>
        <translation>protokol: %1</translation>
    </message>
    <message>
        <source>protocol: confirm %1 suggested ranks</source>
        <translation>protokol: pastikan %1 peringkat usulan</translation>
    </message>
    <message>
        <source>protocol: add %1</source>
        <translation>protokol: tambah %1</translation>
    </message>
    <message>
        <source>protocol: remove %1</source>
        <translation>protokol: hapus %1</translation>
    </message>
    <message>
        <source>move %1 to another seat</source>
        <translation>pindahkan %1 ke kursi lain</translation>
    </message>
    <message>
        <source>seating plan: back to the computed plan</source>
        <translation>tata tempat: kembali ke susunan hitungan</translation>
    </message>
    <message>
        <source>seats at the head table: %1</source>
        <translation>kursi di meja utama: %1</translation>
    </message>
    <message>
        <source>order of events: %1</source>
        <translation>susunan acara: %1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <source>order of events: add an item</source>
        <translation>susunan acara: tambah acara</translation>
    </message>
    <message>
        <source>order of events: remove %1</source>
        <translation>susunan acara: hapus %1</translation>
    </message>
    <message>
        <source>order of events: move %1</source>
        <translation>susunan acara: pindahkan %1</translation>
    </message>
    <message>
        <source>order of events: the office&apos;s template</source>
        <translation>susunan acara: templat kantor</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder yang diberikan sudah benar.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas yang diberikan sudah benar.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari perubahan.
Apakah Anda tetap ingin menghapusnya?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ganti ke tampilan rinci</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ganti ke tampilan daftar</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Cari folder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Custom</source>
        <translation>Ukuran sendiri</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Tinggi:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inci (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimeter (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Urutan halaman:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Tata letak halaman</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Ukuran halaman:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Halaman &amp;per lembar:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Sumber kertas:</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Poin (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Lanskap terbalik</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Potret terbalik</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lebar:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>margin bawah</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>margin kiri</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>margin kanan</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>margin atas</translation>
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
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 sudah ada.
Apakah Anda ingin menimpanya?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 tidak ditulis dengan benar. Pisahkan halaman dan rentang dengan &apos;,&apos;, tulis rentang dengan &apos;-&apos;, dan pastikan rentang tidak saling bertumpuk.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 adalah folder.
Pilih nama berkas yang lain.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Pilihan &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Pilihan &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Semua halaman</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bawah ke atas, kiri ke kanan</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bawah ke atas, kanan ke kiri</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Pengaturan cetak bolak-balik bertentangan</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Halaman genap</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Berkas %1 tidak dapat ditulis.
Pilih nama berkas yang lain.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Halaman tidak sah</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Kiri ke kanan, bawah ke atas</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Kiri ke kanan, atas ke bawah</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Berkas lokal</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Halaman ganjil</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Pilihan &apos;Halaman per lembar&apos; dan &apos;Set halaman&apos; tidak dapat dipakai bersama.
Matikan salah satunya.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Cetak ke berkas ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Cetak ke berkas (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Kanan ke kiri, bawah ke atas</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Kanan ke kiri, atas ke bawah</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Nilai &apos;dari&apos; tidak boleh lebih besar daripada nilai &apos;sampai&apos;.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Pengaturan cetak bolak-balik bertentangan. Apakah Anda ingin memperbaikinya?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Atas ke bawah, kiri ke kanan</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Atas ke bawah, kanan ke kiri</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Tulis berkas PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>Ekspor ke PDF</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Halaman pertama</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Muat satu halaman</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Muat lebar</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Halaman terakhir</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Pengaturan halaman</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Pengaturan halaman</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Tampilkan halaman berhadapan</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Tampilkan ikhtisar semua halaman</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Tampilkan satu halaman</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Lanjutan</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Beberapa pilihan bertentangan. Perbaikilah terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Susun per set</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Berwarna</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Mode warna</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Jumlah salinan:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Halaman ini</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Cetak bolak-balik</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Skala abu-abu</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Jilid sisi panjang</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Pengaturan keluaran</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Set halaman:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Halaman dari</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Cetak semua</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Rentang cetak</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Urutan terbalik</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Jilid sisi pendek</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Tulis halaman atau rentang, dipisahkan koma. Rentang ditulis dengan dua angka dipisahkan tanda hubung. Mis. 3,5-7,9 mencetak halaman 3, 5, 6, 7 dan 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Berkas keluaran:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperti</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Pencetak</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Urungkan: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ulangi: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin alamat &amp;tautan</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Filter the list…</source>
        <translation>Saring daftar…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Add a record (Insert)</source>
        <translation>Tambah data (Insert)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the selected record (Delete)</source>
        <translation>Hapus data yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>made from the name if left empty</source>
        <translation>dibuat dari nama bila dikosongkan</translation>
    </message>
    <message>
        <source>The key names the record in exchange files; it stays once the record exists.</source>
        <translation>Kode menamai data di berkas pertukaran; kode tetap setelah data dibuat.</translation>
    </message>
    <message>
        <source>New record: type its name; it is added when you leave the name field.</source>
        <translation>Data baru: ketik namanya; data ditambahkan saat Anda meninggalkan isian nama.</translation>
    </message>
    <message>
        <source>Added and saved.</source>
        <translation>Ditambahkan dan disimpan.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you leave a field.</source>
        <translation>Perubahan tersimpan begitu Anda meninggalkan isian.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Send/release the schedule</source>
        <translation>Kirim/terbitkan jadwal</translation>
    </message>
    <message>
        <source>The current agenda becomes Revision %1, as it is now. It cannot be edited afterwards.</source>
        <translation>Agenda saat ini menjadi Revisi %1, persis seperti sekarang. Revisi tidak dapat diubah sesudahnya.</translation>
    </message>
    <message>
        <source>No session changed.</source>
        <translation>Tidak ada acara yang berubah.</translation>
    </message>
    <message>
        <source>e.g. The presenter of the discussion changed; the tour starts later</source>
        <translation>mis. Narasumber diskusi berganti; kunjungan lapangan dimulai lebih lambat</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>Note (who asked for the change, why):</source>
        <translation>Catatan (siapa yang meminta perubahan, mengapa):</translation>
    </message>
</context>
<context>
    <name>ReportMenuButton</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>%1: save as PDF…</source>
        <translation>%1: simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>%1: preview</source>
        <translation>%1: pratinjau</translation>
    </message>
    <message>
        <source>%1: print…</source>
        <translation>%1: cetak…</translation>
    </message>
</context>
<context>
    <name>ReportNotesBox</name>
    <message>
        <source>Activity report: what the officer writes</source>
        <extracomment>The kind of data a change of the report&apos;s notes announces.</extracomment>
        <translation>Laporan kegiatan: bagian yang ditulis petugas</translation>
    </message>
    <message>
        <source>The background of the visit (A.1 Umum)</source>
        <translation>Latar belakang kunjungan (A.1 Umum)</translation>
    </message>
    <message>
        <source>Conclusions and suggestions for the leader (D)</source>
        <translation>Simpulan dan saran kepada pimpinan (D)</translation>
    </message>
    <message>
        <source>Obstacles met, if any</source>
        <translation>Hambatan yang ditemui, bila ada</translation>
    </message>
    <message>
        <source>Save report notes</source>
        <translation>Simpan catatan laporan</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Conclusions and suggestions</source>
        <translation>Simpulan dan saran</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Hambatan</translation>
    </message>
    <message>
        <source>report notes of %1</source>
        <translation>catatan laporan %1</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Jadwal kegiatan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Laporan kegiatan</translation>
    </message>
    <message>
        <source>Order of events of the welcome (MC)</source>
        <translation>Susunan acara penerimaan (pembawa acara)</translation>
    </message>
    <message>
        <source>Seating plan of the welcome</source>
        <translation>Tata tempat penerimaan</translation>
    </message>
    <message>
        <source>Name cards</source>
        <translation>Papan nama meja</translation>
    </message>
    <message>
        <source>Annual recap</source>
        <translation>Rekap tahunan</translation>
    </message>
    <message>
        <source>itinerary</source>
        <translation>jadwal</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>ringkasan</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>daftar-hadir</translation>
    </message>
    <message>
        <source>activity-report</source>
        <translation>laporan-kegiatan</translation>
    </message>
    <message>
        <source>order-of-events</source>
        <translation>susunan-acara</translation>
    </message>
    <message>
        <source>seating-plan</source>
        <translation>tata-tempat</translation>
    </message>
    <message>
        <source>name-cards</source>
        <translation>papan-nama</translation>
    </message>
    <message>
        <source>annual-recap</source>
        <translation>rekap-tahunan</translation>
    </message>
    <message>
        <source>The report could not be made. Details: %1</source>
        <translation>Laporan tidak dapat dibuat. Rincian: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Berkas %1 tidak dapat ditulis: %2.</translation>
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
        <translation>Dengan foto dokumentasi sebagai lampiran</translation>
    </message>
    <message>
        <source>The summary only; the activity report always has the photos</source>
        <translation>Hanya untuk ringkasan; laporan kegiatan selalu memuat foto</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Save agenda as .ics…</source>
        <translation>Simpan agenda sebagai .ics…</translation>
    </message>
    <message>
        <source>The visit&apos;s sessions as calendar events, for the visitors&apos; phones</source>
        <translation>Acara kunjungan sebagai kalender, untuk ponsel tamu</translation>
    </message>
    <message>
        <source>The preview opens in the computer&apos;s PDF viewer; print from there.</source>
        <translation>Pratinjau dibuka di penampil PDF komputer; cetak dari sana.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>Logo kop surat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>%1 (file not found: left out)</source>
        <translation>%1 (berkas tidak ditemukan: tidak dipakai)</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Making the %1…</source>
        <translation>Membuat %1…</translation>
    </message>
    <message>
        <source>Preview opened.</source>
        <translation>Pratinjau dibuka.</translation>
    </message>
    <message>
        <source>Opened for printing.</source>
        <translation>Dibuka untuk dicetak.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="vanished">Disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Save agenda as .ics</source>
        <translation>Simpan agenda sebagai .ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Berkas kalender (*.ics)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Choose the backup to restore. What the file holds now is kept beside it as a copy.</source>
        <translation>Pilih cadangan yang akan dipulihkan. Isi berkas sekarang disimpan sebagai salinan di sampingnya.</translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <source>Send/release the schedule…</source>
        <translation>Kirim/terbitkan jadwal…</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>Cetak ulang…</translation>
    </message>
    <message>
        <source>Save the itinerary of this revision as PDF, exactly as it was released</source>
        <translation>Simpan jadwal kegiatan revisi ini sebagai PDF, persis seperti saat diterbitkan</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Kalender (.ics)…</translation>
    </message>
    <message>
        <source>Who must be told…</source>
        <translation>Siapa yang perlu diberi tahu…</translation>
    </message>
    <message>
        <source>Released:</source>
        <translation>Diterbitkan:</translation>
    </message>
    <message>
        <source>Not released yet: the visitors have no schedule from this program.</source>
        <translation>Belum diterbitkan: tamu belum menerima jadwal dari program ini.</translation>
    </message>
    <message>
        <source>Not sent: %1 change(s) since Revision %2</source>
        <translation>Belum dikirim: %1 perubahan sejak Revisi %2</translation>
    </message>
    <message>
        <source>Not sent: details changed since Revision %1 (no session moved)</source>
        <translation>Belum dikirim: rincian berubah sejak Revisi %1 (tidak ada acara yang dipindah)</translation>
    </message>
    <message>
        <source>Sent: Revision %1 of %2; nothing changed since</source>
        <translation>Sudah dikirim: Revisi %1 tanggal %2; tidak ada perubahan sejak itu</translation>
    </message>
    <message>
        <source>release Revision %1 of %2</source>
        <translation>terbitkan Revisi %1 untuk %2</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Simpan kalender</translation>
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
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
</context>
<context>
    <name>SeatingView</name>
    <message>
        <source>Head table — seen from the audience</source>
        <extracomment>The kind of data a protocol edit announces (`ui.context.ChangeBus`).</extracomment>
        <translation>Meja utama — dilihat dari arah hadirin</translation>
    </message>
    <message>
        <source>The delegation&apos;s side</source>
        <translation>Sisi rombongan tamu</translation>
    </message>
    <message>
        <source>The host&apos;s side</source>
        <translation>Sisi tuan rumah</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Hubungkan ke server</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or server.protokol.local</source>
        <translation>mis. 192.168.1.10 atau server.protokol.local</translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s credential store</source>
        <translation>Simpan kata sandi di penyimpanan kredensial komputer ini</translation>
    </message>
    <message>
        <source>No credential store is available: the password is asked each time.</source>
        <translation>Tidak ada penyimpanan kredensial: kata sandi ditanyakan setiap kali.</translation>
    </message>
    <message>
        <source>A shared office database on a PostgreSQL server: every officer&apos;s window sees the same data. The password is never written to a settings file.</source>
        <translation>Basis data kantor bersama di server PostgreSQL: jendela setiap petugas melihat data yang sama. Kata sandi tidak pernah ditulis ke berkas pengaturan.</translation>
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
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Hubungkan</translation>
    </message>
</context>
<context>
    <name>SessionBlock</name>
    <message>
        <source>Changed since Revision %1, not sent yet</source>
        <extracomment>The last revision this session changed since (added, moved), not sent yet; None: as sent.</extracomment>
        <translation>Berubah sejak Revisi %1, belum dikirim</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Acara %1</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(tanpa lokasi)</translation>
    </message>
    <message>
        <source>as the visit</source>
        <translation>sesuai kunjungan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Jumlah rombongan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Beri acara ini judul.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>Acara harus berakhir setelah dimulai.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Host office</source>
        <translation>Kantor tuan rumah</translation>
    </message>
    <message>
        <source>The letterhead of itineraries, summaries and letters. Each field is saved when you leave it.</source>
        <translation>Kop jadwal perjalanan, ringkasan dan surat. Setiap isian tersimpan saat Anda meninggalkannya.</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kota Pontianak</source>
        <translation>mis. Pemerintah Kota Pontianak</translation>
    </message>
    <message>
        <source>e.g. Bagian Protokol dan Komunikasi Pimpinan</source>
        <translation>mis. Bagian Protokol dan Komunikasi Pimpinan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>The number pattern of the register of outgoing letters, the city, the signatory and the deputy, and per kind of letter the classification code, the copies and an optional Word template.</source>
        <translation>Pola nomor agenda surat keluar, kota, penanda tangan dan wakilnya, serta untuk tiap jenis surat: kode klasifikasi, tembusan, dan templat Word bila ada.</translation>
    </message>
    <message>
        <source>Letter settings…</source>
        <translation>Pengaturan surat…</translation>
    </message>
    <message>
        <source>Protocol settings (precedence, order of events)…</source>
        <translation>Pengaturan protokol (preseden, susunan acara)…</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>The language of menus, pages and reports for this user of this computer.</source>
        <translation>Bahasa menu, halaman dan laporan untuk pengguna ini di komputer ini.</translation>
    </message>
    <message>
        <source>Apply &amp;now</source>
        <translation>Terapkan &amp;sekarang</translation>
    </message>
    <message>
        <source>Reopen the window in the chosen language.</source>
        <translation>Buka ulang jendela dalam bahasa yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Every edit is saved in this file at once.</source>
        <translation>Setiap perubahan langsung disimpan dalam berkas ini.</translation>
    </message>
    <message>
        <source>Every edit is saved in this file at once. Copy the file to keep a backup.</source>
        <translation type="vanished">Setiap perubahan langsung tersimpan di berkas ini. Salin berkas ini untuk cadangan.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi berkas:</translation>
    </message>
    <message>
        <source>This file is read-only: changes cannot be saved.</source>
        <translation>Berkas ini hanya-baca: perubahan tidak dapat disimpan.</translation>
    </message>
    <message>
        <source>Open another database &amp;file…</source>
        <translation>Buka &amp;berkas basis data lain…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Hubungkan ke &amp;server…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>A copy of this database is made in the background when it is opened and every 30 minutes while it changes. Older copies are thinned out: all of today and yesterday, then one a day for two weeks, one a week for three months and one a month for a year.</source>
        <translation>Salinan basis data ini dibuat di latar belakang saat dibuka dan setiap 30 menit selama ada perubahan. Salinan lama dijarangkan: semua salinan hari ini dan kemarin, lalu satu per hari selama dua minggu, satu per minggu selama tiga bulan, dan satu per bulan selama setahun.</translation>
    </message>
    <message>
        <source>This database is on a server: back it up with the server&apos;s own tools.</source>
        <translation>Basis data ini ada di server: cadangkan dengan alat server itu sendiri.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Make a backup of this database now, in the background.</source>
        <translation>Buat cadangan basis data ini sekarang, di latar belakang.</translation>
    </message>
    <message>
        <source>A database opened read-only cannot be restored from here.</source>
        <translation>Basis data yang dibuka hanya-baca tidak dapat dipulihkan dari sini.</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Salinan:</translation>
    </message>
    <message>
        <source>change the host&apos;s name to &apos;%1&apos;</source>
        <translation>ubah nama tuan rumah menjadi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change the host&apos;s office</source>
        <translation>ubah kantor tuan rumah</translation>
    </message>
    <message>
        <source>change the host&apos;s address</source>
        <translation>ubah alamat tuan rumah</translation>
    </message>
    <message>
        <source>change the time zone to %1</source>
        <translation>ubah zona waktu menjadi %1</translation>
    </message>
    <message>
        <source>change the host&apos;s settings</source>
        <translation>ubah pengaturan tuan rumah</translation>
    </message>
    <message>
        <source>The new language is used from the next start, or now with “Apply now” (the undo history is then cleared).</source>
        <translation>Bahasa baru dipakai mulai pembukaan berikutnya, atau sekarang dengan “Terapkan sekarang” (riwayat urungkan lalu dikosongkan).</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Eksklusif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
</context>
<context>
    <name>SitesPage</name>
    <message>
        <source>Sites</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source> people</source>
        <translation> orang</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Exclusive: one visit at a time</source>
        <translation>Eksklusif: satu kunjungan pada satu waktu</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Jam buka</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Telepon narahubung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Travel times between this site and the others, in minutes:</source>
        <translation>Waktu tempuh antara lokasi ini dan lokasi lain, dalam menit:</translation>
    </message>
    <message>
        <source>add site &apos;%1&apos;</source>
        <translation>tambah lokasi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit site &apos;%1&apos;</source>
        <translation>sunting lokasi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete site &apos;%1&apos;</source>
        <translation>hapus lokasi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>set travel time &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>atur waktu tempuh &apos;%1&apos; ke &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>StatusGuard</name>
    <message>
        <source>The visit &apos;%1&apos; has not ended yet: it ends on %2. Mark it as &apos;%4&apos; now anyway?</source>
        <translation>Kunjungan &apos;%1&apos; belum berakhir: kunjungan itu berakhir %2. Tetap tandai sebagai &apos;%4&apos; sekarang?</translation>
    </message>
    <message>
        <source>The visit has not taken place yet</source>
        <translation>Kunjungan belum berlangsung</translation>
    </message>
    <message>
        <source>The visit &apos;%1&apos; has not started yet: it starts tomorrow, %2. Mark it as &apos;%4&apos; now anyway?</source>
        <translation>Kunjungan &apos;%1&apos; belum dimulai: kunjungan itu dimulai besok, %2. Tetap tandai sebagai &apos;%4&apos; sekarang?</translation>
    </message>
    <message>
        <source>The visit &apos;%1&apos; has not started yet: it starts on %2, in %3 days. Mark it as &apos;%4&apos; now anyway?</source>
        <translation>Kunjungan &apos;%1&apos; belum dimulai: kunjungan itu dimulai %2, %3 hari lagi. Tetap tandai sebagai &apos;%4&apos; sekarang?</translation>
    </message>
    <message>
        <source>Mark as &apos;%1&apos;</source>
        <translation>Tandai sebagai &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Timetable</source>
        <extracomment>The sessions as the last edit&apos;s service call returned them, for the change it announces next (the page then reads nothing again); emptied by every change announced. The day after the days shown → the next session&apos;s start (what an empty legend offers): read once per load, not at every drawing (a resize draws again).</extracomment>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>No presenter</source>
        <translation type="vanished">Tanpa narasumber</translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="vanished">Tanpa lokasi</translation>
    </message>
    <message>
        <source>(no presenter)</source>
        <translation>(tanpa narasumber)</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(tanpa lokasi)</translation>
    </message>
    <message>
        <source>changed since the last revision, not sent yet</source>
        <translation>berubah sejak revisi terakhir, belum dikirim</translation>
    </message>
    <message>
        <source>No sessions on the days shown.</source>
        <translation>Tidak ada acara pada hari yang ditampilkan.</translation>
    </message>
    <message>
        <source>Next sessions: %1</source>
        <translation>Acara berikutnya: %1</translation>
    </message>
    <message>
        <source>resize session &apos;%1&apos;</source>
        <translation>ubah durasi acara &apos;%1&apos;</translation>
    </message>
    <message>
        <source>move session &apos;%1&apos;</source>
        <translation>pindahkan acara &apos;%1&apos;</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <source>add session &apos;%1&apos;</source>
        <translation>tambah acara &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change session &apos;%1&apos;</source>
        <translation>ubah acara &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete session &apos;%1&apos;</source>
        <translation>hapus acara &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Timetable: %1</source>
        <translation>Jadwal: %1</translation>
    </message>
</context>
<context>
    <name>TimetableToolbar</name>
    <message>
        <source>Previous day or week</source>
        <translation>Hari atau minggu sebelumnya</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Hari atau minggu berikutnya</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Sessions drawn on empty space belong to this visit</source>
        <translation>Acara yang digambar di ruang kosong masuk ke kunjungan ini</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolom:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Kunjungan:</translation>
    </message>
    <message>
        <source>Presenter:</source>
        <translation>Narasumber:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>New sessions for:</source>
        <translation>Acara baru untuk:</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Semua kunjungan</translation>
    </message>
    <message>
        <source>All presenters</source>
        <translation>Semua narasumber</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Semua lokasi</translation>
    </message>
</context>
<context>
    <name>TopicModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>add topic &apos;%1&apos;</source>
        <translation>tambah topik &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit topic &apos;%1&apos;</source>
        <translation>sunting topik &apos;%1&apos;</translation>
    </message>
    <message>
        <source>delete topic &apos;%1&apos;</source>
        <translation>hapus topik &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>TravelTimesModel</name>
    <message>
        <source>Minutes; leave empty for no travel time.</source>
        <translation type="vanished">Menit; kosongkan bila tidak ada waktu tempuh.</translation>
    </message>
    <message>
        <source>To or from site</source>
        <translation type="vanished">Ke atau dari lokasi</translation>
    </message>
    <message>
        <source>Minutes there</source>
        <translation type="vanished">Menit pergi</translation>
    </message>
    <message>
        <source>Minutes back</source>
        <translation type="vanished">Menit kembali</translation>
    </message>
    <message>
        <source>Minutes of travel from %1 to %2; leave empty for no travel time.</source>
        <translation>Menit perjalanan dari %1 ke %2; kosongkan bila tidak ada waktu tempuh.</translation>
    </message>
    <message>
        <source>this site</source>
        <translation>lokasi ini</translation>
    </message>
    <message>
        <source>Other site</source>
        <translation>Lokasi lain</translation>
    </message>
    <message>
        <source>Minutes going:
%1 → other site</source>
        <translation>Menit pergi:
%1 → lokasi lain</translation>
    </message>
    <message>
        <source>Minutes back:
other site → %1</source>
        <translation>Menit kembali:
lokasi lain → %1</translation>
    </message>
    <message>
        <source>The other sites of the host.</source>
        <translation>Lokasi-lokasi lain milik tuan rumah.</translation>
    </message>
    <message>
        <source>Minutes of travel from %1 to the site on the row.</source>
        <translation>Menit perjalanan dari %1 ke lokasi pada baris ini.</translation>
    </message>
    <message>
        <source>Minutes of travel from the site on the row back to %1.</source>
        <translation>Menit perjalanan dari lokasi pada baris ini kembali ke %1.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>← Visits</source>
        <extracomment>The tabs in their order (the index constants of VisitEditor): attribute, module, class.</extracomment>
        <translation>← Kunjungan</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Kembali ke daftar (Esc)</translation>
    </message>
    <message>
        <source>Delete visit…</source>
        <translation>Hapus kunjungan…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Pembelajaran</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentasi</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Peserta (%1)</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Agenda (%1)</translation>
    </message>
    <message>
        <source>Lessons (%1)</source>
        <translation>Pembelajaran (%1)</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>Change to:</source>
        <translation>Ubah menjadi:</translation>
    </message>
    <message>
        <source>change the status of &apos;%1&apos; to %2</source>
        <translation>ubah status &apos;%1&apos; menjadi %2</translation>
    </message>
    <message>
        <source>Delete the visit &apos;%1&apos; with its participants, agenda and lessons?</source>
        <translation>Hapus kunjungan &apos;%1&apos; beserta peserta, agenda dan pembelajarannya?</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Hapus kunjungan</translation>
    </message>
    <message>
        <source>delete visit &apos;%1&apos;</source>
        <translation>hapus kunjungan &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <source>Key</source>
        <extracomment>The roles the base model answers for visits (no decoration); a view asks for a dozen more per cell (font, colours, check state...).</extracomment>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Ketua rombongan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>%1 participants listed, headcount %2</source>
        <translation>%1 peserta terdaftar, jumlah rombongan %2</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Find by key, title, institution or leader (Ctrl+F)</source>
        <translation>Cari menurut kode, judul, instansi atau ketua (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Kunjungan baru…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Ekspor daftar…</translation>
    </message>
    <message>
        <source>Save the visits shown as an Excel workbook or a CSV file</source>
        <translation>Simpan kunjungan yang ditampilkan sebagai buku kerja Excel atau berkas CSV</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>add visit &apos;%1&apos;</source>
        <translation>tambah kunjungan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 of %2 visits shown</source>
        <translation>%1 dari %2 kunjungan ditampilkan</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the visits list</source>
        <translation>Ekspor daftar kunjungan</translation>
    </message>
</context>
<context>
    <name>_KindBox</name>
    <message>
        <source>The signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>The deputy</source>
        <translation>Wakil penanda tangan</translation>
    </message>
    <message>
        <source>One copy (Tembusan) per line</source>
        <translation>Satu tembusan per baris</translation>
    </message>
    <message>
        <source>Built-in layout</source>
        <translation>Tata letak bawaan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Classification code</source>
        <translation>Kode klasifikasi</translation>
    </message>
    <message>
        <source>Nature (Sifat)</source>
        <translation>Sifat</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Tembusan</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Templat Word</translation>
    </message>
    <message>
        <source>Word files (*.docx)</source>
        <translation>Berkas Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>_SignatoryBox</name>
    <message>
        <source>e.g. a.n. Wali Kota Pontianak</source>
        <translation>mis. a.n. Wali Kota Pontianak</translation>
    </message>
    <message>
        <source>e.g. Pembina Utama Muda (IV/c)</source>
        <translation>mis. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <source>a.n./u.b. lines</source>
        <translation>Baris a.n./u.b.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Pangkat/gol.</translation>
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
        <translation>Diajukan</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Penyambutan</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Paparan</translation>
    </message>
    <message>
        <source>Site tour</source>
        <translation>Peninjauan lokasi</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusi</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Jamuan makan</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Tidak dilanjutkan</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Kementerian</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Badan/Dinas</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Cannot do that</source>
        <extracomment>The welcome&apos;s protocol prints (`reports.protocol`), built from `services.protocol.welcome_protocol`.</extracomment>
        <translation>Tidak dapat dilakukan</translation>
    </message>
</context>
</TS>
