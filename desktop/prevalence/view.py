"""The "Anonymous burnout measure" section of Settings: take part or not, and this quarter's token.

Shown only where the organization's policy allows prevalence tokens (the shell does not
build it otherwise). Taking part is the person's choice, kept in the vault and off until
ticked; even then each quarter's token is made, shown and saved or declined in
`TokenDialog`. The privacy accounting is stated here, before anything is made.

Signals (PrevalenceSection):
    opted_in_changed(bool): the choice now stored (after reading, and after each change).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QPushButton, QVBoxLayout, QWidget

from crypto.vault import Vault
from desktop.prevalence.store import TokenState, read_state, set_opted_in
from desktop.prevalence.token import EPSILON, Period, Token
from desktop.prevalence.token_view import BurnoutAnswer, TokenDialog
from desktop.ui.vault_op import VaultOp
from desktop.ui.widgets import note
from desktop.ui.worker import Worker

log = logging.getLogger(__name__)



class PrevalenceSection(QGroupBox):
    """Opt in to the organization's anonymous burnout measure and make the quarter's token.

    Args:
        vault: the open vault (used only on `worker`).
        worker: the one vault thread.
        burnout_answer: on the worker, the latest single-item burnout answer in a quarter.
        today: the date the quarter is taken from (tests pass one).

    Attributes:
        period: the current quarter.
        stored: what the vault holds for it; None until read.
        dialog: the token dialog last opened, if any.

    Signals:
        opted_in_changed(bool): the stored choice, once read and after each change.
    """

    opted_in_changed = Signal(bool)

    def __init__(
        self,
        vault: Vault,
        worker: Worker,
        burnout_answer: BurnoutAnswer,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Anonymous burnout measure"))
        self.setAccessibleName(self.title())
        self._vault = vault
        self._worker = worker
        self._jobs = VaultOp(self, worker)  # nothing delivered once this is deleted
        self._burnout_answer = burnout_answer
        self.period = Period.of(today())
        self.stored: TokenState | None = None
        self.dialog: TokenDialog | None = None

        self.intro = note(self.tr(
            "Your organization measures how common burnout is among its staff. Once a "
            "quarter you may make a token from your single-item burnout answer and hand "
            "the file to your peer-support coordinator. Confide sends nothing."))
        one, two, year = EPSILON, 2 * EPSILON, 8 * EPSILON
        self.accounting = note(self.tr(
            "How private it is: each answer in a token is written as it is with "
            "probability 3 in 4 and reversed with probability 1 in 4, drawn on this "
            "computer. Whatever a token says, it makes either answer at most 3 times more "
            "likely than the other: differential privacy with ε = ln 3 ≈ {one} per answer, "
            "≈ {two} for a quarter's token with both answers. Tokens add up: the "
            "coordinator knows who handed each one over, so a year of four tokens is at "
            "most ε ≈ {year} in total (odds shifted at most {odds} times for an answer "
            "that stays the same all year).").format(
                one=f"{one:.2f}", two=f"{two:.2f}", year=f"{year:.2f}",
                odds=round(math.exp(4 * EPSILON))), role="muted")
        self.accounting.setAccessibleName(self.tr("How private a token is"))
        self.take_part = QCheckBox(self.tr("Take part in the anonymous b&urnout measure"))
        self.take_part.setAccessibleName(self.tr("Take part in the anonymous burnout measure"))
        self.take_part.setAccessibleDescription(self.tr(
            "You still see each quarter's token and choose whether to save it."))
        self.status = note()
        self.status.setAccessibleName(self.tr("Burnout token status"))
        self.make_button = QPushButton()  # its mnemonic avoids the other sections' letters
        self.make_button.clicked.connect(self.open_dialog)

        column = QVBoxLayout(self)
        for widget in (self.intro, self.accounting, self.take_part, self.status):
            column.addWidget(widget)
        column.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.take_part.toggled.connect(self._change)
        self._render()
        period = self.period
        self._jobs.run(lambda: read_state(vault, period), self._read, self._failed)

    def _render(self) -> None:
        state = self.stored
        period = self.period
        self.take_part.blockSignals(True)  # showing the stored choice is not a change
        self.take_part.setChecked(bool(state and state.opted_in))
        self.take_part.blockSignals(False)
        self.take_part.setEnabled(state is not None)
        if state is None:
            self.status.setText(self.tr("Reading your choice…"))
        elif state.saved is not None:
            self.status.setText(self.tr(
                "Your {period} token is saved. Saving it again writes the same file.").format(
                    period=period))
        elif state.opted_in:
            self.status.setText(self.tr("No token made for {period} yet.").format(
                period=period))
        else:
            self.status.setText(self.tr("Off: tick the box above to make a token."))
        text = (self.tr("Sa&ve the {period} token again…") if state and state.saved
                else self.tr("&Make the {period} token…")).format(period=period)
        self.make_button.setText(text)
        self.make_button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.make_button.setEnabled(bool(state and state.opted_in))

    def _read(self, state: TokenState) -> None:
        self.stored = state
        self._render()
        self.opted_in_changed.emit(state.opted_in)

    def _change(self, opted_in: bool) -> None:
        if self.stored is None:
            return
        vault, period = self._vault, self.period

        def job() -> TokenState:
            set_opted_in(vault, opted_in)
            return read_state(vault, period)

        self.take_part.setEnabled(False)
        self._jobs.run(job, self._read, self._failed)

    def _failed(self, error: BaseException) -> None:
        log.error("prevalence choice not read or saved: %s", type(error).__name__)
        self._render()
        self.status.setText(self.tr("Confide could not read or save this choice."))

    def open_dialog(self) -> TokenDialog | None:
        """Open the quarter's token dialog (only when the person takes part)."""
        if self.stored is None or not self.stored.opted_in:
            return None
        dialog = TokenDialog(self._vault, self._worker, self.period, self._burnout_answer,
                             self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._token_saved)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _token_saved(self, token: Token) -> None:
        if self.stored is not None:
            self.stored = TokenState(self.stored.opted_in, token)
        self._render()
