"""Aggregate reports: the supporter's preview-then-export page and the coordinator's merge.

Nothing is written before the preview: choosing the period and label and pressing Preview
builds the report (counts from the vault on the worker; noise, if chosen, drawn once), and
the preview shows the very report object that Export writes -- the same HTML as the PDF.
Changing any choice throws the preview away. Export writes three files to a chosen folder:
the signed JSON report, the PDF and the CSV.

A supporter's release goes through the vault's ledger (`ledger.Ledger`): the period is
one of the fixed grid's (a month, quarter, half-year or year), the preview is refused
when it overlaps an earlier release or would overspend the privacy budget, the report is
audited against every earlier release, and Export records the release before it writes
the files (and removes the record again when they could not be written).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Final

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crypto.atomic import write_atomic
from crypto.errors import DiskFull, EnvironmentProblem
from desktop.peer_log.failure import failure_text
from desktop.peer_log.ledger import EPSILON_BUDGET, Ledger, ReleaseRefused
from desktop.peer_log.merge import MergeRefused, merge_reports
from desktop.peer_log.pdf_view import CHART_URL, chart_image, render_pdf, report_html
from desktop.peer_log.period import grid_periods, period_name
from desktop.peer_log.report import (
    MAX_MONTHS,
    AggregateReport,
    build_report,
    check_label,
)
from desktop.peer_log.report_file import (
    ReportInvalid,
    file_stem,
    public_key_hex,
    read_report,
    to_csv,
    to_json,
)
from desktop.peer_log.store import PeerLogStore
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import heading
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries

log = logging.getLogger(__name__)
DEFAULT_LABEL: Final = "Peer support report"


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


def _export_failure(error: EnvironmentProblem, folder: Path) -> str:
    """What to tell the person when writing the report files failed."""
    undone = "the export did not finish"
    if isinstance(error, DiskFull):
        return failure_text(error, undone)
    reason = f" ({error.detail})" if error.detail else ""
    return f"The report could not be written to {folder}{reason}, so {undone}."


class _Preview(QTextBrowser):
    """Shows a report exactly as the PDF will (same HTML, same chart)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAccessibleName("Report preview: exactly what will be exported")
        self.setOpenLinks(False)

    def show_report(self, report: AggregateReport | None) -> None:
        if report is None:
            self.setHtml(
                "<p>Nothing to show yet. Choose a period and press Preview: nothing "
                "is written until you export.</p>"
            )
            return
        self.document().addResource(1, CHART_URL, chart_image(report))
        self.setHtml(report_html(report))


def _choose_folder(parent: QWidget) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, "Export the report to a folder")
    return Path(folder) if folder else None


def _choose_files(parent: QWidget) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(
        parent, "Choose supporters' reports", "", "Confide reports (*.json)"
    )
    return [Path(n) for n in names]


class _ExportBar(QWidget):
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
        self.preview = _Preview(self)
        self.export = QPushButton("&Export JSON, PDF and CSV…", self)
        self.export.setAccessibleName("Export the previewed report")
        self.export.clicked.connect(self._on_export)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Report status")
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
        self.status.setText(f"Exported {', '.join(p.name for p in paths)} to {folder}.")
        self.exported.emit(paths)

    def failed(self, error: EnvironmentProblem, folder: Path) -> None:
        """Say why the files could not be written."""
        log.warning("report export failed: %s", type(error).__name__)
        self.export.setEnabled(self.report is not None)
        self.status.setText(_export_failure(error, folder))


