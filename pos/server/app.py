"""The district server's HTTP API (FastAPI). Shapes come from pos.sync.protocol.

Order of refusals on a push: 401 (no or wrong secret), 403 (revoked, or acting for another
device), 413 (body over the cap, decompressed size included), 422 (not the protocol). A
refusal stores nothing. The answer to a push comes only after its transaction commits.
"""

from __future__ import annotations

import inspect
import os
import signal
import threading
import zlib
from functools import partial
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pos.errors import AuthFailed, NotAllowed
from pos.server.storage import reports
from pos.server.storage.store import DeviceRow, Store, utc_now
from pos.server.tills import catalog, devices, ingest
from pos.sync import protocol as p

CRASH_AFTER_COMMIT_ENV = "POS_SERVER_CRASH_AFTER_COMMIT"  # test hook: kill -9 after N pushes


class _ServerTime:
    """Stamp every response with the server's clock (the outlet measures its skew)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((p.SERVER_TIME_HEADER.lower().encode(), utc_now().encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, stamped)


class _Refused(Exception):
    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.detail = detail
        self.headers = headers or {}


async def read_body(request: Request, cap: int = p.BODY_CAP_BYTES) -> bytes:
    """The request body, decompressed when gzip; 413 past the cap (either size)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > cap:
        raise _Refused(413, f"the request body is over {cap} bytes")
    raw = bytearray()
    async for chunk in request.stream():
        raw.extend(chunk)
        if len(raw) > cap:
            raise _Refused(413, f"the request body is over {cap} bytes")
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        return bytes(raw)
    if encoding != "gzip":
        raise _Refused(415, f"content encoding {encoding!r} is not supported (use gzip)")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = bytearray()
    try:
        out.extend(inflater.decompress(bytes(raw), cap + 1))
        while inflater.unconsumed_tail and len(out) <= cap:
            out.extend(inflater.decompress(inflater.unconsumed_tail, cap + 1 - len(out)))
    except zlib.error as exc:
        raise _Refused(422, f"the gzip body is damaged: {exc}") from exc
    if len(out) > cap:
        raise _Refused(413, f"the decompressed body is over {cap} bytes")
    if not inflater.eof:
        raise _Refused(422, "the gzip body is truncated")
    return bytes(out)


def current_device(request: Request) -> DeviceRow:
    """The device whose secret is in the Authorization header: 401 unknown, 403 revoked."""
    store: Store = request.app.state.store
    header = request.headers.get("authorization", "")
    scheme, _, secret = header.partition(" ")
    found = store.authenticate(secret.strip()) if scheme.lower() == "bearer" else None
    if found is None:
        why = devices.retired(store, secret.strip()) if scheme.lower() == "bearer" else None
        if why is not None:
            raise _Refused(403, f"this machine's key was retired: {why}")
        raise _Refused(401, "no valid device secret", {"WWW-Authenticate": "Bearer"})
    if found.revoked:
        raise _Refused(403, "this device has been revoked by the district")
    return found


Device = Annotated[DeviceRow, Depends(current_device)]


