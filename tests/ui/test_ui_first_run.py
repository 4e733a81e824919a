# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""The first-run wizard driven through its widgets (pytest-qt, offscreen): it enrols against a
real district server on 127.0.0.1 and pulls the first catalog, or sets up a standalone outlet,
or the demo outlet; the manager's PIN is set there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from pos.outlet import users
from pos.products import catalog
from pos.records.ledger import open_ledger
from pos.settings import Settings
from pos.ui.shell.first_run import FirstRunWizard
from tests.support.sync_fixtures import District, sqlite_district  # noqa: F401


def open_wizard(qtbot, data_dir: Path) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(Settings(data_dir))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill(qtbot, wizard: FirstRunWizard, pin2: str = "4826") -> None:  # type: ignore[no-untyped-def]
    wizard.outlet_code.clear()
    qtbot.keyClicks(wizard.outlet_code, "G01")
    qtbot.keyClicks(wizard.name_en, "Sarv Gwalior Centre")
    wizard.name_hi.setText("ग्वालियर केंद्र")  # QTest types Latin-1 only
    qtbot.keyClicks(wizard.upi_vpa, "sarvgwalior@sbi")
    qtbot.keyClicks(wizard.manager, "Kamla")
    qtbot.keyClicks(wizard.pin, "4826")
    qtbot.keyClicks(wizard.pin2, pin2)


def wait_finished(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: wizard.ok_button.isEnabled() or wizard.result_ is not None,
                    timeout=30_000)  # fmt: skip
    qtbot.waitUntil(lambda: wizard.runner.pending == 0, timeout=30_000)


def test_the_wizard_enrols_with_the_district_and_pulls_the_first_catalog(
    qtbot, sqlite_district: District, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sqlite_district.publish_small_catalog()
    code = sqlite_district.enrolment_code("G01")
    data = tmp_path / "till"
    wizard = open_wizard(qtbot, data)
    qtbot.mouseClick(wizard.district_button, Qt.MouseButton.LeftButton)
    assert wizard.server.isVisible() and wizard.ca_file.isVisible() and wizard.ok_button.isVisible()

    # A wrong enrolment code is refused in plain words and leaves nothing behind.
    qtbot.keyClicks(wizard.server, sqlite_district.url)
    qtbot.keyClicks(wizard.code, "WRONG-CODE")
    fill(qtbot, wizard)
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    wait_finished(qtbot, wizard)
    assert wizard.result_ is None and "not valid" in wizard.message.text()
    assert not Settings(data).ledger_path.exists()

    wizard.code.clear()
    qtbot.keyClicks(wizard.code, code)
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    wait_finished(qtbot, wizard)
    assert wizard.result_ is not None, wizard.message.text()
    assert "enrolled with the Gwalior district" in wizard.result_.message
    assert wizard.result_.pulled > 0 and not wizard.isVisible()

    ledger = open_ledger(Settings(data))
    try:
        assert ledger.device.enrolled and ledger.outlet.code == "G01"
        assert ledger.outlet.upi_vpa == "sarvgwalior@sbi"
        assert catalog.find_item(ledger, "SOAP-NEEM").name_en  # the district's catalog
        assert users.login(ledger, "Kamla", "4826").role == "manager"
    finally:
        ledger.close()


def test_the_wizard_sets_up_a_standalone_outlet_with_the_managers_pin(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "till"
    wizard = open_wizard(qtbot, data)
    qtbot.mouseClick(wizard.standalone_button, Qt.MouseButton.LeftButton)
    assert not wizard.server.isVisible() and not wizard.code.isVisible()
    fill(qtbot, wizard, pin2="4827")
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    assert "PINs differ" in wizard.message.text() and not Settings(data).ledger_path.exists()
    wizard.pin2.clear()
    qtbot.keyClicks(wizard.pin2, "4826")
    wizard.address_en.setText("Station Road, Gwalior")
    wizard.address_hi.setText("स्टेशन रोड, ग्वालियर")
    wizard.phone.setText("0751 234 5678")
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    wait_finished(qtbot, wizard)
    assert wizard.result_ is not None and wizard.result_.kind == "standalone"
    ledger = open_ledger(Settings(data))
    try:
        assert not ledger.device.enrolled and ledger.outlet.name_hi == "ग्वालियर केंद्र"
        assert (ledger.outlet.address_hi, ledger.outlet.phone) == ("स्टेशन रोड, ग्वालियर",
                                                                   "0751 234 5678")  # fmt: skip
        assert users.login(ledger, "Kamla", "4826").role == "manager"
    finally:
        ledger.close()


def test_the_wizard_starts_the_demo_outlet(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "till"
    wizard = open_wizard(qtbot, data)
    qtbot.mouseClick(wizard.demo_button, Qt.MouseButton.LeftButton)
    wait_finished(qtbot, wizard)
    assert wizard.result_ is not None and "PINs" in wizard.result_.message
    ledger = open_ledger(Settings(data))
    try:
        assert users.login(ledger, "Meena", "1234").role == "manager"
        assert len(catalog.search(ledger, "soap", 50)) >= 1  # the demo catalog
    finally:
        ledger.close()


def test_a_bad_gstin_for_a_tax_invoice_outlet_is_refused_and_nothing_is_created(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "till"
    wizard = open_wizard(qtbot, data)
    qtbot.mouseClick(wizard.standalone_button, Qt.MouseButton.LeftButton)
    fill(qtbot, wizard)
    wizard.doc_mode.setCurrentIndex(wizard.doc_mode.findData("tax_invoice"))
    qtbot.keyClicks(wizard.gstin, "12345")
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    wait_finished(qtbot, wizard)
    assert wizard.result_ is None and "not a valid GSTIN" in wizard.message.text()
    assert not Settings(data).ledger_path.exists()


def test_the_wizard_takes_a_standalone_counters_letter_and_an_enrolled_one_gets_the_districts(
    qtbot, sqlite_district: District, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import make_outlet
    from tests.support.sync_fixtures import enrol

    first = make_outlet(tmp_path / "first")
    enrol(first, sqlite_district)  # G01A is taken at the district
    first.ledger.close()
    standalone = open_wizard(qtbot, tmp_path / "standalone")
    qtbot.mouseClick(standalone.standalone_button, Qt.MouseButton.LeftButton)
    assert standalone.device_letter.isVisible()
    standalone.device_letter.clear()
    qtbot.keyClicks(standalone.device_letter, "C")
    fill(qtbot, standalone)
    qtbot.mouseClick(standalone.ok_button, Qt.MouseButton.LeftButton)
    wait_finished(qtbot, standalone)
    assert standalone.result_ is not None and standalone.result_.short_code == "G01C"

    enrolled = open_wizard(qtbot, tmp_path / "enrolled")
    qtbot.mouseClick(enrolled.district_button, Qt.MouseButton.LeftButton)
    assert not enrolled.device_letter.isVisible()
    qtbot.keyClicks(enrolled.server, sqlite_district.url)
    qtbot.keyClicks(enrolled.code, sqlite_district.enrolment_code("G01"))
    fill(qtbot, enrolled)
    qtbot.mouseClick(enrolled.ok_button, Qt.MouseButton.LeftButton)
    wait_finished(qtbot, enrolled)
    assert enrolled.result_ is not None, enrolled.message.text()
    assert enrolled.result_.short_code == "G01B" and "till G01B" in enrolled.result_.message
