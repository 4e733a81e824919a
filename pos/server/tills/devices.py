"""Till identity at the district: enrolment, short codes, replacement, revocation, heads.

The domain-level API the admin CLI (`pos-server device ...`) and the office web pages call:

- ``enrol(store, code, device_id, outlet_code)``: spend an outlet's or a device's one-time
  code; a new till gets the outlet's next free device letter (``G01A``, ``G01B`` ...).
- ``fresh_code(store, outlet_code)``: a new one-time enrolment code for an existing outlet
  (a new till, or a revoked till that may come back: it keeps its device and history).
- ``replacement_code(store, who)``: a one-time code that moves a device (a till that died)
  to a new machine: same device id, short code, journal and receipt series; the old
  machine's secret is retired (it gets 403 "replaced") when the code is spent.
- ``revoke(store, who)``: revoke a device, or every device of an outlet.
- ``list_devices(store, outlet_code=None)``; ``device_head(store, device_id)`` (highest seq,
  its hash, the last number of each receipt series); ``events_after(...)`` (the journal
  copies a restored or replacement till imports).
- ``check_enrol_rate`` / ``record_enrol_failure``: wrong codes are limited per client
  address and per outlet (429 with Retry-After).

Rule source: issue 10 ("Till identity and restore") and DESIGN.md section 8.
"""

from __future__ import annotations

import re
import secrets
import string
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update

from pos.errors import AuthFailed, NotAllowed, NotFound, PosError
from pos.server.storage import schema as t
from pos.server.storage.store import ENROL_CODE_DAYS, Store, sha256_hex, utc_now
from pos.sync import protocol as p

# Wrong enrolment codes allowed per window, per client address and per outlet.
ENROL_WINDOW_S = 15 * 60
ENROL_FAILURES_PER_CLIENT = 10
ENROL_FAILURES_PER_OUTLET = 30
EVENTS_PAGE = 500
_RECEIPT = re.compile(r"^(?P<short>[A-Z0-9]{3,4})-(?P<r>R?)(?P<fy>\d{4})-(?P<n>\d+)$")


