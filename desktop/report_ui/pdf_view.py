"""The readable report: the same HTML for the on-screen preview and the PDF, with a chart.

The preview and the PDF are made from one `report_html`, so what the supporter sees before
exporting is what the PDF says. The chart is drawn with QPainter into an image resource
(contacts per month; a hidden month is an outlined bar, never a guessed height, labelled
with its marker when the counts fit over the bars). A period longer than a year is shown
as a table per year, so the columns stay readable. `desktop.ui.paged` prints the pages:
headings kept with their tables, header rows repeated, "Page n of m", light colours in any
theme. The PDF carries no day: its text says the month it was made, and the PDF's own
creation date is cut to the month too. The PDF is rendered to bytes in memory and cut
there; the caller writes it once, atomically (`crypto.atomic.write_atomic`).
"""

from __future__ import annotations

import html
import math
import re
from datetime import date
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop.records.peer.model import LABEL_CONTEXT
from desktop.records.peer.period import period_name
from desktop.records.peer.report import AggregateReport
from desktop.records.peer.report_file import public_key_id
from desktop.records.peer.suppress import SMALL, WITHHELD
from desktop.ui.dates import month_year
from desktop.ui.paged import print_paged
from desktop.ui.pdf import pdf_bytes, without_ligatures

CHART_URL: Final = QUrl("confide-chart:contacts-per-month")
_BAR: Final = QColor("#3f6fb5")
CHART_WIDTH: Final = 640  # in the document's pixels; the image is drawn at twice that
MONTHS_PER_TABLE: Final = 12  # more month columns than this do not fit a page readably
AUTO_WIDTH_MONTHS: Final = 8  # up to this many month columns, Qt's own widths read well


def month_words(month: str, short: bool = False) -> str:
    """ "2025-03" as "March 2025" (or "Mar 2025"), as every date in Confide is written."""
    year, number = month.split("-")
    return month_year(date(int(year), int(number), 1), short=short)


def _cell(value: int | str) -> str:
    return html.escape(str(value))


def _label(text: str) -> str:
    """A table's title or row label as the report was made (English), translated."""
    return QCoreApplication.translate(LABEL_CONTEXT, text)


def report_html(report: AggregateReport) -> str:
    """The report as HTML: heading, what the markers mean, the chart, every table."""
    period = period_name(report.months, QCoreApplication.translate) or (
        QCoreApplication.translate("ReportHtml", "{first} to {last}").format(
            first=month_words(report.months[0]), last=month_words(report.months[-1])))
    merged = report.reports_merged
    made = (QCoreApplication.translate(  # merged: always 2 or more, so no singular
        "ReportHtml", "Peer support contacts, {period}. Made in {month} from {count} "
        "supporters' reports.").replace("{count}", str(merged)) if merged > 1
        else QCoreApplication.translate(
            "ReportHtml", "Peer support contacts, {period}. Made in {month}."))
    parts = [
        f"<h1>{html.escape(report.label)}</h1>",
        "<p>" + html.escape(made.format(period=period, month=month_words(report.generated)))
        + "</p>",
        "<p>" + html.escape(QCoreApplication.translate(
            "ReportHtml",
            "{small} means a count from 1 to 10, not shown. {withheld} means a count "
            "withheld so that no small count can be worked out from the totals. Only counts "
            "by month and category are included: no contact, day or note.")).format(
                small=f"<b>{html.escape(SMALL)}</b>", withheld=f"<b>{html.escape(WITHHELD)}</b>")
        + "</p>",
    ]
    if report.reports_merged == 1 and report.signers[0]:
        parts.append(
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "ReportHtml",
                    "Signed with the supporter's key {fingerprint}; the signature is in the "
                    "report's JSON file. Compare the fingerprint with the supporter to know "
                    "whose report it is.",
                ).format(fingerprint=public_key_id(report.signers[0]))
            )
            + "</p>"
        )
    noises = [n for n in report.noise if n is not None]
    if noises:
        epsilons = ", ".join(f"{n.epsilon:g}" for n in noises)
        parts.append("<p>" + html.escape(QCoreApplication.translate(
            "ReportHtml",
            "Differential-privacy noise was added before suppression ({mechanism}; epsilon "
            "{epsilons} per report, for one contact). Counts are approximate.").format(
                mechanism=QCoreApplication.translate("ReportHtml", noises[0].mechanism),
                epsilons=epsilons)) + "</p>")
    parts.append(f'<p><img src="{CHART_URL.toString()}" width="{CHART_WIDTH}"></p>')
    parts += tables_html(report)
    return "\n".join(parts)


