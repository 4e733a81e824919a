"""Outlets and tills: add an outlet (its enrolment code shown once, with a QR for the till's
first-run wizard), a fresh code for an outlet, each till's sync state, revoking a till."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

import qrcode  # type: ignore[import-untyped]
import qrcode.image.svg  # type: ignore[import-untyped]
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup

from pos.errors import PosError
from pos.server import devices, reports
from pos.server.web import queries
from pos.server.web.accounts import Session, audit
from pos.server.web.core import render, staff, store_of

router = APIRouter(prefix="/office")
Viewer = Annotated[Session, Depends(staff("viewer"))]
Officer = Annotated[Session, Depends(staff("officer"))]


def enrolment_uri(server: str, code: str) -> str:
    """What the QR holds: the server address and the one-time code for the first-run wizard."""
    return f"sarvpos://enrol?server={quote(server, safe='')}&code={quote(code)}"


def qr_svg(text: str) -> Markup:
    """A QR code as inline SVG (qrcode's path image: one element, crisp at any size)."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, border=2)
    svg: str = image.to_string(encoding="unicode")
    return Markup(svg.replace("<svg ", '<svg class="qr" ', 1))


def _page(request: Request, session: Session, status: int = 200, error: str = "") -> Response:
    store = store_of(request)
    tills: dict[str, list[dict[str, object]]] = {}
    for row in reports.outlets_report(store):
        tills.setdefault(str(row["outlet"]), []).append(row)
    return render(
        request, "outlets.html", session, status=status,
        outlets=queries.outlets(store), tills=tills, error=error,
    )  # fmt: skip


@router.get("/outlets")
def outlets_page(request: Request, session: Viewer) -> Response:
    return _page(request, session)


def _show_code(
    request: Request, session: Session, outlet: str, code: str, replacing: str = ""
) -> Response:
    server = str(request.base_url).rstrip("/")
    uri = enrolment_uri(server, code)
    response = render(
        request, "enrolment_code.html", session,
        outlet=outlet, code=code, server=server, uri=uri, qr=qr_svg(uri), replacing=replacing,
    )  # fmt: skip
    response.headers["Cache-Control"] = "no-store"  # shown once: not kept by the browser
    return response


@router.post("/outlets")
def add_outlet(
    request: Request,
    session: Officer,
    code: Annotated[str, Form()],
    name: Annotated[str, Form()] = "",
) -> Response:
    store = store_of(request)
    try:
        enrolment = store.add_outlet(code, name)
    except PosError as exc:
        return _page(request, session, 400, exc.message)
    outlet = code.strip().upper()
    with store.tx() as conn:
        audit(conn, session.staff.name, "outlet.code", outlet, None, {"name": name.strip()})
    return _show_code(request, session, outlet, enrolment)


@router.post("/tills/{device_id}/revoke")
def revoke_till(
    request: Request, session: Officer, device_id: str, confirm: Annotated[str, Form()] = ""
) -> Response:
    """Revoke a till (its pushes are refused from then on); the form's "sure" box must be
    ticked, since one click would otherwise stop a till's sync."""
    store = store_of(request)
    if confirm != "yes":
        return _page(request, session, 400, "tick the box to confirm the revocation")
    before = store.rows("devices", device_id=device_id)
    if not before:
        return _page(request, session, 404, "no such till")
    store.revoke(device_id)
    with store.tx() as conn:
        audit(
            conn, session.staff.name, "till.revoke", f"{before[0]['short_code']} {device_id}",
            {"revoked_at": before[0]["revoked_at"]}, {"revoked": True},
        )  # fmt: skip
    return RedirectResponse("/office/outlets", status_code=303)


@router.post("/tills/{device_id}/replace")
def replace_till(request: Request, session: Officer, device_id: str) -> Response:
    """A one-time code that moves a dead till (same device, letter and receipt series) to a
    new machine (pos.server.devices.replacement_code); shown once, like an enrolment code."""
    store = store_of(request)
    try:
        code, info = devices.replacement_code(store, device_id)
    except PosError as exc:
        return _page(request, session, 404, exc.message)
    with store.tx() as conn:
        audit(conn, session.staff.name, "till.replace", f"{info.short_code} {device_id}",
              None, {"replacement_code": "issued"})  # fmt: skip
    return _show_code(request, session, info.outlet_code, code, replacing=info.short_code)
