"""A PDF made in memory carries its title and Confide as creator, and its text reads back
letter for letter: "fi" stays two letters, not a ligature glyph."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtGui import QFont, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop.ui.pdf import pdf_bytes, without_ligatures


def test_a_pdf_made_in_memory_has_its_title_and_searchable_text(
    qapp: QApplication, tmp_path: Path
) -> None:
    document = QTextDocument()
    document.setDefaultFont(without_ligatures(QFont()))
    document.setPlainText("The office filed a fine flyer.")

    def write(writer: QPdfWriter) -> None:
        document.print_(writer)

    pdf = pdf_bytes("A plan", write)
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "made.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    assert fields["Title"].strip() == "A plan"
    assert fields["Creator"].strip() == "Confide"
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "The office filed a fine flyer." in text


def test_without_ligatures_turns_the_feature_off(qapp: QApplication) -> None:
    font = without_ligatures(QFont())
    assert font.featureValue(QFont.Tag("liga")) == 0
