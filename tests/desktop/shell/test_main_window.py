"""MainWindow: keyboard navigation, the three buttons and their shortcuts, accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.shell.header_view import lock_status_text
from desktop.shell.main_window import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _inside_composite(widget: QWidget) -> bool:
    """A spin box's line edit or a combo box's popup list: named by its owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Every interactive control under `root` that a screen reader could not name."""
    return [
        f"{type(w).__name__}({w.objectName()})"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not w.accessibleName() and not _inside_composite(w)
    ]


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    for key, title in (("checkin", "Check-in"), ("help", "Find help"), ("settings", "Settings")):
        page = QLabel(title)
        page.setObjectName(key)
        window.add_page(key, title, page)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_title_is_only_the_app_name(qtbot: QtBot) -> None:
    window = MainWindow(vault_label="Personal vault")
    qtbot.addWidget(window)
    assert window.windowTitle() == "Confide"


def test_home_first_and_arrow_keys_walk_the_sections(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.current_key() == "home"
    assert window.navigation.accessibleName() == "Sections"
    window.navigation.setFocus()
    QTest.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_key() == "checkin"
    QTest.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_key() == "settings"
    assert window.stack.currentWidget() is window.page("settings")
    QTest.keyClick(window.navigation, Qt.Key.Key_Home)
    assert window.current_key() == "home"


def test_show_page_selects_the_section_in_the_list(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.show_page("help")
    assert window.navigation.currentIndex().row() == 2
    assert window.stack.currentWidget() is window.page("help")


def test_home_is_a_today_card_not_a_copy_of_the_sections(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    titles = {b.text() for b in window.home.findChildren(QAbstractButton)}
    assert not titles & {"Check-in", "Find help", "Settings"}
    with qtbot.waitSignal(window.crisis_requested, timeout=1000):
        QTest.mouseClick(window.home.help_button, Qt.MouseButton.LeftButton)


def test_duplicate_key_is_refused(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    try:
        window.add_page("help", "Again", QLabel())
    except ValueError:
        pass
    else:
        raise AssertionError("a second page with the same key was accepted")


class ForgetfulPage(QLabel):
    """A page holding personal data: it must forget it before it goes."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.cleared = False

    def clear_personal_data(self) -> None:
        self.cleared = True


