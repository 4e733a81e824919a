"""X and Z figures of a shift, the HSN-wise GST summary and the sales summary of a period.

The X (any time, shift stays open) and the Z (at close) are the same figures from the same
function; the drawer's expected cash comes from ``pos.selling.shifts.expected_cash`` for both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pos.amounts.money import Paise
from pos.amounts.quantity import UQC, PerUnit
from pos.db.backoffice import reports_q
from pos.db.selling import sales_q
from pos.errors import InvalidInput, NotAllowed
from pos.outlet.users import User
from pos.records.ledger import Ledger
from pos.selling import shifts
from pos.selling.shifts import CashFigures, CashMovement, Shift

METHODS = ("cash", "upi", "card")


@dataclass(frozen=True)
class TenderFigures:
    method: str
    sales_count: int
    sales_paise: Paise  # taken for sales, cash net of change
    tendered_paise: Paise
    change_paise: Paise
    refunds_count: int
    refunds_paise: Paise
    net_paise: Paise


@dataclass(frozen=True)
class CategoryFigures:
    """A category's sales in a shift; quantities per unit (a category may hold pieces and
    millilitres)."""

    category: str
    qty_sold: PerUnit
    sales_paise: Paise
    qty_returned: PerUnit
    returns_paise: Paise
    net_paise: Paise


@dataclass(frozen=True)
class ShgFigures:
    """Sales by the SHG that made the goods (from the lots), the line amount split exactly."""

    shg_code: str
    name_en: str
    qty_sold: PerUnit  # per unit: an SHG may make pieces and loose goods
    sales_paise: Paise
    qty_returned: PerUnit
    returns_paise: Paise
    sold_beyond_stock: PerUnit


@dataclass(frozen=True)
class RateFigures:
    """Tax at one GST rate, sales less returns."""

    rate_bp: int
    gross_paise: Paise
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise


@dataclass(frozen=True)
class ShiftReport:
    report: str  # "X" or "Z"
    shift_id: int
    z_number: int | None
    cashier: str
    opened_at: str
    closed_at: str | None
    business_date: str
    opening_float_paise: Paise
    sales_count: int
    sales_gross_paise: Paise  # after line discounts, before round-off
    sales_total_paise: Paise
    returns_count: int
    returns_gross_paise: Paise
    returns_total_paise: Paise
    net_total_paise: Paise
    discounts_paise: Paise
    returns_discounts_paise: Paise
    sales_round_off_paise: Paise
    returns_round_off_paise: Paise
    tenders: tuple[TenderFigures, ...]
    categories: tuple[CategoryFigures, ...]
    shgs: tuple[ShgFigures, ...]
    tax_rates: tuple[RateFigures, ...]
    removed_lines_count: int
    removed_lines_paise: Paise
    voids_count: int
    voids_paise: Paise
    cash_movements: tuple[CashMovement, ...]
    paid_in_paise: Paise
    paid_out_paise: Paise
    drops_paise: Paise
    no_sales_count: int
    cash: CashFigures | None  # None on a blind X
    expected_paise: Paise | None  # None on a blind X
    counted: tuple[tuple[int, int], ...]
    counted_paise: Paise | None
    variance_paise: Paise | None
    variance_reason: str | None
    approver: str | None
    # Home delivery as its own channel: orders delivered and paid in this shift (their cash
    # counts into the drawer, handed over at the counter), part of the sales above.
    delivery_count: int = 0
    delivery_paise: Paise = 0
    delivery_cash_paise: Paise = 0
    blind: bool = False  # the drawer's figures are left out (the count is not done)


def x_report(
    ledger: Ledger, shift_id: int | None = None, *, manager: User | None = None
) -> ShiftReport:
    """The figures so far of the open shift (or of ``shift_id``), without closing it.

    Until the shift's cash is counted the X is blind: no expected cash and no cash taken or
    refunded (the cashier's count must not start from the answer), unless ``manager`` (a
    manager whose PIN the caller checked, e.g. ``pos.outlet.users.approve``) asks. A closed shift's
    X is its Z. Raises NotAllowed (no open shift, ``manager`` is not a manager), NotFound.
    """
    if manager is not None and not manager.can_approve:
        raise NotAllowed(f"{manager.name} is not a manager: only a manager sees the expected cash")
    if shift_id is None:
        shift = shifts.current_shift(ledger)
        if shift is None:
            raise NotAllowed("no shift is open: an X report needs an open shift")
    else:
        shift = shifts.get_shift(ledger, shift_id)
    if not shift.is_open:
        return shift_report(ledger, shift, "Z")
    return shift_report(ledger, shift, "X", blind=manager is None)


def z_report(
    ledger: Ledger, *, z_number: int | None = None, shift_id: int | None = None
) -> ShiftReport:
    """The Z of a closed shift: by Z number, by shift id, else the last one closed."""
    if z_number is not None:
        shift = shifts.shift_by_z(ledger, z_number)
    elif shift_id is not None:
        shift = shifts.get_shift(ledger, shift_id)
        if shift.is_open:
            raise NotAllowed(f"shift #{shift_id} is still open: close it for a Z, or take an X")
    else:
        last = shifts.last_closed_shift(ledger)
        if last is None:
            raise NotAllowed("no shift has been closed yet on this till")
        shift = last
    return shift_report(ledger, shift, "Z")


def shift_report(ledger: Ledger, shift: Shift, report: str, *, blind: bool = False) -> ShiftReport:
    """The X or Z figures of a shift; ``blind`` leaves out the drawer's (see ``x_report``)."""
    db = ledger.db
    totals = {r["kind"]: r for r in reports_q.shift_totals(db, shift.id)}
    empty = {k: 0 for k in ("n", "gross", "discount", "round_off", "total", "voids")}
    sale = totals.get("sale", empty)
    ret = totals.get("return", {**empty, "void_total": 0})
    movements = tuple(shifts.cash_movements(ledger, shift.id))
    cash = shifts.cash_figures(ledger, shift)
    removed_count, removed_value = reports_q.shift_removed_lines(db, shift.id)
    return ShiftReport(
        report=report,
        shift_id=shift.id,
        z_number=shift.z_number,
        cashier=reports_q.user_name(db, shift.cashier_id) or f"#{shift.cashier_id}",
        opened_at=shift.opened_at,
        closed_at=shift.closed_at,
        business_date=shift.business_date,
        opening_float_paise=shift.opening_float_paise,
        sales_count=sale["n"],
        sales_gross_paise=sale["gross"],
        sales_total_paise=sale["total"],
        returns_count=ret["n"],
        returns_gross_paise=ret["gross"],
        returns_total_paise=ret["total"],
        net_total_paise=sale["total"] - ret["total"],
        discounts_paise=sale["discount"],
        returns_discounts_paise=ret["discount"],
        sales_round_off_paise=sale["round_off"],
        returns_round_off_paise=ret["round_off"],
        tenders=tuple(t for t in _tenders(ledger, shift.id) if not blind or t.method != "cash"),
        categories=_categories(ledger, shift.id),
        shgs=_shgs(ledger, shift.id),
        tax_rates=_rates(ledger, shift.id),
        removed_lines_count=removed_count,
        removed_lines_paise=removed_value,
        voids_count=ret["voids"],
        voids_paise=ret["void_total"],
        cash_movements=movements,
        paid_in_paise=cash.paid_in_paise,
        paid_out_paise=cash.paid_out_paise,
        drops_paise=cash.drops_paise,
        no_sales_count=sum(1 for m in movements if m.kind == "no_sale"),
        cash=None if blind else cash,
        expected_paise=None if blind else cash.expected_paise,
        counted=shift.counted,
        counted_paise=shift.counted_paise,
        variance_paise=shift.variance_paise,
        variance_reason=shift.variance_reason,
        approver=reports_q.user_name(db, shift.approver_id),
        **_delivery(ledger, shift.id, blind),
        blind=blind,
    )


