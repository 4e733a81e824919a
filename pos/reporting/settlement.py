"""Settling with SHGs: what each SHG supplied, sold and is owed over a period, and payouts.

Figures come from the stock moves by business date: intake, sales and customer returns (from
the lots each line drew on; units sold beyond stock count for the product's default SHG and
are flagged), returns to the SHG, damage and expiry, count adjustments, and on hand at the
period's end. Sales are valued at the MRP on the line; stock at the MRP in force at the end
of the period. The centre's commission is the outlet setting ``commission``:
``pct:BASIS_POINTS`` of net sales at MRP, or ``margin`` (MRP less the agreed SHG price of the
lot, the whole MRP going to the SHG where no price was agreed).

A payout is recorded once per SHG and period; the figures are stored with it and a settled
period's statement shows them as paid. Only an ended period can be paid, so anything
happening later (a late customer return) is dated after it and lands in the next period.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from pos import clock
from pos.amounts.money import Paise, div_half_up, format_rupees
from pos.amounts.quantity import PerUnit
from pos.db.backoffice import settlement_q
from pos.db.connection import transaction
from pos.errors import InvalidInput, NotAllowed, NotFound, phrase
from pos.outlet import config
from pos.outlet.users import User, require_approver
from pos.records import journal
from pos.records.ledger import Ledger
from pos.reporting.reports import check_period

PAY_METHODS = ("bank", "upi", "cash", "cheque")
PAID_EVENT = journal.SETTLEMENT_PAID


@dataclass(frozen=True)
class Commission:
    kind: str  # "pct" or "margin"
    rate_bp: int = 0


@dataclass(frozen=True)
class ShgQuantities:
    """One SHG's goods over a period, per unit (pc, g, ml): an SHG selling oil tins and loose
    oil has "3 pcs · 1.5 L" sold, never 1,503. Signs as ShgSettlement's ``*_qty`` figures."""

    received: PerUnit = field(default_factory=PerUnit)
    sold: PerUnit = field(default_factory=PerUnit)
    customer_returns: PerUnit = field(default_factory=PerUnit)
    returned_to_shg: PerUnit = field(default_factory=PerUnit)
    damaged: PerUnit = field(default_factory=PerUnit)
    adjusted: PerUnit = field(default_factory=PerUnit)
    on_hand: PerUnit = field(default_factory=PerUnit)
    sold_beyond_stock: PerUnit = field(default_factory=PerUnit)


@dataclass(frozen=True)
class ShgSettlement:
    """An SHG's settlement over a period. The ``*_qty`` figures add up every product's units
    (kept for the stored settlements' figures): show ``units``, the same per unit."""

    shg_code: str
    name_en: str
    period_from: str
    period_to: str
    received_qty: int
    received_paise: Paise
    sold_qty: int
    gross_sales_paise: Paise  # at MRP
    customer_returns_qty: int
    customer_returns_paise: Paise  # at MRP
    net_sales_paise: Paise
    returned_to_shg_qty: int
    returned_to_shg_paise: Paise
    damaged_qty: int  # damage and expiry
    damaged_paise: Paise
    adjusted_qty: int  # count adjustments, signed
    on_hand_qty: int  # at the end of the period
    on_hand_paise: Paise
    sold_beyond_stock_qty: int
    commission: str
    commission_paise: Paise
    net_payable_paise: Paise
    paid_paise: Paise  # payouts already recorded for periods overlapping this one
    balance_paise: Paise
    settled: bool
    payment_reference: str | None = None
    paid_on: str | None = None
    name_hi: str = ""  # the SHG's Hindi name ("" when it has none)
    units: ShgQuantities = field(default_factory=ShgQuantities)


def parse_commission(text: str) -> Commission:
    """ "pct:1000" (10 % in basis points) or "margin". Raises InvalidInput."""
    value = (text or "").strip().lower()
    if value == "margin":
        return Commission("margin")
    if value.startswith("pct:") and value[4:].isdigit() and int(value[4:]) <= 10_000:
        return Commission("pct", int(value[4:]))
    raise InvalidInput(
        f"the commission setting {text!r} is not valid: use pct:BASIS_POINTS "
        "(pct:1000 = 10 %) or margin"
    )


def outlet_commission(ledger: Ledger) -> tuple[str, Commission]:
    text = config.get(ledger, "commission")
    return text, parse_commission(text)


