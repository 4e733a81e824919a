"""Reorder levels: the outlet's own per-product level (pos.inventory.reorder), set by a manager,
journalled, append-only, shown as low stock; an enrolled outlet (catalog from the district)
sets it too."""

# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from pos.errors import ApprovalRequired, InvalidInput, NotAllowed, NotFound
from pos.inventory import reorder, stock
from pos.products import catalog
from tests.conftest import MANAGER_PIN, make_outlet, run_pos
from tests.support.sync_fixtures import District, fresh_outlet, sqlite_district  # noqa: F401


def levels(led) -> dict[str, stock.StockLevel]:  # type: ignore[no-untyped-def]
    return {lv.sku: lv for lv in stock.stock_levels(led)}


def test_a_product_at_or_below_its_reorder_level_is_low_and_the_latest_entry_counts(
    outlet,
) -> None:  # type: ignore[no-untyped-def]
    led, meena = outlet.ledger, outlet.manager
    stock.receive_lot(led, "SHG-DUR", "MSK-GRN", 10, user=meena)
    assert levels(led)["MSK-GRN"].reorder_level == 0 and not levels(led)["MSK-GRN"].low
    reorder.set_reorder_level(led, "MSK-GRN", 12, user=meena)
    assert levels(led)["MSK-GRN"].low  # 10 on hand, level 12
    reorder.set_reorder_level(led, "MSK-GRN", 10, user=meena)
    assert levels(led)["MSK-GRN"].low  # at the level is low too
    reorder.set_reorder_level(led, "MSK-GRN", 4, user=meena)
    assert (levels(led)["MSK-GRN"].reorder_level, levels(led)["MSK-GRN"].low) == (4, False)
    assert reorder.reorder_level(led, "MSK-GRN") == 4
    page = {lv.sku: lv for lv in stock.levels_page(led, "MSK")}
    assert page["MSK-GRN"].reorder_level == 4
    rows = led.db.execute("SELECT level FROM reorder_levels ORDER BY id").fetchall()
    assert [r[0] for r in rows] == [12, 10, 4]  # each change a new entry
    bodies = [json.loads(r[0])["data"] for r in led.db.execute(
        "SELECT body FROM events WHERE kind = 'reorder_level_set' ORDER BY seq")]  # fmt: skip
    assert [(b["sku"], b["level"], b["by"]) for b in bodies] == [
        ("MSK-GRN", 12, "Meena"), ("MSK-GRN", 10, "Meena"), ("MSK-GRN", 4, "Meena")]  # fmt: skip
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        led.db.execute("UPDATE reorder_levels SET level = 1")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        led.db.execute("DELETE FROM reorder_levels")


def test_a_cashier_a_negative_level_or_text_is_refused_and_nothing_is_written(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    with pytest.raises(ApprovalRequired):
        reorder.set_reorder_level(led, "MSK-GRN", 5, user=outlet.cashier)
    for bad in ("-1", "ten", "2.5", ""):
        with pytest.raises(InvalidInput, match="whole number of 0 or more"):
            reorder.parse_level(bad)
    with pytest.raises(InvalidInput):
        reorder.set_reorder_level(led, "MSK-GRN", -1, user=outlet.manager)
    with pytest.raises(NotFound):
        reorder.set_reorder_level(led, "NO-SUCH", 5, user=outlet.manager)
    assert led.db.execute("SELECT count(*) FROM reorder_levels").fetchone()[0] == 0
    assert led.db.execute(
        "SELECT count(*) FROM events WHERE kind = 'reorder_level_set'").fetchone()[0] == 0  # fmt: skip


def test_an_enrolled_outlet_whose_catalog_is_the_districts_still_sets_its_reorder_level(
    sqlite_district: District, tmp_path: Path
) -> None:
    outlet = fresh_outlet(tmp_path / "o", sqlite_district)
    led = outlet.ledger
    with pytest.raises(NotAllowed):  # the catalog itself is read-only here
        catalog.import_catalog(led, catalog.parse_catalog_json('{"products": []}'))
    reorder.set_reorder_level(led, "SOAP-NEEM", 3, user=outlet.manager)
    assert levels(led)["SOAP-NEEM"].reorder_level == 3


def test_pos_stock_reorder_sets_the_level_and_levels_shows_it_low(tmp_path: Path) -> None:

    made = make_outlet(tmp_path / "outlet")
    data = made.settings.data_dir
    made.ledger.close()
    done = run_pos(data, "stock", "reorder", "--item", "MSK-GRN", "--level", "5", "--user",
                   "Meena", "--json", env={"POS_PIN": MANAGER_PIN})  # fmt: skip
    assert done.code == 0, done.stderr
    assert done.json() == {"sku": "MSK-GRN", "reorder_level": 5}
    shown = run_pos(data, "stock", "levels", "--json").json()["levels"]
    mask = {lv["sku"]: lv for lv in shown}["MSK-GRN"]
    assert (mask["reorder_level"], mask["low"]) == (5, True)
    assert "low: reorder level 5" in run_pos(data, "stock", "levels").stdout
    bad = run_pos(data, "stock", "reorder", "--item", "MSK-GRN", "--level", "-3", "--user",
                  "Meena", env={"POS_PIN": MANAGER_PIN})  # fmt: skip
    assert bad.code != 0 and "whole number of 0 or more" in bad.stderr
