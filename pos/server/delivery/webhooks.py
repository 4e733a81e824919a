"""The webhook outbox: order status changes to the app that placed the order.

A change queues a row in ``webhook_outbox`` in the change's own transaction (so none is lost);
``deliver_due`` posts due rows, oldest first per app, and on a failure retries after the next
delay of ``BACKOFF_SECONDS`` (the last one repeats) until ``GIVE_UP_AFTER`` has passed since the
row was queued: a receiver that is down for a day misses nothing. Several app servers share
the outbox: a row is leased before it is posted.

Each post carries ``X-Sarv-Signature: sha256=HEX``: HMAC-SHA256 over the exact body, keyed
with the SHA-256 (hex) of the app's key, which the app can compute and the district keeps.
The bodies hold no personal data (order id, status, money, receipt number).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import requests
from sqlalchemy import or_, select, update

from pos.server.storage import schema as t
from pos.server.storage.store import Store
from pos.sync import orders_protocol as op

SIGNATURE_HEADER = "X-Sarv-Signature"
BACKOFF_SECONDS = (10, 30, 60, 300, 900, 1800, 3600, 7200, 14400, 21600)
GIVE_UP_AFTER = timedelta(days=7)
LEASE = timedelta(seconds=60)
TIMEOUT_S = 5.0

Clock = Callable[[], datetime]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def body_for(view: op.OrderView) -> str:
    data = {
        "order_id": view.order_id, "app_order_id": view.app_order_id, "status": view.status,
        "version": view.version, "outlet_code": view.outlet_code,
        "items_total_paise": view.items_total_paise, "amount_paid_paise": view.amount_paid_paise,
        "receipt_no": view.receipt_no, "reason": view.reason, "at": view.updated_at,
    }  # fmt: skip
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def signature(key_hash: str, body: bytes) -> str:
    """The header value for ``body``: ``sha256=`` + HMAC-SHA256 keyed with the key's hash."""
    return "sha256=" + hmac.new(key_hash.encode(), body, hashlib.sha256).hexdigest()


def delay_after(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failure (1-based)."""
    return timedelta(seconds=BACKOFF_SECONDS[min(attempts, len(BACKOFF_SECONDS)) - 1])


@dataclass(frozen=True)
class Round:
    delivered: int
    failed: int
    gave_up: int


def deliver_due(store: Store, *, now: Clock | None = None, timeout: float = TIMEOUT_S) -> Round:
    """Post every due webhook once; ``now`` is injectable so a test can pass a day."""
    clock = now or (lambda: datetime.now(UTC))
    moment = clock()
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(t.webhook_outbox, t.shop_apps.c.webhook_url, t.shop_apps.c.key_hash)
            .join(t.shop_apps, t.shop_apps.c.id == t.webhook_outbox.c.app_id)
            .where(
                t.webhook_outbox.c.delivered_at.is_(None),
                t.webhook_outbox.c.gave_up_at.is_(None),
            )
            .order_by(t.webhook_outbox.c.id)
        ).all()
    blocked: set[int] = set()  # an app whose earlier webhook failed: keep its order
    delivered = failed = gave_up = 0
    with requests.Session() as session:
        for row in rows:
            if row.app_id in blocked:
                continue
            if row.next_at > _stamp(moment) or not _lease(store, row.id, moment):
                blocked.add(row.app_id)
                continue
            error = _post(session, row.webhook_url, row.key_hash, row.body, timeout)
            if error is None:
                _finish(store, row.id, delivered_at=_stamp(clock()), lease_until=None)
                delivered += 1
                continue
            blocked.add(row.app_id)
            attempts = int(row.attempts) + 1
            queued = datetime.strptime(row.created_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
            if moment - queued >= GIVE_UP_AFTER:
                _finish(store, row.id, attempts=attempts, last_error=error,
                        gave_up_at=_stamp(moment), lease_until=None)  # fmt: skip
                gave_up += 1
            else:
                _finish(store, row.id, attempts=attempts, last_error=error, lease_until=None,
                        next_at=_stamp(moment + delay_after(attempts)))  # fmt: skip
                failed += 1
    return Round(delivered, failed, gave_up)


def _lease(store: Store, row_id: int, moment: datetime) -> bool:
    with store.tx() as conn:
        done = conn.execute(
            update(t.webhook_outbox)
            .where(
                t.webhook_outbox.c.id == row_id,
                t.webhook_outbox.c.delivered_at.is_(None),
                or_(
                    t.webhook_outbox.c.lease_until.is_(None),
                    t.webhook_outbox.c.lease_until < _stamp(moment),
                ),
            )
            .values(lease_until=_stamp(moment + LEASE))
        )
        return bool(done.rowcount)


def _finish(store: Store, row_id: int, **values: object) -> None:
    with store.tx() as conn:
        conn.execute(
            update(t.webhook_outbox).where(t.webhook_outbox.c.id == row_id).values(**values)
        )


def _post(
    session: requests.Session, url: str | None, key_hash: str, body: str, timeout: float
) -> str | None:
    """None when the receiver took it (any 2xx); else why not, in words."""
    if not url:
        return "the app has no webhook URL"
    data = body.encode()
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: signature(key_hash, data)}
    try:
        response = session.post(url, data=data, headers=headers, timeout=timeout)
    except requests.RequestException as exc:
        return f"the receiver could not be reached ({exc.__class__.__name__})"
    if 200 <= response.status_code < 300:
        return None
    return f"the receiver answered {response.status_code}"


def pending(store: Store) -> list[dict[str, object]]:
    """Webhooks not yet delivered (the office and tests read this)."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(t.webhook_outbox).where(t.webhook_outbox.c.delivered_at.is_(None))
        ).all()
    return [dict(r._mapping) for r in rows]