_FIGURES = [
    "received_qty",
    "received_paise",
    "sold_qty",
    "gross_sales_paise",
    "customer_returns_qty",
    "customer_returns_paise",
    "returned_to_shg_qty",
    "returned_to_shg_paise",
    "damaged_qty",
    "damaged_paise",
    "adjusted_qty",
    "on_hand_qty",
    "on_hand_paise",
    "sold_beyond_stock_qty",
    "owed_paise",
]


def _blank() -> dict[str, int]:
    return dict.fromkeys(_FIGURES, 0)


class _ByShg(dict[int, dict[str, int]]):
    def __missing__(self, shg_id: int) -> dict[str, int]:
        self[shg_id] = figures = _blank()
        return figures


def _live_figures(ledger: Ledger, start: str, end: str) -> _ByShg:
    db = ledger.db
    by = _ByShg()
    for shg_id, kind, qty, mrp_value, shg_value, beyond in settlement_q.sale_moves_by_shg(
        db, start, end
    ):
        f = by[shg_id]
        if kind == "sale":
            f["sold_qty"] += -qty
            f["gross_sales_paise"] += -mrp_value
            f["owed_paise"] += -shg_value
            f["sold_beyond_stock_qty"] += -beyond
        else:
            f["customer_returns_qty"] += qty
            f["customer_returns_paise"] += mrp_value
            f["owed_paise"] -= shg_value
            f["sold_beyond_stock_qty"] -= beyond
    at = end + "T23:59"  # stock is valued at the MRP in force at the period's end
    for shg_id, kind, qty, value in settlement_q.other_moves_by_shg(db, start, end, at):
        f = by[shg_id]
        if kind == "intake":
            f["received_qty"] += qty
            f["received_paise"] += value
        elif kind == "return_to_shg":
            f["returned_to_shg_qty"] += -qty
            f["returned_to_shg_paise"] += -value
        elif kind in ("damage", "expiry"):
            f["damaged_qty"] += -qty
            f["damaged_paise"] += -value
        else:
            f["adjusted_qty"] += qty
    for shg_id, qty, value in settlement_q.on_hand_at_end_by_shg(db, end, at):
        if qty or value:
            f = by[shg_id]
            f["on_hand_qty"] += qty
            f["on_hand_paise"] += value
    return by


def _settle_figures(
    code: str,
    name: str,
    start: str,
    end: str,
    f: dict[str, int],
    setting: str,
    how: Commission,
    paid: Paise,
) -> ShgSettlement:
    net_sales = f["gross_sales_paise"] - f["customer_returns_paise"]
    if how.kind == "pct":
        commission = div_half_up(net_sales * how.rate_bp, 10_000)
    else:
        commission = net_sales - f["owed_paise"]
    payable = net_sales - commission
    return ShgSettlement(
        shg_code=code,
        name_en=name,
        period_from=start,
        period_to=end,
        received_qty=f["received_qty"],
        received_paise=f["received_paise"],
        sold_qty=f["sold_qty"],
        gross_sales_paise=f["gross_sales_paise"],
        customer_returns_qty=f["customer_returns_qty"],
        customer_returns_paise=f["customer_returns_paise"],
        returned_to_shg_qty=f["returned_to_shg_qty"],
        returned_to_shg_paise=f["returned_to_shg_paise"],
        damaged_qty=f["damaged_qty"],
        damaged_paise=f["damaged_paise"],
        adjusted_qty=f["adjusted_qty"],
        on_hand_qty=f["on_hand_qty"],
        on_hand_paise=f["on_hand_paise"],
        sold_beyond_stock_qty=f["sold_beyond_stock_qty"],
        net_sales_paise=net_sales,
        commission=setting,
        commission_paise=commission,
        net_payable_paise=payable,
        paid_paise=paid,
        balance_paise=payable - paid,
        settled=False,
    )


