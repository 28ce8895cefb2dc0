"""The coordinator's merge: several supporters' signed reports into one, previewed, exported.

Each file is read and checked (signature, format, release rules) before it is merged; a
refused file is named with the reason in plain words and nothing is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.peer_log.export_bar_view import (
    ExportBar,
    ask_export_folder,
)
from desktop.peer_log.merge import MergeRefused, merge_reports
from desktop.peer_log.report import (
    check_label,
)
from desktop.peer_log.report_file import (
    ReportInvalid,
    read_report,
)
from desktop.ui.widgets import heading

log = logging.getLogger(__name__)

def refusal_words(reason: str) -> str:
    """Why a report file was refused, in words, for `ReportInvalid.reason`."""
    words = {
        "checksum": QCoreApplication.translate(
            "MergePage", "its checksum does not match: it was changed or damaged after export"
        ),
        "signature": QCoreApplication.translate(
            "MergePage", "its signature does not match: it was changed after it was signed"
        ),
        "unsigned": QCoreApplication.translate(
            "MergePage", "it is not signed (made by an older Confide, or its signature removed)"
        ),
        "too-new": QCoreApplication.translate("MergePage", "it was written by a newer Confide"),
        "not-a-report": QCoreApplication.translate(
            "MergePage", "it is not a Confide peer support report"
        ),
        "not-json": QCoreApplication.translate("MergePage", "it is not a report file (not JSON)"),
        "unreadable": QCoreApplication.translate("MergePage", "it could not be read"),
        "rules": QCoreApplication.translate(
            "MergePage",
            "it breaks the report rules (a small count is shown, or totals do not add up)",
        ),
    }
    return words.get(reason, QCoreApplication.translate("MergePage", "it cannot be used"))


def _choose_files(parent: QWidget) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(
        parent, "Choose supporters' reports", "", "Confide reports (*.json)"
    )
    return [Path(n) for n in names]


class MergePage(QWidget):
    """The coordinator's merge: choose supporters' report files, preview, export.

    Signals:
        previewed(): a merged preview is showing.
        exported(list): the files written.
    """

    previewed = Signal()
    exported = Signal(list)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        choose_files: Callable[[QWidget], list[Path]] = _choose_files,
        choose_folder: Callable[[QWidget], Path | None] = ask_export_folder,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._choose_files = choose_files
        self.files: list[Path] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Merge supporters' reports"))
        intro = QLabel(
            self.tr(
                "Each file is checked (signature and rules) before it is used. Cells a "
                "report hides stay hidden; the merged report is suppressed again. One "
                "supporter's reports may not overlap in time."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Reports to merge")
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add = QPushButton("&Add reports…", self)
        self.remove = QPushButton("&Remove", self)
        self.merge = QPushButton("&Merge and preview", self)
        for button in (self.add, self.remove, self.merge):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        form = QFormLayout()
        self.label = QLineEdit("Peer support program", self)
        self.label.setAccessibleName("Merged report label, identifies no one")
        form.addRow("&Label", self.label)
        layout.addLayout(form)
        self.bar = ExportBar(self, choose_folder)
        self.bar.exported.connect(self.exported)
        layout.addWidget(self.bar, stretch=1)
        self.add.clicked.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        self.merge.clicked.connect(self.merge_now)
        self.label.textChanged.connect(lambda *_: self.bar.set_report(None))

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.files:
                self.files.append(path)
                self.list.addItem(path.name)
        self.bar.set_report(None)

    def _on_add(self) -> None:
        self.add_files(self._choose_files(self))

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.files[row]
            self.list.takeItem(row)
            self.bar.set_report(None)

    def merge_now(self) -> None:
        """Read and check every chosen file, merge, and show the preview."""
        reports = []
        for path in self.files:
            try:
                reports.append(read_report(path))
            except ReportInvalid as exc:
                self.bar.status.setText(
                    self.tr("{name} was refused: {words}. Nothing was merged.").format(
                        name=path.name, words=refusal_words(exc.reason)
                    )
                )
                self.bar.set_report(None)
                return
        try:
            label = check_label(self.label.text())
            merged = merge_reports(reports, label, self._today())
        except (MergeRefused, ValueError) as exc:
            self.bar.status.setText(self.tr("Cannot merge: {reason}.").format(reason=exc))
            self.bar.set_report(None)
            return
        self.bar.set_report(merged)
        self.bar.status.setText("This is exactly what will be exported.")
        self.previewed.emit()
