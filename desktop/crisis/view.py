"""CrisisPanel: ways to reach someone right now, on any screen, without unlocking.

Nothing here touches the vault and nothing is written to the log: the log file is not
encrypted, and that the panel was opened is itself sensitive (so the window title is the
neutral "Confide", which is what a task bar shows). A call, a text or a chat opens only
when the person clicks, through `QDesktopServices.openUrl` (a `tel:`, `sms:` or https
address). Most hospital computers have no app for `tel:` or `sms:`, so every button gets
its answer on its own row, right beside it: what happened, or what to dial instead with a
button to copy the number; a screen reader hears the same words.

The first card is 988, with the number large at the top, and the panel's own contents
never push it away: the safety plan (while unlocked) is a section below the contacts that
grows to its full height, so only the panel scrolls.

Signals:
    action_opened(str): an address was handed to the system (for tests and the shell).
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QDesktopServices,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.crisis.data_words import in_language
from desktop.crisis.widgets_view import ActionList, Disclosure, text_label
from desktop.i18n_view import is_spanish
from desktop.logsetup import Safe
from desktop.ui.dates import long_date
from desktop.ui.theme import scaled_font
from referral_directory.address import UnsafeAddress, checked_url
from referral_directory.crisis import (
    ActionKind,
    ContactAction,
    ContactOption,
    CrisisContact,
    CrisisDirectory,
    load_crisis_directory,
    pretty_number,
)

BIG_NUMBER_SCALE = 3.0  # the 988 on the first card, readable across a room

log = logging.getLogger(__name__)


class CrisisPanel(QDialog):
    """988 first, then the Crisis Text Line, 911 and the EAP, each button answered beside it.

    Args:
        parent: the screen it was opened from (the lock screen, setup or the main window).
        directory: the contacts to show (defaults to the shipped list); the first is the
            primary card.
        safety_plan: the person's safety plan at a glance, when the vault is unlocked.

    Attributes:
        buttons: "<contact id>:<kind>", "<contact id>/<option id>:<kind>" and
            "...:copy:<number>" -> the button.
        answers: the same keys -> the label beside that button that answers it.
        fallback_copies: the action keys -> the "Copy" button offered when no app opened.
        big_number: the large number at the top of the first card.
        disclosures: contact id -> its "What happens when you call" fold.

    Signals:
        action_opened(str): an address was handed to the system after a click.
    """

    action_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 directory: CrisisDirectory | None = None,
                 safety_plan: QWidget | None = None) -> None:
        super().__init__(parent)
        # The shipped lines' words in the language in force (an EAP's own words as written).
        self._directory = in_language(directory or load_crisis_directory(),
                                      QCoreApplication.translate)
        # A task bar shows the title: a neutral one does not tell a passer-by what this is.
        self.setWindowTitle(self.tr("Confide"))
        self.setAccessibleName(self.tr("Crisis help: people you can reach right now"))
        self.setObjectName("crisisPanel")
        self.setModal(False)
        self.buttons: dict[str, QPushButton] = {}
        self.answers: dict[str, QLabel] = {}
        self.fallback_copies: dict[str, QPushButton] = {}
        # The card's own "Copy <number>" buttons, by the number they copy (for `_open`).
        self._number_copies: dict[str, list[str]] = {}
        self.disclosures: dict[str, Disclosure] = {}
        self.big_number: QLabel | None = None

        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        contacts = self._directory.contacts
        if contacts:
            layout.addWidget(self._card(contacts[0], primary=True))
        heading = text_label(self._directory.heading)
        heading.setFont(scaled_font(heading, 1.2, bold=True))
        layout.addWidget(heading)
        layout.addWidget(text_label(self._directory.intro))
        for contact in contacts[1:]:
            layout.addWidget(self._card(contact))
        self.safety_plan = safety_plan  # only while unlocked: it is the person's own words
        if safety_plan is not None:
            layout.addWidget(safety_plan)
        checked = long_date(self._directory.checked)
        layout.addWidget(text_label(self.tr("Numbers checked {date}.").format(date=checked),
                                    role="muted"))
        layout.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_box.rejected.connect(self.reject)  # Escape closes it too
        close_button = close_box.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Close"))
        close_button.setAccessibleName(self.tr("Close help panel"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area)
        outer.addWidget(close_box)
        self._fit_to_screen()
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setFocus()

    def _fit_to_screen(self) -> None:
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 80, metrics.height() * 50
        screen = self.screen()
        if screen is not None:  # at 200% text the panel scrolls rather than overflows
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    # -- building --------------------------------------------------------------------

    def _card(self, contact: CrisisContact, *, primary: bool = False) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setObjectName("primaryCrisisCard" if primary else "crisisCard")
        card.setAccessibleName(contact.name)
        layout = QVBoxLayout(card)
        kinds = {action.kind for action in contact.actions}
        if primary and contact.numbers and {ActionKind.CALL, ActionKind.TEXT} <= kinds:
            title_text = self.tr("Call or text {number}").format(number=contact.numbers[0])
        else:
            title_text = contact.name
        title = text_label(title_text, card)
        title.setFont(scaled_font(title, 1.3, bold=True))
        title.setAccessibleName(title_text)
        layout.addWidget(title)
        if primary and contact.numbers:
            number = pretty_number(contact.numbers[0])
            self.big_number = text_label(number, card)
            self.big_number.setFont(scaled_font(self.big_number, BIG_NUMBER_SCALE, bold=True))
            self.big_number.setAccessibleName(
                self.tr("{name}: {number}").format(name=contact.name, number=number))
            layout.addWidget(self.big_number)
        offered = set(contact.numbers)
        # In Spanish, 988's own Spanish line (call and press 2, text AYUDA) leads the card.
        first = {"spanish"} if primary and is_spanish() else set()
        for option in contact.options:
            if option.id in first:
                layout.addWidget(self._option(contact, option, offered, lead=True))
        layout.addWidget(text_label(contact.summary, card))
        actions = ActionList(card)
        for action in contact.actions:
            self._add_action(actions, contact.id, action, contact.name)
        for number in contact.numbers:
            self._add_copy(actions, f"{contact.id}:copy:{number}", pretty_number(number))
        layout.addWidget(actions)
        if contact.confidentiality:
            fold = Disclosure(self.tr("What happens, and who is told"),
                              contact.confidentiality, card)
            self.disclosures[contact.id] = fold
            layout.addWidget(fold)
        layout.addWidget(self._sources(contact.sources, contact.name, card))
        for option in contact.options:  # each with its own source, after the line's own
            if option.id not in first:
                layout.addWidget(self._option(contact, option, offered))
        return card

    def _option(self, contact: CrisisContact, option: ContactOption,
                offered: set[str], *, lead: bool = False) -> QWidget:
        box = QWidget()
        box.setObjectName(f"crisisOption-{option.id}")
        box.setAccessibleName(option.title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        title = text_label(option.title, box)
        title.setFont(scaled_font(title, 1.3 if lead else 1.1, bold=True))
        layout.addWidget(title)
        layout.addWidget(text_label(option.how, box))
        actions = ActionList(box)
        key = f"{contact.id}/{option.id}"
        for action in option.actions:
            self._add_action(actions, key, action, option.title)
        for action in option.actions:
            if action.number and action.number not in offered:
                offered.add(action.number)
                self._add_copy(actions, f"{key}:copy:{action.number}",
                               pretty_number(action.number))
        layout.addWidget(actions)
        checked = long_date(option.checked)
        layout.addWidget(self._sources(option.sources, option.title, box,
                                       checked=f"{option.checked_how}, {checked}"))
        return box

    def _sources(self, sources: tuple[str, ...], name: str, parent: QWidget,
                 *, checked: str = "") -> QLabel:
        if not sources:
            return text_label(self.tr("Set by your organization."), parent, role="muted")
        if len(sources) == 1:
            word = self.tr("Source")
            links = f'<a href="{html.escape(sources[0])}">{word}</a>'
        else:
            numbered = " ".join(f'<a href="{html.escape(s)}">{i}</a>'
                                for i, s in enumerate(sources, start=1))
            links = self.tr("Sources: {links}").format(links=numbered)
        if checked:
            links += f" ({html.escape(checked)})"
        label = QLabel(links, parent)
        label.setProperty("role", "muted")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        # Opens only on a click, like the buttons, and through the same address rule.
        label.linkActivated.connect(self._open_source)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setAccessibleName(self.tr("Sources for {name}").format(name=name))
        return label

    def _open_source(self, address: str) -> None:
        try:
            QDesktopServices.openUrl(QUrl(checked_url(address)))
        except UnsafeAddress as refused:  # a source that is not https is never opened
            log.warning("crisis panel refused a source address (%s)", Safe(refused.reason))

    def _key(self, base: str) -> str:
        key, n = base, 2
        while key in self.buttons:  # e.g. an EAP with two phone lines
            key, n = f"{base}:{n}", n + 1
        return key

    def _add_action(self, actions: ActionList, prefix: str, action: ContactAction,
                    name: str) -> None:
        key = self._key(f"{prefix}:{action.kind.value}")
        button = QPushButton(action.label)
        button.setAccessibleName(self.tr("{action}, {name}").format(action=action.label,
                                                                     name=name))
        button.setAutoDefault(False)
        self.buttons[key] = button
        self.answers[key] = actions.add(button)
        button.clicked.connect(lambda _=False, a=action, k=key: self._open(a, k))
        # Offered only when no app opened: the number (or address) to take to a phone.
        target = action.url if action.kind is ActionKind.CHAT else pretty_number(action.number)
        what = self.tr("address") if action.kind is ActionKind.CHAT else target
        copy = QPushButton(self.tr("Copy {what}").format(what=what))
        copy.setAccessibleName(self.tr("Copy {target}").format(target=target))
        copy.setAutoDefault(False)
        copy_key = f"{key}:fallback-copy"
        self.answers[copy_key] = actions.add(copy)
        copy.clicked.connect(lambda _=False, t=target, k=copy_key: self._copy(t, k))
        copy.hide()
        self.fallback_copies[key] = copy

    def _add_copy(self, actions: ActionList, key: str, number: str) -> None:
        copy = QPushButton(self.tr("Copy {number}").format(number=number))
        copy.setAccessibleName(self.tr("Copy the number {number}").format(number=number))
        copy.setAutoDefault(False)
        self.buttons[key] = copy
        self.answers[key] = actions.add(copy)
        copy.clicked.connect(lambda _=False, n=number, k=key: self._copy(n, k))
        self._number_copies.setdefault(number, []).append(key)

    # -- answering -------------------------------------------------------------------

    def _open(self, action: ContactAction, key: str) -> None:
        # The EAP's number and website come from the organization's policy: the same rule
        # as the directory's (tel, sms, https only) is applied before the system sees them.
        try:
            uri = checked_url(action.uri())
        except UnsafeAddress as refused:
            log.warning("crisis panel refused an address (%s)", Safe(refused.reason))
            uri = ""
        opened = bool(uri) and QDesktopServices.openUrl(QUrl(uri))
        copy = self.fallback_copies[key]
        copy.setVisible(not opened)
        if not opened and action.kind is not ActionKind.CHAT:
            # The copy just offered beside the answer takes the place of the same list's
            # own button for that number: two "Copy 988" in view is one too many to choose
            # between at a moment like this.
            for twin in self._number_copies.get(pretty_number(action.number), []):
                if self.buttons[twin].parentWidget() is copy.parentWidget():  # same list
                    self.buttons[twin].hide()
                    self.answers[twin].hide()
        self._answer(key, self._handed_over(action) if opened else self._instead(action),
                     below=None if opened else copy)
        if uri:
            self.action_opened.emit(uri)

    def _copy(self, text: str, key: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._answer(key, self.tr("Copied {text}.").format(text=text))

    def _answer(self, key: str, words: str, *, below: QWidget | None = None) -> None:
        """Show `words` beside the pressed button, scroll them into view, and say them.

        `below` is the copy button offered under the answer; it is scrolled into view too.
        """
        label = self.answers[key]
        label.setText(words)
        label.show()
        # Screen readers do not watch a label; an announcement makes them read it out.
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, words))

        def reveal() -> None:
            if below is not None:
                self.scroll_area.ensureWidgetVisible(below, 0, 8)
            self.scroll_area.ensureWidgetVisible(label, 0, 8)

        # The label gets its place when the layouts run, after this click is handled.
        QTimer.singleShot(0, self, reveal)

    def _handed_over(self, action: ContactAction) -> str:
        number = pretty_number(action.number)
        if action.kind is ActionKind.CHAT:
            return self.tr("Opening the page in your web browser. If nothing opens, "
                           "go to {url}").format(url=action.url)
        if action.kind is ActionKind.TEXT:
            return self.tr("Handed to your messaging app. If nothing opens, text "
                           "from any phone: {how}").format(how=self._text_how(action))
        if action.press:
            return self.tr("Handed to your phone app. When the call connects, press "
                           "{press}.").format(press=action.press)
        return self.tr("Handed to your phone app. If no call starts, dial {number} on "
                       "any phone.").format(number=number)

    def _instead(self, action: ContactAction) -> str:
        number = pretty_number(action.number)
        if action.kind is ActionKind.CHAT:
            return self.tr("No web browser opened. Go to {url} on any computer or "
                           "phone.").format(url=action.url)
        if action.kind is ActionKind.TEXT:
            return self.tr("This computer can't send text messages \u2014 from any "
                           "phone: {how}").format(how=self._text_how(action))
        if action.kind is ActionKind.VIDEOPHONE:
            return self.tr("This computer has no videophone app \u2014 call {number} "
                           "from a videophone.").format(number=number)
        if action.press:
            return self.tr("This computer can't place calls \u2014 dial {number} on any "
                           "phone, then press {press}.").format(number=number,
                                                                  press=action.press)
        return self.tr("This computer can't place calls \u2014 dial {number} on any "
                       "phone.").format(number=number)

    def _text_how(self, action: ContactAction) -> str:
        number = pretty_number(action.number)
        if action.body:
            return self.tr("text {keyword} to {number}.").format(keyword=action.body,
                                                                 number=number)
        return self.tr("text {number}.").format(number=number)
