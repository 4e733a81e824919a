"""The district's small web shop for people without the city's app, under /shop/.

Mobile-first pages in Hindi and English that go through the same rules as the shop API
(pos/server/delivery/orders.py: the catalog with stock for the customer's area, placing an order
with an idempotency key, its status, cancelling before dispatch) as the district's own app,
"web-shop". The order form carries a fresh order id, so pressing "Place order" twice is one
order. The status page shows no customer details: its address (the order's random id) is
the customer's receipt.
"""

from __future__ import annotations

import secrets
import uuid
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pos.errors import PosError
from pos.server.delivery import orders
from pos.server.storage import schema as t
from pos.server.storage.store import Store, sha256_hex, utc_now
from pos.server.web import i18n
from pos.server.web.core import store_of, templates
from pos.sync import orders_protocol as op

router = APIRouter(prefix="/shop")
SHOP_APP = "web-shop"
LANG_COOKIE = "pos_shop_lang"


def shop_app(store: Store) -> orders.AppRow:
    """The district's own app (its key is random and never shown: only these pages use it)."""
    query = select(t.shop_apps).where(t.shop_apps.c.name == SHOP_APP)
    try:
        with store.tx() as conn:
            if conn.execute(query).first() is None:
                conn.execute(t.shop_apps.insert().values(
                    name=SHOP_APP, key_hash=sha256_hex(secrets.token_urlsafe(32)),
                    webhook_url=None, created_at=utc_now()))  # fmt: skip
    except IntegrityError:
        pass  # the first two customers at the same moment: the other request made it
    with store.engine.connect() as conn:
        row = conn.execute(query).one()
    return orders.AppRow(
        row.id, row.name, row.webhook_url, row.key_hash, row.revoked_at is not None
    )


def _render(request: Request, name: str, status: int = 200, **context: object) -> Response:
    """A shop page in the customer's language (``?lang=hi`` once, then a cookie)."""
    asked = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE, "en")
    lang = asked if asked in i18n.LANGUAGES else "en"
    response = templates.TemplateResponse(
        request, name, {"lang": lang, "_": i18n.translator(lang), **context}, status_code=status
    )
    response.set_cookie(LANG_COOKIE, lang, samesite="lax")
    return response


def _catalog_page(request: Request, area: str, status: int = 200, error: str = "",
                  form: dict[str, str] | None = None) -> Response:  # fmt: skip
    store = store_of(request)
    try:
        normal = op.normal_area(area) if area else None
    except ValueError:
        normal, error = None, error or "That is not a PIN code (6 digits) or a ward (W-12)."
    catalog = orders.shop_catalog(store, normal)
    return _render(
        request, "shop.html", status=status, catalog=catalog, area=area, error=error,
        form=form or {}, order_key=str(uuid.uuid4()),
    )  # fmt: skip


@router.get("/")
def shop_home(request: Request, area: str = "") -> Response:
    return _catalog_page(request, area)


@router.post("/order")
async def shop_order(request: Request) -> Response:
    form = await request.form()
    fields = {k: str(v) for k, v in form.items() if isinstance(v, str)}
    items = []
    for key, value in fields.items():
        if key.startswith("qty_") and value.strip() not in ("", "0"):
            try:
                items.append({"sku": key[4:], "qty": int(value)})
            except ValueError:
                return _catalog_page(request, fields.get("area", ""), 422,
                                     "A quantity must be a whole number.", fields)  # fmt: skip
    if not items:
        return _catalog_page(request, fields.get("area", ""), 422,
                             "Choose at least one item.", fields)  # fmt: skip
    try:
        order = op.OrderIn(
            app_order_id=fields.get("order_key", "")[:64], customer_name=fields.get("name", ""),
            phone=fields.get("phone", ""), address=fields.get("address", ""),
            area=fields.get("area", ""), items=items,  # type: ignore[arg-type]
            payment=fields.get("payment", "cod_cash"),  # type: ignore[arg-type]
        )  # fmt: skip
        answer = orders.place(store_of(request), shop_app(store_of(request)), order)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ()))
        return _catalog_page(request, fields.get("area", ""), 422,
                             f"{where}: {first.get('msg')}", fields)  # fmt: skip
    except PosError as exc:
        return _catalog_page(request, fields.get("area", ""), 422, exc.message, fields)
    return RedirectResponse(f"/shop/order/{answer.order.order_id}", status_code=303)


@router.get("/order/{order_id}")
def shop_status(request: Request, order_id: str) -> Response:
    try:
        view = orders.find(store_of(request), shop_app(store_of(request)), order_id)
    except PosError:
        return _render(request, "shop_status.html", status=404, order=None)
    return _render(request, "shop_status.html", order=view,
                   cancellable=view.status in op.CANCELLABLE)  # fmt: skip


@router.post("/order/{order_id}/cancel")
def shop_cancel(request: Request, order_id: str, reason: Annotated[str, Form()] = "") -> Response:
    store = store_of(request)
    try:
        orders.cancel(store, shop_app(store), order_id, reason or "cancelled by the customer")
    except PosError as exc:
        view = orders.find(store, shop_app(store), order_id)
        return _render(request, "shop_status.html", status=409, order=view, error=exc.message)
    return RedirectResponse(f"/shop/order/{order_id}", status_code=303)