def create_app(store: Store) -> FastAPI:
    district = store.check_ready()
    store.upgrade()  # columns added since the database was set up
    app = FastAPI(
        title="Sarv POS district server",
        version="1",
        description="Outlets push their journals and pull the district's catalog and orders; "
        "shop fronts (the city's app) place home-delivery orders under /v1/shop/.",
        responses={401: {"model": p.Problem}, 403: {"model": p.Problem}},
        **_body_cap(),
    )
    app.state.store = store
    # level 6, not Starlette's 9: a 570 KB office page compresses in 8 ms instead of 30, 3% larger
    app.add_middleware(GZipMiddleware, minimum_size=p.GZIP_OVER_BYTES, compresslevel=6)
    app.add_middleware(_ServerTime)
    crash_after = int(os.environ.get(CRASH_AFTER_COMMIT_ENV, "0") or 0)
    pushes = {"n": 0}
    lock = threading.Lock()

    @app.exception_handler(_Refused)
    async def _refused(_request: Request, exc: _Refused) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _first_error(exc.errors())}, status_code=422)

    @app.exception_handler(OperationalError)
    async def _busy(_request: Request, exc: OperationalError) -> JSONResponse:
        return JSONResponse(
            {"detail": "the district database is busy; try again shortly"},
            status_code=503,
            headers={"Retry-After": "5"},
        )

    def own(dev: DeviceRow, device_id: str) -> None:
        if dev.device_id != device_id:
            raise _Refused(403, "a device may act only for itself")

    @app.get("/v1/health", response_model=p.Health)
    def health() -> p.Health:
        return p.Health(status="ok", server_time=utc_now(), district=district)

    @app.post(
        "/v1/enroll",
        response_model=p.EnrollResponse,
        responses={403: {"model": p.Problem}, 422: {"model": p.Problem}, 429: {"model": p.Problem}},
    )
    def enroll(body: p.EnrollRequest, request: Request) -> p.EnrollResponse:
        client = request.client.host if request.client else "?"
        try:
            devices.check_enrol_rate(store, client, body.outlet_code)
        except devices.RateLimited as exc:
            raise _Refused(429, exc.message, {"Retry-After": str(exc.retry_after)}) from exc
        try:
            done = devices.enrol(
                store,
                body.code,
                body.device_id,
                body.outlet_code,
                short_code=body.short_code,
                fresh=body.fresh,
            )
        except (AuthFailed, NotAllowed) as exc:
            devices.record_enrol_failure(store, client, body.outlet_code)
            raise _Refused(403, exc.message) from exc
        return p.EnrollResponse(
            device_id=done.device_id,
            secret=done.secret,
            outlet_code=done.outlet_code,
            short_code=done.short_code,
            replaced=done.replaced,
            district=district,
            server_time=utc_now(),
        )

    @app.get("/v1/devices/{device_id}/head", response_model=p.DeviceHead)
    def head(device_id: str, dev: Device) -> p.DeviceHead:
        own(dev, device_id)
        return devices.device_head(store, device_id)

    @app.get("/v1/devices/{device_id}/events", response_model=p.EventPage)
    def history(
        device_id: str,
        dev: Device,
        after: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=devices.EVENTS_PAGE)] = devices.EVENTS_PAGE,
    ) -> Response:
        own(dev, device_id)
        page = devices.events_after(store, device_id, after, limit)
        return Response(page.model_dump_json(), media_type="application/json")

    @app.post(
        "/v1/devices/{device_id}/events:batch",
        response_model=p.BatchResponse,
        responses={413: {"model": p.Problem}, 422: {"model": p.Problem}},
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/EventBatch"}}
                },
            }
        },
    )
    async def push(device_id: str, request: Request, dev: Device) -> Response:
        own(dev, device_id)
        raw = await read_body(request)
        try:
            batch = p.EventBatch.model_validate_json(raw)
        except ValidationError as exc:
            raise _Refused(422, _first_error(exc.errors())) from exc
        own(dev, batch.device_id)
        answer = await run_in_threadpool(
            partial(
                ingest.ingest, store, dev.device_id, dev.outlet_code, batch.events,
                pending_after=batch.pending_after, app_version=batch.app_version,
            )
        )  # fmt: skip
        if crash_after:
            with lock:
                pushes["n"] += 1
                if pushes["n"] >= crash_after:
                    os.kill(os.getpid(), signal.SIGKILL)
        return Response(answer.model_dump_json(), media_type="application/json")

    @app.get("/v1/catalog/changes", response_model=p.CatalogPage)
    def changes(
        dev: Device,
        since: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=catalog.PAGE_LIMIT)] = catalog.PAGE_LIMIT,
    ) -> Response:
        store.touch(dev.device_id)
        return Response(
            catalog.changes_page_json(store, since, limit), media_type="application/json"
        )

    @app.get("/v1/devices/{device_id}/reconciliation", response_model=p.Reconciliation)
    def reconcile(
        device_id: str,
        dev: Device,
        first: Annotated[str, Query(alias="from", pattern=r"^\d{4}-\d{2}-\d{2}$")],
        last: Annotated[str, Query(alias="to", pattern=r"^\d{4}-\d{2}-\d{2}$")],
    ) -> p.Reconciliation:
        own(dev, device_id)
        return reports.reconciliation(store, device_id, first, last)

    @app.get(
        "/v1/devices/{device_id}/reconciliation/months", response_model=p.MonthlyReconciliation
    )
    def reconcile_months(device_id: str, dev: Device) -> p.MonthlyReconciliation:
        own(dev, device_id)
        return reports.monthly_reconciliation(store, device_id)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            components = doc.setdefault("components", {}).setdefault("schemas", {})
            batch = p.EventBatch.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(batch.pop("$defs", {}))
            components["EventBatch"] = batch
            doc["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
            app.openapi_schema = doc
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    from pos.server.web import mount_office  # the district office's pages under /office/

    mount_office(app)
    from pos.server.delivery.shop_api import (
        mount_shop,  # home delivery: /v1/shop/ and the orders lane
    )

    mount_shop(app)
    return app


def _body_cap() -> dict[str, Any]:
    """FastAPI's own cap on parsed bodies (enrolment), where this FastAPI has one; the push
    endpoint reads its body itself under the same cap."""
    if "max_body_size" in inspect.signature(FastAPI.__init__).parameters:
        return {"max_body_size": p.BODY_CAP_BYTES}
    return {}


def _first_error(errors: Any) -> str:
    try:
        first = next(iter(errors))
        where = ".".join(str(x) for x in first.get("loc", ()))
        return f"the request does not follow the protocol at {where or 'body'}: {first.get('msg')}"
    except (StopIteration, TypeError, AttributeError):
        return "the request does not follow the protocol"
