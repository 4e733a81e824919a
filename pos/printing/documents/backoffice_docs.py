"""The back office's reports, each built once as data and as a Document (screen, thermal
paper and PDF all take the Document; CSV takes its rows).

``build(ledger, kind, ...)`` answers a ``Built``: kind ``x`` (the open shift so far), ``z``
(any closed shift by Z number), ``sales`` (a period), ``gst`` (HSN-wise summary of a period)
and ``shg`` (the SHG statement of a period, one page per SHG).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from pos import clock
from pos.amounts.money import format_paise, format_rate, format_rupees
from pos.amounts.quantity import PerUnit, format_cell, format_per_unit
from pos.amounts.words import rupees_in_words
from pos.db.backoffice import catalog_q
from pos.errors import InvalidInput
from pos.printing.documents.document import Block, Cut, Document, Feed, PageBreak, Row, Table, Text
from pos.printing.documents.report_adapters import sales_figures, shift_figures
from pos.printing.documents.report_docs import (
    SIGN,
    THUMB,
    Report,
    Section,
    report_blocks,
    report_document,
    sales_report,
    shift_report,
)
from pos.records.ledger import Ledger
from pos.reporting import reports, settlement
from pos.reporting.settlement import ShgSettlement
from pos.reporting.statement_lines import statement_lines

KINDS = ("x", "z", "sales", "gst", "shg")
DOC_MODES = {"tax_invoice": "Tax invoice / कर बीजक", "bill_of_supply": "Bill of supply",
             "cash_memo": "Cash memo"}  # fmt: skip


@dataclass(frozen=True)
class Built:
    kind: str
    data: Any  # the domain's figures (a ShiftReport, SalesSummary, GstSummary, statements)
    document: Document
    ref: str  # the print job's reference and the PDF's default name


def build(ledger: Ledger, kind: str, **args: Any) -> Built:
    """Raises InvalidInput (unknown kind, bad period), NotFound (no such Z), NotAllowed.
    An X asked with ``manager`` (a manager whose PIN was checked) is not blind: it has the
    cash taken and the expected cash (pos.reporting.reports.x_report)."""
    if kind == "x":
        x = reports.x_report(ledger, manager=args.get("manager"))
        return Built(kind, x, shift_report(shift_figures(ledger, x)), f"X shift {x.shift_id}")
    if kind == "z":
        z = reports.z_report(ledger, z_number=int(args["z_number"]))
        return Built(kind, z, shift_report(shift_figures(ledger, z)), f"Z {z.z_number}")
    start, end = reports.check_period(args["date_from"], args["date_to"])
    if kind == "sales":
        summary = reports.sales_summary(ledger, start, end)
        doc = sales_report(sales_figures(ledger, start, end))
        return Built(kind, summary, doc, f"sales {start}..{end}")
    if kind == "gst":
        gst = reports.gst_summary(ledger, start, end)
        return Built(kind, gst, gst_document(ledger, gst), f"GST {start}..{end}")
    if kind == "shg":
        rows = settlement.shg_statement(ledger, start, end, shg_code=args.get("shg_code"))
        return Built(kind, rows, statement_document(ledger, rows, start, end),
                     f"SHG {start}..{end}")  # fmt: skip
    raise InvalidInput(f"a report is one of {', '.join(KINDS)}, not {kind!r}")


def gst_document(ledger: Ledger, gst: reports.GstSummary) -> Document:
    outlet = ledger.outlet
    # one row per HSN, rate and unit quantity code (PCS, GMS, MLT), as the return's HSN
    # table has; the total row carries no quantity (pieces and millilitres do not add)
    rows = [(h.hsn, format_rate(h.rate_bp), h.uqc, str(h.qty), format_paise(h.taxable_paise),
             format_paise(h.cgst_paise), format_paise(h.sgst_paise))
            for h in gst.lines]  # fmt: skip
    total = ("Total", "", "", "", format_paise(gst.taxable_paise),
             format_paise(gst.cgst_paise), format_paise(gst.sgst_paise))  # fmt: skip
    table = Table(headers=("HSN", "Rate", "UQC", "Qty", "Taxable", "CGST", "SGST"),
                  rows=tuple(rows), weights=(3, 2, 2, 2, 4, 3, 3),
                  aligns=("left", "right", "left", *(("right",) * 4)), total=total)  # fmt: skip
    report = Report(
        title_en="GST SUMMARY (HSN)", title_hi="जीएसटी सारांश (एचएसएन)",
        outlet_en=outlet.name_en, outlet_hi=outlet.name_hi or "",
        facts=(("From", gst.date_from), ("To", gst.date_to), ("GSTIN", outlet.gstin or "-"),
               ("Document", DOC_MODES.get(gst.doc_mode, gst.doc_mode))),
        sections=(Section("HSN-wise / एचएसएन अनुसार", table=table),),
    )  # fmt: skip
    return report_document(report)


def statement_number(s: ShgSettlement) -> str:
    """The statement's number: the SHG and the period's last day (one statement a period)."""
    return f"ST-{s.shg_code}-{s.period_to.replace('-', '')}"


def statement_document(ledger: Ledger, rows: list[ShgSettlement], start: str, end: str) -> Document:
    """One page per SHG, as an officer signs it: goods, gross sales and customer returns
    apart, commission, net payable, payouts made and the balance, the amount in words, the
    SHG's bank or UPI, and PROVISIONAL on a period that has not ended."""
    outlet = ledger.outlet
    shgs = {r["code"]: r for r in catalog_q.all_shgs(ledger.db)}
    today = clock.business_date(clock.now_utc())
    provisional = end >= today
    blocks: list[Block] = []
    for n, s in enumerate(rows):
        shg = shgs.get(s.shg_code, {})
        if n:
            blocks.append(PageBreak())
        q = s.units  # per unit: "3 pcs/नग · 1.5 L/लीटर", never pieces plus millilitres
        goods = tuple((label, format_per_unit(value, "both")) for label, value in (
            ("Received / प्राप्त", q.received),
            ("Sold / बिका", q.sold),
            ("Customer returns / ग्राहक वापसी", q.customer_returns),
            ("Returned to SHG / समूह को वापस", q.returned_to_shg),
            ("Damaged / क्षतिग्रस्त", q.damaged),
            ("Count adjustments / गिनती समायोजन", q.adjusted),
            ("On hand / शेष", q.on_hand),
            ("Sold beyond stock / स्टॉक से अधिक बिका", q.sold_beyond_stock),
        ))  # fmt: skip
        money = (
            ("Gross sales / कुल बिक्री", format_rupees(s.gross_sales_paise)),
            ("Customer returns / ग्राहक वापसी", format_rupees(s.customer_returns_paise)),
            ("Net sales / शुद्ध बिक्री", format_rupees(s.net_sales_paise)),
            (f"Commission / कमीशन ({s.commission})", format_rupees(s.commission_paise)),
            ("Net payable / देय राशि", format_rupees(s.net_payable_paise)),
            ("Paid already / भुगतान हो चुका", format_rupees(s.paid_paise)),
            ("Balance / शेष देय", format_rupees(s.balance_paise)),
        )
        words = rupees_in_words(max(s.balance_paise, 0))
        facts = [
            ("Statement / विवरण संख्या", statement_number(s)),
            ("Date / दिनांक", today),
            ("Period / अवधि", f"{s.period_from} to {s.period_to}"),
            ("SHG / समूह", f"{s.shg_code} {s.name_en}"),
            ("समूह", str(shg.get("name_hi") or s.name_en)),
            ("Pay to / भुगतान", _pay_to(shg)),
        ]
        if provisional:
            ended = "the period has not ended / अवधि अभी पूरी नहीं हुई"
            facts.insert(0, ("PROVISIONAL / अनंतिम", ended))
        if s.settled:
            facts.append(("Paid / भुगतान", f"{s.paid_on} ref {s.payment_reference}"))
        lines = statement_lines(ledger, s.shg_code, s.period_from, s.period_to)
        by_product = Table(
            headers=("Product / उत्पाद", "Recd", "Sold", "Cust ret", "To SHG", "Dmg", "Left"),
            rows=tuple(
                (
                    f"{x.sku} {x.name_en}" + (f" / {x.name_hi}" if x.name_hi else ""),
                    str(x.received),
                    str(x.sold),
                    str(x.customer_returns),
                    str(x.returned_to_shg),
                    str(x.damaged),
                    str(x.on_hand),
                )
                for x in lines
            ),
            weights=(8, 2, 2, 2, 2, 2, 2),
            aligns=("left", *(("right",) * 6)),
        )
        report = Report(
            title_en="SHG SETTLEMENT STATEMENT", title_hi="समूह भुगतान विवरण",
            outlet_en=outlet.name_en, outlet_hi=outlet.name_hi or "", facts=tuple(facts),
            sections=(Section("Goods / सामान", pairs=goods),
                      Section("By product / उत्पाद के अनुसार", table=by_product),
                      Section("Money / राशि", pairs=money)),
            signatures=(f"SHG leader: {SIGN}", THUMB, f"Outlet manager: {SIGN}"),
        )  # fmt: skip
        blocks += report_blocks(report)[:-1]  # the signatures after the words
        blocks += [Text(f"In words: {words.en}"), Text(f"शब्दों में: {words.hi}")]
        blocks += report_blocks(report)[-1:]
    if not rows:
        blocks.append(Text(f"Nothing to settle from {start} to {end}"))
    blocks += [Feed(2), Cut()]
    return Document(title=f"SHG statement {outlet.name_en} {start}..{end}", blocks=tuple(blocks))


