"""The language of a book (Thai, English or both) and every word the book itself prints.

A book's language is its own, not the window's: a Thai official may print an English book for
the host. Labels live here as plain Thai/English pairs rather than Qt translations because the
export runs headless and the words are part of the document, fixed by the book's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from brst_desktop.core import clocks
from brst_desktop.core.clocks import thai_digits as thai_digits
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


@dataclass(frozen=True, slots=True)
class Printed:
    """What one text prints as in a book of a given language.

    ``main`` is in the book's language; a bilingual book prints the Thai as ``main`` and the
    English ``beneath`` it in the lighter style (one layout for the whole book). ``borrowed``:
    the book's language had nothing, so ``main`` is the other language's text, and the book
    says so (see :meth:`Language.borrowed_note`).
    """

    main: str
    beneath: str = ""
    borrowed: bool = False

    def __bool__(self) -> bool:
        return bool(self.main)

    def flat(self, sep: str = " / ") -> str:
        """One line (document metadata, a running head)."""
        return f"{self.main}{sep}{self.beneath}" if self.beneath else self.main

    def map(self, change: Callable[[str], str]) -> Printed:
        return Printed(change(self.main), change(self.beneath) if self.beneath else "",
                       self.borrowed)  # fmt: skip


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
    EventStatus.PLANNED: Words("รอยืนยัน", "to be confirmed"),
    EventStatus.CONFIRMED: Words("", ""),
    EventStatus.TENTATIVE: Words("ยังไม่แน่นอน", "tentative"),
    EventStatus.CANCELLED: Words("ยกเลิก", "cancelled"),
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
    "when": Words("วันเวลา", "When"),
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
    # who last changed a record the change sheet lists: {author}, and {when} in the home zone
    "changed_by": Words("แก้ไขล่าสุดโดย {author} เมื่อ {when}", "Last changed by {author}, {when}"),
    "changed_by_no_time": Words("แก้ไขล่าสุดโดย {author}", "Last changed by {author}"),
    "author_unrecorded": Words("ไม่มีบันทึกผู้แก้ไข", "Who changed it is not recorded"),
    "deleted_unrecorded": Words("ถูกลบ ไม่มีบันทึกผู้ลบ", "Deleted; who deleted it is not recorded"),
    "removed_unrecorded": Words("ไม่มีบันทึกผู้ตัดออก", "Who removed it is not recorded"),
    # who made the changes a row of the change sheet lists, from the records' history: {who}
    # is one or more of "author_at", in the order of their changes
    "history_changed": Words("แก้ไขโดย {who}", "Changed by {who}"),
    "history_added": Words("เพิ่มโดย {who}", "Added by {who}"),
    "history_deleted": Words("ลบโดย {who}", "Deleted by {who}"),
    "author_at": Words("{author} เมื่อ {when}", "{author}, {when}"),
    "was": Words("เดิม", "was"),
    "now": Words("ใหม่", "now"),
    "page": Words("หน้า", "Page"),
    "draft": Words("ร่าง", "DRAFT"),
    "only_en": Words("(มีเฉพาะภาษาอังกฤษ)", "(English only)"),
    "only_th": Words("(มีเฉพาะภาษาไทย)", "(Thai only)"),
    "head_of_delegation": Words("หัวหน้าคณะผู้แทน", "Head of delegation"),
    "departs": Words("ออกจาก", "From"),
    "arrives": Words("ถึง", "To"),
    "local_time": Words("เวลาท้องถิ่น", "Local time"),
    "see_brief": Words("ดูเอกสารประกอบการหารือ หน้า", "Meeting brief, page"),
    "more_messages": Words(
        "ประเด็นสาระสำคัญอีก {count} ประเด็น ดูประเด็นการหารือ หน้า",
        "{count} more key messages in the topic papers, page",
    ),
    "see_biography": Words("ประวัติ หน้า", "Biography, page"),
    "programme_card": Words("กำหนดการฉบับพกพา", "Pocket programme"),
}


#: ``{number}`` and ``{total}`` are filled in (in Thai digits when the book asks for them).
COPY_WORDS = Words("ชุดที่ {number} ของ {total} ชุด", "Copy {number} of {total}")

#: How a currency's amount reads: Thai unit name after the amount; English puts the ISO code first.
CURRENCY_THAI: dict[str, str] = {
    "THB": "บาท",
    "CNY": "หยวน",
    "USD": "ดอลลาร์สหรัฐ",
    "EUR": "ยูโร",
    "JPY": "เยน",
    "KRW": "วอน",
    "GBP": "ปอนด์สเตอร์ลิง",
    "SGD": "ดอลลาร์สิงคโปร์",
    "HKD": "ดอลลาร์ฮ่องกง",
    "AUD": "ดอลลาร์ออสเตรเลีย",
    "MYR": "ริงกิต",
    "VND": "ด่ง",
    "LAK": "กีบ",
    "KHR": "เรียล",
    "MMK": "จั๊ต",
    "IDR": "รูเปียห์",
    "PHP": "เปโซฟิลิปปินส์",
    "INR": "รูปีอินเดีย",
    "CHF": "ฟรังก์สวิส",
}


class Language:
    """Choose and combine the Thai and English forms of text for one book language."""

    def __init__(self, code: BookLanguage | str, *, thai_numerals: bool = False) -> None:
        self.code = BookLanguage(code)
        # Thai numerals only make sense where Thai is the only language on the page.
        self.thai_numerals = thai_numerals and self.code is BookLanguage.THAI

    @property
    def thai(self) -> bool:
        """Thai is the book's main language (Thai or bilingual): Thai conventions apply."""
        return self.code is not BookLanguage.ENGLISH

    @property
    def english(self) -> bool:
        return self.code is not BookLanguage.THAI

    @property
    def bilingual(self) -> bool:
        return self.code is BookLanguage.BOTH

    @property
    def pdf_lang(self) -> str:
        return "en" if self.code is BookLanguage.ENGLISH else "th"

    def text(self, th: str, en: str) -> Printed:
        """The book's form of a text. A one-language book falls back to the other language
        only when its own is empty (and marks it); a bilingual one prints the English under
        the Thai, once if they are the same."""
        th, en = th.strip(), en.strip()
        if self.code is BookLanguage.THAI:
            return Printed(th) if th else Printed(en, borrowed=bool(en))
        if self.code is BookLanguage.ENGLISH:
            return Printed(en) if en else Printed(th, borrowed=bool(th))
        if th and en and th != en:
            return Printed(th, en)
        return Printed(th or en)

    def pick(self, th: str, en: str, sep: str = " / ") -> str:
        """The book's form of a text on one line (metadata, file names)."""
        return self.text(th, en).flat(sep)

    def words(self, words: Words) -> Printed:
        return self.text(words.th, words.en)

    def label(self, key: str) -> Printed:
        return self.words(LABELS[key])

    def section(self, section: str) -> Printed:
        return self.words(SECTION_TITLES[section])

    def classification(self, level: Classification) -> Printed:
        return self.words(CLASSIFICATION_WORDS[level])

    def borrowed_note(self) -> str:
        """Printed after a text taken from the other language."""
        return LABELS["only_en"].th if self.thai else LABELS["only_th"].en

    def copy(self, number: int, total: int) -> Printed:
        """``ชุดที่ 3 ของ 20 ชุด`` / ``Copy 3 of 20``."""
        fill = {"number": self.number(number), "total": self.number(total)}
        return self.text(COPY_WORDS.th.format(**fill), COPY_WORDS.en.format(**fill))

    def number(self, value: int | str) -> str:
        """A number the book generates (page, edition, count), in Thai digits if asked."""
        text = str(value)
        return thai_digits(text) if self.thai_numerals else text

    # -- clocks and money --------------------------------------------------------------------
    def clock(self, hour: int, minute: int) -> str:
        """``08.40`` in Thai official style, ``08:40`` in English (no unit: see :meth:`hours`)."""
        return clocks.clock(hour, minute, thai=self.thai, thai_numerals=self.thai_numerals)

    def hours(self, text: str) -> str:
        """A time or a range of times with the Thai unit: ``08.40–09.30 น.``."""
        return clocks.with_unit(text, thai=self.thai)

    def amount(self, value: float, currency: str) -> Printed:
        """``3,500 บาท`` in Thai, ``THB 3,500`` in English."""
        figure = self.number(f"{value:,.2f}".removesuffix(".00"))
        code = currency.strip().upper()
        return self.text(
            f"{figure} {CURRENCY_THAI.get(code, code)}".strip(), f"{code} {figure}".strip()
        )
