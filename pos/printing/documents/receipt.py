"""The receipt as data: built once from a stored sale, then rendered for paper or preview.

Content: outlet name and address in both languages, the document title per mode, GSTIN where
registered, receipt number, date and time, cashier; each line with its English and Hindi name,
qty, rate and amount; HSN and a per-rate CGST/SGST table in tax-invoice mode; round-off; total;
tenders and change; a UPI QR for the amount; the footer. A reprint says DUPLICATE.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import quote

from pos import clock
from pos.amounts.money import format_paise, format_rate, format_rupees
from pos.outlet.users import user_by_id
from pos.printing.documents.document import (
    Align,
    Block,
    Cut,
    Document,
    Feed,
    QrCode,
    Row,
    Rule,
    Table,
    Text,
)
from pos.records.ledger import Ledger, Outlet
from pos.selling.sales import SaleRecord, get_sale

UPI_QR_POLICIES = ("upi", "always", "never")

TITLES = {
    ("sale", "tax_invoice"): ("TAX INVOICE", "कर बीजक"),
    ("sale", "bill_of_supply"): ("BILL OF SUPPLY", "आपूर्ति का बिल"),
    ("sale", "cash_memo"): ("CASH MEMO", "नकद मेमो"),
    ("return", "tax_invoice"): ("CREDIT NOTE", "क्रेडिट नोट"),
    ("return", "bill_of_supply"): ("RETURN RECEIPT", "वापसी रसीद"),
    ("return", "cash_memo"): ("RETURN RECEIPT", "वापसी रसीद"),
}
LINE_WEIGHTS = (7, 3, 4, 5)
NARROW_COLUMNS = 32  # characters on a 58 mm roll (384 dots, 12 a character)
MIN_FIRST = 8  # room for "HSN GST" or "3808 18%"
METHODS = {"cash": "Cash", "upi": "UPI", "card": "Card"}


@dataclass(frozen=True)
class ReceiptOptions:
    duplicate: bool = False
    upi_qr: str = "upi"  # upi: when paid by UPI; always; never


def upi_link(vpa: str, name: str, amount_paise: int, receipt_no: str) -> str:
    """``upi://pay?pa=VPA&pn=NAME&am=115.00&cu=INR&tn=RECEIPT`` (DESIGN 3), values URL-quoted."""
    return (
        f"upi://pay?pa={quote(vpa, safe='@.')}&pn={quote(name, safe='')}"
        f"&am={format_paise(amount_paise)}&cu=INR&tn={quote(receipt_no, safe='-')}"
    )


def local_time(created_at: str) -> str:
    return clock.local(clock.from_iso(created_at)).strftime("%d-%m-%Y %H:%M")


def line_weights(rows: list[tuple[str, ...]]) -> tuple[int, ...]:
    """Column weights for the item rows: qty, rate and amount as wide as their widest figure
    plus a gap on the narrowest roll (58 mm, 32 characters; wider rolls scale up), so the
    columns line up and never merge; LINE_WEIGHTS when the figures leave too little room
    (the renderers then wrap the amount under its row)."""
    rest = [max(len(row[i]) for row in rows) + 1 for i in (1, 2, 3)]
    first = NARROW_COLUMNS - sum(rest)
    return (first, *rest) if first >= MIN_FIRST else LINE_WEIGHTS


def _lines(sale: SaleRecord, tax_invoice: bool) -> list[Block]:
    aligns: tuple[Align, ...] = ("left", "right", "right", "right")
    header = ("HSN GST" if tax_invoice else "Item", "Qty", "Rate", "Amount")
    rows = [
        (f"{line['hsn']} {format_rate(line['rate_bp'])}" if tax_invoice else "",
         str(line["qty"]), format_paise(line["unit_price_paise"]),
         format_paise(line["gross_paise"]))
        for line in sale.lines
    ]  # fmt: skip
    weights = line_weights([header, *rows])
    blocks: list[Block] = [Row(header, weights, aligns, bold=True), Rule()]
    for line, row in zip(sale.lines, rows, strict=True):
        blocks.append(Text(line["name_en"]))
        if line["name_hi"]:
            blocks.append(Text(line["name_hi"]))
        blocks.append(Row(row, weights, aligns))
        if line["discount_paise"]:
            blocks.append(
                Row((f"  discount {format_paise(line['discount_paise'])} incl.",), (1,), ("left",))
            )
    return blocks


def _tax_table(sale: SaleRecord) -> Table:
    per_rate: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for line in sale.lines:
        sums = per_rate[line["rate_bp"]]
        sums[0] += line["taxable_paise"]
        sums[1] += line["cgst_paise"]
        sums[2] += line["sgst_paise"]
    rows = tuple(
        (format_rate(rate), format_paise(t), format_paise(c), format_paise(s))
        for rate, (t, c, s) in sorted(per_rate.items())
    )
    return Table(
        headers=("GST", "Taxable", "CGST", "SGST"),
        rows=rows,
        weights=(2, 4, 3, 3),
        aligns=("left", "right", "right", "right"),
        total=("Total", format_paise(sale.taxable_paise), format_paise(sale.cgst_paise),
               format_paise(sale.sgst_paise)),
        title="Tax summary / कर सारांश",
    )  # fmt: skip