def _delivery(ledger: Ledger, shift_id: int, blind: bool) -> dict[str, int]:
    """The delivery channel of a shift; a blind X leaves out the cash handed over."""
    from pos.db.selling import orders_q

    found = orders_q.shift_delivery_totals(ledger.db, shift_id)
    return {
        "delivery_count": found["bills"],
        "delivery_paise": found["total_paise"],
        "delivery_cash_paise": 0 if blind else found.get("cash_paise", 0),
    }


def _tenders(ledger: Ledger, shift_id: int) -> tuple[TenderFigures, ...]:
    rows = {(r["kind"], r["method"]): r for r in reports_q.shift_tenders(ledger.db, shift_id)}
    zero = {"n": 0, "amount": 0, "tendered": 0, "change": 0}
    out = []
    for method in METHODS:
        sold = rows.get(("sale", method), zero)
        refunded = rows.get(("return", method), zero)
        out.append(
            TenderFigures(
                method=method,
                sales_count=sold["n"],
                sales_paise=sold["amount"],
                tendered_paise=sold["tendered"],
                change_paise=sold["change"],
                refunds_count=refunded["n"],
                refunds_paise=refunded["amount"],
                net_paise=sold["amount"] - refunded["amount"],
            )
        )
    return tuple(out)


def _categories(ledger: Ledger, shift_id: int) -> tuple[CategoryFigures, ...]:
    by: dict[str, dict[str, int]] = {}
    qty: dict[str, dict[str, dict[str, int]]] = {}
    for r in reports_q.shift_categories(ledger.db, shift_id):
        entry = by.setdefault(r["category"], {"sv": 0, "rv": 0})
        prefix = "s" if r["kind"] == "sale" else "r"
        units = qty.setdefault(r["category"], {"s": {}, "r": {}})[prefix]
        units[r["unit"]] = units.get(r["unit"], 0) + r["qty"]
        entry[prefix + "v"] += r["gross"]
    return tuple(
        CategoryFigures(name, PerUnit.of(qty[name]["s"]), e["sv"], PerUnit.of(qty[name]["r"]),
                        e["rv"], e["sv"] - e["rv"])
        for name, e in sorted(by.items())
    )  # fmt: skip