class RateLimited(PosError):
    """Too many wrong enrolment codes; ``retry_after`` seconds until the next try."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    secret: str
    outlet_code: str
    short_code: str
    replaced: bool  # the code moved an existing device to this machine


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    outlet_code: str
    short_code: str
    enrolled_at: str
    revoked_at: str | None
    last_seen_at: str | None
    contiguous_seq: int
    pending_reported: int | None = None  # what the till said on its latest push, if it did
    app_version: str | None = None


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_code() -> str:
    """A one-time code as typed at the till: three groups of six hex digits."""
    return "-".join(secrets.token_hex(3).upper() for _ in range(3))


def fresh_code(store: Store, outlet_code: str) -> str:
    """A new one-time enrolment code for an existing outlet. Raises NotFound."""
    code = outlet_code.strip().upper()
    with store.engine.connect() as conn:
        found = conn.execute(select(t.outlets.c.code).where(t.outlets.c.code == code)).first()
    if found is None:
        raise NotFound(f"no outlet {code!r}: add it first (pos-server outlet add)")
    return store.add_outlet(code, "")


def _find_device(conn: Connection, who: str) -> Row[Any]:
    who = who.strip()
    rows = conn.execute(
        select(t.devices).where(
            (t.devices.c.device_id == who) | (t.devices.c.short_code == who.upper())
        )
    ).all()
    if not rows:
        raise NotFound(f"no device {who!r} is enrolled")
    return rows[0]


def replacement_code(store: Store, who: str) -> tuple[str, DeviceInfo]:
    """A one-time code that moves device ``who`` (id or short code) to a new machine.

    The old machine keeps working until the code is spent; then its secret is retired.
    Raises NotFound."""
    code = new_code()
    now = datetime.now(UTC)
    with store.tx() as conn:
        row = _find_device(conn, who)
        conn.execute(
            insert(t.device_codes).values(
                code_hash=sha256_hex(code),
                device_id=row.device_id,
                purpose="replace",
                created_at=_stamp(now),
                expires_at=_stamp(now + timedelta(days=ENROL_CODE_DAYS)),
            )
        )
    return code, _info(row)


def _next_letter(conn: Connection, outlet_code: str, asked: str = "") -> str:
    """The till's own letter (``asked``, e.g. G01C) when no till of the outlet has it, else
    the outlet's next free letter. Locks the outlet's row (PostgreSQL; SQLite's write
    transactions are serial already) so two tills enrolling at once get two letters."""
    conn.execute(
        select(t.outlets.c.code).where(t.outlets.c.code == outlet_code).with_for_update()
    ).first()
    used = {
        r.short_code[-1]
        for r in conn.execute(
            select(t.devices.c.short_code).where(t.devices.c.outlet_code == outlet_code)
        )
    }
    asked = asked.strip().upper()
    own = asked[len(outlet_code) :] if asked.startswith(outlet_code) else ""
    if len(own) == 1 and own in string.ascii_uppercase and own not in used:
        return asked  # a till that sold before it enrolled keeps its series
    for letter in string.ascii_uppercase:
        if letter not in used:
            return outlet_code + letter
    raise NotAllowed(f"outlet {outlet_code} already has 26 tills: replace one instead")


def enrol(
    store: Store,
    code: str,
    device_id: str,
    outlet_code: str,
    *,
    short_code: str = "",
    fresh: bool = False,
) -> Enrolment:
    """Spend a one-time code (an outlet's or a device's) and key this till.

    An outlet's code: a new device keeps its own letter (``short_code``) if no till of the
    outlet has it, else gets the outlet's next free letter; a known device
    (revoked, or lost its key) keeps its letter and history and gets a new secret. A
    device's replacement code: the till becomes that device (its id and letter), and the
    old machine's secret is retired; only a ``fresh`` till (an empty data folder) or a
    restored backup of that device may spend it. Raises AuthFailed (wrong, used, expired
    code) or NotAllowed (another outlet's code, a till of another outlet, a replacement code
    on a till with its own history: the code is not spent then)."""
    secret = secrets.token_urlsafe(32)
    now = utc_now()
    wanted = outlet_code.strip().upper()
    digest = sha256_hex(code.strip().upper())
    with store.tx() as conn:
        bound = conn.execute(
            select(t.device_codes).where(t.device_codes.c.code_hash == digest).with_for_update()
        ).first()
        if bound is not None:
            if bound.used_at is not None or bound.expires_at < now:
                raise AuthFailed("this enrolment code is not valid (wrong, used or expired)")
            device = _find_device(conn, bound.device_id)
            if not fresh and device_id != device.device_id:
                raise NotAllowed(
                    f"this code replaces till {device.short_code}; this till has its own "
                    "history: use it on a new machine's empty data folder or on a restored "
                    "backup of that till"
                )
            if device.outlet_code != wanted:
                raise NotAllowed(
                    f"this code replaces a till of outlet {device.outlet_code}, not {wanted}"
                )
            conn.execute(
                update(t.device_codes)
                .where(t.device_codes.c.code_hash == digest)
                .values(used_at=now)
            )
            conn.execute(
                insert(t.retired_secrets).values(
                    secret_hash=device.secret_hash,
                    device_id=device.device_id,
                    retired_at=now,
                    reason="replaced by a new machine",
                )
            )
            _rekey(conn, device.device_id, secret, now)
            return Enrolment(device.device_id, secret, device.outlet_code, device.short_code, True)
        row = conn.execute(
            select(t.enrol_codes).where(t.enrol_codes.c.code_hash == digest).with_for_update()
        ).first()
        if row is None or row.used_at is not None or row.expires_at < now:
            raise AuthFailed("this enrolment code is not valid (wrong, used or expired)")
        if row.outlet_code != wanted:
            raise NotAllowed(f"this enrolment code is for outlet {row.outlet_code}, not {wanted}")
        old = conn.execute(select(t.devices).where(t.devices.c.device_id == device_id)).first()
        if old is not None and old.outlet_code != row.outlet_code:
            raise NotAllowed("this till is already enrolled with another outlet")
        conn.execute(
            update(t.enrol_codes)
            .where(t.enrol_codes.c.code_hash == row.code_hash)
            .values(used_at=now, device_id=device_id)
        )
        if old is not None:  # re-enrolment with a fresh code: a new secret, the history kept
            _rekey(conn, device_id, secret, now)
            return Enrolment(device_id, secret, old.outlet_code, old.short_code, False)
        short = _next_letter(conn, row.outlet_code, short_code)
        conn.execute(
            insert(t.devices).values(
                device_id=device_id,
                outlet_code=row.outlet_code,
                short_code=short,
                secret_hash=sha256_hex(secret),
                enrolled_at=now,
                contiguous_seq=0,
            )
        )
    return Enrolment(device_id, secret, str(row.outlet_code), short, False)


def _rekey(conn: Connection, device_id: str, secret: str, now: str) -> None:
    conn.execute(
        update(t.devices)
        .where(t.devices.c.device_id == device_id)
        .values(secret_hash=sha256_hex(secret), revoked_at=None, enrolled_at=now)
    )


def revoke(store: Store, who: str) -> list[str]:
    """Revoke a device (by id or short code) or every device of an outlet (by code); an
    outlet's unspent codes are spent with it. Returns the device ids. Raises NotFound."""
    return store.revoke(who)