def test_a_page_can_be_removed_and_home_shows_if_it_was_on_show(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    page = ForgetfulPage("Peer log")
    window.add_page("peer_log", "Peer log", page)
    window.show_page("peer_log")
    with qtbot.waitSignal(page.destroyed, timeout=1000):  # deleted, not only hidden
        window.remove_page("peer_log")
        assert page.cleared
    assert not window.has_page("peer_log")
    assert window.current_key() == "home"
    assert window.navigation.currentIndex().row() == 0
    assert [k for k, _t in window.sections()] == ["home", "checkin", "help", "settings"]


def test_a_removed_page_forgets_what_was_typed_in_it(qtbot: QtBot) -> None:
    # A role turned off removes the peer log: a half-typed note must not outlive it in a
    # field's text or undo history until Qt gets round to deleting the page.
    window = make_window(qtbot)
    page = QWidget()
    note = QLineEdit(page)
    note.setText("a colleague on 4 West")
    window.add_page("peer_log", "Peer log", page)
    window.remove_page("peer_log")
    assert note.text() == ""
    assert not note.isUndoAvailable()


def test_removing_another_page_keeps_the_current_one(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.show_page("settings")
    window.remove_page("help")
    assert window.current_key() == "settings"
    assert window.navigation.currentIndex().row() == 2


def test_a_page_can_go_in_front_of_another(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.add_page("history", "History", QLabel("History"), before="help")
    assert [k for k, _t in window.sections()] == ["home", "checkin", "history", "help", "settings"]
    window.show_page("history")
    assert window.stack.currentWidget() is window.page("history")


def test_home_and_unknown_pages_cannot_be_removed(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    with pytest.raises(ValueError, match="Home"):
        window.remove_page("home")
    with pytest.raises(KeyError):
        window.remove_page("nowhere")
    with pytest.raises(KeyError):
        window.add_page("late", "Late", QLabel(), before="nowhere")
    assert not window.has_page("late")


def test_buttons_emit_their_signals(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    for button, signal in (
        (window.lock_button, window.lock_requested),
        (window.quick_exit_button, window.quick_exit_requested),
        (window.crisis_button, window.crisis_requested),
    ):
        with qtbot.waitSignal(signal, timeout=1000):
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_shortcuts_lock_and_quick_exit(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.activateWindow()
    window.navigation.setFocus()
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.quick_exit_requested, timeout=1000):
        QTest.keyClick(
            window.navigation,
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert "Ctrl+Shift+Q" in window.quick_exit_button.toolTip()
    assert "Ctrl+L" in window.lock_button.toolTip()


def test_quick_exit_works_from_another_confide_window(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    other = QLineEdit()
    other.setAccessibleName("another window")
    qtbot.addWidget(other)
    with qtbot.waitActive(other):
        other.show()
        other.activateWindow()
    other.setFocus()
    with qtbot.waitSignal(window.quick_exit_requested, timeout=1000):
        QTest.keyClick(
            other,
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )


def test_lock_status_follows_the_auto_lock_time(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.lock_status() == "Vault unlocked \u2014 locks after 5 minutes of inactivity"
    window.set_auto_lock_minutes(1)
    assert (
        window.lock_status()
        == lock_status_text(1)
        == ("Vault unlocked \u2014 locks after 1 minute of inactivity")
    )


def test_every_interactive_control_has_an_accessible_name(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert unnamed_controls(window) == []


def test_navigation_grows_with_the_font(qtbot: QtBot) -> None:
    # Without a style sheet: Qt does not pass a font change down through one (its docs
    # warn against mixing the two), and an earlier test may have installed the theme's.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet = app.styleSheet()
    app.setStyleSheet("")
    try:
        window = make_window(qtbot)
        before = window.navigation.width()
        font = window.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        window.setFont(font)
        qtbot.waitUntil(lambda: window.navigation.width() > before * 1.5, timeout=1000)
    finally:
        app.setStyleSheet(sheet)


def test_navigation_is_sized_for_a_200_percent_system_font(qtbot: QtBot) -> None:
    """The real case: the desktop's text scaling is in the app font before any window."""
    from desktop.ui.theme import ThemeManager

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    first = make_window(qtbot)
    normal = first.navigation.width()
    original, sheet = app.font(), app.styleSheet()
    doubled = QFont(original)
    doubled.setPointSizeF(original.pointSizeF() * 2)
    app.setStyleSheet("")  # as at start-up: the system font comes before the theme
    app.setFont(doubled)
    try:
        ThemeManager(app)  # then the theme's style sheet, as the app runs
        scaled = make_window(qtbot)
        assert scaled.navigation.width() > normal * 1.5
    finally:
        app.setStyleSheet("")
        app.setFont(original)
        app.setStyleSheet(sheet)


def test_a_page_from_a_factory_is_built_on_its_first_visit_only(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    built: list[QLabel] = []

    def make() -> QWidget:
        built.append(QLabel("Later"))
        return built[-1]

    window.add_page("later", "Later", make)
    assert window.has_page("later")
    assert not window.is_built("later") and window.built_page("later") is None
    assert [key for key, _title in window.sections()] == ["home", "later"]
    window.show_page("later")
    assert built and window.stack.currentWidget() is built[0]
    assert window.current_key() == "later"
    window.show_page("home")
    window.show_page("later")  # a second visit reuses the page
    assert len(built) == 1 and window.page("later") is built[0]


def test_choosing_an_unbuilt_page_in_the_navigation_builds_it(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.add_page("later", "Later", lambda: QLabel("Later"))
    window.navigation.setCurrentIndex(window.navigation.model().index(1, 0))
    assert window.is_built("later")
    assert window.stack.currentWidget() is window.page("later")


def test_an_unbuilt_page_is_removed_without_being_built(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    built: list[QWidget] = []

    def make() -> QWidget:
        built.append(QLabel())
        return built[-1]

    window.add_page("later", "Later", make)
    window.remove_page("later")
    assert not built and not window.has_page("later")
    assert [key for key, _title in window.sections()] == ["home"]
    with pytest.raises(ValueError):
        window.add_page("home", "Home again", QLabel)
