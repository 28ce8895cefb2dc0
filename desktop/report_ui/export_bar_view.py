"""What the report and merge pages share: the preview, the export bar and the file writing.

The preview shows the very report object that Export writes (the same HTML as the PDF).
Export writes three files to a chosen folder: the signed JSON report, the PDF and the CSV.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Final

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crypto.atomic import write_atomic
from crypto.errors import DiskFull, EnvironmentProblem
from desktop.records.peer.report import (
    AggregateReport,
)
from desktop.records.peer.report_file import (
    file_stem,
    to_csv,
    to_json,
)
from desktop.records.peer.words import Refusal
from desktop.report_ui.pdf_view import CHART_URL, chart_image, render_pdf, report_html
from desktop.ui.dates import long_date
from desktop.words import QT_TRANSLATE_NOOP, failure_text

log = logging.getLogger(__name__)
DEFAULT_LABEL: Final = QT_TRANSLATE_NOOP("ReportPage", "Peer support report")
PREVIEW_LINES: Final = 8  # the least of a report the preview shows before the page scrolls


def export_contents(
    report: AggregateReport, folder: Path, json_text: str | None = None
) -> dict[Path, bytes]:
    """The report's JSON (`json_text`, signed, when given), CSV and PDF, made in memory
    (the PDF needs the GUI thread), keyed by the paths they go to in `folder`."""
    stem = folder / file_stem(report)
    return {
        stem.with_suffix(".json"): (json_text or to_json(report)).encode("utf-8"),
        stem.with_suffix(".csv"): to_csv(report).encode("utf-8"),
        stem.with_suffix(".pdf"): render_pdf(report),
    }


def write_files(files: dict[Path, bytes]) -> list[Path]:
    """Write each file atomically: a failure leaves each file either as it was or
    complete, never half-written. Returns the paths.

    Raises:
        DiskFull: the disk had no room for a file.
        EnvironmentProblem: any other reason a file could not be written.
    """
    for path, data in files.items():
        write_atomic(path, data)
    return list(files)


def export_files(
    report: AggregateReport, folder: Path, key: Ed25519PrivateKey | None = None
) -> list[Path]:
    """Write the report's JSON (signed with `key`, if given), CSV and PDF into `folder`;
    returns their paths.

    Raises:
        DiskFull: the disk had no room for a file.
        EnvironmentProblem: any other reason a file could not be written.
    """
    json_text = to_json(report, key) if key is not None else None
    return write_files(export_contents(report, folder, json_text))


def reason_words(error: Exception) -> str:
    """Why something was refused, in the language in force when the module worded it."""
    if isinstance(error, Refusal):
        return error.words(QCoreApplication.translate, long_date)
    return str(error)


def export_failure(error: EnvironmentProblem, folder: Path) -> str:
    """What to tell the person when writing the report files failed."""
    undone = QCoreApplication.translate("ExportBar", "the export did not finish")
    if isinstance(error, DiskFull):
        return failure_text(error, undone, QCoreApplication.translate)
    if error.detail:
        return QCoreApplication.translate(
            "ExportBar", "The report could not be written to {folder} ({reason}), so {undone}."
        ).format(folder=folder, reason=error.detail, undone=undone)
    return QCoreApplication.translate(
        "ExportBar", "The report could not be written to {folder}, so {undone}."
    ).format(folder=folder, undone=undone)


class Preview(QTextBrowser):
    """Shows a report exactly as the PDF will (same HTML, same chart)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Report preview: exactly what will be exported"))
        self.setOpenLinks(False)
        # What an empty preview says; a page whose action is not "Preview" sets its own.
        self.empty_words = self.tr(
            "Nothing to show yet. Choose a period and press Preview: nothing is written "
            "until you export.")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        # Eight lines at the text size in force: in a short window the page scrolls
        # instead of squeezing the preview to a line or two.
        lines = self.fontMetrics().lineSpacing() * PREVIEW_LINES
        return QSize(super().minimumSizeHint().width(), lines + 2 * self.frameWidth())

    def show_report(self, report: AggregateReport | None) -> None:
        if report is None:
            self.setHtml(f"<p>{html.escape(self.empty_words)}</p>")
            return
        self.document().addResource(1, CHART_URL, chart_image(report))
        self.setHtml(report_html(report))


def ask_export_folder(parent: QWidget) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ExportBar", "Export the report to a folder"))
    return Path(folder) if folder else None


class ExportBar(QWidget):
    """The preview, an Export button and a status line, shared by both pages.

    Signals:
        exported(list): the files written.
    """

    exported = Signal(list)

    def __init__(self, parent: QWidget, choose_folder: Callable[[QWidget], Path | None]) -> None:
        super().__init__(parent)
        self.report: AggregateReport | None = None
        self._choose_folder = choose_folder
        # Set by a page whose export goes through the vault (the supporter's release).
        self.start_export: Callable[[AggregateReport, Path], None] | None = None
        self.preview = Preview(self)
        self.export = QPushButton(self.tr("&Export JSON, PDF and CSV…"), self)
        self.export.setAccessibleName(self.tr("Export the previewed report"))
        self.export.clicked.connect(self._on_export)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))
        # Room for a refusal of three lines in a narrow window: a wrapped label inside a
        # nested layout is otherwise squeezed to one line by the stretching preview.
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, stretch=1)
        layout.addWidget(self.export)
        layout.addWidget(self.status)
        self.set_report(None)

    def set_report(self, report: AggregateReport | None) -> None:
        self.report = report
        self.preview.show_report(report)
        self.export.setEnabled(report is not None)

    def _on_export(self) -> None:
        if self.report is None:
            return
        folder = self._choose_folder(self)
        if folder is None:
            return
        if self.start_export is not None:
            self.export.setEnabled(False)
            self.start_export(self.report, folder)
            return
        try:
            paths = export_files(self.report, folder)
        except EnvironmentProblem as exc:
            self.failed(exc, folder)
            return
        self.done(paths, folder)

    def done(self, paths: list[Path], folder: Path) -> None:
        """Say what was written, and tell the page."""
        self.status.setText(self.tr("Exported {files} to {folder}.").format(
            files=", ".join(p.name for p in paths), folder=folder))
        self.exported.emit(paths)

    def failed(self, error: EnvironmentProblem, folder: Path) -> None:
        """Say why the files could not be written."""
        log.warning("report export failed: %s", type(error).__name__)
        self.export.setEnabled(self.report is not None)
        self.status.setText(export_failure(error, folder))
