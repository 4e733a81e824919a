"""Where the cells of a row go on a roll of paper: the layout both thermal renderers share.

A row (item, qty, rate, amount; or a key and its value) is laid out in character columns
(12 dots each: 32 on 58 mm, 48 on 80 mm). Every cell after the first keeps at least one
blank column before it, so figures never run together ("1" and "1450.00" must not print as
"11450.00"). When the cells cannot all sit on one line, the last cell goes to a line of its
own (right-aligned) and the rest are laid out again: on 58 mm a long amount drops under its
row instead of merging with the rate. The text renderer prints the lines ``row_lines``
gives; the raster renderer draws each band of ``row_plan`` at the same share of the width.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from itertools import zip_longest

MIN_FIRST = 6  # a first cell (a name, an HSN) narrower than this wraps badly: give up a band


@dataclass(frozen=True)
class Slot:
    """One cell placed on a band: ``start`` and ``width`` in character columns (the gap
    before it is not part of it)."""

    text: str
    start: int
    width: int
    align: str  # left | center | right


Band = tuple[Slot, ...]  # cells side by side; a cell may wrap onto several lines


def split_widths(total: int, weights: tuple[int, ...]) -> list[int]:
    """Share ``total`` (dots or characters) out by integer weights; the parts add up exactly."""
    whole = sum(weights)
    edges = [total * sum(weights[: i + 1]) // whole for i in range(len(weights))]
    return [edge - (edges[i - 1] if i else 0) for i, edge in enumerate(edges)]


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _widths(cells: tuple[str, ...], weights: tuple[int, ...], columns: int) -> list[int] | None:
    """Column widths (each after the first including its one-column gap) that fit every
    word of every cell after the first, or None when the row needs more than one band."""
    if len(cells) == 2 and len(cells[0]) + len(cells[1]) < columns:
        return [columns - len(cells[1]) - 1, len(cells[1]) + 1]  # key ... value
    widths = split_widths(columns, weights)
    need = [_longest_word(cell) + 1 for cell in cells[1:]]
    if all(have >= want for have, want in zip(widths[1:], need, strict=True)):
        return widths
    rest = [max(have, want) for have, want in zip(widths[1:], need, strict=True)]
    first = columns - sum(rest)
    if first >= min(MIN_FIRST, max(len(cells[0]), 0)) and (first > 0 or not cells[0]):
        return [first, *rest]
    return None


def row_plan(
    cells: tuple[str, ...], weights: tuple[int, ...], aligns: tuple[str, ...], columns: int
) -> tuple[Band, ...]:
    """The bands a row takes on paper ``columns`` characters wide (see the module doc)."""
    if len(cells) == 1:
        return ((Slot(cells[0], 0, columns, aligns[0]),),)
    widths = _widths(cells, weights, columns)
    if widths is None:
        head = row_plan(cells[:-1], weights[:-1], aligns[:-1], columns)
        return (*head, (Slot(cells[-1], 0, columns, "right"),))
    slots = []
    start = 0
    for i, (cell, width, align) in enumerate(zip(cells, widths, aligns, strict=True)):
        gap = 1 if i else 0
        slots.append(Slot(cell, start + gap, width - gap, align))
        start += width
    return (tuple(slots),)


def band_lines(band: Band) -> list[str]:
    """A band as printer text lines: each cell wrapped in its width, padded to its place."""
    wrapped = [textwrap.wrap(slot.text, max(slot.width, 1)) or [""] for slot in band]
    lines = []
    for parts in zip_longest(*wrapped, fillvalue=""):
        line = ""
        for part, slot in zip(parts, band, strict=True):
            if slot.align == "right":
                cell = part.rjust(slot.width)
            elif slot.align == "center":
                cell = part.center(slot.width)
            else:
                cell = part.ljust(slot.width)
            line = line.ljust(slot.start) + cell
        lines.append(line.rstrip())
    return lines


def row_lines(
    cells: tuple[str, ...], weights: tuple[int, ...], aligns: tuple[str, ...], columns: int
) -> list[str]:
    """The printer text lines of a row ``columns`` characters wide."""
    return [line for band in row_plan(cells, weights, aligns, columns) for line in band_lines(band)]
