"""Sales: per outlet, day, tender and SHG over a period; the receipts of one outlet's day; one
receipt as the customer got it. Every table on screen downloads as CSV (``?format=csv``)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from pos import clock
from pos.amounts.money import format_paise
from pos.amounts.quantity import UNIT_ORDER, PerUnit
from pos.server.storage import summaries
from pos.server.web import queries
from pos.server.web.accounts import Session
from pos.server.web.core import csv_response, render, staff, store_of
from pos.server.web.pages.today import TENDERS, per_outlet

router = APIRouter(prefix="/office")
Viewer = Annotated[Session, Depends(staff("viewer"))]
VIEWS = ("day", "outlet", "tender", "shg")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _period(first: str | None, last: str | None) -> tuple[str, str]:
    today = date.fromisoformat(clock.business_date(clock.now_utc()))
    first = first if first and _DATE.match(first) else (today - timedelta(days=6)).isoformat()
    last = last if last and _DATE.match(last) else today.isoformat()
    return first, last


def sales_table(
    store: Any, view: str, first: str, last: str, outlet: str | None
) -> tuple[list[str], list[list[Any]], list[str | None]]:
    """(column keys, rows, drill-down link per row); money columns end in _paise."""
    rows = summaries.sales_by_day(store, first, last, outlet or None)
    if view == "outlet":
        names = {o: n for o, n in queries.outlet_names(store).items() if not outlet or o == outlet}
        totals = per_outlet(rows, names)
        head = ["outlet", "name", "bills", "net_paise", *(f"{t}_paise" for t in TENDERS)]
        body = [[o.outlet, o.name, o.bills, o.net_paise, o.cash_paise, o.upi_paise, o.card_paise,
                 o.other_paise] for o in totals]  # fmt: skip
        return head, body, [f"/office/sales?by=day&outlet={o.outlet}&from={first}&to={last}"
                            for o in totals]  # fmt: skip
    if view == "tender":
        sums = {tender: sum(r.get(f"{tender}_paise", 0) for r in rows) for tender in TENDERS}
        return ["tender", "amount_paise"], [[k, v] for k, v in sums.items()], [None] * len(sums)
    if view == "shg":
        shg = summaries.shg_figures(store, first, last)
        head = ["shg_code", "sold_qty", "returned_qty", "sales_paise"]
        body = [[r.shg_code, r.sold_qty, r.returned_qty, r.sales_paise] for r in shg]
        return head, body, [f"/office/shgs/{r.shg_code}?from={first}&to={last}" for r in shg]
    head = ["business_date", "outlet", "bills", "returns", "net_paise", "gst_paise",
            *(f"{t}_paise" for t in TENDERS)]  # fmt: skip
    body = [[r["business_date"], r["outlet"], r["bills"], r["returns"], r["net_paise"],
             r["gst_paise"], *(r.get(f"{t}_paise", 0) for t in TENDERS)] for r in rows]  # fmt: skip
    return head, body, [f"/office/sales/{r['outlet']}/{r['business_date']}" for r in rows]


def _csv_head(key: str) -> list[str]:
    """A quantity column is one column per unit (sold_pcs, sold_g, sold_ml)."""
    if key.endswith("_qty"):
        return [f"{key.removesuffix('_qty')}_{_CSV_UNIT[u]}" for u in UNIT_ORDER]
    return [key.removesuffix("_paise")]


def _csv_cells(key: str, value: Any) -> list[Any]:
    if isinstance(value, PerUnit):
        return [value.get(u) for u in UNIT_ORDER]
    return [format_paise(int(value)) if key.endswith("_paise") else value]


_CSV_UNIT = {"pc": "pcs", "g": "g", "ml": "ml"}


@router.get("/sales")
def sales_page(
    request: Request,
    session: Viewer,
    by: str = "day",
    outlet: str = "",
    format: str = "html",
) -> Response:
    query = request.query_params
    first_day, last_day = _period(query.get("from"), query.get("to"))
    view = by if by in VIEWS else "day"
    store = store_of(request)
    head, body, links = sales_table(store, view, first_day, last_day, outlet.upper() or None)
    if format == "csv":
        return csv_response(
            f"sales-{view}-{first_day}-{last_day}.csv",
            [c for h in head for c in _csv_head(h)],
            ([c for h, v in zip(head, row, strict=True) for c in _csv_cells(h, v)] for row in body),
        )
    return render(
        request, "sales.html", session,
        view=view, views=VIEWS, head=head, rows=list(zip(body, links, strict=True)),
        first=first_day, last=last_day, outlet=outlet.upper(),
        outlets=queries.outlets(store), csv_query=_with_csv(request),
    )  # fmt: skip


def _with_csv(request: Request) -> str:
    params = dict(request.query_params)
    params["format"] = "csv"
    return "&".join(f"{k}={v}" for k, v in params.items())


@router.get("/sales/{outlet}/{day}")
def receipts_page(
    request: Request, session: Viewer, outlet: str, day: str, format: str = "html"
) -> Response:
    if not _DATE.match(day):
        raise HTTPException(404)
    rows = queries.receipts_of_day(store_of(request), outlet.upper(), day)
    if format == "csv":
        return csv_response(
            f"receipts-{outlet.upper()}-{day}.csv",
            ["receipt_no", "till", "kind", "void", "time_utc", "tenders", "total"],
            ([r.receipt_no, r.short_code, r.kind, int(r.is_void), r.created_at, r.tenders,
              format_paise(r.total_paise)] for r in rows),
        )  # fmt: skip
    return render(request, "receipts.html", session, outlet=outlet.upper(), day=day, receipts=rows)


@router.get("/receipts/{event_id}")
def receipt_page(request: Request, session: Viewer, event_id: str) -> Response:
    found = queries.receipt(store_of(request), event_id)
    if found is None:
        raise HTTPException(404)
    return render(request, "receipt.html", session, **found)
