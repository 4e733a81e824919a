"""Shifts: a state machine open -> closed, each transition one function and one journal event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pos import clock, journal
from pos.db import shifts_q
from pos.db.connection import transaction
from pos.errors import InvalidInput, NotAllowed
from pos.ledger import Ledger
from pos.money import Paise
from pos.users import User


@dataclass(frozen=True)
class Shift:
    id: int
    cashier_id: int
    opened_at: str
    business_date: str
    opening_float_paise: Paise
    closed_at: str | None
    z_number: int | None


def _shift(row: dict[str, Any]) -> Shift:
    return Shift(
        id=row["id"],
        cashier_id=row["cashier_id"],
        opened_at=row["opened_at"],
        business_date=row["business_date"],
        opening_float_paise=row["opening_float_paise"],
        closed_at=row["closed_at"],
        z_number=row["z_number"],
    )


def current_shift(ledger: Ledger) -> Shift | None:
    row = shifts_q.open_shift_row(ledger.db)
    return None if row is None else _shift(row)


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
    opened = shifts_q.shift_by_id(db, shift_id)
    assert opened is not None
    return _shift(opened)
