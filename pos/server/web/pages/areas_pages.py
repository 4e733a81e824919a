"""Delivery areas in the office: the PIN codes and wards each outlet serves (a home-delivery
order goes to the outlet serving its area; pos.server.delivery.orders.set_areas) and how long
customers' details are kept after an order is finished (orders.set_retention_days). The
screen of `pos-server area set` and `pos-server orders retention`; each change is audited in
the same transaction as the change."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from pos.errors import InvalidInput, PosError
from pos.server.delivery import orders
from pos.server.web import queries
from pos.server.web.accounts import Session, audit
from pos.server.web.core import render, staff, store_of

router = APIRouter(prefix="/office")
Viewer = Annotated[Session, Depends(staff("viewer"))]
Officer = Annotated[Session, Depends(staff("officer"))]
RETENTION_REFUSAL = "the retention period is 1 to 3650 days"


def _page(request: Request, session: Session, status: int = 200, error: str = "",
          typed: dict[str, str] | None = None, days: str = "") -> Response:  # fmt: skip
    """The page; after a refusal, what was typed stays in its field (``typed`` by outlet)."""
    store = store_of(request)
    shown = {code: ", ".join(areas) for code, areas in orders.areas_by_outlet(store).items()}
    return render(
        request, "areas.html", session, status=status, error=error,
        outlets=queries.outlets(store), areas={**shown, **(typed or {})},
        retention=days or orders.retention_days(store),
    )  # fmt: skip


@router.get("/areas")
def areas_page(request: Request, session: Viewer) -> Response:
    return _page(request, session)


@router.post("/areas/{code}")
def set_areas(
    request: Request, session: Officer, code: str, areas: Annotated[str, Form()] = ""
) -> Response:
    """Replace the outlet's areas with those typed (commas, spaces or lines between them);
    an area another outlet served moves to this one."""
    store = store_of(request)
    outlet = code.strip().upper()
    typed = [a for a in re.split(r"[,;\s]+", areas) if a]
    before = orders.areas_by_outlet(store).get(outlet, [])  # read outside the write
    try:
        with store.tx() as conn:
            after = orders.set_areas(store, outlet, typed)
            audit(conn, session.staff.name, "outlet.areas", outlet,
                  {"areas": before}, {"areas": after})  # fmt: skip
    except PosError as exc:
        return _page(request, session, 400, exc.message, typed={outlet: areas})
    return RedirectResponse("/office/areas", status_code=303)


@router.post("/retention")
def set_retention(
    request: Request, session: Officer, days: Annotated[str, Form()] = ""
) -> Response:
    store = store_of(request)
    before = orders.retention_days(store)  # read outside the write
    try:
        if not days.strip().isdigit():
            raise InvalidInput(RETENTION_REFUSAL)
        with store.tx() as conn:
            orders.set_retention_days(store, int(days))
            audit(conn, session.staff.name, "orders.retention", "customers' details",
                  {"days": before}, {"days": int(days)})  # fmt: skip
    except PosError as exc:
        return _page(request, session, 400, exc.message, days=days)
    return RedirectResponse("/office/areas", status_code=303)
