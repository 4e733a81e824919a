"""The append-only, hash-chained journal of business events (docs/architecture.md section 2).

Each event body is canonical JSON (keys sorted, no whitespace, UTF-8, integers only) holding
its id, per-device gap-free seq, kind, times, schema version, the previous event's hash and
the event's data. Its hash is the SHA-256 of that body, so editing or deleting any row breaks
the chain. Events are written inside the caller's transaction together with the rows they
describe.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlite_utils

from pos import clock
from pos.db.records import journal_q
from pos.errors import ClockBehind

SCHEMA_VERSION = 1
ZERO_HASH = journal_q.ZERO_HASH
# Event kinds the district reads beyond sales, with the fields it reads: a lot taken in
# (data: shg_code, qty_received) and an SHG payout (data: shg_code, amount_paise).
STOCK_RECEIVED = "stock_received"
SETTLEMENT_PAID = "settlement_paid"


def canonical_json(value: Any) -> str:
    """Sorted keys, no whitespace, UTF-8 kept, integers only (a float is a bug)."""
    _reject_floats(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _reject_floats(value: Any) -> None:
    if isinstance(value, float):
        raise TypeError("journal payloads hold integers only (money in paise)")
    if isinstance(value, dict):
        for item in value.values():
            _reject_floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _reject_floats(item)


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Event:
    seq: int
    event_id: str
    kind: str
    created_at: str
    business_date: str
    hash: str
    prev_hash: str
    body: str

    @property
    def data(self) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(self.body)["data"]
        return parsed


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    created_at: str | None


def head(db: sqlite_utils.Database) -> Head:
    row = journal_q.last_event(db)
    if row is None:
        return Head(seq=0, hash=ZERO_HASH, created_at=None)
    return Head(seq=row["seq"], hash=row["hash"], created_at=row["created_at"])


def check_clock(db: sqlite_utils.Database, moment: datetime) -> Head:
    """Refuse to write when the device clock is earlier than the last event.

    A manager confirms the time with ``confirm_clock`` (an event stamped with the device
    time), after which the check compares against that event.
    """
    current = head(db)
    if current.created_at is not None and clock.to_iso(moment) < current.created_at:
        raise ClockBehind(
            "the device clock is behind the last recorded event "
            f"({current.created_at}); check the date and time, then a manager must confirm it"
        )
    return current


def append(
    db: sqlite_utils.Database,
    device_id: str,
    kind: str,
    data: dict[str, Any],
    *,
    moment: datetime | None = None,
    current: Head | None = None,
    skip_clock_check: bool = False,
) -> Event:
    """Append one event; the caller holds the write transaction."""
    moment = moment or clock.now_utc()
    if current is None:
        current = head(db) if skip_clock_check else check_clock(db, moment)
    seq = current.seq + 1
    event_id = new_uuid()
    created_at = clock.to_iso(moment)
    day = clock.business_date(moment)
    envelope = {
        "schema": SCHEMA_VERSION,
        "event_id": event_id,
        "seq": seq,
        "device_id": device_id,
        "kind": kind,
        "created_at": created_at,
        "business_date": day,
        "prev_hash": current.hash,
        "data": data,
    }
    body = canonical_json(envelope)
    digest = body_hash(body)
    journal_q.insert_event(
        db,
        seq=seq,
        event_id=event_id,
        kind=kind,
        created_at=created_at,
        business_date=day,
        body=body,
        hash_=digest,
        prev_hash=current.hash,
    )
    return Event(seq, event_id, kind, created_at, day, digest, current.hash, body)


def new_uuid() -> str:
    import uuid  # uuid imports platform: only when an event is written

    return str(uuid.uuid4())
