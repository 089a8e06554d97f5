"""The language of a book (Thai, English or both) and every word the book itself prints.

A book's language is its own, not the window's: a Thai official may print an English book for
the host. Labels live here as plain Thai/English pairs rather than Qt translations because the
export runs headless and the words are part of the document, fixed by the book's language.
"""

from __future__ import annotations

from brst_desktop.core.models import (
    AgreementStatus,
    BookLanguage,
    BookSection,
    Classification,
    EventStatus,
    GiftDirection,
    PartyRole,
    PressAccess,
    ProtocolCategory,
    TalkingPointKind,
)
from brst_desktop.core.words import Words as Words  # the book's words are the core's pairs

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def thai_digits(text: str) -> str:
    """``2566`` -> ``๒๕๖๖`` (only for numbers the book generates, never for user text)."""
    return text.translate(_THAI_DIGITS)


SECTION_TITLES: dict[str, Words] = {
    BookSection.COVER: Words("ปก", "Cover"),
    BookSection.CONTENTS: Words("สารบัญ", "Contents"),
    BookSection.CHANGES: Words("รายการแก้ไข", "Changes"),
    BookSection.OVERVIEW: Words("ภาพรวมการเดินทาง", "Overview"),
    BookSection.PROGRAMME: Words("กำหนดการ", "Programme"),
    BookSection.DELEGATION: Words("รายชื่อคณะผู้แทน", "Delegations"),
    BookSection.MEETINGS: Words("เอกสารประกอบการหารือ", "Meeting briefs"),
    BookSection.BIOGRAPHIES: Words("ประวัติบุคคล", "Biographies"),
    BookSection.TOPICS: Words("ประเด็นการหารือ", "Topic papers"),
    BookSection.AGREEMENTS: Words("ความตกลงที่จะลงนาม", "Agreements to sign"),
    BookSection.PROTOCOL: Words("ข้อมูลด้านพิธีการ", "Protocol notes"),
    BookSection.ANNEXES: Words("ภาคผนวก", "Annexes"),
}

CLASSIFICATION_WORDS: dict[Classification, Words] = {
    Classification.UNCLASSIFIED: Words("ไม่มีชั้นความลับ", "UNCLASSIFIED"),
    Classification.CONFIDENTIAL: Words("ลับ", "CONFIDENTIAL"),
    Classification.SECRET: Words("ลับมาก", "SECRET"),
    Classification.TOP_SECRET: Words("ลับที่สุด", "TOP SECRET"),
}

POINT_KIND_WORDS: dict[TalkingPointKind, Words] = {
    TalkingPointKind.KEY_MESSAGE: Words("ประเด็นสาระสำคัญ", "Key messages"),
    TalkingPointKind.BACKGROUND: Words("ข้อมูลภูมิหลัง", "Background"),
    TalkingPointKind.IF_RAISED: Words("หากถูกหยิบยก", "If raised"),
    TalkingPointKind.PRESS_LINE: Words("แนวตอบสื่อมวลชน", "Press line"),
}

PRESS_WORDS: dict[PressAccess, Words] = {
    PressAccess.OPEN: Words("เปิดให้สื่อมวลชน", "Open to press"),
    PressAccess.CLOSED: Words("ปิด ไม่มีสื่อมวลชน", "Closed to press"),
    PressAccess.POOL: Words("ถ่ายภาพช่วงต้น แล้วปิด", "Photo opportunity, then closed"),
    PressAccess.UNKNOWN: Words("", ""),
}

STATUS_WORDS: dict[EventStatus, Words] = {
    EventStatus.PLANNED: Words("", ""),
    EventStatus.CONFIRMED: Words("", ""),
    EventStatus.TENTATIVE: Words("ยังไม่ยืนยัน", "Tentative"),
    EventStatus.CANCELLED: Words("ยกเลิก", "Cancelled"),
}

AGREEMENT_STATUS_WORDS: dict[AgreementStatus, Words] = {
    AgreementStatus.DRAFT: Words("ร่าง", "Draft"),
    AgreementStatus.NEGOTIATING: Words("อยู่ระหว่างเจรจา", "Under negotiation"),
    AgreementStatus.AGREED: Words("เห็นชอบร่างแล้ว พร้อมลงนาม", "Agreed, ready for signature"),
    AgreementStatus.SIGNED: Words("ลงนามแล้ว", "Signed"),
    AgreementStatus.WITHDRAWN: Words("ถอนออก", "Withdrawn"),
}

