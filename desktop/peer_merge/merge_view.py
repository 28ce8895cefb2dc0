"""The coordinator's merge: several supporters' signed reports into one, previewed, exported.

Each file is read and checked (signature, format, release rules) before it is merged; a
refused file is named with the reason in plain words and nothing is written. Reading,
checking and the exact audit (GLPK) run on the worker, so the window stays responsive
however many reports are chosen; a change of files or label drops a merge still running.
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
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.peer_merge.merge import MergeRefused, merge_reports
from desktop.records.peer.report import (
    AggregateReport,
    check_label,
)
from desktop.records.peer.report_file import (
    ReportInvalid,
    read_report,
)
from desktop.report_ui.export_bar_view import (
    ExportBar,
    ask_export_folder,
    reason_words,
)
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import fill_with_scrolled, heading, wrap_items
from desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class _FileRefused(Exception):
    """A chosen file was refused: its name and `ReportInvalid.reason` (worded on the GUI)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(reason)
        self.name = name
        self.reason = reason


def _read_and_merge(files: list[Path], label: str, today: date) -> AggregateReport:
    reports = []
    for path in files:
        try:
            reports.append(read_report(path))
        except ReportInvalid as exc:
            raise _FileRefused(path.name, exc.reason) from None
    return merge_reports(reports, label, today)

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
        parent, QCoreApplication.translate("MergePage", "Choose supporters' reports"), "",
        QCoreApplication.translate("MergePage", "Confide reports (*.json)")
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
        worker: Worker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        choose_files: Callable[[QWidget], list[Path]] = _choose_files,
        choose_folder: Callable[[QWidget], Path | None] = ask_export_folder,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._choose_files = choose_files
        self._jobs = VaultOp(self, worker)  # forget(): a stale merge is dropped
        self.files: list[Path] = []
        # The page scrolls as a whole: at 200 % text in a short window, in Spanish, its
        # labels were squeezed until lines overlapped and a button was cut.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Merge supporters' reports")))
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
        self.list.setAccessibleName(self.tr("Reports to merge"))
        wrap_items(self.list)
        layout.addWidget(self.list)
        row = QWidget(self)
        buttons = FlowLayout(row)  # the buttons wrap onto more lines when narrow
        self.add = QPushButton(self.tr("&Add reports…"), self)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.merge = QPushButton(self.tr("&Merge and preview"), self)
        for button in (self.add, self.remove, self.merge):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        layout.addWidget(row)
        # What the merge says (what to add, a refused file, a refusal) sits under its
        # buttons, next to the action, not under the preview with the export's outcome.
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Merge status"))
        layout.addWidget(self.notice)
        form = QFormLayout()
        self.label = QLineEdit(self.tr("Peer support program"), self)
        self.label.setAccessibleName(self.tr("Merged report label, identifies no one"))
        form.addRow(self.tr("&Label"), self.label)
        layout.addLayout(form)
        self.bar = ExportBar(self, choose_folder)
        self.bar.preview.empty_words = self.tr(
            "Nothing to show yet. Add supporters' report files and press Merge and preview: "
            "nothing is written until you export.")
        self.bar.exported.connect(self.exported)
        layout.addWidget(self.bar, stretch=1)
        fill_with_scrolled(self, body)
        self.add.clicked.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        self.merge.clicked.connect(self.merge_now)
        self.label.textChanged.connect(lambda *_: self._changed())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self._changed()

    def _changed(self) -> None:
        """Files or label changed: the preview, and any merge still running, are stale."""
        self._jobs.forget()
        self.bar.set_report(None)
        self.merge.setEnabled(len(self.files) >= 2)
        self._selection_changed()
        if len(self.files) < 2:
            self.notice.setText(self.tr(
                "Add at least two supporters' report files (the .json files they exported) "
                "to merge them."))
        else:
            self.notice.clear()

    def _selection_changed(self) -> None:
        self.remove.setEnabled(self.list.currentRow() >= 0 and bool(self.list.selectedItems()))

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if path not in self.files:
                self.files.append(path)
                self.list.addItem(path.name)
        self._changed()

    def _on_add(self) -> None:
        self.add_files(self._choose_files(self))

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            del self.files[row]
            self.list.takeItem(row)
            self._changed()

    def merge_now(self) -> None:
        """Read and check every chosen file and merge them on the worker; then the preview."""
        self.bar.set_report(None)
        try:
            label = check_label(self.label.text())
        except ValueError as exc:
            self.notice.setText(self.tr("Cannot merge: {reason}.").format(
                reason=reason_words(exc)))
            return
        files, today = list(self.files), self._today()
        self.merge.setEnabled(False)
        self.notice.setText(self.tr("Checking and merging %n reports…", "", len(files)))
        self._jobs.run(lambda: _read_and_merge(files, label, today), self._merged,
                       self._merge_failed)

    def _merged(self, merged: AggregateReport) -> None:
        self.merge.setEnabled(True)
        self.bar.set_report(merged)
        self.notice.setText(self.tr("Merged. The preview below is exactly what will be "
                                    "exported."))
        self.previewed.emit()

    def _merge_failed(self, error: BaseException) -> None:
        self.merge.setEnabled(True)
        if isinstance(error, _FileRefused):
            self.notice.setText(
                self.tr("{name} was refused: {words}. Nothing was merged.").format(
                    name=error.name, words=refusal_words(error.reason)))
        elif isinstance(error, MergeRefused):
            self.notice.setText(self.tr("Cannot merge: {reason}.").format(
                reason=reason_words(error)))
        else:
            log.warning("merge failed: %s", type(error).__name__)
            self.notice.setText(self.tr("The reports could not be merged. Please try again."))
