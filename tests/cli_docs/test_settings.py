"""Outlet settings: declared defaults, validation, manager approval at the CLI."""

from __future__ import annotations

import pytest

from pos.errors import InvalidInput, NotFound
from pos.outlet import config
from tests.conftest import CASHIER_PIN, run_pos


def test_settings_have_defaults_and_refuse_bad_values(outlet) -> None:
    assert config.get_int(outlet.ledger, "variance_threshold_paise") == 10000
    config.set_value(outlet.ledger, "printer_width_dots", "384")
    assert config.get(outlet.ledger, "printer_width_dots") == "384"
    with pytest.raises(InvalidInput, match="576"):
        config.set_value(outlet.ledger, "printer_width_dots", "500")
    with pytest.raises(NotFound):
        config.set_value(outlet.ledger, "no_such_setting", "1")


def test_changing_a_setting_at_the_cli_needs_a_manager(outlet) -> None:
    refused = run_pos(
        outlet.data_dir,
        "settings",
        "set",
        "backup_keep",
        "7",
        "--approver",
        "Ravi",
        env={"POS_APPROVER_PIN": CASHIER_PIN},
    )
    assert refused.code == 1 and "manager" in refused.stderr
    done = run_pos(outlet.data_dir, "settings", "set", "backup_keep", "7", "--approver", "Meena")
    assert done.code == 0, done.stderr
    listed = run_pos(outlet.data_dir, "settings", "list", "--json").json()
    assert listed["backup_keep"] == "7" and listed["commission"] == "pct:1000"
