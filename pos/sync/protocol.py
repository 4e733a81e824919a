"""The sync protocol's request and response shapes, shared by the client and the server.

Both sides import these models, so the wire format cannot drift. Limits (batch size, body
cap) live here too. A pushed event travels as its stored canonical body plus the hash and the
envelope fields the server checks it against; the server keeps the body as it came.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from pos.products.colours import COLOUR_PATTERN
from pos.records import journal

API_PREFIX = "/v1"
MAX_BATCH_EVENTS = 500
MAX_BATCH_BYTES = 1024 * 1024  # uncompressed JSON of one push
GZIP_OVER_BYTES = 1024
# What the server reads of any request body, compressed and decompressed alike: one full
# batch plus room for JSON escaping of the bodies.
BODY_CAP_BYTES = 4 * 1024 * 1024
SKEW_WARNING_SECONDS = 300
SERVER_TIME_HEADER = "X-Server-Time"
ZERO_HASH = "0" * 64

# Journal event kinds the district reads beyond sales (defined with the journal).
STOCK_RECEIVED = journal.STOCK_RECEIVED
SETTLEMENT_PAID = journal.SETTLEMENT_PAID

EventStatus = Literal["accepted", "duplicate", "conflict", "invalid"]
ChangeKind = Literal["shg", "product", "price", "tax_rate"]


class _Model(BaseModel):
    """A request to the district (or data it stores): a field it does not know is refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class _Reply(_Model):
    """What a till reads from the district. A field the till does not know is ignored, so a
    district upgraded first (it may answer with more fields) keeps serving older tills; the
    district refuses unknown fields in a till's request, so upgrade the district before its
    tills (README "Upgrading")."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class EnrollRequest(_Model):
    """``short_code`` is the till's own letter (the district assigns another if taken);
    ``fresh``: an empty data folder, which may become the device a replacement code names."""

    code: str = Field(min_length=4, max_length=64)
    device_id: str = Field(min_length=36, max_length=36)
    short_code: str = Field(min_length=3, max_length=4)
    outlet_code: str = Field(min_length=2, max_length=3)
    fresh: bool = False


class EnrollResponse(_Reply):
    """``device_id`` is the till's own, or the replaced device's (a replacement code);
    ``short_code`` is the device code the district assigned (the till adopts it)."""

    device_id: str
    secret: str
    outlet_code: str
    short_code: str
    replaced: bool = False
    district: str
    server_time: str


class WireEvent(_Model):
    """One journal event as pushed: the stored canonical body and its SHA-256.

    Kept loose on purpose: a bad body is answered ``invalid`` for that event alone, while
    the rest of the batch goes in.
    """

    event_id: str = Field(min_length=1, max_length=64)
    seq: int = Field(ge=1, le=2**62)
    kind: str = Field(min_length=1, max_length=64)
    hash: str = Field(min_length=1, max_length=128)
    body: str = Field(max_length=MAX_BATCH_BYTES)


class EventBatch(_Model):
    """One push. ``pending_after``: how many events the till still has queued once this batch
    is in; ``app_version``: the till's Sarv POS version (pos.__version__). Both optional (a
    till from before them sends neither); the district keeps the latest per device for the
    Outlets and tills page."""

    device_id: str = Field(min_length=1, max_length=64)
    events: list[WireEvent] = Field(min_length=1, max_length=MAX_BATCH_EVENTS)
    pending_after: int | None = Field(default=None, ge=0, le=2**62)
    app_version: str | None = Field(default=None, pattern=r"^[0-9A-Za-z.+_-]{1,32}$")


class EventResult(_Reply):
    event_id: str
    seq: int
    status: EventStatus
    reason: str | None = None


class SeqRange(_Reply):
    first: int
    last: int


class BatchResponse(_Reply):
    results: list[EventResult]
    highest_contiguous_seq: int
    missing: list[SeqRange]
    flags: list[str] = []
    server_time: str


class ReceiptCounter(_Reply):
    """The last number the district holds of one receipt series of a device: series ``S``
    (sales) or ``R`` (returns), financial year ``2627``."""

    series: str = Field(pattern=r"^[SR]$")
    fy: str
    last: int


class DeviceHead(_Reply):
    """``GET /v1/devices/{id}/head``: what a restored or replacement till carries on from.
    ``seq``/``hash``: the highest seq held with none missing below it, and its hash."""

    device_id: str
    outlet_code: str
    short_code: str
    seq: int
    hash: str
    highest_seq_held: int
    receipts: list[ReceiptCounter]


class EventPage(_Reply):
    """``GET /v1/devices/{id}/events?after=SEQ``: the district's copies, in seq order, up to
    ``head_seq``; ``next_after`` is the ``after`` of the next page (None: this was the last)."""

    events: list[WireEvent]
    head_seq: int
    next_after: int | None


class CatalogChange(_Reply):
    version: int
    kind: ChangeKind
    data: dict[str, Any]


class CatalogPage(_Reply):
    target_version: int
    changes: list[CatalogChange]
    next_since: int | None


class ReconciliationDay(_Reply):
    business_date: str
    events: int
    sales: int
    returns: int
    tenders: dict[str, int]
    digest: str


class Reconciliation(_Reply):
    device_id: str
    days: list[ReconciliationDay]


class ReconciliationMonth(_Reply):
    """One month (``YYYY-MM`` of the business date) of a device's held events: how many
    business days, events, sales and returns, and the digest of its event hashes in seq order.
    The whole history in a few hundred bytes a month: the outlet compares these first and asks
    for the days (``Reconciliation``) only of a month that differs."""

    month: str
    days: int
    events: int
    sales: int
    returns: int
    digest: str


class MonthlyReconciliation(_Reply):
    device_id: str
    months: list[ReconciliationMonth]


class Health(_Reply):
    status: Literal["ok"]
    server_time: str
    district: str


class Problem(_Reply):
    detail: str


def day_digest(hashes: list[str]) -> str:
    """SHA-256 over one business day's event hashes in seq order (both sides use this)."""
    digest = hashlib.sha256()
    for value in hashes:
        digest.update(value.encode("ascii", "replace"))
    return digest.hexdigest()


