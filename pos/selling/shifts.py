"""Shifts: a state machine open -> closed, each transition one function and one journal event.

Cash in the drawer is accounted for by one pure function, ``expected_cash``, which the X and
the Z figures both use: float + cash sales - cash refunds + paid in - paid out - drops. Cash
sales are counted net of the change given (a payment's amount, not what was tendered).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pos import clock
from pos.amounts.money import Paise, format_rupees
from pos.db.connection import transaction
from pos.db.selling import shifts_q
from pos.errors import InvalidInput, NotAllowed, NotFound, phrase
from pos.outlet import config
from pos.outlet.users import User, require_approver
from pos.records import journal
from pos.records.ledger import Ledger

# Notes ₹500 … ₹10 and coins ₹5 … ₹1 (₹20 and ₹10 come as notes and coins: count them together).
DENOMINATIONS_PAISE = (50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100)
CASH_KINDS = ("paid_in", "paid_out", "drop", "no_sale")
MAX_COUNT = 100_000  # of one denomination: beyond this is a typo


@dataclass(frozen=True)
class Shift:
    id: int
    cashier_id: int
    opened_at: str
    business_date: str
    opening_float_paise: Paise
    closed_at: str | None
    z_number: int | None
    counted: tuple[tuple[int, int], ...] = ()
    counted_paise: Paise | None = None
    expected_paise: Paise | None = None
    variance_paise: Paise | None = None
    variance_reason: str | None = None
    approver_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class CashMovement:
    id: int
    shift_id: int
    kind: str
    amount_paise: Paise
    reason: str
    user_id: int
    approver_id: int | None
    created_at: str


@dataclass(frozen=True)
class CashFigures:
    """What went in and out of a shift's drawer, and the cash that should be in it."""

    opening_float_paise: Paise
    cash_sales_paise: Paise
    cash_refunds_paise: Paise
    paid_in_paise: Paise
    paid_out_paise: Paise
    drops_paise: Paise
    expected_paise: Paise


@dataclass(frozen=True)
class CloseFigures:
    expected_paise: Paise
    counted_paise: Paise
    variance_paise: Paise
    needs_reason: bool
    needs_approval: bool


def expected_cash(
    *,
    opening_float_paise: Paise,
    cash_sales_paise: Paise,
    cash_refunds_paise: Paise,
    paid_in_paise: Paise,
    paid_out_paise: Paise,
    drops_paise: Paise,
) -> Paise:
    """The cash that should be in the drawer. Cash sales are net of change given."""
    return (
        opening_float_paise
        + cash_sales_paise
        - cash_refunds_paise
        + paid_in_paise
        - paid_out_paise
        - drops_paise
    )


def _shift(row: dict[str, Any]) -> Shift:
    counted: tuple[tuple[int, int], ...] = ()
    if row.get("counted_json"):
        parsed = json.loads(row["counted_json"])
        counted = tuple(sorted(((int(k), int(v)) for k, v in parsed.items()), reverse=True))
    return Shift(
        id=row["id"],
        cashier_id=row["cashier_id"],
        opened_at=row["opened_at"],
        business_date=row["business_date"],
        opening_float_paise=row["opening_float_paise"],
        closed_at=row["closed_at"],
        z_number=row["z_number"],
        counted=counted,
        counted_paise=row.get("counted_paise"),
        expected_paise=row.get("expected_paise"),
        variance_paise=row.get("variance_paise"),
        variance_reason=row.get("variance_reason"),
        approver_id=row.get("approver_id"),
    )


def current_shift(ledger: Ledger) -> Shift | None:
    row = shifts_q.open_shift_row(ledger.db)
    return None if row is None else _shift(row)


def get_shift(ledger: Ledger, shift_id: int) -> Shift:
    row = shifts_q.shift_by_id(ledger.db, shift_id)
    if row is None:
        raise NotFound(f"no shift #{shift_id}")
    return _shift(row)


def shift_by_z(ledger: Ledger, z_number: int) -> Shift:
    row = shifts_q.shift_by_z(ledger.db, z_number)
    if row is None:
        raise NotFound(f"no Z number {z_number}: that shift was never closed on this till")
    return _shift(row)


def last_closed_shift(ledger: Ledger) -> Shift | None:
    row = shifts_q.last_closed_shift(ledger.db)
    return None if row is None else _shift(row)


def _require_open(ledger: Ledger) -> Shift:
    shift = current_shift(ledger)
    if shift is None:
        raise NotAllowed("no shift is open: open a shift first (pos shift open)")
    return shift


def suggested_float(ledger: Ledger) -> Paise:
    """The cash left in the drawer at the last close (counted minus nothing taken out)."""
    row = shifts_q.last_closed_shift(ledger.db)
    if row is None or row["counted_paise"] is None:
        return 0
    return int(row["counted_paise"])