def retired(store: Store, secret: str) -> str | None:
    """Why a secret no longer works (a replaced machine), or None."""
    with store.engine.connect() as conn:
        row = conn.execute(
            select(t.retired_secrets.c.reason, t.retired_secrets.c.retired_at).where(
                t.retired_secrets.c.secret_hash == sha256_hex(secret)
            )
        ).first()
    return None if row is None else f"{row.reason} on {row.retired_at[:10]}"


def _info(row: Row[Any]) -> DeviceInfo:
    return DeviceInfo(
        device_id=row.device_id,
        outlet_code=row.outlet_code,
        short_code=row.short_code,
        enrolled_at=row.enrolled_at,
        revoked_at=row.revoked_at,
        last_seen_at=row.last_seen_at,
        contiguous_seq=int(row.contiguous_seq or 0),
        pending_reported=row.pending_reported,
        app_version=row.app_version,
    )


def list_devices(store: Store, outlet_code: str | None = None) -> list[DeviceInfo]:
    query = select(t.devices).order_by(t.devices.c.outlet_code, t.devices.c.short_code)
    if outlet_code:
        query = query.where(t.devices.c.outlet_code == outlet_code.strip().upper())
    with store.engine.connect() as conn:
        return [_info(r) for r in conn.execute(query)]


# ---------------------------------------------------------------- heads and history


def device_head(store: Store, device_id: str) -> p.DeviceHead:
    """The highest seq the district holds for this device (with no gap below it), its hash,
    and the last number of each receipt series of the device's sales it holds."""
    with store.engine.connect() as conn:
        device = conn.execute(select(t.devices).where(t.devices.c.device_id == device_id)).first()
        if device is None:
            raise NotFound(f"no device {device_id}")
        top = conn.execute(
            select(func.max(t.events.c.seq)).where(t.events.c.device_id == device_id)
        ).scalar()
        seq = int(device.contiguous_seq or 0)
        head_hash = conn.execute(
            select(t.events.c.hash).where(t.events.c.device_id == device_id, t.events.c.seq == seq)
        ).scalar()
        counters: dict[tuple[str, str], int] = {}
        # numbers are zero-padded to 16 characters, so within one prefix the text max is the
        # number max; grouping on all but the last 5 characters (always digits) keeps the
        # answer to a few rows whatever the number of sales
        number = t.sales.c.receipt_no
        prefix = func.substr(number, 1, func.length(number) - 5)
        for (receipt,) in conn.execute(
            select(func.max(number)).where(t.sales.c.device_id == device_id).group_by(prefix)
        ):
            found = _RECEIPT.match(receipt or "")
            if found is None:
                continue
            key = ("R" if found["r"] else "S", found["fy"])
            counters[key] = max(counters.get(key, 0), int(found["n"]))
    return p.DeviceHead(
        device_id=device_id,
        outlet_code=device.outlet_code,
        short_code=device.short_code,
        seq=seq,
        hash=head_hash or p.ZERO_HASH,
        highest_seq_held=int(top or 0),
        receipts=[
            p.ReceiptCounter(series=s, fy=fy, last=n) for (s, fy), n in sorted(counters.items())
        ],
    )


