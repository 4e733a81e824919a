"""Catalog: products with the MRP and GST rate in effect, a price or rate change or a catalog
file previewed (what changes, for which outlets, from when) before it is published, and the
version history. A file with bad rows lists every one and writes nothing."""

from __future__ import annotations

import base64
import binascii
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from pos import clock
from pos.amounts.money import format_rate, format_rupees, parse_amount, rate_number
from pos.errors import CatalogImportError, InvalidInput, NotFound, PosError
from pos.products.catalog import GST_RATES_BP, parse_catalog_file, parse_effective, parse_rate
from pos.server.tills import catalog
from pos.server.web import queries
from pos.server.web.accounts import Session, audit
from pos.server.web.core import render, staff, store_of

router = APIRouter(prefix="/office")
Viewer = Annotated[Session, Depends(staff("viewer"))]
Officer = Annotated[Session, Depends(staff("officer"))]
IMPORT_CAP = 8 * 1024 * 1024


@dataclass(frozen=True)
class PreviewLine:
    kind: str
    key: str
    before: str
    after: str
    effective_from: str
    colour: str = ""  # a product's category colour (#rrggbb) after the change, shown as a swatch
    colour_before: str = ""  # and before it, when it differs


def _now() -> str:
    return clock.local_minute(clock.now_utc())


def _page(request: Request, session: Session, status: int = 200, **extra: Any) -> Response:
    store = store_of(request)
    version, history = queries.catalog_history(store)
    return render(
        request, "catalog.html", session, status=status,
        products=queries.products(store, _now(), search=request.query_params.get("q", "")),
        version=version, history=history, rates=[rate_number(r) for r in sorted(GST_RATES_BP)],
        q=request.query_params.get("q", ""), **{"problems": [], "error": "", "typed": {}, **extra},
    )  # fmt: skip


@router.get("/catalog")
def catalog_page(request: Request, session: Viewer) -> Response:
    return _page(request, session)


def _price_change(request: Request, sku: str, mrp: str, effective: str) -> catalog.Change:
    paise = parse_amount(mrp, allow_zero=False)
    minute = parse_effective(effective)
    if not queries.products(store_of(request), minute, limit=1, search=f'"sku":"{sku}"'):
        raise NotFound(f"no product {sku!r} in the district catalog")
    return ("price", sku, {"sku": sku, "mrp_paise": paise, "effective_from": minute})


def _rate_change(hsn: str, rate: str, effective: str) -> catalog.Change:
    rate_bp = parse_rate(rate)
    if rate_bp not in GST_RATES_BP:
        raise InvalidInput(f"{format_rate(rate_bp)} is not a GST slab")
    if not (hsn.isdigit() and len(hsn) in (4, 6, 8)):
        raise InvalidInput(f"HSN {hsn!r} must be 4, 6 or 8 digits")
    return (
        "tax_rate",
        hsn,
        {"hsn": hsn, "rate_bp": rate_bp, "effective_from": parse_effective(effective)},
    )


def _shown(kind: str, value: int) -> str:
    return format_rupees(value) if kind == "price" else format_rate(value)


def _describe(request: Request, changes: list[catalog.Change]) -> list[PreviewLine]:
    store = store_of(request)
    shown = changes[:500]
    current = queries.product_data(store, [key for kind, key, _ in shown if kind == "product"])
    lines = []
    for kind, key, data in shown:
        when = str(data.get("effective_from", "now"))
        if kind in ("price", "tax_rate"):
            old = queries.in_effect(store, kind, key, when)
            new = data["mrp_paise" if kind == "price" else "rate_bp"]
            before = "—" if old is None else _shown(kind, old)
            lines.append(PreviewLine(kind, key, before, _shown(kind, new), when))
        elif kind == "product":
            colour = str(data.get("category_colour", ""))
            was = str(current.get(key, {}).get("category_colour", ""))
            was = was if was != colour else ""  # the colour before, only when it changes
            after = f"{data.get('name_en', '')} · {data.get('category', '')}"
            lines.append(PreviewLine(kind, key, was, after, "—", colour, was))
        else:
            lines.append(PreviewLine(kind, key, "", str(data.get("name_en", "")), "—"))
    return lines


async def _changes(request: Request, form: Any) -> tuple[list[catalog.Change], str]:
    """The changes a posted form asks for, and the payload to carry to the publish step."""
    what = str(form.get("what", ""))
    if what == "price":
        sku, mrp, when = (str(form.get(k, "")).strip() for k in ("sku", "mrp", "effective_from"))
        return [_price_change(request, sku, mrp, when)], ""
    if what == "rate":
        hsn, rate, when = (str(form.get(k, "")).strip() for k in ("hsn", "rate", "effective_from"))
        return [_rate_change(hsn, rate, when)], ""
    if what == "import":
        upload = form.get("file")
        if isinstance(upload, UploadFile):
            raw = await upload.read(IMPORT_CAP + 1)
            suffix = Path(upload.filename or "catalog.csv").suffix.lower() or ".csv"
        else:
            try:
                raw = base64.b64decode(str(form.get("payload", "")), validate=True)
            except binascii.Error as exc:
                raise InvalidInput(
                    "the catalog file did not come through; upload it again"
                ) from exc
            suffix = str(form.get("suffix", ".csv"))
        if len(raw) > IMPORT_CAP or suffix not in (".csv", ".json"):
            raise InvalidInput("a catalog file is a CSV or JSON file of at most 8 MB")
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"catalog{suffix}"
            path.write_bytes(raw)
            data = parse_catalog_file(path)
        changes = catalog.preview_import(store_of(request), data, _now())
        return changes, base64.b64encode(raw).decode() + "|" + suffix
    raise InvalidInput("nothing to publish")


@router.post("/catalog/preview")
async def preview(request: Request, session: Officer) -> Response:
    form = await request.form()
    try:
        changes, carried = await _changes(request, form)
    except CatalogImportError as exc:
        return _page(request, session, 400, problems=exc.problems, error=exc.message.split("\n")[0])
    except PosError as exc:  # the price or rate form comes back as typed
        typed = {k: str(v) for k, v in form.items() if k not in ("csrf_token", "file")}
        return _page(request, session, 400, error=exc.message, typed=typed)
    outlets, tills = queries.active_tills(store_of(request))
    payload, _, suffix = carried.partition("|")
    fields = {k: str(v) for k, v in form.items() if k not in ("csrf_token", "file")}
    return render(
        request, "catalog_preview.html", session, lines=_describe(request, changes),
        count=len(changes), outlets=outlets, tills=tills, fields=fields, payload=payload,
        suffix=suffix,
    )  # fmt: skip


@router.post("/catalog/publish")
async def publish(request: Request, session: Officer) -> Response:
    form = await request.form()
    try:
        changes, _carried = await _changes(request, form)
        if not changes:
            raise InvalidInput("nothing differs from the published catalog")
        with store_of(request).tx() as conn:  # the versions and their audit rows together
            first, last = catalog.publish(store_of(request), changes)
            for kind, key, data in changes[:200]:
                audit(conn, session.staff.name, f"catalog.{kind}", key, None, data)
            if len(changes) > 200:
                audit(conn, session.staff.name, "catalog.import", f"versions {first}-{last}",
                      None, {"changes": len(changes)})  # fmt: skip
    except CatalogImportError as exc:
        return _page(request, session, 400, problems=exc.problems, error=exc.message.split("\n")[0])
    except PosError as exc:
        return _page(request, session, 400, error=exc.message)
    return RedirectResponse(f"/office/catalog?published={first}-{last}", status_code=303)