class ReportPage(QWidget):
    """A supporter's aggregate report: choose, preview, export.

    Args:
        vault: the unlocked vault (touched on the worker thread only).
        worker: runs the count queries.
        today: the supporter's local date.
        choose_folder: asks where to export (tests pass their own).

    Signals:
        previewed(): a preview is showing.
        exported(list): the files written.
    """

    previewed = Signal()
    exported = Signal(list)

    def __init__(
        self,
        vault: VaultQueries,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        choose_folder: Callable[[QWidget], Path | None] = _choose_folder,
    ) -> None:
        super().__init__(parent)
        self._store = PeerLogStore(vault)
        self._ledger = Ledger(vault)
        self._today = today
        self._signed: str | None = None  # the previewed report's signed JSON
        self._jobs = VaultOp(self, worker)  # forget(): late results are dropped
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Aggregate report"))
        intro = QLabel(
            self.tr(
                "Counts by month and category only: no contact, day or note leaves. "
                "Counts from 1 to 10 show as <11. A report covers a whole month, quarter, "
                "half-year or year, and never a period you have already reported on."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Report period"))
        current = today()
        periods = grid_periods(_shift(current, -(MAX_MONTHS - 1)), _shift(current, 0))
        for period in periods:
            self.period.addItem(period_name(period) or "", period)
        previous = (_shift(current, -1),)  # the last whole month: the usual report
        self.period.setCurrentIndex(periods.index(previous) if previous in periods else 0)
        self.label = QLineEdit(DEFAULT_LABEL, self)
        self.label.setAccessibleName("Report label, identifies no one")
        self.noise = QCheckBox("Add differential-privacy &noise, epsilon", self)
        self.noise.setAccessibleName("Add differential-privacy noise")
        self.epsilon = QDoubleSpinBox(self)
        self.epsilon.setRange(0.1, EPSILON_BUDGET)
        self.epsilon.setSingleStep(0.5)
        self.epsilon.setValue(1.0)
        self.epsilon.setAccessibleName(
            self.tr("Epsilon: smaller adds more noise; each month has {budget} in all").format(
                budget=f"{EPSILON_BUDGET:g}"
            )
        )
        noise_row = QHBoxLayout()
        noise_row.addWidget(self.noise)
        noise_row.addWidget(self.epsilon)
        noise_row.addStretch(1)
        form.addRow(self.tr("&Period"), self.period)
        form.addRow("&Label", self.label)
        form.addRow(noise_row)
        layout.addLayout(form)
        self.preview_button = QPushButton("&Preview", self)
        self.preview_button.setAccessibleName("Preview the report")
        self.preview_button.clicked.connect(self.make_preview)
        layout.addWidget(self.preview_button)
        self.bar = _ExportBar(self, choose_folder)
        self.bar.start_export = self._release
        self.bar.exported.connect(self.exported)
        layout.addWidget(self.bar, stretch=1)
        for signal in (
            self.period.currentIndexChanged,
            self.label.textChanged,
            self.noise.toggled,
            self.epsilon.valueChanged,
        ):
            signal.connect(lambda *_: self.bar.set_report(None))

    def make_preview(self) -> None:
        """Build, audit and sign the report from the vault (nothing is written)."""
        months: tuple[str, ...] = tuple(self.period.currentData())
        try:
            label = check_label(self.label.text())
        except ValueError as exc:
            self.bar.status.setText(self.tr("Cannot make the report: {reason}.").format(
                reason=exc))
            return
        epsilon = self.epsilon.value() if self.noise.isChecked() else None
        store, ledger, today = self._store, self._ledger, self._today()
        start = date.fromisoformat(months[0] + "-01")
        end = date.fromisoformat(_shift_month(months[-1], 1) + "-01") - timedelta(days=1)

        def build() -> tuple[AggregateReport, str]:
            ledger.check(months, epsilon)
            key = ledger.signing_key()
            counts = store.counts(start, end)
            report = build_report(
                counts, months, label, today, epsilon=epsilon,
                earlier=ledger.earlier(), signer=public_key_hex(key),
            )
            return report, to_json(report, key)

        self.preview_button.setEnabled(False)

        def done(result: tuple[AggregateReport, str]) -> None:
            self.preview_button.setEnabled(True)
            self._signed = result[1]
            self.bar.set_report(result[0])
            self.bar.status.setText("This is exactly what will be exported.")
            self.previewed.emit()

        def failed(error: BaseException) -> None:
            self.preview_button.setEnabled(True)
            if isinstance(error, ReleaseRefused):
                self.bar.status.setText(
                    self.tr("Cannot make this report: {reason}.").format(reason=error.detail)
                )
                return
            log.warning("report preview failed: %s", type(error).__name__)
            self.bar.status.setText("The report could not be made. Please try again.")

        self._jobs.run(build, done, failed)

    def _release(self, report: AggregateReport, folder: Path) -> None:
        """Record the release in the ledger, then write its files (on the worker); when
        not one file could be written, the record is removed: nothing left."""
        files = export_contents(report, folder, self._signed)
        ledger = self._ledger

        def release() -> list[Path]:
            ledger.record(report)
            written: list[Path] = []
            try:
                for path, data in files.items():
                    write_atomic(path, data)
                    written.append(path)
            except BaseException:
                if not written:  # nothing left the vault: the period is free again
                    ledger.forget(report.sources[0])
                raise  # else the figures may have left: the record stays
            return written

        def done(paths: list[Path]) -> None:
            self.bar.set_report(None)  # released: a second export would be refused
            self.bar.done(paths, folder)

        def failed(error: BaseException) -> None:
            if isinstance(error, EnvironmentProblem):
                self.bar.failed(error, folder)
                return
            self.bar.set_report(None)
            if isinstance(error, ReleaseRefused):
                self.bar.status.setText(
                    self.tr("Not exported: {reason}.").format(reason=error.detail)
                )
                return
            log.warning("report release failed: %s", type(error).__name__)
            self.bar.status.setText(self.tr("The report could not be exported. Please try again."))

        self._jobs.run(release, done, failed)

    def clear_personal_data(self) -> None:
        self._jobs.forget()
        self._signed = None
        self.bar.set_report(None)
        self.bar.status.clear()
        self.preview_button.setEnabled(True)


def _shift_month(month: str, by: int) -> str:
    year, number = map(int, month.split("-"))
    index = year * 12 + number - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _shift(day: date, by: int) -> str:
    return _shift_month(f"{day.year:04d}-{day.month:02d}", by)


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
        choose_folder: Callable[[QWidget], Path | None] = _choose_folder,
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
        self.bar = _ExportBar(self, choose_folder)
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
