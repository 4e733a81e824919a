"""Catching a restored or replacement till up with the district.

A till restored from an older backup (or a new machine replacing a dead till) must not re-issue
receipt numbers or journal seqs the district already holds. Before it sells again it asks the
district for its head (``GET /v1/devices/{id}/head``: highest seq, its hash, the last number of
each receipt series) and the district's copies of its events after its own last seq (``GET
/v1/devices/{id}/events?after=``), checks that they chain on from its head (each body's
SHA-256, the seq, the previous hash, the device id) and imports them into its journal as acked,
all in one transaction, with the receipt counters as floors.

The imported events are the district's exact bodies, so the hash chain is whole and ``pos
ledger verify`` walks it as usual. In the same transaction a till restored from its own backup
(a non-empty journal: the events' shift, lot, user and product ids are its own) first brings its
catalog up to date from the district (the changes after its catalog version, as a pull applies
them, its ``catalog_synced`` event after the imported ones: the products, prices and SHGs the
till pulled after the backup get the same ids again, the district's change log being in version
order), then writes the rows those events stand for (pos.sync.restore.rebuild: sales, returns
and voids with their lines, lot allocations, stock moves and payments; shift opens and closes;
cash movements; lots taken in and stock moves; removed lines; SHG payouts; users added after
the backup, with no usable PIN, and deactivations), so its X/Z, stock per lot, SHG statements,
receipt search and reprints include the sales made after the backup, and verify checks those
rows against their events like any others. The till still sells nothing until all this is
committed (the restored mark is cleared in the same transaction).

Imported only, as before (``journal_imports.reason`` says which): every range when one event's
rows do not fit this ledger (pos.sync.restore.rebuild.Unrebuildable: a product or price id that
names another row here, a lot or SHG this backup lacks, an id taken; nothing of the range is
rebuilt then, never half), and a replacement till's history (an empty journal: the ids are the
dead machine's). Kinds with no rows to rebuild (settings, catalog, orders, reorder levels,
approvals, PIN resets) are always imported only. For ranges kept without rows the district's
reports hold the sales, not this till's own X/Z.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sqlite3
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from pos import clock
from pos.db.connection import transaction
from pos.db.outlet import outlet_q
from pos.db.records import identity_q, sync_q
from pos.records import journal
from pos.records.ledger import Ledger
from pos.sync import protocol as p
from pos.sync.apply import apply_changes
from pos.sync.client import DistrictClient, SyncError
from pos.sync.restore import rebuild

log = logging.getLogger(__name__)

CRASH_ENV = "POS_SYNC_CRASH_AT"  # pos.sync.service's test hook; here: mid_catch_up


@dataclass(frozen=True)
class CatchUp:
    imported: int  # events copied from the district
    rebuilt: int  # of those, events whose rows were written here (pos.sync.restore.rebuild)
    head_seq: int  # the journal's head after catching up
    receipts: dict[str, int]  # "S2627" -> last number the district holds


def catch_up(ledger: Ledger, client: DistrictClient, reason: str = "restore") -> CatchUp:
    """Import what the district holds of this device beyond the local head; adopt its
    receipt counters; clear the restored mark. Raises SyncError when the district's history
    does not continue this ledger's (nothing is written then)."""
    db = ledger.db
    device_id = ledger.device.id
    head = client.device_head(device_id)
    local = journal.head(db)
    if head.seq == local.seq and head.seq and head.hash != local.hash:
        raise _fork(local.seq)
    fetched: list[p.WireEvent] = []
    after = local.seq
    while after < head.seq:
        page = client.events_after(device_id, after)
        fresh = [e for e in page.events if e.seq > after]
        if not fresh:
            break
        fetched += fresh
        after = fresh[-1].seq
        if page.next_after is None:
            break
    rows = _chained(fetched, local, device_id)
    catalog = _newer_catalog(db, client) if rows and local.seq else None
    now = clock.to_iso(clock.now_utc())
    with transaction(db):
        if journal.head(db) != local:  # the counter wrote meanwhile: nothing is imported
            raise SyncError("this till recorded an event while catching up; the next sync retries")
        for n, row in enumerate(rows):
            identity_q.insert_imported_event(db, row, now)
            if n == 0 and os.environ.get(CRASH_ENV) == "mid_catch_up":  # test hook
                os.kill(os.getpid(), signal.SIGKILL)
        if catalog is not None:
            _apply_catalog(ledger, *catalog)
        rebuilt = _rebuild(db, rows) if local.seq else None
        if rows:
            note = identity_q.ROWS_REBUILT if rebuilt is not None else ""
            identity_q.record_import(db, rows[0]["seq"], rows[-1]["seq"], now, reason + note)
        for counter in head.receipts:
            identity_q.raise_receipt_floor(db, counter.series, counter.fy, counter.last)
        if head.short_code != ledger.device.short_code:
            outlet_q.update_device(db, {"short_code": head.short_code})
        identity_q.set_restored(db, None)
        sync_q.update_state(db, {"server_contiguous_seq": head.seq})
    ledger.reload()
    return CatchUp(
        imported=len(rows),
        rebuilt=rebuilt or 0,
        head_seq=max(local.seq, rows[-1]["seq"] if rows else 0),
        receipts={f"{c.series}{c.fy}": c.last for c in head.receipts},
    )


