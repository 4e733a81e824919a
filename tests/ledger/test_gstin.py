"""The GSTIN check and the document an outlet issues, at every place a GSTIN is entered."""

from __future__ import annotations

import pytest

from pos.db.connection import transaction
from pos.db.outlet import outlet_q
from pos.errors import InvalidInput
from pos.outlet import setup
from pos.outlet.gstin import check_character, check_gstin, default_doc_mode
from pos.records.ledger import create_ledger, open_ledger
from pos.settings import resolve_settings
from tests.conftest import run_pos


def test_a_well_formed_gstin_with_its_right_check_character_is_accepted() -> None:
    assert check_gstin(" 27aapfu0939f1zv ") == "27AAPFU0939F1ZV"  # the GST portal's example
    assert check_gstin("10AAAGG1234F1ZB") == "10AAAGG1234F1ZB"
    assert check_gstin("23AAAGG1234F1Z4") == "23AAAGG1234F1Z4"  # Madhya Pradesh
    assert check_character("10AABCU9603R1Z") == "2"


def test_10aabcu9603r1zm_is_refused_because_its_check_character_should_be_2() -> None:
    with pytest.raises(InvalidInput) as refused:
        check_gstin("10AABCU9603R1ZM")
    assert refused.value.message == (
        "not a valid GSTIN 10AABCU9603R1ZM: the check character (the last) is M but should "
        "be 2; a character was probably mistyped"
    )


@pytest.mark.parametrize(
    ("gstin", "says"),
    [
        ("10AABCU9603R1Z", "a GSTIN is 15 letters and digits (e.g. 23AAAGG1234F1Z4), not 14"),
        ("10AABCU9603R1Z-", "a GSTIN has only letters and digits"),
        ("00AABCU9603R1Z2", "00 is not a state code (01 to 38, 97 or 99)"),
        ("39AABCU9603R1Z2", "39 is not a state code"),
        ("10AAB1U9603R1Z2", "characters 3 to 12 (AAB1U9603R) are not a PAN"),
        ("10AABCU96O3R1Z2", "characters 3 to 12 (AABCU96O3R) are not a PAN"),
        ("10AABCU9603R0Z2", "character 13 is the entity number, 1 to 9 or A to Z, not 0"),
        ("10AABCU9603R1Y2", "character 14 must be Z, not Y"),
    ],
)
def test_a_gstin_that_is_wrongly_shaped_is_refused_naming_what_is_wrong(gstin, says) -> None:
    with pytest.raises(InvalidInput, match="not a valid GSTIN") as refused:
        check_gstin(gstin)
    assert says in refused.value.message


def test_the_other_territory_and_centre_codes_are_state_codes() -> None:
    for state in ("97", "99", "38", "01"):
        first14 = f"{state}AABCU9603R1Z"
        assert check_gstin(first14 + check_character(first14)) == first14 + check_character(first14)


def test_an_outlet_without_a_gstin_issues_cash_memos_and_one_with_a_gstin_tax_invoices(
    tmp_path,
) -> None:
    assert (default_doc_mode(None), default_doc_mode("10AAAGG1234F1ZB")) == (
        "cash_memo",
        "tax_invoice",
    )
    plain = create_ledger(resolve_settings(tmp_path / "a"), code="G01", name_en="Haat")
    registered = create_ledger(
        resolve_settings(tmp_path / "b"), code="G02", name_en="Haat", gstin="10aaagg1234f1zb"
    )
    try:
        assert (plain.outlet.doc_mode, plain.outlet.gstin) == ("cash_memo", None)
        assert (registered.outlet.doc_mode, registered.outlet.gstin) == (
            "tax_invoice",
            "10AAAGG1234F1ZB",
        )
    finally:
        plain.close()
        registered.close()


def test_a_bill_of_supply_without_a_gstin_is_refused(tmp_path) -> None:
    with pytest.raises(InvalidInput, match="a bill of supply carries the outlet's GSTIN"):
        create_ledger(resolve_settings(tmp_path), code="G01", name_en="Haat",
                      doc_mode="bill_of_supply")  # fmt: skip
    assert not resolve_settings(tmp_path).ledger_path.exists()


def test_an_older_unregistered_bill_of_supply_outlet_now_issues_cash_memos(tmp_path) -> None:
    settings = resolve_settings(tmp_path)
    create_ledger(settings, code="G01", name_en="Haat", doc_mode="cash_memo").close()
    ledger = open_ledger(settings)
    try:  # what an older version let a till store
        with transaction(ledger.db):
            outlet_q.update_outlet(ledger.db, {"doc_mode": "bill_of_supply"})
        ledger.reload()
        assert ledger.outlet.doc_mode == "cash_memo"
    finally:
        ledger.close()


def test_pos_init_checks_the_gstin_and_defaults_the_document_mode(tmp_path) -> None:
    bad = run_pos(tmp_path / "bad", "init", "--code", "G01", "--name", "Haat", "--gstin",
                  "10AABCU9603R1ZM", "--manager", "Asha")  # fmt: skip
    assert bad.code == 1 and "the check character (the last) is M but should be 2" in bad.stderr
    assert not (tmp_path / "bad" / "ledger.sqlite").exists()
    good = run_pos(tmp_path / "good", "init", "--code", "G01", "--name", "Haat", "--gstin",
                   "23AAAGG1234F1Z4", "--manager", "Asha")  # fmt: skip
    assert good.code == 0, good.stderr
    plain = run_pos(tmp_path / "plain", "init", "--code", "G01", "--name", "Haat",
                    "--manager", "Asha")  # fmt: skip
    assert plain.code == 0, plain.stderr
    for folder, mode in (("good", "tax_invoice"), ("plain", "cash_memo")):
        ledger = open_ledger(resolve_settings(tmp_path / folder), readonly=True)
        try:
            assert ledger.outlet.doc_mode == mode
        finally:
            ledger.close()


def test_the_settings_check_the_gstin_like_set_up(outlet) -> None:
    with pytest.raises(InvalidInput, match="should be 2"):
        setup.update_outlet_details(outlet.ledger, user=outlet.manager, name_en="X", name_hi="",
                                    doc_mode="tax_invoice", gstin="10AABCU9603R1ZM",
                                    upi_vpa=None)  # fmt: skip
    assert outlet.ledger.outlet.gstin == "23AAALZ0423G1ZB"
    setup.update_outlet_details(outlet.ledger, user=outlet.manager, name_en="X", name_hi="",
                                doc_mode="tax_invoice", gstin="10AABCU9603R1Z2",
                                upi_vpa=None)  # fmt: skip
    assert outlet.ledger.outlet.gstin == "10AABCU9603R1Z2"


def test_the_wizard_refuses_a_gstin_with_a_wrong_check_character(tmp_path) -> None:
    details = setup.OutletDetails(code="G01", name_en="Haat", gstin="10AABCU9603R1ZM")
    with pytest.raises(InvalidInput, match="should be 2"):
        setup.set_up_outlet(resolve_settings(tmp_path), "standalone", details,
                            manager_name="Asha", manager_pin="2468")  # fmt: skip
    assert not resolve_settings(tmp_path).ledger_path.exists()
