"""Today: sales today and this month per outlet, the last 30 days as a chart, and what needs
someone's attention (silent outlets, clocks ahead, events in attention, broken chains, old MRPs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from markupsafe import Markup, escape

from pos import clock
from pos.amounts.money import format_rupees
from pos.server.storage import reports, summaries
from pos.server.web import queries
from pos.server.web.accounts import Session
from pos.server.web.core import lang_of, render, staff, store_of
from pos.server.web.i18n import translator

router = APIRouter(prefix="/office")
Viewer = Annotated[Session, Depends(staff("viewer"))]
TENDERS = ("cash", "upi", "card", "other")  # "other": any newer tender a till stores


@dataclass
class OutletTotals:
    outlet: str
    name: str
    bills: int = 0
    net_paise: int = 0
    cash_paise: int = 0
    upi_paise: int = 0
    card_paise: int = 0
    other_paise: int = 0


def per_outlet(rows: list[dict[str, Any]], names: dict[str, str]) -> list[OutletTotals]:
    """Sum per-day report rows into one row per outlet (every outlet listed, even at zero)."""
    out = {code: OutletTotals(code, name) for code, name in names.items()}
    for row in rows:
        total = out.setdefault(row["outlet"], OutletTotals(row["outlet"], row["outlet"]))
        total.bills += row["bills"]
        total.net_paise += row["net_paise"]
        for tender in TENDERS:
            setattr(
                total,
                f"{tender}_paise",
                getattr(total, f"{tender}_paise") + row.get(f"{tender}_paise", 0),
            )
    return [out[k] for k in sorted(out)]


def bar_chart(days: list[tuple[str, int]], label: str) -> Markup:
    """An inline SVG bar chart of net sales per day (rendered here: no JavaScript, no library
    to ship, and it scales to the phone's width)."""
    width, height, pad = 600, 160, 20
    highest = max([v for _, v in days] + [0])
    top = max(highest, 1)
    step = (width - 2 * pad) / max(len(days), 1)
    bars = []
    for n, (day, value) in enumerate(days):
        h = max(0.0, (height - 2 * pad) * value / top)
        x = pad + n * step
        bars.append(
            f'<rect x="{x:.1f}" y="{height - pad - h:.1f}" width="{step * 0.8:.1f}" '
            f'height="{h:.1f}"><title>{escape(day)}: {escape(format_rupees(value))}</title></rect>'
        )
    first = escape(days[0][0]) if days else ""
    last = escape(days[-1][0]) if days else ""
    return Markup(
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(label)}">{"".join(bars)}'
        f'<text x="{pad}" y="{height - 4}">{first}</text>'
        f'<text x="{width - pad}" y="{height - 4}" text-anchor="end">{last}</text>'
        f'<text x="{pad}" y="12">{escape(format_rupees(highest))}</text></svg>'
    )


def last_days(rows: list[dict[str, Any]], today: date, n: int = 30) -> list[tuple[str, int]]:
    net: dict[str, int] = {}
    for row in rows:
        net[row["business_date"]] = net.get(row["business_date"], 0) + row["net_paise"]
    days = [(today - timedelta(days=k)).isoformat() for k in range(n - 1, -1, -1)]
    return [(d, net.get(d, 0)) for d in days]


@router.get("/")
def today_page(request: Request, session: Viewer) -> Response:
    store = store_of(request)
    today = date.fromisoformat(clock.business_date(clock.now_utc()))
    month_start = today.replace(day=1)
    first = min(month_start, today - timedelta(days=29)).isoformat()
    day = today.isoformat()
    days = summaries.sales_totals(store, first, day, by="business_date")
    names = queries.outlet_names(store)
    today_rows = summaries.sales_totals(store, day, day)
    month_rows = summaries.sales_totals(store, month_start.isoformat(), day)
    silent = [r for r in reports.outlets_report(store) if _silent_a_day(r)]
    _ = translator(lang_of(request))
    return render(
        request, "today.html", session,
        today=day,
        today_totals=per_outlet(today_rows, names),
        month_totals=per_outlet(month_rows, names),
        chart=bar_chart(last_days(days, today), _("Net sales, last 30 days")),
        silent=silent,
        skewed=queries.clock_ahead(store),
        attention=queries.in_attention(store, 20),
        chain_breaks=queries.flags(store, ("chain_break",), 20),
        old_prices=queries.flags(store, ("old_price",), 20),
        counts=queries.device_counts(store),
    )  # fmt: skip


def _silent_a_day(row: dict[str, Any]) -> bool:
    if row["revoked"]:
        return False
    last = row["last_sync_at"]
    cutoff = clock.to_iso(clock.now_utc() - timedelta(hours=24))
    return last is None or last < cutoff
