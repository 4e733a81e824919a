"""Reports as layout documents, from plain figures (dicts of ints and strings).

These builders do not import the domain's report classes on purpose: ``pos.reporting.reports`` (X/Z)
and ``pos.reporting.settlement`` (SHG statements) adapt their dataclasses to the plain shapes below,
so the same Document goes to the thermal printer and to a PDF. Money is always int paise; the
keys each builder reads are listed in its docstring (missing optional keys print nothing).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pos.amounts.money import format_paise, format_rate, format_rupees
from pos.amounts.quantity import PerUnit, format_cell
from pos.printing.documents.document import (
    Align,
    Block,
    Cut,
    Document,
    Feed,
    PageBreak,
    Rule,
    SignatureLines,
    Table,
    Text,
    key_values,
)

Figures = Mapping[str, Any]
LEFT: Align = "left"
RIGHT: Align = "right"
TENDERS = {"cash": "Cash / नकद", "upi": "UPI", "card": "Card / कार्ड"}
SIGN = "Signature / हस्ताक्षर"
THUMB = "Thumb impression / अंगूठे का निशान"
# The X/Z's row labels, column headings and kinds in both languages, as its headings are (the
# Hindi is the counter screen's, resources/translations/pos_hi.ts, so the two read alike).
HINDI = {
    "Z number": "Z नंबर", "Device": "मशीन", "Cashier": "कैशियर", "Opened": "खुली",
    "Closed": "बंद हुई", "Tender": "भुगतान तरीका", "Sales": "बिक्री", "Returns": "माल वापसी",
    "Net": "शुद्ध", "Total": "कुल", "Returns amount": "माल वापसी की राशि",
    "Voids": "निरस्त बिल", "Voids amount": "निरस्त बिलों की राशि",
    "Lines removed before payment": "भुगतान से पहले हटाई गई पंक्तियाँ",
    "No-sale drawer openings": "बिना बिक्री दराज खुला", "Discounts": "छूट",
    "Round-off": "पूर्णांकन", "Orders delivered": "पहुँचाए गए ऑर्डर", "Amount": "राशि",
    "Cash handed over": "सौंपा गया नकद", "Category": "श्रेणी", "Qty": "मात्रा", "SHG": "समूह",
    "Taxable": "कर योग्य", "Opening float": "शुरुआती नकद", "Paid in": "नकद अंदर",
    "Paid out": "नकद बाहर", "Drops": "तिजोरी में जमा", "Drop": "तिजोरी में जमा",
    "Expected cash": "अपेक्षित नकद", "Counted cash": "गिना गया नकद", "Variance": "अंतर",
    "Reason": "कारण", "Approved by": "मंज़ूरी दी", "Note/coin": "नोट/सिक्का",
    "Count": "गिनती", "Time": "समय", "Kind": "प्रकार", "No sale": "बिना बिक्री",
}  # fmt: skip


def both(label: str) -> str:
    """``label`` with its Hindi after it ("Sales / बिक्री"); as it is when it has none."""
    hindi = HINDI.get(label)
    return f"{label} / {hindi}" if hindi else label


def _both_pairs(pairs: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((both(key), value) for key, value in pairs)


def _both_cells(cells: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(both(cell) for cell in cells)


@dataclass(frozen=True)
class Section:
    """A titled part of a report: key/value lines, then an optional table."""

    title: str
    pairs: tuple[tuple[str, str], ...] = ()
    table: Table | None = None


@dataclass(frozen=True)
class Report:
    title_en: str
    title_hi: str
    outlet_en: str
    outlet_hi: str = ""
    facts: tuple[tuple[str, str], ...] = ()
    sections: tuple[Section, ...] = field(default_factory=tuple)
    signatures: tuple[str, ...] = ()


def report_blocks(report: Report) -> list[Block]:
    blocks: list[Block] = [Text(report.outlet_en, align="center", bold=True, size="large")]
    if report.outlet_hi:
        blocks.append(Text(report.outlet_hi, align="center", bold=True))
    blocks += [
        Text(f"{report.title_en} / {report.title_hi}", align="center", bold=True),
        Rule(heavy=True),
        *key_values(report.facts),
    ]
    for section in report.sections:
        blocks += [Rule(), Text(section.title, bold=True), *key_values(section.pairs)]
        if section.table is not None:
            blocks.append(section.table)
    if report.signatures:
        blocks += [Feed(1), SignatureLines(report.signatures)]
    return blocks


def report_document(report: Report) -> Document:
    """One report as a Document: on a paper roll it ends with a cut."""
    return Document(
        title=f"{report.title_en} {report.outlet_en}",
        blocks=(*report_blocks(report), Feed(2), Cut()),
    )


def _money_table(
    title: str, headers: tuple[str, ...], rows: Sequence[tuple[str, ...]],
    total: tuple[str, ...] | None = None, weights: tuple[int, ...] | None = None,
) -> Table:  # fmt: skip
    count = len(headers)
    return Table(
        headers=headers,
        rows=tuple(rows),
        weights=weights or (4, *([3] * (count - 1))),
        aligns=(LEFT, *((RIGHT,) * (count - 1))),
        total=total,
        title=title,
    )


def _xz_table(
    headers: tuple[str, ...], rows: Sequence[tuple[str, ...]], total: tuple[str, ...] | None,
    weights: tuple[int, ...] | None = None,
) -> Table:  # fmt: skip
    """A table of the X/Z: its headings and total's label in both languages."""
    return _money_table("", _both_cells(headers), rows, total and _both_cells(total), weights)