def _shgs(ledger: Ledger, shift_id: int) -> tuple[ShgFigures, ...]:
    by: dict[str, tuple[str, list[int], dict[str, dict[str, int]]]] = {}
    for r in reports_q.shift_shgs(ledger.db, shift_id):
        _, money, units = by.setdefault(r["shg_code"], (r["name_en"], [0, 0], {}))
        sale = r["kind"] == "sale"
        money[0 if sale else 1] += r["value"]
        for key, value in (("sold" if sale else "returned", r["qty"]),
                           ("beyond", r["beyond"] if sale else 0)):  # fmt: skip
            into = units.setdefault(key, {})
            into[r["unit"]] = into.get(r["unit"], 0) + value
    return tuple(
        ShgFigures(code, name, PerUnit.of(u.get("sold", {})), money[0],
                   PerUnit.of(u.get("returned", {})), money[1], PerUnit.of(u.get("beyond", {})))
        for code, (name, money, u) in sorted(by.items())
    )  # fmt: skip


def _rates(ledger: Ledger, shift_id: int) -> tuple[RateFigures, ...]:
    by: dict[int, list[int]] = {}
    for r in reports_q.shift_rates(ledger.db, shift_id):
        sign = 1 if r["kind"] == "sale" else -1
        entry = by.setdefault(r["rate_bp"], [0, 0, 0, 0])
        for i, key in enumerate(("gross", "taxable", "cgst", "sgst")):
            entry[i] += sign * r[key]
    return tuple(RateFigures(rate, *values) for rate, values in sorted(by.items()))


# ---------------------------------------------------------------- period reports


def check_period(date_from: str, date_to: str) -> tuple[str, str]:
    """Two ISO dates, from not after to. Raises InvalidInput."""
    try:
        start = date.fromisoformat(str(date_from).strip())
        end = date.fromisoformat(str(date_to).strip())
    except ValueError:
        raise InvalidInput(
            f"a period is two dates like 2026-04-01 and 2026-04-30, not {date_from!r}"
            f" and {date_to!r}"
        ) from None
    if start > end:
        raise InvalidInput(f"the period starts ({start}) after it ends ({end})")
    return start.isoformat(), end.isoformat()


@dataclass(frozen=True)
class HsnLine:
    """One HSN code at one rate and product unit over a period: sales less returns (credit
    notes). ``qty`` is in ``unit`` (pc, g, ml), never summed across units."""

    hsn: str
    rate_bp: int
    unit: str
    qty: int
    value_paise: Paise  # tax inclusive
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise

    @property
    def uqc(self) -> str:
        """The GST return's unit quantity code: PCS, GMS or MLT (the quantity stays whole)."""
        return UQC.get(self.unit, "")


