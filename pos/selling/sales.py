"""Ringing up, completing, returning and voiding sales.

A sale, its lines, lot allocations, stock moves, payments and its journal event are written in
one transaction before anything prints; with a printer set up, its print jobs (receipt or credit
note, and the drawer for cash) are queued in that same transaction (pos.selling.print_queue).
Returns and voids are new entries pointing at the original sale; nothing is updated or deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pos import clock
from pos.amounts.money import Paise, format_rupees, round_bill, taxes_for
from pos.db.connection import transaction
from pos.db.records import identity_q
from pos.db.selling import sales_q
from pos.errors import DrawerShort, InvalidInput, NotAllowed, NotFound, phrase
from pos.outlet.users import User, require_approver
from pos.products.catalog import Item
from pos.records import journal
from pos.records.ledger import Ledger
from pos.selling import print_queue, refunds

MAX_QTY = 100_000  # pieces, or grams/ml for loose goods: beyond this is a typo
METHODS = ("cash", "upi", "card")
REFUND_METHODS = ("cash", "upi")
SALE_EVENT = "sale_completed"
RETURN_EVENT = "return_issued"

# Columns carried in a sale's journal event; `pos ledger verify` rebuilds this payload from the
# rows and compares, so the two cannot silently diverge.
SALE_FIELDS = (
    "uuid", "receipt_no", "series", "fy", "receipt_seq", "kind", "is_void", "shift_id",
    "cashier_id", "approver_id", "reason", "doc_mode", "created_at", "business_date",
    "gross_paise", "discount_paise", "taxable_paise", "cgst_paise", "sgst_paise",
    "round_off_paise", "total_paise",
)  # fmt: skip
LINE_FIELDS = (
    "line_no", "product_id", "sku", "name_en", "name_hi", "category", "hsn", "qty",
    "mrp_paise", "unit_price_paise", "price_id", "discount_paise", "gross_paise", "rate_bp",
    "taxable_paise", "cgst_paise", "sgst_paise", "override_approver_id",
)  # fmt: skip
PAYMENT_FIELDS = ("method", "amount_paise", "tendered_paise", "change_paise", "reference")


@dataclass(frozen=True)
class CartLine:
    """A priced line in a cart, before payment."""

    item: Item
    qty: int
    unit_price_paise: Paise
    discount_paise: Paise
    gross_paise: Paise
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise
    approver_id: int | None = None


@dataclass(frozen=True)
class Bill:
    lines: tuple[CartLine, ...]
    gross_paise: Paise
    discount_paise: Paise
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise
    round_off_paise: Paise
    total_paise: Paise


@dataclass(frozen=True)
class Tender:
    method: str
    amount_paise: Paise
    reference: str | None = None


@dataclass(frozen=True)
class Payment:
    method: str
    amount_paise: Paise
    tendered_paise: Paise
    change_paise: Paise
    reference: str | None


@dataclass(frozen=True)
class SaleRecord:
    """A committed sale or return, as stored."""

    id: int
    uuid: str
    receipt_no: str
    kind: str
    is_void: bool
    original_receipt_no: str | None
    shift_id: int | None
    cashier_id: int
    approver_id: int | None
    reason: str | None
    doc_mode: str
    created_at: str
    business_date: str
    gross_paise: Paise
    discount_paise: Paise
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise
    round_off_paise: Paise
    total_paise: Paise
    lines: tuple[dict[str, Any], ...]
    payments: tuple[Payment, ...]
    event_seq: int

    @property
    def change_paise(self) -> Paise:
        return sum(p.change_paise for p in self.payments)


# ---------------------------------------------------------------- pricing


def validate_qty(qty: int) -> int:
    if isinstance(qty, bool) or not isinstance(qty, int):
        raise InvalidInput(f"quantity must be a whole number, not {qty!r}")
    if qty <= 0:
        raise InvalidInput(f"quantity must be at least 1 (got {qty})")
    if qty > MAX_QTY:
        raise InvalidInput(f"quantity {qty} is too large (at most {MAX_QTY})")
    return qty


def price_line(
    item: Item,
    qty: int,
    *,
    doc_mode: str,
    discount_paise: Paise = 0,
    unit_price_paise: Paise | None = None,
    actor: User | None = None,
    approver: User | None = None,
) -> CartLine:
    """Price one line. A discount or a price below MRP needs a manager; above MRP is illegal.

    Raises InvalidInput, NotAllowed or ApprovalRequired.
    """
    validate_qty(qty)
    unit = item.mrp_paise if unit_price_paise is None else unit_price_paise
    if unit > item.mrp_paise:
        raise NotAllowed(
            f"{item.name_en}: {format_rupees(unit)} is above the MRP of "
            f"{format_rupees(item.mrp_paise)}; selling above MRP is illegal"
        )
    if unit <= 0:
        raise InvalidInput("a unit price must be more than zero")
    if discount_paise < 0:
        raise InvalidInput("a discount cannot be negative")
    if discount_paise >= unit * qty and discount_paise > 0:
        raise NotAllowed(f"{item.name_en}: the discount is not less than the line amount")
    approver_id = None
    if discount_paise or unit < item.mrp_paise:
        if actor is None:
            raise NotAllowed("a discount or price override needs the acting cashier")
        approver_id = require_approver(actor, approver, phrase("a discount or price override")).id
    gross = unit * qty - discount_paise
    taxable, cgst, sgst = taxes_for(gross, item.rate_bp, doc_mode)
    return CartLine(item, qty, unit, discount_paise, gross, taxable, cgst, sgst, approver_id)


def make_bill(lines: list[CartLine] | tuple[CartLine, ...]) -> Bill:
    gross = sum(line.gross_paise for line in lines)
    rounded = round_bill(gross)
    return Bill(
        lines=tuple(lines),
        gross_paise=gross,
        discount_paise=sum(line.discount_paise for line in lines),
        taxable_paise=sum(line.taxable_paise for line in lines),
        cgst_paise=sum(line.cgst_paise for line in lines),
        sgst_paise=sum(line.sgst_paise for line in lines),
        round_off_paise=rounded.round_off,
        total_paise=rounded.total,
    )


def settle_tenders(total: Paise, tenders: list[Tender]) -> tuple[Payment, ...]:
    """Turn tenders into payments with change; only cash gives change.

    Raises InvalidInput for a tender below the total, a non-cash overpayment or a bad amount.
    """
    for tender in tenders:
        if tender.method not in METHODS:
            raise InvalidInput(f"unknown tender {tender.method!r}: use cash, upi or card")
        if tender.amount_paise <= 0:
            raise InvalidInput(f"{tender.method} amount must be more than zero")
    cash = sum(t.amount_paise for t in tenders if t.method == "cash")
    other = sum(t.amount_paise for t in tenders if t.method != "cash")
    if cash + other < total:
        raise InvalidInput(
            f"tendered {format_rupees(cash + other)} is below the total {format_rupees(total)}"
            f" ({format_rupees(total - cash - other)} short)"
        )
    if other > total:
        raise InvalidInput(
            f"UPI and card come to {format_rupees(other)}, more than the total "
            f"{format_rupees(total)}: only cash gives change"
        )
    change = cash + other - total
    payments: list[Payment] = []
    if cash:
        payments.append(Payment("cash", cash - change, cash, change, None))
    for tender in tenders:
        if tender.method != "cash":
            ref = (tender.reference or "").strip() or None
            payments.append(
                Payment(tender.method, tender.amount_paise, tender.amount_paise, 0, ref)
            )
    return tuple(payments)


# ---------------------------------------------------------------- committing


def _require_shift(ledger: Ledger) -> int:
    shift_id = sales_q.open_shift_id(ledger.db)
    if shift_id is None:
        raise NotAllowed("no shift is open: open a shift first (pos shift open)")
    return shift_id


def _receipt_no(ledger: Ledger, kind: str, moment: datetime) -> tuple[str, str, str, int]:
    if identity_q.restored_at(ledger.db) is not None:  # pos.sync.restore.catchup clears it
        raise NotAllowed(
            "this till was restored from a backup: it must catch up with the district before "
            "it issues a receipt (connect to the network and sync: pos sync --once)"
        )
    fy = clock.financial_year(clock.local(moment).date())
    series = "S" if kind == "sale" else "R"
    seq = sales_q.next_receipt_seq(ledger.db, series, fy)
    short = ledger.device.short_code
    prefix = f"{short}-{fy}-" if kind == "sale" else f"{short}-R{fy}-"
    width = 16 - len(prefix)
    if len(str(seq)) > width:
        raise NotAllowed(f"the {kind} receipt series for {fy} is full on this device")
    return f"{prefix}{seq:0{width}d}", series, fy, seq


def _allocate(ledger: Ledger, item: Item, qty: int) -> list[tuple[int | None, int, int]]:
    """(lot_id, shg_id, qty) drawn first-in first-out; beyond stock goes to the default SHG."""
    out: list[tuple[int | None, int, int]] = []
    left = qty
    for lot_id, shg_id, on_hand in sales_q.lots_for_sale(ledger.db, item.product_id):
        take = min(left, on_hand)
        out.append((lot_id, shg_id, take))
        left -= take
        if left == 0:
            break
    if left:
        out.append((None, item.default_shg_id, left))
    return out


def complete_sale(
    ledger: Ledger,
    lines: list[CartLine] | tuple[CartLine, ...],
    tenders: list[Tender],
    cashier: User,
    *,
    moment: datetime | None = None,
    sale_uuid: str | None = None,
    drawn_lots: dict[int, list[tuple[int | None, int, int]]] | None = None,
) -> SaleRecord:
    """Commit a sale in one transaction and return it as stored.

    ``drawn_lots`` gives, per line number (1-based), the (lot_id, shg_id, qty) already drawn
    for it (a home-delivery order packed earlier, pos/selling/orders.py); other lines draw first-in
    first-out. Raises InvalidInput (empty cart, short tender), NotAllowed (no open shift),
    ClockBehind, StorageError (read-only or full disk: nothing is written).
    """
    if not lines:
        raise InvalidInput("the cart is empty")
    bill = make_bill(lines)
    payments = settle_tenders(bill.total_paise, tenders)
    moment = moment or clock.now_utc()
    db = ledger.db
    with transaction(db):
        head = journal.check_clock(db, moment)
        shift_id = _require_shift(ledger)
        receipt_no, series, fy, seq = _receipt_no(ledger, "sale", moment)
        sale_row = {
            "uuid": sale_uuid or journal.new_uuid(),
            "receipt_no": receipt_no,
            "series": series,
            "fy": fy,
            "receipt_seq": seq,
            "kind": "sale",
            "original_sale_id": None,
            "is_void": 0,
            "shift_id": shift_id,
            "cashier_id": cashier.id,
            "approver_id": None,
            "reason": None,
            "doc_mode": ledger.outlet.doc_mode,
            "created_at": clock.to_iso(moment),
            "business_date": clock.business_date(moment),
            "gross_paise": bill.gross_paise,
            "discount_paise": bill.discount_paise,
            "taxable_paise": bill.taxable_paise,
            "cgst_paise": bill.cgst_paise,
            "sgst_paise": bill.sgst_paise,
            "round_off_paise": bill.round_off_paise,
            "total_paise": bill.total_paise,
            "event_seq": head.seq + 1,
        }
        sale_id = sales_q.insert_sale(db, sale_row)
        line_rows = []
        for line_no, line in enumerate(bill.lines, start=1):
            item = line.item
            line_row = {
                "sale_id": sale_id,
                "line_no": line_no,
                "product_id": item.product_id,
                "sku": item.sku,
                "name_en": item.name_en,
                "name_hi": item.name_hi,
                "category": item.category,
                "hsn": item.hsn,
                "qty": line.qty,
                "mrp_paise": item.mrp_paise,
                "unit_price_paise": line.unit_price_paise,
                "price_id": item.price_id,
                "discount_paise": line.discount_paise,
                "gross_paise": line.gross_paise,
                "rate_bp": item.rate_bp,
                "taxable_paise": line.taxable_paise,
                "cgst_paise": line.cgst_paise,
                "sgst_paise": line.sgst_paise,
                "override_approver_id": line.approver_id,
                "original_line_id": None,
            }
            line_id = sales_q.insert_line(db, line_row)
            allocations = []
            drawn = (drawn_lots or {}).get(line_no) or _allocate(ledger, item, line.qty)
            for lot_id, shg_id, qty in drawn:
                allocations.append(
                    _write_allocation(
                        ledger, line_id, item.product_id, lot_id, shg_id, -qty, "sale", sale_row
                    )
                )
            line_rows.append((line_row, allocations))
        for payment in payments:
            sales_q.insert_payment(db, {"sale_id": sale_id, **payment.__dict__})
        data = sale_payload(sale_row, None, line_rows, [p.__dict__ for p in payments])
        journal.append(db, ledger.device.id, SALE_EVENT, data, moment=moment, current=head)
        cash = any(p.method == "cash" for p in payments)
        print_queue.queue_if_printer(ledger, receipt_no, cash=cash, moment=moment)
    return get_sale(ledger, receipt_no)


def _write_allocation(
    ledger: Ledger,
    line_id: int,
    product_id: int,
    lot_id: int | None,
    shg_id: int,
    signed_qty: int,
    kind: str,
    sale_row: dict[str, Any],
) -> dict[str, Any]:
    db = ledger.db
    allocation = {
        "sale_line_id": line_id,
        "lot_id": lot_id,
        "shg_id": shg_id,
        "qty": abs(signed_qty),
        "beyond_stock": int(lot_id is None),
    }
    sales_q.insert_allocation(db, allocation)
    sales_q.insert_stock_move(
        db,
        {
            "product_id": product_id,
            "lot_id": lot_id,
            "shg_id": shg_id,
            "qty": signed_qty,
            "kind": kind,
            "sale_line_id": line_id,
            "reason": None,
            "created_at": sale_row["created_at"],
            "business_date": sale_row["business_date"],
            "event_seq": sale_row["event_seq"],
        },
    )
    if lot_id is not None:
        sales_q.adjust_lot_balance(db, lot_id, signed_qty)
    return {**allocation, "shg_code": _shg_code(ledger, shg_id)}


def _shg_code(ledger: Ledger, shg_id: int) -> str:
    codes: dict[int, str] = ledger.cache.setdefault("shg_codes", {})
    if shg_id not in codes:
        from pos.db.backoffice import catalog_q

        row = catalog_q.shg_by_id(ledger.db, shg_id)
        codes[shg_id] = row["code"] if row else str(shg_id)
    return codes[shg_id]


def sale_payload(
    sale_row: dict[str, Any],
    original_receipt_no: str | None,
    line_rows: list[tuple[dict[str, Any], list[dict[str, Any]]]],
    payments: list[dict[str, Any]],
    original_line_nos: dict[int, int | None] | None = None,
) -> dict[str, Any]:
    """The journal payload of a sale or return, built from its rows (also used by verify)."""
    lines = []
    for line_row, allocations in line_rows:
        line = {key: line_row[key] for key in LINE_FIELDS}
        line["original_line_no"] = (original_line_nos or {}).get(line_row["line_no"])
        line["allocations"] = [
            {
                "lot_id": a["lot_id"],
                "shg_code": a["shg_code"],
                "qty": a["qty"],
                "beyond_stock": a["beyond_stock"],
            }
            for a in allocations
        ]
        lines.append(line)
    return {
        "sale": {key: sale_row[key] for key in SALE_FIELDS},
        "original_receipt_no": original_receipt_no,
        "lines": lines,
        "payments": [{key: p[key] for key in PAYMENT_FIELDS} for p in payments],
    }


# ---------------------------------------------------------------- reading


def get_sale(ledger: Ledger, receipt_no: str) -> SaleRecord:
    row = sales_q.sale_by_receipt(ledger.db, receipt_no.strip().upper())
    if row is None:
        raise NotFound(f"no receipt {receipt_no!r} in this outlet's ledger")
    return _record(ledger, row)


def _record(ledger: Ledger, row: dict[str, Any]) -> SaleRecord:
    db = ledger.db
    payments = tuple(
        Payment(
            p["method"], p["amount_paise"], p["tendered_paise"], p["change_paise"], p["reference"]
        )
        for p in sales_q.payments_of(db, row["id"])
    )
    return SaleRecord(
        id=row["id"],
        uuid=row["uuid"],
        receipt_no=row["receipt_no"],
        kind=row["kind"],
        is_void=bool(row["is_void"]),
        original_receipt_no=sales_q.receipt_of(db, row["original_sale_id"]),
        shift_id=row["shift_id"],
        cashier_id=row["cashier_id"],
        approver_id=row["approver_id"],
        reason=row["reason"],
        doc_mode=row["doc_mode"],
        created_at=row["created_at"],
        business_date=row["business_date"],
        gross_paise=row["gross_paise"],
        discount_paise=row["discount_paise"],
        taxable_paise=row["taxable_paise"],
        cgst_paise=row["cgst_paise"],
        sgst_paise=row["sgst_paise"],
        round_off_paise=row["round_off_paise"],
        total_paise=row["total_paise"],
        lines=tuple(sales_q.lines_of(db, row["id"])),
        payments=payments,
        event_seq=row["event_seq"],
    )


def last_receipt_no(ledger: Ledger) -> str | None:
    return sales_q.last_sale_receipt(ledger.db)


# ---------------------------------------------------------------- returns and voids


@dataclass(frozen=True)
class ReturnLine:
    line_no: int
    qty: int


def returnable(ledger: Ledger, receipt_no: str) -> dict[int, int]:
    """Per line number of a sale: how many units can still be returned."""
    sale = get_sale(ledger, receipt_no)
    if sale.kind != "sale":
        raise NotAllowed(f"{sale.receipt_no} is a return, not a sale")
    done = sales_q.returned_qty_by_line(ledger.db, sale.id)
    return {
        line["line_no"]: line["qty"] - done.get(line["id"], {}).get("qty", 0) for line in sale.lines
    }


def return_sale(
    ledger: Ledger,
    receipt_no: str,
    items: list[ReturnLine] | None,
    *,
    cashier: User,
    approver: User | None,
    refund_method: str = "cash",
    reference: str | None = None,
    reason: str = "",
    void: bool = False,
    moment: datetime | None = None,
) -> SaleRecord:
    """Return some or all of a sale (``items`` None = everything still returnable).

    Valued by ``pos.selling.refunds``: each line's part on the cumulative quantity returned, the
    refund on the cumulative gross rounded to the rupee less what was refunded before, so the
    returns of a sale add up to what was paid and the taxes to what was charged. A cash refund
    larger than the drawer holds is refused (refund by UPI). Needs a manager's approval. Raises
    NotFound, NotAllowed, ApprovalRequired, InvalidInput (a line named twice, a bad quantity).
    """
    what = phrase("voiding a sale") if void else phrase("a return")
    approved_by = require_approver(cashier, approver, what)
    if refund_method not in REFUND_METHODS:
        raise InvalidInput("refunds are paid in cash or by UPI")
    if void and not reason.strip():
        raise InvalidInput("a void needs a reason")
    original = get_sale(ledger, receipt_no)
    if original.kind != "sale":
        raise NotAllowed(f"{original.receipt_no} is itself a return")
    if identity_q.imported_return_of(ledger.db, original.receipt_no):  # pos.sync.restore.catchup
        raise NotAllowed(
            f"{original.receipt_no} already has a return made before this till was restored "
            "(held at the district): return it at the district office"
        )
    moment = moment or clock.now_utc()
    db = ledger.db
    with transaction(db):
        refund = _value_return(ledger, original, items, void)
        if refund_method == "cash":
            _require_cash_for(ledger, refund.total_paise)
        head = journal.check_clock(db, moment)
        shift_id = _require_shift(ledger)
        receipt, series, fy, seq = _receipt_no(ledger, "return", moment)
        sale_row = {
            "uuid": journal.new_uuid(),
            "receipt_no": receipt,
            "series": series,
            "fy": fy,
            "receipt_seq": seq,
            "kind": "return",
            "original_sale_id": original.id,
            "is_void": int(void),
            "shift_id": shift_id,
            "cashier_id": cashier.id,
            "approver_id": approved_by.id,
            "reason": reason.strip() or None,
            "doc_mode": original.doc_mode,
            "created_at": clock.to_iso(moment),
            "business_date": clock.business_date(moment),
            "gross_paise": refund.gross_paise,
            "discount_paise": refund.discount_paise,
            "taxable_paise": refund.taxable_paise,
            "cgst_paise": refund.cgst_paise,
            "sgst_paise": refund.sgst_paise,
            "round_off_paise": refund.round_off_paise,
            "total_paise": refund.total_paise,
            "event_seq": head.seq + 1,
        }
        return_id = sales_q.insert_sale(db, sale_row)
        line_rows = []
        original_line_nos: dict[int, int | None] = {}
        by_no = {line["line_no"]: line for line in original.lines}
        for new_no, (original_no, part) in enumerate(refund.lines, 1):
            line, qty = by_no[original_no], part.qty
            line_row = {
                **{k: line[k] for k in LINE_FIELDS},
                "sale_id": return_id,
                "line_no": new_no,
                "qty": qty,
                "discount_paise": part.discount_paise,
                "gross_paise": part.gross_paise,
                "taxable_paise": part.taxable_paise,
                "cgst_paise": part.cgst_paise,
                "sgst_paise": part.sgst_paise,
                "original_line_id": line["id"],
            }
            original_line_nos[new_no] = line["line_no"]
            line_id = sales_q.insert_line(db, line_row)
            allocations = [
                _write_allocation(
                    ledger, line_id, line["product_id"], lot_id, shg_id, back, "return", sale_row
                )
                for lot_id, shg_id, back in _restock_plan(ledger, line["id"], qty)
            ]
            line_rows.append((line_row, allocations))
        payment = {
            "method": refund_method,
            "amount_paise": refund.total_paise,
            "tendered_paise": refund.total_paise,
            "change_paise": 0,
            "reference": (reference or "").strip() or None,
        }
        sales_q.insert_payment(db, {"sale_id": return_id, **payment})
        data = sale_payload(sale_row, original.receipt_no, line_rows, [payment], original_line_nos)
        journal.append(db, ledger.device.id, RETURN_EVENT, data, moment=moment, current=head)
        cash = refund_method == "cash" and refund.total_paise > 0
        print_queue.queue_if_printer(ledger, receipt, cash=cash, moment=moment)
    return get_sale(ledger, receipt)


def quote_return(ledger: Ledger, receipt_no: str, items: list[ReturnLine] | None) -> refunds.Refund:
    """What a return of ``items`` (None = all that is left) would refund, writing nothing: for
    a screen that shows the refund before the manager approves. Raises as ``return_sale``."""
    original = get_sale(ledger, receipt_no)
    if original.kind != "sale":
        raise NotAllowed(f"{original.receipt_no} is itself a return")
    return _value_return(ledger, original, items, False)


def _value_return(
    ledger: Ledger, original: SaleRecord, items: list[ReturnLine] | None, void: bool
) -> refunds.Refund:
    """Check what is to be returned against what is returnable and value it (pos.selling.refunds).

    Raises NotFound (no such line), InvalidInput (a bad quantity, a line named twice),
    NotAllowed (more than is left, nothing left, a void after returns)."""
    db = ledger.db
    done = sales_q.returned_qty_by_line(db, original.id)
    by_no = {line["line_no"]: line for line in original.lines}
    returned = {
        no: refunds.Share(*(done[line["id"]][k] for k in _SHARE_KEYS))
        for no, line in by_no.items()
        if line["id"] in done
    }
    left = {no: line["qty"] - returned.get(no, refunds.NOTHING).qty for no, line in by_no.items()}
    if items is None:
        wanted = {no: q for no, q in left.items() if q > 0}
        if not wanted:
            raise NotAllowed(f"everything on {original.receipt_no} was already returned")
    else:
        wanted = {}
        for item in items:
            if item.line_no not in by_no:
                raise NotFound(f"{original.receipt_no} has no line {item.line_no}")
            if item.line_no in wanted:
                raise InvalidInput(
                    f"line {item.line_no} is named twice: give each line once with the "
                    "quantity to return"
                )
            wanted[item.line_no] = validate_qty(item.qty)
    if void and returned:
        raise NotAllowed(
            f"{original.receipt_no} already has returns; return the rest instead of voiding"
        )
    for line_no, qty in wanted.items():
        if qty > left[line_no]:
            line = by_no[line_no]
            raise NotAllowed(
                f"line {line_no} ({line['name_en']}): {qty} to return but only "
                f"{left[line_no]} of {line['qty']} sold remain returnable"
            )
    before_gross, before_refunded = sales_q.returned_totals(db, original.id)
    return refunds.plan_refund(
        by_no,
        returned,
        wanted,
        returned_gross_paise=before_gross,
        refunded_paise=before_refunded,
        doc_mode=original.doc_mode,
    )


_SHARE_KEYS = ("qty", "gross", "taxable", "cgst", "sgst", "discount")


def _require_cash_for(ledger: Ledger, refund_paise: Paise) -> None:
    """Refuse a cash refund larger than the cash the open shift's drawer should hold
    (``pos.selling.shifts.cash_figures``). Raises DrawerShort."""
    from pos.selling import shifts

    shift = shifts.current_shift(ledger)
    if shift is None:  # _require_shift refuses it with the usual words
        return
    in_drawer = shifts.cash_figures(ledger, shift).expected_paise
    if refund_paise > in_drawer:
        raise DrawerShort(
            f"a cash refund of {format_rupees(refund_paise)} is more than the drawer holds "
            f"({format_rupees(in_drawer)}): refund by UPI instead",
            in_drawer,
        )


def _restock_plan(
    ledger: Ledger, original_line_id: int, qty: int
) -> list[tuple[int | None, int, int]]:
    """Put returned units back into the lots they came from, last allocated first."""
    allocations = sales_q.allocations_of_line(ledger.db, original_line_id)
    already = sales_q.returned_by_lot(ledger.db, original_line_id)
    plan: list[tuple[int | None, int, int]] = []
    left = qty
    for allocation in reversed(allocations):
        lot_id = allocation["lot_id"]
        room = allocation["qty"] - already.get(lot_id, 0)
        if room <= 0:
            already[lot_id] = already.get(lot_id, 0) - allocation["qty"]
            continue
        take = min(left, room)
        plan.append((lot_id, allocation["shg_id"], take))
        already[lot_id] = already.get(lot_id, 0) + take - allocation["qty"]
        left -= take
        if left == 0:
            break
    if left:  # cannot happen when quantities were checked; keep the ledger whole anyway
        raise NotAllowed("the returned quantity exceeds what was allocated to lots")
    return plan


def void_sale(
    ledger: Ledger,
    receipt_no: str,
    *,
    cashier: User,
    approver: User | None,
    reason: str,
    refund_method: str = "cash",
    reference: str | None = None,
    moment: datetime | None = None,
) -> SaleRecord:
    """Void a completed sale: a full return with a manager's approval and a reason."""
    return return_sale(
        ledger,
        receipt_no,
        None,
        cashier=cashier,
        approver=approver,
        refund_method=refund_method,
        reference=reference,
        reason=reason,
        void=True,
        moment=moment,
    )


def record_removed_line(
    ledger: Ledger,
    cart_id: str,
    item: Item,
    qty: int,
    unit_price_paise: Paise,
    cashier: User,
    *,
    moment: datetime | None = None,
) -> int:
    """Record a line scanned into a cart and removed before payment (the Z counts them)."""
    validate_qty(qty)
    moment = moment or clock.now_utc()
    db = ledger.db
    with transaction(db):
        head = journal.check_clock(db, moment)
        row = {
            "cart_id": cart_id,
            "shift_id": sales_q.open_shift_id(db),
            "cashier_id": cashier.id,
            "product_id": item.product_id,
            "qty": qty,
            "unit_price_paise": unit_price_paise,
            "value_paise": qty * unit_price_paise,
            "removed_at": clock.to_iso(moment),
            "event_seq": head.seq + 1,
        }
        row_id = sales_q.insert_removed_line(db, row)
        journal.append(
            db,
            ledger.device.id,
            "line_removed",
            {**{k: v for k, v in row.items() if k != "event_seq"}, "sku": item.sku},
            moment=moment,
            current=head,
        )
    return row_id
