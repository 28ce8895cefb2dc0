"""The reminders group of the Settings page: which days, what time, and quiet hours.

Signals (ReminderEditor):
    changed(object): the new `ReminderSchedule`, or None when no day is chosen.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QTimeEdit,
    QWidget,
)

from desktop.records.reminder_schedule import DAY_NAMES, ReminderSchedule
from desktop.ui.dates import time_edit_format
from desktop.ui.flow_layout import FlowLayout

DEFAULT_TIME = time(18, 0)
DEFAULT_QUIET = (time(22, 0), time(7, 0))


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class ReminderEditor(QGroupBox):
    """Days, time and quiet hours for the content-free reminder; no day means none."""

    changed = Signal(object)

    def __init__(self, schedule: ReminderSchedule | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Reminders"))
        self.setAccessibleName(self.tr("Reminders"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # The days flow onto more lines as the width runs out, so the page still fits a
        # narrow window at twice the text size in a language with longer day names.
        days = QWidget()
        row = FlowLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.days: list[QCheckBox] = []
        locale = QLocale()  # the language in force names the days (Monday is 1)
        for index, _name in enumerate(DAY_NAMES):
            box = QCheckBox(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(self.tr("Remind me on {day}").format(
                day=locale.dayName(index + 1, QLocale.FormatType.LongFormat)))
            box.setChecked(schedule is not None and index in schedule.weekdays)
            box.toggled.connect(self._emit)
            row.addWidget(box)
            self.days.append(box)
        form.addRow(self.tr("Days"), days)
        self.at = self._time_edit(
            self.tr("Reminder time"), schedule.time_of_day if schedule else DEFAULT_TIME
        )
        at_row = QHBoxLayout()  # a time needs a few characters, not the page's width
        at_row.addWidget(self.at)
        at_row.addStretch(1)
        form.addRow(self.tr("At"), at_row)
        start, end = DEFAULT_QUIET
        if schedule is not None and schedule.quiet_start and schedule.quiet_end:
            start, end = schedule.quiet_start, schedule.quiet_end
        self.quiet_start = self._time_edit(self.tr("Quiet hours start"), start)
        self.quiet_end = self._time_edit(self.tr("Quiet hours end"), end)
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        form.addRow(self.tr("Quiet hours"), quiet)

    def _time_edit(self, name: str, value: time) -> QTimeEdit:
        edit = QTimeEdit(_qtime(value))
        edit.setDisplayFormat(time_edit_format())
        edit.setAccessibleName(name)
        edit.setKeyboardTracking(False)
        edit.timeChanged.connect(self._emit)
        return edit

    def schedule(self) -> ReminderSchedule | None:
        chosen = frozenset(i for i, box in enumerate(self.days) if box.isChecked())
        if not chosen:
            return None
        start, end = _time(self.quiet_start.time()), _time(self.quiet_end.time())
        quiet = (start, end) if start != end else (None, None)
        return ReminderSchedule(chosen, _time(self.at.time()), *quiet)

    def _emit(self) -> None:
        self.changed.emit(self.schedule())
