"""The unlocked window: a header with the lock status and the three always-there buttons,
a list of sections on the left and the current section's page on the right.

It only assembles pages that the controller hands it; it never touches the vault, and its
title is always just "Confide" so that nothing personal shows in a task bar or switcher.

Signals:
    lock_requested(): Lock button or Ctrl+L.
    quick_exit_requested(): Quick exit button or Ctrl+Shift+Q (from any Confide window).
    crisis_requested(): the "Need help now?" button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListView,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.header_view import (
    LOCK_SHORTCUT,
    NARROW_HEADER_INSET,
    QUICK_EXIT_SHORTCUT,
    WindowHeader,
)
from desktop.shell.home_view import HomeView
from desktop.ui.forget import forget_personal_data

KEY_ROLE: Final = Qt.ItemDataRole.UserRole + 1
# A page, or what builds it on its first visit (so unlocking does not build every page).
PageSource = QWidget | Callable[[], QWidget]
HOME: Final = "home"

# The window may shrink to this (a 600 px wide window, or 200% text on a 1440x900 screen,
# which leaves 720x450 logical pixels, must fit), and opens at a share of the screen.
MINIMUM_SIZE: Final = QSize(560, 380)
SCREEN_SHARE: Final = 0.7
LARGEST_DEFAULT: Final = QSize(1280, 900)  # beyond this, lines get too long to read well
# Below this many average characters of width the section list becomes a drop-down above
# the page, so the page gets the whole width. In characters, so larger text narrows sooner.
NARROW_BELOW_CHARS: Final = 105


def default_size(available: QSize) -> QSize:
    """The size the window opens at on a screen with `available` room (logical pixels).

    About 70% of each side, no smaller than MINIMUM_SIZE, no larger than LARGEST_DEFAULT,
    and never larger than the room there is.
    """

    def side(room: int, low: int, high: int) -> int:
        return min(room, max(low, min(high, round(room * SCREEN_SHARE))))

    return QSize(
        side(available.width(), MINIMUM_SIZE.width(), LARGEST_DEFAULT.width()),
        side(available.height(), MINIMUM_SIZE.height(), LARGEST_DEFAULT.height()),
    )


class MainWindow(QMainWindow):
    """Navigation + stacked pages + the lock, quick-exit and crisis buttons.

    Args:
        vault_label: a short, non-personal label for the vault (e.g. "Personal vault");
            shown in the header when given.

    Signals:
        lock_requested(): the person asked to lock now.
        quick_exit_requested(): hide everything and lock at once.
        crisis_requested(): open the crisis panel.
    """

    lock_requested = Signal()
    quick_exit_requested = Signal()
    crisis_requested = Signal()

    def __init__(self, vault_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confide"))
        self._pages: dict[str, QWidget] = {}  # built pages only
        self._factories: dict[str, Callable[[], QWidget]] = {}  # pages not yet visited

        self.header = WindowHeader(vault_label)
        self.header.crisis_requested.connect(self.crisis_requested)
        self.header.lock_requested.connect(self.lock_requested)
        self.header.quick_exit_requested.connect(self.quick_exit_requested)
        header = self.header
        self.crisis_button = header.crisis_button
        self.lock_button, self.quick_exit_button = header.lock_button, header.quick_exit_button

        self._model = QStandardItemModel(self)
        self.navigation = QListView()
        self.navigation.setModel(self._model)
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setSpacing(3)  # roomier rows are easier to hit and to read
        self.navigation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.selectionModel().currentChanged.connect(self._on_current_changed)
        self.navigation.installEventFilter(self)
        self.section_menu = self._section_menu()

        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Current section"))

        self._add_actions()
        self._build_layout()

        self.home = HomeView()
        self.home.section_chosen.connect(self.show_page)
        self.home.help_requested.connect(self.crisis_requested)
        self.add_page(HOME, self.tr("Home"), self.home)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(self._opening_size())

    # --- public API -----------------------------------------------------------------

    def add_page(
        self, key: str, title: str, page: PageSource, *, before: str | None = None
    ) -> None:
        """Add a section; the first one added (Home) is shown first.

        Args:
            page: the page, or a callable that builds it when it is first shown or asked
                for (`page`), so unlocking does not build every page at once.
            before: the key of a section to put this one in front of (default: last).

        Raises:
            ValueError: `key` is already used.
            KeyError: `before` names no section.
        """
        if self.has_page(key):
            raise ValueError(f"page {key!r} already added")
        row = self._model.rowCount() if before is None else self._row_of(before)
        if isinstance(page, QWidget):
            self._adopt(key, page)
        else:
            self._factories[key] = page
        item = QStandardItem(title)
        item.setData(key, KEY_ROLE)
        item.setEditable(False)
        self._model.insertRow(row, item)
        self._sections_changed()
        if self._model.rowCount() == 1:
            self.show_page(key)

    def remove_page(self, key: str) -> None:
        """Take a section away (a role was given up); Home shows if it was on show.

        A page that holds personal data forgets it first (`clear_personal_data`), so a
        late worker result cannot fill a page on its way out; then it is deleted.

        Raises:
            ValueError: `key` is Home, which is always there.
            KeyError: no such section.
        """
        if key == HOME:
            raise ValueError("Home cannot be removed")
        row = self._row_of(key)
        if key in self._factories:  # never built: nothing on show, nothing to forget
            del self._factories[key]
            self._model.removeRow(row)
            self._sections_changed()
            return
        page = self._pages[key]
        if self.stack.currentWidget() is page:
            self.show_page(HOME)
        forget_personal_data(page)  # what it loaded and what was typed, as at lock
        self._model.removeRow(row)
        self.stack.removeWidget(page)
        del self._pages[key]
        page.hide()
        page.deleteLater()
        self._sections_changed()

    def has_page(self, key: str) -> bool:
        """Whether section `key` is there (built or not)."""
        return key in self._pages or key in self._factories

    def is_built(self, key: str) -> bool:
        """Whether section `key`'s page has been built (it is, once shown or asked for)."""
        return key in self._pages

    def built_page(self, key: str) -> QWidget | None:
        """The page of section `key` if it has been built; never builds it."""
        return self._pages.get(key)

    def show_page(self, key: str) -> None:
        """Show the section `key` and select it in the navigation.

        Raises:
            KeyError: no such section.
        """
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        row = self._row_of(key)
        index = self._model.index(row, 0)
        if self.navigation.currentIndex() != index:
            self.navigation.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.section_menu.setCurrentIndex(row)

    def current_key(self) -> str:
        """The key of the section on show."""
        current = self.stack.currentWidget()
        return next(key for key, page in self._pages.items() if page is current)

    def page(self, key: str) -> QWidget:
        """The widget of section `key`, built now if it was not yet.

        Raises:
            KeyError: no such section.
        """
        factory = self._factories.pop(key, None)
        if factory is not None:
            self._adopt(key, factory())
        return self._pages[key]

    def sections(self) -> list[tuple[str, str]]:
        """(key, title) of every section, in navigation order."""
        return [
            (str(self._model.item(row).data(KEY_ROLE)), self._model.item(row).text())
            for row in range(self._model.rowCount())
        ]

    def set_auto_lock_minutes(self, minutes: int) -> None:
        """Update the lock status line after the auto-lock time changed."""
        self.header.set_lock_minutes(minutes)

    def lock_status(self) -> str:
        return self.header.lock_status()

    def is_narrow(self) -> bool:
        """Whether the sections show as a drop-down (narrow window) rather than a list."""
        return not self.section_menu.isHidden()

    # --- building -------------------------------------------------------------------

    def _add_actions(self) -> None:
        lock = QAction(self.tr("Lock"), self)
        lock.setShortcut(QKeySequence(LOCK_SHORTCUT))
        lock.triggered.connect(self.lock_requested)
        self.addAction(lock)
        quick_exit = QAction(self.tr("Quick exit"), self)
        quick_exit.setShortcut(QKeySequence(QUICK_EXIT_SHORTCUT))
        # From any Confide window (a dialog or the crisis panel), not only this one.
        quick_exit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quick_exit.triggered.connect(self.quick_exit_requested)
        self.addAction(quick_exit)
        self.lock_action = lock
        self.quick_exit_action = quick_exit

    def _build_layout(self) -> None:
        body = QHBoxLayout()
        body.addWidget(self.navigation)
        page_column = QVBoxLayout()
        menu_row = QHBoxLayout()
        menu_row.setContentsMargins(NARROW_HEADER_INSET, 0, 0, 0)
        menu_row.addWidget(self.section_menu)
        menu_row.addStretch(1)
        page_column.addLayout(menu_row)
        page_column.addWidget(self.stack, 1)
        body.addLayout(page_column, 1)
        central = QWidget()
        layout = self._outer = QVBoxLayout(central)
        self._wide_margins = layout.contentsMargins()
        layout.addWidget(self.header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.navigation, self.stack)

    def _sections_changed(self) -> None:
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        # Sized from the text, so it grows with a 200% font instead of cutting titles off.
        metrics = self.navigation.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(title) for _key, title in self.sections()), default=0
        )
        self.navigation.setFixedWidth(widest + 4 * metrics.averageCharWidth() + 16)

    def _section_menu(self) -> QComboBox:
        # The same sections as a drop-down above the page, shown instead of the list
        # when the window is narrow.
        menu = QComboBox()
        menu.setModel(self._model)
        menu.setAccessibleName(self.tr("Sections"))
        menu.setToolTip(self.tr("Choose a section"))
        menu.activated.connect(self._on_menu_activated)
        menu.hide()
        return menu

    def _opening_size(self) -> QSize:
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)
        return default_size(room.size())

    def _fit_width(self) -> None:
        narrow = self.width() < NARROW_BELOW_CHARS * self.fontMetrics().averageCharWidth()
        if narrow == self.is_narrow():
            return
        self.section_menu.setVisible(narrow)
        self.navigation.setVisible(not narrow)
        # Narrow: the page gets the width the window's side margins took (the header
        # keeps a little, so its buttons do not touch the edge).
        margins = self._wide_margins
        side = 0 if narrow else margins.left()
        self._outer.setContentsMargins(side, margins.top(), side, margins.bottom())
        self.header.set_narrow(narrow)
        focus = self.focusWidget()
        if focus is self.navigation and narrow:
            self.section_menu.setFocus()
        elif focus is self.section_menu and not narrow:
            self.navigation.setFocus()
        first = self.section_menu if narrow else self.navigation
        QWidget.setTabOrder(first, self.stack)

    def _on_menu_activated(self, row: int) -> None:
        self.show_page(str(self._model.item(row).data(KEY_ROLE)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_width()

    def _adopt(self, key: str, page: QWidget) -> None:
        self._pages[key] = page
        self.stack.addWidget(page)

    def _row_of(self, key: str) -> int:
        for row in range(self._model.rowCount()):
            if self._model.item(row).data(KEY_ROLE) == key:
                return row
        raise KeyError(key)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            key = str(current.data(KEY_ROLE))
            self.stack.setCurrentWidget(self.page(key))
            if key == HOME:
                self.home.refresh()  # today may have changed on another page

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_navigation()
            self._fit_width()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The list gets the new font after the window does (and a style sheet may set it
        # alone), so it is measured again when its own font changes.
        if watched is self.navigation and event.type() == QEvent.Type.FontChange:
            self._fit_navigation()
        return super().eventFilter(watched, event)
