<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
  <context>
    <name>AgreementsPage</name>
    <message>
      <source>Agreement</source>
      <translation>ความตกลง</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>New agreement</source>
      <translation>ความตกลงใหม่</translation>
    </message>
    <message>
      <source>An agreement belongs to a trip: choose the trip on the Trips page first.</source>
      <translation>ความตกลงต้องอยู่ภายใต้การเดินทาง โปรดเลือกการเดินทางในหน้าการเดินทางก่อน</translation>
    </message>
    <message>
      <source>Go to Trips</source>
      <translation>ไปที่หน้าการเดินทาง</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Add party</source>
      <translation>เพิ่มภาคี</translation>
    </message>
    <message>
      <source>Signatory</source>
      <translation>ผู้ลงนาม</translation>
    </message>
    <message>
      <source>Add signatory</source>
      <translation>เพิ่มผู้ลงนาม</translation>
    </message>
    <message>
      <source>Parties and implementing agencies</source>
      <translation>ภาคีและหน่วยงานดำเนินการ</translation>
    </message>
    <message>
      <source>Signatories</source>
      <translation>ผู้ลงนาม</translation>
    </message>
  </context>
  <context>
    <name>BackupListModel</name>
    <message>
      <source>Made</source>
      <translation>เวลาที่สำรอง</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>เหตุผล</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ขนาด</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>ผลการตรวจ</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>ประจำวัน</translation>
    </message>
    <message>
      <source>Made by hand</source>
      <translation>สำรองด้วยตนเอง</translation>
    </message>
    <message>
      <source>Before an upgrade</source>
      <translation>ก่อนปรับรุ่นฐานข้อมูล</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
      <source>Before a passphrase change</source>
      <translation>ก่อนเปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
      <source>Before an import</source>
      <translation>ก่อนนำเข้าข้อมูล</translation>
    </message>
    <message>
      <source>%1 MB</source>
      <translation>%1 MB</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>กำลังตรวจ…</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>สมบูรณ์</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>เสียหาย</translation>
    </message>
  </context>
  <context>
    <name>BookExport</name>
    <message>
      <source>Preparing the book…</source>
      <translation>กำลังจัดทำเอกสาร…</translation>
    </message>
    <message>
      <source>Exporting</source>
      <translation>กำลังส่งออก</translation>
    </message>
    <message>
      <source>Book exported</source>
      <translation>ส่งออกเอกสารแล้ว</translation>
    </message>
    <message numerus="yes">
      <source>Edition %1, %n page(s), saved as %2.</source>
      <translation>
        <numerusform>ฉบับที่ %1 จำนวน %n หน้า บันทึกไว้ที่ %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The %n numbered copies are each in a file of their own there.</source>
      <translation>
        <numerusform>สำเนา %n ชุดที่มีเลขกำกับอยู่ในโฟลเดอร์นั้น ชุดละหนึ่งไฟล์</numerusform>
      </translation>
    </message>
    <message>
      <source>It opens only with the password.</source>
      <translation>เปิดได้ด้วยรหัสผ่านเท่านั้น</translation>
    </message>
    <message>
      <source>Open the PDF</source>
      <translation>เปิดไฟล์ PDF</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>The printer could not be opened; check that it is switched on and try again.</source>
      <translation>เปิดเครื่องพิมพ์ไม่ได้ ตรวจสอบว่าเปิดเครื่องอยู่แล้วลองใหม่</translation>
    </message>
  </context>
  <context>
    <name>BookPreview</name>
    <message>
      <source>Choose a book on the left: its pages appear here.</source>
      <translation>เลือกเอกสารประกอบการเดินทางทางซ้าย แล้วหน้าของเอกสารจะแสดงที่นี่</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>ย่อ</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>ขยาย</translation>
    </message>
    <message>
      <source>Fit the page width</source>
      <translation>พอดีความกว้างหน้า</translation>
    </message>
    <message>
      <source>Show the whole page</source>
      <translation>แสดงทั้งหน้า</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>หน้าก่อน</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>หน้าถัดไป</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>หน้า</translation>
    </message>
    <message numerus="yes">
      <source>of %n</source>
      <translation>
        <numerusform>จาก %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Making the preview of this book: its pages appear here in a moment.</source>
      <translation>กำลังจัดทำตัวอย่างของเอกสารนี้ อีกสักครู่หน้าของเอกสารจะแสดงที่นี่</translation>
    </message>
    <message>
      <source>Updating the preview…</source>
      <translation>กำลังสร้างตัวอย่าง…</translation>
    </message>
    <message>
      <source>The preview needs the PDF export, which is missing from this installation.</source>
      <translation>การแสดงตัวอย่างต้องใช้ส่วนส่งออก PDF ซึ่งไม่มีในโปรแกรมชุดนี้</translation>
    </message>
    <message>
      <source>The book has no pages: tick at least one section.</source>
      <translation>เอกสารนี้ยังไม่มีหน้า ให้เลือกอย่างน้อยหนึ่งส่วน</translation>
    </message>
  </context>
  <context>
    <name>BooksPage</name>
    <message>
      <source>Book</source>
      <translation>เอกสาร</translation>
    </message>
    <message>
      <source>Trip</source>
      <translation>การเดินทาง</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>ภาษา</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>ขนาดกระดาษ</translation>
    </message>
    <message>
      <source>New book</source>
      <translation>เอกสารใหม่</translation>
    </message>
    <message>
      <source>A book is made for a trip: make the trip first.</source>
      <translation>เอกสารจัดทำสำหรับการเดินทาง โปรดสร้างการเดินทางก่อน</translation>
    </message>
    <message>
      <source>New trip</source>
      <translation>การเดินทางใหม่</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>ส่วนของเอกสาร</translation>
    </message>
    <message>
      <source>Counterparts</source>
      <translation>บุคคลสำคัญ</translation>
    </message>
    <message>
      <source>Topic papers</source>
      <translation>เอกสารประเด็น</translation>
    </message>
    <message>
      <source>Tick the sections the book has; drag them into order.</source>
      <translation>ทำเครื่องหมายส่วนที่ต้องการ ลากเพื่อเรียงลำดับ</translation>
    </message>
    <message>
      <source>Counterparts whose biography goes in the book</source>
      <translation>บุคคลที่จะใส่ประวัติในเอกสาร</translation>
    </message>
    <message>
      <source>Edition</source>
      <translation>ฉบับที่</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>ข้อมูล ณ</translation>
    </message>
    <message>
      <source>Exported by</source>
      <translation>ส่งออกโดย</translation>
    </message>
    <message>
      <source>Editions</source>
      <translation>ฉบับที่ส่งออก</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>ส่งออก PDF…</translation>
    </message>
    <message>
      <source>Ctrl+E</source>
      <translation>Ctrl+E</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>พิมพ์…</translation>
    </message>
    <message>
      <source>Ctrl+P</source>
      <translation>Ctrl+P</translation>
    </message>
    <message>
      <source>Open in PDF viewer</source>
      <translation>เปิดในโปรแกรมอ่าน PDF</translation>
    </message>
    <message>
      <source>Refresh preview</source>
      <translation>แสดงตัวอย่างใหม่</translation>
    </message>
    <message>
      <source>Office and emblem…</source>
      <translation>หน่วยงานและตราสัญลักษณ์…</translation>
    </message>
    <message>
      <source>The office's name and emblem on every cover</source>
      <translation>ชื่อและตราสัญลักษณ์ของหน่วยงานบนปกเอกสารทุกเล่ม</translation>
    </message>
    <message>
      <source>Change the book's sections</source>
      <translation>เปลี่ยนส่วนของเอกสาร</translation>
    </message>
    <message>
      <source>Choose the book's counterparts</source>
      <translation>เลือกบุคคลสำคัญในเอกสาร</translation>
    </message>
    <message>
      <source>Choose the book's topics</source>
      <translation>เลือกประเด็นในเอกสาร</translation>
    </message>
  </context>
  <context>
    <name>Checklist</name>
    <message>
      <source>Move up</source>
      <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>เลื่อนลง</translation>
    </message>
    <message>
      <source>Alt+Down</source>
      <translation>Alt+Down</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <source>Connect to office server</source>
      <translation>เชื่อมต่อเซิร์ฟเวอร์สำนักงาน</translation>
    </message>
    <message>
      <source>server name, or the socket folder such as /run/postgresql</source>
      <translation>ชื่อเซิร์ฟเวอร์ หรือโฟลเดอร์ซ็อกเก็ต เช่น /run/postgresql</translation>
    </message>
    <message>
      <source>only if ~/.pgpass or the keyring has none</source>
      <translation>เฉพาะเมื่อ ~/.pgpass หรือพวงกุญแจไม่มีรหัสผ่าน</translation>
    </message>
    <message>
      <source>On Connect you may keep the password in the system keyring ({name}).</source>
      <translation>เมื่อกดเชื่อมต่อ สามารถเก็บรหัสผ่านไว้ในพวงกุญแจของระบบ ({name}) ได้</translation>
    </message>
    <message>
      <source>This computer has no system keyring, so a password typed here is used only until BRST Desktop closes.</source>
      <translation>เครื่องนี้ไม่มีพวงกุญแจของระบบ รหัสผ่านที่พิมพ์ที่นี่จึงใช้ได้จนกว่าจะปิด BRST Desktop เท่านั้น</translation>
    </message>
    <message>
      <source>Require an encrypted connection</source>
      <translation>ต้องเชื่อมต่อแบบเข้ารหัส</translation>
    </message>
    <message>
      <source>&amp;Server:</source>
      <translation>เซิร์ฟเวอร์ (&amp;S):</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>พอร์ต (&amp;P):</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>ฐานข้อมูล (&amp;D):</translation>
    </message>
    <message>
      <source>&amp;User name:</source>
      <translation>ชื่อผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>รหัสผ่าน (&amp;W):</translation>
    </message>
    <message>
      <source>Address:</source>
      <translation>ที่อยู่:</translation>
    </message>
    <message>
      <source>Without a password typed here it is read from ~/.pgpass or the system keyring; ask the office's administrator for your user name and password.</source>
      <translation>หากไม่ได้พิมพ์รหัสผ่านที่นี่ จะอ่านรหัสผ่านจาก ~/.pgpass หรือพวงกุญแจของระบบ โปรดขอชื่อผู้ใช้และรหัสผ่านจากผู้ดูแลระบบของสำนักงาน</translation>
    </message>
    <message>
      <source>&amp;Test Connection</source>
      <translation>ทดสอบการเชื่อมต่อ (&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Connect</source>
      <translation>เชื่อมต่อ (&amp;C)</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
      <source>The office server answers and its database is ready.</source>
      <translation>เซิร์ฟเวอร์สำนักงานตอบรับ และฐานข้อมูลพร้อมใช้งาน</translation>
    </message>
    <message>
      <source>Remember the password?</source>
      <translation>จำรหัสผ่านไว้หรือไม่</translation>
    </message>
    <message>
      <source>This computer has no system keyring, so the password for {server} is used only until BRST Desktop closes; next time type it again, or put it in ~/.pgpass.</source>
      <translation>เครื่องนี้ไม่มีพวงกุญแจของระบบ รหัสผ่านของ {server} จึงใช้ได้จนกว่าจะปิด BRST Desktop เท่านั้น ครั้งต่อไปโปรดพิมพ์อีกครั้ง หรือเก็บไว้ใน ~/.pgpass</translation>
    </message>
    <message>
      <source>Keep the password for {server} in the system keyring ({name}), so that BRST Desktop connects without asking next time?</source>
      <translation>จะให้ BRST Desktop จำรหัสผ่านของ {server} ไว้ในพวงกุญแจของระบบ ({name}) และเชื่อมต่อเองในครั้งหน้า หรือใช้รหัสผ่านนี้จนกว่าจะปิดโปรแกรม</translation>
    </message>
    <message>
      <source>&amp;Keep in keyring</source>
      <translation>เก็บไว้ในพวงกุญแจ (&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Only this session</source>
      <translation>ใช้เฉพาะครั้งนี้ (&amp;O)</translation>
    </message>
    <message>
      <source>C&amp;onnect to office server…</source>
      <translation>เชื่อมต่อเซิร์ฟเวอร์สำนักงาน… (&amp;O)</translation>
    </message>
    <message>
      <source>Use this computer's &amp;database</source>
      <translation>ใช้ฐานข้อมูลในเครื่องนี้ (&amp;D)</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export the book as PDF</source>
      <translation>ส่งออกเอกสารเป็น PDF</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>เลือก…</translation>
    </message>
    <message>
      <source>Save as:</source>
      <translation>บันทึกเป็น:</translation>
    </message>
    <message>
      <source>Protect the PDF with a password</source>
      <translation>ป้องกัน PDF ด้วยรหัสผ่าน</translation>
    </message>
    <message>
      <source>The PDF opens only with this password (it may be printed and copied from, not changed). Give it to the readers separately, not with the file. It is not saved anywhere: a forgotten password cannot be recovered, export again.</source>
      <translation>PDF จะเปิดได้ด้วยรหัสผ่านนี้เท่านั้น (พิมพ์และคัดลอกข้อความได้ แต่แก้ไขไม่ได้) ให้แจ้งรหัสผ่านแก่ผู้อ่านแยกต่างหาก อย่าส่งไปพร้อมกับไฟล์ โปรแกรมไม่บันทึกรหัสผ่านไว้ที่ใด หากลืมจะกู้คืนไม่ได้ ต้องส่งออกใหม่</translation>
    </message>
    <message>
      <source>Password:</source>
      <translation>รหัสผ่าน:</translation>
    </message>
    <message>
      <source>Type it again:</source>
      <translation>พิมพ์อีกครั้ง:</translation>
    </message>
    <message>
      <source>This book is classified: without a password anyone who gets the file can read it.</source>
      <translation>เอกสารนี้มีชั้นความลับ หากไม่ใส่รหัสผ่าน ผู้ใดได้ไฟล์ไปก็อ่านได้</translation>
    </message>
    <message>
      <source>Numbered copies</source>
      <translation>สำเนาที่มีเลขกำกับชุด</translation>
    </message>
    <message>
      <source>not numbered</source>
      <translation>ไม่กำกับเลขชุด</translation>
    </message>
    <message>
      <source>All the copies in one PDF</source>
      <translation>รวมทุกชุดไว้ในไฟล์ PDF เดียว</translation>
    </message>
    <message>
      <source>Copies:</source>
      <translation>จำนวนชุด:</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>ส่งออก</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Replace the file?</source>
      <translation>แทนที่ไฟล์เดิมหรือไม่</translation>
    </message>
    <message>
      <source>“%1” already exists in %2. Replace it with this export?</source>
      <translation>มีไฟล์ “%1” อยู่แล้วใน %2 จะแทนที่ด้วยไฟล์ที่ส่งออกครั้งนี้หรือไม่</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>แทนที่</translation>
    </message>
    <message>
      <source>Give a file name for the PDF.</source>
      <translation>โปรดระบุชื่อไฟล์ PDF</translation>
    </message>
    <message>
      <source>Type a password, or untick the protection.</source>
      <translation>โปรดพิมพ์รหัสผ่าน หรือยกเลิกการป้องกัน</translation>
    </message>
    <message>
      <source>The two passwords are not the same.</source>
      <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <source>Meeting</source>
      <translation>การประชุม</translation>
    </message>
    <message>
      <source>Flight</source>
      <translation>เที่ยวบิน</translation>
    </message>
    <message>
      <source>Ceremony</source>
      <translation>พิธีการ</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>การลงนาม</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>การเยี่ยมชม</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>งานเลี้ยง/อาหาร</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>การเดินทางภาคพื้น</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>การประชุมใหญ่</translation>
    </message>
    <message>
      <source>Press</source>
      <translation>สื่อมวลชน</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>อื่น ๆ</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>ตามแผน</translation>
    </message>
    <message>
      <source>Tentative</source>
      <translation>ยังไม่ยืนยัน</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>ยังไม่ทราบ</translation>
    </message>
    <message>
      <source>Open to press</source>
      <translation>เปิดให้สื่อมวลชน</translation>
    </message>
    <message>
      <source>Closed to press</source>
      <translation>ไม่เปิดให้สื่อมวลชน</translation>
    </message>
    <message>
      <source>Photo opportunity, then closed</source>
      <translation>เปิดให้สื่อมวลชนถ่ายภาพช่วงต้นเท่านั้น</translation>
    </message>
    <message>
      <source>Key message</source>
      <translation>สาระสำคัญ</translation>
    </message>
    <message>
      <source>Background</source>
      <translation>ข้อมูลภูมิหลัง</translation>
    </message>
    <message>
      <source>If raised (defensive line)</source>
      <translation>หากมีการหยิบยก (แนวทางการตอบ)</translation>
    </message>
    <message>
      <source>Press line</source>
      <translation>แนวข่าวสำหรับสื่อมวลชน</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>ร่าง</translation>
    </message>
    <message>
      <source>Negotiating</source>
      <translation>อยู่ระหว่างเจรจา</translation>
    </message>
    <message>
      <source>Agreed</source>
      <translation>ตกลงแล้ว</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>ลงนามแล้ว</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>ถอนแล้ว</translation>
    </message>
    <message>
      <source>Our delegation</source>
      <translation>คณะฝ่ายไทย</translation>
    </message>
    <message>
      <source>Host delegation</source>
      <translation>คณะฝ่ายเจ้าภาพ</translation>
    </message>
    <message>
      <source>Party</source>
      <translation>ภาคี</translation>
    </message>
    <message>
      <source>Implementing agency</source>
      <translation>หน่วยงานดำเนินการ</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>พยาน</translation>
    </message>
    <message>
      <source>Given</source>
      <translation>มอบให้</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>ได้รับ</translation>
    </message>
    <message>
      <source>General</source>
      <translation>ทั่วไป</translation>
    </message>
    <message>
      <source>Forms of address</source>
      <translation>การเรียกขาน</translation>
    </message>
    <message>
      <source>Precedence and seating</source>
      <translation>ลำดับเกียรติและการจัดที่นั่ง</translation>
    </message>
    <message>
      <source>Dress</source>
      <translation>การแต่งกาย</translation>
    </message>
    <message>
      <source>Dietary needs</source>
      <translation>ข้อจำกัดด้านอาหาร</translation>
    </message>
    <message>
      <source>Gifts</source>
      <translation>ของที่ระลึก</translation>
    </message>
    <message>
      <source>Thai</source>
      <translation>ไทย</translation>
    </message>
    <message>
      <source>English</source>
      <translation>อังกฤษ</translation>
    </message>
    <message>
      <source>Thai and English</source>
      <translation>ไทยและอังกฤษ</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>A5 (pocket)</source>
      <translation>A5 (ฉบับพกพา)</translation>
    </message>
    <message>
      <source>Programme card</source>
      <translation>บัตรกำหนดการ</translation>
    </message>
    <message>
      <source>Unclassified</source>
      <translation>ไม่มีชั้นความลับ</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>ลับ</translation>
    </message>
    <message>
      <source>Secret</source>
      <translation>ลับมาก</translation>
    </message>
    <message>
      <source>Top secret</source>
      <translation>ลับที่สุด</translation>
    </message>
    <message>
      <source>Title (Thai)</source>
      <translation>ชื่อเรื่อง (ไทย)</translation>
    </message>
    <message>
      <source>Title (English)</source>
      <translation>ชื่อเรื่อง (อังกฤษ)</translation>
    </message>
    <message>
      <source>Destination (Thai)</source>
      <translation>จุดหมาย (ไทย)</translation>
    </message>
    <message>
      <source>Destination (English)</source>
      <translation>จุดหมาย (อังกฤษ)</translation>
    </message>
    <message>
      <source>Country code</source>
      <translation>รหัสประเทศ</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>วันแรก</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>วันสุดท้าย</translation>
    </message>
    <message>
      <source>Home time zone</source>
      <translation>เขตเวลาต้นทาง</translation>
    </message>
    <message>
      <source>Destination time zone</source>
      <translation>เขตเวลาปลายทาง</translation>
    </message>
    <message>
      <source>Classification</source>
      <translation>ชั้นความลับ</translation>
    </message>
    <message>
      <source>Purpose (Thai)</source>
      <translation>วัตถุประสงค์ (ไทย)</translation>
    </message>
    <message>
      <source>Purpose (English)</source>
      <translation>วัตถุประสงค์ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Objectives (Thai)</source>
      <translation>เป้าหมาย (ไทย)</translation>
    </message>
    <message>
      <source>Objectives (English)</source>
      <translation>เป้าหมาย (อังกฤษ)</translation>
    </message>
    <message>
      <source>Sensitivities (Thai)</source>
      <translation>ประเด็นอ่อนไหว (ไทย)</translation>
    </message>
    <message>
      <source>Sensitivities (English)</source>
      <translation>ประเด็นอ่อนไหว (อังกฤษ)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>เขตเวลา</translation>
    </message>
    <message>
      <source>Starts (local time)</source>
      <translation>เริ่ม (เวลาท้องถิ่น)</translation>
    </message>
    <message>
      <source>Ends in time zone (flights)</source>
      <translation>สิ้นสุดในเขตเวลา (เที่ยวบิน)</translation>
    </message>
    <message>
      <source>Ends (local time)</source>
      <translation>สิ้นสุด (เวลาท้องถิ่น)</translation>
    </message>
    <message>
      <source>Venue (Thai)</source>
      <translation>สถานที่ (ไทย)</translation>
    </message>
    <message>
      <source>Venue (English)</source>
      <translation>สถานที่ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Venue (local script)</source>
      <translation>สถานที่ (อักษรท้องถิ่น)</translation>
    </message>
    <message>
      <source>Arrives at (Thai, flights)</source>
      <translation>ปลายทาง (ไทย สำหรับเที่ยวบิน)</translation>
    </message>
    <message>
      <source>Arrives at (English, flights)</source>
      <translation>ปลายทาง (อังกฤษ สำหรับเที่ยวบิน)</translation>
    </message>
    <message>
      <source>Arrives at (local script)</source>
      <translation>ปลายทาง (อักษรท้องถิ่น)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>ที่อยู่</translation>
    </message>
    <message>
      <source>Dress (Thai)</source>
      <translation>การแต่งกาย (ไทย)</translation>
    </message>
    <message>
      <source>Dress (English)</source>
      <translation>การแต่งกาย (อังกฤษ)</translation>
    </message>
    <message>
      <source>Transport (Thai)</source>
      <translation>การเดินทาง (ไทย)</translation>
    </message>
    <message>
      <source>Transport (English)</source>
      <translation>การเดินทาง (อังกฤษ)</translation>
    </message>
    <message>
      <source>Our objectives (Thai)</source>
      <translation>เป้าหมายฝ่ายไทย (ไทย)</translation>
    </message>
    <message>
      <source>Our objectives (English)</source>
      <translation>เป้าหมายฝ่ายไทย (อังกฤษ)</translation>
    </message>
    <message>
      <source>Their objectives (Thai)</source>
      <translation>เป้าหมายอีกฝ่าย (ไทย)</translation>
    </message>
    <message>
      <source>Their objectives (English)</source>
      <translation>เป้าหมายอีกฝ่าย (อังกฤษ)</translation>
    </message>
    <message>
      <source>Background (Thai)</source>
      <translation>ข้อมูลภูมิหลัง (ไทย)</translation>
    </message>
    <message>
      <source>Background (English)</source>
      <translation>ข้อมูลภูมิหลัง (อังกฤษ)</translation>
    </message>
    <message>
      <source>Notes (Thai)</source>
      <translation>หมายเหตุ (ไทย)</translation>
    </message>
    <message>
      <source>Notes (English)</source>
      <translation>หมายเหตุ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Name (Thai)</source>
      <translation>ชื่อ (ไทย)</translation>
    </message>
    <message>
      <source>Name (English)</source>
      <translation>ชื่อ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Name (own script, e.g. Chinese)</source>
      <translation>ชื่อ (อักษรท้องถิ่น เช่น จีน)</translation>
    </message>
    <message>
      <source>Romanised name (e.g. pinyin)</source>
      <translation>ชื่อถอดเป็นอักษรโรมัน (เช่น พินอิน)</translation>
    </message>
    <message>
      <source>Family name first</source>
      <translation>นามสกุลขึ้นก่อน</translation>
    </message>
    <message>
      <source>Sort as</source>
      <translation>เรียงลำดับตาม</translation>
    </message>
    <message>
      <source>Pronunciation (Thai script)</source>
      <translation>คำอ่าน (อักษรไทย)</translation>
    </message>
    <message>
      <source>Pronunciation (Latin letters)</source>
      <translation>คำอ่าน (อักษรโรมัน)</translation>
    </message>
    <message>
      <source>Honorific (Thai)</source>
      <translation>คำนำหน้า (ไทย)</translation>
    </message>
    <message>
      <source>Honorific (English)</source>
      <translation>คำนำหน้า (อังกฤษ)</translation>
    </message>
    <message>
      <source>Form of address (Thai)</source>
      <translation>คำเรียกขาน (ไทย)</translation>
    </message>
    <message>
      <source>Form of address (English)</source>
      <translation>คำเรียกขาน (อังกฤษ)</translation>
    </message>
    <message>
      <source>Position (Thai)</source>
      <translation>ตำแหน่ง (ไทย)</translation>
    </message>
    <message>
      <source>Position (English)</source>
      <translation>ตำแหน่ง (อังกฤษ)</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>เพศ</translation>
    </message>
    <message>
      <source>Languages spoken (Thai)</source>
      <translation>ภาษาที่ใช้ (ไทย)</translation>
    </message>
    <message>
      <source>Languages spoken (English)</source>
      <translation>ภาษาที่ใช้ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Biography (Thai)</source>
      <translation>ประวัติ (ไทย)</translation>
    </message>
    <message>
      <source>Biography (English)</source>
      <translation>ประวัติ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Dietary needs (Thai)</source>
      <translation>ข้อจำกัดด้านอาหาร (ไทย)</translation>
    </message>
    <message>
      <source>Dietary needs (English)</source>
      <translation>ข้อจำกัดด้านอาหาร (อังกฤษ)</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Place (Thai)</source>
      <translation>สถานที่ (ไทย)</translation>
    </message>
    <message>
      <source>Place (English)</source>
      <translation>สถานที่ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Occasion (Thai)</source>
      <translation>โอกาส (ไทย)</translation>
    </message>
    <message>
      <source>Occasion (English)</source>
      <translation>โอกาส (อังกฤษ)</translation>
    </message>
    <message>
      <source>Summary (Thai)</source>
      <translation>สรุป (ไทย)</translation>
    </message>
    <message>
      <source>Summary (English)</source>
      <translation>สรุป (อังกฤษ)</translation>
    </message>
    <message>
      <source>Name (own script)</source>
      <translation>ชื่อ (อักษรท้องถิ่น)</translation>
    </message>
    <message>
      <source>Abbreviation (Thai)</source>
      <translation>อักษรย่อ (ไทย)</translation>
    </message>
    <message>
      <source>Abbreviation (English)</source>
      <translation>อักษรย่อ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Owner (office, Thai)</source>
      <translation>หน่วยงานรับผิดชอบ (ไทย)</translation>
    </message>
    <message>
      <source>Owner (office, English)</source>
      <translation>หน่วยงานรับผิดชอบ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Background and position (Thai)</source>
      <translation>ภูมิหลังและท่าที (ไทย)</translation>
    </message>
    <message>
      <source>Background and position (English)</source>
      <translation>ภูมิหลังและท่าที (อังกฤษ)</translation>
    </message>
    <message>
      <source>Text (Thai)</source>
      <translation>ข้อความ (ไทย)</translation>
    </message>
    <message>
      <source>Text (English)</source>
      <translation>ข้อความ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Owner (Thai)</source>
      <translation>ผู้รับผิดชอบ (ไทย)</translation>
    </message>
    <message>
      <source>Owner (English)</source>
      <translation>ผู้รับผิดชอบ (อังกฤษ)</translation>
    </message>
    <message>
      <source>Cleared by (Thai)</source>
      <translation>ตรวจสอบโดย (ไทย)</translation>
    </message>
    <message>
      <source>Cleared by (English)</source>
      <translation>ตรวจสอบโดย (อังกฤษ)</translation>
    </message>
    <message>
      <source>Cleared on</source>
      <translation>วันที่อนุมัติ</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <source>Trip</source>
      <translation>การเดินทาง</translation>
    </message>
    <message>
      <source>Kind (e.g. MoU)</source>
      <translation>ประเภท (เช่น MoU)</translation>
    </message>
    <message>
      <source>Signing ceremony</source>
      <translation>พิธีลงนาม</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Signatory</source>
      <translation>ผู้ลงนาม</translation>
    </message>
    <message>
      <source>On behalf of</source>
      <translation>ในนามของ</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>บุคคล</translation>
    </message>
    <message>
      <source>Role (Thai)</source>
      <translation>บทบาท (ไทย)</translation>
    </message>
    <message>
      <source>Role (English)</source>
      <translation>บทบาท (อังกฤษ)</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>ประเด็น</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>ฝ่าย</translation>
    </message>
    <message>
      <source>Precedence (1 = head)</source>
      <translation>ลำดับเกียรติ (1 = หัวหน้าคณะ)</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>ล่าม</translation>
    </message>
    <message>
      <source>Given or received</source>
      <translation>มอบให้หรือได้รับ</translation>
    </message>
    <message>
      <source>Description (Thai)</source>
      <translation>รายละเอียด (ไทย)</translation>
    </message>
    <message>
      <source>Description (English)</source>
      <translation>รายละเอียด (อังกฤษ)</translation>
    </message>
    <message>
      <source>Giver</source>
      <translation>ผู้มอบ</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>ผู้รับ</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>มูลค่า</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>สกุลเงิน</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>หมวด</translation>
    </message>
    <message>
      <source>Language of the book</source>
      <translation>ภาษาของเอกสาร</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>ขนาดกระดาษ</translation>
    </message>
    <message>
      <source>Thai numerals</source>
      <translation>ใช้เลขไทย</translation>
    </message>
    <message>
      <source>Change sheet since edition</source>
      <translation>สรุปการเปลี่ยนแปลงนับจากฉบับที่</translation>
    </message>
    <message>
      <source>Prepared by (Thai)</source>
      <translation>จัดทำโดย (ไทย)</translation>
    </message>
    <message>
      <source>Prepared by (English)</source>
      <translation>จัดทำโดย (อังกฤษ)</translation>
    </message>
    <message>
      <source>Cover</source>
      <translation>ปก</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>สารบัญ</translation>
    </message>
    <message>
      <source>Changes since the last edition</source>
      <translation>การเปลี่ยนแปลงจากฉบับก่อน</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>ภาพรวม</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>กำหนดการ</translation>
    </message>
    <message>
      <source>Delegations</source>
      <translation>รายชื่อคณะผู้แทน</translation>
    </message>
    <message>
      <source>Meeting briefs</source>
      <translation>เอกสารประกอบการหารือ</translation>
    </message>
    <message>
      <source>Biographies</source>
      <translation>ประวัติบุคคล</translation>
    </message>
    <message>
      <source>Topic papers</source>
      <translation>เอกสารประเด็น</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>ความตกลง</translation>
    </message>
    <message>
      <source>Protocol notes</source>
      <translation>หมายเหตุด้านพิธีการ</translation>
    </message>
    <message>
      <source>Annexes</source>
      <translation>ภาคผนวก</translation>
    </message>
  </context>
  <context>
    <name>Forms</name>
    <message>
      <source>(no date)</source>
      <translation>(ไม่ระบุวันที่)</translation>
    </message>
    <message>
      <source>(no time)</source>
      <translation>(ไม่ระบุเวลา)</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ไม่มี)</translation>
    </message>
    <message>
      <source>Use my value</source>
      <translation>ใช้ค่าของฉัน</translation>
    </message>
    <message>
      <source>Your value: %1</source>
      <translation>ค่าที่คุณกรอก: %1</translation>
    </message>
    <message>
      <source>Change %1</source>
      <translation>แก้ไข %1</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Import a trip</source>
      <translation>นำเข้าการเดินทาง</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>ช่องข้อมูล</translation>
    </message>
    <message>
      <source>Here</source>
      <translation>ในเครื่องนี้</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>นำเข้า</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Nothing to import</source>
      <translation>ไม่มีข้อมูลใหม่ให้นำเข้า</translation>
    </message>
    <message>
      <source>%1 holds “%2”, made by %3.</source>
      <translation>%1 มี “%2” จัดทำโดย %3</translation>
    </message>
    <message>
      <source>%1 holds “%2”.</source>
      <translation>%1 มี “%2”</translation>
    </message>
    <message>
      <source>%1: an organiser's programme, for the trip “%2”.</source>
      <translation>%1: กำหนดการจากผู้จัด สำหรับการเดินทาง “%2”</translation>
    </message>
    <message>
      <source>%1: contacts.</source>
      <translation>%1: รายชื่อผู้ติดต่อ</translation>
    </message>
    <message numerus="yes">
      <source>Importing adds %n record(s).</source>
      <translation>
        <numerusform>การนำเข้าจะเพิ่ม %n รายการ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>It updates %n record(s).</source>
      <translation>
        <numerusform>ปรับปรุง %n รายการ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) are the same here.</source>
      <translation>
        <numerusform>%n รายการเหมือนกับที่มีอยู่ในเครื่องนี้</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) are newer here and kept.</source>
      <translation>
        <numerusform>%n รายการในเครื่องนี้ใหม่กว่าและจะคงไว้</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n entr(y/ies) of the file are not imported.</source>
      <translation>
        <numerusform>%n รายการในไฟล์จะไม่ถูกนำเข้า</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing in it differs from what is here.</source>
      <translation>ไม่มีข้อมูลใดต่างจากที่มีอยู่ในเครื่องนี้</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) were changed both here and on the other laptop since they were last exchanged.</source>
      <translation>
        <numerusform>%n รายการถูกแก้ไขทั้งในเครื่องนี้และในเครื่องอื่นหลังการแลกเปลี่ยนครั้งล่าสุด</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) were changed both here and in the organiser's calendar file since it was last imported.</source>
      <translation>
        <numerusform>%n รายการถูกแก้ไขทั้งในเครื่องนี้และในไฟล์ปฏิทินของผู้จัดหลังการนำเข้าครั้งล่าสุด</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) were changed both here and in the contacts file since it was last imported.</source>
      <translation>
        <numerusform>%n รายการถูกแก้ไขทั้งในเครื่องนี้และในไฟล์รายชื่อผู้ติดต่อหลังการนำเข้าครั้งล่าสุด</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) differ from the copy here, and the two were never exchanged, so neither can be called newer.</source>
      <translation>
        <numerusform>%n รายการต่างจากข้อมูลในเครื่องนี้ และทั้งสองไม่เคยแลกเปลี่ยนกันมาก่อน จึงบอกไม่ได้ว่าฉบับใดใหม่กว่า</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) differ from the organiser's calendar file, which was never imported here, so neither can be called newer.</source>
      <translation>
        <numerusform>%n รายการต่างจากไฟล์ปฏิทินของผู้จัด ซึ่งไม่เคยนำเข้าในเครื่องนี้มาก่อน จึงบอกไม่ได้ว่าฉบับใดใหม่กว่า</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) differ from the contacts file, which was never imported here, so neither can be called newer.</source>
      <translation>
        <numerusform>%n รายการต่างจากไฟล์รายชื่อผู้ติดต่อ ซึ่งไม่เคยนำเข้าในเครื่องนี้มาก่อน จึงบอกไม่ได้ว่าฉบับใดใหม่กว่า</numerusform>
      </translation>
    </message>
    <message>
      <source>For each, keep your version or tick “%1”.</source>
      <translation>แต่ละรายการ เลือกคงฉบับของเครื่องนี้ไว้ หรือทำเครื่องหมาย “%1”</translation>
    </message>
    <message>
      <source>Here (%1, %2)</source>
      <translation>ในเครื่องนี้ (%1, %2)</translation>
    </message>
    <message>
      <source>In the file (made by %1)</source>
      <translation>ในไฟล์ (จัดทำโดย %1)</translation>
    </message>
    <message>
      <source>In the file</source>
      <translation>ในไฟล์</translation>
    </message>
    <message>
      <source>In the calendar file</source>
      <translation>ในไฟล์ปฏิทิน</translation>
    </message>
    <message>
      <source>In the contacts file</source>
      <translation>ในไฟล์รายชื่อผู้ติดต่อ</translation>
    </message>
  </context>
  <context>
    <name>Itinerary</name>
    <message>
      <source>Flight</source>
      <translation>เที่ยวบิน</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>การประชุม</translation>
    </message>
    <message>
      <source>Ceremony</source>
      <translation>พิธีการ</translation>
    </message>
    <message>
      <source>Signing</source>
      <translation>การลงนาม</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>การเยี่ยมชม</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>งานเลี้ยง/อาหาร</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>การเดินทางภาคพื้น</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>การประชุมใหญ่</translation>
    </message>
    <message>
      <source>Press</source>
      <translation>สื่อมวลชน</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>อื่น ๆ</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Crosses midnight (local time)</source>
      <translation>ข้ามเที่ยงคืน (เวลาท้องถิ่น)</translation>
    </message>
    <message>
      <source>Crosses midnight (home time)</source>
      <translation>ข้ามเที่ยงคืน (เวลาประเทศไทย)</translation>
    </message>
    <message>
      <source>Overlaps “%1”</source>
      <translation>ซ้อนทับกับ “%1”</translation>
    </message>
    <message>
      <source>Local time</source>
      <translation>เวลาท้องถิ่น</translation>
    </message>
    <message>
      <source>Home time</source>
      <translation>เวลาประเทศไทย</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>กิจกรรม</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>ข้อควรระวัง</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>สถานที่</translation>
    </message>
  </context>
  <context>
    <name>ItineraryEditor</name>
    <message>
      <source>Add event</source>
      <translation>เพิ่มกิจกรรม</translation>
    </message>
    <message>
      <source>Delete event</source>
      <translation>ลบกิจกรรม</translation>
    </message>
    <message>
      <source>Taking part</source>
      <translation>ผู้ร่วมกิจกรรม</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Add participant</source>
      <translation>เพิ่มผู้ร่วมกิจกรรม</translation>
    </message>
    <message>
      <source>Topic to raise</source>
      <translation>ประเด็นที่จะหยิบยก</translation>
    </message>
    <message>
      <source>Add topic</source>
      <translation>เพิ่มประเด็น</translation>
    </message>
    <message>
      <source>Choose an event above to edit it, or add one with Add event.</source>
      <translation>เลือกกิจกรรมด้านบนเพื่อแก้ไข หรือกดปุ่ม เพิ่มกิจกรรม เพื่อเพิ่มกิจกรรมใหม่</translation>
    </message>
    <message>
      <source>When and what</source>
      <translation>เวลาและกิจกรรม</translation>
    </message>
    <message>
      <source>Place and logistics</source>
      <translation>สถานที่และการเดินทาง</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>ข้อมูลประกอบ</translation>
    </message>
    <message>
      <source>Who takes part</source>
      <translation>ผู้ร่วมกิจกรรม</translation>
    </message>
    <message>
      <source>Topics to raise</source>
      <translation>ประเด็นที่จะหยิบยก</translation>
    </message>
    <message>
      <source>Their talking points go in the meeting brief.</source>
      <translation>ประเด็นการหารือของหัวข้อเหล่านี้จะอยู่ในเอกสารประกอบการประชุม</translation>
    </message>
    <message>
      <source>Events that overlap another: %1</source>
      <translation>กิจกรรมที่เวลาซ้อนทับ: %1</translation>
    </message>
    <message>
      <source>Events that cross midnight: %1</source>
      <translation>กิจกรรมที่ข้ามเที่ยงคืน: %1</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>กิจกรรมใหม่</translation>
    </message>
    <message>
      <source>Event deleted. Undo (Ctrl+Z) brings it back.</source>
      <translation>ลบกิจกรรมแล้ว กด เลิกทำ (Ctrl+Z) เพื่อนำกลับมา</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Every change is saved as you make it.</source>
      <translation>บันทึกทุกการแก้ไขโดยอัตโนมัติ</translation>
    </message>
    <message>
      <source>Search names and texts (Ctrl+F)</source>
      <translation>ค้นหาชื่อและข้อความ (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>ค้นหา</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
      <source>&amp;New trip</source>
      <translation>การเดินทางใหม่ (&amp;N)</translation>
    </message>
    <message>
      <source>E&amp;xport the book as PDF…</source>
      <translation>ส่งออกเอกสารเป็น PDF… (&amp;X)</translation>
    </message>
    <message>
      <source>&amp;Print the book…</source>
      <translation>พิมพ์เอกสาร… (&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>ค้นหา… (&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>ไปที่ (&amp;G)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ความช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About BRST Desktop</source>
      <translation>เกี่ยวกับ BRST Desktop (&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>แป้นพิมพ์ลัด (&amp;K)</translation>
    </message>
    <message>
      <source>BRST Desktop — {server}</source>
      <translation>BRST Desktop — {server}</translation>
    </message>
    <message>
      <source>BRST Desktop</source>
      <translation>BRST Desktop</translation>
    </message>
    <message>
      <source>About BRST Desktop</source>
      <translation>เกี่ยวกับ BRST Desktop</translation>
    </message>
    <message>
      <source>BRST Desktop %1: prepare official delegation trips and print their briefing books.</source>
      <translation>BRST Desktop %1: เตรียมการเดินทางของคณะผู้แทนและพิมพ์เอกสารประกอบการเดินทาง</translation>
    </message>
    <message>
      <source>Your user %1 no longer has any clearance on the office server, so nothing of it is shown; ask the office's administrator to grant one.</source>
      <translation>ผู้ใช้ %1 ไม่มีสิทธิ์ชั้นความลับใด ๆ บนเซิร์ฟเวอร์สำนักงานแล้ว จึงไม่แสดงข้อมูลใดจากเซิร์ฟเวอร์ โปรดขอให้ผู้ดูแลระบบของสำนักงานกำหนดให้</translation>
    </message>
    <message>
      <source>Your clearance on the office server is now %1: trips classified above it, and anything of them you had open, are no longer shown.</source>
      <translation>ขณะนี้คุณได้รับสิทธิ์เพียงชั้น %1 บนเซิร์ฟเวอร์สำนักงาน การเดินทางที่มีชั้นความลับสูงกว่านี้ รวมทั้งสิ่งที่คุณเปิดอยู่จากการเดินทางเหล่านั้น จะไม่แสดงอีก</translation>
    </message>
    <message>
      <source>Your clearance on the office server is now %1: every trip it lets you see is shown.</source>
      <translation>ขณะนี้คุณได้รับสิทธิ์ชั้น %1 บนเซิร์ฟเวอร์สำนักงาน และแสดงการเดินทางทุกรายการที่สิทธิ์นี้อนุญาตแล้ว</translation>
    </message>
    <message>
      <source>Something you had open was deleted on the office server, or its trip is now classified above your clearance, so it was closed.</source>
      <translation>รายการที่คุณเปิดอยู่ถูกลบบนเซิร์ฟเวอร์สำนักงาน หรือการเดินทางของรายการนั้นมีชั้นความลับสูงกว่าสิทธิ์ของคุณแล้ว จึงถูกปิดไป</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>Something went wrong that BRST Desktop did not expect (%1). Your data was not changed by the failed step.</source>
      <translation>เกิดข้อผิดพลาดที่ BRST Desktop ไม่คาดคิด (%1) ขั้นตอนที่ล้มเหลวไม่ได้เปลี่ยนแปลงข้อมูลของท่าน</translation>
    </message>
    <message>
      <source>BRST Desktop</source>
      <translation>BRST Desktop</translation>
    </message>
  </context>
  <context>
    <name>NameSuggestionBox</name>
    <message>
      <source>Suggested from the Chinese name</source>
      <translation>ข้อเสนอจากชื่อภาษาจีน</translation>
    </message>
    <message>
      <source>Pinyin</source>
      <translation>พินอิน</translation>
    </message>
    <message>
      <source>English name</source>
      <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
      <source>Thai name</source>
      <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
      <source>Thai pronunciation guide</source>
      <translation>คำอ่านภาษาไทย</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>ใช้อยู่แล้ว</translation>
    </message>
    <message>
      <source>Use</source>
      <translation>ใช้</translation>
    </message>
    <message>
      <source>Put this in the field; you can still edit it there</source>
      <translation>ใส่ลงในช่อง แล้วยังแก้ไขต่อได้</translation>
    </message>
  </context>
  <context>
    <name>Navigation</name>
    <message>
      <source>Trips</source>
      <translation>การเดินทาง</translation>
    </message>
    <message>
      <source>People</source>
      <translation>บุคคล</translation>
    </message>
    <message>
      <source>Organisations</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>Topics &amp; talking points</source>
      <translation>ประเด็นการหารือ</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>ความตกลง</translation>
    </message>
    <message>
      <source>Books</source>
      <translation>เอกสารประกอบการเดินทาง</translation>
    </message>
  </context>
  <context>
    <name>OfficeDialog</name>
    <message>
      <source>Office and emblem</source>
      <translation>หน่วยงานและตราสัญลักษณ์</translation>
    </message>
    <message>
      <source>Choose emblem…</source>
      <translation>เลือกตราสัญลักษณ์…</translation>
    </message>
    <message>
      <source>Remove emblem</source>
      <translation>นำตราสัญลักษณ์ออก</translation>
    </message>
    <message>
      <source>Printed on the cover of every book, above the office's name. No emblem comes with the program: choose your office's own picture (PNG or JPEG).</source>
      <translation>พิมพ์บนปกเอกสารทุกเล่ม เหนือชื่อหน่วยงาน โปรแกรมไม่มีตราสัญลักษณ์ให้ โปรดเลือกภาพตราของหน่วยงานเอง (PNG หรือ JPEG)</translation>
    </message>
    <message>
      <source>Name (Thai):</source>
      <translation>ชื่อ (ไทย):</translation>
    </message>
    <message>
      <source>Name (English):</source>
      <translation>ชื่อ (อังกฤษ):</translation>
    </message>
    <message>
      <source>Emblem:</source>
      <translation>ตราสัญลักษณ์:</translation>
    </message>
    <message>
      <source>No emblem</source>
      <translation>ไม่มีตราสัญลักษณ์</translation>
    </message>
    <message>
      <source>Choose the office's emblem</source>
      <translation>เลือกตราสัญลักษณ์ของหน่วยงาน</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>รูปภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>The file cannot be read: %1.</source>
      <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
  </context>
  <context>
    <name>OrganisationsPage</name>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Own script</source>
      <translation>อักษรท้องถิ่น</translation>
    </message>
    <message>
      <source>Abbreviation</source>
      <translation>อักษรย่อ</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>ประเทศ</translation>
    </message>
    <message>
      <source>New organisation</source>
      <translation>หน่วยงานใหม่</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Unlock the database</source>
      <translation>ปลดล็อกฐานข้อมูล</translation>
    </message>
    <message>
      <source>Protect the database with a passphrase</source>
      <translation>ป้องกันฐานข้อมูลด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
      <source>Change the passphrase</source>
      <translation>เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
      <source>Remove the passphrase</source>
      <translation>ยกเลิกวลีรหัสผ่าน</translation>
    </message>
    <message>
      <source>%1 is protected by a passphrase. Type it to open the database.</source>
      <translation>%1 ได้รับการป้องกันด้วยวลีรหัสผ่าน โปรดพิมพ์วลีรหัสผ่านเพื่อเปิดฐานข้อมูล</translation>
    </message>
    <message>
      <source>Without the passphrase nobody can read %1 or its backups, not even you: if it is forgotten, the data cannot be recovered. Keep it somewhere safe.</source>
      <translation>หากไม่มีวลีรหัสผ่าน จะไม่มีใครอ่าน %1 หรือไฟล์สำรองได้ แม้แต่ตัวท่านเอง หากลืมวลีรหัสผ่านจะกู้ข้อมูลคืนไม่ได้ โปรดเก็บไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
      <source>%1 and its backups will open only with the new passphrase.</source>
      <translation>%1 และไฟล์สำรองจะเปิดได้ด้วยวลีรหัสผ่านใหม่เท่านั้น</translation>
    </message>
    <message>
      <source>%1 and its backups will be stored unencrypted: anyone with the laptop can read them.</source>
      <translation>%1 และไฟล์สำรองจะถูกเก็บโดยไม่เข้ารหัส ผู้ที่ได้เครื่องไปจะอ่านได้ทั้งหมด</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>วลีรหัสผ่าน:</translation>
    </message>
    <message>
      <source>Current passphrase:</source>
      <translation>วลีรหัสผ่านปัจจุบัน:</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>วลีรหัสผ่านใหม่:</translation>
    </message>
    <message>
      <source>Type it again:</source>
      <translation>พิมพ์อีกครั้ง:</translation>
    </message>
    <message>
      <source>That passphrase is wrong. Try again.</source>
      <translation>วลีรหัสผ่านไม่ถูกต้อง โปรดลองอีกครั้ง</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>Encrypt</source>
      <translation>เข้ารหัส</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>เปลี่ยน</translation>
    </message>
    <message>
      <source>Remove encryption</source>
      <translation>ยกเลิกการเข้ารหัส</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Type the current passphrase.</source>
      <translation>โปรดพิมพ์วลีรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
      <source>Use at least %1 characters; a short sentence is best.</source>
      <translation>ใช้อย่างน้อย %1 ตัวอักษร ประโยคสั้น ๆ ดีที่สุด</translation>
    </message>
    <message>
      <source>The two new passphrases are not the same.</source>
      <translation>วลีรหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>ตำแหน่ง</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>ประเทศ</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>บุคคลใหม่</translation>
    </message>
    <message>
      <source>Photo</source>
      <translation>รูปถ่าย</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Occasion</source>
      <translation>โอกาส</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>สถานที่</translation>
    </message>
    <message>
      <source>New meeting</source>
      <translation>เพิ่มการพบ</translation>
    </message>
    <message>
      <source>Previous meetings</source>
      <translation>การพบกันครั้งก่อน</translation>
    </message>
  </context>
  <context>
    <name>PhoneActions</name>
    <message>
      <source>Export to &amp;calendar…</source>
      <translation>ส่งออกเป็นปฏิทิน (&amp;C)…</translation>
    </message>
    <message>
      <source>Export c&amp;ontacts…</source>
      <translation>ส่งออกรายชื่อติดต่อ (&amp;O)…</translation>
    </message>
    <message>
      <source>Import a calendar…</source>
      <translation>นำเข้าปฏิทิน…</translation>
    </message>
    <message>
      <source>Import contacts…</source>
      <translation>นำเข้ารายชื่อติดต่อ…</translation>
    </message>
    <message>
      <source>%1, Thai (*%2)</source>
      <translation>%1 ภาษาไทย (*%2)</translation>
    </message>
    <message>
      <source>%1, English (*%2)</source>
      <translation>%1 ภาษาอังกฤษ (*%2)</translation>
    </message>
    <message>
      <source>Writing the file…</source>
      <translation>กำลังเขียนไฟล์…</translation>
    </message>
    <message>
      <source>Exporting</source>
      <translation>กำลังส่งออก</translation>
    </message>
    <message>
      <source>Export the programme to a calendar file</source>
      <translation>ส่งออกกำหนดการเป็นไฟล์ปฏิทิน</translation>
    </message>
    <message>
      <source>iCalendar</source>
      <translation>ปฏิทิน iCalendar</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n event(s) of “%1” to %2</source>
      <translation>
        <numerusform>บันทึกกิจกรรม %n รายการของ “%1” ลงใน %2 แล้ว</numerusform>
      </translation>
    </message>
    <message>
      <source>Export the trip's people as contacts</source>
      <translation>ส่งออกบุคคลของการเดินทางเป็นรายชื่อติดต่อ</translation>
    </message>
    <message>
      <source>vCard</source>
      <translation>รายชื่อติดต่อ vCard</translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n contact(s) of “%1” to %2</source>
      <translation>
        <numerusform>บันทึกรายชื่อติดต่อ %n รายการของ “%1” ลงใน %2 แล้ว</numerusform>
      </translation>
    </message>
    <message>
      <source>Import an organiser's programme</source>
      <translation>นำเข้ากำหนดการจากผู้จัด</translation>
    </message>
    <message>
      <source>iCalendar (*.ics)</source>
      <translation>ปฏิทิน iCalendar (*.ics)</translation>
    </message>
    <message>
      <source>Import a programme</source>
      <translation>นำเข้ากำหนดการ</translation>
    </message>
    <message>
      <source>Import contacts</source>
      <translation>นำเข้ารายชื่อติดต่อ</translation>
    </message>
    <message>
      <source>vCard (*.vcf)</source>
      <translation>รายชื่อติดต่อ vCard (*.vcf)</translation>
    </message>
    <message>
      <source>Imported %1: %2 added, %3 updated.</source>
      <translation>นำเข้า %1 แล้ว: เพิ่ม %2 รายการ ปรับปรุง %3 รายการ</translation>
    </message>
  </context>
  <context>
    <name>Photo</name>
    <message>
      <source>Choose photo…</source>
      <translation>เลือกรูปถ่าย…</translation>
    </message>
    <message>
      <source>Remove photo</source>
      <translation>นำรูปถ่ายออก</translation>
    </message>
    <message>
      <source>Drop a picture file here, or choose one.</source>
      <translation>ลากไฟล์รูปภาพมาวางที่นี่ หรือเลือกไฟล์</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation>ไม่มีรูปถ่าย</translation>
    </message>
    <message>
      <source>Choose a photo</source>
      <translation>เลือกรูปถ่าย</translation>
    </message>
    <message>
      <source>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;All files (*)</source>
      <translation>รูปภาพ (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <source>The file cannot be read: %1.</source>
      <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
      <source>Set photo</source>
      <translation>ใส่รูปถ่าย</translation>
    </message>
  </context>
  <context>
    <name>PlanModel</name>
    <message>
      <source>What happens</source>
      <translation>ผลที่จะเกิด</translation>
    </message>
    <message>
      <source>Kind of record</source>
      <translation>ประเภทข้อมูล</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>รายการ</translation>
    </message>
    <message>
      <source>Fields that differ</source>
      <translation>ช่องที่ต่างกัน</translation>
    </message>
    <message>
      <source>Take theirs</source>
      <translation>ใช้ของอีกเครื่อง</translation>
    </message>
    <message>
      <source>Take the file's</source>
      <translation>ใช้ของในไฟล์</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>เพิ่มใหม่</translation>
    </message>
    <message>
      <source>Updated (theirs is newer)</source>
      <translation>ปรับปรุง (ของอีกเครื่องใหม่กว่า)</translation>
    </message>
    <message>
      <source>Kept (ours is newer)</source>
      <translation>คงไว้ (ของเครื่องนี้ใหม่กว่า)</translation>
    </message>
    <message>
      <source>Skipped (already here)</source>
      <translation>ข้าม (มีอยู่แล้ว)</translation>
    </message>
    <message>
      <source>Differs: never exchanged before</source>
      <translation>ต่างกัน: ไม่เคยแลกเปลี่ยนกันมาก่อน</translation>
    </message>
    <message>
      <source>Differs: not imported before</source>
      <translation>ต่างกัน: ไม่เคยนำเข้ามาก่อน</translation>
    </message>
    <message>
      <source>Conflict: changed on both laptops</source>
      <translation>ขัดแย้ง: ถูกแก้ไขทั้งสองเครื่อง</translation>
    </message>
    <message>
      <source>Conflict: changed here and in the calendar file</source>
      <translation>ขัดแย้ง: ถูกแก้ไขทั้งในเครื่องนี้และในไฟล์ปฏิทิน</translation>
    </message>
    <message>
      <source>Conflict: changed here and in the contacts file</source>
      <translation>ขัดแย้ง: ถูกแก้ไขทั้งในเครื่องนี้และในไฟล์รายชื่อผู้ติดต่อ</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <source>Sections of the book</source>
      <translation>ส่วนของเอกสาร</translation>
    </message>
    <message>
      <source>Changes since edition</source>
      <translation>การเปลี่ยนแปลงนับจากฉบับที่</translation>
    </message>
    <message>
      <source>Sample data</source>
      <translation>ข้อมูลตัวอย่าง</translation>
    </message>
    <message>
      <source>Picture</source>
      <translation>ภาพ</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>ชนิดไฟล์</translation>
    </message>
    <message>
      <source>Checksum</source>
      <translation>ค่าตรวจสอบ</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>ชื่อไฟล์</translation>
    </message>
    <message>
      <source>Edition number</source>
      <translation>ฉบับที่</translation>
    </message>
    <message>
      <source>As of</source>
      <translation>ข้อมูล ณ วันที่</translation>
    </message>
    <message>
      <source>Content checksum</source>
      <translation>ค่าตรวจสอบเนื้อหา</translation>
    </message>
    <message>
      <source>Content as printed</source>
      <translation>เนื้อหาตามที่พิมพ์</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>ภาษา</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>ขนาดกระดาษ</translation>
    </message>
    <message>
      <source>English</source>
      <translation>อังกฤษ</translation>
    </message>
    <message>
      <source>Thai</source>
      <translation>ไทย</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(ว่าง)</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>ใช่</translation>
    </message>
    <message>
      <source>No</source>
      <translation>ไม่ใช่</translation>
    </message>
    <message>
      <source>picture, %1 KB</source>
      <translation>รูปภาพ %1 KB</translation>
    </message>
    <message>
      <source>(not shown)</source>
      <translation>(ไม่แสดง)</translation>
    </message>
    <message>
      <source>Not imported</source>
      <translation>ไม่นำเข้า</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>ของเครื่องนี้</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>ของอีกเครื่อง</translation>
    </message>
    <message>
      <source>The file's</source>
      <translation>ของในไฟล์</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>ค้นใน:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>ชื่อไฟล์ (&amp;N):</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>เปิด (&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>ย้อนกลับ</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>ถัดไป</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>มุมมองรายการ</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>บันทึกเป็น</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>โฟลเดอร์</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>โฟลเดอร์:</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>ขนาด</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>ชนิด</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>วันที่แก้ไข</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>คอมพิวเตอร์ของฉัน</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>คอมพิวเตอร์</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>วาง (&amp;P)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>เลือกทั้งหมด</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>แสดงรายละเอียด...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>ซ่อนรายละเอียด...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>ตกลง</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>ปิด</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>ใช่</translation>
    </message>
    <message>
      <source>No</source>
      <translation>ไม่</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>เปิด</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>บันทึก</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>ใช้</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>ทิ้ง</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>ความช่วยเหลือ</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>ยุติ</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>ลองใหม่</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>ข้าม</translation>
    </message>
    <message>
      <source>Yes to All</source>
      <translation>ใช่ทั้งหมด</translation>
    </message>
    <message>
      <source>No to All</source>
      <translation>ไม่ทั้งหมด</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
  </context>
  <context>
    <name>QUndoStack</name>
    <message>
      <source>Undo %1</source>
      <translation>เลิกทำ %1</translation>
    </message>
    <message>
      <source>Redo %1</source>
      <translation>ทำซ้ำ %1</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>วาง (&amp;P)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>เลือกทั้งหมด</translation>
    </message>
  </context>
  <context>
    <name>RecordChooser</name>
    <message>
      <source>Choose the person</source>
      <translation>เลือกบุคคล</translation>
    </message>
    <message>
      <source>Choose the organisation</source>
      <translation>เลือกหน่วยงาน</translation>
    </message>
    <message>
      <source>Choose the topic</source>
      <translation>เลือกประเด็น</translation>
    </message>
    <message>
      <source>Choose the trip</source>
      <translation>เลือกการเดินทาง</translation>
    </message>
    <message>
      <source>Choose the event</source>
      <translation>เลือกกำหนดการ</translation>
    </message>
    <message>
      <source>Choose one</source>
      <translation>เลือกหนึ่งรายการ</translation>
    </message>
    <message>
      <source>%1 (already in the list)</source>
      <translation>%1 (อยู่ในรายการแล้ว)</translation>
    </message>
    <message>
      <source>Type part of the name</source>
      <translation>พิมพ์ชื่อบางส่วน</translation>
    </message>
  </context>
  <context>
    <name>RecordList</name>
    <message>
      <source>Filter this list</source>
      <translation>กรองรายการนี้</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>ลบ</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <source>Nothing here yet: add the first with “%1”.</source>
      <translation>ยังไม่มีรายการ เพิ่มรายการแรกด้วยปุ่ม “%1”</translation>
    </message>
    <message>
      <source>Delete “%1”</source>
      <translation>ลบ “%1”</translation>
    </message>
    <message>
      <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
      <translation>ลบแล้ว กด เลิกทำ (Ctrl+Z) เพื่อนำกลับมา</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from a backup</source>
      <translation>กู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
      <source>The database will be replaced by the backup you choose. What it holds now is backed up first, so the restore can itself be undone.</source>
      <translation>ฐานข้อมูลจะถูกแทนที่ด้วยไฟล์สำรองที่ท่านเลือก ข้อมูลปัจจุบันจะถูกสำรองไว้ก่อน จึงย้อนการกู้คืนได้</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>กู้คืน</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>ยกเลิก</translation>
    </message>
  </context>
  <context>
    <name>ReturnDialog</name>
    <message>
      <source>Bring changes back to the office server</source>
      <translation>นำการแก้ไขกลับไปยังเครื่องแม่ข่ายของสำนักงาน</translation>
    </message>
    <message>
      <source>Bring back</source>
      <translation>นำกลับ</translation>
    </message>
    <message>
      <source>Nothing to bring back</source>
      <translation>ไม่มีสิ่งใดให้นำกลับ</translation>
    </message>
    <message>
      <source>“%1” on this laptop, taken from %2.</source>
      <translation>“%1” ในเครื่องนี้ คัดลอกมาจาก %2</translation>
    </message>
    <message numerus="yes">
      <source>Bringing it back adds %n record(s).</source>
      <translation>
        <numerusform>การนำกลับจะเพิ่ม %n รายการ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>It updates %n record(s).</source>
      <translation>
        <numerusform>ปรับปรุง %n รายการบนเครื่องแม่ข่าย</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) deleted on this laptop are deleted on the server too.</source>
      <translation>
        <numerusform>%n รายการที่ลบในเครื่องนี้จะถูกลบบนเครื่องแม่ข่ายด้วย</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) are the same on both.</source>
      <translation>
        <numerusform>%n รายการเหมือนกันทั้งสองฝั่ง</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) are newer on the server and come to this laptop.</source>
      <translation>
        <numerusform>%n รายการบนเครื่องแม่ข่ายใหม่กว่า และจะถูกคัดลอกมายังเครื่องนี้</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing differs between this laptop and the server.</source>
      <translation>ข้อมูลในเครื่องนี้และบนเครื่องแม่ข่ายตรงกันทั้งหมด</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) were changed both on this laptop and on the server since the trip was taken.</source>
      <translation>
        <numerusform>%n รายการถูกแก้ไขทั้งในเครื่องนี้และบนเครื่องแม่ข่ายหลังจากคัดลอกการเดินทางมา</numerusform>
      </translation>
    </message>
    <message>
      <source>The server's version is kept unless you tick “%1”.</source>
      <translation>ระบบจะคงฉบับบนเครื่องแม่ข่ายไว้ เว้นแต่คุณเลือก “%1”</translation>
    </message>
    <message>
      <source>On this laptop</source>
      <translation>ในเครื่องนี้</translation>
    </message>
    <message>
      <source>On the server</source>
      <translation>บนเครื่องแม่ข่าย</translation>
    </message>
    <message>
      <source>On the server (%1, %2)</source>
      <translation>บนเครื่องแม่ข่าย (%1, %2)</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>ช่องข้อมูล</translation>
    </message>
  </context>
  <context>
    <name>ReturnPlanModel</name>
    <message>
      <source>Take the laptop's</source>
      <translation>ใช้ของเครื่องนี้</translation>
    </message>
    <message>
      <source>Added to the server</source>
      <translation>เพิ่มบนเครื่องแม่ข่าย</translation>
    </message>
    <message>
      <source>Brought back (the laptop's is newer)</source>
      <translation>นำกลับ (ของเครื่องนี้ใหม่กว่า)</translation>
    </message>
    <message>
      <source>Kept (the server's is newer)</source>
      <translation>คงไว้ (ของเครื่องแม่ข่ายใหม่กว่า)</translation>
    </message>
    <message>
      <source>Skipped (already on the server)</source>
      <translation>ข้าม (มีอยู่บนเครื่องแม่ข่ายแล้ว)</translation>
    </message>
    <message>
      <source>Conflict: changed on the laptop and on the server</source>
      <translation>ขัดแย้ง: แก้ไขทั้งในเครื่องนี้และบนเครื่องแม่ข่าย</translation>
    </message>
    <message>
      <source>The server's</source>
      <translation>ของเครื่องแม่ข่าย</translation>
    </message>
    <message>
      <source>The laptop's</source>
      <translation>ของเครื่องนี้</translation>
    </message>
    <message>
      <source>Deleted on the server, stays deleted</source>
      <translation>ถูกลบบนเครื่องแม่ข่าย จึงคงการลบไว้</translation>
    </message>
    <message>
      <source>Deleted on this laptop, kept: the server added records to it</source>
      <translation>ลบในเครื่องนี้ แต่คงไว้: เครื่องแม่ข่ายเพิ่มข้อมูลที่ขึ้นกับรายการนี้</translation>
    </message>
    <message>
      <source>Conflict: deleted on this laptop, changed on the server</source>
      <translation>ขัดแย้ง: ลบในเครื่องนี้ แต่แก้ไขบนเครื่องแม่ข่าย</translation>
    </message>
    <message>
      <source>Deleted on this laptop, deleted on the server too</source>
      <translation>ลบในเครื่องนี้ จึงลบบนเครื่องแม่ข่ายด้วย</translation>
    </message>
  </context>
  <context>
    <name>SafetyActions</name>
    <message>
      <source>&amp;Back up now</source>
      <translation>สำรองข้อมูลเดี๋ยวนี้ (&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Restore from a backup…</source>
      <translation>กู้คืนจากไฟล์สำรอง… (&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Import a trip…</source>
      <translation>นำเข้าการเดินทาง… (&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Export the trip to a file…</source>
      <translation>ส่งออกการเดินทางเป็นไฟล์… (&amp;E)</translation>
    </message>
    <message>
      <source>Change or remove the &amp;passphrase…</source>
      <translation>เปลี่ยนหรือยกเลิกวลีรหัสผ่าน… (&amp;P)</translation>
    </message>
    <message>
      <source>Protect with a &amp;passphrase…</source>
      <translation>ป้องกันด้วยวลีรหัสผ่าน… (&amp;P)</translation>
    </message>
    <message>
      <source>Backed up to %1</source>
      <translation>สำรองข้อมูลไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
      <source>Restored the backup of %1.</source>
      <translation>กู้คืนไฟล์สำรองของ %1 แล้ว</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>วลีรหัสผ่าน</translation>
    </message>
    <message>
      <source>The database is protected by a passphrase.</source>
      <translation>ฐานข้อมูลนี้ได้รับการป้องกันด้วยวลีรหัสผ่าน</translation>
    </message>
    <message>
      <source>Change it…</source>
      <translation>เปลี่ยน…</translation>
    </message>
    <message>
      <source>Remove it…</source>
      <translation>ยกเลิก…</translation>
    </message>
    <message>
      <source>The current passphrase is wrong.</source>
      <translation>วลีรหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
    </message>
    <message>
      <source>The database and its backups are now encrypted.</source>
      <translation>ฐานข้อมูลและไฟล์สำรองถูกเข้ารหัสแล้ว</translation>
    </message>
    <message>
      <source>The passphrase was changed.</source>
      <translation>เปลี่ยนวลีรหัสผ่านแล้ว</translation>
    </message>
    <message>
      <source>The database and its backups are no longer encrypted.</source>
      <translation>ฐานข้อมูลและไฟล์สำรองไม่ได้เข้ารหัสอีกต่อไป</translation>
    </message>
    <message>
      <source>Export trip to file</source>
      <translation>ส่งออกการเดินทางเป็นไฟล์</translation>
    </message>
    <message>
      <source>Exported “%1” to %2</source>
      <translation>ส่งออก “%1” ไปที่ %2 แล้ว</translation>
    </message>
    <message>
      <source>Import a trip</source>
      <translation>นำเข้าการเดินทาง</translation>
    </message>
    <message>
      <source>Imported “%1”: %2 added, %3 updated.</source>
      <translation>นำเข้า “%1” แล้ว: เพิ่ม %2 รายการ ปรับปรุง %3 รายการ</translation>
    </message>
  </context>
  <context>
    <name>SafetyStartup</name>
    <message>
      <source>Database in use</source>
      <translation>ฐานข้อมูลกำลังถูกใช้งาน</translation>
    </message>
    <message>
      <source>Open Read-Only</source>
      <translation>เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
      <source>Damaged database</source>
      <translation>ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
      <source>Restore the Backup</source>
      <translation>กู้คืนจากไฟล์สำรอง</translation>
    </message>
  </context>
  <context>
    <name>Search</name>
    <message>
      <source>Preparing the search…</source>
      <translation>กำลังเตรียมการค้นหา…</translation>
    </message>
    <message numerus="yes">
      <source>Found in %n record(s): “%1”</source>
      <translation>
        <numerusform>พบใน %n รายการ: “%1”</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing contains “%1”.</source>
      <translation>ไม่พบ “%1”</translation>
    </message>
  </context>
  <context>
    <name>ServerPasswordDialog</name>
    <message>
      <source>Password for the office server</source>
      <translation>รหัสผ่านของเซิร์ฟเวอร์สำนักงาน</translation>
    </message>
    <message>
      <source>The office server %1 asks for the password of the user %2.</source>
      <translation>เซิร์ฟเวอร์สำนักงาน %1 ขอรหัสผ่านของผู้ใช้ %2</translation>
    </message>
    <message>
      <source>Pass&amp;word:</source>
      <translation>รหัสผ่าน (&amp;W):</translation>
    </message>
    <message>
      <source>&amp;Connect</source>
      <translation>เชื่อมต่อ (&amp;C)</translation>
    </message>
    <message>
      <source>The password is kept in memory until BRST Desktop closes, never on disk.</source>
      <translation>รหัสผ่านจะเก็บไว้ในหน่วยความจำจนกว่าจะปิด BRST Desktop และไม่บันทึกลงดิสก์</translation>
    </message>
    <message>
      <source>Without it, BRST Desktop opens this computer's own database instead; nothing is lost, and the office server is asked for again at the next start.</source>
      <translation>หากไม่ใส่รหัสผ่าน BRST Desktop จะเปิดฐานข้อมูลในเครื่องนี้แทน โดยไม่มีข้อมูลใดสูญหาย และจะถามถึงเซิร์ฟเวอร์สำนักงานอีกครั้งเมื่อเปิดโปรแกรมครั้งต่อไป</translation>
    </message>
    <message>
      <source>Without it, nothing is brought back: the changes stay in this laptop copy.</source>
      <translation>หากไม่ใส่รหัสผ่าน จะไม่มีการนำการแก้ไขกลับ การแก้ไขยังคงอยู่ในสำเนาในเครื่องนี้</translation>
    </message>
    <message>
      <source>Without it, BRST Desktop stops; nothing was changed.</source>
      <translation>หากไม่ใส่รหัสผ่าน BRST Desktop จะหยุดทำงาน โดยไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
      <source>&amp;Use this computer's database</source>
      <translation>ใช้ฐานข้อมูลในเครื่องนี้ (&amp;U)</translation>
    </message>
    <message>
      <source>Do&amp;n't bring back</source>
      <translation>ไม่นำกลับ (&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
      <source>Type the password first.</source>
      <translation>โปรดพิมพ์รหัสผ่านก่อน</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>กำลังเชื่อมต่อ…</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>New trip</source>
      <translation>การเดินทางใหม่</translation>
    </message>
    <message>
      <source>Import a trip from a file</source>
      <translation>นำเข้าการเดินทางจากไฟล์</translation>
    </message>
    <message>
      <source>Export the trip to a file</source>
      <translation>ส่งออกการเดินทางเป็นไฟล์</translation>
    </message>
    <message>
      <source>Search names and texts</source>
      <translation>ค้นหาชื่อและข้อความ</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>เลิกทำ</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>ทำซ้ำ</translation>
    </message>
    <message>
      <source>Go to Trips, People, Organisations, Topics, Agreements, Books</source>
      <translation>ไปที่ การเดินทาง บุคคล หน่วยงาน ประเด็น ความตกลง เอกสาร</translation>
    </message>
    <message>
      <source>Delete the chosen record of the list you are in (undo brings it back)</source>
      <translation>ลบรายการที่เลือกในรายการที่กำลังใช้งาน (เลิกทำเพื่อนำกลับมาได้)</translation>
    </message>
    <message>
      <source>Move the chosen section, counterpart or topic of a book</source>
      <translation>เลื่อนส่วน บุคคล หรือประเด็นที่เลือกในเอกสาร</translation>
    </message>
    <message>
      <source>In a field with unsaved typing: drop the typing</source>
      <translation>ในช่องที่พิมพ์ไว้แต่ยังไม่บันทึก: ยกเลิกสิ่งที่พิมพ์</translation>
    </message>
    <message>
      <source>Export the book as PDF</source>
      <translation>ส่งออกเอกสารเป็น PDF</translation>
    </message>
    <message>
      <source>Print the book</source>
      <translation>พิมพ์เอกสาร</translation>
    </message>
    <message>
      <source>Book preview: zoom in</source>
      <translation>ตัวอย่างเอกสาร: ขยาย</translation>
    </message>
    <message>
      <source>Book preview: zoom out</source>
      <translation>ตัวอย่างเอกสาร: ย่อ</translation>
    </message>
    <message>
      <source>Book preview: fit the page width</source>
      <translation>ตัวอย่างเอกสาร: พอดีความกว้างหน้า</translation>
    </message>
    <message>
      <source>Book preview: show the whole page</source>
      <translation>ตัวอย่างเอกสาร: แสดงทั้งหน้า</translation>
    </message>
    <message>
      <source>Book preview: previous page, next page (click the pages first)</source>
      <translation>ตัวอย่างเอกสาร: หน้าก่อน หน้าถัดไป (คลิกที่หน้าเอกสารก่อน)</translation>
    </message>
    <message>
      <source>In a date box: change the day, month, year, hour or minute</source>
      <translation>ในช่องวันที่: เปลี่ยนวัน เดือน ปี ชั่วโมง หรือนาทีที่เคอร์เซอร์อยู่</translation>
    </message>
    <message>
      <source>In a date box: open the calendar</source>
      <translation>ในช่องวันที่: เปิดปฏิทิน</translation>
    </message>
    <message>
      <source>This list of shortcuts</source>
      <translation>รายการปุ่มลัดนี้</translation>
    </message>
    <message>
      <source>Quit (everything is already saved)</source>
      <translation>ออกจากโปรแกรม (ทุกอย่างบันทึกไว้แล้ว)</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>แป้นพิมพ์ลัด</translation>
    </message>
  </context>
  <context>
    <name>TopicsPage</name>
    <message>
      <source>Topic</source>
      <translation>ประเด็น</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
      <source>New topic</source>
      <translation>ประเด็นใหม่</translation>
    </message>
    <message>
      <source>Talking point</source>
      <translation>ประเด็นการหารือ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>ประเภท</translation>
    </message>
    <message>
      <source>Cleared on</source>
      <translation>วันที่อนุมัติ</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <source>New talking point</source>
      <translation>ประเด็นการหารือใหม่</translation>
    </message>
    <message>
      <source>Talking points belong to a topic: choose one above or make a new one.</source>
      <translation>ประเด็นการหารืออยู่ภายใต้หัวข้อ โปรดเลือกหัวข้อด้านบนหรือสร้างหัวข้อใหม่</translation>
    </message>
    <message>
      <source>Talking points</source>
      <translation>ประเด็นการหารือ</translation>
    </message>
  </context>
  <context>
    <name>TravelActions</name>
    <message>
      <source>&amp;Take trip onto this laptop…</source>
      <translation>คัดลอกการเดินทางมายังเครื่องนี้… (&amp;T)</translation>
    </message>
    <message>
      <source>Brin&amp;g changes back to the office server…</source>
      <translation>นำการแก้ไขกลับไปยังเครื่องแม่ข่ายของสำนักงาน… (&amp;G)</translation>
    </message>
    <message>
      <source>Reading the trip…</source>
      <translation>กำลังอ่านข้อมูลการเดินทาง…</translation>
    </message>
    <message>
      <source>Comparing with the office server…</source>
      <translation>กำลังเปรียบเทียบกับเครื่องแม่ข่ายของสำนักงาน…</translation>
    </message>
    <message>
      <source>Writing…</source>
      <translation>กำลังบันทึก…</translation>
    </message>
    <message>
      <source>Refreshing this laptop's copy…</source>
      <translation>กำลังปรับสำเนาในเครื่องนี้ให้เป็นปัจจุบัน…</translation>
    </message>
    <message>
      <source>Done.</source>
      <translation>เสร็จแล้ว</translation>
    </message>
    <message>
      <source>Take trip onto this laptop</source>
      <translation>คัดลอกการเดินทางมายังเครื่องนี้</translation>
    </message>
    <message>
      <source>“%1” is on this laptop as %2. Open that file with BRST Desktop to work on the trip offline; then use File ▸ Bring changes back to the office server.</source>
      <translation>“%1” อยู่ในเครื่องนี้แล้วเป็นไฟล์ %2 เปิดไฟล์นั้นด้วย BRST Desktop เพื่อทำงานกับการเดินทางโดยไม่ต้องต่อเครือข่าย แล้วใช้ ไฟล์ ▸ นำการแก้ไขกลับไปยังเครื่องแม่ข่ายของสำนักงาน</translation>
    </message>
    <message>
      <source>Took “%1” onto this laptop.</source>
      <translation>คัดลอก “%1” มายังเครื่องนี้แล้ว</translation>
    </message>
    <message>
      <source>Bring changes back to the office server</source>
      <translation>นำการแก้ไขกลับไปยังเครื่องแม่ข่ายของสำนักงาน</translation>
    </message>
    <message>
      <source>Nothing was brought back; the changes stay in this copy.</source>
      <translation>ไม่ได้นำสิ่งใดกลับ การแก้ไขยังคงอยู่ในสำเนานี้</translation>
    </message>
    <message>
      <source>Brought “%1” back to the office server: %2 added, %3 updated and %4 deleted there; %5 records of this copy refreshed.</source>
      <translation>นำ “%1” กลับไปยังเครื่องแม่ข่ายของสำนักงานแล้ว: เพิ่ม %2 ปรับปรุง %3 และลบ %4 รายการบนเครื่องแม่ข่าย และปรับสำเนาในเครื่องนี้ %5 รายการ</translation>
    </message>
    <message>
      <source>Brought “%1” back to the office server: %2 added, %3 updated there; %5 records of this copy refreshed.</source>
      <translation>นำ “%1” กลับไปยังเครื่องแม่ข่ายของสำนักงานแล้ว: เพิ่ม %2 ปรับปรุง %3 รายการบนเครื่องแม่ข่าย และปรับสำเนาในเครื่องนี้ %5 รายการ</translation>
    </message>
  </context>
  <context>
    <name>TripsPage</name>
    <message>
      <source>Trip</source>
      <translation>การเดินทาง</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>วันที่</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>จุดหมาย</translation>
    </message>
    <message>
      <source>New trip</source>
      <translation>การเดินทางใหม่</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>ฝ่าย</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>บุคคล</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>บทบาท</translation>
    </message>
    <message>
      <source>Add member</source>
      <translation>เพิ่มสมาชิก</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>ประเด็น</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>ลำดับ</translation>
    </message>
    <message>
      <source>Add topic</source>
      <translation>เพิ่มประเด็น</translation>
    </message>
    <message>
      <source>Gift</source>
      <translation>ของที่ระลึก</translation>
    </message>
    <message>
      <source>Given or received</source>
      <translation>มอบให้หรือได้รับ</translation>
    </message>
    <message>
      <source>Add gift</source>
      <translation>เพิ่มของที่ระลึก</translation>
    </message>
    <message>
      <source>New gift</source>
      <translation>ของที่ระลึกใหม่</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>หมวด</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>เพิ่มหมายเหตุ</translation>
    </message>
    <message>
      <source>Annex</source>
      <translation>ภาคผนวก</translation>
    </message>
    <message>
      <source>Add annex</source>
      <translation>เพิ่มภาคผนวก</translation>
    </message>
    <message>
      <source>New annex</source>
      <translation>ภาคผนวกใหม่</translation>
    </message>
    <message>
      <source>Itinerary</source>
      <translation>กำหนดการ</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>รายละเอียด</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>คณะผู้แทน</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>ประเด็น</translation>
    </message>
    <message>
      <source>Gifts</source>
      <translation>ของที่ระลึก</translation>
    </message>
    <message>
      <source>Protocol</source>
      <translation>พิธีการ</translation>
    </message>
    <message>
      <source>Annexes</source>
      <translation>ภาคผนวก</translation>
    </message>
    <message>
      <source>No trip yet</source>
      <translation>ยังไม่มีการเดินทาง</translation>
    </message>
    <message>
      <source>Create one with File ▸ New trip (Ctrl+N).</source>
      <translation>สร้างได้ที่ แฟ้ม ▸ การเดินทางใหม่ (Ctrl+N)</translation>
    </message>
    <message>
      <source>sample data</source>
      <translation>ข้อมูลตัวอย่าง</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <source>Write the date as day/month/year, such as 08/11/2566.</source>
      <translation>โปรดเขียนวันที่เป็น วัน/เดือน/ปี พ.ศ. เช่น 08/11/2566</translation>
    </message>
    <message>
      <source>Write the date and time as day/month/year hour.minute, such as 08/11/2566 09.30 น.</source>
      <translation>โปรดเขียนวันที่และเวลาเป็น วัน/เดือน/ปี พ.ศ. ชั่วโมง.นาที เช่น 08/11/2566 09.30 น.</translation>
    </message>
    <message>
      <source>Write the date as year-month-day, such as 2023-11-08.</source>
      <translation>โปรดเขียนวันที่เป็น ปี ค.ศ.-เดือน-วัน เช่น 2023-11-08</translation>
    </message>
    <message>
      <source>Write the date and time as year-month-day hour:minute, such as 2023-11-08 09:30.</source>
      <translation>โปรดเขียนวันที่และเวลาเป็น ปี ค.ศ.-เดือน-วัน ชั่วโมง:นาที เช่น 2023-11-08 09:30</translation>
    </message>
    <message>
      <source>Choose a date between the years 1900 and 2999.</source>
      <translation>โปรดเลือกวันที่ระหว่าง ค.ศ. 1900 ถึง 2999 (พ.ศ. 2443 ถึง 3542)</translation>
    </message>
    <message>
      <source>Nothing in the list has that name: choose one from the list.</source>
      <translation>ไม่มีชื่อนี้ในรายการ โปรดเลือกจากรายการ</translation>
    </message>
    <message>
      <source>Several in the list match: choose one from the list.</source>
      <translation>มีหลายรายการที่ตรงกัน โปรดเลือกหนึ่งรายการจากรายการ</translation>
    </message>
    <message>
      <source>No time zone has that name: choose a city from the list.</source>
      <translation>ไม่มีเขตเวลาชื่อนี้ โปรดเลือกเมืองจากรายการ</translation>
    </message>
    <message>
      <source>Not stored yet: it must agree with “%1”.</source>
      <translation>ยังไม่ได้บันทึก: ต้องสอดคล้องกับช่อง “%1”</translation>
    </message>
    <message>
      <source>Write the value as a number, such as 1500.</source>
      <translation>กรอกมูลค่าเป็นตัวเลข เช่น 1500</translation>
    </message>
    <message>
      <source>Choose one from the list.</source>
      <translation>เลือกจากรายการ</translation>
    </message>
    <message>
      <source>A trip cannot be less secret than one of its books.</source>
      <translation>การเดินทางต้องมีชั้นความลับไม่ต่ำกว่าเอกสารประกอบการเดินทางเล่มใดของการเดินทางนั้น</translation>
    </message>
    <message>
      <source>Give the trip a title in Thai or in English.</source>
      <translation>ตั้งชื่อการเดินทางเป็นภาษาไทยหรือภาษาอังกฤษ</translation>
    </message>
    <message>
      <source>The trip cannot end before it starts.</source>
      <translation>วันสุดท้ายของการเดินทางต้องไม่ก่อนวันแรก</translation>
    </message>
    <message>
      <source>Choose a time zone from the list, such as Asia/Bangkok.</source>
      <translation>เลือกเขตเวลาจากรายการ เช่น Asia/Bangkok</translation>
    </message>
    <message>
      <source>Give the event a title in Thai or in English.</source>
      <translation>ตั้งชื่อกิจกรรมเป็นภาษาไทยหรือภาษาอังกฤษ</translation>
    </message>
    <message>
      <source>Give the time the event starts.</source>
      <translation>ระบุเวลาเริ่มกิจกรรม</translation>
    </message>
    <message>
      <source>The event cannot end before it starts.</source>
      <translation>กิจกรรมต้องไม่สิ้นสุดก่อนเวลาเริ่ม</translation>
    </message>
    <message>
      <source>Give a name in at least one script.</source>
      <translation>ระบุชื่ออย่างน้อยหนึ่งภาษา</translation>
    </message>
    <message>
      <source>Use the two capital letters of the country code, such as TH.</source>
      <translation>ใช้รหัสประเทศอักษรโรมันตัวใหญ่สองตัว เช่น TH</translation>
    </message>
    <message>
      <source>Give a title in Thai or in English.</source>
      <translation>ตั้งชื่อเรื่องเป็นภาษาไทยหรือภาษาอังกฤษ</translation>
    </message>
    <message>
      <source>Write the point in Thai or in English.</source>
      <translation>เขียนประเด็นการหารือเป็นภาษาไทยหรือภาษาอังกฤษ</translation>
    </message>
    <message>
      <source>A point cannot be cleared on a day still to come.</source>
      <translation>วันที่อนุมัติต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
      <source>Give the book a title in Thai or in English.</source>
      <translation>ตั้งชื่อเอกสารเป็นภาษาไทยหรือภาษาอังกฤษ</translation>
    </message>
    <message>
      <source>Choose at least one section for the book.</source>
      <translation>เลือกอย่างน้อยหนึ่งส่วนสำหรับเอกสาร</translation>
    </message>
    <message>
      <source>Each section can appear once, from the list given.</source>
      <translation>แต่ละส่วนใช้ได้ครั้งเดียว และต้องมาจากรายการที่กำหนด</translation>
    </message>
    <message>
      <source>Give the date or the occasion of the meeting.</source>
      <translation>ระบุวันที่หรือโอกาสของการพบ</translation>
    </message>
    <message>
      <source>Describe the gift in Thai or in English.</source>
      <translation>อธิบายของที่ระลึกเป็นภาษาไทยหรือภาษาอังกฤษ</translation>
    </message>
    <message>
      <source>A value cannot be negative.</source>
      <translation>มูลค่าต้องไม่ติดลบ</translation>
    </message>
    <message>
      <source>This person already takes part in this event.</source>
      <translation>บุคคลนี้ร่วมกิจกรรมนี้อยู่แล้ว</translation>
    </message>
    <message>
      <source>This person is already a member of the delegation.</source>
      <translation>บุคคลนี้อยู่ในคณะผู้แทนแล้ว</translation>
    </message>
    <message>
      <source>This topic is already on the event's list.</source>
      <translation>ประเด็นนี้อยู่ในรายการของกิจกรรมนี้แล้ว</translation>
    </message>
    <message>
      <source>This topic is already one of the trip's topics.</source>
      <translation>ประเด็นนี้เป็นประเด็นของการเดินทางนี้อยู่แล้ว</translation>
    </message>
    <message>
      <source>This person is already in the book.</source>
      <translation>บุคคลนี้อยู่ในเอกสารประกอบการเดินทางแล้ว</translation>
    </message>
    <message>
      <source>This topic is already in the book.</source>
      <translation>ประเด็นนี้อยู่ในเอกสารประกอบการเดินทางแล้ว</translation>
    </message>
    <message>
      <source>The book already has an edition with this number.</source>
      <translation>เอกสารประกอบการเดินทางนี้มีฉบับพิมพ์หมายเลขนี้อยู่แล้ว</translation>
    </message>
    <message>
      <source>The file is empty; choose a photo.</source>
      <translation>ไฟล์ว่างเปล่า กรุณาเลือกรูปถ่าย</translation>
    </message>
    <message>
      <source>The photo is larger than 30 MB; choose a smaller one.</source>
      <translation>รูปถ่ายมีขนาดเกิน 30 MB กรุณาเลือกรูปที่เล็กกว่า</translation>
    </message>
    <message>
      <source>The picture has more than 50 million pixels; choose a smaller one.</source>
      <translation>รูปภาพนี้มีมากกว่า 50 ล้านพิกเซล โปรดเลือกรูปที่เล็กกว่านี้</translation>
    </message>
    <message>
      <source>This file is not a picture BRST Desktop can read (or it is damaged); choose a JPEG or PNG photo.</source>
      <translation>ไฟล์นี้ไม่ใช่รูปภาพที่ BRST Desktop อ่านได้ (หรือไฟล์เสียหาย) กรุณาเลือกรูปถ่าย JPEG หรือ PNG</translation>
    </message>
    <message>
      <source>The person no longer exists.</source>
      <translation>ไม่มีบุคคลนี้แล้ว</translation>
    </message>
  </context>
</TS>
