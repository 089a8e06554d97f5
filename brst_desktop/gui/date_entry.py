"""Date and date-time boxes that take what the user types, and speak Buddhist Era to Thai readers.

Thai officials read and write years in the Buddhist Era (พ.ศ. = Gregorian + 543), so in the Thai
GUI the boxes show ``08/11/2566 22.50 น.``, the day/month/year order of Thai official forms
and the time as the Thai book writes it (core.clocks), and accept ``22:50`` too; in English they
show ``2023-11-08 22:50``. The value is always a real date: only the
year's digits on screen differ.

The box is a line of text, not Qt's sectioned ``QDateTimeEdit``: that widget re-validates every
key press section by section, and with the year moved between eras it turned a retyped
``08/11/2566 09:30`` into ``10:08`` and a retyped hour ``14`` into ``01:04``. Here the keys edit
the text as in any text box; on Enter or on leaving the box the whole text is read at once
(``8/11/2566``, ``8.11.2566 22.50 น.``; a date without a time keeps the box's time of day). Text
that is not a date stays as typed and :meth:`DateTimeEntry.problem` says how to write it, so
nothing typed is silently replaced. Up and Down step the part under the cursor (day, month,
year, hour, minute); Alt+Down or the button at the right opens a calendar.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from brst_desktop.core import clocks
from brst_desktop.core.dates import BUDDHIST_ERA_OFFSET
from brst_desktop.gui.dates import format_day
from brst_desktop.gui.language import current_language

#: Years between the eras: 2023 + 543 = พ.ศ. 2566.
BE_OFFSET = BUDDHIST_ERA_OFFSET
#: The first and last dates a box accepts: every year keeps 4 digits in both eras.
FIRST_DATE = QDate(1900, 1, 2)
LAST_DATE = QDate(2999, 12, 31)


def _msg(text: str) -> str:
    """Marks a sentence for the translation extractor (context "Validation")."""
    return text


WRITE_THAI_DATE = _msg("Write the date as day/month/year, such as 08/11/2566.")
WRITE_THAI_MOMENT = _msg(
    "Write the date and time as day/month/year hour.minute, such as 08/11/2566 09.30 น."
)
WRITE_DATE = _msg("Write the date as year-month-day, such as 2023-11-08.")
WRITE_MOMENT = _msg(
    "Write the date and time as year-month-day hour:minute, such as 2023-11-08 09:30."
)
OUT_OF_RANGE = _msg("Choose a date between the years 1900 and 2999.")

# A Thai date as people write it on forms: 8/11/2566, 8.11.2566, 8-11-2566, with an optional
# time 22:50, 22.50 or 22.50 น.
_THAI = re.compile(
    r"^\s*(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})"
    r"(?:\s+(?P<H>\d{1,2})\s*[:.]\s*(?P<M>\d{1,2})\s*(?:น\.?)?)?\s*$"
)
# An English (ISO) date: 2023-11-08, 2023/11/8, with an optional time 9:30.
_ISO = re.compile(
    r"^\s*(?P<y>\d{4})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<d>\d{1,2})"
    r"(?:\s+(?P<H>\d{1,2})\s*[:.]\s*(?P<M>\d{1,2}))?\s*$"
)
_NUMBER = re.compile(r"\d+")


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


class DateTimeEntry(QLineEdit):
    """A date (``with_time=False``) or date-and-time box with a calendar popup.

    Buddhist Era in the Thai GUI, Gregorian in English; the language is that of the GUI when
    the box is made (the window is rebuilt when the language changes). An empty box means "no
    date" (shown by the placeholder text); :meth:`value` is the last date the box accepted.
    """

    #: The accepted value changed (typed and read, stepped, picked or set).
    valueChanged = Signal()
    #: A day was chosen in the calendar popup.
    picked = Signal()

    def __init__(self, with_time: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.buddhist = current_language() == "th"
        self._value: QDateTime | None = None
        self._problem: str | None = None
        self._popup: QFrame | None = None
        self._calendar: QCalendarWidget | None = None
        self.setMaxLength(40)
        self.editingFinished.connect(self.read_text)
        self.textEdited.connect(lambda _t: self._clear_problem())
        opener = QAction(self._calendar_icon(), "", self)
        opener.triggered.connect(self.open_calendar)
        self.addAction(opener, QLineEdit.ActionPosition.TrailingPosition)
        self.opener = opener

    def _calendar_icon(self) -> QIcon:
        from brst_desktop.gui.icons import icon

        found = icon("calendar")
        return (
            found
            if not found.isNull()
            else self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        )

    # --- the value ----------------------------------------------------------------------------
    def value(self) -> QDateTime | None:
        return None if self._value is None else QDateTime(self._value)

    def set_value(self, value: QDateTime | None) -> None:
        """Show ``value`` (None: no date), replacing whatever was typed."""
        if value is not None and not value.isValid():
            value = None
        if value is not None and not self.with_time:
            value = QDateTime(value.date(), QTime(0, 0))
        changed = value != self._value
        self._value = value
        self._problem = None
        self.setText(self.text_for(value))
        self.setCursorPosition(0)
        self._describe()
        if changed:
            self.valueChanged.emit()

    def date(self) -> QDate:
        return self._value.date() if self._value is not None else QDate()

    def setDate(self, day: QDate) -> None:
        time = self._value.time() if self._value is not None else QTime(0, 0)
        self.set_value(QDateTime(day, time) if day.isValid() else None)

    def dateTime(self) -> QDateTime:
        return QDateTime(self._value) if self._value is not None else QDateTime()

    def setDateTime(self, moment: QDateTime) -> None:
        self.set_value(moment if moment.isValid() else None)

    def problem(self) -> str | None:
        """Why the text typed last could not be read (untranslated, context "Validation")."""
        return self._problem

    def _clear_problem(self) -> None:
        self._problem = None

    # --- text ---------------------------------------------------------------------------------
    def text_for(self, value: QDateTime | None) -> str:
        if value is None:
            return ""
        day, time = value.date(), value.time()
        if self.buddhist:
            text = f"{day.day():02d}/{day.month():02d}/{day.year() + BE_OFFSET:04d}"
        else:
            text = f"{day.year():04d}-{day.month():02d}-{day.day():02d}"
        if self.with_time:
            thai = self.buddhist
            text += " " + clocks.with_unit(
                clocks.clock(time.hour(), time.minute(), thai=thai), thai=thai
            )
        return text

    def parse(self, text: str) -> QDateTime | str | None:
        """The moment ``text`` names, None for an empty text, or a sentence saying what is wrong."""
        if not text.strip():
            return None
        match = (_THAI if self.buddhist else _ISO).match(text)
        if match is None:
            return self._format_problem()
        year = int(match["y"]) - (BE_OFFSET if self.buddhist else 0)
        day = QDate(year, int(match["m"]), int(match["d"]))
        if not day.isValid():
            return self._format_problem()
        if not FIRST_DATE <= day <= LAST_DATE:
            return OUT_OF_RANGE
        time = self._value.time() if self._value is not None else QTime(0, 0)
        if match["H"] is not None:
            if not self.with_time:
                return self._format_problem()
            time = QTime(int(match["H"]), int(match["M"]))
            if not time.isValid():
                return self._format_problem()
        return QDateTime(day, time if self.with_time else QTime(0, 0))

    def _format_problem(self) -> str:
        if self.buddhist:
            return WRITE_THAI_MOMENT if self.with_time else WRITE_THAI_DATE
        return WRITE_MOMENT if self.with_time else WRITE_DATE

    def read_text(self) -> None:
        """Read what was typed: a date is taken and shown in the box's own format; anything
        else stays as typed with :meth:`problem` set."""
        if self.text() == self.text_for(self._value):
            self._problem = None
            return
        parsed = self.parse(self.text())
        if isinstance(parsed, str):
            self._problem = parsed
            return
        self.set_value(parsed)

    def pending(self) -> bool:
        """Whether the box shows text that is not its value (typed, not read yet or refused)."""
        return self.text() != self.text_for(self._value)

    # --- keys: stepping the part under the cursor -----------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (
            key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
        ):
            self.open_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods & Qt.KeyboardModifier.AltModifier:
            self.step(1 if key == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)

    def _units(self) -> tuple[str, ...]:
        order = ("d", "m", "y") if self.buddhist else ("y", "m", "d")
        return (*order, "H", "M") if self.with_time else order

    def step(self, by: int) -> None:
        """Move the day, month, year, hour or minute under the cursor by ``by``."""
        self.read_text()
        if self._value is None or self._problem is not None:
            return
        cursor = self.cursorPosition()
        unit = None
        for number, unit_name in zip(_NUMBER.finditer(self.text()), self._units(), strict=False):
            if number.start() <= cursor <= number.end():
                unit = unit_name
                break
        else:  # after the last number (behind the Thai ``น.``): the minutes, as at their end
            if self.with_time and self.text().rstrip().endswith("น."):
                unit = "M"
        if unit is None:
            return
        value = self._value
        stepped = {
            "d": lambda: value.addDays(by),
            "m": lambda: value.addMonths(by),
            "y": lambda: value.addYears(by),
            "H": lambda: value.addSecs(3600 * by),
            "M": lambda: value.addSecs(60 * by),
        }[unit]()
        if FIRST_DATE <= stepped.date() <= LAST_DATE:
            self.set_value(stepped)
            self.setCursorPosition(cursor)

    # --- the calendar popup ----------------------------------------------------------------------
    def calendarWidget(self) -> QCalendarWidget:
        if self._calendar is None:
            popup = QFrame(self, Qt.WindowType.Popup)
            popup.setFrameShape(QFrame.Shape.StyledPanel)
            calendar = QCalendarWidget(popup)
            calendar.setObjectName("calendar")
            calendar.setMinimumDate(FIRST_DATE)
            calendar.setMaximumDate(LAST_DATE)
            QVBoxLayout(popup).addWidget(calendar)
            popup.layout().setContentsMargins(0, 0, 0, 0)  # type: ignore[union-attr]
            calendar.activated.connect(self._choose)
            calendar.clicked.connect(self._choose)
            if self.buddhist:
                self._header = _BuddhistYearHeader(calendar)
            self._popup, self._calendar = popup, calendar
        if self._value is not None:
            self._calendar.setSelectedDate(self._value.date())  # its page follows the box
        return self._calendar

    def open_calendar(self) -> None:
        calendar = self.calendarWidget()
        assert self._popup is not None
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        calendar.setFocus()

    def _choose(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(day)
        self.picked.emit()

    # --- reading aid ------------------------------------------------------------------------------
    def _describe(self) -> None:
        # The box is numeric; the tooltip names the day in words (วันพุธที่ 8 พฤศจิกายน 2566).
        day = self.date()
        self.setToolTip(format_day(day.toPython()) if day.isValid() else "")  # type: ignore[arg-type]


def date_entry(parent: QWidget | None = None) -> DateTimeEntry:
    """A date box (no time of day)."""
    return DateTimeEntry(with_time=False, parent=parent)


def date_time_entry(parent: QWidget | None = None) -> DateTimeEntry:
    """A date and time box."""
    return DateTimeEntry(with_time=True, parent=parent)
