"""District staff: accounts, sign-in with lockout, database sessions, CSRF tokens, audit log.

Staff accounts are separate from device secrets. Passwords are hashed with scrypt (memory-hard,
16 MiB; the same hash as the outlet's PINs, pos.outlet.users). Five wrong passwords in a row lock an
account for 15 minutes; more than ``CLIENT_FAILURES`` failed sign-ins from one client address in
``CLIENT_WINDOW`` answer 429 whatever the account. Sessions live in the database (so several
app servers share them): the cookie holds a random token, the table its SHA-256 and the
session's CSRF token. Resetting a password or deactivating an account ends its sessions.
"""

from __future__ import annotations

import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from pos.errors import AuthFailed, InvalidInput, LockedOut, NotFound, PosError

__all__ = ["LockedOut", "Session", "Staff", "TooManyAttempts"]
from pos.outlet.users import hash_pin, pin_matches
from pos.server.storage import schema as t
from pos.server.storage.store import Store, sha256_hex, utc_now

ROLES = ("admin", "officer", "viewer")
MAX_FAILURES = 5
LOCK_MINUTES = 15
SESSION_HOURS = 12
CLIENT_FAILURES = 20
CLIENT_WINDOW = timedelta(minutes=15)
MIN_PASSWORD = 10
OFFICE_TABLES = (t.staff_users, t.staff_sessions, t.login_failures, t.audit_log)


class TooManyAttempts(PosError):
    """Too many failed sign-ins from one address: wait before trying again."""


@dataclass(frozen=True)
class Staff:
    id: int
    name: str
    role: str
    active: bool
    locked_until: str | None = None

    def may(self, role: str) -> bool:
        """True when this account's role is at least ``role`` (admin > officer > viewer)."""
        return ROLES.index(self.role) <= ROLES.index(role)


@dataclass(frozen=True)
class Session:
    staff: Staff
    csrf_token: str


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ensure_tables(store: Store) -> None:
    """Create the office's tables on a database set up before they existed (idempotent)."""
    t.metadata.create_all(store.engine, tables=list(OFFICE_TABLES))


def _staff(row: Any) -> Staff:
    return Staff(int(row.id), row.name, row.role, bool(row.active), row.locked_until)


def validate_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise InvalidInput(f"a password has at least {MIN_PASSWORD} characters")


def audit(
    conn: Connection,
    actor: str,
    action: str,
    target: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """One line of the audit log: who, when, what, and the values before and after."""

    def dump(value: dict[str, Any] | None) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)

    conn.execute(
        insert(t.audit_log).values(
            at=utc_now(), actor=actor, action=action, target=target,
            before=dump(before), after=dump(after),
        )
    )  # fmt: skip


def add_staff(store: Store, name: str, role: str, password: str, actor: str = "cli") -> Staff:
    """A new active account. Raises InvalidInput (bad name, role or password, name taken)."""
    name = name.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise InvalidInput("a user name is 1 to 64 characters without spaces")
    if role not in ROLES:
        raise InvalidInput(f"the role is one of {', '.join(ROLES)}")
    validate_password(password)
    with store.tx() as conn:
        taken = conn.execute(select(t.staff_users.c.id).where(t.staff_users.c.name == name))
        if taken.first() is not None:
            raise InvalidInput(f"there is already a user {name!r}")
        result = conn.execute(
            insert(t.staff_users).values(
                name=name, role=role, password_hash=hash_pin(password), active=1,
                failures=0, created_at=utc_now(),
            )
        )  # fmt: skip
        new_id = result.inserted_primary_key[0] if result.inserted_primary_key else 0
        audit(conn, actor, "user.add", name, None, {"role": role, "active": True})
    return Staff(int(new_id), name, role, True)


def list_staff(store: Store) -> list[Staff]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.staff_users).order_by(t.staff_users.c.name)).all()
    return [_staff(r) for r in rows]


def _get(conn: Connection, name: str) -> Any:
    row = conn.execute(
        select(t.staff_users).where(t.staff_users.c.name == name).with_for_update()
    ).first()
    if row is None:
        raise NotFound(f"no user {name!r}")
    return row


def set_active(store: Store, name: str, active: bool, actor: str) -> None:
    """Activate or deactivate an account; deactivating ends its sessions."""
    with store.tx() as conn:
        row = _get(conn, name)
        conn.execute(
            update(t.staff_users).where(t.staff_users.c.id == row.id).values(active=int(active))
        )
        if not active:
            conn.execute(delete(t.staff_sessions).where(t.staff_sessions.c.user_id == row.id))
        audit(conn, actor, "user.active", name, {"active": bool(row.active)}, {"active": active})


