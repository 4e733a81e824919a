"""The district office: server-rendered pages under /office/ beside the device API under /v1/.

``mount_office(app)`` adds the routes, the static files and the handlers that turn a missing
session into the sign-in page and a refusal into a 403 page.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pos.server.storage import summaries
from pos.server.web import accounts, core, i18n

SECURITY_HEADERS = (
    # No scripts at all, nothing from elsewhere, never inside another site's frame.
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; "
     b"script-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
)  # fmt: skip


class _OfficeHeaders:
    """Security headers on every /office/ and /shop/ response (the device API is left as it
    is)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or not path.startswith(("/office", "/shop")):
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


def mount_office(app: FastAPI) -> None:
    from pos.server.web.pages import (
        areas_pages,
        auth,
        catalog_pages,
        gst,
        orders_pages,
        outlets,
        sales,
        shgs,
        shop,
        today,
    )

    app.add_middleware(_OfficeHeaders)
    accounts.ensure_tables(app.state.store)
    summaries.ensure(app.state.store)
    app.mount("/office/static", StaticFiles(directory=str(core.HERE / "static")), name="static")
    for module in (auth, today, outlets, sales, shgs, catalog_pages, gst, orders_pages, areas_pages,
                   shop):  # fmt: skip
        app.include_router(module.router)

    @app.get("/", include_in_schema=False)
    def root() -> Response:
        return RedirectResponse("/office/", status_code=303)

    @app.exception_handler(core.NeedSignIn)
    async def _need_sign_in(request: Request, _exc: core.NeedSignIn) -> Response:
        if request.method in core.SAFE_METHODS:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/office/login?next={quote(target)}", status_code=303)
        # A form sent after the session ended (12 hours, a reset, a sign-out elsewhere): the
        # sign-in page in the page's language, then back to the page the form was on.
        referer = urlsplit(request.headers.get("referer", ""))
        back = referer.path + (f"?{referer.query}" if referer.query else "")
        text = i18n.translator(core.lang_of(request))(
            "Your session has ended. Sign in again, then send the form again."
        )
        return auth.login_page(request, auth.safe_next(back), text, 401)

    @app.exception_handler(core.Refused)
    async def _refused(request: Request, exc: core.Refused) -> Response:
        session = accounts.session_for(app.state.store, request.cookies.get(core.COOKIE, ""))
        return core.render(request, "refused.html", session, status=403, reason=exc.reason)