def _name(row: Figures) -> str:
    hi = row.get("name_hi") or ""
    return f"{row['name_en']} / {hi}" if hi else str(row["name_en"])


def shift_report(figures: Figures) -> Document:
    """X (shift so far) or Z (shift closed) report.

    Keys: kind "X"|"Z", z_number (Z), outlet_en, outlet_hi, device, cashier, opened_at,
    closed_at, opening_float_paise; tenders: [{method, sales_paise, returns_paise}];
    categories: [{name_en, name_hi?, qty, amount_paise}]; shgs: [{code, name_en, name_hi?,
    amount_paise}]; taxes: [{rate_bp, taxable_paise, cgst_paise, sgst_paise}];
    sales_count, returns_count, returns_paise, voids_count, voids_paise, removed_lines;
    paid_in_paise, paid_out_paise, drops_paise, expected_cash_paise, counted_cash_paise,
    variance_paise, variance_reason, approver.
    """
    kind = figures.get("kind", "Z")
    title_en, title_hi = ("Z REPORT", "Z रिपोर्ट") if kind == "Z" else ("X REPORT", "X रिपोर्ट")
    facts = [("Device", str(figures.get("device", ""))), ("Cashier", str(figures["cashier"])),
             ("Opened", str(figures["opened_at"]))]  # fmt: skip
    if figures.get("closed_at"):
        facts.append(("Closed", str(figures["closed_at"])))
    if kind == "Z":
        facts.insert(0, ("Z number", str(figures["z_number"])))
    tenders = list(figures.get("tenders", ()))
    tender_rows = [
        (TENDERS.get(t["method"], t["method"]), format_paise(t["sales_paise"]),
         format_paise(t["returns_paise"]), format_paise(t["sales_paise"] - t["returns_paise"]))
        for t in tenders
    ]  # fmt: skip
    net = sum(t["sales_paise"] - t["returns_paise"] for t in tenders)
    sections = [
        Section(
            "Sales by tender / भुगतान के अनुसार",
            table=_xz_table(
                ("Tender", "Sales", "Returns", "Net"),
                tender_rows,
                (
                    "Total",
                    format_paise(sum(t["sales_paise"] for t in tenders)),
                    format_paise(sum(t["returns_paise"] for t in tenders)),
                    format_paise(net),
                ),
            ),
        ),
        Section(
            "Counts / गिनती",
            pairs=_both_pairs(
                (
                    ("Sales", str(figures.get("sales_count", 0))),
                    ("Returns", str(figures.get("returns_count", 0))),
                    ("Returns amount", format_paise(figures.get("returns_paise", 0))),
                    ("Voids", str(figures.get("voids_count", 0))),
                    ("Voids amount", format_paise(figures.get("voids_paise", 0))),
                    ("Lines removed before payment", str(figures.get("removed_lines", 0))),
                    *_optional_counts(figures),
                )
            ),
        ),
    ]
    if figures.get("delivery_count"):  # home delivery, its own channel (part of the sales)
        sections.append(Section("Home delivery / होम डिलीवरी", pairs=_both_pairs((
            ("Orders delivered", str(figures["delivery_count"])),
            ("Amount", format_paise(figures.get("delivery_paise", 0))),
            ("Cash handed over", format_paise(figures.get("delivery_cash_paise", 0))),
        ))))  # fmt: skip
    categories = list(figures.get("categories", ()))
    if categories:
        sections.append(Section("By category / श्रेणी के अनुसार", table=_xz_table(
            ("Category", "Qty", "Amount"),
            [(_name(c), _qty(c["qty"]), format_paise(c["amount_paise"])) for c in categories],
            ("Total", _qty(sum((_per_unit(c["qty"]) for c in categories), PerUnit())),
             format_paise(sum(c["amount_paise"] for c in categories))), (6, 2, 3)),
        ))  # fmt: skip
    shgs = list(figures.get("shgs", ()))
    if shgs:
        sections.append(Section("By SHG / समूह के अनुसार", table=_xz_table(
            ("SHG", "Amount"),
            [(f"{s['code']} {_name(s)}", format_paise(s["amount_paise"])) for s in shgs],
            ("Total", format_paise(sum(s["amount_paise"] for s in shgs))), (7, 3)),
        ))  # fmt: skip
    taxes = list(figures.get("taxes", ()))
    if taxes:
        sections.append(Section("Tax summary / कर सारांश", table=_xz_table(
            ("GST", "Taxable", "CGST", "SGST"),
            [(format_rate(t["rate_bp"]), format_paise(t["taxable_paise"]),
              format_paise(t["cgst_paise"]), format_paise(t["sgst_paise"])) for t in taxes],
            ("Total", format_paise(sum(t["taxable_paise"] for t in taxes)),
             format_paise(sum(t["cgst_paise"] for t in taxes)),
             format_paise(sum(t["sgst_paise"] for t in taxes))), (2, 4, 3, 3)),
        ))  # fmt: skip
    cash = [
        ("Opening float", format_paise(figures.get("opening_float_paise", 0))),
        ("Paid in", format_paise(figures.get("paid_in_paise", 0))),
        ("Paid out", format_paise(figures.get("paid_out_paise", 0))),
        ("Drops", format_paise(figures.get("drops_paise", 0))),
    ]
    if figures.get("expected_cash_paise") is not None:  # None on a blind X
        cash.append(("Expected cash", format_paise(figures["expected_cash_paise"])))
    if figures.get("counted_cash_paise") is not None:
        cash += [
            ("Counted cash", format_paise(figures["counted_cash_paise"])),
            ("Variance", format_paise(figures.get("variance_paise", 0))),
        ]
    if figures.get("variance_reason"):
        cash.append(("Reason", str(figures["variance_reason"])))
    if figures.get("approver"):
        cash.append(("Approved by", str(figures["approver"])))
    sections.append(Section("Cash drawer / नकद दराज", pairs=_both_pairs(cash)))
    sections += _count_and_reasons(figures)
    report = Report(
        title_en=title_en, title_hi=title_hi, outlet_en=str(figures["outlet_en"]),
        outlet_hi=str(figures.get("outlet_hi", "")), facts=_both_pairs(facts),
        sections=tuple(sections), signatures=("Cashier / कैशियर", "Manager / प्रबंधक"),
    )  # fmt: skip
    return report_document(report)


