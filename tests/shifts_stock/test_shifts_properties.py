"""Property tests over random days: the drawer, SHG sales and lots always add up."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from conftest import make_outlet
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos import clock
from pos.errors import NotAllowed
from pos.inventory import stock
from pos.products import catalog
from pos.reporting import reports, settlement
from pos.selling import sales, shifts

SKUS = ("MSK-GRN", "SOAP-NEEM", "SAN-100")
SHGS = ("SHG-LAX", "SHG-DUR")

sale_op = st.tuples(
    st.just("sale"),
    st.lists(st.tuples(st.sampled_from(SKUS), st.integers(1, 6)), min_size=1, max_size=3),
    st.sampled_from(("cash", "upi", "card", "split")),
    st.integers(0, 300),  # extra cash tendered, in rupees: change
)
ops = st.lists(
    st.one_of(
        sale_op,
        sale_op,
        st.tuples(st.just("return"), st.integers(0, 99), st.integers(1, 4), st.booleans()),
        st.tuples(st.just("paid_in"), st.integers(1, 500)),
        st.tuples(st.just("paid_out"), st.integers(1, 800)),
        st.tuples(st.just("drop"), st.integers(1, 2000)),
        st.tuples(
            st.just("intake"), st.sampled_from(SKUS), st.sampled_from(SHGS), st.integers(1, 8)
        ),
        st.tuples(st.just("damage"), st.integers(0, 99), st.integers(1, 3)),
        st.tuples(st.just("close")),
    ),
    max_size=25,
)


def breakdown(paise: int) -> dict[int, int]:
    """Whole rupees into notes and coins, largest first."""
    counted: dict[int, int] = {}
    for d in shifts.DENOMINATIONS_PAISE:
        counted[d], paise = divmod(paise, d)
    assert paise == 0
    return counted


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=ops)
def test_over_random_days_cash_shg_sales_and_lots_all_add_up(day) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        outlet = make_outlet(Path(folder) / "o")
        try:
            _run_day(outlet, day)
        finally:
            outlet.ledger.close()


def _run_day(outlet, day) -> None:  # type: ignore[no-untyped-def]
    led, ravi, meena = outlet.ledger, outlet.cashier, outlet.manager
    start = clock.now_utc() + timedelta(minutes=1)
    drawer = 100_000  # what our own bookkeeping says is in the drawer
    on_hand = dict.fromkeys(SKUS, 0)  # per product, units in lots
    sold: list[
        tuple[sales.SaleRecord, list[list[int]]]
    ] = []  # per line [from lots, beyond, returned]
    lots: list[int] = []
    closed: list[tuple[int, int]] = []  # (shift id, expected by our bookkeeping)
    for n, op in enumerate(day):
        moment = start + timedelta(minutes=n)
        kind = op[0]
        if kind == "sale":
            lines = [
                sales.price_line(catalog.find_item(led, sku, moment), qty, doc_mode="tax_invoice")
                for sku, qty in op[1]
            ]
            total = sales.make_bill(lines).total_paise
            extra = op[3] * 100
            half = total // 200 * 100  # UPI part in whole rupees, so the drawer stays countable
            tender = {
                "cash": [sales.Tender("cash", total + extra)],
                "upi": [sales.Tender("upi", total)],
                "card": [sales.Tender("card", total)],
                "split": [
                    sales.Tender("upi", half),
                    sales.Tender("cash", total - half + extra),
                ],
            }[op[2]]
            sale = sales.complete_sale(led, lines, tender, ravi, moment=moment)
            drawer += sum(
                p.tendered_paise - p.change_paise for p in sale.payments if p.method == "cash"
            )
            parts = []
            for line in lines:
                from_lots = min(line.qty, on_hand[line.item.sku])
                on_hand[line.item.sku] -= from_lots
                parts.append([from_lots, line.qty - from_lots, 0])
            sold.append((sale, parts))
        elif kind == "return" and sold:
            sale, parts = sold[op[1] % len(sold)]
            line_no = 1 + op[1] % len(parts)
            lots_part, beyond, returned = parts[line_no - 1]
            qty = min(op[2], lots_part + beyond - returned)
            if qty == 0:
                continue
            method = "cash" if op[3] else "upi"
            if (
                method == "cash"
                and sales.quote_return(
                    led, sale.receipt_no, [sales.ReturnLine(line_no, qty)]
                ).total_paise
                > drawer
            ):
                method = "upi"  # the domain refuses a cash refund the drawer cannot pay
            refund = sales.return_sale(
                led,
                sale.receipt_no,
                [sales.ReturnLine(line_no, qty)],
                cashier=ravi,
                approver=meena,
                refund_method=method,
                moment=moment,
            )
            to_beyond = max(0, min(qty, beyond - returned))
            on_hand[sale.lines[line_no - 1]["sku"]] += qty - to_beyond
            parts[line_no - 1][2] += qty
            if method == "cash":
                drawer -= refund.total_paise
        elif kind in ("paid_in", "paid_out", "drop"):
            amount = op[1] * 100
            if kind != "paid_in" and amount > drawer:
                try:
                    shifts.cash_movement(
                        led, kind, amount, "test", user=ravi, approver=meena, moment=moment
                    )
                except NotAllowed:
                    continue
                raise AssertionError(f"{kind} of {amount} beyond a drawer of {drawer} was taken")
            shifts.cash_movement(
                led, kind, amount, "test", user=ravi, approver=meena, moment=moment
            )
            drawer += amount if kind == "paid_in" else -amount
        elif kind == "intake":
            lot = stock.receive_lot(led, op[2], op[1], op[3], user=meena, moment=moment)
            lots.append(lot.id)
            on_hand[op[1]] += op[3]
        elif kind == "damage" and lots:
            lot = stock.get_lot(led, lots[op[1] % len(lots)])
            if lot.on_hand == 0:
                continue
            qty = min(op[2], lot.on_hand)
            stock.write_off(led, lot.id, "damage", qty, "test", user=meena, moment=moment)
            on_hand[lot.sku] -= qty
        elif kind == "close":
            assert reports.x_report(led, manager=meena).expected_paise == drawer
            shift = shifts.close_shift(led, breakdown(drawer), user=ravi, moment=moment)
            assert shift.variance_paise == 0
            closed.append((shift.id, drawer))
            shifts.open_shift(led, ravi, shifts.suggested_float(led), moment=moment)

    # Expected cash equals the cash that actually went in and out, in every shift.
    for shift_id, expected in closed:
        assert reports.z_report(led, shift_id=shift_id).expected_paise == expected
    assert reports.x_report(led, manager=meena).expected_paise == drawer

    # The SHGs' gross sales at MRP add up to the sale lines; so do the X/Z SHG shares.
    lines = led.db.execute(
        "SELECT s.kind, sum(l.qty * l.mrp_paise), sum(l.gross_paise) FROM sale_lines l"
        " JOIN sales s ON s.id = l.sale_id GROUP BY s.kind"
    ).fetchall()
    by_kind = {k: (mrp, gross) for k, mrp, gross in lines}
    statement = settlement.shg_statement(led, "2000-01-01", "2099-12-31")
    assert sum(s.gross_sales_paise for s in statement) == by_kind.get("sale", (0, 0))[0]
    assert sum(s.customer_returns_paise for s in statement) == by_kind.get("return", (0, 0))[0]
    shift_ids = [sid for sid, _ in closed] + [shifts.current_shift(led).id]  # type: ignore[union-attr]
    shares = sum(g.sales_paise for sid in shift_ids for g in reports.x_report(led, sid).shgs)
    assert shares == by_kind.get("sale", (0, 0))[1]

    # Every lot: on hand = intake - sold + returned - damaged, and never below zero.
    moves: dict[int, dict[str, int]] = {}
    for lot_id, kind, qty in led.db.execute(
        "SELECT lot_id, kind, sum(qty) FROM stock_moves WHERE lot_id IS NOT NULL GROUP BY 1, 2"
    ):
        moves.setdefault(lot_id, {})[kind] = qty
    for lot_id in lots:
        m = moves[lot_id]
        lot = stock.get_lot(led, lot_id)
        assert lot.on_hand == m["intake"] + m.get("sale", 0) + m.get("return", 0) + m.get(
            "damage", 0
        )
        assert lot.on_hand >= 0
    levels = {lv.sku: lv.on_hand for lv in stock.stock_levels(led)}
    assert levels == on_hand