def events_after(store: Store, device_id: str, after: int, limit: int = EVENTS_PAGE) -> p.EventPage:
    """The district's copies of a device's events with seq > ``after``, in seq order, up to
    the contiguous head (a page of at most ``limit``)."""
    with store.engine.connect() as conn:
        device = conn.execute(
            select(t.devices.c.contiguous_seq).where(t.devices.c.device_id == device_id)
        ).first()
        if device is None:
            raise NotFound(f"no device {device_id}")
        head = int(device.contiguous_seq or 0)
        rows = conn.execute(
            select(
                t.events.c.event_id,
                t.events.c.seq,
                t.events.c.kind,
                t.events.c.hash,
                t.events.c.body,
            )
            .where(
                t.events.c.device_id == device_id, t.events.c.seq > after, t.events.c.seq <= head
            )
            .order_by(t.events.c.seq)
            .limit(limit)
        ).all()
    events = [
        p.WireEvent(event_id=r.event_id, seq=r.seq, kind=r.kind, hash=r.hash, body=r.body)
        for r in rows
    ]
    last = events[-1].seq if events else after
    return p.EventPage(events=events, head_seq=head, next_after=last if last < head else None)


# ---------------------------------------------------------------- enrolment rate limit


def check_enrol_rate(store: Store, client: str, outlet_code: str) -> None:
    """Raise RateLimited when this client or this outlet has had too many wrong codes in
    the last quarter hour (even the right code waits then)."""
    since = _stamp(datetime.now(UTC) - timedelta(seconds=ENROL_WINDOW_S))
    outlet = outlet_code.strip().upper()[:8]
    with store.engine.connect() as conn:
        for column, value, cap in (
            (t.enrol_failures.c.client, client[:64], ENROL_FAILURES_PER_CLIENT),
            (t.enrol_failures.c.outlet_code, outlet, ENROL_FAILURES_PER_OUTLET),
        ):
            stamps = [
                r.at
                for r in conn.execute(
                    select(t.enrol_failures.c.at)
                    .where(column == value, t.enrol_failures.c.at >= since)
                    .order_by(t.enrol_failures.c.at.desc())
                    .limit(cap)
                )
            ]
            if len(stamps) >= cap:
                oldest = datetime.strptime(stamps[-1], "%Y-%m-%dT%H:%M:%S.%fZ")
                free_at = oldest.replace(tzinfo=UTC) + timedelta(seconds=ENROL_WINDOW_S)
                wait = max(1, int((free_at - datetime.now(UTC)).total_seconds()) + 1)
                raise RateLimited("too many wrong enrolment codes; wait before trying again", wait)


def record_enrol_failure(store: Store, client: str, outlet_code: str) -> None:
    now = datetime.now(UTC)
    with store.tx() as conn:
        conn.execute(
            insert(t.enrol_failures).values(
                client=client[:64], outlet_code=outlet_code.strip().upper()[:8], at=_stamp(now)
            )
        )
        old = _stamp(now - timedelta(seconds=2 * ENROL_WINDOW_S))
        conn.execute(delete(t.enrol_failures).where(t.enrol_failures.c.at < old))
