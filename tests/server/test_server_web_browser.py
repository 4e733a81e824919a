"""The district office in a real browser: Debian's chromium driven by Selenium through
/usr/bin/chromedriver, against `pos-server run` on 127.0.0.1 with a real till enrolled.

Screenshots at phone and desktop widths in English and Hindi go to test-artifacts/office/.
"""

from __future__ import annotations

import base64
import csv
import io
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

import pos
from pos import clock
from pos.inventory import stock
from pos.outlet.gstin import check_character
from pos.products import catalog
from pos.sync import service
from pos.sync.client import SyncError
from tests.conftest import make_outlet
from tests.server.test_server_api import _sell
from tests.support.office_client import PASSWORD, add_staff
from tests.support.print_fakes import ARTIFACTS, zbar
from tests.support.sync_fixtures import ServerProcess, make_store

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
SHOTS = ARTIFACTS / "office"
GSTIN = "23AAAGG1234F1Z" + check_character("23AAAGG1234F1Z")
WIDTHS = {"phone": (390, 844, True), "desktop": (1366, 900, False)}

webdriver = pytest.importorskip("selenium.webdriver")
if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip("chromium and chromium-driver are not installed (apt)", allow_module_level=True)

from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1366,900",
                 "--lang=en-GB"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _wait_text(driver: Any, text: str) -> None:
    WebDriverWait(driver, 30).until(lambda d: text in d.page_source)


def _sign_in(driver: Any, url: str, name: str) -> None:
    driver.get(url + "/")
    _wait_text(driver, 'name="password"')
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    _wait_text(driver, "Sign out")


