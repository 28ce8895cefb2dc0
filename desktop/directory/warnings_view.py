"""The directory's warnings on the Find help page: a refused or out-of-date bundle, and so on.

Each notice is worded at show time (`notices.notice_text`), in the language in force, one
"Please note: ..." line each; the label hides when there is nothing to say. Its words keep
the page's translation context ("DirectoryPage"), where they were translated before the
label had a module of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.directory.notices import notice_text
from desktop.ui.dates import long_date
from referral_directory.notices import Notice


class DirectoryWarnings(QLabel):
    """The warnings of the directory on show, as plain text (they may name bundle data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "error")
        self.setAccessibleName(QCoreApplication.translate("DirectoryPage", "Directory warnings"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so it is heard

    def show_notices(self, found: Sequence[Notice]) -> None:
        """Say each of `found` (none: hide)."""
        said = (notice_text(n, QCoreApplication.translate, long_date,
                                    lambda number: QLocale().toString(number))
                for n in found)
        warnings = [w.strip().rstrip(".") for w in said if w.strip()]
        note = QCoreApplication.translate("DirectoryPage", "Please note: {warning}.")
        self.setText(
            "\n".join(note.format(warning=f"{w[:1].upper()}{w[1:]}") for w in warnings))
        self.setVisible(bool(warnings))
