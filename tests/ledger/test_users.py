"""Users and PINs: scrypt hashes, lockout after five wrong PINs, manager approval."""

from __future__ import annotations

import pytest

from pos.errors import ApprovalRequired, AuthFailed, LockedOut
from pos.outlet import users
from tests.conftest import CASHIER_PIN, MANAGER_PIN, run_pos


def test_pins_are_stored_as_scrypt_hashes(outlet) -> None:
    row = outlet.ledger.db.execute("SELECT pin_hash FROM users WHERE name = 'Ravi'").fetchone()
    assert row[0].startswith("scrypt$") and CASHIER_PIN not in row[0]


def test_five_wrong_pins_lock_the_user_even_with_the_right_pin_after(outlet) -> None:
    for attempt in range(4):
        with pytest.raises(AuthFailed, match=f"{4 - attempt} tr"):
            users.login(outlet.ledger, "Ravi", "0000")
    with pytest.raises(LockedOut, match="locked"):
        users.login(outlet.ledger, "Ravi", "0000")
    with pytest.raises(LockedOut):
        users.login(outlet.ledger, "Ravi", CASHIER_PIN)


def test_a_right_pin_resets_the_count_of_wrong_ones(outlet) -> None:
    for _ in range(3):
        with pytest.raises(AuthFailed):
            users.login(outlet.ledger, "Ravi", "0000")
    assert users.login(outlet.ledger, "Ravi", CASHIER_PIN).name == "Ravi"
    with pytest.raises(AuthFailed, match="4 tries"):
        users.login(outlet.ledger, "Ravi", "0000")


def test_a_cashier_cannot_approve(outlet) -> None:
    with pytest.raises(ApprovalRequired):
        users.approve(outlet.ledger, "Ravi", CASHIER_PIN, "a return")
    assert users.approve(outlet.ledger, "Meena", MANAGER_PIN, "a return").role == "manager"


def test_the_cli_locks_a_user_after_five_wrong_pins(outlet) -> None:
    codes = []
    for _ in range(5):
        result = run_pos(
            outlet.data_dir,
            "sale",
            "--item",
            "MSK-GRN",
            "--pay",
            "cash=10",
            env={"POS_PIN": "9999"},
        )
        codes.append(result.code)
    assert codes == [1] * 5
    assert "locked" in result.stderr
    again = run_pos(outlet.data_dir, "sale", "--item", "MSK-GRN", "--pay", "cash=10")
    assert again.code == 1 and "locked" in again.stderr
    assert outlet.ledger.db.execute("SELECT count(*) FROM sales").fetchone()[0] == 0


def test_users_are_added_only_with_a_manager(outlet) -> None:
    refused = run_pos(
        outlet.data_dir,
        "users",
        "add",
        "Asha",
        "--approver",
        "Ravi",
        env={"POS_NEW_PIN": "4321", "POS_APPROVER_PIN": CASHIER_PIN},
    )
    assert refused.code == 1 and "manager" in refused.stderr
    added = run_pos(
        outlet.data_dir,
        "users",
        "add",
        "Asha",
        "--role",
        "cashier",
        "--language",
        "hi",
        "--approver",
        "Meena",
        "--json",
        env={"POS_NEW_PIN": "4321"},
    )
    assert added.code == 0, added.stderr
    assert added.json()["language"] == "hi"
    assert users.login(outlet.ledger, "Asha", "4321").role == "cashier"
