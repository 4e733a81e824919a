"""Users, PINs (scrypt) and manager approval.

Five wrong PINs in a row lock the user for ``LOCK_MINUTES``. A user with no usable PIN
(``PIN_UNSET``: rebuilt by a restored till from its ``user_added`` event, which never carries
the PIN) cannot log in until a manager resets the PIN (``needing_pin`` lists them).
Approval: a cashier must not act alone on returns, voids, discounts and price overrides; a
manager (or admin) approves with their own PIN and the approver is recorded with the sale.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from pos import clock
from pos.db.connection import transaction
from pos.db.outlet import users_q
from pos.errors import (
    ApprovalRequired,
    AuthFailed,
    InvalidInput,
    LockedOut,
    NotAllowed,
    NotFound,
)
from pos.records import journal
from pos.records.ledger import Ledger

ROLES = ("cashier", "manager", "admin")
MAX_FAILURES = 5
LOCK_MINUTES = 15
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
PIN_UNSET = "!"  # pin_hash of a user without a usable PIN: no PIN ever matches it


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    language: str

    @property
    def can_approve(self) -> bool:
        return self.role in ("manager", "admin")


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def validate_pin(pin: str) -> None:
    if not re.fullmatch(r"\d{4,8}", pin or ""):
        raise InvalidInput("a PIN is 4 to 8 digits")


def _user(row: dict[str, object]) -> User:
    return User(
        id=int(row["id"]),  # type: ignore[call-overload]
        name=str(row["name"]),
        role=str(row["role"]),
        language=str(row["language"]),
    )


def add_user(ledger: Ledger, name: str, role: str, pin: str, language: str = "en") -> User:
    name = name.strip()
    if not re.fullmatch(r"[\w .'-]{1,40}", name):
        raise InvalidInput("a user name is 1 to 40 letters, digits, spaces, '.', '-' or '''")
    if role not in ROLES:
        raise InvalidInput(f"role must be one of {', '.join(ROLES)}")
    if language not in ("en", "hi"):
        raise InvalidInput("language must be en or hi")
    validate_pin(pin)
    if users_q.user_by_name(ledger.db, name) is not None:
        raise InvalidInput(f"a user named {name} already exists")
    with transaction(ledger.db):
        user_id = users_q.insert_user(
            ledger.db, name, role, hash_pin(pin), language, clock.to_iso(clock.now_utc())
        )
    return User(user_id, name, role, language)


def get_user(ledger: Ledger, name: str) -> User:
    row = users_q.user_by_name(ledger.db, name.strip())
    if row is None or not row["active"]:
        raise NotFound(f"no user named {name!r}")
    return _user(row)


def user_by_id(ledger: Ledger, user_id: int) -> User:
    row = users_q.user_by_id(ledger.db, user_id)
    if row is None:
        raise NotFound(f"no user #{user_id}")
    return _user(row)


def list_users(ledger: Ledger) -> list[User]:
    return [_user(r) for r in users_q.all_users(ledger.db) if r["active"]]


def login(ledger: Ledger, name: str, pin: str, *, moment: datetime | None = None) -> User:
    """Check a PIN. Raises AuthFailed (wrong PIN or user) or LockedOut (too many tries)."""
    moment = moment or clock.now_utc()
    row = users_q.user_by_name(ledger.db, name.strip())
    if row is None or not row["active"]:
        raise AuthFailed("unknown user or wrong PIN")
    if row["locked_until"] and row["locked_until"] > clock.to_iso(moment):
        until = clock.local(clock.from_iso(row["locked_until"])).strftime("%H:%M")
        raise LockedOut(f"{row['name']} is locked after {MAX_FAILURES} wrong PINs until {until}")
    if row["pin_hash"] == PIN_UNSET:
        raise AuthFailed(
            f"{row['name']} has no PIN on this till yet: a manager sets a new one (back office,"
            " People, Reset PIN)"
        )
    if not pin_matches(pin, row["pin_hash"]):
        failures = row["failed_attempts"] + 1
        locked = None
        if failures >= MAX_FAILURES:
            locked = clock.to_iso(moment + timedelta(minutes=LOCK_MINUTES))
        with transaction(ledger.db):
            if row["locked_until"] and locked is None:
                users_q.reset_failures(ledger.db, row["id"])
            users_q.record_failure(ledger.db, row["id"], locked)
        if locked:
            raise LockedOut(
                f"wrong PIN {MAX_FAILURES} times: {row['name']} is locked"
                f" for {LOCK_MINUTES} minutes"
            )
        left = MAX_FAILURES - failures
        raise AuthFailed(f"wrong PIN ({left} tr{'y' if left == 1 else 'ies'} left)")
    if row["failed_attempts"] or row["locked_until"]:
        with transaction(ledger.db):
            users_q.reset_failures(ledger.db, row["id"])
    return _user(row)


def approve(ledger: Ledger, name: str | None, pin: str | None, what: str) -> User:
    """A manager's approval for ``what``; raises ApprovalRequired when none is given."""
    if not name or pin is None:
        raise ApprovalRequired(f"{what} needs a manager's approval")
    user = login(ledger, name, pin)
    if not user.can_approve:
        raise ApprovalRequired(f"{user.name} is a cashier; {what} needs a manager's approval")
    return user


