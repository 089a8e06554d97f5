"""The trip's people as vCards: written with vobject, read back by vobject and by icalendar's
content-line parser (which shares no code with vobject), and imported again."""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select

from brst_desktop.core import models as m
from brst_desktop.core.db import Database
from brst_desktop.core.demo import demo_id
from brst_desktop.core.phone.contacts import export_contacts
from brst_desktop.core.phone.contacts_import import apply_contacts_import, plan_contacts_import
from brst_desktop.core.phone.incoming import FileImportError
from brst_desktop.core.services.people import set_photo

YIN = demo_id("person:yin")


def jpeg(colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 50), colour).save(out, "JPEG")
    return out.getvalue()


def people_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(m.Person)) or 0)


def read_vobject(path: Path) -> dict[str, Any]:
    import vobject

    cards = vobject.readComponents(path.read_text(encoding="utf-8"))
    return {c.uid.value: c for c in cards}


def read_icalendar_parser(path: Path) -> dict[str, Any]:
    """icalendar's RFC 5545 content-line parser reads any BEGIN/END component, vCards too."""
    from icalendar.cal import Component

    cards = Component.from_ical(path.read_bytes(), multiple=True)
    return {str(c["UID"]): c for c in cards}


@pytest.fixture
def with_photo(demo_db: Database) -> tuple[Database, bytes]:
    photo = jpeg()
    set_photo(demo_db, YIN, photo, "yin.jpg")
    return demo_db, photo


def test_every_name_form_title_organisation_photo_and_notes(
    with_photo: tuple[Database, bytes], tmp_path: Path
) -> None:
    db, photo = with_photo
    path = tmp_path / "trip.vcf"
    result = export_contacts(db, path, language="th")
    assert result.people == 9 and result.photos == 1
    uid = f"urn:uuid:{YIN}"
    card = read_vobject(path)[uid]
    assert card.version.value == "3.0"
    assert card.fn.value == "หยิน เหอจวิ้น"
    assert (card.n.value.family, card.n.value.given) == ("หยิน", "เหอจวิ้น")
    assert card.n.value.prefix == "ฯพณฯ"
    assert card.nickname.value == "阴和俊"
    # Apple's and Google's phonetic fields carry the romanisation, family name first.
    assert card.contents["x-phonetic-last-name"][0].value == "Yin"
    assert card.contents["x-phonetic-first-name"][0].value == "Hejun"
    assert card.contents["x-brst-name-en"][0].value == "Yin Hejun"
    assert card.contents["x-brst-name-native"][0].value == "阴和俊"
    assert card.contents["x-brst-name-latin"][0].value == "Yīn Héjùn"
    assert card.title.value.startswith("รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์")
    assert card.org.value == ["กระทรวงวิทยาศาสตร์และเทคโนโลยีแห่งสาธารณรัฐประชาชนจีน"]
    assert card.photo.value == photo
    for form in ("หยิน เหอจวิ้น", "Yin Hejun", "阴和俊", "Yīn Héjùn"):
        assert form in card.note.value

    # The same card through a parser that shares no code with vobject.
    other = read_icalendar_parser(path)[uid]
    assert str(other["FN"]) == "หยิน เหอจวิ้น"
    assert str(other["NICKNAME"]) == "阴和俊"
    assert str(other["X-PHONETIC-LAST-NAME"]) == "Yin"
    assert str(other["X-PHONETIC-FIRST-NAME"]) == "Hejun"
    assert other["PHOTO"].params["ENCODING"].lower() == "b"
    assert base64.b64decode(str(other["PHOTO"])) == photo
    assert len(read_icalendar_parser(path)) == 9


def test_english_contacts_use_the_english_forms(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "trip.vcf"
    export_contacts(demo_db, path, language="en")
    card = read_vobject(path)[f"urn:uuid:{YIN}"]
    assert card.fn.value == "Yin Hejun"
    assert (card.n.value.family, card.n.value.given) == ("Yin", "Hejun")
    thai_minister = read_vobject(path)[f"urn:uuid:{demo_id('person:supamas')}"]
    # A Thai name is given name first; its English spelling is its romanisation.
    assert (thai_minister.n.value.family, thai_minister.n.value.given) == (
        "Isarabhakdi",
        "Supamas",
    )


def test_our_own_file_imports_back_without_change(
    with_photo: tuple[Database, bytes], tmp_path: Path
) -> None:
    db, _photo = with_photo
    path = tmp_path / "trip.vcf"
    export_contacts(db, path, language="th")
    before = people_count(db)
    plan = plan_contacts_import(db, path)
    assert plan.counts()["unchanged"] == 9
    result = apply_contacts_import(db, path)
    assert (result.added, result.updated) == (0, 0)
    assert people_count(db) == before


def test_a_card_from_a_phone_becomes_a_person_and_updates_in_place(
    demo_db: Database, tmp_path: Path
) -> None:
    photo = base64.b64encode(jpeg((20, 120, 40))).decode()
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:4B6B-phone-card\r\nFN:王小明\r\nN:王;小明;;;\r\n"
        "X-PHONETIC-LAST-NAME:Wang\r\nX-PHONETIC-FIRST-NAME:Xiaoming\r\nORG:重庆大学\r\n"
        "TITLE:{title}\r\nNOTE:Met at the conference\r\n"
        f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\nEND:VCARD\r\n"
    )
    first = tmp_path / "card.vcf"
    first.write_text(card.replace("{title}", "Professor"), encoding="utf-8")
    before = people_count(demo_db)
    result = apply_contacts_import(demo_db, first)
    assert result.added == 3  # the person, a new organisation, the photo
    assert people_count(demo_db) == before + 1
    with demo_db.session() as session:
        person = session.scalars(select(m.Person).where(m.Person.name_native == "王小明")).one()
        assert person.name_native_latin == "Wang Xiaoming"
        assert person.name_en == "Wang Xiaoming"
        assert person.family_name_first
        assert person.position_en == "Professor"
        assert person.organisation is not None
        assert person.organisation.name_native == "重庆大学"
        assert person.photo is not None and person.photo.media_type == "image/jpeg"
        assert person.notes == "Met at the conference"

    assert apply_contacts_import(demo_db, first).added == 0  # the same file twice: nothing
    second = tmp_path / "card-2.vcf"
    second.write_text(card.replace("{title}", "Vice-President"), encoding="utf-8")
    result = apply_contacts_import(demo_db, second)
    assert (result.added, result.updated) == (0, 1)
    assert people_count(demo_db) == before + 1
    with demo_db.session() as session:
        person = session.scalars(select(m.Person).where(m.Person.name_native == "王小明")).one()
        assert person.position_en == "Vice-President"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "is not a vCard"),
        (b"\xff\xfe\x00garbage", "is not UTF-8 text"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nN:x;;;;\r\n", "is damaged"),
        (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nN:x;;;;\r\n"
            b"PHOTO;ENCODING=b;TYPE=JPEG:bm90IGEgcGljdHVyZQ==\r\nEND:VCARD\r\n",
            "has a photo that cannot be used",
        ),
    ],
)
def test_a_bad_contacts_file_is_refused_with_one_sentence_and_nothing_changes(
    demo_db: Database, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.vcf"
    path.write_bytes(content)
    before = people_count(demo_db)
    with pytest.raises(FileImportError) as caught:
        apply_contacts_import(demo_db, path)
    message = str(caught.value)
    assert reason in message
    assert message.startswith("The contacts file bad.vcf ")
    assert message.endswith("nothing was changed.")
    assert people_count(demo_db) == before
