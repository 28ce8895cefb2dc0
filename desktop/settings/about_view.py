"""The About dialog: Confide's version and licence, and what it is built on.

Reached from Settings ("About Confide"). Read-only; it touches no vault data.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import about
from desktop.ui.theme import scaled_font
from desktop.ui.widgets import fit_screen, note


class AboutDialog(QDialog):
    """Version, licence (with the full text on request) and third-party components."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Confide"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Confide {version}").format(version=about.version()))
        title.setFont(scaled_font(title, 1.4, bold=True))
        layout.addWidget(title)
        self.licence = note(self.tr(
            "Confide is free software: you may share and change it under the GNU General "
            "Public License, version 3 or (at your option) any later version "
            "(GPL-3.0-or-later). It comes with no warranty."))
        layout.addWidget(self.licence)
        self.show_licence = QPushButton(self.tr("Show the &license"))
        self.show_licence.setAccessibleName(self.tr("Show the full license text"))
        self.show_licence.setAutoDefault(False)
        self.show_licence.clicked.connect(self._toggle_licence)
        layout.addWidget(self.show_licence, 0, Qt.AlignmentFlag.AlignLeft)
        self.licence_text = QTextBrowser()
        self.licence_text.setPlainText(about.licence_text())
        self.licence_text.setAccessibleName(self.tr("License text"))
        self.licence_text.hide()
        layout.addWidget(self.licence_text, 1)

        layout.addWidget(note(self.tr("Confide is built on these components:")))
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Third-party components"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("License")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # A long licence ("LGPL-3.0-only OR GPL-2.0-only OR ...") wraps onto a taller row
        # instead of ending in "…" at 200 % text.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(about.components()):
            self.table.insertRow(row)
            licence = (self.tr(about.NOT_STATED) if component.licence == about.NOT_STATED
                       else component.licence)  # a package's licence name stays as declared
            for column, text in enumerate((component.name, component.version, licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        layout.addWidget(self.table, 1)
        folder = about.notices_folder()
        where = (self.tr("The full license texts and notices are in {folder}.").format(
                     folder=folder) if folder is not None else
                 self.tr("The installed program carries the full license texts and notices "
                         "in its LICENSES folder, with the data Confide ships (GeoNames, "
                         "US Census, Open Referral HSDS)."))
        layout.addWidget(note(where, role="muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        wanted = QSize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 30)
        self.resize(fit_screen(self, wanted))  # 80 characters at 200 % outgrow a small screen

    def _toggle_licence(self) -> None:
        shown = self.licence_text.isHidden()
        self.licence_text.setVisible(shown)
        self.show_licence.setText(self.tr("Hide the &license") if shown
                                  else self.tr("Show the &license"))