def open_shift(
    ledger: Ledger, cashier: User, opening_float_paise: Paise, *, moment: datetime | None = None
) -> Shift:
    """Open a shift with a cash float. Raises NotAllowed when one is already open."""
    if opening_float_paise < 0:
        raise InvalidInput("the opening float cannot be negative")
    moment = moment or clock.now_utc()
    db = ledger.db
    with transaction(db):
        if shifts_q.open_shift_row(db) is not None:
            raise NotAllowed("a shift is already open; close it first")
        head = journal.check_clock(db, moment)
        row = {
            "cashier_id": cashier.id,
            "opened_at": clock.to_iso(moment),
            "business_date": clock.business_date(moment),
            "opening_float_paise": opening_float_paise,
        }
        shift_id = shifts_q.insert_shift(db, row)
        journal.append(
            db,
            ledger.device.id,
            "shift_opened",
            {"shift_id": shift_id, **row},
            moment=moment,
            current=head,
        )
    return get_shift(ledger, shift_id)


# ---------------------------------------------------------------- cash in the drawer


def cash_figures(ledger: Ledger, shift: Shift) -> CashFigures:
    """The drawer's figures for a shift, open or closed (X and Z both use this)."""
    tenders = shifts_q.cash_tender_totals(ledger.db, shift.id)
    moves = shifts_q.cash_movement_totals(ledger.db, shift.id)
    parts = {
        "opening_float_paise": shift.opening_float_paise,
        "cash_sales_paise": tenders.get("sale", 0),
        "cash_refunds_paise": tenders.get("return", 0),
        "paid_in_paise": moves.get("paid_in", 0),
        "paid_out_paise": moves.get("paid_out", 0),
        "drops_paise": moves.get("drop", 0),
    }
    return CashFigures(**parts, expected_paise=expected_cash(**parts))


def cash_movement(
    ledger: Ledger,
    kind: str,
    amount_paise: Paise,
    reason: str,
    *,
    user: User,
    approver: User | None = None,
    moment: datetime | None = None,
) -> CashMovement:
    """Record paid in, paid out, a cash drop or a no-sale drawer opening in the open shift.

    Every movement needs a reason; a no-sale moves no cash and needs a manager's approval;
    a paid out takes the outlet's cash away from the SHGs' takings, so it needs a manager's
    approval too (a manager acting approves it); paying out or dropping more than the drawer
    holds is refused.
    Raises InvalidInput, NotAllowed, ApprovalRequired.
    """
    if kind not in CASH_KINDS:
        raise InvalidInput(f"unknown cash movement {kind!r}: use {', '.join(CASH_KINDS)}")
    if isinstance(amount_paise, bool) or not isinstance(amount_paise, int):
        raise InvalidInput(f"an amount must be whole paise, not {amount_paise!r}")
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(f"a {kind.replace('_', ' ')} needs a reason")
    approver_id: int | None = None
    if kind == "no_sale":
        if amount_paise != 0:
            raise InvalidInput("a no-sale drawer opening moves no cash: leave the amount out")
        approver_id = require_approver(user, approver, phrase("a no-sale drawer opening")).id
    elif amount_paise <= 0:
        raise InvalidInput(f"a {kind.replace('_', ' ')} must be more than zero")
    elif kind == "paid_out":
        approver_id = require_approver(user, approver, phrase("a paid out")).id
    elif approver is not None:
        approver_id = approver.id
    moment = moment or clock.now_utc()
    db = ledger.db
    with transaction(db):
        shift = _require_open(ledger)
        if kind in ("paid_out", "drop"):
            in_drawer = cash_figures(ledger, shift).expected_paise
            if amount_paise > in_drawer:
                what = "drop" if kind == "drop" else "pay out"
                raise NotAllowed(
                    f"cannot {what} {format_rupees(amount_paise)}: the drawer should hold only "
                    f"{format_rupees(in_drawer)}"
                )
        head = journal.check_clock(db, moment)
        row: dict[str, Any] = {
            "shift_id": shift.id,
            "kind": kind,
            "amount_paise": amount_paise,
            "reason": reason,
            "user_id": user.id,
            "approver_id": approver_id,
            "created_at": clock.to_iso(moment),
        }
        movement_id = shifts_q.insert_cash_movement(db, row)
        journal.append(
            db,
            ledger.device.id,
            "cash_movement",
            {"movement_id": movement_id, **row},
            moment=moment,
            current=head,
        )
    return CashMovement(id=movement_id, **row)


def cash_movements(ledger: Ledger, shift_id: int) -> list[CashMovement]:
    return [
        CashMovement(
            id=r["id"],
            shift_id=r["shift_id"],
            kind=r["kind"],
            amount_paise=r["amount_paise"],
            reason=r["reason"],
            user_id=r["user_id"],
            approver_id=r["approver_id"],
            created_at=r["created_at"],
        )
        for r in shifts_q.cash_movements_of(ledger.db, shift_id)
    ]


