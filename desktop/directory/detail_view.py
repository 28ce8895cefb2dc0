"""The detail pane: one resource in plain words, with call, text, chat, website and copy.

Nothing opens by itself: an address reaches the system only when a button is clicked,
through `QDesktopServices.openUrl`, and is checked once more on the way (tel, sms and
https only), because organization bundles carry links that no one here has read. When
the computer has no app for an address, the pane says what to dial instead.

Each confidentiality claim shows its words, whether the service's own page (or a
statute or government page) confirms it, when it was checked and a link to its source;
an unconfirmed claim says so in words, never by colour alone.

Signals (DetailPane):
    action_opened(str): an address was handed to the system after a click.
    back_requested(): Escape inside the pane (the page moves focus back to the results).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.directory.contact import NO_BROWSER, ActionKind, ContactAction, actions_for
from desktop.directory.data_words import in_language
from desktop.directory.details import ClaimRow, claim_rows, detail_sections
from desktop.directory.logic import CONTEXT
from desktop.ui.dates import long_date
from desktop.ui.widgets import announce
from referral_directory.address import UnsafeAddress, checked_url
from referral_directory.model import Resource

_BUTTON_COLUMNS = 2  # two per row keeps long labels ("Text HOME to 741741") readable at 200%


def _text_label(text: str, parent: QWidget, *, role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # bundle text is data, never markup
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons, not every line
    if role:
        label.setProperty("role", role)
    return label


def _bold(label: QLabel, factor: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if factor != 1.0 and font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    label.setFont(font)
    return label


class DetailPane(QScrollArea):
    """What happens when you reach out, who is told, cost and hours, and the buttons.

    Signals:
        action_opened(str): an address was handed to the system after a click.
        back_requested(): Escape was pressed inside the pane.
    """

    action_opened = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Details of the chosen resource"))
        self.resource: Resource | None = None
        self.buttons: list[tuple[ContactAction, QPushButton]] = []
        self.source_links: list[QLabel] = []
        self.status = QLabel()
        self._show_empty()
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)

    # -- public API -------------------------------------------------------------------

    def show_resource(self, resource: Resource | None) -> None:
        """Show `resource` (None: the empty prompt)."""
        if resource is None:
            self._show_empty()
            return
        self.resource = resource
        # The buttons read the data as shipped (a text keyword is in the English
        # instructions); everything said in prose is in the language in force.
        shown = in_language(resource, QCoreApplication.translate)
        content = QWidget()
        layout = QVBoxLayout(content)
        name = _bold(_text_label(shown.name, content), 1.4)
        name.setAccessibleName(shown.name)
        layout.addWidget(name)
        if resource.crisis:
            layout.addWidget(
                _bold(_text_label(
                    self.tr("Crisis line: people are ready to listen now."), content))
            )
        self.buttons = []
        grid = QGridLayout()
        for i, action in enumerate(actions_for(resource, QCoreApplication.translate)):
            button = QPushButton(action.label.replace("&", "&&"), content)
            button.setAccessibleName(
                self.tr("{action}, {name}").format(action=action.label, name=shown.name))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self._act(a))
            grid.addWidget(button, i // _BUTTON_COLUMNS, i % _BUTTON_COLUMNS)
            self.buttons.append((action, button))
        grid.setColumnStretch(_BUTTON_COLUMNS, 1)
        layout.addLayout(grid)
        self.status = _text_label("", content)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.hide()
        layout.addWidget(self.status)
        self.source_links = []
        for section in detail_sections(shown, QCoreApplication.translate, long_date):
            layout.addSpacing(self.fontMetrics().height() // 2)
            layout.addWidget(_bold(_text_label(section.heading, content)))
            body = _text_label(section.text, content)
            body.setAccessibleName(self.tr("{heading}: {text}").format(
                heading=section.heading, text=section.text))
            layout.addWidget(body)
            if section.claims_follow:
                self._add_claims(shown, content, layout)
        layout.addStretch(1)
        self._replace(content)

    def claim_headings(self) -> dict[str, str]:
        """Each claim kind's heading, in the pane's words."""
        return {
            "employer_told": self.tr("Your employer"),
            "licensing_exposure": self.tr("Licensing board"),
            "creates_treatment_record": self.tr("Treatment record"),
            "records_kept": self.tr("What is kept about you"),
            "confidentiality_broken": self.tr("When confidentiality is broken"),
        }

    def claim_text(self, row: ClaimRow) -> str:
        """A claim's words, said to be unconfirmed when the service's own page does not say so."""
        if row.confirmed:
            return row.words
        return self.tr("We could not confirm this from the service itself: {0}").format(row.words)

    def source_text(self, row: ClaimRow) -> str:
        """Whether the claim is confirmed, when and how it was checked (the link follows)."""
        if not row.source_url or row.checked is None:
            return self.tr("Unconfirmed: no source is given for this.")
        status = self.tr("Confirmed") if row.confirmed else self.tr("Unconfirmed")
        if row.method:
            return self.tr("{0}. Checked {1} ({2}). Source:").format(
                status, long_date(row.checked), row.method
            )
        return self.tr("{0}. Checked {1}. Source:").format(status, long_date(row.checked))

    def _add_claims(self, resource: Resource, content: QWidget, layout: QVBoxLayout) -> None:
        heading = self.tr("Who is told, and what is kept")
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(_bold(_text_label(heading, content)))
        headings = self.claim_headings()
        for row in claim_rows(resource, QCoreApplication.translate):
            title = headings[row.kind]
            layout.addSpacing(self.fontMetrics().height() // 4)
            layout.addWidget(_bold(_text_label(title, content), 0.95))
            words = self.claim_text(row)
            body = _text_label(words, content)
            body.setAccessibleName(self.tr("{heading}: {text}").format(heading=title, text=words))
            layout.addWidget(body)
            where = _text_label(self.source_text(row), content, role="muted")
            layout.addWidget(where)
            if row.source_url:
                layout.addWidget(self._source_link(row.source_url, title, content))

    def _source_link(self, url: str, title: str, parent: QWidget) -> QLabel:
        # Rich text only for the link; the address is escaped, since bundle data is not
        # markup. A click goes through the same check as every other address.
        link = QLabel(f'<a href="{escape(url, quote=True)}">{escape(url)}</a>', parent)
        link.setTextFormat(Qt.TextFormat.RichText)
        link.setWordWrap(True)
        link.setOpenExternalLinks(False)
        link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        link.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        link.setAccessibleName(self.tr("Source for \u201c{0}\u201d: {1}").format(title, url))
        link.linkActivated.connect(self._open_source)
        self.source_links.append(link)
        return link

    def _open_source(self, url: str) -> None:
        try:
            address = checked_url(url)
        except UnsafeAddress:
            self._say(self.refused_text())
            return
        self._say(
            ""
            if QDesktopServices.openUrl(QUrl(address))
            else QCoreApplication.translate(CONTEXT, NO_BROWSER).format(address=address)
        )
        self.action_opened.emit(address)

    def button(self, kind: ActionKind, index: int = 0) -> QPushButton:
        """The `index`-th button of `kind` (for the page's focus and for tests).

        Raises:
            LookupError: the resource on show has no such button.
        """
        found = [button for action, button in self.buttons if action.kind is kind]
        if index >= len(found):
            raise LookupError(kind)
        return found[index]

    def focus_first_action(self) -> bool:
        """Move keyboard focus to the first button; False when there is none."""
        if not self.buttons:
            return False
        self.buttons[0][1].setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(self.buttons[0][1])
        return True

    # -- acting on a click ---------------------------------------------------------------

    def _act(self, action: ContactAction) -> None:
        if action.kind is ActionKind.COPY:
            QGuiApplication.clipboard().setText(action.target)
            self._say(self.tr("Copied {number}.").format(number=action.target))
            return
        try:
            address = checked_url(action.target)
        except UnsafeAddress:
            self._say(self.refused_text())
            return
        self._say("" if QDesktopServices.openUrl(QUrl(address)) else action.fallback)
        self.action_opened.emit(address)

    def refused_text(self) -> str:
        """Said when an address fails the check (only tel, sms and https are opened)."""
        return self.tr("This link was not opened: Confide opens only phone numbers and secure "
                       "(https) web addresses.")

    def empty_text(self) -> str:
        """The prompt shown while no resource is chosen."""
        return self.tr("Choose a resource to see what happens when you reach out, and who is "
                       "told.")

    def _say(self, text: str) -> None:
        announce(self.status, text)
        self.status.setVisible(bool(text))

    # -- building ------------------------------------------------------------------------

    def _show_empty(self) -> None:
        self.resource = None
        self.buttons = []
        self.source_links = []
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(_text_label(self.empty_text(), content, role="muted"))
        layout.addStretch(1)
        self.status = QLabel(content)
        self.status.hide()
        self._replace(content)

    def _replace(self, content: QWidget) -> None:
        old = self.takeWidget()
        self.setWidget(content)
        if old is not None:
            old.deleteLater()