def reset_password(store: Store, name: str, password: str, actor: str) -> None:
    """A new password; every session of the account ends and the lock is lifted."""
    validate_password(password)
    with store.tx() as conn:
        row = _get(conn, name)
        conn.execute(
            update(t.staff_users)
            .where(t.staff_users.c.id == row.id)
            .values(password_hash=hash_pin(password), failures=0, locked_until=None)
        )
        conn.execute(delete(t.staff_sessions).where(t.staff_sessions.c.user_id == row.id))
        audit(conn, actor, "user.password", name, None, {"password": "reset"})


def set_role(store: Store, name: str, role: str, actor: str) -> None:
    if role not in ROLES:
        raise InvalidInput(f"the role is one of {', '.join(ROLES)}")
    with store.tx() as conn:
        row = _get(conn, name)
        conn.execute(update(t.staff_users).where(t.staff_users.c.id == row.id).values(role=role))
        audit(conn, actor, "user.role", name, {"role": row.role}, {"role": role})


def sign_in(store: Store, name: str, password: str, client: str) -> tuple[str, Session]:
    """Check a password and open a session: returns (cookie token, session).

    Raises TooManyAttempts (this client failed too often lately), LockedOut (five wrong
    passwords: 15 minutes), AuthFailed (wrong name or password, or a deactivated account)."""
    now = datetime.now(UTC)
    with store.tx() as conn:
        recent = conn.execute(
            select(func.count()).where(
                t.login_failures.c.client == client,
                t.login_failures.c.at > _stamp(now - CLIENT_WINDOW),
            )
        ).scalar_one()
        if recent >= CLIENT_FAILURES:
            raise TooManyAttempts("too many failed sign-ins from this address; wait 15 minutes")
        row = conn.execute(
            select(t.staff_users).where(t.staff_users.c.name == name.strip()).with_for_update()
        ).first()
        if row is not None and row.locked_until and row.locked_until > _stamp(now):
            raise LockedOut("this account is locked after five wrong passwords; try later")
        if row is None or not row.active or not pin_matches(password, row.password_hash):
            conn.execute(insert(t.login_failures).values(client=client, at=_stamp(now)))
            if row is not None and row.active:
                failures = int(row.failures) + 1
                locked = (
                    _stamp(now + timedelta(minutes=LOCK_MINUTES))
                    if failures >= MAX_FAILURES
                    else None
                )
                conn.execute(
                    update(t.staff_users)
                    .where(t.staff_users.c.id == row.id)
                    .values(failures=0 if locked else failures, locked_until=locked)
                )
        else:
            token = secrets.token_urlsafe(32)
            csrf = secrets.token_urlsafe(32)
            conn.execute(
                update(t.staff_users)
                .where(t.staff_users.c.id == row.id)
                .values(failures=0, locked_until=None)
            )
            conn.execute(
                insert(t.staff_sessions).values(
                    token_hash=sha256_hex(token), user_id=row.id, csrf_token=csrf,
                    created_at=_stamp(now),
                    expires_at=_stamp(now + timedelta(hours=SESSION_HOURS)),
                )
            )  # fmt: skip
            conn.execute(
                delete(t.staff_sessions).where(t.staff_sessions.c.expires_at < _stamp(now))
            )
            return token, Session(_staff(row), csrf)
    raise AuthFailed("wrong user name or password")


def session_for(store: Store, token: str) -> Session | None:
    """The live session of a cookie token, or None (unknown, expired, account inactive)."""
    if not token:
        return None
    s, u = t.staff_sessions, t.staff_users
    with store.engine.connect() as conn:
        row = conn.execute(
            select(s.c.csrf_token, s.c.expires_at, u.c.id, u.c.name, u.c.role, u.c.active,
                   u.c.locked_until)
            .join(u, u.c.id == s.c.user_id)
            .where(s.c.token_hash == sha256_hex(token))
        ).first()  # fmt: skip
    if row is None or not row.active or row.expires_at < utc_now():
        return None
    return Session(_staff(row), row.csrf_token)


def sign_out(store: Store, token: str) -> None:
    with store.tx() as conn:
        conn.execute(
            delete(t.staff_sessions).where(t.staff_sessions.c.token_hash == sha256_hex(token))
        )


def csrf_ok(session: Session, sent: str | None) -> bool:
    return bool(sent) and hmac.compare_digest(session.csrf_token, str(sent))


@dataclass(frozen=True)
class AuditEntry:
    at: str
    actor: str
    action: str
    target: str
    before: str | None
    after: str | None


def audit_entries(store: Store, limit: int = 200) -> list[AuditEntry]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(t.audit_log).order_by(t.audit_log.c.id.desc()).limit(limit)
        ).all()
    return [AuditEntry(r.at, r.actor, r.action, r.target, r.before, r.after) for r in rows]