def _pay_to(shg: dict[str, Any]) -> str:
    parts = [str(shg.get(k) or "") for k in ("bank_account", "ifsc", "upi_vpa")]
    return " ".join(p for p in parts if p) or "-"


def document_csv(document: Document) -> str:
    """A Document's text as CSV: one row per line of text, table row or key and value."""
    out = io.StringIO()
    writer = csv.writer(out)
    for block in document.blocks:
        if isinstance(block, Text):
            writer.writerow([block.text])
        elif isinstance(block, Row):
            writer.writerow([c for c in block.cells])
        elif isinstance(block, Table):
            if block.title:
                writer.writerow([block.title])
            writer.writerow(block.headers)
            writer.writerows(block.rows)
            if block.total:
                writer.writerow(block.total)
    return out.getvalue()


def intake_slip_document(outlet: Any, slip: Any) -> Document:
    """The slip an SHG signs for a delivery: a line per lot, the total at the agreed prices."""
    rows = [(f"{lot.sku} {lot.name_en}", str(lot.qty_received), lot.expiry or "-",
             format_paise(lot.shg_price_paise or 0),
             format_paise((lot.shg_price_paise or 0) * lot.qty_received))
            for lot in slip.lots]  # fmt: skip
    table = Table(headers=("Product", "Qty", "Expiry", "Price", "Amount"), rows=tuple(rows),
                  weights=(8, 2, 4, 3, 4), aligns=("left", "right", "left", "right", "right"),
                  total=("Total", format_cell(sum((PerUnit.of({lot.unit: lot.qty_received})
                                                   for lot in slip.lots), PerUnit())), "", "",
                         format_paise(slip.total_paise)))  # fmt: skip
    report = Report(
        title_en="STOCK INTAKE SLIP", title_hi="माल प्राप्ति पर्ची", outlet_en=outlet.name_en,
        outlet_hi=outlet.name_hi or "",
        facts=(("SHG / समूह", f"{slip.shg_code} {slip.shg_name}"),
               ("Received / प्राप्ति", slip.received_on),
               ("Lots / लॉट", ", ".join(str(lot.id) for lot in slip.lots))),
        sections=(Section("Goods / सामान", table=table),),
        signatures=(f"SHG: {SIGN}", THUMB, f"Outlet manager: {SIGN}"),
    )  # fmt: skip
    return report_document(report)
