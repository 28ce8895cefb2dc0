"""Small pieces every settings section is built from: buttons, notes, a yes/no question,
and the "Managed by your organization" mark.

The mark is text, never only a colour or an icon, and the same words go into the
control's accessible description, so a screen reader says why the control is off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.ui.flow_layout import FlowLayout
from desktop.ui.widgets import note
from desktop.words import MANAGED_TEXT

__all__ = ["note"]  # the settings sections' building blocks, one import away


def button(text: str, accessible: str, slot: Callable[[], None]) -> QPushButton:
    """A push button with its accessible name (without the mnemonic) and its action."""
    made = QPushButton(text)
    made.setAccessibleName(accessible)
    made.clicked.connect(slot)
    return made


def form_of(group: QGroupBox) -> QFormLayout:
    """A form for `group` whose rows wrap at large text instead of clipping.

    Fields take the row's width, so put a control in a `row` (or `beside` its mark) to
    keep it at its natural size: then a mark beside it wraps only when the window is
    really too narrow, not at an arbitrary width.
    """
    group.setAccessibleName(group.title())
    form = QFormLayout(group)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side at their natural width, the rest of the line left empty."""
    line = QHBoxLayout()
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return line


def beside(*widgets: QWidget, mark: QLabel | None) -> QHBoxLayout:
    """Controls at their natural width, then their mark taking the rest of the line.

    Several controls wrap onto more lines when the width runs out (two buttons side by
    side at 200 % text are wider than a 600 px window).
    """
    line = QHBoxLayout()
    if len(widgets) > 1:
        group = QWidget()
        flow = FlowLayout(group)
        for widget in widgets:
            flow.addWidget(widget)
        line.addWidget(group)
    else:
        line.addWidget(widgets[0])
    if mark is None:
        line.addStretch(1)
    else:
        line.addWidget(mark, 1)
    return line


def managed_mark(*controls: QWidget, detail: str = "", disable: bool = True) -> QLabel:
    """The mark for controls a locked organization setting decides.

    Args:
        controls: what the setting decides; their accessible description gets the mark.
        detail: what exactly is managed ("at most 10 minutes"), said after the mark.
        disable: False where the person still chooses within the organization's limit
            (a shorter auto-lock is always allowed), so only the mark is added.
    """
    # The same words, in the same context, as the "Organization settings" table.
    managed = QCoreApplication.translate("PoliciesPage", MANAGED_TEXT)
    words = f"{managed}: {detail}" if detail else managed
    mark = note(words, role="muted")
    mark.setObjectName("managedMark")
    mark.setAccessibleName(managed)
    font = mark.font()
    font.setItalic(True)
    mark.setFont(font)
    for control in controls:
        control.setAccessibleDescription(words)
        if disable:
            control.setEnabled(False)
    return mark


