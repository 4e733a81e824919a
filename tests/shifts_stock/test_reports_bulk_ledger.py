"""The benchmark's bulk ledger is a valid ledger: chained events, rows matching their payloads,
lot balances matching the moves, Z figures matching the drawer, and it keeps selling."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pos.db.selling import sales_q
from pos.inventory import stock
from pos.outlet.users import login
from pos.products import catalog
from pos.records import journal
from pos.records.ledger import open_ledger
from pos.reporting import reports, settlement
from pos.selling import sales, shifts
from pos.settings import resolve_settings

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import bulk_ledger
from test_stock_summaries import summaries_match


@pytest.fixture(scope="module")
def bulk(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("bulk")
    made = bulk_ledger.generate_ledger(
        folder, lines=3_000, products=300, shgs=6, days=6, return_rate=0.05, seed=7
    )
    return folder, made


def test_the_generated_journal_is_one_unbroken_hash_chain(bulk) -> None:  # type: ignore[no-untyped-def]
    folder, made = bulk
    with open_ledger(resolve_settings(folder)) as led:
        prev, expected_seq = journal.ZERO_HASH, 1
        for row in led.db.query("SELECT * FROM events ORDER BY seq"):
            assert row["seq"] == expected_seq
            assert row["prev_hash"] == prev
            assert journal.body_hash(row["body"]) == row["hash"]
            body = json.loads(row["body"])
            assert journal.canonical_json(body) == row["body"]
            assert (body["seq"], body["prev_hash"], body["kind"]) == (row["seq"], prev, row["kind"])
            prev, expected_seq = row["hash"], expected_seq + 1
        assert expected_seq - 1 == made.events
        pending = led.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()
        assert pending[0] == made.events


def test_every_generated_sale_row_matches_its_event_payload(bulk) -> None:  # type: ignore[no-untyped-def]
    folder, made = bulk
    with open_ledger(resolve_settings(folder)) as led:
        db = led.db
        count = 0
        for sale in db.query("SELECT * FROM sales ORDER BY id"):
            lines = sales_q.lines_of(db, sale["id"])
            allocations = sales_q.allocations_of(db, sale["id"])
            line_rows = [
                (line, [a for a in allocations if a["sale_line_id"] == line["id"]])
                for line in lines
            ]
            original_nos = (
                {
                    line["line_no"]: sales_q.line_no_of(db, line["original_line_id"])
                    for line in lines
                }
                if sale["kind"] == "return"
                else None
            )
            rebuilt = sales.sale_payload(
                sale,
                sales_q.receipt_of(db, sale["original_sale_id"]),
                line_rows,
                sales_q.payments_of(db, sale["id"]),
                original_nos,
            )
            event = db.execute(
                "SELECT body FROM events WHERE seq = ?", [sale["event_seq"]]
            ).fetchone()
            assert json.loads(event[0])["data"] == rebuilt, sale["receipt_no"]
            count += 1
        assert count == made.sales + made.returns
        assert made.returns > 0
        assert db.execute("SELECT sum(qty > 0) FROM sale_lines").fetchone()[0] >= made.lines


def test_generated_lots_shifts_and_stock_add_up(bulk) -> None:  # type: ignore[no-untyped-def]
    folder, made = bulk
    with open_ledger(resolve_settings(folder)) as led:
        db = led.db
        sums = dict(
            db.execute(
                "SELECT lot_id, sum(qty) FROM stock_moves WHERE lot_id IS NOT NULL GROUP BY lot_id"
            ).fetchall()
        )
        balances = dict(db.execute("SELECT lot_id, on_hand FROM lot_balance").fetchall())
        assert balances == sums and min(balances.values()) >= 0
        # Units sold beyond stock are attributed to the product's default SHG.
        wrong = db.execute(
            "SELECT count(*) FROM line_allocations a JOIN sale_lines l ON l.id = a.sale_line_id"
            " JOIN products p ON p.id = l.product_id"
            " WHERE a.lot_id IS NULL AND a.shg_id != p.default_shg_id"
        ).fetchone()[0]
        assert wrong == 0
        closed = db.execute(
            "SELECT id FROM shifts WHERE closed_at IS NOT NULL ORDER BY id"
        ).fetchall()
        assert [r[0] for r in closed] and shifts.current_shift(led) is not None
        for (shift_id,) in closed:
            z = reports.z_report(led, shift_id=shift_id)
            assert z.expected_paise == z.counted_paise and z.variance_paise == 0
        zs = [
            r[0]
            for r in db.execute(
                "SELECT z_number FROM shifts WHERE z_number IS NOT NULL ORDER BY id"
            )
        ]
        assert zs == list(range(1, len(zs) + 1))
        statement = settlement.shg_statement(led, made.first_day, made.last_day)
        gross = db.execute(
            "SELECT sum(l.qty * l.mrp_paise) FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
            " WHERE s.kind = 'sale'"
        ).fetchone()[0]
        assert sum(s.gross_sales_paise for s in statement) == gross
        assert sum(lv.on_hand for lv in stock.stock_levels(led)) == sum(balances.values())
        summaries_match(led)


def test_the_generated_ledger_takes_a_new_sale_at_the_counter(bulk) -> None:  # type: ignore[no-untyped-def]
    folder, _ = bulk
    with open_ledger(resolve_settings(folder)) as led:
        cashier = login(led, "Ravi", bulk_ledger.CASHIER_PIN)
        item = catalog.find_item(led, "P000001")
        sale = sales.complete_sale(
            led,
            [sales.price_line(item, 1, doc_mode="tax_invoice")],
            [sales.Tender("cash", item.mrp_paise + 100)],
            cashier,
        )
        assert sale.event_seq == journal.head(led.db).seq
