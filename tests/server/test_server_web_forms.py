"""The district office's forms as an officer new to them meets them: a refusal says why on the
page the form was on and gives back what was typed; the audit log reads as words and rupees;
staff accounts start with the least a new account may do."""

from __future__ import annotations

import html
import re
import shlex
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from pos import clock
from pos.cli.main import build_parser
from pos.inventory import stock
from pos.server.app import create_app
from pos.server.runner import ServerThread
from pos.server.web import i18n
from pos.server.web.pages.auth import audit_changes
from pos.sync import service
from tests.server.test_server_api import _sell
from tests.support.office_client import Office, add_staff, token_of
from tests.support.sync_fixtures import District, fresh_outlet, make_store


@pytest.fixture
def office(tmp_path: Path) -> Iterator[District]:
    db = str(tmp_path / "district.sqlite")
    store = make_store(db)
    add_staff(store, "asha", "admin")
    add_staff(store, "omkar", "officer")
    with ServerThread(create_app(store)) as server:
        district = District(store, server.url, db)
        district.publish_small_catalog()
        yield district
    store.close()


def _version(office: District) -> int:
    return len(office.store.rows("catalog_changes"))


def _value_of(page: str, name: str) -> str:
    found = re.search(rf'<input name="{name}"[^>]*value="([^"]*)"', page)
    assert found, f"no input {name} with a value"
    return found.group(1)


def test_an_shg_edit_refused_stays_on_its_page_with_what_was_typed_and_publishes_nothing(
    office: District,
) -> None:
    staff = Office(office.url)
    staff.sign_in("omkar")
    before = _version(office)
    typed = {"code": "SHG-LAX", "name_en": "Laxmi SHG", "village": "Typed village",
             "bank_account": "1234567890", "ifsc": "bad ifsc", "upi_vpa": "laxmi@sbi"}  # fmt: skip
    refused = staff.post("/office/shgs", typed, token_from="/office/shgs/SHG-LAX")
    assert refused.status_code == 400
    assert "an IFSC is like SBIN0001234" in refused.text
    assert "<h1>SHG-LAX" in refused.text  # the SHG's own page, not the register
    assert _value_of(refused.text, "village") == "Typed village"
    assert _value_of(refused.text, "ifsc") == "bad ifsc"
    assert _version(office) == before
    for bad, why in (({"bank_account": "12-34"}, "a bank account is 9 to 18 digits"),
                     ({"upi_vpa": "not a vpa"}, "not a valid UPI ID")):  # fmt: skip
        again = staff.post("/office/shgs", {**typed, "ifsc": "SBIN0001234", **bad},
                           token_from="/office/shgs/SHG-LAX")  # fmt: skip
        assert again.status_code == 400 and why in again.text
    assert _version(office) == before


def test_a_new_shg_refused_keeps_the_register_on_screen_and_the_typed_form_in_hindi(
    office: District,
) -> None:
    staff = Office(office.url)
    staff.http.cookies.set("pos_office_lang", "hi")
    staff.sign_in("omkar")
    refused = staff.post("/office/shgs", {"code": "SHG-NEW", "name_en": "", "village": "Morar"})
    assert refused.status_code == 400
    assert i18n.HI["an SHG needs an English name"] in refused.text
    assert "SHG-LAX" in refused.text  # the register is still listed
    assert i18n.HI["No SHGs yet."] not in refused.text
    assert _value_of(refused.text, "code") == "SHG-NEW"
    assert _value_of(refused.text, "village") == "Morar"


