"""The domain's report dataclasses as the plain figures pos.printing.documents.report_docs reads.

Kept apart from both sides so neither imports the other's classes: the X/Z (``ShiftReport``),
the SHG settlement (``ShgSettlement``) and the sales summary become dicts of ints and text.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pos import clock
from pos.amounts.quantity import format_per_unit
from pos.db.backoffice import catalog_q
from pos.db.selling import carts_q
from pos.records.ledger import Ledger
from pos.reporting import reports
from pos.reporting.reports import ShiftReport
from pos.reporting.settlement import ShgSettlement, parse_commission


def _local_time(stamp: str | None) -> str:
    if not stamp:
        return ""
    return clock.local(clock.from_iso(stamp)).strftime("%d-%m-%Y %H:%M")


def shift_figures(ledger: Ledger, r: ShiftReport) -> dict[str, Any]:
    outlet = ledger.outlet
    names = {s["code"]: s for s in catalog_q.all_shgs(ledger.db)}
    category_hi = carts_q.category_hindi_names(ledger.db, [c.category for c in r.categories])
    return {
        "kind": r.report,
        "z_number": r.z_number,
        "outlet_en": outlet.name_en,
        "outlet_hi": outlet.name_hi,
        "device": ledger.device.short_code,
        "cashier": r.cashier,
        "opened_at": _local_time(r.opened_at),
        "closed_at": _local_time(r.closed_at),
        "opening_float_paise": r.opening_float_paise,
        "tenders": [
            {"method": t.method, "sales_paise": t.sales_paise, "returns_paise": t.refunds_paise}
            for t in r.tenders
        ],
        "categories": [
            {
                "name_en": c.category,
                "name_hi": category_hi.get(c.category, ""),
                "qty": c.qty_sold - c.qty_returned,
                "amount_paise": c.net_paise,
            }
            for c in r.categories
        ],
        "shgs": [
            {
                "code": g.shg_code,
                "name_en": g.name_en,
                "name_hi": names.get(g.shg_code, {}).get("name_hi", ""),
                "amount_paise": g.sales_paise - g.returns_paise,
            }
            for g in r.shgs
        ],
        "taxes": [
            {
                "rate_bp": t.rate_bp,
                "taxable_paise": t.taxable_paise,
                "cgst_paise": t.cgst_paise,
                "sgst_paise": t.sgst_paise,
            }
            for t in r.tax_rates
        ],
        "sales_count": r.sales_count,
        "returns_count": r.returns_count,
        "returns_paise": r.returns_total_paise,
        "voids_count": r.voids_count,
        "voids_paise": r.voids_paise,
        "removed_lines": r.removed_lines_count,
        "delivery_count": r.delivery_count,
        "delivery_paise": r.delivery_paise,
        "delivery_cash_paise": r.delivery_cash_paise,
        "paid_in_paise": r.paid_in_paise,
        "paid_out_paise": r.paid_out_paise,
        "drops_paise": r.drops_paise,
        "expected_cash_paise": r.expected_paise,
        "counted_cash_paise": r.counted_paise,
        "variance_paise": r.variance_paise,
        "variance_reason": r.variance_reason,
        "approver": r.approver,
        # every section of the Z (issue 12): drawer openings, the count, the reasons, the
        # discount and round-off lines
        "no_sales_count": r.no_sales_count,
        "discounts_paise": r.discounts_paise - r.returns_discounts_paise,
        "round_off_paise": r.sales_round_off_paise - r.returns_round_off_paise,
        "counted": [{"paise": paise, "count": count} for paise, count in r.counted],
        "movements": [
            {
                "kind": m.kind,
                "amount_paise": m.amount_paise,
                "reason": m.reason,
                "at": _local_time(m.created_at),
            }
            for m in r.cash_movements
        ],
    }


def settlement_figures(
    ledger: Ledger, rows: list[ShgSettlement], period_from: str, period_to: str
) -> dict[str, Any]:
    outlet = ledger.outlet
    shgs = {s["code"]: s for s in catalog_q.all_shgs(ledger.db)}
    commission = parse_commission(rows[0].commission) if rows else None
    return {
        "outlet_en": outlet.name_en,
        "outlet_hi": outlet.name_hi,
        "period_from": period_from,
        "period_to": period_to,
        "commission_bp": commission.rate_bp if commission and commission.kind == "pct" else 0,
        "shgs": [
            {
                "code": s.shg_code,
                "name_en": s.name_en,
                "name_hi": shgs.get(s.shg_code, {}).get("name_hi", ""),
                "village": shgs.get(s.shg_code, {}).get("village", ""),
                # per unit ("3 pcs/नग · 1.5 L/लीटर"), never pieces plus millilitres
                "received_qty": format_per_unit(s.units.received, "both"),
                "sold_qty": format_per_unit(s.units.sold - s.units.customer_returns, "both"),
                "returned_qty": format_per_unit(s.units.returned_to_shg, "both"),
                "damaged_qty": format_per_unit(s.units.damaged, "both"),
                "on_hand_qty": format_per_unit(s.units.on_hand, "both"),
                "gross_paise": s.net_sales_paise,
                "commission_paise": s.commission_paise,
                "net_payable_paise": s.net_payable_paise,
                "payout_reference": s.payment_reference,
            }
            for s in rows
        ],
    }


def sales_figures(ledger: Ledger, date_from: str, date_to: str) -> dict[str, Any]:
    start, end = reports.check_period(date_from, date_to)
    days = []
    day = date.fromisoformat(start)
    while day <= date.fromisoformat(end):
        s = reports.sales_summary(ledger, day.isoformat(), day.isoformat())
        by = {t.method: t.net_paise for t in s.tenders}
        if s.sales_count or s.returns_count:
            days.append({
                "date": day.isoformat(), "sales_count": s.sales_count,
                "gross_paise": s.sales_paise, "returns_paise": s.returns_paise,
                "net_paise": s.net_paise, "cash_paise": by.get("cash", 0),
                "upi_paise": by.get("upi", 0), "card_paise": by.get("card", 0),
            })  # fmt: skip
        day += timedelta(days=1)
    outlet = ledger.outlet
    return {"outlet_en": outlet.name_en, "outlet_hi": outlet.name_hi, "date_from": start,
            "date_to": end, "days": days}  # fmt: skip
