"""Exact money: integer paise, parsing and formatting at the edges, GST and round-off.

Prices are tax-inclusive (MRP). Rates are basis points (500 = 5 %).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pos.errors import InvalidInput

Paise = int

_AMOUNT = re.compile(r"^(?P<rupees>\d+)(?:\.(?P<paise>\d{0,2}))?$")
# Commas group thousands, the Indian way (1,23,456) or the international (123,456): the last
# group three digits, the others two or three. Anything else ("12,50" meant as 12.50) is refused
# rather than read as a hundred times the amount.
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{2,3})*,\d{3}(?:\.\d*)?$")
MAX_AMOUNT_PAISE = 10_000_000_00  # one crore rupees: anything larger is a typo


def parse_amount(text: str | int, *, allow_zero: bool = True) -> Paise:
    """Parse "12", "12.5", "₹1,234.50" or "Rs 5" into paise.

    Raises InvalidInput for negatives, more than two decimals, garbage or absurd amounts.
    """
    if isinstance(text, bool):
        raise InvalidInput(f"not an amount: {text!r}")
    if isinstance(text, int):
        raise InvalidInput("amounts are given in rupees as text, for example 12.50")
    cleaned = text.strip().replace("₹", "").replace(" ", "")
    if "," in cleaned:
        if not _GROUPED.match(re.sub(r"^(?i:rs)\.?", "", cleaned)):
            raise InvalidInput(
                f"a comma only groups thousands (1,250 or 1,23,456): {text!r}; "
                "for paise use a point, 12.50"
            )
        cleaned = cleaned.replace(",", "")
    if cleaned.lower().startswith("rs."):
        cleaned = cleaned[3:]
    elif cleaned.lower().startswith("rs"):
        cleaned = cleaned[2:]
    match = _AMOUNT.match(cleaned)
    if not match:
        if cleaned.startswith("-"):
            raise InvalidInput(f"amount cannot be negative: {text!r}")
        raise InvalidInput(f"not an amount in rupees: {text!r} (for example 12.50)")
    paise = int(match["rupees"]) * 100 + int((match["paise"] or "").ljust(2, "0"))
    if paise > MAX_AMOUNT_PAISE:
        raise InvalidInput(f"amount too large: {text!r}")
    if paise == 0 and not allow_zero:
        raise InvalidInput("amount must be more than zero")
    return paise


def format_paise(paise: Paise) -> str:
    """12345 -> "123.45"; -5 -> "-0.05"."""
    sign = "-" if paise < 0 else ""
    rupees, rest = divmod(abs(paise), 100)
    return f"{sign}{rupees}.{rest:02d}"


def format_rupees(paise: Paise) -> str:
    """12345 -> "₹123.45" with Indian digit grouping (₹1,23,456.00)."""
    sign = "-" if paise < 0 else ""
    rupees, rest = divmod(abs(paise), 100)
    digits = str(rupees)
    if len(digits) > 3:
        head, tail = digits[:-3], digits[-3:]
        groups: list[str] = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        digits = ",".join([*groups, tail])
    return f"{sign}₹{digits}.{rest:02d}"


def rate_number(rate_bp: int) -> str:
    """A rate in basis points as the percentage's number, exact: 500 -> "5"; 250 -> "2.5"."""
    whole, frac = divmod(rate_bp, 100)
    return f"{whole}" if frac == 0 else f"{whole}.{frac:02d}".rstrip("0")


def format_rate(rate_bp: int) -> str:
    """500 -> "5%"; 250 -> "2.5%"."""
    return f"{rate_number(rate_bp)}%"


def div_half_up(numerator: int, denominator: int) -> int:
    """Integer division rounding half away from zero (for non-negative denominators)."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    sign = -1 if numerator < 0 else 1
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return sign * q


@dataclass(frozen=True)
class TaxSplit:
    gross: Paise
    taxable: Paise
    cgst: Paise
    sgst: Paise

    @property
    def tax(self) -> Paise:
        return self.cgst + self.sgst


def split_gst(gross: Paise, rate_bp: int) -> TaxSplit:
    """Back-calculate GST from a tax-inclusive amount, split into CGST and SGST.

    taxable = gross * 10000 / (10000 + rate), half-up; tax = gross - taxable;
    CGST = tax // 2; SGST = the rest. Works for negative amounts (returns) symmetrically.
    """
    if rate_bp < 0 or rate_bp > 10_000:
        raise InvalidInput(f"GST rate out of range: {rate_bp} basis points")
    taxable = div_half_up(gross * 10_000, 10_000 + rate_bp)
    tax = gross - taxable
    sign = -1 if tax < 0 else 1
    cgst = sign * (abs(tax) // 2)
    return TaxSplit(gross=gross, taxable=taxable, cgst=cgst, sgst=tax - cgst)


def taxes_for(gross: Paise, rate_bp: int, doc_mode: str) -> tuple[Paise, Paise, Paise]:
    """(taxable, CGST, SGST) of a tax-inclusive amount; no tax lines unless a tax invoice."""
    if doc_mode != "tax_invoice":
        return gross, 0, 0
    split = split_gst(gross, rate_bp)
    return split.taxable, split.cgst, split.sgst


@dataclass(frozen=True)
class Rounded:
    total: Paise
    round_off: Paise


def round_bill(amount: Paise) -> Rounded:
    """Round a bill to the rupee, half-up (50 paise up); round_off = total - amount."""
    total = div_half_up(amount, 100) * 100
    return Rounded(total=total, round_off=total - amount)
