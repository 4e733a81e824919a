"""Bad input is refused with a clear message and leaves the ledger exactly as it was."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import MANAGER_PIN, run_pos

from pos.clock import LOCAL_TZ
from pos.errors import ApprovalRequired, InvalidInput, NotAllowed, NotFound, PosError
from pos.inventory import stock
from pos.records.ledger import Ledger
from pos.reporting import settlement
from pos.selling import shifts

TABLES = (
    "shifts",
    "cash_movements",
    "lots",
    "lot_balance",
    "stock_moves",
    "settlements",
    "events",
    "outbox",
)


def snapshot(led: Ledger) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    return {t: led.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


def refused(led: Ledger, error: type[PosError], match: str, call) -> None:  # type: ignore[no-untyped-def]
    before = snapshot(led)
    with pytest.raises(error, match=match):
        call()
    assert snapshot(led) == before


def test_a_cashiers_paid_out_needs_a_managers_approval(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    shifts.cash_movement(led, "paid_in", 50_000, "float top-up", user=outlet.cashier)
    for approver in (None, outlet.cashier):
        refused(
            led,
            ApprovalRequired,
            "a paid out needs a manager's approval",
            lambda approver=approver: shifts.cash_movement(
                led, "paid_out", 4_000, "tea", user=outlet.cashier, approver=approver
            ),
        )
    approved = shifts.cash_movement(
        led, "paid_out", 4_000, "tea", user=outlet.cashier, approver=outlet.manager
    )
    by_manager = shifts.cash_movement(led, "paid_out", 1_000, "milk", user=outlet.manager)
    assert (approved.approver_id, by_manager.approver_id) == (
        outlet.manager.id,
        outlet.manager.id,
    )


def test_closing_a_closed_shift_is_refused(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    shifts.close_shift(led, {50000: 2}, user=outlet.cashier)
    refused(
        led,
        NotAllowed,
        "already closed with Z 1",
        lambda: shifts.close_shift(led, {50000: 2}, user=outlet.cashier),
    )


def test_a_negative_count_is_refused(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    refused(
        led,
        InvalidInput,
        "cannot be negative",
        lambda: shifts.close_shift(led, {50000: 3, 1000: -2}, user=outlet.cashier),
    )
    refused(
        led,
        InvalidInput,
        "not a denomination",
        lambda: shifts.close_shift(led, {700: 1}, user=outlet.cashier),
    )
    assert shifts.current_shift(led) is not None


def test_a_drop_larger_than_the_cash_in_the_drawer_is_refused(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    refused(
        led,
        NotAllowed,
        "drawer should hold only ₹1,000.00",
        lambda: shifts.cash_movement(led, "drop", 100001, "safe", user=outlet.cashier),
    )
    shifts.cash_movement(led, "drop", 100000, "safe", user=outlet.cashier)  # exactly all: fine


def test_cash_movements_need_a_reason_and_a_no_sale_needs_a_manager(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    refused(
        led,
        InvalidInput,
        "needs a reason",
        lambda: shifts.cash_movement(led, "paid_in", 500, "  ", user=outlet.cashier),
    )
    refused(
        led,
        NotAllowed,
        "manager",
        lambda: shifts.cash_movement(led, "no_sale", 0, "coins", user=outlet.cashier),
    )
    refused(
        led,
        InvalidInput,
        "more than zero",
        lambda: shifts.cash_movement(led, "paid_out", 0, "tea", user=outlet.cashier),
    )
    refused(
        led,
        InvalidInput,
        "unknown cash movement",
        lambda: shifts.cash_movement(led, "refund", 10, "x", user=outlet.cashier),
    )


def test_intake_for_an_unknown_shg_is_refused(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    refused(
        led,
        NotFound,
        "no SHG with code 'SHG-XYZ'",
        lambda: stock.receive_lot(led, "SHG-XYZ", "MSK-GRN", 5, user=outlet.manager),
    )
    refused(
        led,
        NotFound,
        "no product",
        lambda: stock.receive_lot(led, "SHG-LAX", "NOPE", 5, user=outlet.manager),
    )
    refused(
        led,
        InvalidInput,
        "at least 1",
        lambda: stock.receive_lot(led, "SHG-LAX", "MSK-GRN", 0, user=outlet.manager),
    )
    refused(
        led,
        InvalidInput,
        "above the MRP",
        lambda: stock.receive_lot(
            led, "SHG-LAX", "MSK-GRN", 5, user=outlet.manager, shg_price_paise=1001
        ),
    )
    refused(
        led,
        InvalidInput,
        "before the received date",
        lambda: stock.receive_lot(
            led,
            "SHG-LAX",
            "MSK-GRN",
            5,
            user=outlet.manager,
            received_on="2026-01-10",
            expiry="2026-01-09",
        ),
    )


def test_taking_out_more_than_a_lot_holds_is_refused(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    lot = stock.receive_lot(led, "SHG-LAX", "MSK-GRN", 5, user=outlet.manager)
    refused(
        led,
        NotAllowed,
        "only 5 on hand",
        lambda: stock.write_off(led, lot.id, "damage", 6, "torn", user=outlet.manager),
    )
    refused(
        led,
        NotAllowed,
        "only 5 on hand",
        lambda: stock.return_to_shg(led, lot.id, 9, "x", user=outlet.manager),
    )
    refused(
        led,
        InvalidInput,
        "needs a reason",
        lambda: stock.write_off(led, lot.id, "expiry", 1, "", user=outlet.manager),
    )
    refused(
        led,
        NotFound,
        "no stock lot #99",
        lambda: stock.count_adjust(led, 99, 3, "count", user=outlet.manager),
    )


def test_a_settlement_period_in_the_future_is_refused(outlet) -> None:  # type: ignore[no-untyped-def]
    led = outlet.ledger
    moment = datetime(2030, 5, 10, 12, tzinfo=LOCAL_TZ)

    def pay(date_from: str, date_to: str, **kw):  # type: ignore[no-untyped-def]
        args = {"amount_paise": 100, "method": "bank", "reference": "R", "paid_on": "2030-05-10"}
        args.update(kw)
        return lambda: settlement.pay_settlement(
            led,
            "SHG-LAX",
            date_from,
            date_to,
            args["amount_paise"],
            args["method"],
            args["reference"],
            args["paid_on"],
            user=outlet.manager,
            moment=moment,
        )

    refused(led, InvalidInput, "has not ended", pay("2030-05-01", "2030-05-31"))
    refused(led, InvalidInput, "has not ended", pay("2030-05-01", "2030-05-10"))
    refused(led, InvalidInput, "starts .* after it ends", pay("2030-04-30", "2030-04-01"))
    refused(
        led, InvalidInput, "in the future", pay("2030-04-01", "2030-04-30", paid_on="2030-06-01")
    )
    refused(led, InvalidInput, "reference", pay("2030-04-01", "2030-04-30", reference=" "))
    refused(led, NotAllowed, "nothing is payable", pay("2030-04-01", "2030-04-30"))


def test_the_cli_refuses_bad_input_with_a_message_and_exit_1(outlet) -> None:  # type: ignore[no-untyped-def]
    led, data = outlet.ledger, outlet.data_dir
    before = snapshot(led)
    cases = [
        (("cash", "drop", "5000", "--reason", "safe"), "drawer should hold only"),
        (("shift", "close", "--count", "500=-1"), "cannot be negative"),
        (("stock", "intake", "--shg", "SHG-XYZ", "--item", "MSK-GRN", "--qty", "5"), "no SHG"),
        (("report", "shg", "--from", "2026-05-01", "--to", "2026-04-01"), "after it ends"),
        (
            (
                "settlement",
                "pay",
                "--shg",
                "SHG-LAX",
                "--from",
                "2099-01-01",
                "--to",
                "2099-01-31",
                "--amount",
                "10",
                "--method",
                "bank",
                "--reference",
                "R",
                "--paid-on",
                "2026-01-01",
                "--user",
                "Meena",
            ),
            "has not ended",
        ),
        (("cash", "nosale", "--reason", "x"), "manager"),
    ]
    for args, message in cases:
        result = run_pos(data, *args, env={"POS_PIN": MANAGER_PIN} if "--user" in args else None)
        assert result.code == 1, (args, result.stderr)
        assert message in result.stderr, (args, result.stderr)
    assert snapshot(led) == before
    run_pos(data, "shift", "close", "--count", "500=2")
    closed_again = run_pos(data, "shift", "close", "--count", "500=2")
    assert closed_again.code == 1 and "already closed with Z 1" in closed_again.stderr
