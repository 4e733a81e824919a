"""Barcodes: GTIN check digits and normalisation, and weighing-scale labels. Plain functions,
no ledger.

GS1 rules (GS1 General Specifications, section 7.9): EAN-8, UPC-A (12 digits), EAN-13 and
GTIN-14 end in a mod-10 check digit (weights 3 and 1 from the right), and one item has one
GTIN whatever its length: UPC-A ``075678164125``, EAN-13 ``0075678164125`` and GTIN-14
``00075678164125`` are the same number with leading zeros. Codes of other lengths (6, 7, 9, 10,
11 digits) are the outlet's own shelf codes and are used as typed.

Weighing scales print an EAN-13 in the restricted-circulation range (first digit 2) that
carries a product number and a weight or a price; how an outlet's scale lays them out is the
``scale_barcode`` setting, a template for the first 12 digits: literal digits (the prefix),
``I`` for the product number (the digits after ``200`` in the in-store code), then ``W`` for
the weight or volume in grams or millilitres, or ``P`` for the price in paise. For example
``21IIIIIWWWWW`` reads ``2100042012503`` as product 42, 1250 g.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pos.errors import InvalidInput

GTIN_LENGTHS = (8, 12, 13, 14)
SCALE_TEMPLATE = r"(?=[0-9IWP]{12}$)2\d*I+(W+|P+)"  # the setting's pattern (empty = off)


def check_digit(body: str) -> int:
    """The GS1 mod-10 check digit for ``body`` (the digits before it)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def is_gtin_length(code: str) -> bool:
    return code.isdigit() and len(code) in GTIN_LENGTHS


def valid_gtin(code: str) -> bool:
    """True for an EAN-8, UPC-A, EAN-13 or GTIN-14 whose last digit checks."""
    return is_gtin_length(code) and check_digit(code[:-1]) == int(code[-1])


def gtin_problem(code: str) -> str | None:
    """Why ``code`` cannot be a product barcode, or None. Shelf codes pass as they are."""
    if not re.fullmatch(r"\d{6,14}", code):
        return f"barcode {code!r} must be 6 to 14 digits"
    if is_gtin_length(code) and not valid_gtin(code):
        right = check_digit(code[:-1])
        return f"barcode {code} has a wrong check digit (it should end in {right})"
    return None


def gtin_key(code: str) -> str:
    """One key per item: a valid GTIN as 14 digits, any other code as it is."""
    return code.zfill(14) if valid_gtin(code) else code


def equivalent_codes(code: str) -> tuple[str, ...]:
    """Every spelling of the same GTIN a catalog may hold (14, 13, 12 and 8 digits), the
    scanned one first; a shelf code or a code whose check digit fails is only itself."""
    if not valid_gtin(code):
        return (code,)
    full = code.zfill(14)
    forms = [code]
    for length in (14, 13, 12, 8):
        short = full[14 - length :]
        if full[: 14 - length].strip("0") == "" and short not in forms:
            forms.append(short)
    return tuple(forms)


@dataclass(frozen=True)
class ScaleReading:
    """A weighing-scale label: the product number and a weight (g/ml) or a price (paise)."""

    product_number: int
    weight: int | None = None
    price_paise: int | None = None


def read_scale(code: str, template: str) -> ScaleReading | None:
    """Read an EAN-13 scale label by the outlet's template; None when it is not one.

    Raises InvalidInput for a label whose check digit fails.
    """
    if not template or len(code) != 13 or not code.isdigit():
        return None
    prefix = template[: len(template) - len(template.lstrip("0123456789"))]
    if not code.startswith(prefix):
        return None
    if not valid_gtin(code):
        raise InvalidInput(f"scale label {code} has a wrong check digit: scan it again")
    item = "".join(d for d, t in zip(code, template, strict=False) if t == "I")
    value = "".join(d for d, t in zip(code, template, strict=False) if t in "WP")
    if "W" in template:
        return ScaleReading(int(item), weight=int(value))
    return ScaleReading(int(item), price_paise=int(value))


def ean13_for(number: int, prefix: str = "89") -> str:
    """A valid EAN-13 for a number (sample and benchmark catalogs): prefix, number, check."""
    body = f"{prefix}{number:0{12 - len(prefix)}d}"
    return body + str(check_digit(body))