def unlock_user(ledger: Ledger, name: str, approver: User) -> User:
    """Clear a user's wrong-PIN lock early, approved by another manager; journalled.

    Raises NotFound, or ApprovalRequired when ``approver`` is not a manager or is the user.
    """
    row = users_q.user_by_name(ledger.db, name.strip())
    if row is None or not row["active"]:
        raise NotFound(f"no user named {name!r}")
    if not approver.can_approve or approver.id == row["id"]:
        raise ApprovalRequired(f"another manager must unlock {row['name']}")
    with transaction(ledger.db):
        users_q.reset_failures(ledger.db, row["id"])
        journal.append(ledger.db, ledger.device.id, "user_unlocked",
                       {"user_id": row["id"], "user": row["name"], "approver_id": approver.id,
                        "approved_by": approver.name})  # fmt: skip
    return _user(row)


def confirm_clock(ledger: Ledger, approver: User) -> journal.Event:
    """A manager confirms the device clock after it went back (journal.check_clock refuses
    every write until then): a ``clock_confirmed`` event stamped with the device time, naming
    the last event's time and the approver; later writes compare against it.

    Raises ApprovalRequired when ``approver`` is a cashier.
    """
    if not approver.can_approve:
        raise ApprovalRequired("confirming the clock needs a manager's approval")
    with transaction(ledger.db):
        head = journal.head(ledger.db)
        return journal.append(
            ledger.db, ledger.device.id, "clock_confirmed",
            {"previous_event_at": head.created_at, "approver_id": approver.id},
            current=head, skip_clock_check=True,
        )  # fmt: skip


@dataclass(frozen=True)
class UserRow:
    """A user as the back office lists them: active or not, locked or not."""

    id: int
    name: str
    role: str
    language: str
    active: bool
    locked_until: str | None
    failed_attempts: int
    needs_pin: bool = False  # no usable PIN (PIN_UNSET): a manager must reset it


def user_rows(ledger: Ledger) -> list[UserRow]:
    """Every user, the deactivated ones too (history keeps their names)."""
    return [
        UserRow(
            r["id"],
            r["name"],
            r["role"],
            r["language"],
            bool(r["active"]),
            r["locked_until"],
            r["failed_attempts"],
            r["pin_hash"] == PIN_UNSET,
        )
        for r in users_q.all_users(ledger.db)
    ]


def needing_pin(ledger: Ledger) -> list[str]:
    """The names of the active users with no usable PIN (rebuilt by a restore), by name."""
    return [r.name for r in user_rows(ledger) if r.active and r.needs_pin]


def _manager_for(approver: User, what: str) -> None:
    if not approver.can_approve:
        raise ApprovalRequired(f"{what} needs a manager's approval")


def add_user_approved(
    ledger: Ledger, name: str, role: str, pin: str, language: str, *, approver: User
) -> User:
    """Add a cashier or manager from the back office; journalled (``user_added``) with the
    approving manager. Raises InvalidInput (name, role, PIN), ApprovalRequired."""
    _manager_for(approver, "adding a user")
    with transaction(ledger.db):
        user = add_user(ledger, name, role, pin, language)
        journal.append(ledger.db, ledger.device.id, "user_added",
                       {"user_id": user.id, "user": user.name, "role": role,
                        "approver_id": approver.id, "approved_by": approver.name})  # fmt: skip
    return user


def reset_pin(ledger: Ledger, name: str, pin: str, *, approver: User) -> User:
    """Give a user a new PIN (and clear a wrong-PIN lock); journalled (``pin_reset``, never
    the PIN). Raises InvalidInput (4 to 8 digits), NotFound, ApprovalRequired."""
    _manager_for(approver, "resetting a PIN")
    validate_pin(pin)
    row = users_q.user_by_name(ledger.db, name.strip())
    if row is None or not row["active"]:
        raise NotFound(f"no user named {name!r}")
    with transaction(ledger.db):
        users_q.set_pin_hash(ledger.db, row["id"], hash_pin(pin))
        journal.append(ledger.db, ledger.device.id, "pin_reset",
                       {"user_id": row["id"], "user": row["name"], "approver_id": approver.id,
                        "approved_by": approver.name})  # fmt: skip
    return _user(row)


def deactivate_user(ledger: Ledger, name: str, *, approver: User) -> User:
    """A user who no longer logs in; their name stays on every sale and shift they made.
    Journalled (``user_deactivated``). A manager cannot deactivate themselves. Raises
    NotFound, NotAllowed, ApprovalRequired."""
    _manager_for(approver, "deactivating a user")
    row = users_q.user_by_name(ledger.db, name.strip())
    if row is None or not row["active"]:
        raise NotFound(f"no user named {name!r}")
    if row["id"] == approver.id:
        raise NotAllowed("a manager cannot deactivate themselves: another manager must")
    with transaction(ledger.db):
        users_q.set_active(ledger.db, row["id"], False)
        journal.append(ledger.db, ledger.device.id, "user_deactivated",
                       {"user_id": row["id"], "user": row["name"], "approver_id": approver.id,
                        "approved_by": approver.name})  # fmt: skip
    return _user(row)


def require_approver(actor: User, approver: User | None, what: str) -> User:
    """The approver for an action: the actor if a manager, else the given manager."""
    if actor.can_approve:
        return approver or actor
    if approver is None or not approver.can_approve:
        raise ApprovalRequired(f"{what} needs a manager's approval")
    return approver
