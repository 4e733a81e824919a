"""Quantities as a cashier types them: pieces, or a weight or a volume for loose goods.

Quantities are stored as integers in the product's unit (``pc``, ``g`` or ``ml``; DESIGN §3).
Loose goods are thought of in kilograms and litres, so a bare number is kg or l ("1.5" of
mustard oil is 1,500 ml); a number with a unit says which ("250 g", "750ml", "2 l", "1.25kg").
A typed quantity may lead a scan or a search: ``3*``, ``3x`` or ``3×`` (``1.5*`` for loose
goods), as on most tills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pos.errors import InvalidInput

_NUMBER = re.compile(r"(\d{1,6})(?:[.,](\d{1,3}))?\s*(kg|kgs|g|gm|gms|l|ltr|litre|ml)?")
_LEADING = re.compile(r"^\s*(\d{1,6}(?:[.,]\d{1,3})?\s*(?:kg|kgs|g|gm|gms|l|ltr|litre|ml)?)"
                      r"\s*[*xX×]\s*(\S.*)$")  # fmt: skip
_BIG = {"kg": "g", "kgs": "g", "l": "ml", "ltr": "ml", "litre": "ml"}
_SMALL = {"g": "g", "gm": "g", "gms": "g", "ml": "ml"}


@dataclass(frozen=True)
class Typed:
    """The search box split: a typed quantity (as text, read once the product is known)
    and the code or words after it."""

    quantity: str | None
    rest: str


def split_quantity(text: str) -> Typed:
    """``"3*8900000000012"`` → Typed("3", "8900000000012"); no quantity → Typed(None, text)."""
    found = _LEADING.match(text)
    if found is None:
        return Typed(None, text)
    return Typed(found.group(1).strip(), found.group(2).strip())


def parse_quantity(text: str, unit: str) -> int:
    """A typed quantity in the product's unit: pieces, grams or millilitres.

    Raises InvalidInput (a fraction of a piece, grams for a liquid, zero, not a number).
    """
    cleaned = text.strip().lower()
    found = _NUMBER.fullmatch(cleaned)
    if found is None:
        raise InvalidInput(f"{text!r} is not a quantity (for example 3, 1.5 kg or 250 g)")
    whole, frac, said = found.group(1), found.group(2) or "", found.group(3)
    if unit == "pc":
        if frac or said:
            raise InvalidInput(f"{text}: this item is sold by the piece; type a whole number")
        qty = int(whole)
    else:
        small = _SMALL.get(said or "")
        if said and (small or _BIG[said]) != unit:
            kind = "weight (kg or g)" if unit == "g" else "volume (l or ml)"
            raise InvalidInput(f"{text}: this item is sold by {kind}")
        if small:
            if frac:
                raise InvalidInput(f"{text}: type whole {unit}, or use {_big_name(unit)}")
            qty = int(whole)
        else:  # kg or l, up to three decimals: exact in g or ml
            qty = int(whole) * 1000 + int(frac.ljust(3, "0") or 0)
    if qty <= 0:
        raise InvalidInput("a quantity must be more than zero")
    return qty


def _big_name(unit: str) -> str:
    return "kg" if unit == "g" else "l"


def format_quantity(qty: int, unit: str) -> str:
    """1500 ml → "1.5 l", 250 g → "250 g", 3 pc → "3"."""
    if unit == "pc":
        return str(qty)
    if qty >= 1000:
        whole, rest = divmod(qty, 1000)
        return f"{whole}.{rest:03d}".rstrip("0").rstrip(".") + f" {_big_name(unit)}"
    return f"{qty} {unit}"


# The unit words of a summed quantity, English and Hindi: (small unit, big unit), the big one
# (kg, L) once the amount reaches 1,000 of the small. Pieces have no big unit.
_WORDS = {
    "en": {"pc": ("pcs", "pcs"), "g": ("g", "kg"), "ml": ("ml", "L")},
    "hi": {"pc": ("नग", "नग"), "g": ("ग्राम", "किलो"), "ml": ("मि.ली.", "लीटर")},
    # both languages, for the bilingual PDF statements
    "both": {"pc": ("pcs/नग", "pcs/नग"), "g": ("g/ग्राम", "kg/किलो"), "ml": ("ml/मि.ली.", "L/लीटर")},
}
# A GST return's unit quantity code (UQC) per product unit: the quantity stays whole in it.
UQC = {"pc": "PCS", "g": "GMS", "ml": "MLT"}
UNIT_ORDER = ("pc", "g", "ml")


@dataclass(frozen=True)
class PerUnit:
    """Quantities of several products kept apart by unit (pieces, grams, millilitres), so a
    sum never adds pieces to millilitres. ``parts`` is ((unit, qty), …) in pc, g, ml order,
    without units that are zero."""

    parts: tuple[tuple[str, int], ...] = ()

    @classmethod
    def of(cls, amounts: dict[str, int]) -> PerUnit:
        """From {unit: qty}; a unit outside pc/g/ml is kept after them."""
        if len(amounts) == 1:  # the common case, fast: the office's register folds 2,400
            ((unit, qty),) = amounts.items()
            return cls(((unit, qty),) if qty else ())
        order = [u for u in UNIT_ORDER if u in amounts] + sorted(set(amounts) - set(UNIT_ORDER))
        return cls(tuple((u, amounts[u]) for u in order if amounts[u]))

    def __add__(self, other: PerUnit) -> PerUnit:
        total = dict(self.parts)
        for unit, qty in other.parts:
            total[unit] = total.get(unit, 0) + qty
        return PerUnit.of(total)

    def __sub__(self, other: PerUnit) -> PerUnit:
        return self + PerUnit(tuple((unit, -qty) for unit, qty in other.parts))

    def __bool__(self) -> bool:
        return bool(self.parts)

    def get(self, unit: str) -> int:
        for part, qty in self.parts:
            if part == unit:
                return qty
        return 0

    def __str__(self) -> str:
        return format_per_unit(self)


def format_cell(quantities: PerUnit) -> str:
    """A printed table's quantity cell: pieces alone as a bare number ("12"), else per unit
    in both languages ("12 pcs/नग · 1.5 L/लीटर")."""
    if all(unit == "pc" for unit, _ in quantities.parts):
        return str(quantities.get("pc"))
    return format_per_unit(quantities, "both")


def format_per_unit(quantities: PerUnit, lang: str = "en") -> str:
    """``"1,200 pcs · 4.78 L"`` (lang "hi": ``"1,200 नग · 4.78 लीटर"``; "both": the two
    words, ``"1,200 pcs/नग"``); "0" when empty."""
    words = _WORDS.get(lang, _WORDS["en"])
    shown = []
    for unit, qty in quantities.parts:
        small, big = words.get(unit, (unit, unit))
        if unit != "pc" and abs(qty) >= 1000:
            whole, rest = divmod(abs(qty), 1000)
            number = f"{whole:,}.{rest:03d}".rstrip("0").rstrip(".")
            shown.append(f"{'-' if qty < 0 else ''}{number} {big}")
        else:
            shown.append(f"{qty:,} {small}")
    return " · ".join(shown) or "0"
