"""Thai for the data-safety windows, served by a small QTranslator alongside the GUI's own .qm.

The strings stay in the source as ``self.tr("...")``; this translator answers only for the
contexts (class names) of this package and only while the GUI language is Thai, so it never
shadows another part's translations.
"""

from __future__ import annotations

import ctypes

from PySide6.QtCore import QCoreApplication, QTranslator

CONTEXTS = frozenset(
    {
        "PassphraseDialog",
        "BackupListModel",
        "RestoreDialog",
        "PlanModel",
        "ImportDialog",
        "SafetyActions",
        "SafetyStartup",
    }
)

THAI: dict[str, str] = {
    # passphrase
    "Unlock the database": "ปลดล็อกฐานข้อมูล",
    "Protect the database with a passphrase": "ป้องกันฐานข้อมูลด้วยวลีรหัสผ่าน",
    "Change the passphrase": "เปลี่ยนวลีรหัสผ่าน",
    "Remove the passphrase": "ยกเลิกวลีรหัสผ่าน",
    "%1 is protected by a passphrase. Type it to open the database.": (
        "%1 ได้รับการป้องกันด้วยวลีรหัสผ่าน โปรดพิมพ์วลีรหัสผ่านเพื่อเปิดฐานข้อมูล"
    ),
    "Without the passphrase nobody can read %1 or its backups, not even you: if it is"
    " forgotten, the data cannot be recovered. Keep it somewhere safe.": (
        "หากไม่มีวลีรหัสผ่าน จะไม่มีใครอ่าน %1 หรือไฟล์สำรองได้ แม้แต่ตัวท่านเอง"
        " หากลืมวลีรหัสผ่านจะกู้ข้อมูลคืนไม่ได้ โปรดเก็บไว้ในที่ปลอดภัย"
    ),
    "%1 and its backups will open only with the new passphrase.": (
        "%1 และไฟล์สำรองจะเปิดได้ด้วยวลีรหัสผ่านใหม่เท่านั้น"
    ),
    "%1 and its backups will be stored unencrypted: anyone with the laptop can read them.": (
        "%1 และไฟล์สำรองจะถูกเก็บโดยไม่เข้ารหัส ผู้ที่ได้เครื่องไปจะอ่านได้ทั้งหมด"
    ),
    "Passphrase:": "วลีรหัสผ่าน:",
    "Current passphrase:": "วลีรหัสผ่านปัจจุบัน:",
    "New passphrase:": "วลีรหัสผ่านใหม่:",
    "Type it again:": "พิมพ์อีกครั้ง:",
    "That passphrase is wrong. Try again.": "วลีรหัสผ่านไม่ถูกต้อง โปรดลองอีกครั้ง",
    "Open": "เปิด",
    "Encrypt": "เข้ารหัส",
    "Change": "เปลี่ยน",
    "Remove encryption": "ยกเลิกการเข้ารหัส",
    "Type the current passphrase.": "โปรดพิมพ์วลีรหัสผ่านปัจจุบัน",
    "Use at least %1 characters; a short sentence is best.": (
        "ใช้อย่างน้อย %1 ตัวอักษร ประโยคสั้น ๆ ดีที่สุด"
    ),
    "The two new passphrases are not the same.": "วลีรหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน",
    # restore
    "Made": "เวลาที่สำรอง",
    "Why": "เหตุผล",
    "Size": "ขนาด",
    "Check": "ผลการตรวจ",
    "Daily": "ประจำวัน",
    "Made by hand": "สำรองด้วยตนเอง",
    "Before an upgrade": "ก่อนปรับรุ่นฐานข้อมูล",
    "Before a restore": "ก่อนกู้คืน",
    "Before a passphrase change": "ก่อนเปลี่ยนวลีรหัสผ่าน",
    "Before an import": "ก่อนนำเข้าข้อมูล",
    "%1 MB": "%1 MB",
    "Checking…": "กำลังตรวจ…",
    "Good": "สมบูรณ์",
    "Damaged": "เสียหาย",
    "Restore from a backup": "กู้คืนจากไฟล์สำรอง",
    "The database will be replaced by the backup you choose. What it holds now is backed up"
    " first, so the restore can itself be undone.": (
        "ฐานข้อมูลจะถูกแทนที่ด้วยไฟล์สำรองที่ท่านเลือก ข้อมูลปัจจุบันจะถูกสำรองไว้ก่อน จึงย้อนการกู้คืนได้"
    ),
    "Restore": "กู้คืน",
    # import preview
    "What happens": "ผลที่จะเกิด",
    "Kind of record": "ประเภทข้อมูล",
    "Record": "รายการ",
    "Fields that differ": "ช่องที่ต่างกัน",
    "Take theirs": "ใช้ของอีกเครื่อง",
    "Added": "เพิ่มใหม่",
    "Updated (theirs is newer)": "ปรับปรุง (ของอีกเครื่องใหม่กว่า)",
    "Kept (ours is newer)": "คงไว้ (ของเครื่องนี้ใหม่กว่า)",
    "Conflict: changed on both laptops": "ขัดแย้ง: ถูกแก้ไขทั้งสองเครื่อง",
    "Skipped (already here)": "ข้าม (มีอยู่แล้ว)",
    "Trip": "การเดินทาง",
    "Event": "กำหนดการ",
    "Person": "บุคคล",
    "Organisation": "หน่วยงาน",
    "Topic": "ประเด็น",
    "Talking point": "ประเด็นการหารือ",
    "Agreement": "ความตกลง",
    "Gift": "ของที่ระลึก",
    "Protocol note": "หมายเหตุด้านพิธีการ",
    "Annex": "ภาคผนวก",
    "Briefing book": "เอกสารบรรยายสรุป",
    "Photo": "รูปถ่าย",
    "Delegation seat": "ตำแหน่งในคณะผู้แทน",
    "Edition": "ฉบับพิมพ์",
    "Theirs": "ของอีกเครื่อง",
    "Mine": "ของเครื่องนี้",
    # fields no editor shows, in "Fields that differ"
    "Order": "ลำดับ",
    "Sections of the book": "ส่วนของเอกสาร",
    "Changes since edition": "การเปลี่ยนแปลงนับจากฉบับที่",
    "Sample data": "ข้อมูลตัวอย่าง",
    "Picture": "ภาพ",
    "File type": "ชนิดไฟล์",
    "Checksum": "ค่าตรวจสอบ",
    "File name": "ชื่อไฟล์",
    "Edition number": "ฉบับที่",
    "As of": "ข้อมูล ณ วันที่",
    "Content checksum": "ค่าตรวจสอบเนื้อหา",
    "Content as printed": "เนื้อหาตามที่พิมพ์",
    "Language": "ภาษา",
    "Paper": "ขนาดกระดาษ",
    "Import a trip": "นำเข้าการเดินทาง",
    "%1 holds “%2”. Importing adds %3 records and updates %4; %5 are the same here, %6 are"
    " newer here and are kept.": (
        "%1 มีข้อมูล “%2” การนำเข้าจะเพิ่ม %3 รายการและปรับปรุง %4 รายการ"
        " มี %5 รายการที่เหมือนกับในเครื่องนี้ และ %6 รายการที่ในเครื่องนี้ใหม่กว่าจะคงไว้"
    ),
    "%1 records were changed both here and on the other laptop since they last met. For each,"
    " keep your version or tick “Take theirs”.": (
        "มี %1 รายการที่ถูกแก้ไขทั้งในเครื่องนี้และอีกเครื่องหลังการแลกเปลี่ยนครั้งล่าสุด"
        " สำหรับแต่ละรายการ จะคงฉบับของท่านไว้ หรือทำเครื่องหมาย “ใช้ของอีกเครื่อง” ก็ได้"
    ),
    "Import": "นำเข้า",
    "Cancel": "ยกเลิก",
    "English": "อังกฤษ",
    "Thai": "ไทย",
    "Nothing to import": "ไม่มีข้อมูลใหม่ให้นำเข้า",
    # menu actions
    "&Back Up Now": "สำรองข้อมูลเดี๋ยวนี้ (&B)",
    "&Restore from Backup…": "กู้คืนจากไฟล์สำรอง… (&R)",
    "&Import Trip…": "นำเข้าการเดินทาง… (&I)",
    "&Export Trip to File…": "ส่งออกการเดินทางเป็นไฟล์… (&E)",
    "Change or Remove &Passphrase…": "เปลี่ยนหรือยกเลิกวลีรหัสผ่าน… (&P)",
    "Protect with a &Passphrase…": "ป้องกันด้วยวลีรหัสผ่าน… (&P)",
    "Backed up to %1": "สำรองข้อมูลไว้ที่ %1 แล้ว",
    "Restored the backup of %1.": "กู้คืนไฟล์สำรองของ %1 แล้ว",
    "Passphrase": "วลีรหัสผ่าน",
    "The database is protected by a passphrase.": "ฐานข้อมูลนี้ได้รับการป้องกันด้วยวลีรหัสผ่าน",
    "Change It…": "เปลี่ยน…",
    "Remove It…": "ยกเลิก…",
    "The current passphrase is wrong.": "วลีรหัสผ่านปัจจุบันไม่ถูกต้อง",
    "The database and its backups are now encrypted.": "ฐานข้อมูลและไฟล์สำรองถูกเข้ารหัสแล้ว",
    "The passphrase was changed.": "เปลี่ยนวลีรหัสผ่านแล้ว",
    "The database and its backups are no longer encrypted.": ("ฐานข้อมูลและไฟล์สำรองไม่ได้เข้ารหัสอีกต่อไป"),
    "Export trip to file": "ส่งออกการเดินทางเป็นไฟล์",
    "Exported “%1” to %2": "ส่งออก “%1” ไปที่ %2 แล้ว",
    "Imported “%1”: %2 added, %3 updated.": "นำเข้า “%1” แล้ว: เพิ่ม %2 รายการ ปรับปรุง %3 รายการ",
    # start-up
    "Database in use": "ฐานข้อมูลกำลังถูกใช้งาน",
    "Open Read-Only": "เปิดแบบอ่านอย่างเดียว",
    "Damaged database": "ฐานข้อมูลเสียหาย",
    "Restore the Backup": "กู้คืนจากไฟล์สำรอง",
}


class SafetyTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) lets Qt fall back to the source text; "" would blank it out.
        from brst_desktop.gui.language import current_language

        if context in CONTEXTS and current_language() == "th":
            found = THAI.get(source)
            if found is not None:
                return found
        return _null_string()

    def isEmpty(self) -> bool:
        return False


def _null_string() -> None:
    """None, for Qt a null QString ("not mine, ask the next translator").

    PySide6 drops one reference to None each time a Python ``translate`` override returns it;
    every ``tr()`` in the program passes through this translator, so after a few thousand calls
    the interpreter aborts with "deallocating None". Taking the reference it will drop first
    keeps the count level (and is harmless should PySide stop dropping it: None is never freed).
    """
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
    return None


_installed: list[SafetyTranslator] = []


def install_translator() -> None:
    """Install the translator once per application (it checks the language on every call)."""
    app = QCoreApplication.instance()
    if app is None or _installed:
        return
    translator = SafetyTranslator(app)
    app.installTranslator(translator)
    _installed.append(translator)
