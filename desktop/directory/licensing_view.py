"""What your licensing board's application asks: shown with "Worried about my license".

The person picks their state and whether they are a physician or a nurse, and sees
whether that board's license application asks only about current impairment, asks about
past treatment, or that we could not confirm it, with the source and the date it was
checked. The choice is kept only in memory for as long as the page lives: being a nurse
in Ohio is not sensitive, but a saved choice beside "Worried about my license" would say
that this person looked, so nothing is written to disk.

Signals (LicenseQuestionBox):
    source_opened(str): a source address was handed to the system after a click.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QDesktopServices
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.directory.licensing_words import in_language
from desktop.directory.state_words import in_order, state_name
from desktop.ui.dates import long_date
from referral_directory.address import UnsafeAddress, checked_url
from referral_directory.licensing import JURISDICTIONS, STATE_NAMES, BoardAnswer, LicensingTable


def _plain(text: str, parent: QWidget, *, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # bundle text is data, never markup
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    if role:
        label.setProperty("role", role)
    return label


class LicenseQuestionBox(QGroupBox):
    """Your state and board, and what its license application asks about mental health.

    Args:
        parent: the page it sits on.

    Signals:
        source_opened(str): a source address was handed to the system after a click.
    """

    source_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What your licensing board asks"))
        self.setAccessibleName(self.tr("What your licensing board asks"))
        self._table: LicensingTable | None = None
        layout = QVBoxLayout(self)
        intro = _plain(
            self.tr(
                "The Federation of State Medical Boards recommended in 2018 that license "
                "applications ask only about current impairment, not past treatment. Not "
                "every board has followed. Choose your state and board to see what its "
                "application asks."
            ),
            self,
        )
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow or at 200%
        self.state_combo = QComboBox(self)
        self.state_combo.setAccessibleName(self.tr("Your state"))
        self.state_combo.addItem(self.tr("Choose your state"), None)
        for code, name in in_order((c for c, _n in JURISDICTIONS), QCoreApplication.translate):
            self.state_combo.addItem(name, code)
        state_label = QLabel(self.tr("&Your state"), self)
        state_label.setBuddy(self.state_combo)
        form.addRow(state_label, self.state_combo)
        self.board_combo = QComboBox(self)
        self.board_combo.setAccessibleName(self.tr("Your license"))
        self.board_combo.addItem(self.tr("Physician (state medical board)"), "medical")
        self.board_combo.addItem(self.tr("Nurse (state board of nursing)"), "nursing")
        board_label = QLabel(self.tr("&I am a"), self)
        board_label.setBuddy(self.board_combo)
        form.addRow(board_label, self.board_combo)
        layout.addLayout(form)
        self.answer_label = _plain("", self)
        font = self.answer_label.font()
        font.setBold(True)
        self.answer_label.setFont(font)
        self.answer_label.setAccessibleName(self.tr("What the board asks"))
        self.answer_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so it is heard
        layout.addWidget(self.answer_label)
        self.statement_label = _plain("", self)
        layout.addWidget(self.statement_label)
        self.where_label = _plain("", self, role="muted")
        layout.addWidget(self.where_label)
        self.source_link = QLabel(self)
        self.source_link.setTextFormat(Qt.TextFormat.RichText)
        self.source_link.setWordWrap(True)
        self.source_link.setOpenExternalLinks(False)
        self.source_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.source_link.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.source_link.linkActivated.connect(self._open_source)
        layout.addWidget(self.source_link)
        self.state_combo.currentIndexChanged.connect(self._refresh)
        self.board_combo.currentIndexChanged.connect(self._refresh)
        self._refresh()

    # -- public API -------------------------------------------------------------------

    def set_table(self, table: LicensingTable | None) -> None:
        """Show answers from `table` (the directory's; None while it is loading)."""
        self._table = table
        self._refresh()

    def choose(self, state: str | None, board: str | None = None) -> None:
        """Pick a state (two-letter code; None: none) and optionally a board."""
        index = self.state_combo.findData(state) if state in STATE_NAMES else 0
        self.state_combo.setCurrentIndex(max(index, 0))
        if board is not None:
            self.board_combo.setCurrentIndex(max(self.board_combo.findData(board), 0))

    def suggest_state(self, state: str | None) -> None:
        """Start from `state` (the page's state filter) if no state has been chosen yet."""
        if self.current() is None and state in STATE_NAMES:
            self.choose(state)

    def current(self) -> BoardAnswer | None:
        """The answer on show (None when no state is chosen or the data is loading)."""
        state = self.state_combo.currentData()
        board = self.board_combo.currentData()
        if self._table is None or not isinstance(state, str) or not isinstance(board, str):
            return None
        return self._table.answer(state, board)

    def answer_words(self, answer: BoardAnswer) -> str:
        """The answer in a sentence, naming the state and board."""
        state = state_name(answer.state, QCoreApplication.translate)
        board = (
            self.tr("{0} medical board").format(state)
            if answer.board == "medical"
            else self.tr("{0} board of nursing").format(state)
        )
        said = {
            "current_only": self.tr("asks only about current impairment, not past treatment."),
            "asks_past": self.tr(
                "asks about past mental-health treatment, not only current impairment."
            ),
        }.get(answer.answer, self.tr("we could not confirm this for your state."))
        if answer.answered and not answer.confirmed:  # never stated as fact on a report's word
            return self.tr("{0}: a report says it {1}").format(board, said)
        return self.tr("{0}: {1}").format(board, said)

    def where_words(self, answer: BoardAnswer) -> str:
        """Where the answer comes from, how sure it is and when it was checked."""
        if not answer.source_url or answer.checked is None:
            words = self.tr(
                "No source we have read says what this board's application asks now. Read "
                "the board's current application before you answer its questions."
            )
        else:
            when = long_date(answer.checked)
            if answer.method:
                when = self.tr("{0} ({1})").format(when, answer.method)
            if not answer.answered:
                words = self.tr("Not confirmed. Checked {0}. Source:").format(when)
            elif answer.confirmed:
                words = self.tr(
                    "Confirmed from a primary source (the board, the state or its law, or the "
                    "Dr. Lorna Breen Heroes' Foundation's verification). Checked {0}. Source:"
                ).format(when)
            else:
                words = self.tr(
                    "Unconfirmed: from a report about the board, not its own page; the "
                    "application may have changed since. Checked {0}. Source:"
                ).format(when)
        if answer.origin == "organization":
            words = self.tr("From your organization's directory. {0}").format(words)
        return words

    # -- showing ----------------------------------------------------------------------

    def _refresh(self) -> None:
        answer = self.current()
        if answer is None:
            self.answer_label.setText(
                self.tr("Choose your state to see what its board asks.")
                if self._table is not None
                else self.tr("Loading the boards\u2019 questions\u2026")
            )
            for label in (self.statement_label, self.where_label, self.source_link):
                label.clear()
                label.hide()
            return
        answer = in_language(answer, QCoreApplication.translate)  # the evidence's words
        words = self.answer_words(answer)
        if words != self.answer_label.text():
            self.answer_label.setText(words)
            # Screen readers do not watch a label; an announcement makes them read it out.
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.answer_label, words))
        self.statement_label.setText(answer.statement)
        self.statement_label.setVisible(bool(answer.statement))
        self.where_label.setText(self.where_words(answer))
        self.where_label.show()
        url = answer.source_url
        self.source_link.setText(
            f'<a href="{escape(url, quote=True)}">{escape(url)}</a>' if url else ""
        )
        self.source_link.setAccessibleName(self.tr("Source: {0}").format(url))
        self.source_link.setVisible(bool(url))

    def _open_source(self, url: str) -> None:
        try:
            address = checked_url(url)
        except UnsafeAddress:
            return  # the data reader allows only https sources; nothing else is opened
        QDesktopServices.openUrl(QUrl(address))
        self.source_opened.emit(address)
