"""GST: per outlet and month, the HSN-wise summary and the B2C totals per rate that a GST
return needs, on screen and as CSV. Read from the summaries ingest keeps (per outlet, day,
HSN and rate); returns count negative. The outlet's GSTIN is held by the till, not the
district, so the tables are keyed by outlet code."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from pos import clock
from pos.money import format_paise
from pos.server import summaries
from pos.server.web import queries
from pos.server.web.accounts import Session
from pos.server.web.core import csv_response, render, staff, store_of

router = APIRouter(prefix="/office")
Viewer = Annotated[Session, Depends(staff("viewer"))]
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def month_range(month: str) -> tuple[str, str]:
    first = date.fromisoformat(month + "-01")
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first.isoformat(), (following - timedelta(days=1)).isoformat()


def by_rate(rows: list[summaries.TaxRow]) -> list[summaries.TaxRow]:
    """B2C totals per GST rate (every HSN of that rate together)."""
    out: dict[int, list[int]] = {}
    for r in rows:
        sums = out.setdefault(r.rate_bp, [0, 0, 0, 0, 0])
        for n, value in enumerate((r.qty, r.gross_paise, r.taxable_paise, r.cgst_paise,
                                   r.sgst_paise)):  # fmt: skip
            sums[n] += value
    return [summaries.TaxRow("", rate, *sums) for rate, sums in sorted(out.items())]


@router.get("/gst")
def gst_page(
    request: Request, session: Viewer, outlet: str = "", month: str = "", part: str = "hsn",
    format: str = "html",
) -> Response:  # fmt: skip
    store = store_of(request)
    outlets = queries.outlets(store)
    if not _MONTH.match(month):
        month = clock.business_date(clock.now_utc())[:7]
    outlet = outlet.upper() or (outlets[0].code if outlets else "")
    first, last = month_range(month)
    hsn_rows = summaries.tax_summary(store, outlet, first, last) if outlet else []
    rate_rows = by_rate(hsn_rows)
    if format == "csv":
        chosen = rate_rows if part == "b2c" else hsn_rows
        head = ["outlet", "month", *(["hsn"] if part != "b2c" else []), "rate_percent", "qty",
                "value", "taxable_value", "cgst", "sgst", "total_tax"]  # fmt: skip
        return csv_response(
            f"gst-{part}-{outlet}-{month}.csv", head,
            ([outlet, month, *([r.hsn] if part != "b2c" else []), f"{r.rate_bp / 100:g}", r.qty,
              format_paise(r.gross_paise), format_paise(r.taxable_paise),
              format_paise(r.cgst_paise), format_paise(r.sgst_paise),
              format_paise(r.cgst_paise + r.sgst_paise)] for r in chosen),
        )  # fmt: skip
    return render(
        request, "gst.html", session, outlets=outlets, outlet=outlet, month=month,
        hsn_rows=hsn_rows, rate_rows=rate_rows,
    )  # fmt: skip
