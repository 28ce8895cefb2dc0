"""The "Find help" page in a window of its own, for the lock screen (no vault needed).

The directory is public data outside the vault, so the page (`view.DirectoryPage`) works
while Confide is locked; this window only frames it with a Close button, sized from the
font and kept within the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.directory.view import DirectoryPage
from referral_directory.directory import Directory


class DirectoryDialog(QDialog):
    """The "Find help" page in a window of its own, for the lock screen (no vault needed).

    Args:
        directory: the opened referral directory.
        parent: the screen it was opened from.
    """

    def __init__(self, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Never more than the name: titles show in task bars and switchers.
        self.setWindowTitle(self.tr("Confide"))
        self.setModal(False)
        self.page = DirectoryPage(directory, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close Find help"))
        close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 110, metrics.height() * 42
        screen = self.screen()
        if screen is not None:  # at 200% text the page scrolls rather than overflows
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)
        self.page.setFocus()