def shg_statement(
    ledger: Ledger, period_from: str, period_to: str, *, shg_code: str | None = None
) -> list[ShgSettlement]:
    """Per SHG (by code) the settlement figures of a period; a settled period shows the
    figures stored when it was paid. SHGs with nothing to show are left out unless asked for
    by ``shg_code``. Raises InvalidInput (bad period or setting), NotFound (unknown SHG)."""
    start, end = check_period(period_from, period_to)
    setting, how = outlet_commission(ledger)
    shg_rows = settlement_q.shgs(ledger.db)
    if shg_code is not None:
        wanted = shg_code.strip().upper()
        shg_rows = [r for r in shg_rows if r["code"] == wanted]
        if not shg_rows:
            raise NotFound(f"no SHG with code {shg_code!r}")
    live = _live_figures(ledger, start, end)
    paid: dict[int, list[dict[str, Any]]] = {}
    for row in settlement_q.settlements_overlapping(ledger.db, start, end):
        paid.setdefault(row["shg_id"], []).append(row)
    out = []
    units = settlement_q.units_by_shg(ledger.db)
    for shg in shg_rows:
        payouts = paid.get(shg["id"], [])
        exact = [p for p in payouts if p["period_from"] == start and p["period_to"] == end]
        figures = live.get(shg["id"], None)
        if not exact and figures is None and not payouts and shg_code is None:
            continue
        per_unit = _per_unit(ledger, shg["id"], start, end, figures or _blank(),
                             units.get(shg["id"], set()))  # fmt: skip
        if exact:
            out.append(
                replace(_paid_statement(exact[0], shg["name_en"], shg["name_hi"]), units=per_unit)
            )
            continue
        already = sum(p["amount_paise"] for p in payouts)
        statement = _settle_figures(
            shg["code"], shg["name_en"], start, end, figures or _blank(), setting, how, already
        )
        out.append(replace(statement, name_hi=shg["name_hi"], units=per_unit))
    return out


_QTY = {"received": "received_qty", "sold": "sold_qty",
        "customer_returns": "customer_returns_qty", "returned_to_shg": "returned_to_shg_qty",
        "damaged": "damaged_qty", "adjusted": "adjusted_qty", "on_hand": "on_hand_qty",
        "sold_beyond_stock": "sold_beyond_stock_qty"}  # fmt: skip


def _per_unit(
    ledger: Ledger, shg_id: int, start: str, end: str, f: dict[str, int], units: set[str]
) -> ShgQuantities:
    """The SHG's quantities per unit: its summed figures when its products have one unit
    (the common case, no query), else recounted product by product."""
    if len(units) <= 1:
        unit = next(iter(units), "pc")
        return ShgQuantities(**{k: PerUnit.of({unit: f[q]}) for k, q in _QTY.items()})
    db = ledger.db
    moves = settlement_q.product_moves_of_shg(db, shg_id, start, end)
    beyond = settlement_q.beyond_stock_of_shg(db, shg_id, start, end)
    on_hand = settlement_q.on_hand_of_shg_at(db, shg_id, end)
    of = settlement_q.product_units(
        db, sorted({int(r[0]) for r in (*moves, *beyond)} | set(on_hand))
    )
    sums: dict[str, dict[str, int]] = {k: {} for k in _QTY}

    def add(key: str, product_id: int, qty: int) -> None:
        unit = of.get(int(product_id), "pc")
        sums[key][unit] = sums[key].get(unit, 0) + int(qty)

    where = {"intake": ("received", 1), "sale": ("sold", -1), "return": ("customer_returns", 1),
             "return_to_shg": ("returned_to_shg", -1), "damage": ("damaged", -1),
             "expiry": ("damaged", -1), "adjust": ("adjusted", 1)}  # fmt: skip
    for product_id, kind, qty in moves:
        if kind in where:
            key, sign = where[kind]
            add(key, product_id, sign * qty)
    for product_id, kind, qty in beyond:  # no lot: counted as sold or returned, and beyond
        add("sold" if kind == "sale" else "customer_returns", product_id,
            -qty if kind == "sale" else qty)  # fmt: skip
        add("sold_beyond_stock", product_id, -qty)
    for product_id, qty in on_hand.items():
        add("on_hand", product_id, qty)
    return ShgQuantities(**{k: PerUnit.of(v) for k, v in sums.items()})


def _paid_statement(row: dict[str, Any], name_en: str, name_hi: str = "") -> ShgSettlement:
    """A settled period's statement: the figures frozen when it was paid."""
    stored = json.loads(row["figures_json"])
    return ShgSettlement(
        **stored,
        name_en=name_en,
        name_hi=name_hi,
        settled=True,
        paid_paise=row["amount_paise"],
        balance_paise=stored["net_payable_paise"] - row["amount_paise"],
        payment_reference=row["reference"],
        paid_on=row["paid_on"],
    )


