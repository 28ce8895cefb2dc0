"""Small widgets and helpers every view shares: headings, spoken status lines, yes/no.

Kept here so each page looks and speaks the same: a heading that grows with the text
size, a status line that screen readers read out, a warning whose button names the act.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListView, QScrollArea

# The unlock screen imports this module before its first paint, and PySide builds a Qt
# class (with each of its enums) on the first import of its name: the classes only some
# pages use (lists, scroll areas, message boxes, accessibility events, and the `Qt`
# namespace's 93 enums) are imported where they are used, after that paint.

FRAME_ROOM = 60  # a title bar and borders the window manager adds, with a margin


def set_by_name(target: QObject, name: str, keys: str) -> None:
    """Set `target`'s Qt property `name`, of an enum or flags type, by its keys' names
    ("AlignCenter", "ImhHiddenText|ImhNoPredictiveText"). Qt turns the names into the
    value itself, so the unlock screen does not make PySide build the `Qt` namespace
    (desktop.ui.color_scheme) for its few settings. ValueError for a name Qt does not know.
    """
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__} has no {name} {keys!r}")


def centred(widget: QWidget) -> QBoxLayout:
    """A row holding `widget` at its preferred width in the middle: what AlignHCenter in
    the column does, without the `Qt` namespace. Laid out right to left, so an odd pixel
    left over goes to its right, as AlignHCenter leaves it (mirrored in a right-to-left
    language, as AlignHCenter is)."""
    row = QBoxLayout(QBoxLayout.Direction.RightToLeft)
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


def note(text: str = "", *, role: str = "") -> QLabel:
    """A wrapping plain-text label (never rich text: nothing typed is ever interpreted).

    Args:
        role: the theme's role for it (e.g. "muted"), if any.
    """
    label = QLabel(text)
    label.setWordWrap(True)
    set_by_name(label, "textFormat", "PlainText")
    if role:
        label.setProperty("role", role)
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A heading sized relative to the widget's font (so it grows at 200% too)."""
    label = QLabel(f'<span style="font-size: large; font-weight: 600">{text}</span>', parent)
    set_by_name(label, "textFormat", "RichText")
    label.setWordWrap(True)  # a long heading at 200 % text wraps, never widens the page
    label.setAccessibleName(text)
    return label


def scrolled(content: QWidget, parent: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area, so large text scrolls instead of clipping."""
    from PySide6.QtWidgets import QFrame, QScrollArea  # noqa: PLC0415 - see the imports

    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def fill_with_scrolled(page: QWidget, content: QWidget) -> QScrollArea:
    """Make `content`, in a scroll area, the whole of `page` (readable at 200% text)."""
    scroll = scrolled(content, page)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


class TextColumn(QWidget):
    """A column at most `chars` average characters wide at the text size in force.

    Centred between stretches it takes the whole of a narrow window and a readable width
    of a wide one; a fixed share of the window instead left a passphrase field 213 px wide
    at 600 px and 200 % text in Spanish, and 750 px wide on a wide screen.
    """

    def __init__(self, chars: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chars = chars
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()  # the text size changed

    def _fit(self) -> None:
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * self._chars)


def fit_screen(window: QWidget, wanted: QSize) -> QSize:
    """`wanted`, cut down to what the window's screen has room for (a dialog sized for its
    contents at 200 % text was taller than a 1440x900 screen, its buttons out of reach)."""
    room = window.screen().availableGeometry().size() - QSize(FRAME_ROOM, FRAME_ROOM)
    return wanted.boundedTo(room).expandedTo(window.minimumSizeHint())


def wrap_items(view: QListView) -> None:
    """Long items wrap onto more lines at the list's width instead of running off its edge
    (a follow-up's words were cut and the list scrolled sideways at 600 px)."""
    from PySide6.QtWidgets import QListView  # noqa: PLC0415 - see the imports

    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when the width changes


def announce(label: QLabel, words: str) -> None:
    """Show `words` in `label` and have screen readers read them out.

    Screen readers do not watch a label's text; an announcement makes them say it. An
    empty text clears the label and says nothing.
    """
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # noqa: PLC0415

    label.setText(words)
    if words:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(label, words))


def save_shortcut(form: QWidget, save: Callable[[], object]) -> None:
    """Ctrl+Enter, with either Enter key, calls `save` from anywhere inside `form`
    (the same keys save a check-in, a peer contact and a correction)."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 - see the imports
    from PySide6.QtGui import QKeySequence, QShortcut  # noqa: PLC0415 - see the imports

    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), form)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save)


def ask_yes_no(parent: QWidget, text: str, yes: str) -> bool:
    """A warning with the action named on its button; Cancel is the default."""
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - see the imports

    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("ask_yes_no", "Confide"), text, parent=parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok
