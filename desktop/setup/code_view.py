"""The recovery-code page of setup: the code, Copy, Print, and "I have written it down".

The code is shown once, on two lines so it fits at large text sizes (copy and print keep
one line). Its words keep the wizard's translation context ("SetupWizard"), where they
were translated before this page had a module of its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.setup.flow import SetupFlow
from desktop.setup.page_view import fill_page, text_label
from desktop.setup.words import CODE_TEXT, CONTEXT
from desktop.ui.narrow import ButtonRow, CodeLabel, WrappingCheckBox
from desktop.ui.secret_clipboard import HOLD_SECONDS, copy_secret


class RecoveryCodePage(QWidget):
    """The recovery code the flow made, to copy, print and write down.

    Args:
        flow: the setup flow (its `recovery_code`; the written-down box is the wizard's
            to connect, as its `written_down.toggled`).
        parent: the wizard (its font sets the code's size).
    """

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.code_label = CodeLabel()  # broken after a dash onto as many lines as it needs
        self.code_label.setProperty("role", "code")
        self.code_label.setFont(self._code_font())
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(
            QCoreApplication.translate("SetupWizard", "Your recovery code"))
        self.copy_button = QPushButton(QCoreApplication.translate("SetupWizard", "&Copy"))
        self.copy_button.setAccessibleName(
            QCoreApplication.translate("SetupWizard", "Copy the recovery code"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self._copy_code)
        self.print_button = QPushButton(QCoreApplication.translate("SetupWizard", "&Print…"))
        self.print_button.setAccessibleName(
            QCoreApplication.translate("SetupWizard", "Print the recovery code"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self._print_code)
        row = QWidget()
        row_layout = ButtonRow(row, leading=2)  # side by side, or stacked when narrow
        row_layout.addWidget(self.copy_button)
        row_layout.addWidget(self.print_button)
        self.copy_note = text_label("", role="muted")
        self.written_down = WrappingCheckBox(QCoreApplication.translate(
            "SetupWizard", "I have &written down my recovery code and keep it safe"))
        self.written_down.setAccessibleName(
            QCoreApplication.translate("SetupWizard", "I have written down my recovery code"))
        fill_page(self, QCoreApplication.translate("SetupWizard", "Your recovery code"),
                  text_label(QCoreApplication.translate(CONTEXT, CODE_TEXT)),
                  self.code_label, row, self.copy_note, self.written_down)

    def show_code(self) -> None:
        """Show the flow's code, and whether it was marked as written down."""
        groups = self.flow.recovery_code.groups()
        # On as many lines as the width needs, so it fits at large text sizes in a narrow
        # window (two lines of four groups were 919 px wide at 200 %); copy and print keep
        # one line.
        self.code_label.set_code(self.flow.recovery_code.display())
        self.code_label.setAccessibleDescription(" ".join(groups))
        self.written_down.setChecked(self.flow.code_acknowledged)

    def _code_font(self) -> Any:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        size = self.font().pointSizeF()
        if size > 0:
            font.setPointSizeF(size * 1.6)
        font.setBold(True)
        return font

    def _copy_code(self) -> None:
        copy_secret(self.flow.recovery_code.display())
        self.copy_note.setText(
            QCoreApplication.translate(
                "SetupWizard",
                "Copied. Paste it somewhere safe now: Confide clears it from the clipboard "
                "in {seconds} seconds, or when it locks."
            ).format(seconds=HOLD_SECONDS)
        )

    def _print_code(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(
            QCoreApplication.translate("SetupWizard", "Confide recovery code") + "\n\n"
            + self.flow.recovery_code.display() + "\n\n"
            + QCoreApplication.translate(
                "SetupWizard", "Keep this paper somewhere safe, away from your computer.")
        )
        document.print_(printer)
