"""What a return refunds: the money side of a credit note, kept exact over many partial returns.

The rule (README, "Money and tax"): a line's returned share is valued on the **cumulative**
quantity returned so far, and the refund of a return is the **cumulative** gross returned of the
whole sale, rounded to the rupee as the sale was, less what earlier returns already refunded.
So the returns of a sale add up to exactly what was paid once everything is back, whatever the
pieces: 3 × ₹10 with ₹1 off (paid ₹29) returned one at a time refunds ₹10, ₹9 and ₹10; 2 ×
₹7.25 (paid ₹15) returned one at a time refunds ₹7 and ₹8. Taxes follow the same rule per line,
so the return that brings a line back in full takes the line's leftover tax, and the tax
returned equals the tax charged, per rate.

Pure functions over plain values; ``pos.selling.sales.return_sale`` reads the rows and writes the
result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pos.amounts.money import Paise, div_half_up, round_bill, taxes_for


@dataclass(frozen=True)
class Share:
    """Money of some quantity of one sale line: tax-inclusive gross, its taxes and discount."""

    qty: int
    gross_paise: Paise
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise
    discount_paise: Paise

    def minus(self, other: Share) -> Share:
        return Share(
            self.qty - other.qty,
            self.gross_paise - other.gross_paise,
            self.taxable_paise - other.taxable_paise,
            self.cgst_paise - other.cgst_paise,
            self.sgst_paise - other.sgst_paise,
            self.discount_paise - other.discount_paise,
        )


NOTHING = Share(0, 0, 0, 0, 0, 0)


@dataclass(frozen=True)
class Refund:
    """One return: its lines' shares (by original line number) and the rounded refund."""

    lines: tuple[tuple[int, Share], ...]
    gross_paise: Paise
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise
    discount_paise: Paise
    round_off_paise: Paise  # total - gross
    total_paise: Paise  # what is paid back


def share_of(line: Mapping[str, Any], qty: int, doc_mode: str) -> Share:
    """The money of the first ``qty`` units of a sale line (a row of ``sale_lines``).

    gross = line gross × qty / line qty, half-up to the paisa (the discount spread evenly);
    taxes back-calculated from that gross. All of the line gives the line's own figures, so
    what the parts of a line return adds up to the line exactly.
    """
    if qty == line["qty"]:
        return Share(
            qty,
            line["gross_paise"],
            line["taxable_paise"],
            line["cgst_paise"],
            line["sgst_paise"],
            line["discount_paise"],
        )
    gross = div_half_up(line["gross_paise"] * qty, line["qty"])
    taxable, cgst, sgst = taxes_for(gross, line["rate_bp"], doc_mode)
    return Share(qty, gross, taxable, cgst, sgst, line["unit_price_paise"] * qty - gross)


def plan_refund(
    lines: Mapping[int, Mapping[str, Any]],
    returned: Mapping[int, Share],
    wanted: Mapping[int, int],
    *,
    returned_gross_paise: Paise,
    refunded_paise: Paise,
    doc_mode: str,
) -> Refund:
    """Value a return of ``wanted`` units per line number of a sale.

    ``lines``: the sale's line rows by line number; ``returned``: per line number, what earlier
    returns took (a Share of sums); ``returned_gross_paise`` and ``refunded_paise``: the gross
    and the rounded refunds of all earlier returns of the sale. Quantities must already be
    checked against what is returnable. A line's part is its cumulative share less what was
    returned before; the refund is the cumulative gross rounded to the rupee less what was
    refunded before (never below zero).
    """
    parts: list[tuple[int, Share]] = []
    for line_no, qty in sorted(wanted.items()):
        before = returned.get(line_no, NOTHING)
        upto = share_of(lines[line_no], before.qty + qty, doc_mode)
        parts.append((line_no, upto.minus(before)))
    gross = sum(s.gross_paise for _, s in parts)
    total = max(0, round_bill(returned_gross_paise + gross).total - refunded_paise)
    return Refund(
        lines=tuple(parts),
        gross_paise=gross,
        taxable_paise=sum(s.taxable_paise for _, s in parts),
        cgst_paise=sum(s.cgst_paise for _, s in parts),
        sgst_paise=sum(s.sgst_paise for _, s in parts),
        discount_paise=sum(s.discount_paise for _, s in parts),
        round_off_paise=total - gross,
        total_paise=total,
    )
