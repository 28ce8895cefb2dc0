"""The controls that give way when narrow: a check box and a button that wrap, a row of
buttons that stacks, a dashed code broken only after a dash."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from crypto.recovery import RecoveryCode
from desktop.ui.narrow import ButtonRow, CodeLabel, WrappingButton, WrappingCheckBox

LONG = "I have &written down my recovery code and keep it somewhere safe"


def _shown(qtbot: QtBot, *widgets: QWidget, width: int) -> QWidget:
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)
    holder.show()
    holder.resize(width, 600)
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: holder.width() == width)
    return holder


def test_a_wrapping_check_box_wraps_and_stays_a_check_box(qtbot: QtBot) -> None:
    box = WrappingCheckBox(LONG)
    holder = _shown(qtbot, box, width=box.minimumSizeHint().width() * 2)
    one_line = box.fontMetrics().height()
    assert box.width() < box.sizeHint().width()  # narrower than its words on one line
    assert box.height() >= box.heightForWidth(box.width()) > 2 * one_line  # so it wraps
    # The box and its words respond as one: a click on the last line ticks it.
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 2,
                                                                 box.height() - one_line // 2))
    assert box.isChecked()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    shortcut = box.shortcut()  # the &w mnemonic, as on any check box
    assert shortcut.toString() == "Alt+W"
    name = QAccessible.queryAccessibleInterface(box).text(QAccessible.Text.Name)
    assert name == LONG.replace("&", "")
    assert holder.isVisible()


def test_a_wrapping_button_wraps_and_stays_a_button(qtbot: QtBot) -> None:
    button = WrappingButton("A &counselor or therapist")
    button.setCheckable(True)
    other = QPushButton("Other")
    holder = _shown(qtbot, button, other, width=button.minimumSizeHint().width() + 30)
    assert button.width() < button.sizeHint().width()  # narrower than its words on one line
    lines = button.lines_at(button.width())
    assert lines >= 3 and button.lines_at(button.sizeHint().width()) == 1
    assert button.height() >= button.heightForWidth(button.width()) > button.sizeHint().height()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton,
                     pos=QPoint(button.width() // 2, button.height() - 4))  # the last line
    assert button.isChecked()
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert not button.isChecked()
    assert button.shortcut().toString() == "Alt+C"
    name = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
    assert name == "A counselor or therapist"
    # It paints, and shows keyboard focus as a push button does (Tab onto it).
    holder.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    before = button.grab().toImage()
    QTest.keyClick(other, Qt.Key.Key_Backtab)
    qtbot.waitUntil(button.hasFocus)
    assert button.grab().toImage() != before


def test_the_row_keeps_one_line_then_two_rows_then_one_button_a_row(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = ButtonRow(holder, leading=1)
    help_button, back, go_on = (QPushButton(t, holder)
                                for t in ("Need help now, at once?", "Back", "Continue"))
    for button in (help_button, back, go_on):
        row.addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    wide = row.sizeHint().width()
    holder.resize(wide + 100, row.heightForWidth(wide + 100))
    qtbot.waitUntil(lambda: holder.width() == wide + 100)
    assert not row.stacked()
    assert help_button.x() == 0 and go_on.geometry().right() == holder.width() - 1
    pair = back.sizeHint().width() + row._spacing() + go_on.sizeHint().width()
    narrow = max(help_button.sizeHint().width(), pair)
    holder.resize(narrow, row.heightForWidth(narrow))
    qtbot.waitUntil(lambda: holder.width() == narrow)
    assert row.stacked()
    assert help_button.y() < back.y() and back.y() == go_on.y()  # help, then back and next
    least = row.minimumSize().width()
    assert least == max(b.sizeHint().width() for b in (help_button, back, go_on))
    holder.resize(least, row.heightForWidth(least))
    qtbot.waitUntil(lambda: holder.width() == least)
    assert help_button.y() < back.y() < go_on.y()  # one a row, in their order
    assert all(b.width() == least for b in (help_button, back, go_on))


def test_a_code_breaks_after_dashes_only_and_reads_back(qtbot: QtBot) -> None:
    code = RecoveryCode.generate()
    label = CodeLabel()
    label.set_code(code.display())
    group = label.fontMetrics().horizontalAdvance("WWWW-")
    holder = _shown(qtbot, label, width=group * 3 + 40)
    qtbot.waitUntil(lambda: len(label.text().split("\n")) > 1)
    lines = label.text().split("\n")
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(lines) == code.display()
    assert RecoveryCode.parse(label.text()) == code
    assert label.height() >= label.heightForWidth(label.width())
    assert label.minimumSizeHint().width() < group * 2  # one group a line at the least
    label.clear()
    assert label.text() == ""
    assert holder.isVisible()


def test_a_wrapping_check_box_measures_a_width_once_until_its_words_or_font_change(
        qtbot: QtBot) -> None:
    box = WrappingCheckBox(LONG)
    qtbot.addWidget(box)
    measured: list[int] = []
    text_height = box._text_height  # counted, not replaced

    def counting(width: int) -> int:
        measured.append(width)
        return text_height(width)

    box._text_height = counting  # type: ignore[method-assign]
    tall = box.heightForWidth(200)
    assert [box.heightForWidth(200) for _ in range(5)] == [tall] * 5
    assert measured == [200]  # layouts ask again and again; the words are laid out once
    box.setText("Short")
    assert box.heightForWidth(200) < tall
    font = box.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    box.setFont(font)  # the text size setting
    box.heightForWidth(200)
    assert measured == [200, 200, 200]


def test_a_wrapping_button_measures_a_width_once_until_its_words_or_font_change(
        qtbot: QtBot) -> None:
    button = WrappingButton("Alcohol or drug use and other long words")
    qtbot.addWidget(button)
    measured: list[int] = []
    lines_at = button.lines_at  # counted, not replaced

    def counting(width: int) -> int:
        measured.append(width)
        return lines_at(width)

    button.lines_at = counting  # type: ignore[method-assign]
    tall = button.heightForWidth(120)
    assert [button.heightForWidth(120) for _ in range(5)] == [tall] * 5
    assert measured == [120]
    button.setText("Short \u2713")  # the tick Find help adds to the chosen need
    assert button.heightForWidth(120) < tall
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    button.setFont(font)
    button.heightForWidth(120)
    assert measured == [120, 120, 120]
