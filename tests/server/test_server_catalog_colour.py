"""The office Catalog page shows a category's colour as a swatch by its name (in Hindi, by its
Hindi name); a catalog file's preview shows a colour that changes; a bad colour in an uploaded
file is refused with its line, in Hindi on a Hindi page (issues 12 and 13)."""

# ruff: noqa: F811  (the office fixture imported from test_server_web_office)

from __future__ import annotations

import re
from pathlib import Path

from tests.server.test_server_web_office import office  # noqa: F401  (a district, officer omkar)
from tests.support.office_client import Office, token_of
from tests.support.sync_fixtures import District
from tests.sync.test_sync_category_colour import catalog_file, publish_file

SWATCH = '<span class="swatch" style="background-color: {0}" title="{0}" data-colour="{0}"></span>'


def upload(staff: Office, path: Path) -> str:
    token = token_of(staff.get("/office/catalog").text)
    answer = staff.http.post(
        staff.url + "/office/catalog/preview",
        data={"what": "import", "csrf_token": token},
        files={"file": ("catalog.csv", path.read_bytes(), "text/csv")}, timeout=30,
    )  # fmt: skip
    return f"{answer.status_code} {answer.text}"


def test_the_catalog_page_shows_each_categorys_colour_by_its_name(
    office: District, tmp_path: Path
) -> None:
    publish_file(office, catalog_file(tmp_path / "c.csv", {"Masks": "#ad1457"}))
    staff = Office(office.url)
    staff.sign_in("omkar")
    page = staff.get("/office/catalog").text
    assert f"<td>{SWATCH.format('#ad1457')}Masks</td>" in page
    assert "<td>Soap</td>" in page  # no colour: no swatch
    staff.http.cookies.set("pos_office_lang", "hi")
    assert f"<td>{SWATCH.format('#ad1457')}मास्क</td>" in staff.get("/office/catalog").text


def test_a_catalog_files_preview_shows_a_colour_before_and_after(
    office: District, tmp_path: Path
) -> None:
    publish_file(office, catalog_file(tmp_path / "c.csv", {"Masks": "#ad1457"}))
    staff = Office(office.url)
    staff.sign_in("omkar")
    preview = upload(staff, catalog_file(tmp_path / "c2.csv", {"Masks": "#1565c0"}))
    assert preview.startswith("200 ")
    row = re.search(r"<td>MSK-GRN</td><td>(.*?)</td><td>(.*?)</td>", preview)
    assert row, preview
    assert row.group(1) == SWATCH.format("#ad1457") + "#ad1457"
    assert row.group(2) == SWATCH.format("#1565c0") + "Cotton mask green · Masks"


def test_a_bad_colour_in_an_uploaded_file_is_refused_with_its_line_in_hindi_too(
    office: District, tmp_path: Path
) -> None:
    staff = Office(office.url)
    staff.sign_in("omkar")
    before = office.store.count("catalog_changes")
    bad = catalog_file(tmp_path / "bad.csv", {"Soap": "green"})
    answer = upload(staff, bad)
    assert answer.startswith("400 ")
    assert "<li>line 3: category_colour &#39;green&#39; must be like #2e7d32 (or empty)</li>" in (
        answer
    )
    staff.http.cookies.set("pos_office_lang", "hi")
    hindi = upload(staff, bad)
    assert "श्रेणी का रंग (category_colour) &#39;green&#39; #2e7d32 जैसा हो (या खाली)" in hindi
    assert office.store.count("catalog_changes") == before  # nothing published


def test_the_version_history_reads_in_the_pages_language(office: District, tmp_path: Path) -> None:
    from pos.server.tills import catalog as server_catalog

    publish_file(office, catalog_file(tmp_path / "c.csv", {"Masks": "#ad1457"}))
    server_catalog.set_price(office.store, "MSK-GRN", 1250, "2031-04-01T09:00")
    staff = Office(office.url)
    staff.sign_in("omkar")
    english = staff.get("/office/catalog").text
    assert "<td>MRP ₹12.50 · 2031-04-01 09:00</td>" in english
    assert "<td>Cotton mask green</td>" in english
    staff.http.cookies.set("pos_office_lang", "hi")
    hindi = staff.get("/office/catalog").text
    assert "<td>एमआरपी ₹12.50 · 2031-04-01 09:00</td>" in hindi
    assert "<td>सूती मास्क हरा</td>" in hindi and "<td>Cotton mask green</td>" not in hindi
