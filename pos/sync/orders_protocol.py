"""Home delivery: the shapes of the shop API (`/v1/shop/…`) and of the orders lane.

The district server and the outlet's sync client both import these, so the wire format of an
order cannot drift. Money is integer paise; quantities are in the product's unit.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Sku = Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=r"^[^\x00]+$")]
PaymentKind = Literal["cod_cash", "cod_upi", "prepaid_upi"]
OrderStatus = Literal[
    "unrouted",  # no outlet serves its area yet: an officer assigns one
    "placed",  # routed to an outlet, not yet accepted
    "accepted",  # a till claimed it
    "rejected",
    "packed",
    "dispatched",
    "delivered",
    "failed",  # not delivered: the goods went back
    "cancelled",  # by the customer, before dispatch
]
FINAL_STATUSES = ("rejected", "delivered", "failed", "cancelled")
CANCELLABLE = ("unrouted", "placed", "accepted", "packed")
MAX_ORDER_LINES = 50
MAX_ORDER_QTY = 1000

ORDER_ACCEPTED = "order_accepted"
ORDER_REJECTED = "order_rejected"
ORDER_PACKED = "order_packed"
ORDER_DISPATCHED = "order_dispatched"
ORDER_DELIVERED = "order_delivered"
ORDER_FAILED = "order_failed"
ORDER_EVENTS = (
    ORDER_ACCEPTED,
    ORDER_REJECTED,
    ORDER_PACKED,
    ORDER_DISPATCHED,
    ORDER_DELIVERED,
    ORDER_FAILED,
)
EVENT_STATUS = {
    ORDER_ACCEPTED: "accepted",
    ORDER_REJECTED: "rejected",
    ORDER_PACKED: "packed",
    ORDER_DISPATCHED: "dispatched",
    ORDER_DELIVERED: "delivered",
    ORDER_FAILED: "failed",
}

# An Indian mobile number: ten digits starting 6-9, optionally after +91 or 0.
_PHONE = re.compile(r"^(?:\+?91|0)?([6-9]\d{9})$")
# A PIN code: six digits, the first not 0. A ward is "W-" and its number or name.
_PIN = re.compile(r"^[1-9]\d{5}$")
_WARD = re.compile(r"^W-[A-Za-z0-9 ]{1,30}$")


def normal_phone(text: str) -> str:
    """The ten-digit mobile number in ``text`` (spaces and dashes ignored); ValueError if none."""
    digits = re.sub(r"[\s-]", "", text)
    found = _PHONE.match(digits)
    if found is None:
        raise ValueError(f"{text!r} is not a mobile phone number (10 digits starting 6-9)")
    return found.group(1)


def normal_area(text: str) -> str:
    """A PIN code (6 digits) or a ward (``W-12``); ValueError otherwise."""
    area = text.strip().upper().replace("W ", "W-", 1) if text.strip() else ""
    if _PIN.match(area) or _WARD.match(area):
        return area
    raise ValueError(f"{text!r} is not a PIN code (6 digits) or a ward (W-12)")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _no_nul(cls, value: object) -> object:
        # PostgreSQL cannot store a NUL in text: refused as bad input, never a 500.
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("text may not contain a NUL character")
        return value


class _Reply(_Model):
    """What a till reads from the district: a field it does not know is ignored (see
    pos.sync.protocol._Reply: upgrade the district before its tills)."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class OrderItemIn(_Model):
    sku: str = Field(min_length=1, max_length=32)
    qty: int = Field(description="in the product's unit; at least 1")

    @field_validator("qty")
    @classmethod
    def _qty(cls, value: int) -> int:
        if value < 1:
            raise ValueError(f"a quantity must be at least 1 (got {value})")
        if value > MAX_ORDER_QTY:
            raise ValueError(f"a quantity over {MAX_ORDER_QTY} is not taken online")
        return value


class OrderIn(_Model):
    """An order as an app places it. ``app_order_id`` is the idempotency key."""

    app_order_id: str = Field(min_length=1, max_length=64)
    customer_name: str = Field(min_length=1, max_length=80)
    phone: str = Field(min_length=1, max_length=20)
    address: str = Field(min_length=5, max_length=300)
    area: str = Field(min_length=1, max_length=32, description="PIN code or ward (W-12)")
    items: list[OrderItemIn] = Field(min_length=1, max_length=MAX_ORDER_LINES)
    payment: PaymentKind
    prepaid_ref: str | None = Field(default=None, max_length=40, description="UPI UTR")

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return normal_phone(value)

    @field_validator("area")
    @classmethod
    def _area(cls, value: str) -> str:
        return normal_area(value)


class OrderLine(_Reply):
    line_no: int
    sku: str
    name_en: str
    name_hi: str
    qty: int
    unit_price_paise: int


class OrderView(_Model):
    """An order as the app (and the shop page) sees it: no other customer's data."""

    order_id: str
    app_order_id: str
    status: OrderStatus
    outlet_code: str | None
    items_total_paise: int
    amount_paid_paise: int | None
    receipt_no: str | None
    reason: str | None
    version: int
    placed_at: str
    updated_at: str
    lines: list[OrderLine]


class PlaceAnswer(_Model):
    order: OrderView
    duplicate: bool = Field(description="true when this app_order_id was placed before")
    note: str | None = None


class CancelIn(_Model):
    reason: str = Field(default="cancelled by the customer", max_length=200)


class CatalogItem(_Model):
    sku: str
    name_en: str
    name_hi: str
    category: str
    unit: str
    mrp_paise: int
    in_stock: bool


class ShopCatalog(_Model):
    area: str | None
    outlet_code: str | None = Field(description="the outlet serving the area, if any")
    items: list[CatalogItem]


class OutletOrder(_Reply):
    """An order as its outlet pulls it: with the customer's details (erased: empty)."""

    order_id: str
    app_order_id: str
    status: OrderStatus
    version: int
    customer_name: str
    phone: str
    address: str
    area: str
    payment: PaymentKind
    prepaid_ref: str | None
    claimed_by: str | None
    placed_at: str
    lines: list[OrderLine]


class OrdersPage(_Reply):
    orders: list[OutletOrder]
    version: int = Field(description="pass as since= next time")
    more: bool


class ClaimAnswer(_Reply):
    order_id: str
    claimed_by: str
    status: OrderStatus


class StockReport(_Model):
    """What a till has on hand, by SKU (the shop's "in stock" for the outlet's areas)."""

    stock: dict[Sku, Annotated[int, Field(ge=0, le=10**9)]] = Field(max_length=100_000)