MOVEMENTS = {"paid_in": "Paid in", "paid_out": "Paid out", "drop": "Drop",
             "no_sale": "No sale"}  # fmt: skip


def _optional_counts(figures: Figures) -> tuple[tuple[str, str], ...]:
    """The Z's drawer openings, discounts and round-off (when the figures carry them)."""
    pairs = []
    if "no_sales_count" in figures:
        pairs.append(("No-sale drawer openings", str(figures["no_sales_count"])))
    if "discounts_paise" in figures:
        pairs.append(("Discounts", format_paise(figures["discounts_paise"])))
    if "round_off_paise" in figures:
        pairs.append(("Round-off", format_paise(figures["round_off_paise"])))
    return tuple(pairs)


def _count_and_reasons(figures: Figures) -> list[Section]:
    """The counted denominations and each paid-in/out, drop and no-sale with its reason."""
    out = []
    counted = [c for c in figures.get("counted", ()) if c["count"]]
    if counted:
        out.append(Section("Counted / गिनी गई नकदी", table=_xz_table(
            ("Note/coin", "Count", "Amount"),
            [(format_paise(c["paise"]), str(c["count"]), format_paise(c["paise"] * c["count"]))
             for c in counted],
            ("Total", "", format_paise(sum(c["paise"] * c["count"] for c in counted))),
            (3, 2, 3)),
        ))  # fmt: skip
    movements = list(figures.get("movements", ()))
    if movements:
        out.append(Section("Drawer movements / दराज से लेन-देन", table=_xz_table(
            ("Time", "Kind", "Amount", "Reason"),
            [(str(m.get("at", "")), both(MOVEMENTS.get(m["kind"], m["kind"])),
              format_paise(m["amount_paise"]), str(m["reason"] or "-")) for m in movements],
            None, (3, 3, 3, 5)),
        ))  # fmt: skip
    return out