# PostgreSQL's text types cannot hold U+0000 while SQLite's can: the protocol refuses it in
# every text of an event (the wire fields and each key and string of the body), so the two
# stores answer alike. The event is answered ``invalid``; the rest of its batch goes in.
NUL = "\x00"


def nul_text_at(value: Any, where: str = "body") -> str | None:
    """Where the first text holding a NUL character is (``body.data.lines.0.sku``), or None.

    ``value`` is a decoded JSON value: keys and strings are searched, at any depth.
    """
    stack: list[tuple[str, Any]] = [(where, value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, str):
            if NUL in item:
                return path
        elif isinstance(item, dict):
            for key, inner in item.items():
                if NUL in str(key):
                    return f"{path} (a key)"
                stack.append((f"{path}.{key}", inner))
        elif isinstance(item, list):
            stack.extend((f"{path}.{n}", inner) for n, inner in enumerate(item))
    return None


def wire_nul_at(event: WireEvent) -> str | None:
    """The wire field of a pushed event that holds a raw NUL character, or None."""
    for name in ("event_id", "kind", "hash", "body"):
        if NUL in getattr(event, name):
            return name
    return None


def nul_refusal(where: str) -> str:
    """The reason given for an event refused for a NUL character."""
    return f"the text at {where} holds a NUL character (U+0000), which the district refuses"


def storable(text: str) -> str:
    """Text as a refused event is kept for people to read: each NUL shown as U+FFFD."""
    return text.replace(NUL, "\ufffd")


def month_digest(hashes: list[str]) -> str:
    """SHA-256 over one month's event hashes in seq order (the same sum as a day's)."""
    return day_digest(hashes)


def month_of(business_date: str) -> str:
    """``2026-11`` of ``2026-11-30``: the month a business day belongs to."""
    return business_date[:7]


def month_bounds(month: str) -> tuple[str, str]:
    """The first and a last-or-later business date of a month, for a ``between`` query
    (``2026-02-31`` sorts after every real day of February)."""
    return f"{month}-01", f"{month}-31"


def sale_tender_sign(kind: str) -> int:
    """Sales add to the tender totals, returns take away; other kinds do not count."""
    return {"sale_completed": 1, "return_issued": -1}.get(kind, 0)


_MINUTE = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"


class ShgData(_Model):
    code: str = Field(min_length=1, max_length=24)
    name_en: str = Field(min_length=1)
    name_hi: str = ""
    village: str = ""
    block: str = ""
    contact: str = ""
    bank_account: str = ""
    ifsc: str = ""
    upi_vpa: str = ""


class ProductData(_Model):
    """A product as the district publishes it. ``category_colour``: the category's tile colour
    (#rrggbb, or "" for the tile's place colour), checked as a catalog file's is; the district
    leaves it out of a product without one, so such a product's change reads as before it was
    carried (and a till from before it ignores it: read_change_data)."""

    sku: str = Field(min_length=1, max_length=32)
    barcodes: list[str] = []
    name_en: str = Field(min_length=1)
    name_hi: str = ""
    category: str = Field(min_length=1)
    category_hi: str = ""
    category_colour: str = Field(default="", pattern=COLOUR_PATTERN)
    unit: Literal["pc", "g", "ml"] = "pc"
    hsn: str = Field(pattern=r"^\d{4}(\d{2}){0,2}$")
    shg_code: str = Field(min_length=1)
    active: int = Field(default=1, ge=0, le=1)


class PriceData(_Model):
    sku: str = Field(min_length=1, max_length=32)
    mrp_paise: int = Field(gt=0)
    effective_from: str = Field(pattern=_MINUTE)


class RateData(_Model):
    hsn: str = Field(pattern=r"^\d{4}(\d{2}){0,2}$")
    rate_bp: int = Field(ge=0, le=10000)
    effective_from: str = Field(pattern=_MINUTE)


CHANGE_DATA: dict[str, type[_Model]] = {
    "shg": ShgData,
    "product": ProductData,
    "price": PriceData,
    "tax_rate": RateData,
}


def read_change_data(kind: str, data: dict[str, Any]) -> _Model:
    """A catalog change's data as a till reads it: fields this till does not know (a newer
    district's) are left out, the known ones checked as strictly as the district checks them
    when it publishes. Raises KeyError for an unknown kind, ValidationError for bad data."""
    model = CHANGE_DATA[kind]
    return model.model_validate({k: v for k, v in data.items() if k in model.model_fields})
