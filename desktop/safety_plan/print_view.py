"""The safety plan on paper: a PDF the person asks for, with a plain warning first.

This is the one place where the plan leaves the vault as plaintext, and only because the
person chose it: the page warns that the file is not encrypted before asking where to
save it. The PDF holds the plan in Confide's wording and nothing else (no check-ins, no
scores). It is rendered in memory and written once, readable by its owner only (0600).
`PrintToPdf` is the page's part of it: the button with the warning under it, and the
writing of the plan the page hands it, on the worker, with the outcome said on the page.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QMarginsF, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crypto.atomic import write_atomic
from crypto.errors import DiskFull
from desktop.safety_plan.crisis_lines import CrisisLine
from desktop.safety_plan.model import (
    REASONS_PROMPT,
    REASONS_TITLE,
    SafetyPlan,
    Step,
    step_lines,
)
from desktop.ui.dates import long_date
from desktop.ui.pdf import pdf_bytes, without_ligatures
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import ask_yes_no
from desktop.words import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PDF_WARNING: Final = QT_TRANSLATE_NOOP(
    "SafetyPlanPrint",
    "The PDF is not encrypted. Anyone who can open the file can read your plan. "
    "Keep it somewhere private, or print it and then delete the file."
)
DEFAULT_FILE_NAME: Final = "safety-plan.pdf"


def _list(lines: Sequence[str]) -> str:
    if not lines:
        # Room to write by hand, so a printed plan with gaps is still useful.
        return "<p>" + "<br/>".join(["_" * 60] * 2) + "</p>"
    return "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in lines) + "</ul>"


def plan_html(
    plan: SafetyPlan, crisis: Sequence[CrisisLine], printed_on: date, *, compact: bool = False
) -> str:
    """The plan as simple HTML for QTextDocument (all personal text escaped).

    Args:
        plan: the plan to show.
        crisis: the crisis lines, always listed in step 5.
        printed_on: today's date, shown in the heading (full version only).
        compact: leave out prompts, empty steps and blank writing lines (for the summary).
    """
    parts: list[str] = []
    translate = QCoreApplication.translate
    if not compact:
        title = QCoreApplication.translate("SafetyPlanPrint", "My safety plan")
        parts.append(f"<h1>{html.escape(title)}</h1>")
        made = QCoreApplication.translate("SafetyPlanPrint",
                                          "Printed from Confide on {day}.")
        made = made.format(day=long_date(printed_on))
        if plan.review_on:
            again = QCoreApplication.translate("SafetyPlanPrint",
                                               "I will look at it again on {day}.")
            made += " " + again.format(day=long_date(plan.review_on))
        made += " " + QCoreApplication.translate(
            "SafetyPlanPrint", "If one step does not help, I go on to the next.")
        parts.append(f"<p>{html.escape(made)}</p>")
    if plan.reasons:
        parts.append(f"<h2>{html.escape(translate('SafetyPlan', REASONS_TITLE))}</h2>")
        if not compact:
            prompt = translate("SafetyPlan", REASONS_PROMPT)
            parts.append(f"<p><i>{html.escape(prompt)}</i></p>")
        text = html.escape(plan.reasons).replace("\n", "<br/>")
        parts.append(f"<p>{text}</p>")
    for step in Step:
        lines = list(step_lines(plan, step))
        if step is Step.PROFESSIONALS:
            lines += [f"{line.name}: {line.how}" for line in crisis]
        if compact and not lines:
            continue
        heading = QCoreApplication.translate("SafetyPlanPrint", "Step {number}. {title}").format(
            number=step.number, title=translate("SafetyPlan", step.title))
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        if not compact:
            parts.append(f"<p><i>{html.escape(translate('SafetyPlan', step.prompt))}</i></p>")
        parts.append(_list(lines))
    if not compact:
        danger = QCoreApplication.translate(
            "SafetyPlanPrint",
            "If I am in immediate danger, I call 911. I can call or text 988 at any time.")
        parts.append(f"<p><b>{html.escape(danger)}</b></p>")
    return "\n".join(parts)


def render_pdf(
    plan: SafetyPlan, crisis: Sequence[CrisisLine], printed_on: date, font: QFont | None = None
) -> bytes:
    """The plan as a US Letter PDF, rendered in memory."""
    document = QTextDocument()
    base = QFont(font) if font is not None else QFont()
    base.setPointSizeF(11)
    document.setDefaultFont(without_ligatures(base))
    document.setHtml(plan_html(plan, crisis, printed_on))

    def write(writer: QPdfWriter) -> None:
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        document.print_(writer)

    return pdf_bytes(QCoreApplication.translate("SafetyPlanPrint", "Safety plan"), write)


def ask_pdf_path(parent: QWidget) -> Path | None:
    """Warn that the PDF is not encrypted, then ask where to save it (None: cancelled)."""
    if not ask_yes_no(parent, QCoreApplication.translate("SafetyPlanPrint", PDF_WARNING),
                      QCoreApplication.translate("SafetyPlanPrint", "Make the PDF")):
        return None
    start = str(Path.home() / DEFAULT_FILE_NAME)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SafetyPlanPrint", "Save your safety plan as a PDF"),
        start,
        QCoreApplication.translate("SafetyPlanPrint", "PDF files (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class PrintToPdf(QWidget):
    """The page's "Print to PDF" button, the warning under it, and the writing of the PDF.

    The page checks the plan (and says what breaks a rule) before it hands it to
    `print_plan`; this asks where to save it, renders it on the GUI thread (Qt needs it),
    writes it on the worker through the page's `VaultOp` (so a lock drops a late
    outcome), and says the outcome with the page's `say`.

    Args:
        page: the safety plan page: the dialogs' parent, its font the PDF's.
        jobs: the page's worker jobs.
        say: says a sentence on the page's status line.
        choose_pdf: warns, then asks where to save (None: cancelled).
        now: the current time (the PDF's date).
        crisis: the crisis lines listed in step 5.

    Signals:
        clicked(): the button was pressed (the page answers with `print_plan`).
        printed(str): a PDF was written to this path.
    """

    clicked = Signal()
    printed = Signal(str)

    def __init__(
        self,
        page: QWidget,
        jobs: VaultOp,
        say: Callable[[str], None],
        choose_pdf: Callable[[QWidget], Path | None],
        now: Callable[[], datetime],
        crisis: Callable[[], tuple[CrisisLine, ...]],
    ) -> None:
        super().__init__(page)
        self._page, self._jobs, self._say = page, jobs, say
        self._choose_pdf, self._now, self._crisis = choose_pdf, now, crisis
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("&Print to PDF\u2026"), self)
        self.button.setAccessibleName(self.tr("Print to PDF"))
        warning = QCoreApplication.translate("SafetyPlanPrint", PDF_WARNING)
        self.button.setAccessibleDescription(warning)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.clicked)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)
        label = QLabel(warning, self)
        label.setWordWrap(True)
        label.setProperty("role", "muted")
        layout.addWidget(label)

    def print_plan(self, plan: SafetyPlan) -> None:
        """Ask where, then write `plan` there as a PDF (nothing if the person cancels)."""
        path = self._choose_pdf(self._page)
        if path is None:
            return
        # Rendering needs Qt's GUI thread; writing goes to the worker. write_atomic makes
        # the file owner-only even when it replaces an older, wider-open PDF.
        data = render_pdf(plan, self._crisis(), self._now().date(), self._page.font())
        self._jobs.run(
            lambda: write_atomic(path, data),
            lambda _none: self._on_printed(path),
            self._on_print_failed,
        )

    def _on_printed(self, path: Path) -> None:
        self._say(self.tr("Your plan was saved as {name}. The file is not encrypted.").format(
            name=path.name))
        self.printed.emit(str(path))

    def _on_print_failed(self, error: BaseException) -> None:
        log.warning("safety plan PDF not written: %s", type(error).__name__)
        if isinstance(error, DiskFull):
            self._say(self.tr("The disk is full, so the PDF was not written. Free some space "
                              "and try again."))
        else:
            self._say(self.tr("The PDF could not be written there. Please choose another "
                              "folder."))