# ---------------------------------------------------------------- closing


def counted_total(counted: dict[int, int]) -> Paise:
    """The value of a count by denomination. Raises InvalidInput for a bad denomination or
    a negative or absurd count."""
    total = 0
    for denomination, count in counted.items():
        if denomination not in DENOMINATIONS_PAISE:
            known = ", ".join(format_rupees(d) for d in DENOMINATIONS_PAISE)
            raise InvalidInput(f"{denomination} paise is not a denomination we count ({known})")
        if isinstance(count, bool) or not isinstance(count, int):
            raise InvalidInput(f"the count of {format_rupees(denomination)} must be a whole number")
        if count < 0:
            raise InvalidInput(
                f"the count of {format_rupees(denomination)} cannot be negative ({count})"
            )
        if count > MAX_COUNT:
            raise InvalidInput(f"{count} × {format_rupees(denomination)} is too many: a typo?")
        total += denomination * count
    return total


def variance_threshold(ledger: Ledger) -> Paise:
    return max(0, config.get_int(ledger, "variance_threshold_paise"))


def count_variance(ledger: Ledger, counted: dict[int, int]) -> CloseFigures:
    """Expected cash and the variance of a blind count of the open shift's drawer.

    Call it only after the count was entered: the counter must not see the expected amount
    first. Raises InvalidInput for a bad count, NotAllowed when no shift is open.
    """
    counted_paise = counted_total(counted)
    shift = _require_open(ledger)
    expected = cash_figures(ledger, shift).expected_paise
    variance = counted_paise - expected
    return CloseFigures(
        expected_paise=expected,
        counted_paise=counted_paise,
        variance_paise=variance,
        needs_reason=variance != 0,
        needs_approval=abs(variance) > variance_threshold(ledger),
    )


def require_shift_to_close(ledger: Ledger) -> Shift:
    """The open shift; NotAllowed naming the last Z when there is none (already closed)."""
    shift = current_shift(ledger)
    if shift is None:
        last = last_closed_shift(ledger)
        detail = f": the last shift was already closed with Z {last.z_number}" if last else ""
        raise NotAllowed(f"there is no open shift to close{detail}")
    return shift


def close_shift(
    ledger: Ledger,
    counted: dict[int, int],
    *,
    user: User,
    approver: User | None = None,
    reason: str = "",
    moment: datetime | None = None,
) -> Shift:
    """Close the open shift with a blind cash count by denomination and give it a Z number.

    A non-zero variance needs a reason; one above the outlet's threshold
    (setting ``variance_threshold_paise``) needs a manager. Raises InvalidInput,
    NotAllowed (no open shift), ApprovalRequired. Nothing is written when refused.
    """
    reason = (reason or "").strip()
    moment = moment or clock.now_utc()
    db = ledger.db
    with transaction(db):
        require_shift_to_close(ledger)
        figures = count_variance(ledger, counted)
        shift = _require_open(ledger)
        if figures.needs_reason and not reason:
            short = "over" if figures.variance_paise > 0 else "short"
            raise InvalidInput(
                f"the drawer is {format_rupees(abs(figures.variance_paise))} {short}: "
                "give a reason for the variance"
            )
        approver_id: int | None = None
        if figures.needs_approval:
            approver_id = require_approver(
                user,
                approver,
                f"a cash variance of {format_rupees(figures.variance_paise)} (above "
                f"{format_rupees(variance_threshold(ledger))})",
            ).id
        head = journal.check_clock(db, moment)
        cash = cash_figures(ledger, shift)
        z_number = shifts_q.next_z_number(db)
        counts = {str(d): c for d, c in sorted(counted.items(), reverse=True) if c}
        changes = {
            "closed_at": clock.to_iso(moment),
            "counted_json": json.dumps(counts, sort_keys=True),
            "counted_paise": figures.counted_paise,
            "expected_paise": figures.expected_paise,
            "variance_paise": figures.variance_paise,
            "variance_reason": reason or None,
            "approver_id": approver_id,
            "z_number": z_number,
        }
        if shifts_q.close_shift_row(db, shift.id, changes) != 1:
            raise NotAllowed("the shift was closed meanwhile")
        journal.append(
            db,
            ledger.device.id,
            "shift_closed",
            {
                "shift_id": shift.id,
                "closed_by": user.id,
                **{k: v for k, v in changes.items() if k != "counted_json"},
                "counted": counts,
                "cash": {k: v for k, v in cash.__dict__.items()},
            },
            moment=moment,
            current=head,
        )
    return get_shift(ledger, shift.id)
