"""The look every setup page shares: a large heading, then its widgets, top-aligned.

Used by the wizard (`view`) and by the recovery-code page (`code_view`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.theme import scaled_font


def text_label(text: str, *, role: str = "") -> QLabel:
    """A word-wrapped label; `role` picks its style ("muted", "error", ...)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def fill_page(page: QWidget, title: str, *widgets: QWidget) -> QWidget:
    """Lay out `page`: the heading `title`, then `widgets`, with the room left below them."""
    layout = QVBoxLayout(page)
    heading = text_label(title)
    heading.setFont(scaled_font(heading, 1.6, bold=True))
    heading.setAccessibleName(title)
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page