def tables_html(report: AggregateReport) -> list[str]:
    """Each table with its heading. A period over `MONTHS_PER_TABLE` months is cut into
    tables of that many months each, headed with their months, so the columns stay
    readable on the page; the last one carries the whole period's totals."""
    category = html.escape(QCoreApplication.translate("ReportHtml", "Category"))
    every = QCoreApplication.translate("ReportHtml", "All")
    months = report.months
    starts = range(0, len(months), MONTHS_PER_TABLE)
    parts = []
    for table in report.tables:
        labels = [_label(label) for _code, label in table.spec.rows] + [every]
        title = _label(table.spec.title)
        for start in starts:
            shown = range(start, min(start + MONTHS_PER_TABLE, len(months)))
            last = shown.stop == len(months)
            heads = "".join(f"<th>{month_words(months[m], short=True)}</th>" for m in shown)
            total = QCoreApplication.translate("ReportHtml", "Total")
            if len(starts) > 1:
                title = QCoreApplication.translate(
                    "ReportHtml", "{title}, {first} to {last}").format(
                        title=_label(table.spec.title), first=month_words(months[shown.start]),
                        last=month_words(months[shown.stop - 1]))
                total = QCoreApplication.translate("ReportHtml", "Total, whole period")
            # Qt shares a wide table's width out evenly, breaking words; fixed widths then.
            wide = len(shown) > AUTO_WIDTH_MONTHS
            widths = ("width='20%'", "width='7%'") if wide else ("", "")
            heads += f"<th {widths[1]}>{html.escape(total)}</th>" if last else ""
            rows = []
            for i, (label, cells) in enumerate(zip(labels, table.grid, strict=True)):
                kept = [cells[m] for m in shown] + ([cells[-1]] if last else [])
                tds = "".join(f'<td align="right">{_cell(v)}</td>' for v in kept)
                tag = "th" if i == len(labels) - 1 else "td"
                rows.append(f"<tr><{tag} align='left'>{html.escape(label)}</{tag}>{tds}</tr>")
            parts.append(
                f"<h3>{html.escape(title)}</h3>"
                # thead: repeated on each page.
                '<table border="1" cellspacing="0" cellpadding="3"><thead><tr>'
                f"<th align='left' {widths[0]}>{category}</th>{heads}"
                f"</tr></thead>{''.join(rows)}</table>"
            )
    return parts


