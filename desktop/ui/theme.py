"""Light and dark themes that follow the desktop, with readable contrast at any text size.

Fusion is used everywhere because it honours a QPalette completely on every platform,
so one palette pair gives the same contrast on Linux, Windows and macOS. "system"
follows `QStyleHints.colorScheme` and its `colorSchemeChanged` signal (Qt 6.5+); the
person can pin "light" or "dark" in the preferences. Sizes in the style sheet are in
`em` and fonts in points, so the layout grows with the system's text scaling.

Signals (ThemeManager):
    changed(bool): the effective theme changed; True when it is now dark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.color_scheme import system_prefers_dark

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from desktop.ui.indicator_style import IndicatorStyle

ThemeMode = Literal["system", "light", "dark"]
Role = QPalette.ColorRole
Group = QPalette.ColorGroup


# A NamedTuple, not a frozen dataclass: made before the unlock screen, where a dataclass
# costs ~1 ms compiling its generated methods (same fields, repr, == and hash).
class Colors(NamedTuple):
    """One theme's colours, chosen for WCAG AA contrast (4.5:1 for text)."""

    window: str
    base: str
    alternate: str
    text: str
    muted: str  # secondary and disabled text, still 4.5:1 on window and base
    button: str
    highlight: str
    highlighted_text: str
    link: str
    accent: str  # the "Need help now?" button
    accent_text: str
    error: str
    mid: str


LIGHT = Colors(
    window="#f5f6f8",
    base="#ffffff",
    alternate="#eef0f3",
    text="#1b1d21",
    muted="#5b616b",
    button="#e6e9ee",
    highlight="#2456a6",
    highlighted_text="#ffffff",
    link="#1d4f9c",
    accent="#0f6b5c",
    accent_text="#ffffff",
    error="#a4262c",
    mid="#b8bec7",
)
DARK = Colors(
    window="#1d1f23",
    base="#15171a",
    alternate="#24272c",
    text="#e9ebee",
    muted="#a9afb8",
    button="#2d3137",
    highlight="#7aa7ff",
    highlighted_text="#0d0f12",
    link="#9cc0ff",
    accent="#5fd0b8",
    accent_text="#0d1412",
    error="#ff9c9c",
    mid="#4a4f57",
)


def palette_for(colors: Colors) -> QPalette:
    """A complete QPalette for Fusion from one colour set."""
    palette = QPalette()
    pairs = {
        Role.Window: colors.window,
        Role.WindowText: colors.text,
        Role.Base: colors.base,
        Role.AlternateBase: colors.alternate,
        Role.Text: colors.text,
        Role.Button: colors.button,
        Role.ButtonText: colors.text,
        Role.Highlight: colors.highlight,
        Role.HighlightedText: colors.highlighted_text,
        Role.Link: colors.link,
        Role.LinkVisited: colors.link,
        Role.ToolTipBase: colors.base,
        Role.ToolTipText: colors.text,
        Role.PlaceholderText: colors.muted,
        Role.BrightText: colors.error,
        Role.Mid: colors.mid,
        Role.Dark: colors.mid,
        Role.Light: colors.base,
        Role.Midlight: colors.alternate,
        Role.Shadow: "#000000",
        Role.Accent: colors.accent,
    }
    for role, value in pairs.items():
        palette.setColor(role, QColor(value))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(colors.muted))
    return palette


def style_sheet(colors: Colors) -> str:
    """The few rules a palette cannot express; sizes in em so they scale with text."""
    return f"""
QPushButton[role="crisis"] {{
    background: {colors.accent}; color: {colors.accent_text}; font-weight: bold;
    border: 1px solid {colors.accent}; border-radius: 0.3em; padding: 0.45em 1.1em;
}}
QPushButton[role="crisis"]:focus {{ border: 2px solid {colors.text}; }}
QLabel[role="error"] {{ color: {colors.error}; font-weight: bold; }}
QLabel[role="muted"] {{ color: {colors.muted}; }}
QLabel[role="code"] {{
    background: {colors.base}; border: 1px solid {colors.mid}; border-radius: 0.3em;
    padding: 0.5em;
}}
"""


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font scaled by `factor` in points (never pixels), e.g. for headings."""
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font


class ThemeManager(QObject):
    """Applies the chosen theme to the application and follows the desktop when asked.

    Signals:
        changed(bool): the effective theme changed; True when it is now dark.
    """

    changed = Signal(bool)

    def __init__(
        self, app: QApplication, mode: ThemeMode = "system", *, full_style: bool = True
    ) -> None:
        """`full_style=False`: the application keeps plain Fusion until `use_full_style`
        (the QApplication is made with `-style Fusion`, see desktop.app)."""
        super().__init__(app)
        self._app = app
        self._mode: ThemeMode = mode
        self._dark: bool | None = None
        self._base_point_size = app.font().pointSizeF()  # the system's, before any scaling
        self._text_percent = 100
        self._style: IndicatorStyle | None = None
        if full_style:
            self.use_full_style()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_changed)
        self._apply()

    def use_full_style(self) -> None:
        """Fusion with indicators and field edges visible in both themes (IndicatorStyle),
        from now on; once. The unlock screen is shown before it: plain Fusion draws that
        screen the same (its one field draws its own edge), and the Python style would
        make PySide build QStyle's classes and enums (some 15 ms) before the first paint.
        Every other screen and window asks for it before it is built."""
        if self._style is not None:
            return
        from desktop.ui.indicator_style import IndicatorStyle  # noqa: PLC0415 - see above

        self._style = IndicatorStyle()
        self._app.setStyle(self._style)  # the palette and the style sheet stay

    @property
    def mode(self) -> ThemeMode:
        return self._mode

    @property
    def is_dark(self) -> bool:
        return bool(self._dark)

    @property
    def colors(self) -> Colors:
        return DARK if self._dark else LIGHT

    def set_mode(self, mode: ThemeMode) -> None:
        """Switch to "system", "light" or "dark" at once."""
        self._mode = mode
        self._apply()

    # --- text size (kept apart from the colours) ----------------------------------------

    @property
    def text_percent(self) -> int:
        return self._text_percent

    def set_text_size(self, percent: int) -> None:
        """Scale the application font to `percent` of the system's size, at once.

        Widgets that set no font of their own follow the application font; headings that
        scale their own font relative to it keep their proportions on the next page build.
        """
        self._text_percent = percent
        if self._base_point_size <= 0:
            return  # a pixel-sized system font: nothing to scale in points
        font = QFont(self._app.font())
        font.setPointSizeF(self._base_point_size * percent / 100)
        self._app.setFont(font)

    def _on_system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._mode == "system":
            self._apply()

    def _apply(self) -> None:
        dark = system_prefers_dark() if self._mode == "system" else self._mode == "dark"
        if dark == self._dark:
            return
        self._dark = dark
        colors = DARK if dark else LIGHT
        self._app.setPalette(palette_for(colors))
        self._app.setStyleSheet(style_sheet(colors))
        self.changed.emit(dark)
