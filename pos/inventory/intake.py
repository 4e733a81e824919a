"""A delivery from an SHG as one document: one SHG, one received date, many lines.

Every line is checked before anything is written; then all lots are received in one
transaction, so a delivery is taken in whole or not at all. The journal gets one
``stock_received`` event per lot (a lot is what a later sale, return or statement points at,
and the district already reads those events), all with the same ``received_on``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pos import clock
from pos.amounts.money import Paise
from pos.db.backoffice import catalog_q
from pos.db.connection import transaction
from pos.errors import InvalidInput, NotFound, PosError
from pos.inventory.stock import Lot, parse_date, receive_lot
from pos.outlet.users import User
from pos.records.ledger import Ledger


@dataclass(frozen=True)
class IntakeLine:
    sku: str
    qty: int
    shg_price_paise: Paise | None = None
    expiry: str | None = None  # YYYY-MM-DD


@dataclass(frozen=True)
class IntakeSlip:
    """What was taken in: the SHG signs the slip printed from it."""

    shg_code: str
    shg_name: str
    received_on: str
    lots: tuple[Lot, ...]

    @property
    def total_paise(self) -> Paise:
        return sum((lot.shg_price_paise or 0) * lot.qty_received for lot in self.lots)


class IntakeLineRefused(InvalidInput):
    """One line of a delivery is wrong; ``line`` is its 0-based index. Nothing was written."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def shg_choices(ledger: Ledger) -> list[tuple[str, str]]:
    """(code, name) of every active SHG, for a delivery's SHG list."""
    return [(r["code"], r["name_en"]) for r in catalog_q.all_shgs(ledger.db) if r["active"]]


def receive_intake(
    ledger: Ledger,
    shg_code: str,
    received_on: str,
    lines: list[IntakeLine],
    *,
    user: User,
    moment: datetime | None = None,
) -> IntakeSlip:
    """Receive a whole delivery. Raises InvalidInput (no lines, a bad date), NotFound (SHG),
    or IntakeLineRefused naming the first bad line (quantity 0, expiry before the received
    date, a price above MRP, an unknown product); nothing is written then."""
    if not lines:
        raise InvalidInput("a delivery needs at least one line")
    moment = moment or clock.now_utc()
    received = parse_date(received_on, "the received date")
    code = (shg_code or "").strip().upper()
    shg = catalog_q.shg_by_code(ledger.db, code)
    if shg is None:
        raise NotFound(f"no SHG with code {shg_code!r}: add it to the catalog first")
    lots = []
    with transaction(ledger.db):
        for index, line in enumerate(lines):
            try:
                lots.append(
                    receive_lot(
                        ledger,
                        code,
                        line.sku,
                        line.qty,
                        user=user,
                        received_on=received,
                        expiry=line.expiry or None,
                        shg_price_paise=line.shg_price_paise,
                        moment=moment,
                    )
                )
            except PosError as exc:  # the transaction rolls back: nothing of the delivery
                raise IntakeLineRefused(index, exc.message) from exc
    return IntakeSlip(code, shg["name_en"], received, tuple(lots))


def lots_needing_labels(ledger: Ledger, slip: IntakeSlip) -> list[Lot]:
    """The delivery's lots whose product has no barcode: they need in-store labels."""
    labelled = catalog_q.has_barcode(ledger.db, [lot.product_id for lot in slip.lots])
    return [lot for lot in slip.lots if lot.product_id not in labelled]
