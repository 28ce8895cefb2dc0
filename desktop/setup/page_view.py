"""The look every setup page shares: a large heading, then its widgets, top-aligned.

Used by the wizard (`view`) and by the recovery-code page (`code_view`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.theme import scaled_font
from desktop.ui.widgets import fill_with_scrolled


def text_label(text: str, *, role: str = "") -> QLabel:
    """A word-wrapped label; `role` picks its style ("muted", "error", ...)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def fill_page(page: QWidget, title: str, *widgets: QWidget) -> QWidget:
    """Lay out `page`: the heading `title`, then `widgets`, with the room left below them.

    They scroll: at 200 % text in a short window the pages were squeezed until their
    lines overlapped and were cut.
    """
    content = QWidget(page)
    layout = QVBoxLayout(content)
    fill_with_scrolled(page, content)
    heading = text_label(title)
    heading.setFont(scaled_font(heading, 1.6, bold=True))
    heading.setAccessibleName(title)
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page
