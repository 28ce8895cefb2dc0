"""Controls that give way in a narrow window at large text: they wrap or stack, never cut.

Qt's check box draws its words on one line, a row of buttons needs the sum of their
widths, and a recovery code in a large monospaced font is wider than a 600 px window at
200 % text. Each of these pushed a dialog or the setup wizard wider than the screen (the
wizard needed 919 px), or had its words cut. Here:

- `WrappingCheckBox` wraps its words at word breaks, as tall as they need;
- `WrappingButton` is a push button that does the same;
- `ButtonRow` keeps its buttons on one row while they fit, and stacks them, each as wide
  as the row, when they do not (their order, and so the Tab order, stays the same);
- `scrolling_body` lays out a dialog whose contents scroll above buttons kept in sight;
- `CodeLabel` shows a dashed code on as many lines as the width needs, breaking only
  after a dash, so no group is ever split or cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.flow_layout import FlowLayout
from desktop.ui.widgets import fit_screen, scrolled

_TEXT_FLAGS = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
               | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic)


class WrappingCheckBox(QCheckBox):
    """A check box whose words wrap onto more lines when its width runs out.

    It stays a real QCheckBox: the same accessible name and role, the &-shortcut, the
    keyboard and the theme's indicator; only its words are laid out and drawn wrapped.
    Its height at a width is measured once for its words, font and style: layouts ask
    again and again as a page is shown (Settings' first show asked 56 times of 2 boxes).
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._heights: dict[tuple[int, str], int] = {}  # by (width, words)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _text_left(self) -> int:
        """Where the words start: after the indicator and the style's gap."""
        option = self._option()
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self))

    def _text_height(self, width: int) -> int:
        room = max(1, width - self._text_left())
        return self.fontMetrics().boundingRect(
            QRect(0, 0, room, 1 << 20), int(_TEXT_FLAGS), self.text()).height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's API
        key = (width, self.text())
        height = self._heights.get(key)
        if height is None:
            one_line = super().sizeHint().height()
            height = self._heights[key] = max(
                one_line, self._text_height(width) + one_line - self.fontMetrics().height())
        return height

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """As narrow as the longest word: the others wrap below it."""
        metrics = self.fontMetrics()
        words = self.text().replace("&", "").split()
        width = self._text_left() + max((metrics.horizontalAdvance(w) for w in words), default=0)
        width += metrics.averageCharWidth()  # the focus frame around the words
        # One line high: a layout asks `heightForWidth` for the height at the width it gives.
        return QSize(width, super().sizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt's API
        return self.rect().contains(pos)  # the words on every line, not only the first

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        painter = QStylePainter(self)
        option = self._option()
        style = self.style()
        indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        one_line = super().sizeHint().height()
        # Beside the first line of words, not in the middle of a tall box.
        indicator.moveTop(max(0, (one_line - indicator.height()) // 2))
        box = QStyleOptionButton(option)
        box.rect = indicator
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box)
        top = max(0, (one_line - self.fontMetrics().height()) // 2)
        words = QRect(self._text_left(), top, self.width() - self._text_left(),
                      self.height() - top)
        style.drawItemText(painter, words, int(_TEXT_FLAGS), option.palette,
                           self.isEnabled(), self.text())
        if option.state & QStyle.StateFlag.State_HasFocus:  # as QCheckBox, around the words
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = self.fontMetrics().boundingRect(words, int(_TEXT_FLAGS), self.text())
            focus.rect.adjust(-2, 0, 2, 1)
            focus.backgroundColor = option.palette.window().color()
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


_BUTTON_FLAGS = (Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
                 | Qt.TextFlag.TextShowMnemonic)


class WrappingButton(QPushButton):
    """A push button whose words wrap onto more lines when its width runs out.

    A QPushButton draws its words on one line, so a row of them needs every label whole:
    Find help's need buttons, in Spanish at 200 % text, stood one a row in a 600 px window.
    It stays a real QPushButton (checkable, its &-shortcut, its accessible name); only its
    words are measured and drawn wrapped, centred, as tall as they need. Its height at a
    width is measured once for its words, look, font and style, as the check box's is.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._heights: dict[tuple[int, str, bool, bool, bool], int] = {}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)

    def _padding(self) -> QSize:
        """What the style puts around the words (bevel, margins)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), self)

    def lines_at(self, width: int) -> int:
        """How many lines the words take in a button `width` wide."""
        room = max(1, width - self._padding().width())
        metrics = self.fontMetrics()
        tall = metrics.boundingRect(QRect(0, 0, room, 1 << 20), int(_BUTTON_FLAGS),
                                    self.text()).height()
        return max(1, round(tall / metrics.lineSpacing()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's API
        # A default button's frame can change the style's padding.
        key = (width, self.text(), self.isDefault(), self.autoDefault(), self.isFlat())
        height = self._heights.get(key)
        if height is None:
            one_line = super().sizeHint().height()
            height = self._heights[key] = (
                one_line + (self.lines_at(width) - 1) * self.fontMetrics().lineSpacing())
        return height

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """As narrow as the longest word: the others wrap below it."""
        metrics = self.fontMetrics()
        words = self.text().replace("&&", "\0").replace("&", "").replace("\0", "&").split()
        widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        return QSize(widest + self._padding().width(), super().sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's API
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        words, option.text = option.text, ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)  # bevel, focus
        style = self.style()
        inside = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        style.drawItemText(painter, inside, int(_BUTTON_FLAGS), option.palette,
                           self.isEnabled(), words, QPalette.ColorRole.ButtonText)


class ButtonRow(FlowLayout):
    """Buttons on one row while they fit, else stacked one under another at full width.

    On one row, the first `leading` buttons sit at the left (a "Need help now?") and the
    rest at the right; when they do not fit, the leading ones take a row and the rest the
    next, or, narrower still, every button keeps the order it was added in, one a row.
    """

    def __init__(self, parent: QWidget | None = None, *, leading: int = 0) -> None:
        super().__init__(parent)
        self._leading = leading

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's API
        """As wide as the widest button: the others stack under it."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        return size.grownBy(self.contentsMargins())

    def stacked(self) -> bool:
        """Whether the buttons have left their one row at the present width."""
        inner = self.geometry().marginsRemoved(self.contentsMargins())
        return self._row_width() > inner.width()

    def _row_width(self, items: list[QLayoutItem] | None = None) -> int:
        shown = [i for i in (self._items if items is None else items) if not i.isEmpty()]
        return sum(i.sizeHint().width() for i in shown) + self._spacing() * max(0, len(shown) - 1)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place (or only measure) the buttons in `rect`; the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        shown = self._visible()
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        if self._row_width() <= area.width():
            height = max((i.sizeHint().height() for i in shown), default=0)
            if move:
                self._place_row(area, height, self._items[:self._leading],
                                self._items[self._leading:])
            return height + margins
        leading, trailing = self._items[:self._leading], self._items[self._leading:]
        if leading and trailing and max(self._row_width(leading),
                                        self._row_width(trailing)) <= area.width():
            # Two rows (the leading buttons, then the others) before one button a row.
            first = max((i.sizeHint().height() for i in leading), default=0)
            second = max((i.sizeHint().height() for i in trailing), default=0)
            if move:
                self._place_row(area, first, leading, [])
                below = area.adjusted(0, first + self._spacing(), 0, 0)
                self._place_row(below, second, [], trailing)
            return first + self._spacing() + second + margins
        y = area.y()
        for item in shown:
            height = item.sizeHint().height()
            if move:
                item.setGeometry(QRect(area.x(), y, area.width(), height))
            y += height + self._spacing()
        return max(0, y - self._spacing() - area.y()) + margins

    def _place_row(self, area: QRect, height: int, left: list[QLayoutItem],
                   right: list[QLayoutItem]) -> None:
        leading = [i for i in left if not i.isEmpty()]
        trailing = [i for i in right if not i.isEmpty()]
        x = area.x()
        for item in leading:
            item.setGeometry(QRect(QPoint(x, area.y()), QSize(item.sizeHint().width(), height)))
            x += item.sizeHint().width() + self._spacing()
        x = area.right() + 1
        for item in reversed(trailing):
            x -= item.sizeHint().width()
            item.setGeometry(QRect(QPoint(x, area.y()), QSize(item.sizeHint().width(), height)))
            x -= self._spacing()


class CodeLabel(QLabel):
    """A code of dashed groups ("ABCD-EFGH-…") on as many lines as its width needs.

    Lines break only after a dash, so each group stays whole. Selecting and copying it
    gives the dashes and line breaks, which a typed code may hold.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._groups: list[str] = []
        self._per_line = 0
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_code(self, display: str) -> None:
        """Show `display` (groups joined by dashes); an empty string clears it."""
        self._groups = [g for g in display.split("-") if g]
        self._per_line = 0
        self._lay_out(self.width() if self.isVisible() else self.sizeHint().width())

    def clear(self) -> None:
        self._groups = []
        super().clear()

    def _group_width(self) -> int:
        widest = max(self._groups, key=len, default="")
        return self.fontMetrics().horizontalAdvance(widest + "-")

    def _fit(self, width: int) -> int:
        """How many groups a line holds at `width` (at least one)."""
        room = width - 2 * self.margin() - self.contentsMargins().left() \
            - self.contentsMargins().right()
        return max(1, min(len(self._groups), room // max(1, self._group_width())))

    def _lines(self, per_line: int) -> list[str]:
        chunks = [self._groups[i:i + per_line] for i in range(0, len(self._groups), per_line)]
        return ["-".join(chunk) for chunk in chunks]

    def _lay_out(self, width: int) -> None:
        per_line = self._fit(width) if self._groups else 0
        if per_line != self._per_line or not self._groups:
            self._per_line = per_line
            super().setText("-\n".join(self._lines(per_line)) if self._groups else "")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """All on one line."""
        if not self._groups:
            return super().sizeHint()
        return QSize(self._group_width() * len(self._groups), self.heightForWidth(1 << 20))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's API
        """One group a line."""
        if not self._groups:
            return super().minimumSizeHint()
        width = self._group_width() + 2 * self.margin() + self.contentsMargins().left() \
            + self.contentsMargins().right()
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's API
        lines = len(self._lines(self._fit(width))) if self._groups else 1
        margins = self.contentsMargins()
        return (lines * self.fontMetrics().lineSpacing() + 2 * self.margin()
                + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API
        super().resizeEvent(event)
        self._lay_out(event.size().width())


def scrolling_body(window: QWidget, content: QWidget, buttons: QWidget | QLayout) -> QScrollArea:
    """Lay out `window`: `content` in a scroll area, with `buttons` below it
    and always in sight, the window sized to its contents as far as the screen allows.

    The scroll area is never narrower than the body's least width, so it scrolls up and
    down, never sideways (the window narrows only as far as its words can wrap).
    """
    scroll = scrolled(content, window)
    scroll.setMinimumWidth(content.minimumSizeHint().width()
                           + scroll.verticalScrollBar().sizeHint().width())
    outer = QVBoxLayout(window)
    outer.addWidget(scroll, 1)
    if isinstance(buttons, QLayout):
        outer.addLayout(buttons)
    else:
        outer.addWidget(buttons)
    # As tall as the contents at the width chosen (a scroll area's own hint is a guess,
    # 24 lines at most), as far as the screen allows.
    hint = fit_screen(window, window.sizeHint())
    margins = outer.contentsMargins()
    inner = hint.width() - margins.left() - margins.right() - 2 * scroll.frameWidth()
    tall = content.heightForWidth(inner) if content.hasHeightForWidth() else -1
    if tall > 0:
        extra = window.sizeHint().height() - scroll.sizeHint().height()
        hint.setHeight(tall + extra + 2 * scroll.frameWidth())
    window.resize(fit_screen(window, hint))
    return scroll