def build_receipt(
    outlet: Outlet, sale: SaleRecord, cashier_name: str, options: ReceiptOptions
) -> Document:
    """The receipt for a stored sale or return as a Document (no I/O)."""
    tax_invoice = sale.doc_mode == "tax_invoice"
    title_en, title_hi = TITLES[(sale.kind, sale.doc_mode)]
    b: list[Block] = [Text(outlet.name_en, align="center", bold=True, size="large")]
    if outlet.name_hi:
        b.append(Text(outlet.name_hi, align="center", bold=True))
    for text in (outlet.address_en, outlet.address_hi):
        if text:
            b.append(Text(text, align="center"))
    if outlet.phone:
        b.append(Text(f"Ph: {outlet.phone}", align="center"))
    if outlet.gstin and sale.doc_mode != "cash_memo":
        b.append(Text(f"GSTIN: {outlet.gstin}", align="center"))
    b += [Rule(), Text(f"{title_en} / {title_hi}", align="center", bold=True)]
    if options.duplicate:
        b.append(Text("* DUPLICATE *", align="center", bold=True, size="large"))
    if sale.is_void:
        b.append(Text("* VOID *", align="center", bold=True, size="large"))
    kv = (3, 5)
    b += [
        Row(("Receipt No", sale.receipt_no), kv, ("left", "right")),
        Row(("Date", local_time(sale.created_at)), kv, ("left", "right")),
        Row(("Cashier", cashier_name), kv, ("left", "right")),
    ]
    if sale.original_receipt_no:
        b.append(Row(("Against", sale.original_receipt_no), kv, ("left", "right")))
    b.append(Rule())
    b += _lines(sale, tax_invoice)
    b.append(Rule())
    money = (3, 2)
    if sale.discount_paise:
        b.append(Row(("Discount incl.", format_paise(sale.discount_paise)), money,
                     ("left", "right")))  # fmt: skip
    b.append(Row(("Gross", format_paise(sale.gross_paise)), money, ("left", "right")))
    b.append(Row(("Round off", format_paise(sale.round_off_paise)), money, ("left", "right")))
    label = "REFUND / वापसी" if sale.kind == "return" else "TOTAL / कुल"
    b.append(Row((label, format_rupees(sale.total_paise)), money, ("left", "right"), bold=True,
                 size="large"))  # fmt: skip
    b.append(Rule())
    for payment in sale.payments:
        name = METHODS.get(payment.method, payment.method.title())
        b.append(Row((name, format_paise(payment.amount_paise)), money, ("left", "right")))
        if payment.method == "cash" and payment.tendered_paise != payment.amount_paise:
            b.append(Row(("  Tendered", format_paise(payment.tendered_paise)), money,
                         ("left", "right")))  # fmt: skip
        if payment.change_paise:
            b.append(Row(("  Change", format_paise(payment.change_paise)), money,
                         ("left", "right")))  # fmt: skip
        if payment.reference:
            b.append(Row(("  Ref", payment.reference), money, ("left", "right")))
    if tax_invoice and sale.lines:
        b += [Rule(), _tax_table(sale)]
    qr = _upi_qr(outlet, sale, options)
    if qr is not None:
        b += [Rule(), qr]
    b.append(Rule())
    for text in (outlet.footer_en, outlet.footer_hi):
        if text:
            b.append(Text(text, align="center"))
    b += [Feed(1), Cut()]
    return Document(title=f"{title_en} {sale.receipt_no}", blocks=tuple(b))


def _upi_qr(outlet: Outlet, sale: SaleRecord, options: ReceiptOptions) -> QrCode | None:
    """A payable UPI QR only for an amount still to be paid: a customer who scans the QR on a
    receipt already paid (by UPI or otherwise) would pay twice. A completed sale is paid in
    full, so its receipt carries none."""
    if not outlet.upi_vpa or sale.kind != "sale" or options.upi_qr == "never":
        return None
    due = sale.total_paise - sum(p.amount_paise for p in sale.payments)
    if due <= 0:
        return None
    link = upi_link(outlet.upi_vpa, outlet.name_en, due, sale.receipt_no)
    return QrCode(link, caption=f"UPI {format_rupees(due)} - {outlet.upi_vpa}")


def receipt_for(ledger: Ledger, receipt_no: str, options: ReceiptOptions) -> Document:
    """Load the stored sale and build its receipt. Raises NotFound for an unknown number."""
    sale = get_sale(ledger, receipt_no)
    cashier = user_by_id(ledger, sale.cashier_id).name
    return build_receipt(ledger.outlet, sale, cashier, options)
