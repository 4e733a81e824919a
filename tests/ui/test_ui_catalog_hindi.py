"""Every catalog-row refusal in Hindi on a Hindi screen: a CSV with many kinds of bad rows
(each kind a different message, several with values in them) previewed in the back office
under the Hindi UI lists every row with no English refusal text; a file-level refusal and a
product saved from the form likewise."""

# ruff: noqa: F811  (pytest fixtures imported from test_ui_backoffice)

from __future__ import annotations

import re
from pathlib import Path

from test_ui_backoffice import area, counter, events, history, idle, open_back_office  # noqa: F401

from pos.products.catalog import UNITS
from pos.ui.backoffice.catalog import CatalogPage
from pos.ui.language import i18n

HEADER = "sku,barcodes,name_en,category,unit,hsn,gst_rate,mrp,shg_code,effective_from,active"
BAD_ROWS = (
    "bad sku!,,Jam,Food,pc,2007,12,90,SHG-DUR,,1",  # SKU characters
    "JAM-2,12ab,Jam,Food,pc,2007,12,90,SHG-DUR,,1",  # barcode not digits
    "JAM-3,8900000000013,Jam,Food,pc,2007,12,90,SHG-DUR,,1",  # barcode check digit
    "JAM-4,,,Food,pc,2007,12,90,SHG-DUR,,1",  # no name
    "JAM-5,,Jam,,pc,2007,12,90,SHG-DUR,,1",  # no category
    "JAM-6,,Jam,Food,box,2007,12,90,SHG-DUR,,1",  # unit
    "JAM-7,,Jam,Food,pc,20,12,90,SHG-DUR,,1",  # HSN
    "JAM-8,,Jam,Food,pc,2007,7,90,SHG-DUR,,1",  # not a GST slab
    "JAM-9,,Jam,Food,pc,2007,abc,90,SHG-DUR,,1",  # GST not a number
    "JAM-10,,Jam,Food,pc,2007,12,abc,SHG-DUR,,1",  # MRP not an amount
    "JAM-11,,Jam,Food,pc,2007,12,-5,SHG-DUR,,1",  # MRP negative
    "JAM-12,,Jam,Food,pc,2007,12,0,SHG-DUR,,1",  # MRP zero
    "JAM-13,,Jam,Food,pc,2007,12,90,,,1",  # no SHG
    "JAM-14,,Jam,Food,pc,2007,12,90,SHG-DUR,tomorrow,1",  # effective date
    "JAM-15,,Jam,Food,pc,2007,12,90,SHG-DUR,,maybe",  # active
    "JAM-16,,Jam,Food,pc,2007,12,90,SHG-DUR,,1",
    "JAM-16,,Jam,Food,pc,2007,12,90,SHG-DUR,,1",  # twice
)
LEDGER_ROWS = (  # good in the file, bad against what the ledger holds
    "JAM-20,,Jam,Food,pc,2007,12,90,SHG-NONE,,1",  # unknown SHG
    "JAM-21,8900000000012,Jam,Food,pc,2007,12,90,SHG-DUR,,1",  # another product's barcode
    "JAM-22,,Jam,Food,pc,0409,5,90,SHG-DUR,,1",
    "JAM-23,,Jam,Food,pc,0409,12,90,SHG-DUR,,1",  # one HSN, two rates
)


def english_left(shown: str, file_text: str) -> list[str]:
    """The English words of a shown text that are not the file's own (its columns, values)."""
    own = {w.lower() for w in re.findall(r"[A-Za-z_]+", file_text)}
    own |= {"sku", "hsn", "mrp", "gst", "shg", "json", "shgs", "products", *UNITS}  # file codes
    shown = re.sub(r"YYYY-MM-DD(THH:MM)?", "", shown)  # a date's form
    return [w for w in re.findall(r"[A-Za-z]{2,}", re.sub(r"[A-Za-z_]*_[A-Za-z_]*", "", shown))
            if w.lower() not in own]  # fmt: skip


def preview(qtbot, counter, cat: CatalogPage, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    cat.choose_file(path)
    idle(qtbot, counter)
    return [cat.preview_list.item(i).text() for i in range(cat.preview_list.count())]


def test_a_file_with_every_kind_of_bad_row_is_listed_in_hindi_with_no_english_refusal(
    qtbot, counter, history, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    page = open_back_office(qtbot, counter)
    cat = area(qtbot, counter, page, CatalogPage)
    before = len(events(history, "catalog_imported"))
    i18n.set_language("hi")
    try:
        bad = tmp_path / "bad.csv"
        bad.write_text("\n".join((HEADER, *BAD_ROWS, "")), encoding="utf-8")
        shown = preview(qtbot, counter, cat, bad)
        assert len(shown) >= len(BAD_ROWS) - 1  # every bad row (and the repeated SKU)
        leaks = {line: english_left(line, bad.read_text()) for line in shown}
        assert {line: words for line, words in leaks.items() if words} == {}
        assert all(re.search(r"[\u0900-\u097F]", line) for line in shown)
        assert cat.preview is None and not cat.import_button.isEnabled()
        assert re.search(r"[\u0900-\u097F]", cat.message.text())

        ledger_bad = tmp_path / "ledger_bad.csv"
        ledger_bad.write_text("\n".join((HEADER, *LEDGER_ROWS, "")), encoding="utf-8")
        shown = preview(qtbot, counter, cat, ledger_bad)  # listed before anything is written
        assert len(shown) == 3 and cat.preview is None
        leaks = {line: english_left(line, ledger_bad.read_text() + " MSK-GRN") for line in shown}
        assert {line: words for line, words in leaks.items() if words} == {}

        for text in ("sku,name_en\nX,Y\n", '["not an object"]', '{"products": [1'):
            odd = tmp_path / ("odd.json" if text[0] in "[{" else "odd.csv")
            odd.write_text(text, encoding="utf-8")
            [line] = preview(qtbot, counter, cat, odd)  # a file-level refusal
            assert english_left(line, text + HEADER) == [] and re.search(
                r"[\u0900-\u097F]", line
            ), line

        changed = tmp_path / "changed.csv"  # a good file: what changes, in Hindi words
        changed.write_text(HEADER + "\nMSK-GRN,,Cotton mask,Masks,pc,6307,5,45,SHG-LAX,,1\n",
                           encoding="utf-8")  # fmt: skip
        [line] = preview(qtbot, counter, cat, changed)
        assert cat.preview is not None and english_left(line, changed.read_text()) == [], line

        cat.new_product()  # the same checks on the product form, each at its field
        for key, value in (("sku", "JAM 1"), ("name_en", "Jam"), ("category", "Food"),
                           ("hsn", "20"), ("mrp", "-5"), ("barcodes", "12ab")):  # fmt: skip
            cat.fields[key].setText(value)
        cat.save()
        idle(qtbot, counter)
        errors = [cat.form.error_text(cat.fields[k]) for k in ("sku", "hsn", "mrp", "barcodes")]
        assert all(errors) and all(english_left(e, "JAM 1 Jam Food 12ab") == [] for e in errors)
    finally:
        i18n.set_language("en")
    assert len(events(history, "catalog_imported")) == before
