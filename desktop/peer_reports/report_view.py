"""Aggregate reports: the supporter's preview-then-export page and the coordinator's merge.

Nothing is written before the preview: choosing the period and label and pressing Preview
builds the report (counts from the vault on the worker; noise, if chosen, drawn once per
period and epsilon and kept: `noise_draws`), and the preview shows the very report
object that Export writes -- the same HTML as the PDF.
Changing any choice throws the preview away. Export writes three files to a chosen folder:
the signed JSON report, the PDF and the CSV.

A supporter's release goes through the vault's ledger (`ledger.Ledger`): the period is
one of the fixed grid's (a month, quarter, half-year or year), the preview is refused
when it overlaps an earlier release or would overspend the privacy budget, the report is
audited against every earlier release, and Export records the release before it writes
the files (and removes the record again when they could not be written). A period
already released previews as released, and Export writes its very files again without a
new record: after a crash between the record and the files, nothing is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crypto.atomic import write_atomic
from crypto.errors import EnvironmentProblem
from desktop.peer_reports.ledger import EPSILON_BUDGET, Ledger, ReleaseRefused
from desktop.peer_reports.noise_draws import noised
from desktop.records.peer.period import grid_periods, period_name
from desktop.records.peer.report import (
    MAX_MONTHS,
    AggregateReport,
    add_noise,
    build_report,
    check_label,
)
from desktop.records.peer.report_file import (
    public_key_hex,
    to_json,
)
from desktop.records.peer.store import PeerLogStore
from desktop.report_ui.export_bar_view import (
    DEFAULT_LABEL,
    ExportBar,
    ask_export_folder,
    export_contents,
    reason_words,
)
from desktop.ui.dates import long_date
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import fill_with_scrolled, heading
from desktop.ui.worker import Worker
from desktop.vault_queries import VaultQueries

log = logging.getLogger(__name__)

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
        choose_folder: Callable[[QWidget], Path | None] = ask_export_folder,
        mirror: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._store = PeerLogStore(vault)
        self._ledger = Ledger(vault, mirror)  # mirror: see `release_mirror`
        self._today = today
        self._signed: str | None = None  # the previewed report's signed JSON
        self._jobs = VaultOp(self, worker)  # forget(): late results are dropped
        # The page scrolls as a whole: at 200 % text in a short window its labels and
        # preview were squeezed until lines overlapped.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Aggregate report")))
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
            self.period.addItem(period_name(period, QCoreApplication.translate) or "", period)
        previous = (_shift(current, -1),)  # the last whole month: the usual report
        self.period.setCurrentIndex(periods.index(previous) if previous in periods else 0)
        self.label = QLineEdit(self.tr(DEFAULT_LABEL), self)
        self.label.setAccessibleName(self.tr("Report label, identifies no one"))
        # A check box's text never wraps: epsilon has its own row, or the Spanish words
        # were cut at 600 px and 200 % text.
        self.noise = QCheckBox(self.tr("Add differential-privacy &noise"), self)
        self.noise.setAccessibleName(self.tr("Add differential-privacy noise"))
        self.epsilon = QDoubleSpinBox(self)
        self.epsilon.setRange(0.1, EPSILON_BUDGET)
        self.epsilon.setSingleStep(0.5)
        self.epsilon.setValue(1.0)
        self.epsilon.setAccessibleName(
            self.tr("Epsilon: smaller adds more noise; each month has {budget} in all").format(
                budget=f"{EPSILON_BUDGET:g}"
            )
        )
        self.epsilon.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("&Period"), self.period)
        form.addRow(self.tr("&Label"), self.label)
        form.addRow(self.noise)
        form.addRow(self.tr("Ep&silon"), self.epsilon)
        layout.addLayout(form)
        self.preview_button = QPushButton(self.tr("P&review"), self)
        self.preview_button.setAccessibleName(self.tr("Preview the report"))
        self.preview_button.clicked.connect(self.make_preview)
        layout.addWidget(self.preview_button)
        self.bar = ExportBar(self, choose_folder)
        self.bar.start_export = self._release
        self.bar.exported.connect(self.exported)
        layout.addWidget(self.bar, stretch=1)
        fill_with_scrolled(self, body)
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
                reason=reason_words(exc)))
            return
        epsilon = self.epsilon.value() if self.noise.isChecked() else None
        store, ledger, vault, today = self._store, self._ledger, self._vault, self._today()
        start = date.fromisoformat(months[0] + "-01")
        end = date.fromisoformat(_shift_month(months[-1], 1) + "-01") - timedelta(days=1)

        def build() -> tuple[AggregateReport, str, datetime | None]:
            key = ledger.signing_key()
            if (entry := ledger.released_for(months)) is not None:
                again = entry.as_report()
                return again, to_json(again, key), datetime.fromisoformat(entry.released_at)
            ledger.check(months, epsilon)
            counts = store.counts(start, end)
            report = build_report(
                counts, months, label, today, epsilon=epsilon,
                earlier=ledger.earlier(), signer=public_key_hex(key),
                draw=lambda inner, eps: noised(vault, months, eps, inner, add_noise),
            )
            return report, to_json(report, key), None

        self.preview_button.setEnabled(False)

        def done(result: tuple[AggregateReport, str, datetime | None]) -> None:
            report, self._signed, released_on = result
            self.preview_button.setEnabled(True)
            self.bar.set_report(report)
            if released_on is None:
                self.bar.status.setText(self.tr("This is exactly what will be exported."))
            else:
                self.bar.status.setText(self.tr(
                    "This period was released on {day}, as shown. Exporting writes the very "
                    "same files again; nothing new leaves.").format(
                        day=long_date(released_on.astimezone().date())))
            self.previewed.emit()

        def failed(error: BaseException) -> None:
            self.preview_button.setEnabled(True)
            if isinstance(error, ReleaseRefused):
                self.bar.status.setText(
                    self.tr("Cannot make this report: {reason}.").format(
                        reason=reason_words(error))
                )
                return
            log.warning("report preview failed: %s", type(error).__name__)
            self.bar.status.setText(self.tr("The report could not be made. Please try again."))

        self._jobs.run(build, done, failed)

    def _release(self, report: AggregateReport, folder: Path) -> None:
        """Record the release in the ledger, then write its files (on the worker); when
        not one file could be written, the record is removed: nothing left."""
        files = export_contents(report, folder, self._signed)
        ledger = self._ledger

        def release() -> list[Path]:
            new = ledger.record(report)  # False: the same report, written again
            written: list[Path] = []
            try:
                for path, data in files.items():
                    write_atomic(path, data)
                    written.append(path)
            except BaseException:
                if new and not written:  # nothing left the vault: the period is free again
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
                    self.tr("Not exported: {reason}.").format(reason=reason_words(error))
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
