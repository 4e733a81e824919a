"""Stock lots: intake, first-in first-out sales across lots and SHGs, restocking, levels."""

from __future__ import annotations

from datetime import datetime

from pos.clock import LOCAL_TZ
from pos.db.backoffice import stock_q
from pos.db.selling import sales_q
from pos.inventory import stock
from pos.products import catalog
from pos.selling import sales


def at(d: int, hour: int = 12) -> datetime:
    return datetime(2030, 6, d, hour, tzinfo=LOCAL_TZ)


def test_intake_writes_the_lot_its_balance_an_intake_move_and_an_event_together(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    seq_before = led.db.execute("SELECT max(seq) FROM events").fetchone()[0]
    lot = stock.receive_lot(
        led,
        "shg-lax",
        "8900000000012",
        12,
        user=outlet.manager,
        received_on="2030-06-01",
        expiry="2030-12-31",
        shg_price_paise=750,
        moment=at(2),
    )
    assert (lot.shg_code, lot.sku, lot.on_hand, lot.expiry) == (
        "SHG-LAX",
        "MSK-GRN",
        12,
        "2030-12-31",
    )
    moves = stock_q.moves_of_lot(led.db, lot.id)
    assert [(m["kind"], m["qty"], m["event_seq"]) for m in moves] == [
        ("intake", 12, seq_before + 1)
    ]
    event = led.db.execute(
        "SELECT kind, body FROM events WHERE seq = ?", [seq_before + 1]
    ).fetchone()
    assert event[0] == "stock_received" and '"shg_code":"SHG-LAX"' in event[1]


def test_a_sale_draws_the_earliest_expiry_first_and_a_line_spanning_lots_records_each_shg(
    outlet,
) -> None:  # type: ignore[no-untyped-def]
    led, meena = outlet.ledger, outlet.manager
    late = stock.receive_lot(
        led, "SHG-LAX", "SOAP-NEEM", 4, user=meena, expiry="2031-01-31", moment=at(1)
    )
    never = stock.receive_lot(led, "SHG-LAX", "SOAP-NEEM", 4, user=meena, moment=at(1, 13))
    soon = stock.receive_lot(
        led, "SHG-DUR", "SOAP-NEEM", 3, user=meena, expiry="2030-09-30", moment=at(2)
    )
    assert [lot.id for lot in stock.lots_of(led, "SOAP-NEEM")] == [soon.id, late.id, never.id]
    item = catalog.find_item(led, "SOAP-NEEM", at(3))
    sale = sales.complete_sale(
        led,
        [sales.price_line(item, 12, doc_mode="tax_invoice")],
        [sales.Tender("cash", 50000)],
        outlet.cashier,
        moment=at(3),
    )
    allocations = [
        (a["lot_id"], a["shg_code"], a["qty"], a["beyond_stock"])
        for a in sales_q.allocations_of(led.db, sale.id)
    ]
    assert allocations == [
        (soon.id, "SHG-DUR", 3, 0),
        (late.id, "SHG-LAX", 4, 0),
        (never.id, "SHG-LAX", 4, 0),
        (None, "SHG-DUR", 1, 1),  # beyond stock: the product's default SHG, flagged
    ]
    assert [stock.get_lot(led, lot.id).on_hand for lot in (soon, late, never)] == [0, 0, 0]
    sales.return_sale(
        led,
        sale.receipt_no,
        [sales.ReturnLine(1, 6)],
        cashier=outlet.cashier,
        approver=meena,
        moment=at(4),
    )
    # Restocked into the lots they came from, the last allocated first.
    assert [stock.get_lot(led, lot.id).on_hand for lot in (soon, late, never)] == [0, 1, 4]
    level = {lv.sku: lv for lv in stock.stock_levels(led)}["SOAP-NEEM"]
    assert (level.on_hand, level.lots_with_stock, level.sold_beyond_stock) == (5, 2, 0)


def test_write_offs_counts_and_returns_to_the_shg_move_stock_with_a_reason(outlet) -> None:  # type: ignore[no-untyped-def]
    led, meena = outlet.ledger, outlet.manager
    lot = stock.receive_lot(led, "SHG-DUR", "SAN-100", 20, user=meena, moment=at(1))
    stock.write_off(led, lot.id, "damage", 2, "leaking", user=meena, moment=at(2))
    stock.write_off(led, lot.id, "expiry", 3, "past date", user=meena, moment=at(3))
    stock.return_to_shg(led, lot.id, 4, "wrong label", user=meena, moment=at(4))
    move = stock.count_adjust(led, lot.id, 10, "stock take", user=meena, moment=at(5))
    assert (move.kind, move.qty, move.on_hand_after) == ("adjust", -1, 10)
    moves = stock_q.moves_of_lot(led.db, lot.id)
    assert [(m["kind"], m["qty"], m["reason"]) for m in moves] == [
        ("intake", 20, None),
        ("damage", -2, "leaking"),
        ("expiry", -3, "past date"),
        ("return_to_shg", -4, "wrong label"),
        ("adjust", -1, "stock take"),
    ]
    kinds = [r[0] for r in led.db.execute("SELECT kind FROM events ORDER BY seq")][-5:]
    assert kinds == ["stock_received"] + ["stock_moved"] * 4
    assert stock_q.all_balances(led.db)[lot.id] == sum(m["qty"] for m in moves) == 10