@dataclass(frozen=True)
class GstSummary:
    date_from: str
    date_to: str
    doc_mode: str
    lines: tuple[HsnLine, ...]
    rates: tuple[RateFigures, ...]
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise


def gst_summary(ledger: Ledger, date_from: str, date_to: str) -> GstSummary:
    """The HSN-wise summary for a period, as GST filing needs it (returns deducted)."""
    start, end = check_period(date_from, date_to)
    by: dict[tuple[str, int, str], list[int]] = {}
    for r in reports_q.gst_by_hsn(ledger.db, start, end):
        sign = 1 if r["kind"] == "sale" else -1
        entry = by.setdefault((r["hsn"], r["rate_bp"], r["unit"]), [0, 0, 0, 0, 0])
        for i, key in enumerate(("qty", "gross", "taxable", "cgst", "sgst")):
            entry[i] += sign * r[key]
    lines = tuple(HsnLine(h, rate, unit, *v) for (h, rate, unit), v in sorted(by.items()))
    rates: dict[int, list[int]] = {}
    for line in lines:
        entry = rates.setdefault(line.rate_bp, [0, 0, 0, 0])
        for i, value in enumerate(
            (line.value_paise, line.taxable_paise, line.cgst_paise, line.sgst_paise)
        ):
            entry[i] += value
    return GstSummary(
        date_from=start,
        date_to=end,
        doc_mode=ledger.outlet.doc_mode,
        lines=lines,
        rates=tuple(RateFigures(rate, *v) for rate, v in sorted(rates.items())),
        taxable_paise=sum(line.taxable_paise for line in lines),
        cgst_paise=sum(line.cgst_paise for line in lines),
        sgst_paise=sum(line.sgst_paise for line in lines),
    )


@dataclass(frozen=True)
class TenderTotal:
    method: str
    sales_paise: Paise
    refunds_paise: Paise
    net_paise: Paise


@dataclass(frozen=True)
class SalesSummary:
    date_from: str
    date_to: str
    sales_count: int
    sales_paise: Paise
    returns_count: int
    returns_paise: Paise
    voids_count: int
    voids_paise: Paise
    discounts_paise: Paise
    round_off_paise: Paise
    net_paise: Paise
    tenders: tuple[TenderTotal, ...]
    delivery_count: int = 0  # home-delivery sales (part of the sales above)
    delivery_paise: Paise = 0


def sales_summary(ledger: Ledger, date_from: str, date_to: str) -> SalesSummary:
    """Counts and totals of a period by business date: sales, returns, voids, by tender."""
    start, end = check_period(date_from, date_to)
    totals = {r["kind"]: r for r in reports_q.period_totals(ledger.db, start, end)}
    zero = {"n": 0, "total": 0, "discount": 0, "round_off": 0, "voids": 0, "void_total": 0}
    sale = totals.get("sale", zero)
    ret = totals.get("return", zero)
    pay = {
        (r["kind"], r["method"]): r["amount"]
        for r in sales_q.payment_totals_between(ledger.db, start, end)
    }
    tenders = tuple(
        TenderTotal(
            m,
            pay.get(("sale", m), 0),
            pay.get(("return", m), 0),
            pay.get(("sale", m), 0) - pay.get(("return", m), 0),
        )
        for m in METHODS
    )
    return SalesSummary(
        date_from=start,
        date_to=end,
        sales_count=sale["n"],
        sales_paise=sale["total"],
        returns_count=ret["n"],
        returns_paise=ret["total"],
        voids_count=ret["voids"],
        voids_paise=ret["void_total"],
        discounts_paise=sale["discount"] - ret["discount"],
        round_off_paise=sale["round_off"] - ret["round_off"],
        net_paise=sale["total"] - ret["total"],
        tenders=tenders,
        **_delivery_between(ledger, start, end),
    )


def _delivery_between(ledger: Ledger, start: str, end: str) -> dict[str, int]:
    from pos.db.selling import orders_q

    found = orders_q.delivery_totals(ledger.db, start, end)
    return {"delivery_count": found["bills"], "delivery_paise": found["total_paise"]}
