"""A Hindi cashier's screens are Hindi throughout: every text on screen, the refusals from
the domain, the category tiles, the roles, the window title, the Z and the first-run wizard.
A text with an English word and no Hindi fails the test (names of people, places and goods,
codes and key names are allowed)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from conftest import MANAGER_PIN
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTableWidget,
    QWidget,
)
from test_ui_counter import finish, open_window, pay_dialog, scan, settle

from pos.outlet import config, users
from pos.settings import Settings
from pos.ui.counter.close_shift import CloseShiftDialog, ZReportDialog
from pos.ui.language import i18n
from pos.ui.shell.first_run import FirstRunWizard
from pos.ui.shell.main_window import MainWindow

MASK, SOAP = "8900000000012", "8900000000029"
# Words that are the same in a Hindi screen: codes, units, key names, brands, and the
# names of people, places and goods in the test outlet (shown beside their Hindi).
ALLOWED = {
    "upi", "pin", "gst", "cgst", "sgst", "sku", "hsn", "utr", "pos", "pdf", "qr", "id", "ca",
    "gstin", "ctrl", "shift", "esc", "enter", "return", "del", "english", "mrp", "ok", "https",
    "http", "example", "district", "sarv", "sita", "meena", "ravi", "gaya", "marketing",
    "centre", "cotton", "mask", "green", "neem", "soap", "hand", "sanitizer", "ml", "laxmi",
    "durga", "shg", "msk", "grn", "san", "fy", "no", "tcp", "usb", "sbi", "gayashg", "kamla", "pct", "gwalior", "sarvgwalior",
}  # fmt: skip


def english_only(text: str) -> bool:
    """True when a text has an English word (not an allowed one) and no Devanagari."""
    if not text or re.search(r"[\u0900-\u097F]", text):
        return False
    text = re.sub(r"\S+://\S+|\S+@\S+", "", text)  # addresses are not words
    words = re.findall(r"[A-Za-z]{2,}", text)
    return any(w.lower() not in ALLOWED for w in words)


def texts_on_screen() -> list[tuple[str, str]]:
    """(where, text) for every text a visible top-level window shows."""
    out: list[tuple[str, str]] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        out.append((f"{type(top).__name__} title", top.windowTitle()))
        for w in top.findChildren(QWidget):
            if not w.isVisibleTo(top):
                continue
            name = f"{type(top).__name__}/{type(w).__name__}#{w.objectName()}"
            if isinstance(w, (QLabel, QAbstractButton)):
                out.append((name, w.text()))
                out.append((name + " tooltip", w.toolTip()))
            elif isinstance(w, QLineEdit):
                out.append((name + " placeholder", w.placeholderText()))
            elif isinstance(w, QComboBox):
                out += [(name, w.itemText(i)) for i in range(w.count())]
            elif isinstance(w, QListWidget):
                out += [(name, w.item(i).text()) for i in range(w.count())]
            if isinstance(w, (QTableView, QTableWidget)) and w.model() is not None:
                model = w.model()
                out += [
                    (name + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(model.columnCount())
                ]
    return out


def assert_hindi(where: str) -> None:
    bad = [(w, t) for w, t in texts_on_screen() if english_only(t)]
    assert bad == [], where


@pytest.fixture
def hindi(qtbot, outlet) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    users.add_user(outlet.ledger, "Sita", "cashier", "4321", language="hi")
    users.add_user(outlet.ledger, "Kamla", "manager", "8642", language="hi")
    config.set_value(outlet.ledger, "display_language", "hi")
    window = open_window(qtbot, outlet.settings)
    yield window
    finish(qtbot, window)


def log_in(qtbot, window: MainWindow, name: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    page = window.login_page
    page.choose(name)
    page.pin.setText(pin)
    page.submit()
    settle(qtbot, window)


def test_the_login_screen_roles_and_a_wrong_pin_are_in_hindi(qtbot, hindi) -> None:  # type: ignore[no-untyped-def]
    assert_hindi("login")
    assert "प्रबंधक" in hindi.login_page.users.item(0).text()  # Kamla (manager)
    log_in(qtbot, hindi, "Sita", "9999")
    assert "गलत PIN" in hindi.login_page.message.text()
    assert_hindi("wrong PIN")


def test_the_sale_screen_its_tiles_and_the_domains_refusals_are_in_hindi(qtbot, hindi) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, hindi, "Sita", "4321")
    assert hindi.stack.currentWidget() is hindi.sale_page
    assert hindi.windowTitle().startswith("सर्व POS")
    tiles = [b.text() for b in hindi.sale_page.tile_buttons]
    assert tiles == ["मास्क", "सैनिटाइज़र", "साबुन"]  # the catalog's Hindi category names
    scan(qtbot, hindi, MASK)
    assert_hindi("sale")
    scan(qtbot, hindi, "8909999999999")  # an unknown barcode: the domain's NotFound
    message = hindi.sale_page.message.text()
    assert "बारकोड" in message and "8909999999999" in message
    assert_hindi("unknown barcode")
    dialog = pay_dialog(qtbot, hindi)
    dialog.amount.setText("5")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # below the total: settle_tenders refuses
    assert "कम" in dialog.message.text()
    assert_hindi("payment refused")
    dialog.reject()


def test_closing_the_shift_and_the_z_are_in_hindi(qtbot, hindi) -> None:  # type: ignore[no-untyped-def]
    log_in(qtbot, hindi, "Sita", "4321")
    scan(qtbot, hindi, SOAP)
    dialog = pay_dialog(qtbot, hindi)
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    settle(qtbot, hindi)
    hindi.close_shift()
    qtbot.waitUntil(lambda: isinstance(hindi.dialog, CloseShiftDialog))
    close = hindi.dialog
    close.counts[max(close.counts)].setValue(3)
    close.submit()
    settle(qtbot, hindi)
    close.submit()  # a difference and no manager's PIN: refused
    settle(qtbot, hindi)
    assert "मंज़ूरी" in close.message.text() and "cash" not in close.message.text()
    assert_hindi("close refused")
    close.approval.choose("Meena", MANAGER_PIN)
    close.submit()  # a manager, but no reason: the domain refuses
    settle(qtbot, hindi)
    assert "कारण" in close.message.text() and "अधिक" in close.message.text()  # not "over"
    assert_hindi("close refused, no reason")
    close.reason.setText("गिनती में गलती")
    close.approval.choose("Meena", MANAGER_PIN)
    close.submit()
    settle(qtbot, hindi)
    qtbot.waitUntil(lambda: isinstance(hindi.dialog, ZReportDialog))
    assert_hindi("Z")
    hindi.dialog.accept()


def test_the_one_settings_screen_names_every_setting_in_hindi(qtbot, hindi, outlet) -> None:  # type: ignore[no-untyped-def]
    from pos.outlet import config as settings_registry
    from pos.outlet import settings_words
    from pos.ui.backoffice import OpenBackOfficeDialog
    from pos.ui.backoffice.settings import LABELS, SettingsPage

    keys = {s.key for s in settings_registry.SETTINGS if not s.secret}
    worded = {w.key: w for w in settings_words.WORDS}
    assert set(worded) == keys  # every setting has words, none shows its raw key
    shown = {w.label for w in worded.values()} | {label for w in worded.values()
                                                   for _v, label in w.choices}  # fmt: skip
    assert shown - set(LABELS) <= {"हिंदी", "English"}  # every other one marked for Hindi
    log_in(qtbot, hindi, "Kamla", "8642")
    hindi.open_settings()  # the counter's Settings entry: the back office's Settings area
    qtbot.waitUntil(lambda: isinstance(hindi.dialog, OpenBackOfficeDialog))
    hindi.dialog.approval.choose("Kamla", "8642")
    hindi.dialog.submit()
    settle(qtbot, hindi)
    qtbot.waitUntil(lambda: hindi.back_office is not None)
    assert isinstance(hindi.back_office.pages.currentWidget(), SettingsPage)
    assert_hindi("settings")
    hindi.back_office.back()


def test_the_login_screen_shows_the_outlets_hindi_name(qtbot, hindi) -> None:  # type: ignore[no-untyped-def]
    assert hindi.login_page.title.text() == "सर्व ग्वालियर विपणन केंद्र"


def test_the_first_run_wizard_is_in_hindi(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language("hi")
    try:
        wizard = FirstRunWizard(Settings(tmp_path / "empty"))
        qtbot.addWidget(wizard)
        wizard.show()
        assert_hindi("wizard")
        wizard.choose("district")
        assert_hindi("wizard district")
        wizard.reject()
    finally:
        i18n.set_language("en")


def test_an_english_sentence_on_a_hindi_screen_is_caught() -> None:
    assert english_only("the cart is empty")
    assert english_only("Masks")
    assert not english_only("कार्ट खाली है")
    assert not english_only("Ctrl+Shift+P  ₹10.00  G01A-2526-000001")


def test_a_refusal_from_the_domain_is_shown_in_hindi_with_its_values() -> None:
    from pos.errors import AuthFailed

    i18n.set_language("hi")
    try:
        assert i18n.tr_error("wrong PIN (2 tries left)") == "गलत PIN (2 प्रयास बाकी)"
        shown = i18n.tr_error("no product with SKU or barcode '8909999999999'")
        assert shown == "SKU या बारकोड '8909999999999' का कोई सामान नहीं"
        assert i18n.tr_error("tendered ₹5.00 is below the total ₹10.00 (₹5.00 short)") == (
            "दिए गए ₹5.00 कुल ₹10.00 से कम हैं (₹5.00 कम)"
        )
        assert i18n.tr_error(AuthFailed("unknown user or wrong PIN").message).startswith("अज्ञात")
        assert i18n.tr_error("something nobody wrote") == "something nobody wrote"
        # the action put inside a refusal (pos.errors.phrase) is translated with it
        assert i18n.tr_error("a paid out needs a manager's approval") == (
            "नकद भुगतान के लिए प्रबंधक की मंज़ूरी चाहिए"
        )
    finally:
        i18n.set_language("en")
    assert i18n.tr_error("wrong PIN (2 tries left)") == "wrong PIN (2 tries left)"


def test_every_refusal_the_domain_raises_has_hindi_and_the_patterns_module_is_current() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("ts_build", i18n.TRANSLATIONS / "build.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    messages = build.domain_messages()
    assert len(messages) > 150 and "the cart is empty" in messages
    assert "the {0} is out of paper" in messages  # a PrinterError: the family is followed
    assert [m for m in build.missing("hi") if m in messages] == []
    assert not build.stale_messages_module()