def pay_settlement(
    ledger: Ledger,
    shg_code: str,
    period_from: str,
    period_to: str,
    amount_paise: Paise,
    method: str,
    reference: str,
    paid_on: str,
    *,
    user: User,
    approver: User | None = None,
    moment: datetime | None = None,
) -> ShgSettlement:
    """Record the payout of an ended period to one SHG; its figures are frozen with it.

    The amount must be the net payable. Refused: a period not yet ended, a period overlapping
    one already paid (paying twice), an unknown SHG, a bad method, reference or date.
    Needs a manager. Raises InvalidInput, NotFound, NotAllowed, ApprovalRequired.
    """
    start, end = check_period(period_from, period_to)
    moment = moment or clock.now_utc()
    today = clock.business_date(moment)
    if end >= today:
        raise InvalidInput(
            f"the period {start} to {end} has not ended (today is {today}): "
            f"it can be settled from {(date.fromisoformat(end) + timedelta(days=1)).isoformat()}"
        )
    if method not in PAY_METHODS:
        raise InvalidInput(f"pay by {', '.join(PAY_METHODS)}, not {method!r}")
    reference = (reference or "").strip()
    if not reference:
        raise InvalidInput("a payout needs its reference (UTR, cheque or voucher number)")
    try:
        paid_day = date.fromisoformat(str(paid_on).strip()).isoformat()
    except ValueError:
        raise InvalidInput(f"the payment date must be like 2026-05-05, not {paid_on!r}") from None
    if paid_day > today:
        raise InvalidInput(f"the payment date {paid_day} is in the future (today is {today})")
    if isinstance(amount_paise, bool) or not isinstance(amount_paise, int) or amount_paise <= 0:
        raise InvalidInput("a payout amount must be more than zero")
    approved = require_approver(user, approver, phrase("recording an SHG payout"))
    db = ledger.db
    with transaction(db):
        statement = shg_statement(ledger, start, end, shg_code=shg_code)[0]
        shg_id = {r["code"]: r["id"] for r in settlement_q.shgs(db)}[statement.shg_code]
        earlier = settlement_q.settlements_overlapping(db, start, end, shg_id)
        if earlier:
            e = earlier[0]
            raise NotAllowed(
                f"{statement.shg_code} was already paid for {e['period_from']} to "
                f"{e['period_to']} ({format_rupees(e['amount_paise'])}, {e['method']} "
                f"{e['reference']} on {e['paid_on']}): a period is paid only once"
            )
        if statement.net_payable_paise <= 0:
            raise NotAllowed(
                f"nothing is payable to {statement.shg_code} for {start} to {end} "
                f"(net {format_rupees(statement.net_payable_paise)})"
            )
        if amount_paise != statement.net_payable_paise:
            raise InvalidInput(
                f"{statement.shg_code} is owed {format_rupees(statement.net_payable_paise)} for "
                f"{start} to {end}, not {format_rupees(amount_paise)}"
            )
        head = journal.check_clock(db, moment)
        figures = asdict(statement)
        for key in (
            "units",  # recounted when shown
            "name_en",
            "name_hi",
            "settled",
            "paid_paise",
            "balance_paise",
            "payment_reference",
            "paid_on",
        ):
            figures.pop(key)
        row = {
            "shg_id": shg_id,
            "period_from": start,
            "period_to": end,
            "figures_json": json.dumps(figures, sort_keys=True),
            "amount_paise": amount_paise,
            "method": method,
            "reference": reference,
            "paid_on": paid_day,
            "created_at": clock.to_iso(moment),
            "event_seq": head.seq + 1,
        }
        settlement_id = settlement_q.insert_settlement(db, row)
        journal.append(
            db,
            ledger.device.id,
            PAID_EVENT,
            {
                "settlement_id": settlement_id,
                "shg_code": statement.shg_code,
                "user_id": user.id,
                "approver_id": approved.id,
                "figures": figures,
                **{k: v for k, v in row.items() if k not in ("figures_json", "event_seq")},
            },
            moment=moment,
            current=head,
        )
    return shg_statement(ledger, start, end, shg_code=statement.shg_code)[0]