PARTY_ROLE_WORDS: dict[PartyRole, Words] = {
    PartyRole.PARTY: Words("ภาคี", "Parties"),
    PartyRole.IMPLEMENTING_AGENCY: Words("หน่วยงานดำเนินการ", "Implementing agencies"),
    PartyRole.WITNESS: Words("พยาน", "Witnesses"),
}

PROTOCOL_WORDS: dict[ProtocolCategory, Words] = {
    ProtocolCategory.ADDRESS: Words("การเรียกขาน", "Forms of address"),
    ProtocolCategory.PRECEDENCE: Words("ลำดับเกียรติและการจัดที่นั่ง", "Precedence and seating"),
    ProtocolCategory.DRESS: Words("การแต่งกาย", "Dress"),
    ProtocolCategory.DIETARY: Words("อาหาร", "Dietary needs"),
    ProtocolCategory.GIFTS: Words("ของที่ระลึก", "Gifts"),
    ProtocolCategory.GENERAL: Words("ทั่วไป", "General"),
}

GIFT_WORDS: dict[GiftDirection, Words] = {
    GiftDirection.GIVEN: Words("มอบให้", "Given"),
    GiftDirection.RECEIVED: Words("ได้รับ", "Received"),
}

#: Every other label the book prints, by key.
LABELS: dict[str, Words] = {
    "edition": Words("ฉบับที่", "Edition"),
    "as_of": Words("ข้อมูล ณ", "as of"),
    "prepared_by": Words("จัดทำโดย", "Prepared by"),
    "sample": Words("ข้อมูลตัวอย่าง: รายละเอียดบางส่วนสมมติขึ้น", "Sample data: some details are invented"),
    "purpose": Words("วัตถุประสงค์ของการเดินทาง", "Purpose of the trip"),
    "objectives": Words("เป้าหมาย", "Objectives"),
    "deliverables": Words("ผลลัพธ์ที่คาดหวัง (ความตกลงที่จะลงนาม)", "Deliverables (to sign)"),
    "key_messages": Words("ประเด็นสาระสำคัญ", "Key messages"),
    "sensitivities": Words("ข้อควรระวัง", "Sensitivities"),
    "programme_overview": Words("ภาพรวมกำหนดการ", "Programme at a glance"),
    "day_by_day": Words("กำหนดการรายวัน", "Day by day"),
    "date": Words("วันที่", "Date"),
    "continued": Words("(ต่อ)", "(continued)"),
    "time": Words("เวลา", "Time"),
    "event": Words("กิจกรรม", "Event"),
    "venue": Words("สถานที่", "Venue"),
    "address": Words("ที่อยู่", "Address"),
    "dress": Words("การแต่งกาย", "Dress"),
    "press": Words("สื่อมวลชน", "Press"),
    "transport": Words("การเดินทาง", "Transport"),
    "participants": Words("ผู้เข้าร่วม", "Participants"),
    "notes": Words("หมายเหตุ", "Notes"),
    "next_day": Words("(+1) = วันถัดไป", "(+1) = the next day"),
    "previous_day": Words("(-1) = วันก่อนหน้า", "(-1) = the day before"),
    "crosses_midnight": Words("ข้ามเที่ยงคืน", "crosses midnight"),
    "times_note": Words(
        "เวลาท้องถิ่นของสถานที่จัดกิจกรรม / เวลาประเทศไทย",
        "Local time where the event takes place / home time",
    ),
    "home_delegation": Words("คณะผู้แทนฝ่ายไทย", "Our delegation"),
    "host_delegation": Words("คณะผู้แทนฝ่ายเจ้าภาพ", "Host delegation"),
    "number": Words("ลำดับ", "No."),
    "name": Words("ชื่อ", "Name"),
    "position": Words("ตำแหน่ง", "Position"),
    "role": Words("บทบาท", "Role"),
    "dietary": Words("อาหาร", "Dietary needs"),
    "interpreter": Words("ล่าม", "interpreter"),
    "our_objectives": Words("วัตถุประสงค์ของฝ่ายไทย", "Our objectives"),
    "points_to_make": Words("ประเด็นที่ควรกล่าว", "Points to make"),
    "their_objectives": Words("วัตถุประสงค์ที่คาดว่าฝ่ายเจ้าภาพจะหยิบยก", "Their likely objectives"),
    "if_raised": Words("หากถูกหยิบยก", "If raised"),
    "press_line": Words("แนวตอบสื่อมวลชน", "Press line"),
    "background": Words("ข้อมูลภูมิหลัง", "Background"),
    "last_met": Words("การพบกันครั้งก่อน", "Previous meetings"),
    "never_met": Words("ยังไม่เคยพบกัน", "No previous meeting recorded"),
    "our_side": Words("ฝ่ายไทย", "Our side"),
    "their_side": Words("ฝ่ายเจ้าภาพ", "Their side"),
    "pronunciation": Words("การออกเสียง", "Pronunciation"),
    "form_of_address": Words("การเรียกขาน", "Form of address"),
    "organisation": Words("หน่วยงาน", "Organisation"),
    "career": Words("ประวัติ", "Career"),
    "languages": Words("ภาษาที่ใช้", "Languages"),
    "no_photo": Words("ไม่มีรูปภาพ", "No photo"),
    "owner": Words("ผู้รับผิดชอบ", "Owner"),
    "cleared": Words("ตรวจสอบโดย", "Cleared by"),
    "cleared_on": Words("เมื่อ", "on"),
    "summary": Words("สาระสำคัญ", "Summary"),
    "status": Words("สถานะ", "Status"),
    "signatories": Words("ผู้ลงนาม", "Signatories"),
    "on_behalf_of": Words("ในนาม", "for"),
    "ceremony": Words("พิธีลงนาม", "Signing ceremony"),
    "gifts": Words("ของที่ระลึก", "Gifts"),
    "direction": Words("ประเภท", "Given / received"),
    "description": Words("รายการ", "Description"),
    "giver": Words("ผู้มอบ", "From"),
    "recipient": Words("ผู้รับ", "To"),
    "value": Words("มูลค่า", "Value"),
    "dress_by_event": Words("การแต่งกายในแต่ละกิจกรรม", "Dress for each event"),
    "dietary_by_person": Words("ข้อจำกัดด้านอาหารของคณะ", "Dietary needs of the delegation"),
    "changes_since": Words("รายการแก้ไขนับจากฉบับที่", "Changes since edition"),
    "no_changes": Words("ไม่มีการเปลี่ยนแปลง", "Nothing has changed"),
    "events_moved": Words("กิจกรรมที่เปลี่ยนเวลาหรือสถานที่", "Events moved"),
    "events_added": Words("กิจกรรมที่เพิ่มใหม่", "Events added"),
    "events_cancelled": Words("กิจกรรมที่ยกเลิก", "Events cancelled"),
    "points_edited": Words("ประเด็นการหารือที่แก้ไข", "Talking points edited"),
    "points_added": Words("ประเด็นการหารือที่เพิ่มใหม่", "Talking points added"),
    "points_removed": Words("ประเด็นการหารือที่ตัดออก", "Talking points removed"),
    "was": Words("เดิม", "was"),
    "now": Words("ใหม่", "now"),
    "page": Words("หน้า", "Page"),
    "programme_card": Words("กำหนดการฉบับพกพา", "Pocket programme"),
}


