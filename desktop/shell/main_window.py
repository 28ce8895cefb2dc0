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

from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.shell.home_view import HomeView

KEY_ROLE: Final = Qt.ItemDataRole.UserRole + 1
HOME: Final = "home"
LOCK_SHORTCUT: Final = "Ctrl+L"
QUICK_EXIT_SHORTCUT: Final = "Ctrl+Shift+Q"


def lock_status_text(minutes: int) -> str:
    """The header's lock status, e.g. "Vault unlocked — locks after 5 minutes of inactivity"."""
    # One sentence per English form, filled by .format(): lupdate marks no plural for a
    # module-level translate(), and Qt finds no plural form in a non-plural entry.
    if minutes == 1:
        return QCoreApplication.translate(
            "MainWindow", "Vault unlocked \u2014 locks after 1 minute of inactivity")
    return QCoreApplication.translate(
        "MainWindow", "Vault unlocked \u2014 locks after {minutes} minutes of inactivity"
    ).format(minutes=minutes)


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
        self._pages: dict[str, QWidget] = {}

        self._status = QLabel(lock_status_text(5))
        self._status.setAccessibleName(self.tr("Lock status"))
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._label = QLabel(vault_label)
        self._label.setAccessibleName(self.tr("Vault"))
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setVisible(bool(vault_label))

        self.crisis_button = QPushButton(self.tr("Need &help now?"))
        self.crisis_button.setObjectName("crisisButton")
        self.crisis_button.setProperty("role", "crisis")  # the theme makes it stand out
        self.crisis_button.setAccessibleName(self.tr("Need help now?"))
        self.crisis_button.setToolTip(
            self.tr("Crisis lines, your safety plan and your EAP, first"))
        font = self.crisis_button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.crisis_button.setFont(font)
        self.crisis_button.clicked.connect(self.crisis_requested)

        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.setToolTip(
            self.tr("Lock Confide now ({shortcut})").format(shortcut=LOCK_SHORTCUT))
        self.lock_button.clicked.connect(self.lock_requested)

        self.quick_exit_button = QPushButton(self.tr("&Quick exit"))
        self.quick_exit_button.setAccessibleName(self.tr("Quick exit"))
        self.quick_exit_button.setToolTip(
            self.tr("Hide every Confide window and lock at once ({shortcut})").format(
                shortcut=QUICK_EXIT_SHORTCUT)
        )
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)

        self._model = QStandardItemModel(self)
        self.navigation = QListView()
        self.navigation.setModel(self._model)
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setSpacing(3)  # roomier rows are easier to hit and to read
        self.navigation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.selectionModel().currentChanged.connect(self._on_current_changed)
        self.navigation.installEventFilter(self)

        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Current section"))

        self._add_actions()
        self._build_layout()

        self.home = HomeView()
        self.home.section_chosen.connect(self.show_page)
        self.add_page(HOME, self.tr("Home"), self.home)

    # --- public API -----------------------------------------------------------------

    def add_page(self, key: str, title: str, page: QWidget, *, before: str | None = None) -> None:
        """Add a section; the first one added (Home) is shown first.

        Args:
            before: the key of a section to put this one in front of (default: last).

        Raises:
            ValueError: `key` is already used.
            KeyError: `before` names no section.
        """
        if key in self._pages:
            raise ValueError(f"page {key!r} already added")
        row = self._model.rowCount() if before is None else self._row_of(before)
        self._pages[key] = page
        self.stack.addWidget(page)
        item = QStandardItem(title)
        item.setData(key, KEY_ROLE)
        item.setEditable(False)
        self._model.insertRow(row, item)
        self._sections_changed()
        if len(self._pages) == 1:
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
        page = self._pages[key]
        if self.stack.currentWidget() is page:
            self.show_page(HOME)
        clear = getattr(page, "clear_personal_data", None)
        if callable(clear):
            clear()
        self._model.removeRow(row)
        self.stack.removeWidget(page)
        del self._pages[key]
        page.hide()
        page.deleteLater()
        self._sections_changed()

    def has_page(self, key: str) -> bool:
        """Whether section `key` is there."""
        return key in self._pages

    def show_page(self, key: str) -> None:
        """Show the section `key` and select it in the navigation.

        Raises:
            KeyError: no such section.
        """
        page = self._pages[key]
        self.stack.setCurrentWidget(page)
        row = self._row_of(key)
        index = self._model.index(row, 0)
        if self.navigation.currentIndex() != index:
            self.navigation.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def current_key(self) -> str:
        """The key of the section on show."""
        current = self.stack.currentWidget()
        return next(key for key, page in self._pages.items() if page is current)

    def page(self, key: str) -> QWidget:
        """The widget of section `key`."""
        return self._pages[key]

    def sections(self) -> list[tuple[str, str]]:
        """(key, title) of every section, in navigation order."""
        return [
            (str(self._model.item(row).data(KEY_ROLE)), self._model.item(row).text())
            for row in range(self._model.rowCount())
        ]

    def set_auto_lock_minutes(self, minutes: int) -> None:
        """Update the lock status line after the auto-lock time changed."""
        self._status.setText(lock_status_text(minutes))

    def lock_status(self) -> str:
        return self._status.text()

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
        header = QHBoxLayout()
        header.addWidget(self._status, 1)
        header.addWidget(self._label)
        header.addWidget(self.crisis_button)
        header.addWidget(self.lock_button)
        header.addWidget(self.quick_exit_button)
        body = QHBoxLayout()
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        QWidget.setTabOrder(self.navigation, self.stack)

    def _sections_changed(self) -> None:
        self.home.set_sections([(k, t) for k, t in self.sections() if k != HOME])
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        # Sized from the text, so it grows with a 200% font instead of cutting titles off.
        metrics = self.navigation.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(title) for _key, title in self.sections()), default=0
        )
        self.navigation.setFixedWidth(widest + 4 * metrics.averageCharWidth() + 16)

    def _row_of(self, key: str) -> int:
        for row in range(self._model.rowCount()):
            if self._model.item(row).data(KEY_ROLE) == key:
                return row
        raise KeyError(key)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.stack.setCurrentWidget(self._pages[str(current.data(KEY_ROLE))])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_navigation()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The list gets the new font after the window does (and a style sheet may set it
        # alone), so it is measured again when its own font changes.
        if watched is self.navigation and event.type() == QEvent.Type.FontChange:
            self._fit_navigation()
        return super().eventFilter(watched, event)
