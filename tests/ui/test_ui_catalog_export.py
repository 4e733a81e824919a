"""The back office's Catalog exports the catalog to a file (the screen of `pos catalog
export`), and the file previews back as unchanged (pytest-qt, offscreen, real ledger files)."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from test_ui_backoffice import area, idle, open_back_office
from test_ui_counter import at_sale, finish, open_window

from pos.ui.backoffice.catalog import CatalogPage


def test_the_catalog_is_exported_from_the_back_office_and_imports_back_unchanged(
    qtbot, outlet, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        cat = area(qtbot, window, open_back_office(qtbot, window), CatalogPage)
        target = tmp_path / "catalog.csv"
        cat.ask_save_path = lambda _name, _pattern: target  # the save-as dialog's answer
        qtbot.mouseClick(cat.export_button, Qt.MouseButton.LeftButton)
        idle(qtbot, window)
        with target.open(encoding="utf-8") as f:
            skus = {row["sku"] for row in csv.DictReader(f)}
        assert skus == {"MSK-GRN", "SOAP-NEEM", "SAN-100"}
        assert f"3 products exported to {target}" in cat.message.text()
        cat.choose_file(target)
        idle(qtbot, window)
        assert cat.preview is not None
        assert (cat.preview.new, cat.preview.changed, cat.preview.unchanged) == ((), (), 3)
    finally:
        finish(qtbot, window)


def test_an_export_to_a_folder_that_cannot_be_written_says_so_and_writes_nothing(
    qtbot, outlet, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, outlet.settings)
    try:
        at_sale(qtbot, window)
        cat = area(qtbot, window, open_back_office(qtbot, window), CatalogPage)
        target = tmp_path / "no such folder" / "catalog.csv"
        cat.ask_save_path = lambda _name, _pattern: target
        cat.export()
        idle(qtbot, window)
        assert cat.message.property("level") == "error"
        assert "cannot write the catalog file" in cat.message.text()
        assert not target.exists()
    finally:
        finish(qtbot, window)
