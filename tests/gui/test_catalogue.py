"""One translation system: every string the window translates is in brst_th.ts, compiled."""

from __future__ import annotations

import importlib.util
import re

from PySide6.QtCore import QTranslator

from tests.helpers import REPO_ROOT

TRANSLATIONS = REPO_ROOT / "resources" / "translations"
THAI = re.compile("[\u0e00-\u0e7f]")
#: Words that read the same in a Thai window: key names, the program's name, units.
SAME_IN_THAI = {
    "Ctrl",
    "Alt",
    "Shift",
    "Up",
    "Down",
    "Del",
    "Delete",
    "BRST",
    "Desktop",
    "MB",
    "A",
    "E",
    "F",
    "N",
    "P",
    "Q",
    "Z",
    "Y",
}


def _reads_the_same_in_thai(text: str) -> bool:
    # a placeholder ({server}) is filled in at run time: its name is no word of the text
    words = re.findall("[A-Za-z]+", re.sub(r"\{\w+\}", "", text))
    return all(word in SAME_IN_THAI for word in words)


def _update_module():
    spec = importlib.util.spec_from_file_location("ts_update", TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_translated_string_of_the_window_has_thai_in_the_compiled_catalogue() -> None:
    update = _update_module()
    wanted = update.collect()
    # The data-safety windows are part of the one catalogue, not a side translator.
    assert "ImportDialog" in wanted and "PassphraseDialog" in wanted
    known = update.read_ts(TRANSLATIONS / "brst_th.ts")
    compiled = QTranslator()
    assert compiled.load(str(TRANSLATIONS / "brst_th.qm"))
    missing, stale = [], []
    for context, texts in wanted.items():
        for text in texts:
            if (context, text) not in known:
                missing.append((context, text))
                continue
            thai = known[(context, text)]
            if update.is_plural(text):
                # Thai has one form, whatever the count.
                assert isinstance(thai, list) and len(thai) == 1, (context, text)
                compiled_forms = [compiled.translate(context, text, "", n) for n in (1, 2, 5)]
                if compiled_forms != thai * 3:
                    stale.append((context, text))
                thai = thai[0]
            elif compiled.translate(context, text) != thai:
                stale.append((context, text))
            assert isinstance(thai, str)
            if not _reads_the_same_in_thai(text) and not THAI.search(thai):
                missing.append((context, text))
    assert missing == [], "run resources/translations/update.py and translate these"
    assert stale == [], "brst_th.qm is older than brst_th.ts: run update.py"


def test_every_count_has_its_english_singular_and_plural() -> None:
    """ "1 record", "2 records": each message with a count has both English forms compiled,
    neither with a "(s)" left in it, and the count where the source has it."""
    update = _update_module()
    plural = update.plurals_only(update.collect())
    assert plural, "the window says counts"
    known = update.read_ts(TRANSLATIONS / "brst_en.ts")
    compiled = QTranslator()
    assert compiled.load(str(TRANSLATIONS / "brst_en.qm"))
    for context, texts in plural.items():
        for text in texts:
            forms = known.get((context, text))
            assert isinstance(forms, list) and len(forms) == 2, (context, text)
            one, many = forms
            assert "%n" in one and "%n" in many, (context, text)
            assert not re.search(r"\(\w+\)|/", one + many), (context, text)
            assert compiled.translate(context, text, "", 1) == one
            assert compiled.translate(context, text, "", 2) == many
            assert compiled.translate(context, text, "", 0) == many  # "0 records"


def test_counts_are_said_in_the_window_with_their_plural(qapp, english) -> None:
    from PySide6.QtCore import QCoreApplication

    def say(n: int) -> str:
        return QCoreApplication.translate("ImportDialog", "Importing adds %n record(s).", "", n)

    assert [say(n) for n in (1, 2)] == [
        "Importing adds 1 record.",
        "Importing adds 2 records.",
    ]


def test_no_python_side_translator_remains() -> None:
    gui = REPO_ROOT / "brst_desktop" / "gui"
    offenders = [
        str(path.relative_to(REPO_ROOT))
        for path in gui.rglob("*.py")
        if re.search(r"class \w+\(QTranslator\)|pythonapi", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