class Language:
    """Choose and combine the Thai and English forms of text for one book language."""

    def __init__(self, code: BookLanguage | str, *, thai_numerals: bool = False) -> None:
        self.code = BookLanguage(code)
        # Thai numerals only make sense where Thai is the only language on the page.
        self.thai_numerals = thai_numerals and self.code is BookLanguage.THAI

    @property
    def thai(self) -> bool:
        """Thai appears in this book (Thai or bilingual)."""
        return self.code is not BookLanguage.ENGLISH

    @property
    def english(self) -> bool:
        return self.code is not BookLanguage.THAI

    @property
    def pdf_lang(self) -> str:
        return "en" if self.code is BookLanguage.ENGLISH else "th"

    def pick(self, th: str, en: str, sep: str = "\n") -> str:
        """The book's form of a text, falling back to the other language when one is empty.

        In a bilingual book both are shown (Thai first), once if they are the same.
        """
        th, en = th.strip(), en.strip()
        if self.code is BookLanguage.THAI:
            return th or en
        if self.code is BookLanguage.ENGLISH:
            return en or th
        if th and en and th != en:
            return f"{th}{sep}{en}"
        return th or en

    def words(self, words: Words, sep: str = " / ") -> str:
        return self.pick(words.th, words.en, sep)

    def label(self, key: str, sep: str = " / ") -> str:
        return self.words(LABELS[key], sep)

    def section(self, section: str) -> str:
        return self.words(SECTION_TITLES[section])

    def classification(self, level: Classification) -> str:
        return self.words(CLASSIFICATION_WORDS[level])

    def number(self, value: int | str) -> str:
        """A number the book generates (page, edition, count), in Thai digits if asked."""
        text = str(value)
        return thai_digits(text) if self.thai_numerals else text
