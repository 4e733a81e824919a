"""SHGs: the register (add, edit, bank and UPI details, village and block); per SHG across
all outlets, what was received, sold, returned, paid and is still owed; the statement as a
bilingual PDF. Edits are published as catalog changes (the outlets pull them) and audited."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup, escape

from pos import clock
from pos.amounts.money import format_paise, format_rupees
from pos.errors import InvalidInput, PosError
from pos.printing.documents.document import Table
from pos.printing.documents.report_docs import Report, Section, report_document
from pos.products.catalog_edit import check_shg_payout
from pos.server.storage import summaries
from pos.server.tills import catalog
from pos.server.web import queries
from pos.server.web.accounts import Session, audit
from pos.server.web.core import csv_response, lang_of, render, staff, store_of

router = APIRouter(prefix="/office")
Viewer = Annotated[Session, Depends(staff("viewer"))]
Officer = Annotated[Session, Depends(staff("officer"))]
PAGE_SIZE = 100  # a phone on a slow link gets a page, not 2,400 rows; CSV has them all
FIELDS = ("name_en", "name_hi", "village", "block", "contact", "bank_account", "ifsc", "upi_vpa")


def _period(request: Request) -> tuple[str, str]:
    today = date.fromisoformat(clock.business_date(clock.now_utc()))
    first = request.query_params.get("from") or today.replace(day=1).isoformat()
    month_end = (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    last = request.query_params.get("to") or month_end.isoformat()
    for value in (first, last):
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise HTTPException(400, "dates are YYYY-MM-DD") from exc
    return first, last


FIGURE_HEAD = ["received_qty", "sold_qty", "returned_qty", "sales", "paid", "owed"]


def _figure_cells(f: summaries.ShgFigures | None) -> list[Any]:
    if f is None:
        return [0, 0, 0, "0.00", "0.00", "0.00"]
    return [f.lot_qty, f.sold_qty, f.returned_qty, format_paise(f.sales_paise),
            format_paise(f.paid_paise), format_paise(f.owed_paise)]  # fmt: skip


@router.get("/shgs")
def shgs_page(request: Request, session: Viewer, format: str = "html") -> Response:
    store = store_of(request)
    first, last = _period(request)
    figures = {f.shg_code: f for f in summaries.shg_figures(store, first, last)}
    if format == "csv":
        return csv_response(
            f"shgs-{first}-{last}.csv",
            ["shg_code", "name_en", "village", "block", "upi_vpa", *FIGURE_HEAD],
            ([s["code"], s.get("name_en", ""), s.get("village", ""), s.get("block", ""),
              s.get("upi_vpa", ""), *_figure_cells(figures.get(s["code"]))]
             for s in queries.shgs(store)),
        )  # fmt: skip
    return _register_page(request, session, first, last, figures)


def _register_page(
    request: Request, session: Session, first: str, last: str,
    figures: dict[str, summaries.ShgFigures], *, status: int = 200, error: str = "",
    typed: dict[str, Any] | None = None,
) -> Response:  # fmt: skip
    """The register (a page of it, or a search's) with the add form, filled with ``typed``
    when a refusal sends back what the officer typed."""
    q = request.query_params.get("q", "").strip().lower()
    register = [s for s in queries.shgs(store_of(request)) if not q or q in _haystack(s)]
    pages = max(1, -(-len(register) // PAGE_SIZE))
    every = request.query_params.get("page") == "all"
    page = 0 if every else min(max(1, _int(request.query_params.get("page"), 1)), pages)
    shown = register if every else register[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return render(
        request, "shgs.html", session, status=status, error=error, typed=typed or {},
        rows=table_rows(shown, figures, first, last, lang_of(request)),
        first=first, last=last, fields=FIELDS, q=q, page=page, pages=pages,
        total=len(register),
    )  # fmt: skip


def table_rows(
    register: list[dict[str, Any]], figures: dict[str, summaries.ShgFigures], first: str,
    last: str, lang: str,
) -> Markup:  # fmt: skip
    """The report's table rows as escaped HTML, built here rather than in the template: the
    month's whole list is 2,400 rows and Jinja's per-expression escaping and attribute lookups
    cost ~60 ms of it on these machines (this: ~10 ms). Every value from the register is
    escaped; the figures are integers formatted by pos.amounts.money."""
    period = f"?from={escape(first)}&to={escape(last)}"
    zero = _cells(None)
    out = []
    for s in register:
        code = str(s["code"])
        name = s.get("name_hi") if lang == "hi" and s.get("name_hi") else s.get("name_en")
        block = s.get("block")
        out.append(
            f'<tr><td><a href="/office/shgs/{escape(quote(code, safe="/"))}{period}">'
            f"{escape(code)}</a> <small>{escape(_text(name))}</small></td>\n"
            f"<td>{escape(_text(s.get('village')))}{f', {escape(block)}' if block else ''}</td>\n"
            f"{_cells(figures[code]) if code in figures else zero}</tr>\n"
        )
    return Markup("".join(out))


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _cells(f: summaries.ShgFigures | None) -> str:
    if f is None:
        values: tuple[Any, ...] = (0, 0, 0, format_rupees(0), format_rupees(0), format_rupees(0))
    else:
        values = (f.lot_qty, f.sold_qty, f.returned_qty, format_rupees(f.sales_paise),
                  format_rupees(f.paid_paise), format_rupees(f.owed_paise))  # fmt: skip
    return "".join(f"<td>{v}</td>" for v in values)


def _haystack(shg: dict[str, Any]) -> str:
    return " ".join(str(shg.get(k, "")) for k in ("code", *FIELDS[:4])).lower()


def _int(text: str | None, default: int) -> int:
    return int(text) if text and text.isdigit() else default


@router.get("/shgs/{code}")
def shg_page(request: Request, session: Viewer, code: str, format: str = "html") -> Response:
    store = store_of(request)
    found = queries.shg(store, code)
    if found is None:
        raise HTTPException(404)
    first, last = _period(request)
    if format == "csv":
        return csv_response(
            f"shg-{code}-{first}-{last}.csv", ["outlet", *FIGURE_HEAD],
            ([f.outlet_code, *_figure_cells(f)]
             for f in summaries.shg_figures(store, first, last, code, by_outlet=True)),
        )  # fmt: skip
    return _shg_page(request, session, found, first, last)


def _shg_page(
    request: Request, session: Session, shg: dict[str, Any], first: str, last: str,
    *, status: int = 200, error: str = "", typed: dict[str, Any] | None = None,
) -> Response:  # fmt: skip
    """One SHG's page; its edit form holds ``typed`` when a refusal sends that back."""
    store = store_of(request)
    code = shg["code"]
    return render(
        request, "shg.html", session, status=status, error=error, shg=shg,
        form=typed or shg, first=first, last=last, fields=FIELDS,
        total=next(iter(summaries.shg_figures(store, first, last, code)), None),
        outlets=summaries.shg_figures(store, first, last, code, by_outlet=True),
    )  # fmt: skip


@router.post("/shgs")
async def save_shg(request: Request, session: Officer, code: Annotated[str, Form()]) -> Response:
    store = store_of(request)
    form = await request.form()
    code = code.strip().upper()
    before = queries.shg(store, code)
    data: dict[str, Any] = {"code": code}
    for name in FIELDS:
        value = form.get(name)
        data[name] = value.strip() if isinstance(value, str) else ""
    try:
        if not code or len(code) > 24:
            raise InvalidInput("an SHG code is 1 to 24 characters")
        if not data["name_en"]:
            raise InvalidInput("an SHG needs an English name")
        data = check_shg_payout(data)
        with store.tx() as conn:  # the SHG's new version and its audit row together
            catalog.publish(store, [("shg", code, data)])
            audit(conn, session.staff.name, "shg.save", code, before, data)
    except PosError as exc:  # the form comes back as typed, on the page it was sent from
        first, last = _period(request)
        if before is not None:
            return _shg_page(
                request, session, before, first, last, status=400, error=exc.message, typed=data
            )
        figures = {f.shg_code: f for f in summaries.shg_figures(store, first, last)}
        return _register_page(
            request, session, first, last, figures, status=400, error=exc.message, typed=data
        )
    return RedirectResponse(f"/office/shgs/{quote(code, safe='')}", status_code=303)


def statement_report(
    district: str, shg: dict[str, Any], first: str, last: str,
    total: summaries.ShgFigures | None, outlets: list[summaries.ShgFigures],
) -> Report:  # fmt: skip
    """The district's statement for one SHG as report data (rendered to PDF here)."""
    zero = summaries.ShgFigures(shg["code"], "", 0, 0, 0, 0, 0, 0, 0)
    total = total or zero
    table = Table(
        headers=("Outlet / आउटलेट", "Recd", "Sold", "Ret", "Sales", "Paid", "Owed"),
        rows=tuple(
            (o.outlet_code, str(o.lot_qty), str(o.sold_qty), str(o.returned_qty),
             format_rupees(o.sales_paise), format_rupees(o.paid_paise),
             format_rupees(o.owed_paise))
            for o in outlets
        ),
        weights=(4, 2, 2, 2, 3, 3, 3),
        aligns=("left", "right", "right", "right", "right", "right", "right"),
    )  # fmt: skip
    return Report(
        title_en="SHG STATEMENT", title_hi="समूह विवरण",
        outlet_en=district, outlet_hi="",
        facts=(("Period / अवधि", f"{first} – {last}"),
               ("SHG", f"{shg['code']} {shg.get('name_en', '')}"),
               ("समूह", str(shg.get("name_hi") or shg.get("name_en", ""))),
               ("Village / गाँव", f"{shg.get('village', '')}, {shg.get('block', '')}"),
               ("UPI", str(shg.get("upi_vpa") or "-")),
               ("Bank / बैंक", " ".join(str(shg.get(k) or "") for k in ("bank_account", "ifsc"))
                .strip() or "-")),
        sections=(
            Section("Goods / सामान", pairs=(
                ("Received / प्राप्त", str(total.lot_qty)),
                ("Sold / बिका", str(total.sold_qty)),
                ("Returned by customers / ग्राहकों से वापस", str(total.returned_qty)))),
            Section("Money / राशि", pairs=(
                ("Sales / बिक्री", format_rupees(total.sales_paise)),
                ("Paid by outlets / आउटलेट द्वारा भुगतान", format_rupees(total.paid_paise)),
                ("Still owed / बकाया", format_rupees(total.owed_paise)))),
            Section("By outlet / आउटलेट के अनुसार", table=table),
        ),
    )  # fmt: skip


@router.get("/shgs/{code}/statement.pdf")
def statement_pdf(request: Request, session: Viewer, code: str) -> Response:
    store = store_of(request)
    found = queries.shg(store, code)
    if found is None:
        raise HTTPException(404)
    first, last = _period(request)
    report = statement_report(
        queries.district_name(store), found, first, last,
        next(iter(summaries.shg_figures(store, first, last, code)), None),
        summaries.shg_figures(store, first, last, code, by_outlet=True),
    )  # fmt: skip
    from pos.printing.render.pdf import render_pdf  # reportlab (and its fonts) only when asked

    with tempfile.TemporaryDirectory() as folder:
        path = render_pdf(report_document(report), Path(folder) / "statement.pdf")
        body = path.read_bytes()
    return Response(
        body, media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="shg-{code}-{first}-{last}.pdf"'},
    )  # fmt: skip
