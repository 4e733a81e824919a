"""The per-day summaries behind settlement always equal a recomputation from the stock moves,
including on a ledger migrated from before they existed."""

from __future__ import annotations

from pathlib import Path

from conftest import make_outlet

from pos.db import connection
from pos.db.records import verify_q
from pos.inventory import stock
from pos.products import catalog
from pos.records.ledger import Ledger, open_ledger
from pos.selling import sales

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
    assert verify_q.summary_mismatches(outlet.ledger.db) == []


def test_migrating_an_older_ledger_fills_the_summaries_from_its_moves(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # Today's code rings up the business on today's schema; the rows of every table the older
    # schema has are then copied into a ledger made with the migrations before 0003 only, which
    # takes the place of today's file.
    outlet = make_outlet(tmp_path / "outlet")
    some_business(outlet)
    outlet.ledger.close()
    path = outlet.settings.ledger_path
    monkeypatch.setattr(
        connection, "MIGRATIONS", [m for m in connection.MIGRATIONS if m.name < "0003"]
    )
    old_path = tmp_path / "old.sqlite"
    db = connection.connect(old_path)
    connection.migrate(db, old_path)
    monkeypatch.undo()
    assert "shg_sales_day" not in db.table_names()
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("ATTACH DATABASE ? AS today", [str(path)])
    virtual = tuple(
        r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")
    )
    with db.atomic():
        for table in db.table_names():
            if table.startswith(("_", "sqlite_", *virtual)):  # full-text indexes fill by trigger
                continue
            old_columns = {c.name for c in db[table].columns}
            today_columns = [r[1] for r in db.execute(f"PRAGMA today.table_info({table})")]
            shared = ", ".join(c for c in today_columns if c in old_columns)
            db.execute(f"INSERT INTO main.{table} ({shared}) SELECT {shared} FROM today.{table}")
    db.execute("DETACH DATABASE today")
    db.conn.close()
    for leftover in path.parent.glob(path.name + "-*"):
        leftover.unlink()
    old_path.replace(path)
    with open_ledger(outlet.settings) as led:
        assert "0003_shifts_stock" in connection.applied_migrations(led.db)
        assert led.db.execute("SELECT count(*) FROM lot_moves_day").fetchone()[0] > 0
        assert led.db.execute("SELECT count(*) FROM shg_sales_day").fetchone()[0] > 0
        summaries_match(led)
        # 0011's stock per SHG and day at the latest MRP, filled from the same moves
        assert led.db.execute("SELECT count(*) FROM shg_stock_day").fetchone()[0] > 0
        assert verify_q.summary_mismatches(led.db) == []
