"""A QTextDocument printed as pages that read well on paper, whatever the app's theme.

`QTextDocument.print_` breaks pages wherever the text runs out: a heading can end one page
with its table on the next, and its page number is a bare "2". This prints the pages
itself instead: each heading that would be cut from what follows starts the next page,
tables repeat their header rows on each page (`<thead>` in the HTML, laid out by Qt), and
every page carries a footer such as "Page 2 of 5". The colours are always the light
theme's: paper is white, so a dark theme's light text would vanish on it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from desktop.ui.theme import LIGHT, palette_for

BODY_ROWS_KEPT: Final = 2  # a table's header is kept with at least this many of its rows


def paper_palette() -> QPalette:
    """The light theme's palette: dark text on white paper, never the app's own."""
    return palette_for(LIGHT)


def print_paged(
    doc: QTextDocument, device: QPagedPaintDevice, footer: Callable[[int, int], str]
) -> int:
    """Print `doc` onto `device`, a page at a time; returns the number of pages.

    Args:
        doc: laid out again for `device` (its page size and page breaks are changed).
        device: a QPdfWriter or QPrinter, its page layout already set.
        footer: the words under page n of m, e.g. "Page 2 of 5".
    """
    layout = doc.documentLayout()
    layout.setPaintDevice(device)
    font = doc.defaultFont()
    footer_height = QFontMetricsF(font, device).lineSpacing() * 2
    width, height = float(device.width()), float(device.height())
    doc.setPageSize(QSizeF(width, height - footer_height))
    keep_headings_with_next(doc)
    pages = doc.pageCount()
    body = doc.pageSize().height()
    palette = paper_palette()
    painter = QPainter(device)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body)
            view = QRectF(0, index * body, width, body)
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            context.palette = palette
            layout.draw(painter, context)
            painter.restore()
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(0, height - footer_height / 2, width, footer_height / 2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                footer(index + 1, pages),
            )
    finally:
        painter.end()
    return pages


def keep_headings_with_next(doc: QTextDocument) -> None:
    """Start a new page at each heading that would otherwise end a page alone.

    What a heading must share its page with: a table's header rows and first
    `BODY_ROWS_KEPT` rows, or the first line of a paragraph. Each break moves what follows,
    so the document is checked again after each one (a heading is moved at most once).
    """
    if doc.pageSize().height() <= 0:
        return
    moved: set[int] = set()
    while (heading := _first_cut_heading(doc, moved)) is not None:
        moved.add(heading.blockNumber())
        block_format = heading.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(heading).setBlockFormat(block_format)


def _first_cut_heading(doc: QTextDocument, moved: set[int]) -> QTextBlock | None:
    block = doc.firstBlock()
    while block.isValid():
        if (
            block.blockFormat().headingLevel() > 0
            and block.blockNumber() not in moved
            and not _in_table(block)
            and block.next().isValid()
            and _page(doc, _kept_bottom(doc, block.next())) > _page(doc, _top(doc, block))
        ):
            return block
        block = block.next()
    return None


def _in_table(block: QTextBlock) -> bool:
    table: QTextTable | None = QTextCursor(block).currentTable()  # None outside tables
    return table is not None


def _top(doc: QTextDocument, block: QTextBlock) -> float:
    return doc.documentLayout().blockBoundingRect(block).top()


def _kept_bottom(doc: QTextDocument, following: QTextBlock) -> float:
    """How far down the page must reach to keep what starts at `following` in sight."""
    layout = doc.documentLayout()
    table: QTextTable | None = QTextCursor(following).currentTable()  # None outside tables
    if table is not None:
        rows = table.format().headerRowCount() + BODY_ROWS_KEPT
        cell = table.cellAt(min(rows, table.rows()) - 1, 0)
        return layout.blockBoundingRect(cell.firstCursorPosition().block()).bottom() - 1
    rect = layout.blockBoundingRect(following)
    first = following.layout().lineAt(0)
    if not first.isValid():
        return rect.top()
    return rect.top() + first.rect().bottom() - 1


def _page(doc: QTextDocument, y: float) -> int:
    return math.floor(y / doc.pageSize().height())

