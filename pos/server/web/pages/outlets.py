"""Outlets and tills: add an outlet (its enrolment code shown once, with a QR for the till's
first-run wizard), a fresh code for an outlet, each till's sync state, revoking a till."""

from __future__ import annotations

import base64
import json
import shlex
from typing import Annotated
from urllib.parse import quote

import qrcode  # type: ignore[import-untyped]
import qrcode.image.svg  # type: ignore[import-untyped]
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import select

from pos.errors import InvalidInput, PosError
from pos.server.storage import reports
from pos.server.storage import schema as t
from pos.server.tills import devices
from pos.server.web import queries
from pos.server.web.accounts import Session, audit
from pos.server.web.core import render, staff, store_of

router = APIRouter(prefix="/office")
Viewer = Annotated[Session, Depends(staff("viewer"))]
Officer = Annotated[Session, Depends(staff("officer"))]
CODE_COOKIE = "pos_office_code"


def enrolment_uri(server: str, code: str) -> str:
    """What the QR holds: the server address and the one-time code for the first-run wizard."""
    return f"sarvpos://enrol?server={quote(server, safe='')}&code={quote(code)}"


def qr_svg(text: str) -> Markup:
    """A QR code as inline SVG (qrcode's path image: one element, crisp at any size)."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, border=2)
    svg: str = image.to_string(encoding="unicode")
    return Markup(svg.replace("<svg ", '<svg class="qr" ', 1))


def _page(
    request: Request, session: Session, status: int = 200, error: str = "",
    typed: dict[str, str] | None = None,
) -> Response:  # fmt: skip
    """The outlets page; its "Add an outlet" form holds ``typed`` after a refusal."""
    store = store_of(request)
    tills: dict[str, list[dict[str, object]]] = {}
    for row in reports.outlets_report(store):
        tills.setdefault(str(row["outlet"]), []).append(row)
    return render(
        request, "outlets.html", session, status=status,
        outlets=queries.outlets(store), tills=tills, error=error, typed=typed or {},
    )  # fmt: skip


@router.get("/outlets")
def outlets_page(request: Request, session: Viewer) -> Response:
    return _page(request, session)


def _show_code(
    request: Request, session: Session, outlet: str, code: str, replacing: str = ""
) -> Response:
    """After the POST that issued a code: a redirect to GET /office/code, the code riding in a
    short-lived HttpOnly cookie that page deletes as it shows it. A reload or Back then shows
    no code and issues none (answering the POST itself, a reload re-posted the form and issued
    a second code, also valid for 7 days)."""
    shown = json.dumps({"outlet": outlet, "code": code, "replacing": replacing})
    response = RedirectResponse("/office/code", status_code=303)
    response.set_cookie(
        CODE_COOKIE, base64.urlsafe_b64encode(shown.encode()).decode(), max_age=600,
        httponly=True, samesite="strict", secure=request.url.scheme == "https",
        path="/office/code",
    )  # fmt: skip
    return response


def till_commands(
    server: str, code: str, outlet: str, replacing: str, name: str
) -> list[tuple[str, str]]:
    """What to type on the till, as (when, command), with the pos CLI's real options: a new
    till, or the new machine of a replaced one, enrols at ``pos init``; a set-up till, or a
    restored backup of the dead one, with ``pos enroll``."""
    enroll = f"pos enroll --server {shlex.quote(server)} --code {code}"
    if not replacing:
        return [("On a till already set up", enroll)]
    init = (f"pos init --code {outlet} --name {shlex.quote(name or outlet)} --manager NAME "
            f"--server {shlex.quote(server)} --enrol-code {code}")  # fmt: skip
    return [("On a new machine (an empty data folder)", init),
            ("On a restored backup of this till", enroll)]  # fmt: skip


@router.get("/code")
def code_page(request: Request, session: Officer) -> Response:
    """The code just issued, once; after that a note saying it was shown already."""
    try:
        shown = json.loads(base64.urlsafe_b64decode(request.cookies.get(CODE_COOKIE, "")))
        outlet, code, replacing = (str(shown[k]) for k in ("outlet", "code", "replacing"))
    except (ValueError, TypeError, KeyError):
        response = render(request, "enrolment_code.html", session, code="")
    else:
        server = str(request.base_url).rstrip("/")
        uri = enrolment_uri(server, code)
        response = render(
            request, "enrolment_code.html", session,
            outlet=outlet, code=code, server=server, uri=uri, qr=qr_svg(uri), replacing=replacing,
            commands=till_commands(server, code, outlet, replacing, queries.outlet_names(
                store_of(request)).get(outlet, "")),
        )  # fmt: skip
    response.headers["Cache-Control"] = "no-store"  # shown once: not kept by the browser
    response.delete_cookie(CODE_COOKIE, path="/office/code")
    return response


@router.post("/outlets")
def add_outlet(
    request: Request,
    session: Officer,
    code: Annotated[str, Form()],
    name: Annotated[str, Form()] = "",
    gstin: Annotated[str | None, Form()] = None,
) -> Response:
    """A new outlet (name, optional GSTIN) or a fresh code for one; the audit row is written
    in the same transaction as the outlet and its code."""
    store = store_of(request)
    outlet = code.strip().upper()
    try:
        existing = queries.outlet_names(store).get(outlet)
        if existing is not None and name.strip() and name.strip() != existing:
            # "Add an outlet" with a code in use would enrol the new shop's till as that one
            raise InvalidInput(f"outlet {outlet} exists already: {existing}; choose another code")
        with store.tx() as conn:
            enrolment = store.add_outlet(code, name, gstin or None)
            after = {"name": name.strip(), **({"gstin": gstin.strip().upper()} if gstin else {})}
            audit(conn, session.staff.name, "outlet.code", outlet, None, after)
    except PosError as exc:
        typed = {"code": code, "name": name, "gstin": gstin or ""}
        return _page(request, session, 400, exc.message, typed)
    return _show_code(request, session, outlet, enrolment)


@router.post("/outlets/{code}/gstin")
def set_gstin(
    request: Request, session: Officer, code: str, gstin: Annotated[str, Form()] = ""
) -> Response:
    """Set or clear an outlet's GSTIN (pos.outlet.gstin.check_gstin), audited in the same
    transaction."""
    store = store_of(request)
    try:
        with store.tx() as conn:
            before, after = store.set_gstin(code, gstin)
            audit(conn, session.staff.name, "outlet.gstin", code.strip().upper(),
                  {"gstin": before}, {"gstin": after})  # fmt: skip
    except PosError as exc:
        return _page(request, session, 400, exc.message)
    return RedirectResponse("/office/outlets", status_code=303)


@router.post("/tills/{device_id}/revoke")
def revoke_till(
    request: Request, session: Officer, device_id: str, confirm: Annotated[str, Form()] = ""
) -> Response:
    """Revoke a till (its pushes are refused from then on); the form's "sure" box must be
    ticked, since one click would otherwise stop a till's sync. Audited in the same
    transaction as the revocation."""
    store = store_of(request)
    if confirm != "yes":
        return _page(request, session, 400, "tick the box to confirm the revocation")
    with store.tx() as conn:
        before = conn.execute(select(t.devices).where(t.devices.c.device_id == device_id)).first()
        if before is not None:
            store.revoke(device_id)
            audit(
                conn, session.staff.name, "till.revoke", f"{before.short_code} {device_id}",
                {"revoked_at": before.revoked_at}, {"revoked": True},
            )  # fmt: skip
    if before is None:
        return _page(request, session, 404, "no such till")
    return RedirectResponse("/office/outlets", status_code=303)


@router.post("/tills/{device_id}/replace")
def replace_till(request: Request, session: Officer, device_id: str) -> Response:
    """A one-time code that moves a dead till (same device, letter and receipt series) to a
    new machine (pos.server.tills.devices.replacement_code); shown once, like an enrolment code.
    The code and its audit row commit together."""
    store = store_of(request)
    try:
        with store.tx() as conn:
            code, info = devices.replacement_code(store, device_id)
            audit(conn, session.staff.name, "till.replace", f"{info.short_code} {device_id}",
                  None, {"replacement_code": "issued"})  # fmt: skip
    except PosError as exc:
        return _page(request, session, 404, exc.message)
    return _show_code(request, session, info.outlet_code, code, replacing=info.short_code)
