"""A Document to an A4 PDF with reportlab.

Every piece of text goes through a ``Paragraph`` whose style has ``shaping=1`` (reportlab's
HarfBuzz path, ``reportlab[shaping]``): plain table-cell strings and ``drawString`` are not
shaped and would break Devanagari conjuncts (docs/architecture.md 7). The bundled fonts are
registered under their private names.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import eanbc
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable

from pos.errors import StorageError
from pos.printing.documents.document import (
    Barcode,
    Block,
    Cut,
    Document,
    Feed,
    PageBreak,
    QrCode,
    Row,
    Rule,
    SignatureLines,
    Table,
    Text,
)
from pos.printing.render.columns import split_widths
from pos.printing.render.raster import FONT_DIR

FONT = "SarvPdf"
FONT_BOLD = "SarvPdf-Bold"
SIZES = {"small": 8.5, "normal": 10.0, "large": 14.0}
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
_lock = threading.Lock()
_registered = False
_styles: dict[tuple[str, bool, str, bool], ParagraphStyle] = {}


def register_fonts() -> None:
    """Register the bundled Devanagari font (it has Latin letters and ₹ too), once."""
    global _registered
    with _lock:
        if _registered:
            return
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "SarvNotoSansDevanagari-Regular.ttf")))
        pdfmetrics.registerFont(
            TTFont(FONT_BOLD, str(FONT_DIR / "SarvNotoSansDevanagari-Bold.ttf"))
        )
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)
        _registered = True


def style(
    size: str = "normal", bold: bool = False, align: str = "left", shaped: bool = True
) -> ParagraphStyle:
    key = (size, bold, align, shaped)
    if key not in _styles:
        points = SIZES[size]
        _styles[key] = ParagraphStyle(
            name=f"sarv-{size}-{bold}-{align}-{shaped}",
            fontName=FONT_BOLD if bold else FONT,
            fontSize=points,
            leading=points * 1.45,
            alignment=_ALIGN[align],
            shaping=1 if shaped else 0,
        )
    return _styles[key]


def para(text: str, size: str = "normal", bold: bool = False, align: str = "left") -> Paragraph:
    """Shaped (HarfBuzz) unless the text is plain ASCII, which needs no shaping: a report's
    figures then cost a third of the time."""
    shaped = not text.isascii()
    return Paragraph(escape(text).replace("\n", "<br/>"), style(size, bold, align, shaped))


_PLAIN = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def _widths(total: float, weights: tuple[int, ...]) -> list[float]:
    return [total * part / 1000 for part in split_widths(1000, weights)]


def _flowables(block: Block, width: float) -> list[Flowable]:
    if isinstance(block, Text):
        paragraph = para(block.text, block.size, block.bold, block.align)
        if block.bold and block.size == "normal":
            paragraph.keepWithNext = 1  # a section title stays with what follows it
        return [paragraph]
    if isinstance(block, Row):
        cells = [
            para(cell, block.size, block.bold, align)
            for cell, align in zip(block.cells, block.aligns, strict=True)
        ]
        table = RLTable([cells], colWidths=_widths(width, block.weights))
        table.setStyle(_PLAIN)
        return [table]
    if isinstance(block, Rule):
        return [HRFlowable(width="100%", thickness=1.2 if block.heavy else 0.5,
                           color=colors.black, spaceBefore=3, spaceAfter=3)]  # fmt: skip
    if isinstance(block, Table):
        return _table(block, width)
    if isinstance(block, QrCode):
        widget = QrCodeWidget(block.data)
        x1, y1, x2, y2 = widget.getBounds()
        side = 35 * mm
        drawing = Drawing(side, side, transform=[side / (x2 - x1), 0, 0, side / (y2 - y1), 0, 0])
        drawing.add(widget)
        out: list[Flowable] = [drawing]
        if block.caption:
            out.append(para(block.caption, "small"))
        return out
    if isinstance(block, Barcode):
        widget = eanbc.Ean13BarcodeWidget(block.ean13[:12])
        x1, y1, x2, y2 = widget.getBounds()
        drawing = Drawing(x2 - x1, y2 - y1)
        drawing.add(widget)
        return [drawing]
    if isinstance(block, SignatureLines):
        count = len(block.labels)
        cells = [[para("", "normal")] * count, [para(label, "small") for label in block.labels]]
        table = RLTable(cells, colWidths=[width / count] * count, rowHeights=[16 * mm, None])
        table.setStyle(
            TableStyle(
                [
                    *[("LINEBELOW", (c, 0), (c, 0), 0.6, colors.black) for c in range(count)],
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return [KeepTogether([table])]
    if isinstance(block, Feed):
        return [Spacer(1, 4 * mm * block.lines)]
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    if isinstance(block, Cut):
        return []
    raise TypeError(f"no PDF renderer for {type(block).__name__}")  # pragma: no cover


TABLE_CHUNK = 30  # rows per reportlab Table: splitting a long one re-measures every row left


def _table(block: Table, width: float) -> list[Flowable]:
    header = [para(h, "small", True, a) for h, a in zip(block.headers, block.aligns, strict=True)]
    body: list[list[Any]] = [
        [para(c, "small", False, a) for c, a in zip(cells, block.aligns, strict=True)]
        for cells in block.rows
    ]
    if block.total is not None:
        body.append(
            [para(c, "small", True, a) for c, a in zip(block.total, block.aligns, strict=True)]
        )
    out: list[Flowable] = []
    if block.title:
        out.append(Spacer(1, 2 * mm))
        out.append(para(block.title, "normal", True))
    widths = _widths(width, block.weights)
    chunks = [body[i : i + TABLE_CHUNK] for i in range(0, len(body), TABLE_CHUNK)] or [[]]
    for n, chunk in enumerate(chunks):
        rows = [header, *chunk] if n == 0 else chunk
        table = RLTable(rows, colWidths=widths, repeatRows=1 if n == 0 else 0)
        commands: list[Any] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        if n == 0:
            commands += [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ]
        if block.total is not None and n == len(chunks) - 1:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
        start = 1 if n == 0 else 0
        shades = [colors.white, colors.Color(0.97, 0.97, 0.97)]
        if (n * TABLE_CHUNK) % 2:
            shades.reverse()
        commands.append(("ROWBACKGROUNDS", (0, start), (-1, -1), shades))
        table.setStyle(TableStyle(commands))
        out.append(table)
    return out


def render_pdf(document: Document, path: Path) -> Path:
    """Write ``document`` as an A4 PDF at ``path``. Raises StorageError if it cannot write."""
    register_fonts()
    margin = 15 * mm
    width = A4[0] - 2 * margin
    story: list[Flowable] = []
    # A section of key/value lines (the Z's cash drawer) is kept on one page: from its rule
    # to the next. Sections holding a table may run on (a long table splits anyway).
    section: list[Flowable] = []
    has_table = False

    def close_section() -> None:
        # a KeepTogether inside another (the signature lines) makes reportlab start a new
        # page even when the section fits: the outer one keeps its content together alone
        flat = [part for f in section
                for part in (f._content if isinstance(f, KeepTogether) else [f])]  # fmt: skip
        story.append(section[0] if len(section) == 1 else KeepTogether(flat))
        if has_table:
            story[-1:] = section

    for block in document.blocks:
        if isinstance(block, (Rule, PageBreak)) and section:
            close_section()
            section, has_table = [], False
        if isinstance(block, PageBreak):
            story += _flowables(block, width)
        else:
            section += _flowables(block, width)
            has_table = has_table or isinstance(block, Table)
    if section:
        close_section()

    def page_footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawRightString(A4[0] - margin, 8 * mm, f"Page {doc.page}")
        canvas.drawString(margin, 8 * mm, document.title.encode("ascii", "replace").decode())
        canvas.restoreState()

    template = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin,
        bottomMargin=15 * mm, title=document.title, author="Sarv POS",
    )  # fmt: skip
    try:
        template.build(story, onFirstPage=page_footer, onLaterPages=page_footer)
    except OSError as exc:
        raise StorageError(f"cannot write the PDF {path}: {exc}") from exc
    return path