def _shoot(driver: Any, name: str, width_name: str) -> Path:
    """A full-page screenshot at the width's viewport (phone: mobile emulation)."""
    width, height, mobile = WIDTHS[width_name]
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )
    # No reload: the media queries follow the new width (and a reload would post a form again).
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return window.innerWidth") == width)
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}_{width_name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{name} scrolls sideways at {width_name} width"
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return path


def test_an_officer_runs_the_district_from_a_browser_with_a_real_till(
    browser: Any, tmp_path: Path
) -> None:
    db = str(tmp_path / "district.sqlite")
    store = make_store(db)
    add_staff(store, "asha", "admin")
    add_staff(store, "vimla", "viewer")
    from tests.support.sync_fixtures import District

    District(store, "", db).publish_small_catalog()
    server = ServerProcess(db, tmp_path)
    till = None
    try:
        url = server.url
        _sign_in(browser, url, "asha")
        assert browser.current_url == url + "/office/"

        # An outlet added in the browser: the code is shown once with a QR the till can scan.
        browser.get(url + "/office/outlets")
        form = browser.find_element(By.CSS_SELECTOR, "form.card")
        form.find_element(By.NAME, "code").send_keys("G01")
        form.find_element(By.NAME, "name").send_keys("Gaya District Marketing Centre")
        form.find_element(By.CSS_SELECTOR, "button").click()
        _wait_text(browser, "enrolment-code")
        code = browser.find_element(By.ID, "enrolment-code").text
        qr_png = tmp_path / "qr.png"
        qr_png.write_bytes(browser.find_element(By.CSS_SELECTOR, "svg.qr").screenshot_as_png)
        assert zbar(qr_png) == [
            f"sarvpos://enrol?server={url.replace(':', '%3A').replace('/', '%2F')}&code={code}"
        ]
        for width in WIDTHS:
            _shoot(browser, "enrolment_code_en", width)
        assert len(store.rows("audit_log", action="outlet.code")) == 1  # shown once, issued once

        # The till enrols with that code, sells and syncs; the sale shows in the office.
        till = make_outlet(tmp_path / "till")
        service.enroll(till.ledger, url, code)
        stock.receive_lot(till.ledger, "SHG-LAX", "MSK-GRN", 40, user=till.manager)
        sold = _sell(till, qty=2)
        service.sync_once(till.ledger)
        browser.get(url + "/office/")
        _wait_text(browser, "₹20.00")

        # The outlet's GSTIN set in the browser; the till's push reported its version.
        browser.get(url + "/office/outlets")
        assert f">{pos.__version__}</td>" in browser.page_source
        gstin_form = browser.find_element(By.CSS_SELECTOR, "form[action$='/gstin']")
        gstin_form.find_element(By.NAME, "gstin").send_keys(GSTIN)
        gstin_form.find_element(By.CSS_SELECTOR, "button").click()
        WebDriverWait(browser, 30).until(lambda _d: store.rows("outlets")[0]["gstin"] == GSTIN)
        _wait_text(browser, f'value="{GSTIN}"')

        # Sales: drill down to the day, then the receipt as the customer got it.
        browser.get(url + "/office/sales")
        day = clock.business_date(clock.now_utc())
        browser.find_element(By.LINK_TEXT, day).click()
        _wait_text(browser, sold.receipt_no)
        browser.find_element(By.LINK_TEXT, sold.receipt_no).click()
        _wait_text(browser, "Cotton mask green")
        receipt_url = browser.current_url

        # A CSV exported in the browser reads back with the sale.
        downloads = tmp_path / "downloads"
        downloads.mkdir()
        browser.execute_cdp_cmd(
            "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
        )
        browser.get(url + "/office/sales?by=outlet")
        browser.find_element(By.PARTIAL_LINK_TEXT, "CSV").click()
        WebDriverWait(browser, 30).until(lambda _d: list(downloads.glob("*.csv")))
        exported = next(downloads.glob("*.csv")).read_text(encoding="utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(exported)))
        assert [(r["outlet"], r["bills"], r["net"], r["cash"]) for r in rows] == [
            ("G01", "1", "20.00", "20.00")
        ]

        # A price published in the browser after its preview; the till pulls it.
        browser.get(url + "/office/catalog")
        form = browser.find_element(By.CSS_SELECTOR, "input[value=price]").find_element(
            By.XPATH, ".."
        )
        form.find_element(By.NAME, "sku").send_keys("MSK-GRN")
        form.find_element(By.NAME, "mrp").send_keys("12.50")
        tomorrow = clock.local(clock.now_utc() + timedelta(days=1)).replace(hour=9, minute=0)
        browser.execute_script(
            "arguments[0].value = arguments[1]",
            form.find_element(By.NAME, "effective_from"),
            tomorrow.strftime("%Y-%m-%dT%H:%M"),
        )
        form.find_element(By.CSS_SELECTOR, "button").click()
        _wait_text(browser, "₹12.50")
        for width in WIDTHS:
            _shoot(browser, "catalog_preview_en", width)
        browser.find_element(By.ID, "publish").click()
        _wait_text(browser, "Published versions")
        assert service.sync_once(till.ledger).pulled == 1
        assert catalog.find_item(till.ledger, "MSK-GRN", tomorrow).mrp_paise == 1250

        # Screenshots of every page at both widths in both languages.
        pages = {"today": "/office/", "outlets": "/office/outlets",
                 "sales": f"/office/sales?from={day}&to={day}", "receipt": receipt_url,
                 "shgs": "/office/shgs", "shg": "/office/shgs/SHG-LAX",
                 "catalog": "/office/catalog", "gst": "/office/gst",
                 "staff": "/office/users", "audit": "/office/audit"}  # fmt: skip
        for lang in ("en", "hi"):
            browser.get(f"{url}/office/lang/{lang}?next=/office/")
            _wait_text(browser, f'lang="{lang}"')
            for name, path in pages.items():
                browser.get(path if path.startswith("http") else url + path)
                for width in WIDTHS:
                    _shoot(browser, f"{name}_{lang}", width)
        assert "बदलावों का लेखा" in browser.page_source  # the last page shot, in Hindi
        # A refusal on a Hindi page is in Hindi (a GSTIN with a wrong check character).
        browser.get(url + "/office/outlets")
        gstin_form = browser.find_element(By.CSS_SELECTOR, "form[action$='/gstin']")
        gstin_form.find_element(By.NAME, "gstin").clear()
        gstin_form.find_element(By.NAME, "gstin").send_keys(GSTIN[:14] + "0")
        gstin_form.find_element(By.CSS_SELECTOR, "button").click()
        _wait_text(browser, "अमान्य जीएसटीआईएन")
        assert "the check character" not in browser.page_source
        for width in WIDTHS:
            _shoot(browser, "outlets_refusal_hi", width)
        browser.get(f"{url}/office/lang/en?next=/office/outlets")

        # Revoking the till in the browser: its next push is refused.
        _wait_text(browser, "Revoke")
        browser.find_element(By.CSS_SELECTOR, "input[name=confirm]").click()
        browser.find_element(By.CSS_SELECTOR, "button.danger").click()
        _wait_text(browser, "revoked")
        _sell(till, qty=1)
        with pytest.raises(SyncError, match="revoked"):
            service.sync_once(till.ledger)

        # A viewer sees no change form, and a change forced from the page is refused.
        browser.find_element(By.CSS_SELECTOR, "form.signout button").click()
        _wait_text(browser, 'name="password"')
        _sign_in(browser, url, "vimla")
        browser.get(url + "/office/outlets")
        assert "Add an outlet" not in browser.page_source
        browser.execute_script(
            """const f = document.createElement('form'); f.method = 'post';
            f.action = '/office/outlets';
            for (const [k, v] of [['code', 'G09'], ['name', 'Forced'],
                ['csrf_token', document.querySelector('input[name=csrf_token]').value]]) {
              const i = document.createElement('input'); i.name = k; i.value = v;
              f.appendChild(i); }
            document.body.appendChild(f); f.submit();"""
        )
        _wait_text(browser, "Not allowed")
        assert "your role does not allow this" in browser.page_source
        assert store.rows("outlets", code="G09") == []
    finally:
        if till is not None:
            till.ledger.close()
        server.stop()
        store.close()
        shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)


def _off_screen(driver: Any, selector: str) -> list[str]:
    """The elements matching ``selector`` that end right of the viewport (hidden inside a
    table that scrolls sideways), by their text."""
    return driver.execute_script(  # type: ignore[no-any-return]
        """return [...document.querySelectorAll(arguments[0])]
             .filter(e => e.getBoundingClientRect().right > window.innerWidth)
             .map(e => e.textContent.trim())""",
        selector,
    )


def test_on_a_phone_a_tills_figures_and_buttons_and_the_staff_forms_are_on_screen(
    browser: Any, tmp_path: Path
) -> None:
    """At 390 px the tills table put last sync, pending and version behind the Revoke and
    Replace buttons, and the staff table its buttons, right of the screen inside a sideways
    scroll; the audit log's before/after JSON ran off even a desktop screen."""
    db = str(tmp_path / "district.sqlite")
    store = make_store(db)
    add_staff(store, "asha", "admin")
    add_staff(store, "vimla", "viewer")
    server = ServerProcess(db, tmp_path)
    from tests.support.sync_fixtures import District, fresh_outlet

    district = District(store, server.url, db)
    district.publish_small_catalog()
    till = fresh_outlet(tmp_path / "till", district)
    try:
        stock.receive_lot(till.ledger, "SHG-LAX", "MSK-GRN", 40, user=till.manager)
        _sell(till, qty=2)  # so Today, Sales, GST and the SHG have rows of figures
        service.sync_once(till.ledger)
        _sign_in(browser, server.url, "asha")
        width, height, mobile = WIDTHS["phone"]
        for lang in ("en", "hi"):
            browser.get(f"{server.url}/office/lang/{lang}?next=/office/outlets")
            _wait_text(browser, f'lang="{lang}"')
            for path, selector in (("/office/outlets", "section.card td, section.card button"),
                                   ("/office/users", "td button, td input, td select"),
                                   ("/office/audit", "main td"), ("/office/", "main td"),
                                   ("/office/sales", "main td"), ("/office/gst", "main td"),
                                   ("/office/shgs/SHG-LAX", "main td")):  # fmt: skip
                browser.execute_cdp_cmd(  # _shoot clears it after each page
                    "Emulation.setDeviceMetricsOverride",
                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
                )
                browser.get(server.url + path)
                WebDriverWait(browser, 30).until(
                    lambda d: d.execute_script("return window.innerWidth") == WIDTHS["phone"][0]
                )
                assert browser.find_elements(By.CSS_SELECTOR, selector), path
                assert _off_screen(browser, selector) == [], f"{path} ({lang})"
                _shoot(browser, f"phone_{path.split('/')[2] or 'today'}_{lang}", "phone")
        browser.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
        )
        browser.get(server.url + "/office/outlets")
        browser.find_element(By.CSS_SELECTOR, "form.inline:not(.gstin) button").click()
        _wait_text(browser, "enrolment-code")  # a code on a phone stays on one line
        lines = browser.execute_script(
            "const e = document.getElementById('enrolment-code');"
            "return e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)"
        )
        assert round(lines) == 1 and _off_screen(browser, "#enrolment-code") == []
        _shoot(browser, "phone_code_hi", "phone")  # the last language set above
        browser.get(server.url + "/office/audit")
        assert _off_screen(browser, "main td") == []  # at the desktop width too
        browser.get(server.url + "/office/")  # the chart scaled its labels up with the screen
        heights = browser.execute_script(
            "return [...document.querySelectorAll('svg.chart text')]"
            ".map(e => e.getBoundingClientRect().height)"
        )
        assert heights and max(heights) < 24, heights  # 36 px before
    finally:
        till.ledger.close()
        server.stop()
        store.close()
        shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)
