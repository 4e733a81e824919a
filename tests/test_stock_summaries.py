"""The per-day summaries behind settlement always equal a recomputation from the stock moves,
including on a ledger migrated from before they existed."""

from __future__ import annotations

from pathlib import Path

from conftest import make_outlet

from pos import catalog, sales, stock
from pos.db import connection, identity_q
from pos.ledger import Ledger, open_ledger

SALES_DAY = (
    "SELECT m.business_date, m.shg_id, m.kind, sum(m.qty), sum(m.qty * l.mrp_paise),"
    " sum(m.qty * coalesce(t.shg_price_paise, l.mrp_paise)),"
    " sum(CASE WHEN m.lot_id IS NULL THEN m.qty ELSE 0 END)"
    " FROM stock_moves m JOIN sale_lines l ON l.id = m.sale_line_id"
    " LEFT JOIN lots t ON t.id = m.lot_id WHERE m.kind IN ('sale', 'return') GROUP BY 1, 2, 3"
)
LOTS_DAY = (
    "SELECT kind, business_date, shg_id, product_id, sum(qty) FROM stock_moves"
    " WHERE lot_id IS NOT NULL GROUP BY 1, 2, 3, 4"
)


def summaries_match(led: Ledger) -> None:
    db = led.db
    assert sorted(db.execute("SELECT * FROM shg_sales_day").fetchall()) == sorted(
        db.execute(SALES_DAY).fetchall()
    )
    assert sorted(db.execute("SELECT * FROM lot_moves_day").fetchall()) == sorted(
        db.execute(LOTS_DAY).fetchall()
    )


def some_business(outlet) -> None:  # type: ignore[no-untyped-def]
    led, meena = outlet.ledger, outlet.manager
    lot = stock.receive_lot(led, "SHG-LAX", "MSK-GRN", 3, user=meena, shg_price_paise=700)
    stock.write_off(led, lot.id, "damage", 1, "torn", user=meena)
    stock.receive_lot(led, "SHG-DUR", "MSK-GRN", 2, user=meena)
    item = catalog.find_item(led, "MSK-GRN")
    sale = sales.complete_sale(
        led,
        [sales.price_line(item, 7, doc_mode="tax_invoice")],
        [sales.Tender("upi", 7000)],
        outlet.cashier,
    )
    sales.return_sale(
        led, sale.receipt_no, [sales.ReturnLine(1, 4)], cashier=outlet.cashier, approver=meena
    )


def test_the_summaries_follow_every_stock_move(outlet) -> None:  # type: ignore[no-untyped-def]
    some_business(outlet)
    assert outlet.ledger.db.execute("SELECT count(*) FROM shg_sales_day").fetchone()[0] > 0
    summaries_match(outlet.ledger)


def test_migrating_an_older_ledger_fills_the_summaries_from_its_moves(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    older = [m for m in connection.MIGRATIONS if m.name < "0003"]
    monkeypatch.setattr(connection, "MIGRATIONS", older)
    # today's sale path also asks whether the till awaits a catch-up (sync_state, from 0005)
    monkeypatch.setattr(identity_q, "restored_at", lambda db: None)
    outlet = make_outlet(tmp_path / "old")
    some_business(outlet)
    assert "shg_sales_day" not in outlet.ledger.db.table_names()
    outlet.ledger.close()
    monkeypatch.undo()
    with open_ledger(outlet.settings) as led:
        assert "0003_shifts_stock" in connection.applied_migrations(led.db)
        assert led.db.execute("SELECT count(*) FROM lot_moves_day").fetchone()[0] > 0
        summaries_match(led)
