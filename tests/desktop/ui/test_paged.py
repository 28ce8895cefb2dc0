"""Paged printing, read back from the PDF with poppler's pdftotext: a heading never ends a
page, a table's header row is on every page its rows reach, every page says "Page n of m".

The text before the heading grows a line at a time, so across the sweep the heading falls
on every place of the page, its end included; the same sweep without the keeping step
must show the fault, or the test would prove nothing.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from pytestqt.qtbot import QtBot

from desktop.ui import paged

LINES_PER_PAGE = 40  # more than a page of A6 holds, so the sweep covers a whole page


def pdf_pages(pdf: bytes, folder: Path) -> list[str]:
    """Each page's text as pdftotext lays it out (pages end with a form feed)."""
    path = folder / "paged.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    count = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE).group(1))  # type: ignore[union-attr]  # pdfinfo always says
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:count]
    assert len(pages) == count
    return pages


def _pdf(lines_before: int) -> bytes:
    doc = QTextDocument()
    font = QFont(doc.defaultFont())
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    filler = "<br>".join(f"Filler {i}" for i in range(lines_before)) or "Start"
    rows = "".join(f"<tr><td>Row {i}</td><td>{i}</td></tr>" for i in range(1, 31))
    doc.setHtml(
        f"<p>{filler}</p><h3>Heading</h3>"
        '<table border="1" cellspacing="0"><thead><tr><th>Name</th><th>Count</th></tr></thead>'
        f"{rows}</table><h3>Closing</h3><p>The end.</p>"
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(150)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A6),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    pages = paged.print_paged(doc, writer, lambda n, m: f"Page {n} of {m}")
    del writer  # the PDF is finished when its writer goes
    assert pages >= 2
    return bytes(data.data())


def faults(pages: list[str]) -> list[str]:
    """What is wrong with the printed pages, page by page (empty: nothing)."""
    found = []
    for number, page in enumerate(pages, 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        footer = f"Page {number} of {len(pages)}"
        if lines and lines[-1] == footer:
            lines.pop()
        else:
            found.append(f"page {number} has no {footer!r} at its foot")
        body = [line for line in lines if not line.isdigit()]  # a bare page number
        if body and body[-1] in ("Heading", "Closing"):
            found.append(f"page {number} ends with the heading {body[-1]!r}")
        header_seen = False
        for line in body:
            if line.split() == ["Name", "Count"]:
                header_seen = True
            elif line.startswith("Row ") and not header_seen:
                found.append(f"page {number} has table rows without the header row")
                break
    return found


def test_headings_stay_with_their_table_and_headers_repeat(qtbot: QtBot, tmp_path: Path) -> None:
    del qtbot  # a QApplication must exist to lay out text
    for lines_before in range(LINES_PER_PAGE):
        pages = pdf_pages(_pdf(lines_before), tmp_path)
        assert faults(pages) == [], f"{lines_before} lines before the heading"
        assert sum("Row 30" in page for page in pages) == 1  # nothing lost or repeated


def test_without_keeping_the_sweep_shows_a_heading_alone(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test above can fail: without the keeping step, a heading ends a page."""
    del qtbot
    monkeypatch.setattr(paged, "keep_headings_with_next", lambda doc: None)
    seen = [f for n in range(LINES_PER_PAGE) for f in faults(pdf_pages(_pdf(n), tmp_path))]
    assert any("ends with the heading 'Heading'" in fault for fault in seen)