def _newer_catalog(
    db: sqlite_utils.Database, client: DistrictClient
) -> tuple[list[p.CatalogChange], int] | None:
    """The district's catalog changes beyond this ledger's version (the products, prices and
    SHGs the till pulled after the backup, which its sales name), None when it has none."""
    since = int(sync_q.get_state(db).get("catalog_version") or 0)
    changes, target = client.changes_to_target(since)
    return (changes, target) if target > since else None


def _apply_catalog(ledger: Ledger, changes: list[p.CatalogChange], target: int) -> None:
    """Apply the pulled catalog after the imported events (its ``catalog_synced`` event
    follows them, pending); a set this till cannot apply is left to the next pull (logged),
    and the rebuild then finds the rows it lacks."""
    try:
        apply_changes(ledger, changes, target)
    except SyncError as exc:
        log.warning("the catalog was not brought up to date before the rebuild: %s", exc)


def _rebuild(db: sqlite_utils.Database, rows: list[dict[str, Any]]) -> int | None:
    """Write the rows of the imported events, all or none (a savepoint): the number of
    events that have rows, None when one of them does not fit this ledger (logged)."""
    written = 0
    try:
        with db.atomic():
            for row in rows:
                written += rebuild.rebuild(db, row)
    except (rebuild.Unrebuildable, sqlite3.IntegrityError) as exc:
        log.warning("imported events kept without their rows: %s", exc)
        return None
    except (KeyError, TypeError) as exc:  # an event of an older shape than this version's
        log.warning("imported events kept without their rows: a body lacks %s", exc)
        return None
    return written


def _fork(seq: int) -> SyncError:
    return SyncError(
        f"the district holds a different event {seq} for this till than this ledger: the "
        "backup does not belong to this till's history. Call the district office; this till "
        "does not sell until it is sorted out."
    )


def _chained(
    events: list[p.WireEvent], local: journal.Head, device_id: str
) -> list[dict[str, Any]]:
    """The events as journal rows, checked to continue the local chain one by one."""
    rows = []
    previous, seq = local.hash, local.seq
    for wire in events:
        try:
            env = json.loads(wire.body)
        except json.JSONDecodeError as exc:
            raise SyncError(f"the district's copy of event {wire.seq} is not readable") from exc
        if (
            journal.body_hash(wire.body) != wire.hash
            or wire.seq != seq + 1
            or env.get("seq") != wire.seq
            or env.get("event_id") != wire.event_id
            or env.get("device_id") != device_id
            or env.get("kind") != wire.kind
        ):
            raise SyncError(f"the district's copy of event {wire.seq} does not check out")
        if env.get("prev_hash") != previous:
            raise _fork(seq)
        rows.append(
            {
                "seq": wire.seq, "event_id": wire.event_id, "kind": wire.kind,
                "created_at": env["created_at"], "business_date": env["business_date"],
                "body": wire.body, "hash": wire.hash, "prev_hash": previous,
            }
        )  # fmt: skip
        previous, seq = wire.hash, wire.seq
    return rows
