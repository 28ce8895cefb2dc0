"""A PDF made in memory, and the font rule every PDF Confide writes follows.

The peer report and the safety plan are both rendered to bytes first (the caller writes
them atomically, or not at all), and both set their text without ligatures.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QFont, QPdfWriter


def pdf_bytes(title: str, write: Callable[[QPdfWriter], None]) -> bytes:
    """The PDF that `write` prints into a fresh writer titled `title`, as bytes.

    `write` lays out the pages and prints; it must not keep the writer, which finishes
    the PDF when it goes.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Confide")
    write(writer)
    del writer  # the PDF is finished when its writer goes
    buffer.close()
    return bytes(data.data())


def without_ligatures(font: QFont) -> QFont:
    """`font` with ligatures off: text copied or searched in a PDF reads "fi", not one
    "ﬁ" glyph. Changes `font` and returns it."""
    font.setFeature(QFont.Tag("liga"), 0)
    return font
