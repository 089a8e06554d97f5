"""The GUI's language (Thai or English), through Qt's translation system.

The English strings in the source are the originals; ``resources/translations/brst_th.qm`` (made
from ``brst_th.ts`` with ``pyside6-lrelease``) holds the Thai, ``brst_en.qm`` only the English
singular and plural of messages with a count ("1 record", "2 records"). Qt's own strings (the
buttons of standard dialogs) come from the ``qtbase_th.qm`` that ships with PySide6. The
language of a briefing book is the book's own setting and has nothing to do with this.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from brst_desktop.core import registry
from brst_desktop.resources import resource_path

_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """ "th" or "en": which of a record's two texts the screens show first."""
    return _current


def install_language(app: QCoreApplication, language: str) -> None:
    """Load the translations for ``language`` into ``app`` (replacing any loaded before)."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language if language in ("th", "en") else "en"
    locale = (
        QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)
        if _current == "th"
        else (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    )
    QLocale.setDefault(locale)
    # The GUI's own strings, then the core's refusals (context "UserError", a catalogue of its
    # own made by errors_update.py, shown through gui/messages.translated). English needs only
    # the plural forms.
    for catalogue in ("brst", "errors") if _current == "th" else ("brst",):
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", f"{catalogue}_{_current}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
    if _current == "en":
        return
    qt_own = QTranslator(app)
    if qt_own.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)


def in_window_language(field: str, text: str) -> dict[str, str]:
    """``{field_th: text}`` in the Thai window, ``{field_en: text}`` in English: a new record's
    placeholder title goes in the field of the language it is written in."""
    return {f"{field}_{_current}": text}


def pick(thai: str, english: str) -> str:
    """The text in the GUI's language, or the other one when that is empty."""
    first, second = (thai, english) if _current == "th" else (english, thai)
    return first or second


def entity_label(entity: str) -> str:
    """What a record of this kind is called ("Briefing book", core.registry), in the window's
    language: the same name in search results, the import preview and everywhere else."""
    title = registry.entity(entity).title
    return pick(title.th, title.en)
