"""Sign-in and sign-out, the language switch, staff accounts (admin) and the audit log."""

from __future__ import annotations

import hmac
import json
import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from pos.amounts.money import format_rate, format_rupees
from pos.errors import PosError
from pos.server.web import accounts, i18n
from pos.server.web.accounts import Session
from pos.server.web.core import (
    COOKIE,
    LANG_COOKIE,
    LOGIN_CSRF_COOKIE,
    lang_of,
    render,
    staff,
    store_of,
)

router = APIRouter(prefix="/office")
Admin = Annotated[Session, Depends(staff("admin"))]
Officer = Annotated[Session, Depends(staff("officer"))]


def safe_next(target: str | None) -> str:
    return target if target and target.startswith("/office/") and "//" not in target else "/office/"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def login_page(
    request: Request, next_: str, error: str = "", status: int = 200, name: str = ""
) -> Response:
    """The sign-in form; after a refusal it keeps the user name typed (never the password)."""
    token = secrets.token_urlsafe(24)
    response = render(
        request,
        "login.html",
        None,
        status=status,
        next=next_,
        login_csrf=token,
        error=error,
        typed_name=name,
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request),
        path="/office/login",
    )  # fmt: skip
    return response


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    return login_page(request, safe_next(next))


@router.post("/login")
def login(
    request: Request,
    name: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/office/",
) -> Response:
    _ = i18n.translator(lang_of(request))
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, csrf_token):
        return login_page(
            request, safe_next(next), _("The form has expired; try again."), 403, name
        )
    client = request.client.host if request.client else "?"
    try:
        token, _session = accounts.sign_in(store_of(request), name, password, client)
    except accounts.TooManyAttempts:
        return login_page(
            request, safe_next(next), _("Too many failed sign-ins; wait 15 minutes."), 429, name
        )
    except PosError as exc:
        text = (
            _("This account is locked for 15 minutes after five wrong passwords.")
            + " "
            + _("An admin can unlock it at once by setting a new password on the Staff page.")
            if isinstance(exc, accounts.LockedOut)
            else _("Wrong user name or password.")
            + " "
            + _("Five wrong passwords in a row lock the account for 15 minutes.")
        )  # said before the fifth, not only after it: the fifth try is then a choice
        return login_page(request, safe_next(next), text, 401, name)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(
        COOKIE, token, httponly=True, samesite="lax", secure=_secure(request), path="/",
        max_age=accounts.SESSION_HOURS * 3600,
    )  # fmt: skip
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/office/login")
    return response


@router.post("/logout")
def logout(request: Request, _session: Annotated[Session, Depends(staff("viewer"))]) -> Response:
    accounts.sign_out(store_of(request), request.cookies.get(COOKIE, ""))
    response = RedirectResponse("/office/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/lang/{lang}")
def switch_language(request: Request, lang: str, next: str | None = None) -> Response:
    """Remember the page language in a cookie (no account change, so a plain link)."""
    response = RedirectResponse(safe_next(next), status_code=303)
    if lang in i18n.LANGUAGES:
        response.set_cookie(
            LANG_COOKIE, lang, samesite="lax", secure=_secure(request), max_age=365 * 86400
        )
    return response


@router.get("/users")
def users_page(request: Request, session: Admin, error: str = "") -> Response:
    return render(
        request, "users.html", session, users=accounts.list_staff(store_of(request)),
        roles=accounts.ROLES, error=error, typed={},
    )  # fmt: skip


def _users_action(request: Request, session: Session, action: str, name: str, value: str) -> None:
    store, actor = store_of(request), session.staff.name
    if action == "add":
        role, password = value.split("\n", 1)
        accounts.add_staff(store, name, role, password, actor)
    elif action == "deactivate":
        if name == actor:
            raise PosError("you cannot deactivate your own account")
        accounts.set_active(store, name, False, actor)
    elif action == "activate":
        accounts.set_active(store, name, True, actor)
    elif action == "reset":
        accounts.reset_password(store, name, value, actor)
    elif action == "role":
        if name == actor:  # the last admin demoting herself would need the server's shell
            raise PosError("you cannot change your own role")
        accounts.set_role(store, name, value, actor)


@router.post("/users")
def users_change(
    request: Request,
    session: Admin,
    action: Annotated[str, Form()],
    name: Annotated[str, Form()],
    role: Annotated[str, Form()] = "viewer",
    password: Annotated[str, Form()] = "",
) -> Response:
    value = {"add": f"{role}\n{password}", "reset": password, "role": role}.get(action, "")
    try:
        _users_action(request, session, action, name, value)
    except PosError as exc:
        typed = {"name": name, "role": role} if action == "add" else {}
        return render(
            request, "users.html", session, status=400, typed=typed,
            users=accounts.list_staff(store_of(request)), roles=accounts.ROLES, error=exc.message,
        )  # fmt: skip
    return RedirectResponse("/office/users", status_code=303)


@router.get("/audit")
def audit_page(request: Request, session: Officer) -> Response:
    entries = [(e, audit_changes(e.before, e.after))
               for e in accounts.audit_entries(store_of(request))]  # fmt: skip
    return render(request, "audit.html", session, entries=entries, actions=i18n.AUDIT_ACTIONS,
                  fields=i18n.AUDIT_FIELDS, words=i18n.AUDIT_WORDS)  # fmt: skip


def audit_changes(before: str | None, after: str | None) -> list[tuple[str, str, str]]:
    """What an audit row changed, field by field, for people: (field, before, after) for each
    field whose value differs (every field of a new thing), values as text ("" when absent).
    The row keeps the whole JSON; the page shows only the difference, so an SHG's edit of
    its UPI ID is one line rather than two walls of JSON."""
    old, new = _fields(before), _fields(after)
    pairs = ((key, _value(key, old.get(key)), _value(key, new.get(key)))
             for key in sorted(old.keys() | new.keys()))  # fmt: skip
    return [(key, was, now) for key, was, now in pairs if was != now]


def _fields(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    value = json.loads(text)
    return value if isinstance(value, dict) else {"": value}


def _value(key: str, value: Any) -> str:
    """A field's value as an officer reads it: rupees for paise, a percentage for basis
    points, yes/no for a flag."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool) and key.endswith("_paise"):
        return format_rupees(value)
    if isinstance(value, int) and not isinstance(value, bool) and key.endswith("_bp"):
        return format_rate(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
