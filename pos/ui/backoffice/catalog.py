"""Catalog (standalone outlets): the products with their price now, a product added or
changed (a price change may take effect at a later date-time), and a CSV or JSON file
imported after a preview of what changes, every bad row listed before anything is written.
On an outlet enrolled with the district it is read-only: "from the district"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QWidget,
)

from pos.amounts.money import format_paise, rate_number
from pos.errors import CatalogImportError, PosError
from pos.outlet.users import User
from pos.products.catalog import UNITS
from pos.products.catalog_edit import CatalogProduct, ImportPreview
from pos.ui.backoffice.common import (
    AreaPage,
    Column,
    DateField,
    Form,
    Pager,
    RowsModel,
    bad_rows,
    bad_rows_head,
    form_scroll,
    selected,
    table_view,
)
from pos.ui.language.i18n import N_, tr
from pos.ui.operations import Operations
from pos.ui.shared.widgets import ActionButton

COLUMNS = (
    Column(N_("SKU"), lambda p: p.sku),
    Column(N_("Product"), lambda p: p.name_en),
    Column(N_("Hindi name"), lambda p: p.name_hi),
    Column(N_("Category"), lambda p: p.category),
    Column(N_("MRP"), lambda p: p.mrp_paise, money=True),
    Column(N_("GST %"), lambda p: rate_number(p.rate_bp)),
    Column(N_("SHG"), lambda p: p.shg_code),
)
RATES = ("0", "5", "12", "18", "28")
# which field a refusal of a catalog row is about (the row's message names it)
FIELD_WORDS = (("category_colour", "category_colour"), ("SKU", "sku"), ("barcode", "barcodes"),
               ("EAN", "barcodes"),
               ("GTIN", "barcodes"), ("name_en", "name_en"), ("category", "category"),
               ("HSN", "hsn"), ("MRP", "mrp"), ("GST", "gst_rate"), ("SHG", "shg_code"),
               ("effective", "effective_from"))  # fmt: skip


# what a previewed file changes in a product (pos.products.catalog_edit), for the translation
# extractor
CHANGE_WORDS = (N_("name"), N_("Hindi name"), N_("category"), N_("unit"), N_("HSN"), N_("GST"),
                N_("MRP"), N_("SHG"), N_("barcodes"), N_("active"), N_("colour"))  # fmt: skip
# a category's tile colour: the counter's own tile colours, by name (pos.ui.shared.theme)
COLOURS = ((N_("By the tile's place"), ""), (N_("Green"), "#2e7d32"), (N_("Blue"), "#1565c0"),
           (N_("Pink"), "#ad1457"), (N_("Orange"), "#ef6c00"), (N_("Purple"), "#6a1b9a"),
           (N_("Teal"), "#00838f"), (N_("Brown"), "#5d4037"), (N_("Red"), "#c62828"))  # fmt: skip


class CatalogPage(AreaPage):
    title = N_("Catalog")

    def __init__(self, ops: Operations, manager: User, parent: QWidget | None = None) -> None:
        super().__init__(ops, manager, parent)
        self.enrolled = ops.reader.device.enrolled
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter by name or SKU"))
        self.outer.addWidget(self.filter)
        if self.enrolled:
            note = QLabel(tr("From the district: the catalog, prices and rates come only from "
                             "the district office"), self)  # fmt: skip
            note.setObjectName("from_district")
            note.setWordWrap(True)
            self.outer.addWidget(note)
        self.model = RowsModel(COLUMNS, self)
        split = QSplitter(self)
        self.view = table_view(self.model, split)
        self.view.setObjectName("products")
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.edit_selected())
        scroll, editor = form_scroll(split)  # the form scrolls: the area fits a 768 px screen
        self.form = Form(editor)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (("sku", N_("SKU")), ("barcodes", N_("Barcode")),
                           ("name_en", N_("Name (English)")), ("name_hi", N_("Name (Hindi)")),
                           ("category", N_("Category")), ("category_hi", N_("Category (Hindi)")),
                           ("hsn", N_("HSN")), ("mrp", N_("MRP (₹)")),
                           ("effective_from", N_("Price from (date and time)"))):  # fmt: skip
            line = DateField("", editor, with_time=True) if key == "effective_from" else None
            self.fields[key] = self.form.field(label, line or QLineEdit(editor))
        self.unit = QComboBox(editor)
        for unit in UNITS:
            self.unit.addItem(unit, unit)
        self.form.field(N_("Unit"), self.unit)
        self.rate = QComboBox(editor)
        for rate in RATES:
            self.rate.addItem(f"{rate}%", rate)
        self.form.field(N_("GST %"), self.rate)
        self.shg = QComboBox(editor)
        for code, name in ops.shg_codes():
            self.shg.addItem(f"{code} {name}", code)
        self.form.field(N_("SHG"), self.shg)
        self.colour = QComboBox(editor)
        self.colour.setObjectName("category_colour")
        for name, value in COLOURS:
            self.colour.addItem(tr(name), value)
        self.form.field(N_("Category colour"), self.colour)
        scroll.setWidget(editor)
        split.addWidget(self.view)
        split.addWidget(scroll)
        split.setSizes([520, 460])
        self.outer.addWidget(split, 1)
        self.preview_list = QListWidget(self)
        self.preview_list.setObjectName("import_preview")
        self.preview_list.setMaximumHeight(140)
        self.preview_list.hide()
        self.outer.addWidget(self.preview_list)
        buttons = QGridLayout()  # two rows of three: fits 1024 px in Hindi
        self.save_button = ActionButton(N_("Save product"), "F5", self.save, self)
        self.new_button = ActionButton(N_("New product"), "F6", self.new_product, self)
        self.file_button = ActionButton(N_("Import a file"), "F7", self.choose_file, self)
        self.import_button = ActionButton(N_("Import what is shown"), "F8", self.do_import, self)
        self.import_button.setEnabled(False)
        self.shg_button = ActionButton(N_("SHGs…"), "F9", self.edit_shgs, self)
        self.labels_button = ActionButton(N_("Labels"), "Ctrl+B", self.print_labels, self)
        row_of = (self.save_button, self.new_button, self.labels_button, self.file_button,
                  self.import_button, self.shg_button)  # fmt: skip
        for n, button in enumerate(row_of):
            buttons.addWidget(button, n // 3, n % 3)
            button.setEnabled(button is not self.import_button and not self.enrolled)
        self.labels_button.setEnabled(True)  # labels from the district's catalog too
        self.export_button = ActionButton(N_("Export the catalog"), "Ctrl+E", self.export, self)
        buttons.addWidget(self.export_button, 2, 0)  # the district's catalog exports too
        self.outer.addLayout(buttons)
        self.finish_layout()
        self.preview: ImportPreview | None = None
        editor.setEnabled(not self.enrolled)
        # a page of products at a time, filtered in the ledger as you type
        self.pager = Pager(self, self.model, self.view, ops.catalog_page, lambda p: p.sku)
        self.filter.textChanged.connect(self.pager.set_text)

    def refresh(self) -> None:
        self.pager.reload()

    def export(self) -> None:
        """The catalog to a file (CSV for a spreadsheet, JSON with the SHGs): `pos catalog
        export`; a CSV edited and imported again changes only what was edited."""
        target = self.ask_save_path("catalog.csv", "CSV (*.csv);;JSON (*.json)")
        if target is None:
            return
        self.long(lambda done, fail: self.ops.export_catalog(target, done, fail),
                  lambda n: self.say(tr("{n} products exported to {file}").format(
                      n=n, file=target)))  # fmt: skip

    def print_labels(self) -> None:
        """Barcode labels for the selected product (the counter's label dialog and hook)."""
        product = selected(self.view)
        hooks = getattr(self.window(), "hooks", None)
        hook = getattr(hooks, "print_labels", None)
        if hook is None:
            self.message.show_text(tr("Printing is not set up"), "error")
            return
        from pos.ui.shared.dialogs import LabelsDialog

        def chosen(sku: str, copies: int) -> None:
            self.ops.run_hook(lambda: hook(sku, copies),
                              lambda code: self.say(tr("Labels sent") + f": {sku} ({code})"),
                              self.fail)  # fmt: skip

        sku = product.sku if isinstance(product, CatalogProduct) else ""
        LabelsDialog(self.ops, sku, chosen, self).open()

    def edit_shgs(self) -> None:
        from pos.ui.backoffice.shg_edit import ShgDialog

        def saved(code: str) -> None:
            self.say(tr("SHG saved") + f": {code}")
            self.shg.clear()
            for shg_code, name in self.ops.shg_codes():
                self.shg.addItem(f"{shg_code} {name}", shg_code)

        ShgDialog(self.ops, saved, self).open()

    def new_product(self) -> None:
        self.view.clearSelection()
        for field in self.fields.values():
            field.clear()
        self.fields["sku"].setFocus()

    def edit_selected(self) -> None:
        product = selected(self.view)
        if not isinstance(product, CatalogProduct):
            return
        values = {"sku": product.sku, "barcodes": product.barcodes, "name_en": product.name_en,
                  "name_hi": product.name_hi, "category": product.category,
                  "category_hi": product.category_hi, "hsn": product.hsn,
                  "mrp": format_paise(product.mrp_paise), "effective_from": ""}  # fmt: skip
        for key, value in values.items():
            self.fields[key].setText(value)
        self.unit.setCurrentIndex(max(0, self.unit.findData(product.unit)))
        self.rate.setCurrentIndex(max(0, self.rate.findData(rate_number(product.rate_bp))))
        self.shg.setCurrentIndex(max(0, self.shg.findData(product.shg_code)))
        found = self.colour.findData(product.category_colour)
        if found < 0:  # a colour from a file, not one of the names: kept as it is
            self.colour.addItem(product.category_colour, product.category_colour)
            found = self.colour.count() - 1
        self.colour.setCurrentIndex(found)

    def values(self) -> dict[str, str]:
        values = {key: field.text().strip() for key, field in self.fields.items()}
        values.update(unit=self.unit.currentData(), gst_rate=self.rate.currentData(),
                      shg_code=self.shg.currentData() or "",
                      category_colour=self.colour.currentData() or "")  # fmt: skip
        return values

    def save(self) -> None:
        self.form.clear_errors()
        self.ops.save_product(self.values(), self._saved, self._refused)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, PosError):
            raise error
        if isinstance(error, CatalogImportError):
            for _line, why in error.problems:  # each at its field, nothing written
                key = next((k for word, k in FIELD_WORDS if word in why), "sku")
                widget: Any = self.fields.get(key) or {"gst_rate": self.rate,
                                                       "shg_code": self.shg,
                                                       "category_colour": self.colour,
                                                       }.get(key)  # fmt: skip
                self.form.error(widget or self.fields["sku"], why)
            return
        self.fail(error)

    def _saved(self, _result: object) -> None:
        self.say(tr("Product saved") + f": {self.fields['sku'].text()}")
        self.refresh()

    def choose_file(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, tr("Import a file"), "",
                                                  "Catalog (*.csv *.json)")  # fmt: skip
            if not name:
                return
            path = Path(name)
        self.busy_bar.show()
        self.ops.preview_import(path, self._previewed, self._bad_file)

    def _bad_file(self, error: BaseException) -> None:
        self.busy_bar.hide()
        self.preview = None
        self.import_button.setEnabled(False)
        if isinstance(error, CatalogImportError):  # every bad row, nothing written
            self.preview_list.clear()
            self.preview_list.addItems(bad_rows(error))
            self.preview_list.show()
            self.message.show_text(bad_rows_head(error), "error")
            return
        self.fail(error)

    def _previewed(self, preview: ImportPreview) -> None:
        self.busy_bar.hide()
        self.preview = preview
        self.preview_list.clear()
        for sku in preview.new:
            self.preview_list.addItem(tr("New") + f": {sku}")
        for change in preview.changed:  # "SKU: name, MRP", the fields in the user's words
            sku, _, what = change.partition(": ")
            words = ", ".join(tr(word) for word in what.split(", "))
            self.preview_list.addItem(tr("Changed") + f": {sku}: {words}")
        self.preview_list.show()
        self.say(tr("{new} new, {changed} changed, {same} unchanged: press Import to write them")
                 .format(new=len(preview.new), changed=len(preview.changed),
                         same=preview.unchanged))  # fmt: skip
        self.import_button.setEnabled(True)

    def do_import(self) -> None:
        if self.preview is None:
            return
        preview, self.preview = self.preview, None
        self.import_button.setEnabled(False)
        self.long(lambda done, fail: self.ops.import_previewed(preview, done, fail),
                  lambda _r: (self.preview_list.hide(), self.say(tr("Catalog imported")),
                              self.refresh()))  # fmt: skip
