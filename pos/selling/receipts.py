"""Finding receipts for the back office: by number, dates, amount, product or tender.

Read only; the receipt itself is ``pos.selling.sales.get_sale``. Newest first, at most ``limit``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos.amounts.money import Paise
from pos.db.selling import receipts_q, sales_q
from pos.errors import InvalidInput
from pos.inventory.stock import parse_date
from pos.records.ledger import Ledger
from pos.reporting.reports import check_period

TENDERS = ("cash", "upi", "card")
LAST_OF_SHIFT = 50


@dataclass(frozen=True)
class ReceiptRow:
    receipt_no: str
    kind: str  # "sale" or "return"
    void: bool
    created_at: str  # UTC ISO
    business_date: str
    total_paise: Paise
    tenders: tuple[str, ...]
    lines: int
    cashier: str
    shift_id: int | None


def find_receipts(
    ledger: Ledger,
    *,
    receipt: str = "",
    date_from: str = "",
    date_to: str = "",
    total_paise: Paise | None = None,
    product: str = "",
    tender: str = "",
    shift_id: int | None = None,
    limit: int = 200,
) -> list[ReceiptRow]:
    """Receipts matching every filter given (blank ones are ignored), newest first.

    Raises InvalidInput for a bad date, a period that ends before it starts, or an unknown
    tender.
    """
    start = parse_date(date_from, "the first day") if date_from.strip() else None
    end = parse_date(date_to, "the last day") if date_to.strip() else None
    if start and end:
        check_period(start, end)
    if tender and tender not in TENDERS:
        raise InvalidInput(f"a tender is {', '.join(TENDERS)}, not {tender!r}")
    rows = receipts_q.find_sales(
        ledger.db,
        receipt_like=receipt.strip().upper() or None,
        date_from=start,
        date_to=end,
        total_paise=total_paise,
        product_like=product.strip() or None,
        tender=tender or None,
        shift_id=shift_id,
        limit=limit,
    )
    return [
        ReceiptRow(
            receipt_no=r["receipt_no"],
            kind=r["kind"],
            void=bool(r["is_void"]),
            created_at=r["created_at"],
            business_date=r["business_date"],
            total_paise=r["total_paise"],
            tenders=tuple((r["tenders"] or "").split(",")) if r["tenders"] else (),
            lines=r["lines"],
            cashier=r["cashier"],
            shift_id=r["shift_id"],
        )
        for r in rows
    ]


def last_of_shift(ledger: Ledger, limit: int = LAST_OF_SHIFT) -> list[ReceiptRow]:
    """The open shift's last ``limit`` receipts (none when no shift is open)."""
    shift_id = sales_q.open_shift_id(ledger.db)
    if shift_id is None:
        return []
    return find_receipts(ledger, shift_id=shift_id, limit=limit)