def chart_image(report: AggregateReport, width: int = 1200, height: int = 420) -> QImage:
    """Contacts per month as bars, on a white background (it is printed, too)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(max(12, height // 22))
    painter.setFont(font)
    line = painter.fontMetrics().height()
    painter.setPen(QColor("#1a1a1a"))
    painter.drawText(
        QRectF(0, 0, width, line * 1.5), Qt.AlignmentFlag.AlignHCenter,
        QCoreApplication.translate("ReportHtml", "Contacts per month"),
    )
    values = report.contacts_per_month
    known = [v for v in values if isinstance(v, int)]
    top = max([*known, 11])
    plot = QRectF(line, line * 3.2, width - 2 * line, height - line * 5.2)
    slot = plot.width() / max(1, len(values))
    # With many months, a month is named every `step` bars and counts only when they fit
    # over every bar (the tables hold them all), so no two words overlap.
    metrics = painter.fontMetrics()
    names = [month_words(month, short=True) for month in report.months]
    room = max(metrics.horizontalAdvance(name) for name in names) + line
    step = max(1, math.ceil(room / slot))
    counts_fit = max(metrics.horizontalAdvance(str(v)) for v in values) < slot * 0.95
    for i, (name, value) in enumerate(zip(names, values, strict=True)):
        x = plot.left() + i * slot + slot * 0.15
        bar_width = slot * 0.7
        shown = value if isinstance(value, int) else 10  # a hidden month: an outline, low
        bar_height = plot.height() * shown / top
        bar = QRectF(x, plot.bottom() - bar_height, bar_width, bar_height)
        if isinstance(value, int):
            painter.fillRect(bar, _BAR)
        else:
            painter.setPen(QPen(_BAR, 2, Qt.PenStyle.DashLine))
            painter.drawRect(bar)
        painter.setPen(QColor("#1a1a1a"))
        if counts_fit:
            painter.drawText(
                QRectF(x - slot * 0.15, bar.top() - line * 1.2, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                str(value),
            )
        if i % step == 0:
            left = min(max(0, x + bar_width / 2 - room / 2), width - room)  # all on the image
            painter.drawText(
                QRectF(left, plot.bottom() + line * 0.3, room, line),
                Qt.AlignmentFlag.AlignHCenter,
                name,
            )
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    painter.end()
    return image


def document(report: AggregateReport) -> QTextDocument:
    """The report as a QTextDocument with its chart (for the preview and the PDF)."""
    doc = QTextDocument()
    doc.addResource(QTextDocument.ResourceType.ImageResource.value, CHART_URL, chart_image(report))
    doc.setHtml(report_html(report))
    return doc


def render_pdf(report: AggregateReport) -> bytes:
    """The readable PDF, rendered in memory, its dates cut to the month (ready to write)."""
    doc = document(report)
    font = QFont(doc.defaultFont())
    font.setPointSizeF(9.5)
    doc.setDefaultFont(without_ligatures(font))

    def write(writer: QPdfWriter) -> None:
        writer.setResolution(150)
        # Qt's own XMP packet stamps the second it was made; this one says the month only.
        writer.setDocumentXmpMetadata(_xmp(report).encode("utf-8"))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.Letter),
                QPageLayout.Orientation.Landscape,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        print_paged(doc, writer, page_words)

    title = QCoreApplication.translate("ReportHtml", "Confide peer support report")
    return month_only_dates(pdf_bytes(title, write))


def page_words(page: int, pages: int) -> str:
    """The footer of each page: "Page 2 of 5"."""
    return QCoreApplication.translate("ReportHtml", "Page {page} of {pages}").format(
        page=page, pages=pages)


def _xmp(report: AggregateReport) -> str:
    month = html.escape(report.generated)
    return (
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<rdf:Description rdf:about="" xmp:CreatorTool="Confide" '
        f'xmp:CreateDate="{month}" xmp:ModifyDate="{month}"/>'
        '<rdf:Description rdf:about=""><dc:title><rdf:Alt><rdf:li xml:lang="x-default">'
        "Confide peer support report</rdf:li></rdf:Alt></dc:title></rdf:Description>"
        "</rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    )


_PDF_DATE = re.compile(rb"\(D:(\d{6})(\d{8})([^)]*)\)")


def month_only_dates(pdf: bytes) -> bytes:
    """`pdf` with its creation date cut to year and month (a valid PDF date), keeping every
    byte offset: the dropped characters become spaces inside the same string."""

    def month(match: re.Match[bytes]) -> bytes:
        whole = match.group(0)
        kept = b"(D:" + match.group(1)
        return kept + b" " * (len(whole) - len(kept) - 1) + b")"

    return _PDF_DATE.sub(month, pdf)
