"""The real `pos` CLI for shifts, cash, stock, reports and settlement, with --json."""

from __future__ import annotations

from conftest import MANAGER_PIN, run_pos

from pos.products import catalog
from pos.selling import sales


def test_a_shift_runs_through_the_cli_with_json_money_in_paise(outlet) -> None:  # type: ignore[no-untyped-def]
    data = outlet.data_dir
    intake = run_pos(
        data,
        "stock",
        "intake",
        "--shg",
        "SHG-LAX",
        "--item",
        "MSK-GRN",
        "--qty",
        "10",
        "--shg-price",
        "8",
        "--expiry",
        "2099-12-31",
        "--json",
    )
    assert intake.code == 0, intake.stderr
    lot = intake.json()["lot"]
    assert (lot["on_hand"], lot["shg_price_paise"], lot["shg_code"]) == (10, 800, "SHG-LAX")

    item = catalog.find_item(outlet.ledger, "MSK-GRN")
    sales.complete_sale(
        outlet.ledger,
        [sales.price_line(item, 4, doc_mode="tax_invoice")],
        [sales.Tender("cash", 5000)],
        outlet.cashier,
    )

    assert run_pos(data, "cash", "in", "200", "--reason", "float top-up").code == 0
    unapproved = run_pos(data, "cash", "out", "50.50", "--reason", "tea")
    assert unapproved.code != 0
    assert "a paid out needs a manager's approval" in unapproved.stderr
    out = run_pos(data, "cash", "out", "50.50", "--reason", "tea", "--approver", "Meena", "--json")
    assert out.json()["cash_movement"]["amount_paise"] == 5050
    assert run_pos(data, "cash", "drop", "100", "--reason", "safe").code == 0
    nosale = run_pos(data, "cash", "nosale", "--reason", "coins", "--approver", "Meena", "--json")
    assert nosale.code == 0, nosale.stderr
    assert nosale.json()["cash_movement"]["kind"] == "no_sale"

    adjust = run_pos(
        data,
        "stock",
        "adjust",
        "--lot",
        str(lot["id"]),
        "--kind",
        "damage",
        "--qty",
        "1",
        "--reason",
        "torn",
        "--json",
    )
    assert adjust.json()["move"]["on_hand_after"] == 5
    count = run_pos(
        data,
        "stock",
        "adjust",
        "--lot",
        str(lot["id"]),
        "--kind",
        "count",
        "--qty",
        "4",
        "--reason",
        "stock take",
        "--json",
    )
    assert count.json()["move"]["qty"] == -1
    back = run_pos(
        data,
        "stock",
        "return-to-shg",
        "--lot",
        str(lot["id"]),
        "--qty",
        "1",
        "--reason",
        "faded",
        "--json",
    )
    assert back.json()["move"]["on_hand_after"] == 3
    levels = run_pos(data, "stock", "levels", "--json").json()["levels"]
    assert {lv["sku"]: lv["on_hand"] for lv in levels}["MSK-GRN"] == 3
    lots = run_pos(data, "stock", "levels", "--item", "MSK-GRN", "--json").json()["lots"]
    assert [x["on_hand"] for x in lots] == [3]

    # float 1000 + sale 40 + in 200 - out 50.50 - drop 100 = 1089.50
    x = run_pos(data, "report", "x", "--approver", "Meena", "--json")
    assert x.code == 0, x.stderr
    assert (x.json()["report"], x.json()["expected_paise"]) == ("X", 108950)
    text = run_pos(data, "report", "x", "--approver", "Meena").stdout
    assert "expected ₹1,089.50" in text

    status = run_pos(data, "shift", "status", "--json").json()
    assert status["shift"]["closed_at"] is None
    assert (
        status["shift"]["expected_paise"] is None
    )  # blind: nothing expected shown before the count

    close = run_pos(
        data,
        "shift",
        "close",
        "--count",
        "500=2",
        "--count",
        "50=1",
        "--count",
        "20=1",
        "--count",
        "10=1",
        "--count",
        "5=1",
        "--count",
        "2=2",
        "--reason",
        "50 paise coin missing",
        "--json",
    )
    assert close.code == 0, close.stderr
    z = close.json()["z"]
    assert (z["z_number"], z["counted_paise"], z["variance_paise"]) == (1, 108900, -50)
    assert z["cash"]["cash_sales_paise"] == 4000
    again = run_pos(data, "report", "z", "--z", "1", "--json").json()
    assert again == z
    assert "Z 1" in run_pos(data, "report", "z").stdout

    opened = run_pos(data, "shift", "open", "--user", "Ravi", "--json")
    assert opened.json()["shift"]["opening_float_paise"] == 108900  # pre-filled from the count

    day = outlet.ledger.db.execute("SELECT business_date FROM sales").fetchone()[0]
    gst = run_pos(data, "report", "gst", "--from", day, "--to", day, "--json").json()
    assert gst["lines"] == [
        {
            "hsn": "6307",
            "rate_bp": 500,
            "qty": 4,
            "value_paise": 4000,
            "taxable_paise": 3810,
            "cgst_paise": 95,
            "sgst_paise": 95,
        }
    ]
    assert "6307" in run_pos(data, "report", "gst", "--from", day, "--to", day).stdout
    summary = run_pos(data, "report", "sales", "--from", day, "--to", day, "--json").json()
    assert (summary["sales_count"], summary["net_paise"]) == (1, 4000)
    shg = run_pos(
        data, "report", "shg", "--from", day, "--to", day, "--shg", "SHG-LAX", "--json"
    ).json()["shgs"][0]
    assert (shg["sold_qty"], shg["net_payable_paise"], shg["on_hand_qty"]) == (4, 3600, 3)
    refused = run_pos(
        data,
        "settlement",
        "pay",
        "--shg",
        "SHG-LAX",
        "--from",
        day,
        "--to",
        day,
        "--amount",
        "36",
        "--method",
        "bank",
        "--reference",
        "UTR9",
        "--paid-on",
        day,
        "--user",
        "Meena",
        env={"POS_PIN": MANAGER_PIN},
    )
    assert refused.code == 1 and "has not ended" in refused.stderr
