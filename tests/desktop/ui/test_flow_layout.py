"""FlowLayout: as narrow as its widest item, rows wrap in order, and the height says so."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.flow_layout import FlowLayout


def test_items_wrap_in_order_when_narrow(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    buttons = [QPushButton(text, holder) for text in ("First choice", "Second", "A third one")]
    for button in buttons:
        flow.addWidget(button)
    widest = max(b.sizeHint().width() for b in buttons)
    one_row = flow.sizeHint()
    assert flow.minimumSize().width() == widest
    assert one_row.width() >= sum(b.sizeHint().width() for b in buttons)
    assert flow.heightForWidth(one_row.width()) == one_row.height()

    holder.resize(one_row.width(), one_row.height())
    holder.show()
    qtbot.waitExposed(holder)
    assert len({b.y() for b in buttons}) == 1  # room for all: one row
    assert [b.x() for b in buttons] == sorted(b.x() for b in buttons)

    holder.resize(widest, flow.heightForWidth(widest))
    qtbot.waitUntil(lambda: len({b.y() for b in buttons}) == len(buttons))
    assert [b.y() for b in buttons] == sorted(b.y() for b in buttons)  # still in order
    assert flow.heightForWidth(widest) >= 3 * min(b.height() for b in buttons)
    assert all(b.x() + b.width() <= widest for b in buttons)
