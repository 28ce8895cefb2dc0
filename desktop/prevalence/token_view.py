"""The quarter's burnout token, made in front of the person: what it says, then save or decline.

Steps: read the vault (a token already saved this quarter is shown again, never drawn
anew); without a burnout answer this quarter, say so and offer only "Decline"; otherwise
ask the optional resource question, draw the token, and show the file's exact text with
what each line means. Nothing is stored until the person saves the file: the token is
kept in the vault first (so saving again writes the same file), then written where they
chose. "Decline" at any step keeps nothing, and making it again is the same draw (the
coins come from the vault's secret: see `token`).

The screen never says whether an answer was reversed: someone at the shoulder sees only
what the coordinator will see.

Signals (TokenDialog):
    saved(object): the `Token` kept for the quarter, once its file is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crypto.atomic import write_atomic
from crypto.errors import EnvironmentProblem
from crypto.vault import Vault
from desktop.prevalence.store import TokenState, device_secret, read_state, record_token
from desktop.prevalence.token import Period, Token, make_token
from desktop.ui.dates import long_date
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import note
from desktop.ui.worker import Worker

log = logging.getLogger(__name__)

BurnoutAnswer = Callable[[Period], int | None]



class TokenDialog(QDialog):
    """Make, show and save (or decline) one quarter's token. See the module docstring.

    Args:
        vault: the open vault (used only on `worker`).
        worker: the one vault thread.
        period: the quarter.
        burnout_answer: on the worker, the person's latest single-item burnout answer
            (1 to 5) in a quarter, or None.

    Attributes:
        token: the token shown, once there is one.
        state: "loading", "no-answer", "ask", "shown", "saved" or "failed".

    Signals:
        saved(object): the `Token` kept for the quarter, after its file is written.
    """

    saved = Signal(object)

    def __init__(
        self,
        vault: Vault,
        worker: Worker,
        period: Period,
        burnout_answer: BurnoutAnswer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = VaultOp(self, worker)  # nothing delivered once this is deleted
        self._period = period
        self._answer: int | None = None
        self.token: Token | None = None
        self.already_saved = False
        self.state = "loading"
        self.setWindowTitle(self.tr("Burnout token for {period}").format(period=period))
        self.setMinimumWidth(420)

        self.heading = note()
        self.heading.setAccessibleName(self.tr("What this step is"))
        self.resource_question = note(self.tr(
            "Did you use a confidential resource this quarter, such as the EAP, peer "
            "support, a counselor or a crisis line? Only what you choose here goes into "
            "the token; nothing is looked up."))
        self.resource_yes = QRadioButton(self.tr("&Yes"))
        self.resource_no = QRadioButton(self.tr("&No"))
        self.resource_out = QRadioButton(self.tr("&Leave this question out"))
        self.resource_out.setChecked(True)
        self._resource = QButtonGroup(self)
        for box in (self.resource_yes, self.resource_no, self.resource_out):
            box.setAccessibleName(box.text().replace("&", ""))
            self._resource.addButton(box)
        self.file_text = note(role="code")
        self.file_text.setAccessibleName(self.tr("The token file, exactly as saved"))
        self.file_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.file_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meaning = note()
        self.meaning.setAccessibleName(self.tr("What the token says"))
        self.status = note()
        self.status.setAccessibleName(self.tr("Token status"))

        self.make_button = self._button(self.tr("&Make the token"), self._make)
        self.save_button = self._button(self.tr("&Save token…"), self._on_save)
        self.decline_button = self._button(self.tr("&Decline"), self._decline)
        self.close_button = self._button(self.tr("&Close"), self.accept)

        content = QWidget()
        column = QVBoxLayout(content)
        for widget in (self.heading, self.resource_question, self.resource_yes,
                       self.resource_no, self.resource_out, self.file_text, self.meaning,
                       self.status):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)  # at 200% text it scrolls instead of clipping
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.decline_button, self.make_button, self.save_button,
                       self.close_button):
            buttons.addWidget(button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

        self._show_step("loading")
        self.heading.setText(self.tr("Reading your vault…"))
        vault_, answer_of = vault, burnout_answer
        self._jobs.run(lambda: (read_state(vault_, period), answer_of(period)),
                      self._loaded, self._failed)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _show_step(self, state: str) -> None:
        self.state = state
        asking = state == "ask"
        for widget in (self.resource_question, self.resource_yes, self.resource_no,
                       self.resource_out):
            widget.setVisible(asking)
        self.make_button.setVisible(asking)
        showing = state in ("shown", "saved")
        self.file_text.setVisible(showing)
        self.meaning.setVisible(showing)
        self.save_button.setVisible(state == "shown")
        self.decline_button.setVisible(state in ("no-answer", "ask", "shown"))
        self.close_button.setVisible(state in ("saved", "failed", "loading"))
        self.status.setVisible(bool(self.status.text()))
        default = {"ask": self.make_button, "shown": self.save_button}.get(state)
        if default is not None:
            default.setDefault(True)

    # --- steps ----------------------------------------------------------------------

    def _loaded(self, found: tuple[TokenState, int | None]) -> None:
        state, answer = found
        if state.saved is not None:
            self.already_saved = True
            self._show_token(state.saved)
            return
        if answer is None:
            self.heading.setText(self.tr(
                "You have not answered the single-item burnout question in {period} "
                "({first} to {last}). Answer it under Questionnaires, then come back; "
                "or decline. Nothing is kept either way.").format(
                    period=self._period, first=long_date(self._period.first_day),
                    last=long_date(self._period.last_day)))
            self._show_step("no-answer")
            return
        self._answer = answer
        self.heading.setText(self.tr(
            "The token uses your latest single-item burnout answer in {period}; the answer "
            "itself stays in your vault. Each answer in the token is randomized before you "
            "see it.").format(period=self._period))
        self._show_step("ask")
        self.make_button.setFocus()

    def _make(self) -> None:
        if self._answer is None:
            return
        used: bool | None = None  # left out unless the person answered
        if self.resource_yes.isChecked():
            used = True
        elif self.resource_no.isChecked():
            used = False
        vault, period, answer = self._vault, self._period, self._answer
        self.make_button.setEnabled(False)
        self._jobs.run(lambda: make_token(period, device_secret(vault), answer, used),
                            self._show_token, self._failed)

    def _show_token(self, token: Token) -> None:
        self.token = token
        self.file_text.setText(token.to_text().rstrip("\n"))
        self.meaning.setText(self._meaning(token))
        if self.already_saved:
            self.heading.setText(self.tr(
                "This is the token you saved for {period}. Saving it again writes the very "
                "same file: a new draw would weaken its protection.").format(
                    period=self._period))
            self.save_button.setText(self.tr("&Save again…"))
            self.save_button.setAccessibleName(self.tr("Save again"))
        else:
            self.heading.setText(self.tr(
                "What your token says, exactly as it will be saved. Save it to hand to your "
                "peer-support coordinator, or decline: nothing is kept until you save."))
        self._show_step("shown")
        self.save_button.setFocus()

    def _meaning(self, token: Token) -> str:
        said = {1: self.tr("yes"), 0: self.tr("no")}
        lines = [
            self.tr("format, version: what kind of file this is."),
            self.tr("period {period}: the quarter it is about, {first} to {last}.").format(
                period=token.period, first=long_date(token.period.first_day),
                last=long_date(token.period.last_day)),
            self.tr("tag: the same on every token this vault makes for {period}, so a second "
                    "one is not counted; tags of other quarters cannot be linked to it.").format(
                period=token.period),
            self.tr("burnout_3_or_more {bit}: says \"{said}\" to \"burnout (an answer of 3 or "
                    "more) this quarter\". It is your real answer with probability 3 in 4 and "
                    "the reverse with probability 1 in 4, so it cannot show anyone which.").format(
                bit=token.burnout, said=said[token.burnout]),
        ]
        if token.resource is None:
            lines.append(self.tr("used_confidential_resource null: the question is left out."))
        else:
            lines.append(self.tr(
                "used_confidential_resource {bit}: says \"{said}\" to \"used a confidential "
                "resource this quarter\", randomized the same way.").format(
                    bit=token.resource, said=said[token.resource]))
        lines.append(self.tr("Nothing else is in the file: no name, score, date or "
                             "computer name."))
        return "\n".join(f"• {line}" for line in lines)

    # --- saving ---------------------------------------------------------------------

    def _on_save(self) -> None:
        if (path := self.ask_path()) is not None:
            self.save_to(path)

    def ask_path(self) -> Path | None:
        """The system's save dialog; None when the person cancels."""
        name = f"confide-burnout-token-{self._period}.json"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the token as"), str(Path.home() / name))
        return Path(chosen) if chosen else None

    def save_to(self, path: Path) -> None:
        """Keep the token in the vault, then write it to `path` (the save dialog's step)."""
        token = self.token
        if token is None or self.state != "shown":
            return
        vault = self._vault

        def job() -> Token:
            kept = record_token(vault, token)  # first: a failed write can be retried as is
            write_atomic(path, kept.to_text().encode("utf-8"))
            return kept

        self.save_button.setEnabled(False)
        self._jobs.run(job, lambda kept: self._written(kept, path), self._save_failed)

    def _written(self, kept: Token, path: Path) -> None:
        self.token = kept
        self.file_text.setText(kept.to_text().rstrip("\n"))
        self.status.setText(self.tr(
            "Saved as {name}. Hand this file to your peer-support coordinator; Confide "
            "sends nothing.").format(name=path.name))
        self.status.setProperty("role", "")
        self.heading.setText(self.tr("Your token for {period} is saved.").format(
            period=self._period))
        self._show_step("saved")
        self.close_button.setFocus()
        self.saved.emit(kept)

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        detail = error.detail if isinstance(error, EnvironmentProblem) else ""
        log.info("prevalence token not written: %s", type(error).__name__)
        self.status.setText(self.tr(
            "The file could not be written ({detail}). Choose another place and try "
            "again.").format(detail=detail or self.tr("unknown reason")))
        self.status.setProperty("role", "error")
        self.status.style().polish(self.status)
        self.status.show()

    def _decline(self) -> None:
        self.token = None
        self.reject()

    def _failed(self, error: BaseException) -> None:
        log.error("prevalence token step failed: %s", type(error).__name__)
        self.heading.setText(self.tr(
            "Confide could not read or write your vault for the token. Nothing was kept."))
        self._show_step("failed")
