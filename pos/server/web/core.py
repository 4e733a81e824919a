"""What every office page shares: templates, the signed-in staff member, roles and CSRF.

Every route takes ``staff(role)`` as a dependency: it finds the session from the cookie (no
session: a browser's GET goes to the sign-in page, anything else is 401), refuses a role below
``role`` with 403, and on any method but GET/HEAD refuses a form whose ``csrf_token`` is not
the session's (403). The CSRF token is per session and stored with it in the database, which
is why this small check is ours rather than asgi-csrf's signed double-submit cookie: the
session is already looked up on every request, and ending a session ends its token too.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Coroutine, Iterable
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from pos import clock
from pos.amounts.money import format_rate, format_rupees
from pos.amounts.quantity import format_per_unit
from pos.server.storage.store import Store
from pos.server.web import i18n
from pos.server.web.accounts import Session, csrf_ok, session_for

HERE = Path(__file__).resolve().parent
COOKIE = "pos_office"
LANG_COOKIE = "pos_office_lang"
LOGIN_CSRF_COOKIE = "pos_office_login"
SAFE_METHODS = ("GET", "HEAD")

templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescapes .html
templates.env.filters["rupees"] = lambda paise: format_rupees(int(paise or 0))
templates.env.filters["rate"] = lambda bp: format_rate(int(bp or 0))
templates.env.filters["label"] = lambda key: i18n.COLUMNS.get(key, key)
# quantities kept per unit (pos.amounts.quantity.PerUnit), in the page's language
templates.env.filters["units"] = lambda q, lang="en": format_per_unit(q, lang)


def _local_time(stamp: str | None) -> str:
    if not stamp:
        return "—"
    try:
        return clock.local(clock.from_iso(stamp)).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


templates.env.filters["local"] = _local_time


class NeedSignIn(Exception):
    """No live staff session on this request."""


class Refused(Exception):
    """A signed-in request that is not allowed (role, CSRF): 403 with a reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def lang_of(request: Request) -> str:
    lang = request.cookies.get(LANG_COOKIE, "en")
    return lang if lang in i18n.LANGUAGES else "en"


def staff(role: str) -> Callable[[Request], Coroutine[Any, Any, Session]]:
    """A dependency: the session of a staff member with at least ``role``; CSRF on writes."""

    async def dependency(request: Request) -> Session:
        session = session_for(store_of(request), request.cookies.get(COOKIE, ""))
        if session is None:
            raise NeedSignIn()
        if not session.staff.may(role):
            raise Refused("your role does not allow this")
        if request.method not in SAFE_METHODS:
            form = await request.form()
            token = form.get("csrf_token")
            if not csrf_ok(session, token if isinstance(token, str) else None):
                raise Refused("the form's security token is missing or stale; reload the page")
        return session

    return dependency


def render(
    request: Request,
    name: str,
    session: Session | None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    lang = lang_of(request)
    return templates.TemplateResponse(
        request,
        name,
        {
            "session": session,
            "me": session.staff if session else None,
            "csrf": session.csrf_token if session else "",
            "lang": lang,
            "_": i18n.translator(lang),
            **context,
        },
        status_code=status,
    )


def csv_response(filename: str, head: list[str], rows: Iterable[Iterable[Any]]) -> Response:
    """A CSV download (UTF-8 with BOM so a spreadsheet on an office PC reads Hindi)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(head)
    writer.writerows(rows)
    return Response(
        "\ufeff" + buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
