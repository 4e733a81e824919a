"""GST: per GSTIN and month, the HSN-wise summary and the B2C totals per rate that a GST
return needs, on screen and as CSV. Read from the summaries ingest keeps (per outlet, day,
HSN and rate); returns count negative.

The outlet's GSTIN is the district's (set with ``pos-server outlet add --gstin`` or on the
Outlets page): that copy is the one source of truth here, whatever a till prints. A return is
filed per GSTIN, so outlets sharing one GSTIN are summed together; an outlet without a GSTIN
is its own table, marked "no GSTIN", never merged with another."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from pos import clock
from pos.amounts.money import format_paise, rate_number
from pos.server.storage import summaries
from pos.server.storage.store import Store
from pos.server.web import queries
from pos.server.web.accounts import Session
from pos.server.web.core import csv_response, render, staff, store_of

router = APIRouter(prefix="/office")
Viewer = Annotated[Session, Depends(staff("viewer"))]
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class GstKey:
    """What one GST table covers: a GSTIN and its outlets, or one outlet with no GSTIN."""

    gstin: str | None
    outlets: tuple[str, ...]

    @property
    def name(self) -> str:
        """The GSTIN, or for an outlet without one its code: the page's ``key``."""
        return self.gstin or self.outlets[0]


def gst_keys(outlets: list[queries.Outlet]) -> list[GstKey]:
    """One key per GSTIN (its outlets in code order), one per outlet without a GSTIN."""
    keys: list[GstKey] = []
    by_gstin: dict[str, list[str]] = {}
    for outlet in sorted(outlets, key=lambda o: o.code):
        if not outlet.gstin:
            keys.append(GstKey(None, (outlet.code,)))
        elif outlet.gstin in by_gstin:
            by_gstin[outlet.gstin].append(outlet.code)
        else:
            by_gstin[outlet.gstin] = [outlet.code]
            keys.append(GstKey(outlet.gstin, ()))
    return [GstKey(k.gstin, tuple(by_gstin[k.gstin])) if k.gstin else k for k in keys]


def chosen_key(keys: list[GstKey], wanted: str) -> GstKey | None:
    """The key asked for (a GSTIN, or an outlet code: the key that holds the outlet, so an
    outlet with a GSTIN shows its GSTIN's table), else the first."""
    wanted = wanted.strip().upper()
    for key in keys:
        if wanted and (key.gstin == wanted or wanted in key.outlets):
            return key
    return keys[0] if keys else None


def month_range(month: str) -> tuple[str, str]:
    first = date.fromisoformat(month + "-01")
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first.isoformat(), (following - timedelta(days=1)).isoformat()


def _summed(rows: list[summaries.TaxRow], key: object) -> list[summaries.TaxRow]:
    out: dict[tuple[str, int], list[int]] = {}
    for r in rows:
        sums = out.setdefault((r.hsn if key == "hsn" else "", r.rate_bp), [0, 0, 0, 0, 0])
        for n, value in enumerate((r.qty, r.gross_paise, r.taxable_paise, r.cgst_paise,
                                   r.sgst_paise)):  # fmt: skip
            sums[n] += value
    order = sorted(out.items(), key=lambda item: (item[0][0], item[0][1]))
    return [summaries.TaxRow(hsn, rate, *sums) for (hsn, rate), sums in order]


def by_rate(rows: list[summaries.TaxRow]) -> list[summaries.TaxRow]:
    """B2C totals per GST rate (every HSN of that rate together)."""
    return _summed(rows, "rate")


def hsn_summary(store: Store, key: GstKey, first: str, last: str) -> list[summaries.TaxRow]:
    """The HSN-wise summary of every outlet of ``key`` over the period, summed per HSN/rate."""
    rows: list[summaries.TaxRow] = []
    for outlet in key.outlets:
        rows.extend(summaries.tax_summary(store, outlet, first, last))
    return _summed(rows, "hsn")


@router.get("/gst")
def gst_page(
    request: Request, session: Viewer, key: str = "", outlet: str = "", month: str = "",
    part: str = "hsn", format: str = "html",
) -> Response:  # fmt: skip
    store = store_of(request)
    keys = gst_keys(queries.outlets(store))
    if not _MONTH.match(month):
        month = clock.business_date(clock.now_utc())[:7]
    chosen_for = chosen_key(keys, key or outlet)  # outlet=: the links from before GSTINs
    first, last = month_range(month)
    hsn_rows = hsn_summary(store, chosen_for, first, last) if chosen_for else []
    rate_rows = by_rate(hsn_rows)
    if format == "csv":
        chosen = rate_rows if part == "b2c" else hsn_rows
        gstin_cell = (chosen_for.gstin or "") if chosen_for else ""
        outlets_cell = " ".join(chosen_for.outlets) if chosen_for else ""
        head = ["gstin", "outlets", "month", *(["hsn"] if part != "b2c" else []), "rate_percent",
                "qty", "value", "taxable_value", "cgst", "sgst", "total_tax"]  # fmt: skip
        name = (chosen_for.gstin or f"{outlets_cell}-no-gstin") if chosen_for else "none"
        return csv_response(
            f"gst-{part}-{name}-{month}.csv", head,
            ([gstin_cell, outlets_cell, month, *([r.hsn] if part != "b2c" else []),
              rate_number(r.rate_bp), r.qty, format_paise(r.gross_paise),
              format_paise(r.taxable_paise), format_paise(r.cgst_paise),
              format_paise(r.sgst_paise), format_paise(r.cgst_paise + r.sgst_paise)]
             for r in chosen),
        )  # fmt: skip
    return render(
        request, "gst.html", session, keys=keys, key=chosen_for, month=month,
        hsn_rows=hsn_rows, rate_rows=rate_rows, names=queries.outlet_names(store),
    )  # fmt: skip
