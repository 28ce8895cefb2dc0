"""When the person means to look at their plan again: an optional date, and its status.

The date is written in the one style of every date on the page and in the printed plan.
Ticking, unticking or changing it is a finished change (`changed()`), saved at once by
the page, which says the outcome in this part's `status` line.

Signals (ReviewDate):
    changed(): the review date was set, taken away or changed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QVBoxLayout, QWidget

from desktop.safety_plan.section_view import StatusLine
from desktop.ui.dates import date_edit_format
from desktop.ui.flow_layout import FlowLayout


class ReviewDate(QWidget):
    """A check box that sets a review date, the date, and the status line under them.

    Signals:
        changed(): the person set, took away or changed the date.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QWidget(self)  # the date goes under the box when the width runs out
        row = FlowLayout(line)
        self.check = QCheckBox(self.tr("Look at this plan again &on"), self)
        self.check.setAccessibleName(self.tr("Set a date to look at this plan again"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        # The same style as every date on the page and in the printed plan.
        self.date_edit.setDisplayFormat(date_edit_format(long=True))
        self.date_edit.setAccessibleName(self.tr("Date to look at this plan again"))
        self.date_edit.setDate(QDate.currentDate().addMonths(3))
        self.date_edit.setEnabled(False)
        self.check.toggled.connect(self.date_edit.setEnabled)
        self.status = StatusLine(self.tr("Status of the review date"), self)
        self.check.toggled.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        row.addWidget(self.check)
        row.addWidget(self.date_edit)
        layout.addWidget(line)
        layout.addWidget(self.status)

    def day(self) -> date | None:
        """The review date (None: not set)."""
        if not self.check.isChecked():
            return None
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def show_day(self, day: date | None) -> None:
        """Show `day` as the review date (None: not set; the date shown stays)."""
        self.check.setChecked(day is not None)
        if day is not None:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
