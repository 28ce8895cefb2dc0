"""The results list beside the chosen resource's details, and the keys between them.

Down or Enter in the search field moves into the list (`enter`), Enter on a result moves
to its buttons, Escape in the details goes back to the list. Narrower than
`STACK_BELOW_CHARS` characters the list and the details stack, each the pane's whole width.
Choosing a result never moves the keyboard focus: `choose` shows a resource's details
while the person keeps typing.

Signals (ResultsPane):
    detail_shown(str): the details now show the resource with this id.
    action_opened(str): an address was handed to the system after a click.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QListView, QSplitter, QWidget

from desktop.directory.detail_view import DetailPane
from desktop.directory.results_view import RESOURCE_ROLE, ResultsModel
from referral_directory.model import Resource

# Narrower than this many characters, the results and the details stack (each needs
# about 35 characters to read without breaking every other word).
STACK_BELOW_CHARS: Final = 72
SIDE_BY_SIDE_LINES: Final = 14  # the pane's least height, in lines of text
STACKED_LINES: Final = 26
STACKED_LIST_LINES: Final = 8  # of STACKED_LINES, for the list


class ResultsPane(QSplitter):
    """The results (`results`, over `model`) and the details of the one chosen (`detail`).

    Signals:
        detail_shown(str): the details show the resource with this id.
        action_opened(str): an address was handed to the system after a click.
    """

    detail_shown = Signal(str)
    action_opened = Signal(str)

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.model = model
        self.results = QListView(self)
        self.results.setModel(model)
        # The page's context, where it was translated before the pane had a module.
        self.results.setAccessibleName(QCoreApplication.translate("DirectoryPage", "Results"))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setSpacing(2)
        self.results.setAlternatingRowColors(True)
        self.results.selectionModel().currentChanged.connect(self._on_current_changed)
        self.results.activated.connect(self._on_activated)
        self.detail = DetailPane(self)
        self.detail.action_opened.connect(self.action_opened)
        self.detail.back_requested.connect(self._back_to_results)
        self.setChildrenCollapsible(False)
        self.addWidget(self.results)
        self.addWidget(self.detail)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        # At least a dozen lines tall, measured in text so it grows with a 200% font.
        self.setMinimumHeight(self.fontMetrics().height() * SIDE_BY_SIDE_LINES)

    @property
    def shown_id(self) -> str | None:
        """The id of the resource whose details are on show, if any."""
        return self.detail.resource.id if self.detail.resource is not None else None

    def list_resources(self, resources: list[Resource], chosen: str | None) -> None:
        """List `resources`, with `chosen`'s details if it is listed (else none)."""
        self.model.set_resources(resources)
        if not (chosen is not None and self.choose(chosen)):
            self.show_resource(None)

    def choose(self, resource_id: str) -> bool:
        """Select `resource_id` in the list and show its details; False if it is not listed.

        The keyboard focus stays where it is (typing in the search field goes on).
        """
        row = self.model.row_of(resource_id)
        if row < 0:
            return False
        self.results.setCurrentIndex(self.model.index(row))
        return True

    def choose_first(self) -> None:
        """Select the first result, if there is one (its details show at once)."""
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))

    def show_resource(self, resource: Resource | None) -> None:
        """Show `resource`'s details (None: the empty prompt), listed or not."""
        self.detail.show_resource(resource)
        if resource is not None:
            self.detail_shown.emit(resource.id)

    def enter(self) -> None:
        """Move the keyboard focus into the results (the first one chosen if none was)."""
        if self.model.rowCount() == 0:
            return
        if not self.results.currentIndex().isValid():
            self.choose_first()
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit(self, width: int, metrics: QFontMetrics) -> bool:
        """Stack the list and the details when `width` is too narrow for both side by side;
        whether they are stacked."""
        narrow = width < STACK_BELOW_CHARS * metrics.averageCharWidth()
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if orientation == self.orientation():
            return narrow
        self.setOrientation(orientation)
        lines = metrics.height()
        # Stacked, the details get the room: a short list above (two or three results)
        # and, below it, a resource's name, its buttons and the first of its words.
        self.setMinimumHeight(lines * (STACKED_LINES if narrow else SIDE_BY_SIDE_LINES))
        shares = (STACKED_LIST_LINES, STACKED_LINES - STACKED_LIST_LINES) if narrow else (2, 3)
        self.setSizes([share * lines for share in shares])
        return narrow

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        resource = current.data(RESOURCE_ROLE) if current.isValid() else None
        self.show_resource(resource if isinstance(resource, Resource) else None)

    def _on_activated(self, index: QModelIndex) -> None:
        if self.shown_id != self.model.resource(index.row()).id:
            self.show_resource(self.model.resource(index.row()))
        self.detail.focus_first_action()

    def _back_to_results(self) -> None:
        self.results.setFocus(Qt.FocusReason.ShortcutFocusReason)
