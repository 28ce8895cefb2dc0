"""The report's PDF read back with poppler: pages that read well, the chart on white paper.

A year of a busy log makes a report of several pages. Each page's text (pdftotext) must
show the header row above any table rows, never end with a table's heading, and end
with "Page n of m". The chart is an image in the PDF (pdfimages gets it back): with the
app in the dark theme it is still drawn for white paper, and the pages rasterize exactly
as in the light theme.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desktop.peer_log.demo_log import demo_peer_contacts
from desktop.records.peer.model import LABEL_CONTEXT
from desktop.records.peer.report import (
    TABLES,
    AggregateReport,
    Noise,
    build_report,
    count_contacts,
    months_between,
)
from desktop.report_ui.pdf_view import MONTHS_PER_TABLE, month_words, render_pdf, tables_html
from desktop.ui.theme import ThemeManager
from tests.desktop.ui.test_paged import pdf_pages
from tests.desktop.ui.test_theme import contrast

MADE = date(2026, 1, 5)


def _same(inner: list[list[list[int]]], epsilon: float) -> tuple[list[list[list[int]]], Noise]:
    """Noise said but not drawn, so the layout is the same at every run."""
    return inner, Noise(epsilon=epsilon, scale=1.0)


def busy_report(months: int, epsilon: float | None = None) -> AggregateReport:
    """A busy supporter's report of `months` months to December 2025 (noise said, if
    `epsilon`); the contacts are in its last six."""
    contacts = demo_peer_contacts(MADE, count=900)
    first = 2025 * 12 + 12 - months  # months counted from year 0, January first
    period = months_between(f"{first // 12}-{first % 12 + 1:02d}", "2025-12")
    return build_report(count_contacts(contacts), period, "Busy unit", MADE,
                        epsilon=epsilon, draw=_same)


def faults(pages: list[str]) -> tuple[list[str], int]:
    """What is wrong with the pages, and how many pages continue a table from the last."""
    titles = {QCoreApplication.translate(LABEL_CONTEXT, t.title) for t in TABLES}
    labels = {QCoreApplication.translate(LABEL_CONTEXT, label)
              for t in TABLES for _code, label in t.rows} | {"All"}
    found, continued = [], 0

    def heading(line: str) -> bool:  # "Contacts by type", or "…, January 2025 to …"
        return any(line == title or line.startswith(f"{title}, ") for title in titles)

    for number, page in enumerate(pages, 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        footer = f"Page {number} of {len(pages)}"
        if lines and lines[-1] == footer:
            lines.pop()
        else:
            found.append(f"page {number} has no {footer!r} at its foot")
        body = [line for line in lines if not line.isdigit()]  # a bare page number
        if body and heading(body[-1]):
            found.append(f"page {number} ends with the heading {body[-1]!r}")
        header_seen = title_seen = False
        for line in body:
            first_cell = re.split(r"\s{2,}", line)[0]
            if heading(line):
                title_seen, header_seen = True, False
            elif line.split()[0] == "Category":
                continued += not title_seen
                header_seen = True
            elif first_cell in labels and not header_seen:
                found.append(f"page {number} has rows of a table without its header row")
                break
    return found, continued


@pytest.mark.parametrize(
    ("months", "epsilon"), [(6, None), (10, 1.0), (12, None), (12, 1.0), (36, None)])
def test_every_page_has_its_header_row_and_no_heading_ends_a_page(
    qapp: QApplication, tmp_path: Path, months: int, epsilon: float | None
) -> None:
    pages = pdf_pages(render_pdf(busy_report(months, epsilon)), tmp_path)
    assert len(pages) >= 3
    found, continued = faults(pages)
    assert found == []
    assert continued >= 1  # a table does cross a page here, so its header had to repeat


def test_a_long_period_is_cut_into_tables_of_a_year(qapp: QApplication) -> None:
    """36 months in one table would be 38 columns: unreadable on a page."""
    report = busy_report(36)
    tables = tables_html(report)
    assert len(tables) == 3 * len(TABLES)
    assert all(table.count("<th>") <= MONTHS_PER_TABLE for table in tables)  # months only
    first = tables[:3]  # the contact types, a year each, the whole period's totals last
    assert [t.startswith("<h3>Contacts by type, ") for t in first] == [True] * 3
    assert ["Total, whole period" in t for t in first] == [False, False, True]
    shown = "".join(first)
    assert all(shown.count(f">{month_words(m, short=True)}<") == 1 for m in report.months)
    assert f">{report.total_contacts}<" in first[2]  # the period's, in its totals column


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[ThemeManager]:
    """The app in the dark theme, as it was afterwards (the application is shared)."""
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    manager = ThemeManager(qapp, "dark")
    yield manager
    manager.setParent(None)
    qapp.setStyle(style)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _rasterized(pdf: bytes, folder: Path, name: str) -> list[bytes]:
    (folder / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(folder / f"{name}.pdf"),
                    str(folder / name)], check=True)
    return [page.read_bytes() for page in sorted(folder.glob(f"{name}-*.png"))]


def _chart(pdf: bytes, folder: Path) -> QImage:
    (folder / "chart.pdf").write_bytes(pdf)
    subprocess.run(["pdfimages", "-png", str(folder / "chart.pdf"), str(folder / "img")],
                   check=True)
    images = sorted(folder.glob("img-*.png"))
    assert len(images) == 1  # the chart is the PDF's one image
    return QImage(str(images[0]))


def test_the_pdf_is_drawn_for_white_paper_in_the_dark_theme(
    dark: ThemeManager, tmp_path: Path
) -> None:
    report = busy_report(6)
    assert dark.is_dark
    in_dark = render_pdf(report)
    chart = _chart(in_dark, tmp_path)
    colours = {chart.pixelColor(x, y).name()
               for x in range(0, chart.width(), 2) for y in range(0, chart.height(), 2)}
    paper = chart.pixelColor(1, 1).name()
    assert paper == "#ffffff"
    # The darkest ink (the words and the axis) reads as black print does: 7:1 at least (AAA).
    darkest = min(colours, key=lambda c: QColor(c).lightnessF())
    assert contrast(darkest, paper) >= 7
    # The bars: a colour of their own, 3:1 against white as a graphic must be.
    bars = max(colours, key=lambda c: QColor(c).hsvSaturationF())
    assert contrast(bars, paper) >= 3
    dark.set_mode("light")
    assert dark.mode == "light"
    in_light = _rasterized(render_pdf(report), tmp_path, "light")
    for number, (page_dark, page_light) in enumerate(
            zip(_rasterized(in_dark, tmp_path, "dark"), in_light, strict=True), 1):
        assert page_dark == page_light, f"page {number} shows the app's dark theme"