def sales_report(figures: Figures) -> Document:
    """Sales for a date range. Keys: outlet_en, outlet_hi, date_from, date_to;
    days: [{date, sales_count, gross_paise, returns_paise, net_paise, cash_paise, upi_paise,
    card_paise}]; taxes (as in shift_report) optional.
    """
    days = list(figures["days"])
    rows = [
        (d["date"], str(d["sales_count"]), format_paise(d["gross_paise"]),
         format_paise(d["returns_paise"]), format_paise(d["net_paise"]),
         format_paise(d["cash_paise"]), format_paise(d["upi_paise"]),
         format_paise(d["card_paise"]))
        for d in days
    ]  # fmt: skip
    keys = ("sales_count", "gross_paise", "returns_paise", "net_paise", "cash_paise",
            "upi_paise", "card_paise")  # fmt: skip
    sums = {k: sum(d[k] for d in days) for k in keys}
    total = ("Total", str(sums["sales_count"]),
             *(format_paise(sums[k]) for k in keys[1:]))  # fmt: skip
    table = _money_table(
        "",
        ("Date", "Bills", "Gross", "Returns", "Net", "Cash", "UPI", "Card"),
        rows, total, (5, 2, 4, 4, 4, 4, 4, 4),
    )  # fmt: skip
    report = Report(
        title_en="SALES REPORT", title_hi="बिक्री रिपोर्ट", outlet_en=str(figures["outlet_en"]),
        outlet_hi=str(figures.get("outlet_hi", "")),
        facts=(("From", str(figures["date_from"])), ("To", str(figures["date_to"])),
               ("Net sales", format_rupees(sums["net_paise"]))),
        sections=(Section("Day by day / दिन के अनुसार", table=table),),
    )  # fmt: skip
    return report_document(report)


def shg_statement(figures: Figures) -> Document:
    """SHG settlement statement: one page per SHG, with signature and thumb lines.

    Keys: outlet_en, outlet_hi, period_from, period_to, commission_bp; shgs: [{code, name_en,
    name_hi, village, received_qty, sold_qty, returned_qty, damaged_qty, on_hand_qty,
    gross_paise, commission_paise, net_payable_paise, payout_reference; products (optional):
    [{sku, name_en, name_hi, received_qty, sold_qty, returned_qty, damaged_qty, on_hand_qty,
    gross_paise}]}].
    """
    blocks: list[Block] = []
    for n, shg in enumerate(figures["shgs"]):
        if n:
            blocks.append(PageBreak())
        sections = [
            Section(
                "Goods / सामान",
                pairs=(
                    ("Received / प्राप्त", str(shg["received_qty"])),
                    ("Sold / बिका", str(shg["sold_qty"])),
                    ("Returned / वापस", str(shg["returned_qty"])),
                    ("Damaged / क्षतिग्रस्त", str(shg["damaged_qty"])),
                    ("On hand / शेष", str(shg["on_hand_qty"])),
                ),
            ),
            Section(
                "Money / राशि",
                pairs=(
                    ("Gross sales / कुल बिक्री", format_rupees(shg["gross_paise"])),
                    (
                        f"Commission / कमीशन ({format_rate(figures.get('commission_bp', 0))})",
                        format_rupees(shg["commission_paise"]),
                    ),
                    ("Net payable / देय राशि", format_rupees(shg["net_payable_paise"])),
                    ("Payout reference / भुगतान संदर्भ", str(shg.get("payout_reference") or "-")),
                ),
            ),
        ]
        products = list(shg.get("products", ()))
        if products:
            sections.append(Section("By product / उत्पाद के अनुसार", table=_money_table(
                "", ("Product", "Recd", "Sold", "Ret", "Dmg", "Left", "Gross"),
                [(_name(p), str(p["received_qty"]), str(p["sold_qty"]), str(p["returned_qty"]),
                  str(p["damaged_qty"]), str(p["on_hand_qty"]), format_paise(p["gross_paise"]))
                 for p in products], None, (8, 2, 2, 2, 2, 2, 4)),
            ))  # fmt: skip
        report = Report(
            title_en="SHG SETTLEMENT STATEMENT", title_hi="समूह भुगतान विवरण",
            outlet_en=str(figures["outlet_en"]), outlet_hi=str(figures.get("outlet_hi", "")),
            facts=(("Period", f"{figures['period_from']} to {figures['period_to']}"),
                   ("SHG", f"{shg['code']} {shg['name_en']}"),
                   ("समूह", str(shg.get("name_hi") or shg["name_en"])),
                   ("Village", str(shg.get("village", "")))),
            sections=tuple(sections),
            signatures=(f"SHG leader: {SIGN}", THUMB, f"Outlet manager: {SIGN}"),
        )  # fmt: skip
        blocks += report_blocks(report)
    blocks += [Feed(2), Cut()]
    return Document(title=f"SHG settlement {figures['outlet_en']}", blocks=tuple(blocks))


def _per_unit(qty: Any) -> PerUnit:
    return qty if isinstance(qty, PerUnit) else PerUnit.of({"pc": int(qty)})


def _qty(qty: Any) -> str:
    """A quantity cell (pos.amounts.quantity.format_cell): pieces and millilitres are never
    added into one number."""
    return format_cell(_per_unit(qty))
