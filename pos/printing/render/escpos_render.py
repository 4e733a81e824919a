"""A Document to ESC/POS bytes through python-escpos (its ``Dummy`` printer collects them).

ASCII-only lines go as printer text in font A (12 dots a character: 48 columns on 80 mm,
32 on 58 mm); any line with Devanagari, ₹ or other non-ASCII text, and QR codes, barcodes
and signature lines, are drawn by Qt and sent as GS v 0 rasters, consecutive ones joined into
one strip. Cut and drawer commands follow the printer's settings, not a profile's guess.
"""

from __future__ import annotations

import copy
import textwrap
from dataclasses import dataclass
from typing import Any

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
    is_printer_text,
)
from pos.printing.render.columns import row_lines, split_widths
from pos.printing.render.escpos_lib import escpos_printer, txt_style
from pos.printing.render.raster import CHAR_DOTS, RasterStrip

RASTER_ROWS = 960
PAPER_FULL_CUT = b"\x1dV\x00"
PAPER_PART_CUT = b"\x1dV\x01"
WIDTHS = (384, 576)


@dataclass(frozen=True)
class PaperSpec:
    width_dots: int = 576
    cutter: bool = True

    @property
    def columns(self) -> int:
        return self.width_dots // CHAR_DOTS


TXT_STYLE = txt_style()


def _dummy(width_dots: int) -> Any:
    printer = escpos_printer().Dummy()
    # Our own width, not the profile's "Unknown" (which makes image() print a warning).
    printer.profile.profile_data = copy.deepcopy(printer.profile.profile_data)
    printer.profile.profile_data["media"]["width"]["pixels"] = width_dots
    return printer


class _Writer:
    """Collects the commands in a python-escpos Dummy; emits a style only when it changes."""

    def __init__(self, paper: PaperSpec) -> None:
        self.paper = paper
        self.p = _dummy(paper.width_dots)
        self.strip: RasterStrip | None = None
        self.p.hw("INIT")
        self.style = ("left", False, False)

    # -- raster side
    def raster(self) -> RasterStrip:
        if self.strip is None:
            self.strip = RasterStrip(self.paper.width_dots)
        return self.strip

    def flush(self) -> None:
        if self.strip:
            self.set_style("left", False, False)
            image = self.strip.to_bits()
            # GS v 0 in slices of at most 960 rows, as python-escpos's image() does.
            width_bytes = (image.width + 7) // 8
            data = image.tobytes()
            for top in range(0, image.height, RASTER_ROWS):
                rows = min(RASTER_ROWS, image.height - top)
                self.p._raw(
                    b"\x1dv0\x00"
                    + width_bytes.to_bytes(2, "little")
                    + rows.to_bytes(2, "little")
                    + data[top * width_bytes : (top + rows) * width_bytes]
                )
        self.strip = None

    # -- text side
    def set_style(self, align: str, bold: bool, large: bool) -> None:
        old_align, old_bold, old_large = self.style
        if align != old_align:
            self.p._raw(TXT_STYLE["align"][align])
        if bold != old_bold:
            self.p._raw(TXT_STYLE["bold"][bold])
        if large != old_large:
            self.p._raw(TXT_STYLE["size"]["2x" if large else "normal"])
        self.style = (align, bold, large)

    def lines(self, lines: list[str], align: str, bold: bool, large: bool) -> None:
        """Printer text; only printable ASCII reaches here, the same in every code page."""
        self.flush()
        self.set_style(align, bold, large)
        self.p._raw("".join(line.rstrip() + "\n" for line in lines).encode("ascii"))

    def row_lines(self, row: Row) -> list[str]:
        columns = self.paper.columns // (2 if row.size == "large" else 1)
        return row_lines(row.cells, row.weights, row.aligns, columns)


def _write_block(w: _Writer, block: Block) -> None:
    if isinstance(block, Text):
        if is_printer_text(block.text) and block.size != "small":
            large = block.size == "large"
            width = w.paper.columns // (2 if large else 1)
            w.lines(textwrap.wrap(block.text, width) or [""], block.align, block.bold, large)
        else:
            w.raster().add_text(block.text, block.align, block.bold, block.size)
    elif isinstance(block, Row):
        if all(is_printer_text(cell) for cell in block.cells):
            w.lines(w.row_lines(block), "left", block.bold, block.size == "large")
        else:
            w.raster().add_row(block.cells, block.weights, block.aligns, block.bold, block.size)
    elif isinstance(block, Rule):
        w.lines(["=" * w.paper.columns if block.heavy else "-" * w.paper.columns], "left", False,
                False)  # fmt: skip
    elif isinstance(block, PageBreak):
        _write_block(w, Rule(heavy=True))
    elif isinstance(block, Table):
        weights = _table_widths(block, w.paper.columns)
        if block.title:
            _write_block(w, Text(block.title, bold=True))
        _write_block(w, Row(block.headers, weights, block.aligns, bold=True))
        _write_block(w, Rule())
        for cells in block.rows:
            _write_block(w, Row(cells, weights, block.aligns))
        if block.total is not None:
            _write_block(w, Rule())
            _write_block(w, Row(block.total, weights, block.aligns, bold=True))
    elif isinstance(block, QrCode):
        w.raster().add_qr(block.data)
        if block.caption:
            _write_block(w, Text(block.caption, align="center"))
    elif isinstance(block, Barcode):
        w.raster().add_ean13(block.ean13)
    elif isinstance(block, SignatureLines):
        for label in block.labels:
            strip = w.raster()
            strip.add_gap(56)
            strip.add_rule()
            strip.add_text(label, "left", False, "small")
    elif isinstance(block, Feed):
        w.flush()
        w.p._raw(b"\n" * block.lines)
    elif isinstance(block, Cut):
        w.flush()
        w.p.print_and_feed(4)
        if w.paper.cutter:
            w.p._raw(PAPER_PART_CUT)
    else:  # pragma: no cover - a new block type without a renderer
        raise TypeError(f"no thermal renderer for {type(block).__name__}")


def _table_widths(table: Table, columns: int) -> tuple[int, ...]:
    """Columns after the first as wide as their widest cell (figures never wrap on a narrow
    roll); the first column takes the rest. The table's own weights when that does not fit.
    A heading with Hindi ("Sales / बिक्री") is drawn, wrapping at its spaces: its longest
    word counts, not its length."""
    rows = [*table.rows, *([table.total] if table.total else [])]

    def heading(text: str) -> int:
        return len(text) if is_printer_text(text) else max(map(len, text.split()), default=0)

    rest = [max([heading(table.headers[i]), *(len(row[i]) for row in rows)]) + 1
            for i in range(1, len(table.headers))]  # fmt: skip
    weighted = split_widths(columns, table.weights)
    if all(have >= need for have, need in zip(weighted[1:], rest, strict=True)):
        return table.weights  # the table's own proportions fit every figure
    first = columns - sum(rest)
    if first < 6:
        return table.weights
    return (first, *rest)


def render_escpos(document: Document, paper: PaperSpec, *, kick_pin: int | None = None) -> bytes:
    """The bytes that print ``document``: ESC @ first; a drawer pulse first when asked."""
    w = _Writer(paper)
    if kick_pin is not None:
        w.p.cashdraw(kick_pin)
    for block in document.blocks:
        _write_block(w, block)
    w.flush()
    return bytes(w.p.output)


def drawer_kick(pin: int) -> bytes:
    """ESC @ then ESC p: open the cash drawer on connector pin 2 or 5."""
    printer = _dummy(576)
    printer.hw("INIT")
    printer.cashdraw(pin)
    return bytes(printer.output)
