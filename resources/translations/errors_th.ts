<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
  <context>
    <name>UserError</name>
    <message>
      <source>'admin' sets up the office server's database; name it with --db postgresql://user@host:port/dbname.</source>
      <translation>'admin' ใช้ตั้งค่าฐานข้อมูลบนเซิร์ฟเวอร์สำนักงาน โปรดระบุด้วย --db postgresql://user@host:port/dbname</translation>
    </message>
    <message>
      <source>--demo works on a copy of the demo trip that is deleted when the command ends, so '{command}' would keep nothing; name a database with --db instead.</source>
      <translation>--demo ใช้สำเนาของการเดินทางตัวอย่างที่จะถูกลบเมื่อคำสั่งทำงานเสร็จ คำสั่ง '{command}' จึงไม่มีผลใดเหลืออยู่ โปรดระบุฐานข้อมูลด้วย --db แทน</translation>
    </message>
    <message>
      <source>--lang before 'export' chooses the language of the window, not of the book; write it after 'export' to choose the book's language (brst-desktop export --lang {lang} ...).</source>
      <translation>--lang ที่อยู่หน้า 'export' ใช้เลือกภาษาของหน้าต่าง ไม่ใช่ภาษาของเอกสาร โปรดเขียนไว้หลัง 'export' เพื่อเลือกภาษาของเอกสาร (brst-desktop export --lang {lang} ...)</translation>
    </message>
    <message>
      <source>--passphrase-file unlocks an encrypted database file; the office server's password comes from ~/.pgpass, a password file (?passfile=FILE) or the system keyring.</source>
      <translation>--passphrase-file ใช้ปลดล็อกไฟล์ฐานข้อมูลที่เข้ารหัส ส่วนรหัสผ่านของเซิร์ฟเวอร์สำนักงานมาจาก ~/.pgpass ไฟล์รหัสผ่าน (?passfile=FILE) หรือพวงกุญแจของระบบ</translation>
    </message>
    <message>
      <source>A passphrase cannot contain a NUL character.</source>
      <translation>วลีรหัสผ่านต้องไม่มีอักขระ NUL</translation>
    </message>
    <message>
      <source>Another export of this book recorded edition {latest} meanwhile; the PDF was saved as edition {number} but not recorded. Export again.</source>
      <translation>ระหว่างนี้มีการส่งออกเอกสารเล่มนี้อีกรายการหนึ่งและบันทึกเป็นฉบับที่ {latest} แล้ว ไฟล์ PDF จึงบันทึกเป็นฉบับที่ {number} แต่ไม่ได้ลงทะเบียนฉบับไว้ โปรดส่งออกอีกครั้ง</translation>
    </message>
    <message>
      <source>Edition {number} of this book is not recorded, so no change sheet was printed.</source>
      <translation>ไม่พบบันทึกฉบับพิมพ์ที่ {number} ของเอกสารเล่มนี้ จึงไม่ได้พิมพ์รายการแก้ไข</translation>
    </message>
    <message>
      <source>Edition {number} of this book was recorded by another export at the same moment; export again.</source>
      <translation>ฉบับที่ {number} ของเอกสารเล่มนี้ถูกบันทึกโดยการส่งออกอีกรายการหนึ่งในเวลาเดียวกัน โปรดส่งออกอีกครั้ง</translation>
    </message>
    <message>
      <source>PDF readers do not all read the character {chars} in a password the same way; choose a password without it.</source>
      <translation>โปรแกรมอ่าน PDF แต่ละโปรแกรมอ่านอักขระ {chars} ในรหัสผ่านไม่เหมือนกัน โปรดเลือกรหัสผ่านที่ไม่มีอักขระนี้</translation>
    </message>
    <message>
      <source>Saving {document} as {path} failed: {reason}.</source>
      <translation>ไม่สามารถบันทึก{document} เป็น {path} ได้ ({reason})</translation>
    </message>
    <message>
      <source>Someone else changed this {record} meanwhile; your change was not saved.</source>
      <translation>มีผู้อื่นแก้ไข{record}นี้ในระหว่างนั้น การแก้ไขของคุณจึงไม่ได้บันทึก</translation>
    </message>
    <message>
      <source>The '{command}' command uses no database; leave out {option}.</source>
      <translation>คำสั่ง '{command}' ไม่ได้ใช้ฐานข้อมูล โปรดนำ {option} ออก</translation>
    </message>
    <message>
      <source>The PDF password contains an invisible or control character; type it again with the keyboard only.</source>
      <translation>รหัสผ่าน PDF มีอักขระที่มองไม่เห็นหรืออักขระควบคุม โปรดพิมพ์ใหม่ด้วยแป้นพิมพ์เท่านั้น</translation>
    </message>
    <message>
      <source>The PDF password is too long for PDF readers: use at most 127 bytes (127 English or about 40 Thai letters).</source>
      <translation>รหัสผ่าน PDF ยาวเกินกว่าที่โปรแกรมอ่าน PDF รับได้ โปรดใช้ไม่เกิน 127 ไบต์ (อักษรอังกฤษ 127 ตัว หรืออักษรไทยประมาณ 40 ตัว)</translation>
    </message>
    <message>
      <source>The backup of {path} failed: {reason}.</source>
      <translation>การสำรองข้อมูลของ {path} ไม่สำเร็จ ({reason})</translation>
    </message>
    <message>
      <source>The backup {backup} cannot be trusted ({problem}); nothing was changed.</source>
      <translation>ไฟล์สำรอง {backup} ไม่อยู่ในสภาพที่เชื่อถือได้ ({problem}) ระบบจึงไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The backup {backup} does not exist.</source>
      <translation>ไม่พบไฟล์สำรอง {backup}</translation>
    </message>
    <message>
      <source>The backup {backup} was made by a newer version of BRST Desktop; nothing was changed.</source>
      <translation>ไฟล์สำรอง {backup} สร้างจาก BRST Desktop รุ่นที่ใหม่กว่า ระบบจึงไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The backups of {path} are protected by a passphrase; give it to restore one.</source>
      <translation>ไฟล์สำรองของ {path} ได้รับการป้องกันด้วยวลีรหัสผ่าน โปรดระบุวลีรหัสผ่านเพื่อกู้คืน</translation>
    </message>
    <message>
      <source>The calendar file {file} cannot be read: {reason}.</source>
      <translation>อ่านไฟล์ปฏิทิน {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
      <source>The calendar file {file} has an event that ends before it starts ({title}); nothing was changed.</source>
      <translation>ไฟล์ปฏิทิน {file} มีกิจกรรมที่สิ้นสุดก่อนเริ่ม ({title}) จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The calendar file {file} has an event without a start ({number}); nothing was changed.</source>
      <translation>ไฟล์ปฏิทิน {file} มีกิจกรรมที่ไม่มีเวลาเริ่ม (ลำดับที่ {number}) จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The calendar file {file} holds more than {count} events; nothing was changed.</source>
      <translation>ไฟล์ปฏิทิน {file} มีกิจกรรมมากกว่า {count} รายการ จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The calendar file {file} holds no events; nothing was changed.</source>
      <translation>ไฟล์ปฏิทิน {file} ไม่มีกิจกรรมเลย จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The calendar file {file} holds the event {uid} twice; nothing was changed.</source>
      <translation>ไฟล์ปฏิทิน {file} มีกิจกรรม {uid} ซ้ำสองครั้ง จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The calendar file {file} is damaged and cannot be read ({reason}); nothing was changed.</source>
      <translation>ไฟล์ปฏิทิน {file} เสียหาย อ่านไม่ได้ ({reason}) จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The calendar file {file} is larger than 20 MB, too large for a programme; nothing was changed.</source>
      <translation>ไฟล์ปฏิทิน {file} ใหญ่เกิน 20 MB เกินกว่าจะเป็นกำหนดการ จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The calendar file {file} is not an iCalendar (.ics) file; nothing was changed.</source>
      <translation>ไฟล์ {file} ไม่ใช่ไฟล์ปฏิทิน iCalendar (.ics) จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The changes reached the office server, but this laptop copy could not be refreshed ({reason}); bring the trip back again to refresh it.</source>
      <translation>การแก้ไขส่งถึงเครื่องแม่ข่ายของสำนักงานแล้ว แต่ปรับสำเนาในเครื่องนี้ให้ตรงกันไม่ได้ ({reason}) โปรดนำการเดินทางกลับอีกครั้งเพื่อปรับสำเนา</translation>
    </message>
    <message>
      <source>The column width must be between 10 mm and 190 mm.</source>
      <translation>ความกว้างของคอลัมน์ต้องอยู่ระหว่าง 10 ถึง 190 มิลลิเมตร</translation>
    </message>
    <message>
      <source>The contacts file {file} cannot be read: {reason}.</source>
      <translation>อ่านไฟล์รายชื่อติดต่อ {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
      <source>The contacts file {file} has a photo that cannot be used: {reason}; nothing was changed.</source>
      <translation>ไฟล์รายชื่อติดต่อ {file} มีรูปถ่ายที่ใช้ไม่ได้: {reason} จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The contacts file {file} holds more than {count} contacts; nothing was changed.</source>
      <translation>ไฟล์รายชื่อติดต่อ {file} มีรายชื่อมากกว่า {count} รายการ จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The contacts file {file} holds no contacts; nothing was changed.</source>
      <translation>ไฟล์รายชื่อติดต่อ {file} ไม่มีรายชื่อเลย จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The contacts file {file} holds the contact {name} twice; nothing was changed.</source>
      <translation>ไฟล์รายชื่อติดต่อ {file} มีรายชื่อ {name} ซ้ำสองครั้ง จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The contacts file {file} is damaged and cannot be read ({reason}); nothing was changed.</source>
      <translation>ไฟล์รายชื่อติดต่อ {file} เสียหาย อ่านไม่ได้ ({reason}) จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The contacts file {file} is larger than 50 MB; nothing was changed.</source>
      <translation>ไฟล์รายชื่อติดต่อ {file} ใหญ่เกิน 50 MB จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The contacts file {file} is not UTF-8 text; nothing was changed.</source>
      <translation>ไฟล์รายชื่อติดต่อ {file} ไม่ใช่ข้อความ UTF-8 จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The contacts file {file} is not a vCard (.vcf) file; nothing was changed.</source>
      <translation>ไฟล์ {file} ไม่ใช่ไฟล์รายชื่อติดต่อ vCard (.vcf) จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The current passphrase is wrong for the database ({path}); nothing was changed.</source>
      <translation>วลีรหัสผ่านปัจจุบันของฐานข้อมูล ({path}) ไม่ถูกต้อง ระบบจึงไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The database ({path}) cannot be opened: check that the folder exists and that you may write to it.</source>
      <translation>ไม่สามารถเปิดฐานข้อมูล ({path}) ได้ โปรดตรวจสอบว่ามีโฟลเดอร์ดังกล่าวอยู่ และท่านมีสิทธิ์บันทึกข้อมูลในโฟลเดอร์นั้น</translation>
    </message>
    <message>
      <source>The database ({path}) cannot be reached: {reason}.</source>
      <translation>ไม่สามารถเข้าถึงฐานข้อมูล ({path}) ได้: {reason}</translation>
    </message>
    <message>
      <source>The database ({path}) could not be backed up because it is damaged: {problem}.</source>
      <translation>ไม่สามารถสำรองฐานข้อมูล ({path}) ได้ เนื่องจากฐานข้อมูลเสียหาย ({problem})</translation>
    </message>
    <message>
      <source>The database ({path}) is already open in another BRST Desktop window; close that window first, or keep working there.</source>
      <translation>ฐานข้อมูล ({path}) เปิดอยู่ในหน้าต่าง BRST Desktop อีกหน้าต่างหนึ่งแล้ว โปรดปิดหน้าต่างนั้นก่อน หรือทำงานต่อในหน้าต่างนั้น</translation>
    </message>
    <message>
      <source>The database ({path}) is damaged; it was not changed. The newest backup, from {backup}, is protected by a passphrase; restore it from the File menu or with 'brst-desktop restore'.</source>
      <translation>ฐานข้อมูล ({path}) เสียหาย ระบบไม่ได้เปลี่ยนแปลงฐานข้อมูลนี้ ไฟล์สำรองล่าสุดเมื่อ {backup} ได้รับการป้องกันด้วยวลีรหัสผ่าน ท่านสามารถกู้คืนได้จากเมนูแฟ้ม หรือด้วยคำสั่ง 'brst-desktop restore'</translation>
    </message>
    <message>
      <source>The database ({path}) is damaged; it was not changed. The newest good backup is from {backup}; restore it from the File menu or with 'brst-desktop restore'.</source>
      <translation>ฐานข้อมูล ({path}) เสียหาย ระบบไม่ได้เปลี่ยนแปลงฐานข้อมูลนี้ ไฟล์สำรองที่สมบูรณ์ล่าสุดคือไฟล์เมื่อ {backup} ท่านสามารถกู้คืนได้จากเมนูแฟ้ม หรือด้วยคำสั่ง 'brst-desktop restore'</translation>
    </message>
    <message>
      <source>The database ({path}) is damaged; it was not changed. There is no good backup of it.</source>
      <translation>ฐานข้อมูล ({path}) เสียหาย ระบบไม่ได้เปลี่ยนแปลงฐานข้อมูลนี้ และไม่มีไฟล์สำรองที่สมบูรณ์ของฐานข้อมูลนี้</translation>
    </message>
    <message>
      <source>The database ({path}) is in use by another program or another BRST Desktop window; close it and try again.</source>
      <translation>ฐานข้อมูล ({path}) กำลังถูกใช้งานโดยโปรแกรมอื่นหรือหน้าต่าง BRST Desktop อีกหน้าต่างหนึ่ง โปรดปิดโปรแกรมหรือหน้าต่างนั้นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <source>The database ({path}) is open read-only, so a new edition cannot be recorded; nothing was written. Copy the database to a folder you can write to, or export a draft without an edition (--no-edition on the command line).</source>
      <translation>ฐานข้อมูล ({path}) เปิดแบบอ่านอย่างเดียว จึงบันทึกฉบับพิมพ์ใหม่ไม่ได้ ระบบยังไม่ได้เขียนไฟล์ใด ๆ โปรดคัดลอกฐานข้อมูลไปยังโฟลเดอร์ที่บันทึกได้ หรือส่งออกเป็นฉบับร่างที่ไม่บันทึกฉบับพิมพ์ (--no-edition ในบรรทัดคำสั่ง)</translation>
    </message>
    <message>
      <source>The database ({path}) is open read-only; nothing was brought back.</source>
      <translation>ฐานข้อมูล ({path}) เปิดแบบอ่านอย่างเดียว จึงไม่ได้นำการแก้ไขใดกลับ</translation>
    </message>
    <message>
      <source>The database ({path}) is open read-only; the trip file was not imported.</source>
      <translation>ฐานข้อมูล ({path}) เปิดอยู่แบบอ่านอย่างเดียว จึงไม่ได้นำเข้าไฟล์การเดินทาง</translation>
    </message>
    <message>
      <source>The database ({path}) is open read-only; the trip was not taken into it.</source>
      <translation>ฐานข้อมูล ({path}) เปิดแบบอ่านอย่างเดียว จึงไม่ได้คัดลอกการเดินทางลงไป</translation>
    </message>
    <message>
      <source>The database ({path}) is open read-only; {file} was not imported.</source>
      <translation>ฐานข้อมูล ({path}) เปิดแบบอ่านอย่างเดียว จึงไม่ได้นำเข้า {file}</translation>
    </message>
    <message>
      <source>The database ({path}) is protected by a passphrase: give it with --passphrase-file, the {variable} environment variable, or type it when asked.</source>
      <translation>ฐานข้อมูล ({path}) ได้รับการป้องกันด้วยวลีรหัสผ่าน โปรดระบุวลีรหัสผ่านด้วยตัวเลือก --passphrase-file หรือตัวแปรสภาพแวดล้อม {variable} หรือพิมพ์เมื่อโปรแกรมสอบถาม</translation>
    </message>
    <message>
      <source>The database ({path}) is protected by a passphrase; give the passphrase to open it.</source>
      <translation>ฐานข้อมูล ({path}) ได้รับการป้องกันด้วยวลีรหัสผ่าน โปรดระบุวลีรหัสผ่านเพื่อเปิดฐานข้อมูล</translation>
    </message>
    <message>
      <source>The database ({path}) is read-only and was made by an older version of BRST Desktop; copy it to a folder you can write to so it can be upgraded.</source>
      <translation>ฐานข้อมูล ({path}) เป็นแบบอ่านอย่างเดียวและสร้างจาก BRST Desktop รุ่นที่เก่ากว่า โปรดคัดลอกฐานข้อมูลไปไว้ในโฟลเดอร์ที่ท่านมีสิทธิ์บันทึกข้อมูล เพื่อให้ปรับรุ่นฐานข้อมูลได้</translation>
    </message>
    <message>
      <source>The database ({path}) is read-only; changes cannot be saved. Copy it to a folder you can write to, or open it from there.</source>
      <translation>ฐานข้อมูล ({path}) เป็นแบบอ่านอย่างเดียว จึงบันทึกการเปลี่ยนแปลงไม่ได้ โปรดคัดลอกฐานข้อมูลไปไว้ในโฟลเดอร์ที่ท่านมีสิทธิ์บันทึกข้อมูล แล้วเปิดจากโฟลเดอร์นั้น</translation>
    </message>
    <message>
      <source>The database ({path}) needs its current passphrase.</source>
      <translation>โปรดระบุวลีรหัสผ่านปัจจุบันของฐานข้อมูล ({path})</translation>
    </message>
    <message>
      <source>The database ({path}) was written by a newer version of BRST Desktop (schema {revision}); it was not changed. Install the newer version to open it.</source>
      <translation>ฐานข้อมูล ({path}) บันทึกโดย BRST Desktop รุ่นที่ใหม่กว่า (โครงสร้างฐานข้อมูลรุ่น {revision}) ระบบไม่ได้เปลี่ยนแปลงฐานข้อมูลนี้ โปรดติดตั้งโปรแกรมรุ่นที่ใหม่กว่าเพื่อเปิดฐานข้อมูล</translation>
    </message>
    <message>
      <source>The database cannot be opened: check that the folder exists and that you may write to it.</source>
      <translation>ไม่สามารถเปิดฐานข้อมูลได้ โปรดตรวจสอบว่ามีโฟลเดอร์ดังกล่าวอยู่ และท่านมีสิทธิ์บันทึกข้อมูลในโฟลเดอร์นั้น</translation>
    </message>
    <message>
      <source>The database holds no trip yet, so there is no book to print.</source>
      <translation>ฐานข้อมูลยังไม่มีข้อมูลการเดินทาง จึงยังไม่มีเอกสารให้พิมพ์</translation>
    </message>
    <message>
      <source>The database is in use by another program or another BRST Desktop window; close it and try again.</source>
      <translation>ฐานข้อมูลกำลังถูกใช้งานโดยโปรแกรมอื่นหรือหน้าต่าง BRST Desktop อีกหน้าต่างหนึ่ง โปรดปิดโปรแกรมหรือหน้าต่างนั้นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <source>The database is read-only; changes cannot be saved. Copy it to a folder you can write to, or open it from there.</source>
      <translation>ฐานข้อมูลเป็นแบบอ่านอย่างเดียว จึงบันทึกการเปลี่ยนแปลงไม่ได้ โปรดคัดลอกฐานข้อมูลไปไว้ในโฟลเดอร์ที่ท่านมีสิทธิ์บันทึกข้อมูล แล้วเปิดจากโฟลเดอร์นั้น</translation>
    </message>
    <message>
      <source>The database or its backups are protected by a passphrase: give it with --passphrase-file or the BRST_PASSPHRASE environment variable.</source>
      <translation>ฐานข้อมูลหรือไฟล์สำรองได้รับการป้องกันด้วยวลีรหัสผ่าน โปรดระบุวลีรหัสผ่านด้วยตัวเลือก --passphrase-file หรือตัวแปรสภาพแวดล้อม BRST_PASSPHRASE</translation>
    </message>
    <message>
      <source>The database {database} on the office server is not set up for BRST Desktop yet; the office's administrator sets it up with 'brst-desktop --db ADDRESS admin init'.</source>
      <translation>ฐานข้อมูล {database} บนเซิร์ฟเวอร์สำนักงานยังไม่ได้ตั้งค่าสำหรับ BRST Desktop ผู้ดูแลระบบของสำนักงานตั้งค่าได้ด้วยคำสั่ง 'brst-desktop --db ADDRESS admin init'</translation>
    </message>
    <message>
      <source>The database {database} on the office server was made by an older BRST Desktop; the office's administrator upgrades it with 'brst-desktop --db ADDRESS admin init'.</source>
      <translation>ฐานข้อมูล {database} บนเซิร์ฟเวอร์สำนักงานสร้างด้วย BRST Desktop รุ่นเก่ากว่า ผู้ดูแลระบบของสำนักงานปรับรุ่นได้ด้วยคำสั่ง 'brst-desktop --db ADDRESS admin init'</translation>
    </message>
    <message>
      <source>The database {path} holds the tables of another program; it was not changed.</source>
      <translation>ฐานข้อมูล {path} มีตารางของโปรแกรมอื่นอยู่ จึงไม่ได้เปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>The database {server} is on the office server: its administrator backs it up with pg_dump and restores it with pg_restore; BRST Desktop copies no files of a server.</source>
      <translation>ฐานข้อมูล {server} อยู่บนเซิร์ฟเวอร์สำนักงาน ผู้ดูแลระบบเป็นผู้สำรองข้อมูลด้วย pg_dump และกู้คืนด้วย pg_restore โดย BRST Desktop ไม่คัดลอกไฟล์ใด ๆ ของเซิร์ฟเวอร์</translation>
    </message>
    <message>
      <source>The disk holding the database ({folder}) is full, so it was not opened; free some space and try again.</source>
      <translation>ดิสก์ที่เก็บฐานข้อมูล ({folder}) เต็ม จึงไม่ได้เปิดฐานข้อมูล โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <source>The disk holding {folder} is full, so {document} was not saved; free some space and try again.</source>
      <translation>ดิสก์ที่เก็บโฟลเดอร์ {folder} เต็ม จึงไม่ได้บันทึก{document} โปรดเพิ่มพื้นที่ว่างบนดิสก์แล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <source>The disk is full, so the backup was not made; free some space and try again.</source>
      <translation>ดิสก์เต็ม จึงไม่ได้สำรองข้อมูล โปรดเพิ่มพื้นที่ว่างบนดิสก์แล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <source>The disk is full, so the change was not saved; free some space and try again.</source>
      <translation>ดิสก์เต็ม จึงไม่ได้บันทึกการเปลี่ยนแปลง โปรดเพิ่มพื้นที่ว่างบนดิสก์แล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <source>The file ({path}) is an SQLite database of another program; it was not changed.</source>
      <translation>ไฟล์ ({path}) เป็นฐานข้อมูล SQLite ของโปรแกรมอื่น ระบบไม่ได้เปลี่ยนแปลงไฟล์นี้</translation>
    </message>
    <message>
      <source>The file ({path}) is damaged or is not a BRST Desktop database; it was not changed.</source>
      <translation>ไฟล์ ({path}) เสียหายหรือไม่ใช่ฐานข้อมูลของ BRST Desktop ระบบไม่ได้เปลี่ยนแปลงไฟล์นี้</translation>
    </message>
    <message>
      <source>The file is damaged or is not a BRST Desktop database; it was not changed.</source>
      <translation>ไฟล์เสียหายหรือไม่ใช่ฐานข้อมูลของ BRST Desktop ระบบไม่ได้เปลี่ยนแปลงไฟล์นี้</translation>
    </message>
    <message>
      <source>The first line of the passphrase file {path} is empty.</source>
      <translation>บรรทัดแรกของไฟล์วลีรหัสผ่าน {path} ว่างเปล่า</translation>
    </message>
    <message>
      <source>The first line of the password file {path} is empty.</source>
      <translation>บรรทัดแรกของไฟล์รหัสผ่าน {path} ว่างเปล่า</translation>
    </message>
    <message>
      <source>The folder for the database ({folder}) cannot be created: {reason}.</source>
      <translation>ไม่สามารถสร้างโฟลเดอร์สำหรับฐานข้อมูล ({folder}) ได้ ({reason})</translation>
    </message>
    <message>
      <source>The folder {folder} cannot be written to, so a database cannot be created there.</source>
      <translation>ไม่มีสิทธิ์บันทึกข้อมูลในโฟลเดอร์ {folder} จึงสร้างฐานข้อมูลในโฟลเดอร์นี้ไม่ได้</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist (any more); choose another place for {document}.</source>
      <translation>ไม่พบโฟลเดอร์ {folder} (อาจถูกย้ายหรือลบไปแล้ว) โปรดเลือกที่อื่นสำหรับบันทึก{document}</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist; create it or choose another place for {document}.</source>
      <translation>ไม่พบโฟลเดอร์ {folder} โปรดสร้างโฟลเดอร์ดังกล่าว หรือเลือกที่อื่นสำหรับบันทึก{document}</translation>
    </message>
    <message>
      <source>The folder {folder} is on a read-only disk; choose another place for {document}.</source>
      <translation>โฟลเดอร์ {folder} อยู่บนดิสก์ที่อ่านได้อย่างเดียว โปรดเลือกที่อื่นสำหรับบันทึก{document}</translation>
    </message>
    <message>
      <source>The input file {path} cannot be read: {reason}.</source>
      <translation>ไม่สามารถอ่านไฟล์ต้นฉบับ {path} ได้ ({reason})</translation>
    </message>
    <message>
      <source>The input file {path} does not exist.</source>
      <translation>ไม่พบไฟล์ต้นฉบับ {path}</translation>
    </message>
    <message>
      <source>The input file {path} is not UTF-8 text.</source>
      <translation>ไฟล์ต้นฉบับ {path} ไม่ใช่ข้อความแบบ UTF-8</translation>
    </message>
    <message>
      <source>The input file {path} is not a text file of at most {size} MB.</source>
      <translation>ไฟล์ต้นฉบับ {path} ไม่ใช่ไฟล์ข้อความขนาดไม่เกิน {size} MB</translation>
    </message>
    <message>
      <source>The meeting brief “{title}” runs to {pages} pages (pages {start}–{end}); a brief should be at most {limit}: shorten its points or background.</source>
      <translation>เอกสารประกอบการหารือ “{title}” ยาว {pages} หน้า (หน้า {start}–{end}) แต่ควรยาวไม่เกิน {limit} หน้า โปรดตัดทอนประเด็นหรือข้อมูลภูมิหลังให้สั้นลง</translation>
    </message>
    <message>
      <source>The number of copies must be between 1 and {most}.</source>
      <translation>จำนวนชุดต้องอยู่ระหว่าง 1 ถึง {most} ชุด</translation>
    </message>
    <message>
      <source>The office server ({server}) cannot be reached; check the address and the network, or ask the office's administrator whether it is running.</source>
      <translation>ติดต่อเซิร์ฟเวอร์สำนักงาน ({server}) ไม่ได้ โปรดตรวจสอบที่อยู่และเครือข่าย หรือสอบถามผู้ดูแลระบบของสำนักงานว่าเซิร์ฟเวอร์ทำงานอยู่หรือไม่</translation>
    </message>
    <message>
      <source>The office server ({server}) offers no encrypted connection, but the address asks for one (sslmode); ask the office's administrator.</source>
      <translation>เซิร์ฟเวอร์สำนักงาน ({server}) ไม่มีการเชื่อมต่อแบบเข้ารหัส แต่ที่อยู่กำหนดให้ใช้ (sslmode) โปรดสอบถามผู้ดูแลระบบของสำนักงาน</translation>
    </message>
    <message>
      <source>The office server asks for a password for {server}; put it in ~/.pgpass, a password file (?passfile=FILE) or the system keyring.</source>
      <translation>เซิร์ฟเวอร์สำนักงานต้องการรหัสผ่านสำหรับ {server} โปรดใส่ไว้ใน ~/.pgpass ไฟล์รหัสผ่าน (?passfile=FILE) หรือพวงกุญแจของระบบ</translation>
    </message>
    <message>
      <source>The office server has no database {database}; check the name, or ask the office's administrator to create it.</source>
      <translation>เซิร์ฟเวอร์สำนักงานไม่มีฐานข้อมูลชื่อ {database} โปรดตรวจสอบชื่อ หรือขอให้ผู้ดูแลระบบของสำนักงานสร้างฐานข้อมูลนี้</translation>
    </message>
    <message>
      <source>The office server refused {server}: the user name or its password is wrong, or the user may not sign in; ask the office's administrator.</source>
      <translation>เซิร์ฟเวอร์สำนักงานปฏิเสธ {server} เพราะชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง หรือผู้ใช้นี้ไม่มีสิทธิ์เข้าระบบ โปรดสอบถามผู้ดูแลระบบของสำนักงาน</translation>
    </message>
    <message>
      <source>The office's emblem could not be read (damaged or not an image); the cover was printed without it.</source>
      <translation>อ่านตราสัญลักษณ์ของหน่วยงานไม่ได้ (ไฟล์เสียหายหรือไม่ใช่รูปภาพ) จึงพิมพ์ปกโดยไม่มีตราสัญลักษณ์</translation>
    </message>
    <message>
      <source>The option {option} is for the window; the '{command}' command does not open one.</source>
      <translation>ตัวเลือก {option} ใช้กับหน้าต่างโปรแกรม แต่คำสั่ง '{command}' ไม่ได้เปิดหน้าต่าง</translation>
    </message>
    <message>
      <source>The overview does not fit on one page even in smaller type; shorten the purpose, objectives or key messages.</source>
      <translation>ภาพรวมการเดินทางยาวเกินหนึ่งหน้าแม้ใช้ตัวอักษรขนาดเล็กลงแล้ว โปรดตัดทอนวัตถุประสงค์ เป้าหมาย หรือประเด็นสาระสำคัญ</translation>
    </message>
    <message>
      <source>The passphrase cannot be empty.</source>
      <translation>วลีรหัสผ่านต้องไม่เว้นว่าง</translation>
    </message>
    <message>
      <source>The passphrase file {path} cannot be read: {reason}.</source>
      <translation>ไม่สามารถอ่านไฟล์วลีรหัสผ่าน {path} ได้ ({reason})</translation>
    </message>
    <message>
      <source>The passphrase file {path} is not a small text file.</source>
      <translation>ไฟล์วลีรหัสผ่าน {path} ไม่ใช่ไฟล์ข้อความขนาดเล็ก</translation>
    </message>
    <message>
      <source>The passphrase is wrong for the backups of {path}; nothing was changed.</source>
      <translation>วลีรหัสผ่านไม่ถูกต้องสำหรับไฟล์สำรองของ {path} ระบบไม่ได้เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
      <source>The passphrase is wrong for the database ({path}), or the file is damaged; nothing was changed.</source>
      <translation>วลีรหัสผ่านของฐานข้อมูล ({path}) ไม่ถูกต้อง หรือไฟล์เสียหาย ระบบจึงไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The passphrase is wrong for the database ({path}); nothing was changed.</source>
      <translation>วลีรหัสผ่านของฐานข้อมูล ({path}) ไม่ถูกต้อง ระบบจึงไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The password file {path} cannot be read: {reason}.</source>
      <translation>อ่านไฟล์รหัสผ่าน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
      <source>The password file {path} is not a small text file.</source>
      <translation>ไฟล์รหัสผ่าน {path} ไม่ใช่ไฟล์ข้อความขนาดเล็ก</translation>
    </message>
    <message>
      <source>The photo of {name} could not be read (damaged or not an image); a placeholder was printed instead.</source>
      <translation>ไม่สามารถอ่านรูปถ่ายของ {name} ได้ (ไฟล์เสียหายหรือไม่ใช่รูปภาพ) จึงพิมพ์กรอบว่างไว้แทนรูป</translation>
    </message>
    <message>
      <source>The picture {path} cannot be read: {reason}.</source>
      <translation>อ่านไฟล์รูปภาพ {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
      <source>The port in the server address {address} is not a number.</source>
      <translation>พอร์ตในที่อยู่เซิร์ฟเวอร์ {address} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
      <source>The programme does not fit on one card even in 8 pt type on both sides; it runs to {pages} pages.</source>
      <translation>กำหนดการยาวเกินบัตรหนึ่งใบแม้ใช้ตัวอักษรขนาด 8 พอยต์ทั้งสองหน้า จึงพิมพ์เป็น {pages} หน้า</translation>
    </message>
    <message>
      <source>The re-encrypted copy failed its check ({problem}); the database was not changed.</source>
      <translation>สำเนาที่เข้ารหัสใหม่ไม่ผ่านการตรวจสอบ ({problem}) ระบบจึงไม่ได้เปลี่ยนแปลงฐานข้อมูล</translation>
    </message>
    <message>
      <source>The record no longer exists; it may have been deleted meanwhile.</source>
      <translation>ไม่พบรายการนี้แล้ว อาจถูกลบไปในระหว่างนี้</translation>
    </message>
    <message>
      <source>The server address {address} cannot be read ({reason}); write it as postgresql://user@host:port/dbname.</source>
      <translation>อ่านที่อยู่เซิร์ฟเวอร์ {address} ไม่ได้ ({reason}) โปรดเขียนในรูปแบบ postgresql://user@host:port/dbname</translation>
    </message>
    <message>
      <source>The server address {address} holds a password, which anyone on this computer could read; remove it and put the password in ~/.pgpass, a password file (?passfile=FILE) or the system keyring.</source>
      <translation>ที่อยู่เซิร์ฟเวอร์ {address} มีรหัสผ่านอยู่ ซึ่งทุกคนในคอมพิวเตอร์เครื่องนี้อ่านได้ โปรดนำออก แล้วเก็บรหัสผ่านไว้ใน ~/.pgpass ไฟล์รหัสผ่าน (?passfile=FILE) หรือพวงกุญแจของระบบ</translation>
    </message>
    <message>
      <source>The server address {address} names no database; write it as postgresql://user@host:port/dbname.</source>
      <translation>ที่อยู่เซิร์ฟเวอร์ {address} ไม่ได้ระบุฐานข้อมูล โปรดเขียนในรูปแบบ postgresql://user@host:port/dbname</translation>
    </message>
    <message>
      <source>The trip cannot be taken into the database it comes from ({path}); name another file.</source>
      <translation>คัดลอกการเดินทางลงในฐานข้อมูลต้นทางเอง ({path}) ไม่ได้ โปรดระบุไฟล์อื่น</translation>
    </message>
    <message>
      <source>The trip could not be copied ({reason}); no copy was made.</source>
      <translation>คัดลอกการเดินทางไม่ได้ ({reason}) จึงไม่ได้สร้างสำเนาใด</translation>
    </message>
    <message>
      <source>The trip does not fit the database {path} ({reason}); it was not changed.</source>
      <translation>การเดินทางนี้ไม่เข้ากับฐานข้อมูล {path} ({reason}) ฐานข้อมูลจึงไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>The trip file {file} conflicts with changes made here ({names} and {more} more); choose --prefer mine or --prefer theirs. Nothing was changed.</source>
      <translation>ไฟล์การเดินทาง {file} ขัดแย้งกับการแก้ไขในเครื่องนี้ ({names} และอีก {more} รายการ) โปรดเลือก --prefer mine หรือ --prefer theirs ระบบยังไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The trip file {file} conflicts with changes made here ({names}); choose --prefer mine or --prefer theirs. Nothing was changed.</source>
      <translation>ไฟล์การเดินทาง {file} ขัดแย้งกับการแก้ไขในเครื่องนี้ ({names}) โปรดเลือก --prefer mine หรือ --prefer theirs ระบบยังไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The trip file {file} does not fit this database ({reason}); nothing was changed.</source>
      <translation>ไฟล์การเดินทาง {file} ไม่สอดคล้องกับฐานข้อมูลนี้ ({reason}) ระบบจึงไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The trip file {file} {reason}; nothing was changed.</source>
      <translation>ไฟล์การเดินทาง {file} {reason} ระบบจึงไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
      <source>The trip has a {level} briefing book, so its copy on a laptop must be protected by a passphrase; give one (take --protect-with FILE), or protect {path} first. Nothing was copied.</source>
      <translation>การเดินทางนี้มีเอกสารชั้นความลับ{level} สำเนาในเครื่องจึงต้องป้องกันด้วยวลีรหัสผ่าน โปรดกำหนดวลีรหัสผ่าน (take --protect-with FILE) หรือป้องกัน {path} ก่อน ยังไม่ได้คัดลอกสิ่งใด</translation>
    </message>
    <message>
      <source>The trip in this laptop copy does not fit the office server's database ({reason}); nothing was changed.</source>
      <translation>การเดินทางในสำเนาบนเครื่องนี้ไม่เข้ากับฐานข้อมูลของเครื่องแม่ข่ายสำนักงาน ({reason}) จึงไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>The trip in this laptop copy {reason}; nothing was changed on the office server or here.</source>
      <translation>การเดินทางในสำเนาบนเครื่องนี้{reason} จึงไม่มีสิ่งใดถูกเปลี่ยนแปลงทั้งบนเครื่องแม่ข่ายสำนักงานและในเครื่องนี้</translation>
    </message>
    <message>
      <source>The trip taken into this database has been deleted here; there is nothing to bring back.</source>
      <translation>การเดินทางที่คัดลอกมาไว้ในฐานข้อมูลนี้ถูกลบไปแล้ว จึงไม่มีสิ่งใดให้นำกลับ</translation>
    </message>
    <message>
      <source>The trip was deleted while its book was printed.</source>
      <translation>ข้อมูลการเดินทางถูกลบไปในระหว่างที่กำลังพิมพ์เอกสาร</translation>
    </message>
    <message>
      <source>The trip “{title}” was not taken from an office server into this database; there is nothing to bring back.</source>
      <translation>การเดินทาง “{title}” ไม่ได้คัดลอกมาจากเครื่องแม่ข่ายสำนักงาน จึงไม่มีสิ่งใดให้นำกลับ</translation>
    </message>
    <message>
      <source>The user {user} has no clearance on the office server's database {database}; ask the office's administrator to grant one.</source>
      <translation>ผู้ใช้ {user} ยังไม่ได้รับชั้นความลับใด ๆ ในฐานข้อมูล {database} บนเซิร์ฟเวอร์สำนักงาน โปรดขอให้ผู้ดูแลระบบของสำนักงานกำหนดให้</translation>
    </message>
    <message>
      <source>There is no briefing book whose id starts with {id}.</source>
      <translation>ไม่พบเอกสารประกอบการเดินทางที่มีรหัสขึ้นต้นด้วย {id}</translation>
    </message>
    <message>
      <source>There is no briefing book with the id {id}.</source>
      <translation>ไม่พบเอกสารประกอบการเดินทางที่มีรหัส {id}</translation>
    </message>
    <message>
      <source>There is no database at {path}; check the path, or start BRST Desktop once to create one.</source>
      <translation>ไม่มีฐานข้อมูลที่ {path} โปรดตรวจสอบตำแหน่ง หรือเปิดโปรแกรม BRST Desktop หนึ่งครั้งเพื่อสร้างฐานข้อมูล</translation>
    </message>
    <message>
      <source>There is no good backup of {path} to restore.</source>
      <translation>ไม่มีไฟล์สำรองที่สมบูรณ์ของ {path} สำหรับกู้คืน</translation>
    </message>
    <message>
      <source>There is no trip in this database.</source>
      <translation>ฐานข้อมูลนี้ยังไม่มีการเดินทางใดเลย</translation>
    </message>
    <message>
      <source>There is no trip whose id starts with {id}.</source>
      <translation>ไม่พบการเดินทางที่มีรหัสขึ้นต้นด้วย {id}</translation>
    </message>
    <message>
      <source>There is no trip with the id {id}.</source>
      <translation>ไม่พบการเดินทางที่มีรหัส {id}</translation>
    </message>
    <message>
      <source>There is no user {user} on the office server.</source>
      <translation>ไม่มีผู้ใช้ {user} บนเซิร์ฟเวอร์สำนักงาน</translation>
    </message>
    <message>
      <source>This book is classified {level} and was saved without a password: anyone who gets the file can read it. Export it again with a password.</source>
      <translation>เอกสารนี้มีชั้นความลับ {level} แต่บันทึกโดยไม่มีรหัสผ่าน ผู้ใดได้ไฟล์ไปก็อ่านได้ โปรดส่งออกใหม่พร้อมรหัสผ่าน</translation>
    </message>
    <message>
      <source>This database holds no trip taken from an office server; there is nothing to bring back.</source>
      <translation>ฐานข้อมูลนี้ไม่มีการเดินทางที่คัดลอกมาจากเครื่องแม่ข่ายสำนักงาน จึงไม่มีสิ่งใดให้นำกลับ</translation>
    </message>
    <message>
      <source>This database holds {count} trips taken from an office server; name one with --trip.</source>
      <translation>ฐานข้อมูลนี้มีการเดินทางที่คัดลอกมาจากเครื่องแม่ข่ายสำนักงาน {count} รายการ โปรดระบุหนึ่งรายการด้วย --trip</translation>
    </message>
    <message>
      <source>This needs a database file; {address} is a database on an office server.</source>
      <translation>คำสั่งนี้ต้องใช้ไฟล์ฐานข้อมูล แต่ {address} เป็นฐานข้อมูลบนเซิร์ฟเวอร์สำนักงาน</translation>
    </message>
    <message>
      <source>Upgrading the database ({path}) would break a link between records (table {table}); it was not changed.</source>
      <translation>การปรับรุ่นฐานข้อมูล ({path}) จะทำให้ความเชื่อมโยงระหว่างระเบียนเสียหาย (ตาราง {table}) จึงไม่ได้เปลี่ยนแปลงฐานข้อมูล</translation>
    </message>
    <message>
      <source>Use at least {count} characters for a PDF password; a short sentence is best.</source>
      <translation>รหัสผ่าน PDF ต้องมีอย่างน้อย {count} ตัวอักษร ใช้ประโยคสั้น ๆ จะดีที่สุด</translation>
    </message>
    <message>
      <source>You are not cleared for this trip's classification on the office server, so the change was not saved; ask the office's administrator.</source>
      <translation>คุณไม่ได้รับสิทธิ์ในชั้นความลับของการเดินทางนี้บนเซิร์ฟเวอร์สำนักงาน จึงไม่ได้บันทึกการเปลี่ยนแปลง โปรดสอบถามผู้ดูแลระบบของสำนักงาน</translation>
    </message>
    <message>
      <source>You may not save files in the folder {folder}; choose another place for {document}.</source>
      <translation>ท่านไม่มีสิทธิ์บันทึกไฟล์ในโฟลเดอร์ {folder} โปรดเลือกที่อื่นสำหรับบันทึก{document}</translation>
    </message>
    <message>
      <source>Your user on the office server ({server}) may not do this; ask the office's administrator.</source>
      <translation>ผู้ใช้ของคุณบนเซิร์ฟเวอร์สำนักงาน ({server}) ไม่มีสิทธิ์ทำสิ่งนี้ โปรดสอบถามผู้ดูแลระบบของสำนักงาน</translation>
    </message>
    <message>
      <source>a remembered hash</source>
      <translation>ค่าแฮชที่บันทึกไว้</translation>
    </message>
    <message>
      <source>a repeating entry</source>
      <translation>รายการที่เกิดซ้ำ</translation>
    </message>
    <message>
      <source>a whole-day entry</source>
      <translation>รายการทั้งวัน</translation>
    </message>
    <message>
      <source>cannot be read: {reason}</source>
      <translation>ไม่สามารถอ่านได้ ({reason})</translation>
    </message>
    <message>
      <source>does not match its manifest ({entry})</source>
      <translation>ไม่ตรงกับบัญชีกำกับไฟล์ ({entry})</translation>
    </message>
    <message>
      <source>expands to more than allowed</source>
      <translation>ขยายตัวแล้วมีขนาดเกินกว่าที่กำหนด</translation>
    </message>
    <message>
      <source>has a malformed manifest entry</source>
      <translation>มีรายการในบัญชีกำกับไฟล์ที่ผิดรูปแบบ</translation>
    </message>
    <message>
      <source>has a malformed remembered hash</source>
      <translation>มีค่าแฮชที่บันทึกไว้ผิดรูปแบบ</translation>
    </message>
    <message>
      <source>has a manifest without its list of entries</source>
      <translation>มีบัญชีกำกับไฟล์ (manifest) ที่ไม่มีรายชื่อรายการ</translation>
    </message>
    <message>
      <source>has a picture too large to keep in {where} ({width} x {height} pixels)</source>
      <translation>มีรูปภาพใน{where} ที่ใหญ่เกินกว่าจะเก็บไว้ได้ ({width} x {height} พิกเซล)</translation>
    </message>
    <message>
      <source>has a {entry} that is not valid JSON</source>
      <translation>มี {entry} ที่ไม่ใช่ JSON ที่ถูกต้อง</translation>
    </message>
    <message>
      <source>has an entry larger than allowed ({entry})</source>
      <translation>มีรายการที่มีขนาดเกินกว่าที่กำหนด ({entry})</translation>
    </message>
    <message>
      <source>has an entry of the wrong size ({entry})</source>
      <translation>มีรายการที่ขนาดไม่ถูกต้อง ({entry})</translation>
    </message>
    <message>
      <source>has an entry whose checksum does not match ({entry})</source>
      <translation>มีรายการที่ค่าตรวจสอบ (checksum) ไม่ตรงกัน ({entry})</translation>
    </message>
    <message>
      <source>has an entry whose size does not match its header ({entry})</source>
      <translation>มีรายการที่ขนาดไม่ตรงกับข้อมูลส่วนหัว ({entry})</translation>
    </message>
    <message>
      <source>has an image in {where} that is damaged or not a JPEG or PNG picture</source>
      <translation>มีรูปภาพใน{where} ที่เสียหายหรือไม่ใช่ภาพแบบ JPEG หรือ PNG</translation>
    </message>
    <message>
      <source>has an image in {where} whose kind does not match its record</source>
      <translation>มีรูปภาพใน{where} ที่ชนิดไม่ตรงกับที่ข้อมูลระบุ</translation>
    </message>
    <message>
      <source>has an image that does not match {where}</source>
      <translation>มีรูปภาพที่ไม่ตรงกับ{where}</translation>
    </message>
    <message>
      <source>has an unknown format version ({version})</source>
      <translation>มีรุ่นของรูปแบบไฟล์ที่ไม่รู้จัก ({version})</translation>
    </message>
    <message>
      <source>has no format version</source>
      <translation>ไม่ได้ระบุรุ่นของรูปแบบไฟล์</translation>
    </message>
    <message>
      <source>has records in an unknown layout</source>
      <translation>มีข้อมูลในโครงสร้างที่ไม่รู้จัก</translation>
    </message>
    <message>
      <source>has {kind} records in an unknown layout</source>
      <translation>มีข้อมูล{kind}ในโครงสร้างที่ไม่รู้จัก</translation>
    </message>
    <message>
      <source>holds a record of another trip ({kind} {id})</source>
      <translation>มีข้อมูลของการเดินทางอื่น ({kind} {id})</translation>
    </message>
    <message>
      <source>holds a record that refers to another trip's {other} ({kind} {id})</source>
      <translation>มีข้อมูลที่อ้างถึง{other}ของการเดินทางอื่น ({kind} {id})</translation>
    </message>
    <message>
      <source>holds a record the trip does not need ({kind} {id})</source>
      <translation>มีข้อมูลที่การเดินทางนี้ไม่ได้ใช้ ({kind} {id})</translation>
    </message>
    <message>
      <source>holds a record whose id belongs to another kind of record here ({kind} {id}, here: {other})</source>
      <translation>มีข้อมูลที่ใช้รหัสซ้ำกับข้อมูลต่างประเภทในเครื่องนี้ ({kind} {id} ในเครื่องนี้เป็น: {other})</translation>
    </message>
    <message>
      <source>holds a symbolic link ({entry})</source>
      <translation>มีลิงก์เชิงสัญลักษณ์ ({entry})</translation>
    </message>
    <message>
      <source>holds an entry that points outside the file ({entry})</source>
      <translation>มีรายการที่ชี้ออกไปนอกไฟล์ ({entry})</translation>
    </message>
    <message>
      <source>holds an entry with a backslash in its name ({entry})</source>
      <translation>มีรายการที่ชื่อมีเครื่องหมายแบ็กสแลช ({entry})</translation>
    </message>
    <message>
      <source>holds an entry with a malformed name ({entry})</source>
      <translation>มีรายการที่ชื่อผิดรูปแบบ ({entry})</translation>
    </message>
    <message>
      <source>holds an entry with an absolute path ({entry})</source>
      <translation>มีรายการที่ระบุตำแหน่งแบบเต็มจากรากของดิสก์ ({entry})</translation>
    </message>
    <message>
      <source>holds an image no record uses</source>
      <translation>มีรูปภาพที่ไม่มีข้อมูลใดใช้งาน</translation>
    </message>
    <message>
      <source>holds an unexpected entry ({entry})</source>
      <translation>มีรายการที่ไม่ควรอยู่ในไฟล์ ({entry})</translation>
    </message>
    <message>
      <source>holds encrypted entries</source>
      <translation>มีรายการที่ถูกเข้ารหัส</translation>
    </message>
    <message>
      <source>holds more than {count} entries</source>
      <translation>มีรายการมากกว่า {count} รายการ</translation>
    </message>
    <message>
      <source>holds more than {count} records</source>
      <translation>มีข้อมูลมากกว่า {count} รายการ</translation>
    </message>
    <message>
      <source>holds records of an unknown kind ({kind})</source>
      <translation>มีข้อมูลประเภทที่ไม่รู้จัก ({kind})</translation>
    </message>
    <message>
      <source>holds the entry {entry} twice</source>
      <translation>มีรายการ {entry} ซ้ำกันสองครั้ง</translation>
    </message>
    <message>
      <source>holds the record {id} twice</source>
      <translation>มีข้อมูลรหัส {id} ซ้ำสองครั้ง</translation>
    </message>
    <message>
      <source>is a zip bomb (an entry expands far beyond its packed size)</source>
      <translation>เป็นซิปบอมบ์ (มีรายการที่ขยายตัวเกินขนาดที่บีบอัดไว้อย่างผิดปกติ)</translation>
    </message>
    <message>
      <source>is damaged or is not a trip file (not a readable zip)</source>
      <translation>เสียหายหรือไม่ใช่ไฟล์การเดินทาง (ไม่ใช่ไฟล์ zip ที่อ่านได้)</translation>
    </message>
    <message>
      <source>is larger than {size} MB</source>
      <translation>มีขนาดเกิน {size} MB</translation>
    </message>
    <message>
      <source>is not a BRST Desktop trip file</source>
      <translation>ไม่ใช่ไฟล์การเดินทางของ BRST Desktop</translation>
    </message>
    <message>
      <source>is not a BRST Desktop trip file (unknown format)</source>
      <translation>ไม่ใช่ไฟล์การเดินทางของ BRST Desktop (ไม่รู้จักรูปแบบไฟล์)</translation>
    </message>
    <message>
      <source>is not a file (it is a folder, a device or a pipe)</source>
      <translation>ไม่ใช่ไฟล์ (เป็นโฟลเดอร์ อุปกรณ์ หรือไปป์)</translation>
    </message>
    <message>
      <source>is not a trip file (it has no {entry})</source>
      <translation>ไม่ใช่ไฟล์การเดินทาง (ไม่มี {entry})</translation>
    </message>
    <message>
      <source>lacks the image of {where}</source>
      <translation>ไม่มีรูปภาพของ{where}</translation>
    </message>
    <message>
      <source>lists an entry twice in its manifest</source>
      <translation>ระบุรายการเดียวกันซ้ำในบัญชีกำกับไฟล์</translation>
    </message>
    <message>
      <source>must hold exactly one trip</source>
      <translation>ต้องมีข้อมูลการเดินทางเพียงหนึ่งรายการเท่านั้น</translation>
    </message>
    <message>
      <source>names another trip in its manifest than in its records</source>
      <translation>ระบุการเดินทางในบัญชีกำกับไฟล์ไม่ตรงกับในข้อมูล</translation>
    </message>
    <message>
      <source>refers to a {kind} that is neither in the file nor here ({id})</source>
      <translation>อ้างถึง{kind}ที่ไม่มีทั้งในไฟล์และในเครื่องนี้ ({id})</translation>
    </message>
    <message>
      <source>the PDF</source>
      <translation>ไฟล์ PDF</translation>
    </message>
    <message>
      <source>the backup</source>
      <translation>ไฟล์สำรอง</translation>
    </message>
    <message>
      <source>the calendar file</source>
      <translation>ไฟล์ปฏิทิน</translation>
    </message>
    <message>
      <source>the contacts file</source>
      <translation>ไฟล์รายชื่อติดต่อ</translation>
    </message>
    <message>
      <source>the database</source>
      <translation>ฐานข้อมูล</translation>
    </message>
    <message>
      <source>the file</source>
      <translation>ไฟล์</translation>
    </message>
    <message>
      <source>the laptop copy of the trip</source>
      <translation>สำเนาการเดินทางในเครื่องนี้</translation>
    </message>
    <message>
      <source>the trip file</source>
      <translation>ไฟล์การเดินทาง</translation>
    </message>
    <message>
      <source>uses a compression method this program does not read</source>
      <translation>ใช้วิธีบีบอัดข้อมูลที่โปรแกรมนี้ไม่รองรับ</translation>
    </message>
    <message>
      <source>The system keyring did not keep the password ({reason}); it is used until BRST Desktop closes.</source>
      <translation>พวงกุญแจของระบบไม่ได้เก็บรหัสผ่านไว้ ({reason}) จะใช้รหัสผ่านนี้จนกว่าจะปิด BRST Desktop</translation>
    </message>
    <message>
      <source>gives its trip a classification this program does not know</source>
      <translation>ระบุชั้นความลับของการเดินทางที่โปรแกรมนี้ไม่รู้จัก</translation>
    </message>
    <message>
      <source>The trip is classified {level}; your user {user} on the office server is cleared for {clearance} only, so nothing was imported; ask the office's administrator.</source>
      <translation>การเดินทางนี้มีชั้นความลับ {level} แต่ผู้ใช้ {user} บนเซิร์ฟเวอร์สำนักงานได้รับสิทธิ์เพียงชั้น {clearance} จึงไม่ได้นำเข้าข้อมูลใด ๆ โปรดสอบถามผู้ดูแลระบบของสำนักงาน</translation>
    </message>
    <message>
      <source>was made by a newer BRST Desktop (format version {version}); update to import it</source>
      <translation>สร้างจาก BRST Desktop รุ่นที่ใหม่กว่า (รูปแบบไฟล์รุ่น {version}) โปรดปรับรุ่นโปรแกรมก่อนนำเข้า</translation>
    </message>
    <message>
      <source>would move a record here away from a {parent} the file does not carry ({kind} {id})</source>
      <translation>จะย้ายข้อมูลในเครื่องนี้ออกจาก{parent}ที่ไม่ได้อยู่ในไฟล์ ({kind} {id})</translation>
    </message>
    <message>
      <source>{author} changed this {record} at {time}; your change was not saved.</source>
      <translation>{author} แก้ไข{record}นี้เมื่อเวลา {time} น. การแก้ไขของคุณจึงไม่ได้บันทึก</translation>
    </message>
    <message>
      <source>{author} changed this {record} on {day} at {time}; your change was not saved.</source>
      <translation>{author} แก้ไข{record}นี้เมื่อวันที่ {day} เวลา {time} น. การแก้ไขของคุณจึงไม่ได้บันทึก</translation>
    </message>
    <message>
      <source>{count} briefing books have an id starting with {id}; give more of the id.</source>
      <translation>มีเอกสารประกอบการเดินทาง {count} รายการที่มีรหัสขึ้นต้นด้วย {id} โปรดระบุรหัสให้ยาวขึ้น</translation>
    </message>
    <message>
      <source>{count} trips have an id starting with {id}; give more of the id.</source>
      <translation>มีการเดินทาง {count} รายการที่มีรหัสขึ้นต้นด้วย {id} โปรดระบุรหัสให้ยาวขึ้น</translation>
    </message>
    <message>
      <source>{file} conflicts with changes made here ({names}); choose which version to keep, then import again (nothing was changed).</source>
      <translation>{file} ขัดกับการแก้ไขในเครื่องนี้ ({names}) โปรดเลือกว่าจะเก็บฉบับใด แล้วนำเข้าอีกครั้ง (ยังไม่มีการเปลี่ยนแปลงใด ๆ)</translation>
    </message>
    <message>
      <source>{file} does not fit this database ({reason}); nothing was changed.</source>
      <translation>{file} เข้ากับฐานข้อมูลนี้ไม่ได้ ({reason}) จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>{file} {reason}; nothing was changed.</source>
      <translation>{file} {reason} จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
      <source>{folder} is not a folder, so {document} cannot be saved in it.</source>
      <translation>{folder} ไม่ใช่โฟลเดอร์ จึงบันทึก{document} ไว้ในนั้นไม่ได้</translation>
    </message>
    <message>
      <source>{kind} record {number}</source>
      <translation>ข้อมูล{kind}รายการที่ {number}</translation>
    </message>
    <message>
      <source>{path} already holds the trip “{title}”; bring its changes back first (bring-back refreshes it), or take the trip into another file.</source>
      <translation>{path} มีการเดินทาง “{title}” อยู่แล้ว โปรดนำการแก้ไขกลับก่อน (การนำกลับจะปรับสำเนาให้เป็นปัจจุบัน) หรือคัดลอกการเดินทางลงในไฟล์อื่น</translation>
    </message>
    <message>
      <source>{path} cannot be a database: {parent} is a file, not a folder.</source>
      <translation>{path} เป็นฐานข้อมูลไม่ได้ เพราะ {parent} เป็นไฟล์ ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
      <source>{path} is a folder, not a database file.</source>
      <translation>{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
      <source>{path} is a folder; give a file name for {document}.</source>
      <translation>{path} เป็นโฟลเดอร์ โปรดระบุชื่อไฟล์สำหรับ{document}</translation>
    </message>
    <message>
      <source>{path} is a folder; name a file to write.</source>
      <translation>{path} เป็นโฟลเดอร์ โปรดระบุชื่อไฟล์ที่จะบันทึก</translation>
    </message>
    <message>
      <source>{path} is not a BRST Desktop database.</source>
      <translation>{path} ไม่ใช่ฐานข้อมูลของ BRST Desktop</translation>
    </message>
    <message>
      <source>{path} is not a database file (it is a device or a pipe).</source>
      <translation>{path} ไม่ใช่ไฟล์ฐานข้อมูล (เป็นอุปกรณ์หรือไปป์)</translation>
    </message>
    <message>
      <source>{path} is open in another program or read-only; close it (or choose another name) and try again.</source>
      <translation>ไฟล์ {path} เปิดอยู่ในโปรแกรมอื่นหรือเป็นแบบอ่านอย่างเดียว โปรดปิดไฟล์ดังกล่าว (หรือเลือกชื่ออื่น) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <source>{user} cannot be a user name: write one of at most 63 bytes that does not begin with brst_ or pg_.</source>
      <translation>{user} ใช้เป็นชื่อผู้ใช้ไม่ได้ โปรดใช้ชื่อยาวไม่เกิน 63 ไบต์ที่ไม่ขึ้นต้นด้วย brst_ หรือ pg_</translation>
    </message>
    <message>
      <source>{where} cannot be given in the records</source>
      <translation>มี{where} ซึ่งไม่อนุญาตให้ระบุไว้ในข้อมูล</translation>
    </message>
    <message>
      <source>{where} contains a NUL character</source>
      <translation>มี{where} ซึ่งมีอักขระ NUL</translation>
    </message>
    <message>
      <source>{where} has a type this version cannot read</source>
      <translation>มี{where} ซึ่งเป็นชนิดข้อมูลที่โปรแกรมรุ่นนี้อ่านไม่ได้</translation>
    </message>
    <message>
      <source>{where} has an unknown field '{field}'</source>
      <translation>มี{where} ซึ่งมีช่อง '{field}' ที่ไม่รู้จัก</translation>
    </message>
    <message>
      <source>{where} has no time zone</source>
      <translation>มี{where} ซึ่งไม่ได้ระบุเขตเวลา</translation>
    </message>
    <message>
      <source>{where} holds text that is not valid Unicode</source>
      <translation>มี{where} ซึ่งมีข้อความที่ไม่ใช่ยูนิโคดที่ถูกต้อง</translation>
    </message>
    <message>
      <source>{where} is empty but must have a value</source>
      <translation>มี{where} ซึ่งว่างอยู่ แต่ต้องมีค่า</translation>
    </message>
    <message>
      <source>{where} is longer than {limit} characters</source>
      <translation>มี{where} ซึ่งยาวเกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
      <source>{where} is nested too deeply</source>
      <translation>มี{where} ซึ่งซ้อนกันหลายชั้นเกินไป</translation>
    </message>
    <message>
      <source>{where} is not a date</source>
      <translation>มี{where} ซึ่งไม่ใช่วันที่</translation>
    </message>
    <message>
      <source>{where} is not a date and time</source>
      <translation>มี{where} ซึ่งไม่ใช่วันที่และเวลา</translation>
    </message>
    <message>
      <source>{where} is not a record</source>
      <translation>มี{where} ซึ่งไม่อยู่ในรูปแบบของข้อมูล</translation>
    </message>
    <message>
      <source>{where} is not a record id</source>
      <translation>มี{where} ซึ่งไม่ใช่รหัสข้อมูลที่ถูกต้อง</translation>
    </message>
    <message>
      <source>{where} is not a time zone this program knows</source>
      <translation>มี{where} ซึ่งไม่ใช่เขตเวลาที่โปรแกรมรู้จัก</translation>
    </message>
    <message>
      <source>{where} is not an edition snapshot this version can read</source>
      <translation>มี{where} ซึ่งไม่ใช่ข้อมูลฉบับพิมพ์ที่โปรแกรมรุ่นนี้อ่านได้</translation>
    </message>
    <message>
      <source>{where} is outside the years {first} to {last}</source>
      <translation>มี{where} ซึ่งอยู่นอกช่วงปี ค.ศ. {first} ถึง {last}</translation>
    </message>
    <message>
      <source>{where} lacks the field '{field}'</source>
      <translation>มี{where} ซึ่งขาดช่อง '{field}'</translation>
    </message>
    <message>
      <source>{where} must be a number</source>
      <translation>มี{where} ซึ่งต้องเป็นตัวเลข</translation>
    </message>
    <message>
      <source>{where} must be a whole number</source>
      <translation>มี{where} ซึ่งต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
      <source>{where} must be a whole number from {low} to {high}</source>
      <translation>มี{where} ซึ่งต้องเป็นจำนวนเต็มตั้งแต่ {low} ถึง {high}</translation>
    </message>
    <message>
      <source>{where} must be one of {allowed}</source>
      <translation>มี{where} ซึ่งต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {allowed}</translation>
    </message>
    <message>
      <source>{where} must be text</source>
      <translation>มี{where} ซึ่งต้องเป็นข้อความ</translation>
    </message>
    <message>
      <source>{where} must be true or false</source>
      <translation>มี{where} ซึ่งต้องเป็นค่าจริงหรือเท็จ (true/false)</translation>
    </message>
    <message>
      <source>{where} must list book sections</source>
      <translation>มี{where} ซึ่งต้องเป็นรายการหมวดของเอกสาร</translation>
    </message>
    <message>
      <source>{where}, field {field}</source>
      <translation>{where} ช่อง {field}</translation>
    </message>
    <message>
      <source>“{id}” is not a briefing book id (a UUID or the start of one).</source>
      <translation>“{id}” ไม่ใช่รหัสเอกสารประกอบการเดินทาง (ต้องเป็น UUID หรือส่วนต้นของ UUID)</translation>
    </message>
    <message>
      <source>“{id}” is not a trip id (a UUID or the start of one).</source>
      <translation>“{id}” ไม่ใช่รหัสการเดินทาง (ต้องเป็น UUID หรือส่วนต้นของ UUID)</translation>
    </message>
    <message>
      <source>“{name}” is not a name in Chinese characters (two to six of them).</source>
      <translation>“{name}” ไม่ใช่ชื่อที่เขียนด้วยอักษรจีน (สองถึงหกตัวอักษร)</translation>
    </message>
  </context>
</TS>
