"""Home-delivery orders in the office: the orders no outlet serves yet (reassign one to an
outlet, audited) and the latest orders with their status. The customer's name and phone are
shown only to officers and admins (a viewer's role does not need them)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from pos.errors import PosError
from pos.server.delivery import orders
from pos.server.storage import schema as t
from pos.server.web import queries
from pos.server.web.accounts import Session, audit
from pos.server.web.core import render, staff, store_of

router = APIRouter(prefix="/office")
Viewer = Annotated[Session, Depends(staff("viewer"))]
Officer = Annotated[Session, Depends(staff("officer"))]


def _latest(request: Request, limit: int = 100) -> list[dict[str, object]]:
    with store_of(request).engine.connect() as conn:
        rows = conn.execute(
            select(t.shop_orders).order_by(t.shop_orders.c.placed_at.desc()).limit(limit)
        ).all()
    return [dict(r._mapping) for r in rows]


def _page(request: Request, session: Session, status: int = 200, error: str = "") -> Response:
    store = store_of(request)
    return render(
        request, "orders.html", session, status=status, error=error,
        unrouted=orders.unrouted(store), latest=_latest(request), outlets=queries.outlets(store),
        personal=session.staff.may("officer"),
    )  # fmt: skip


@router.get("/orders")
def orders_page(request: Request, session: Viewer) -> Response:
    return _page(request, session)


@router.post("/orders/{order_id}/reassign")
def reassign(
    request: Request, order_id: str, session: Officer, outlet: Annotated[str, Form()]
) -> Response:
    store = store_of(request)
    try:
        with store.tx() as conn:  # the change and its audit row commit together
            view = orders.reassign(store, order_id, outlet)
            audit(conn, session.staff.name, "order reassigned", order_id, None,
                  {"outlet": view.outlet_code})  # fmt: skip
    except PosError as exc:
        return _page(request, session, status=422, error=exc.message)
    return RedirectResponse("/office/orders", status_code=303)
