"""Date and date-time boxes that speak Buddhist Era to Thai readers.

Thai officials read and write years in the Buddhist Era (พ.ศ. = Gregorian + 543), so in the Thai
GUI the boxes show and accept ``08/11/2566 22:50``, the day/month/year order of Thai official
forms; in English they stay Gregorian (``2023-11-08 22:50``). The value is always a real date:
only the year's digits on screen differ.

Qt has no Buddhist calendar (``QCalendar`` knows Gregorian, Julian, Milankovic, Jalali and
Islamic civil), so :class:`DateTimeEntry` keeps Qt's own editing of sections (typing a section,
``/`` jumping to the next, arrows stepping the one under the cursor) and only moves the year
between eras at the edges: ``textFromDateTime`` adds 543 to the year it shows, ``validate``,
``fixup`` and ``dateTimeFromText`` subtract 543 before Qt's parser reads the text. A 4-digit
Gregorian year is a 4-digit Buddhist one for every date these boxes allow (1900-2999), so the
sections stay where Qt's parser expects them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QSpinBox, QToolButton, QWidget

from brst_desktop.core.dates import BUDDHIST_ERA_OFFSET
from brst_desktop.gui.dates import format_day
from brst_desktop.gui.language import current_language

#: Years between the eras: 2023 + 543 = พ.ศ. 2566.
BE_OFFSET = BUDDHIST_ERA_OFFSET
#: The last date a box accepts: keeps every year 4 digits in both eras.
LAST_DATE = QDate(2999, 12, 31)

# The year is the third numeric field of the Thai formats: dd/MM/yyyy[ HH:mm].
_YEAR = re.compile(r"^(\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*)(\d{4})(?!\d)")


def _shift_year(text: str, years: int) -> str:
    """``text`` with its (complete, 4-digit) year moved by ``years``; other texts unchanged."""
    match = _YEAR.match(text)
    if match is None:
        return text
    year = int(match.group(2)) + years
    if not 1000 <= year <= 9999:
        return text  # not a year of this era: Qt's parser refuses it as typed
    return f"{match.group(1)}{year:04d}{text[match.end() :]}"


# A whole date as people write it on Thai forms: 8/11/2566, 8.11.2566, 8-11-2566, with an
# optional time 22:50 or 22.50 น.
_FREE = re.compile(
    r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
    r"(?:\s+(\d{1,2})\s*[:.]\s*(\d{2})\s*(?:น\.?)?)?\s*$"
)
#: What can still grow into such a date while it is being typed.
_PARTIAL = re.compile(r"^[\d\s/.:\-น]*$")


class _BuddhistYearHeader(QObject):
    """Shows the calendar popup's year in the Buddhist Era.

    The header's year button is Qt's; its text is put back after every page change. Its spin box
    (opened by clicking the year) can only count Gregorian years, so that click is taken away:
    the month arrows and the box itself change the year.
    """

    def __init__(self, calendar: QCalendarWidget) -> None:
        super().__init__(calendar)
        self._calendar = calendar
        self._button = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
        self._spin = calendar.findChild(QSpinBox, "qt_calendar_yearedit")
        if self._button is None:  # another Qt: leave its header as it is
            return
        self._button.installEventFilter(self)
        calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        if self._button is not None:
            self._button.setText(str(self._calendar.yearShown() + BE_OFFSET))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            return True
        if kind in (QEvent.Type.Show, QEvent.Type.Paint) and self._button is not None:
            # Qt rewrites the text when it lays out the header; put the Buddhist year back.
            expected = str(self._calendar.yearShown() + BE_OFFSET)
            if self._button.text() != expected:
                self._button.setText(expected)
        return False


class DateTimeEntry(QDateTimeEdit):
    """A date (``with_time=False``) or date and time box with a calendar popup.

    Buddhist Era in the Thai GUI, Gregorian in English; the language is that of the GUI when
    the box is made (the window is rebuilt when the language changes).
    """

    def __init__(self, with_time: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.buddhist = current_language() == "th"
        if self.buddhist:
            self.setDisplayFormat("dd/MM/yyyy HH:mm" if with_time else "dd/MM/yyyy")
        else:
            self.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        self.setMaximumDate(LAST_DATE)
        self.setCalendarPopup(True)
        if self.buddhist:
            self._header = _BuddhistYearHeader(self.calendarWidget())
        self.dateChanged.connect(self._describe)

    # --- the year between eras ----------------------------------------------------------------
    def textFromDateTime(self, dt: QDateTime) -> str:
        text = super().textFromDateTime(dt)
        return _shift_year(text, BE_OFFSET) if self.buddhist else text

    def dateTimeFromText(self, text: str) -> QDateTime:
        if not text.strip() and self.specialValueText():
            return self.minimumDateTime()  # an emptied box: no date
        if self.buddhist:
            typed = self._typed(text)
            if typed is not None:
                return typed
            text = _shift_year(text, -BE_OFFSET)
        return super().dateTimeFromText(text)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not text.strip() and self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        if not self.buddhist:
            return super().validate(text, pos)
        typed = self._typed(text)
        if typed is not None:
            # A whole date typed freely (8/11/2566): taken as typed, rewritten on Enter.
            inside = self.minimumDateTime() <= typed <= self.maximumDateTime()
            state = QValidator.State.Acceptable if inside else QValidator.State.Intermediate
            return state, text, pos
        if _FREE.match(text):
            # A whole date that does not exist (29/2/2566): refused, not moved to the 28th.
            return QValidator.State.Intermediate, text, pos
        gregorian = _shift_year(text, -BE_OFFSET)
        state, checked, pos = super().validate(gregorian, pos)
        if state == QValidator.State.Invalid and _PARTIAL.match(text):
            return QValidator.State.Intermediate, text, pos  # on the way to 8/11/2566
        if checked == gregorian:
            return state, text, pos  # keep the user's own text untouched
        # Qt padded or completed the text: its version, in the Buddhist Era again.
        return state, (_shift_year(checked, BE_OFFSET) if gregorian != text else checked), pos

    def fixup(self, text: str) -> str:
        if not self.buddhist:
            return super().fixup(text)
        gregorian = _shift_year(text, -BE_OFFSET)
        fixed = super().fixup(gregorian)
        return _shift_year(fixed, BE_OFFSET) if gregorian != text else fixed

    def _typed(self, text: str) -> QDateTime | None:
        """The moment in a freely typed Buddhist date (``8/11/2566``, ``8.11.2566 22.50 น.``).

        Without a time of day the box keeps the time it had. None for anything else, including
        impossible days such as 29/2/2566 (2023 was not a leap year).
        """
        match = _FREE.match(text)
        if match is None:
            return None
        day, month, year = (int(match.group(i)) for i in (1, 2, 3))
        found = QDate(year - BE_OFFSET, month, day)
        if not found.isValid():
            return None
        time = self.time()
        if match.group(4) is not None:
            if not self.with_time:
                return None
            time = QTime(int(match.group(4)), int(match.group(5)))
            if not time.isValid():
                return None
        return QDateTime(found, time if self.with_time else QTime(0, 0))

    # --- reading aid ------------------------------------------------------------------------------
    def _describe(self, value: QDate) -> None:
        # The box is numeric; the tooltip names the day in words (วันพุธที่ 8 พฤศจิกายน 2566).
        shown = value.isValid() and value > self.minimumDate()
        self.setToolTip(format_day(value.toPython()) if shown else "")


def date_entry(parent: QWidget | None = None) -> DateTimeEntry:
    """A date box (no time of day)."""
    return DateTimeEntry(with_time=False, parent=parent)


def date_time_entry(parent: QWidget | None = None) -> DateTimeEntry:
    """A date and time box."""
    return DateTimeEntry(with_time=True, parent=parent)