def test_a_price_typed_with_a_decimal_comma_is_refused_not_previewed_a_hundred_times_higher(
    office: District,
) -> None:
    staff = Office(office.url)
    staff.sign_in("omkar")
    when = (clock.local(clock.now_utc()) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    preview = staff.post("/office/catalog/preview", {"what": "price", "sku": "MSK-GRN",
                         "mrp": "12,50", "effective_from": when}, token_from="/office/catalog")  # fmt: skip
    assert preview.status_code == 400
    assert "₹1,250.00" not in preview.text and "₹1250.00" not in preview.text
    assert "a comma only groups thousands" in preview.text
    price_form = preview.text.split('value="price"')[1].split("</form>")[0]
    assert 'value="MSK-GRN"' in price_form and 'value="12,50"' in price_form
    assert f'value="{when}"' in price_form  # what was typed comes back to be corrected


def test_the_audit_log_shows_each_change_in_words_and_rupees_not_json_and_paise(
    office: District,
) -> None:
    staff = Office(office.url)
    staff.sign_in("omkar")
    staff.post("/office/shgs", {"code": "SHG-LAX", "name_en": "Laxmi Mahila SHG",
                                "upi_vpa": "laxmi@sbi"}, token_from="/office/shgs/SHG-LAX")  # fmt: skip
    staff.post("/office/shgs", {"code": "SHG-LAX", "name_en": "Laxmi Mahila SHG",
                                "upi_vpa": "laxmi2@sbi"}, token_from="/office/shgs/SHG-LAX")  # fmt: skip
    log = staff.get("/office/audit").text
    assert "SHG saved and published" in log and "{&#34;" not in log and '{"' not in log
    assert re.search(r"UPI ID</span>: <del>laxmi@sbi</del> → <ins>laxmi2@sbi</ins>", log)
    assert audit_changes(None, '{"mrp_paise": 1250, "rate_bp": 500, "active": true}') == [
        ("active", "", "yes"), ("mrp_paise", "", "₹12.50"), ("rate_bp", "", "5%")]  # fmt: skip
    hindi = Office(office.url)
    hindi.http.cookies.set("pos_office_lang", "hi")
    hindi.sign_in("omkar")
    assert i18n.HI["SHG saved and published"] in hindi.get("/office/audit").text


def test_every_audit_action_and_field_has_hindi() -> None:
    words = [*i18n.AUDIT_ACTIONS.values(), *i18n.AUDIT_FIELDS.values(), *i18n.AUDIT_WORDS]
    assert [w for w in words if w not in i18n.HI and w.upper() != w] == []


def test_a_new_staff_account_is_a_viewer_unless_chosen_and_a_refused_one_keeps_the_name(
    office: District,
) -> None:
    admin = Office(office.url)
    admin.sign_in("asha")
    page = admin.get("/office/users").text
    add_form = page.split('class="card narrow"')[1]
    assert re.search(r'<option value="viewer" selected>', add_form)
    refused = admin.post("/office/users", {"action": "add", "name": "kiran", "role": "officer",
                                           "password": "short"})  # fmt: skip
    assert refused.status_code == 400
    form = refused.text.split('class="card narrow"')[1]
    assert 'value="kiran"' in form and '<option value="officer" selected>' in form


def test_an_admin_cannot_change_her_own_role_and_lock_the_district_out_of_staff(
    office: District,
) -> None:
    admin = Office(office.url)
    admin.sign_in("asha")
    refused = admin.post("/office/users", {"action": "role", "name": "asha", "role": "viewer"})
    assert refused.status_code == 400 and "you cannot change your own role" in refused.text
    assert office.store.rows("staff_users", name="asha")[0]["role"] == "admin"


def test_a_wrong_password_gives_back_the_user_name_typed(office: District) -> None:
    staff = Office(office.url)
    refused = staff.sign_in("omkar", "not the password")
    assert refused.status_code == 401
    assert _value_of(refused.text, "name") == "omkar"
    assert "Five wrong passwords in a row lock the account for 15 minutes." in refused.text
    assert "not the password" not in refused.text


def test_a_receipt_links_back_to_its_days_receipts_whose_tenders_read_in_hindi(
    office: District, tmp_path: Path
) -> None:
    """The receipt page had no way back but the browser's, and a Hindi day's receipts listed
    their tenders as the data's keys ("cash+upi")."""
    outlet = fresh_outlet(tmp_path / "o", office)
    stock.receive_lot(outlet.ledger, "SHG-LAX", "MSK-GRN", 40, user=outlet.manager)
    sold = _sell(outlet, qty=2)
    service.sync_once(outlet.ledger)
    staff = Office(office.url)
    staff.http.cookies.set("pos_office_lang", "hi")
    staff.sign_in("omkar")
    day = clock.business_date(clock.now_utc())
    receipts = staff.get(f"/office/sales/G01/{day}").text
    assert ">cash<" not in receipts and f"<td>{i18n.HI['cash']}</td>" in receipts
    link = re.search(r'href="(/office/receipts/[^"]+)">' + re.escape(sold.receipt_no), receipts)
    assert link, receipts
    receipt = staff.get(link.group(1)).text
    assert f'href="/office/sales/G01/{day}"' in receipt
    assert i18n.HI["Back to the day's receipts"] in receipt
    outlet.ledger.close()


def outlet_name(office: District) -> str:
    return str(office.store.rows("outlets", code="G01")[0]["name"])


def _till_commands(page: str) -> list[list[str]]:
    found = re.findall(r'<code class="till-command">([^<]+)</code>', page)
    assert found, "the code page names no command for the till"
    return [shlex.split(html.unescape(command)) for command in found]


def test_the_commands_the_code_pages_give_for_the_till_are_ones_pos_accepts(
    office: District, tmp_path: Path
) -> None:
    """The replacement code's page said `pos enroll … --replacement`, an option pos has not
    got: a clerk copying it got a usage error."""
    outlet = fresh_outlet(tmp_path / "o", office)
    staff = Office(office.url)
    staff.sign_in("omkar")
    staff.post("/office/outlets", {"code": "G02", "name": "Sarv Gwalior, Morar"})
    commands = _till_commands(staff.get("/office/code").text)
    device = outlet.ledger.device.id
    staff.post(f"/office/tills/{device}/replace", {}, token_from="/office/outlets")
    replacing = _till_commands(staff.get("/office/code").text)
    assert [c[:2] for c in replacing] == [["pos", "init"], ["pos", "enroll"]]
    for argv in (*commands, *replacing):
        args = build_parser(argv[1:]).parse_args(argv[1:])  # exits (usage) on a wrong option
        assert args.command in ("init", "enroll")
    init = build_parser(replacing[0][1:]).parse_args(replacing[0][1:])
    assert (init.code, init.name, init.server) == ("G01", outlet_name(office), office.url)
    outlet.ledger.close()


def test_add_an_outlet_with_a_code_in_use_is_refused_not_a_code_for_that_other_outlet(
    office: District,
) -> None:
    """ "Add an outlet" G01 "Sarv Dabra" while G01 is Lashkar issued an enrolment code for
    Lashkar: the new shop's till would have sold as the other outlet."""
    staff = Office(office.url)
    staff.sign_in("omkar")
    assert staff.post("/office/outlets", {"code": "G01", "name": "Lashkar"}).status_code == 303
    codes = len(office.store.rows("enrol_codes"))
    refused = staff.post("/office/outlets", {"code": "g01", "name": "Sarv Dabra"})
    assert refused.status_code == 400
    assert "outlet G01 exists already: Lashkar; choose another code" in refused.text
    assert _value_of(refused.text, "name") == "Sarv Dabra"
    assert len(office.store.rows("enrol_codes")) == codes
    again = staff.post("/office/outlets", {"code": "G01"})  # its card's "New enrolment code"
    assert again.status_code == 303 and len(office.store.rows("enrol_codes")) == codes + 1


def test_an_shgs_pdf_statement_carries_the_bank_account_and_ifsc_it_is_paid_to(
    office: District, tmp_path: Path
) -> None:
    """The statement an officer settles from gave the UPI ID only, not the bank details."""
    staff = Office(office.url)
    staff.sign_in("omkar")
    staff.post("/office/shgs", {"code": "SHG-LAX", "name_en": "Laxmi Mahila SHG",
                                "bank_account": "123456789012", "ifsc": "SBIN0001234"},
               token_from="/office/shgs/SHG-LAX")  # fmt: skip
    path = tmp_path / "statement.pdf"
    path.write_bytes(staff.get("/office/shgs/SHG-LAX/statement.pdf").content)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert re.search(r"Bank / .*123456789012 SBIN0001234", text), text


def test_a_locked_account_is_told_who_can_unlock_it_and_a_reset_does(office: District) -> None:
    staff = Office(office.url)
    for _ in range(5):
        staff.sign_in("omkar", "not the password")
    locked = staff.sign_in("omkar")
    assert locked.status_code == 401 and "locked for 15 minutes" in locked.text
    assert "An admin can unlock it at once by setting a new password" in locked.text
    admin = Office(office.url)
    admin.sign_in("asha")
    reset = admin.post("/office/users", {"action": "reset", "name": "omkar",
                                         "password": "a fresh long password"})  # fmt: skip
    assert reset.status_code == 303
    assert staff.sign_in("omkar", "a fresh long password").url.endswith("/office/")


def test_a_form_sent_after_the_session_ended_gets_the_sign_in_page_back_to_its_page(
    office: District,
) -> None:
    """It got a bare English "sign in first"; the officer did not know what had happened."""
    staff = Office(office.url)
    staff.http.cookies.set("pos_office_lang", "hi")
    staff.sign_in("omkar")
    form_page = "/office/shgs/SHG-LAX?from=2026-11-01&to=2026-11-30"
    token = token_of(staff.get(form_page).text)
    admin = Office(office.url)  # a password reset ends her session while the form is open
    admin.sign_in("asha")
    admin.post("/office/users", {"action": "reset", "name": "omkar",
                                 "password": "a fresh long password"})  # fmt: skip
    sent = staff.http.post(
        office.url + "/office/shgs",
        data={"code": "SHG-LAX", "name_en": "X", "csrf_token": token},
        headers={"Referer": office.url + form_page},
        allow_redirects=False,
        timeout=30,
    )
    assert sent.status_code == 401
    assert i18n.HI["Your session has ended. Sign in again, then send the form again."] in sent.text
    assert 'name="password"' in sent.text
    assert f'name="next" value="{html.escape(form_page)}"' in sent.text
