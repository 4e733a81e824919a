"""Layout as data: what a receipt, label or report says, before any renderer sees it.

A Document is a tuple of blocks. The thermal renderer (``escpos_render``) and the PDF renderer
(``pdf``) both take it, so a Z report reads the same on paper roll and on A4. Blocks carry text
in any script; the renderers decide how to draw it (printer text for plain ASCII on a thermal
printer, a Qt raster for Devanagari and ₹, shaped Paragraphs in a PDF).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right"]
Size = Literal["small", "normal", "large"]


@dataclass(frozen=True)
class Text:
    """One paragraph; wraps to the paper width."""

    text: str
    align: Align = "left"
    bold: bool = False
    size: Size = "normal"


@dataclass(frozen=True)
class Row:
    """Cells side by side on one line; ``weights`` share the width, ``aligns`` per cell."""

    cells: tuple[str, ...]
    weights: tuple[int, ...]
    aligns: tuple[Align, ...]
    bold: bool = False
    size: Size = "normal"


@dataclass(frozen=True)
class Rule:
    """A horizontal line across the paper."""

    heavy: bool = False


@dataclass(frozen=True)
class Table:
    """A table with headers: rows under a header line, an optional bold total row."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[int, ...]
    aligns: tuple[Align, ...]
    total: tuple[str, ...] | None = None
    title: str = ""


@dataclass(frozen=True)
class QrCode:
    data: str
    caption: str = ""


@dataclass(frozen=True)
class Barcode:
    """An EAN-13 barcode (13 digits including the check digit)."""

    ean13: str


@dataclass(frozen=True)
class SignatureLines:
    """Blank lines to sign or press a thumb on, each with its label under the line."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True)
class PageBreak:
    """A new page in a PDF; a plain rule on a paper roll."""


@dataclass(frozen=True)
class Cut:
    """The end of a receipt or label: feed and cut (when the printer has a cutter)."""


Block = Text | Row | Rule | Table | QrCode | Barcode | SignatureLines | Feed | PageBreak | Cut


@dataclass(frozen=True)
class Document:
    title: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)


def is_printer_text(text: str) -> bool:
    """True when a thermal printer's own font can print ``text`` (printable ASCII only)."""
    return text.isascii() and text.isprintable()


def key_values(
    pairs: list[tuple[str, str]] | tuple[tuple[str, str], ...], *, bold: bool = False
) -> list[Block]:
    """Key/value lines: the key on the left, the value on the right."""
    return [Row((key, value), (3, 2), ("left", "right"), bold=bold) for key, value in pairs]


_BLOCK_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (Text, Row, Rule, Table, QrCode, Barcode, SignatureLines, Feed, PageBreak, Cut)
}


def _tuples(value: object) -> object:
    if isinstance(value, list):
        return tuple(_tuples(item) for item in value)
    return value


def document_to_json(document: Document) -> str:
    """A Document as JSON, so a queued print job can carry a report to the worker."""
    import dataclasses
    import json

    blocks = [
        {"type": type(block).__name__, **dataclasses.asdict(block)} for block in document.blocks
    ]
    return json.dumps({"title": document.title, "blocks": blocks}, ensure_ascii=False)


def document_from_json(text: str) -> Document:
    import json

    data = json.loads(text)
    blocks: list[Block] = []
    for raw in data["blocks"]:
        cls = _BLOCK_TYPES[raw.pop("type")]
        blocks.append(cls(**{key: _tuples(value) for key, value in raw.items()}))
    return Document(title=data["title"], blocks=tuple(blocks))
