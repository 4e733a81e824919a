"""Home delivery's HTTP routes: the shop API for apps (`/v1/shop/…`, an app key) and the
orders lane for tills (`/v1/outlets/{outlet}/orders`, `/v1/orders/{id}/claim`, a device secret).

Refusals: 401 no or unknown key, 403 a revoked key (or a till acting for another outlet),
404 not this caller's order, 409 a claim another till won or a step the order's state does
not allow (cancel after dispatch), 422 bad input with the field and the reason.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from pos.errors import InvalidInput, NotFound
from pos.server.app import Device
from pos.server.delivery import orders
from pos.server.storage.store import Store
from pos.sync import orders_protocol as op
from pos.sync import protocol as p

_REFUSALS: dict[int | str, dict[str, Any]] = {
    code: {"model": p.Problem} for code in (401, 403, 404, 409, 422)
}


def current_app(request: Request) -> orders.AppRow:
    """The app whose key is in ``Authorization: Bearer KEY``: 401 unknown, 403 revoked."""
    store: Store = request.app.state.store
    scheme, _, key = request.headers.get("authorization", "").partition(" ")
    found = orders.authenticate_app(store, key.strip()) if scheme.lower() == "bearer" else None
    if found is None:
        raise HTTPException(401, "no valid app key", {"WWW-Authenticate": "Bearer"})
    if found.revoked:
        raise HTTPException(403, "this app's key has been revoked by the district")
    return found


App = Annotated[orders.AppRow, Depends(current_app)]


def _answer(exc: Exception) -> HTTPException:
    if isinstance(exc, orders.OrderConflict):
        return HTTPException(409, exc.message)
    if isinstance(exc, NotFound):
        return HTTPException(404, exc.message)
    if isinstance(exc, InvalidInput):
        return HTTPException(422, exc.message)
    raise exc


def mount_shop(app: FastAPI) -> None:
    store: Store = app.state.store

    @app.get("/v1/shop/catalog", response_model=op.ShopCatalog, responses=_REFUSALS, tags=["shop"])
    def shop_catalog(
        _app: App, area: Annotated[str | None, Query(max_length=32)] = None
    ) -> op.ShopCatalog:
        """Products customers may order: both names, MRP, and whether the outlet serving
        ``area`` (a PIN code or ward) has it in stock."""
        try:
            normal = op.normal_area(area) if area else None
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from exc
        return orders.shop_catalog(store, normal)

    @app.post(
        "/v1/shop/orders",
        response_model=op.PlaceAnswer,
        status_code=201,
        responses={**_REFUSALS, 200: {"model": op.PlaceAnswer}},
        tags=["shop"],
    )
    async def place(body: op.OrderIn, shop: App) -> Response:
        """Place an order. ``app_order_id`` is the idempotency key: the same order posted
        again answers 200 with the first order and ``duplicate: true``."""
        try:
            answer = await run_in_threadpool(orders.place, store, shop, body)
        except (InvalidInput, NotFound) as exc:
            raise _answer(exc) from exc
        return JSONResponse(answer.model_dump(), status_code=200 if answer.duplicate else 201)

    @app.get(
        "/v1/shop/orders/{order_id}", response_model=op.OrderView, responses=_REFUSALS,
        tags=["shop"],
    )  # fmt: skip
    def status(order_id: str, shop: App) -> op.OrderView:
        """An order's status, by the district's order id or the app's own id."""
        try:
            return orders.find(store, shop, order_id)
        except NotFound as exc:
            raise _answer(exc) from exc

    @app.post(
        "/v1/shop/orders/{order_id}/cancel", response_model=op.OrderView, responses=_REFUSALS,
        tags=["shop"],
    )  # fmt: skip
    def cancel(order_id: str, body: op.CancelIn, shop: App) -> op.OrderView:
        """Cancel an order before it is dispatched (409 after)."""
        try:
            return orders.cancel(store, shop, order_id, body.reason)
        except (NotFound, orders.OrderConflict) as exc:
            raise _answer(exc) from exc

    @app.get(
        "/v1/outlets/{outlet}/orders", response_model=op.OrdersPage, responses=_REFUSALS,
        tags=["orders lane"],
    )  # fmt: skip
    def outlet_orders(
        outlet: str,
        dev: Device,
        since: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=orders.PAGE_LIMIT)] = orders.PAGE_LIMIT,
    ) -> op.OrdersPage:
        """The orders routed to the till's own outlet changed after version ``since``."""
        if outlet.upper() != dev.outlet_code:
            raise HTTPException(403, "a till may read only its own outlet's orders")
        return orders.outlet_page(store, dev.outlet_code, since, limit)

    @app.put(
        "/v1/outlets/{outlet}/stock", status_code=204, responses=_REFUSALS, tags=["orders lane"]
    )
    def outlet_stock(outlet: str, body: op.StockReport, dev: Device) -> Response:
        """What the till has on hand, by SKU (the shop shows "in stock" from it)."""
        if outlet.upper() != dev.outlet_code:
            raise HTTPException(403, "a till may report only its own outlet's stock")
        orders.report_stock(store, dev.outlet_code, body.stock)
        return Response(status_code=204)

    @app.post(
        "/v1/orders/{order_id}/claim", response_model=op.ClaimAnswer, responses=_REFUSALS,
        tags=["orders lane"],
    )  # fmt: skip
    def claim(order_id: str, dev: Device) -> op.ClaimAnswer:
        """Take an order for this till: the first claim wins, the others get 409."""
        try:
            return orders.claim(store, dev.outlet_code, dev.device_id, order_id)
        except (NotFound, orders.OrderConflict) as exc:
            raise _answer(exc) from exc
