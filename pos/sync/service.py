"""One sync pass of an outlet ledger: push the journal, pull the catalog, reconcile (with
pos.sync.reconciliation), back up.

Push and pull are independent lanes: a failed pull does not undo a push. One sync at a time
per ledger (a lock file beside it). Every pass records its outcome in ``sync_state`` so the
counter can show pending count, last success, last error and the clock skew.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pos import __version__, clock
from pos.db.connection import transaction
from pos.db.outlet import outlet_q
from pos.db.records import identity_q, sync_q
from pos.errors import NotAllowed, PosError
from pos.outlet import config, credentials
from pos.records import journal
from pos.records.ledger import Ledger
from pos.sync import protocol as p
from pos.sync import reconciliation
from pos.sync.apply import apply_changes
from pos.sync.client import DistrictClient, SyncError
from pos.sync.restore import catchup

log = logging.getLogger("pos.sync")
CRASH_ENV = catchup.CRASH_ENV  # test hook: mid_push | after_response | mid_ack | mid_catch_up


class SyncBusy(PosError):
    """Another sync of this ledger is running."""


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    pending: int
    attention: int
    oldest_pending_at: str | None
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: str | None
    clock_skew_seconds: float | None
    catalog_version: int
    district_flags: list[str] = field(default_factory=list)
    running: bool = False
    running_elsewhere: str | None = None  # "pid 1234 since 2026-11-30T12:00:00Z" when another
    # process holds this ledger's sync lock

    @property
    def skew_warning(self) -> str | None:
        """Plain words when the till's clock is over five minutes off the district's."""
        skew = self.clock_skew_seconds
        if skew is None or abs(skew) <= p.SKEW_WARNING_SECONDS:
            return None
        way = "behind" if skew > 0 else "ahead of"
        return f"this till's clock is {abs(skew) / 60:.0f} minutes {way} the district's"

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items()}
        data["skew_warning"] = self.skew_warning
        return data


@dataclass
class SyncResult:
    pushed: int = 0
    accepted: int = 0
    duplicate: int = 0
    attention: int = 0
    repended: int = 0
    pulled: int = 0
    catalog_version: int = 0
    days_checked: int = 0
    days_differing: list[str] = field(default_factory=list)
    months_checked: int = 0
    months_differing: list[str] = field(default_factory=list)
    backup: str | None = None
    orders_received: int = 0
    new_orders: list[str] = field(default_factory=list)
    orders_lost: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    caught_up: int = 0  # events imported from the district after a restore
    caught_up_rebuilt: int = (
        0  # of those, events whose rows were rebuilt (pos.sync.restore.rebuild)
    )


def restored_pending(ledger: Ledger) -> bool:
    """Restored from a backup (or enrolled as a replacement) and not caught up yet."""
    return identity_q.restored_at(ledger.db) is not None


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


# ---------------------------------------------------------------- locking


def _lock_path(ledger: Ledger) -> Path:
    return ledger.path.with_name(ledger.path.name + ".sync-lock")


@contextmanager
def sync_lock(ledger: Ledger) -> Iterator[None]:
    """One sync at a time per ledger, across threads and processes; SyncBusy otherwise.

    The holder writes its process id and start time into the lock file, for ``status``.
    """
    handle: IO[str] = _lock_path(ledger).open("a+")
    try:
        try:
            _lock(handle)
        except OSError as exc:
            raise SyncBusy("a sync of this till is already running") from exc
        try:
            handle.truncate(0)
            handle.write(f"pid {os.getpid()} since {clock.to_iso(clock.now_utc())}\n")
            handle.flush()
        except OSError:
            pass  # who holds the lock is only shown, never relied on
        yield
    finally:
        handle.close()  # closing releases the lock


def sync_running_elsewhere(ledger: Ledger) -> str | None:
    """Who holds this ledger's sync lock ("pid 1234 since …"), or None when nobody does.

    Takes and drops the lock at once when free; a lock held by this process through another
    handle counts too (the counter's own background sync).
    """
    try:
        handle: IO[str] = _lock_path(ledger).open("a+")
    except OSError:
        return None  # a read-only folder: nobody can be syncing from here
    try:
        try:
            _lock(handle)
        except OSError:
            try:
                handle.seek(0)
                return handle.read(200).strip() or "another process"
            except OSError:  # Windows: the holder's locked byte cannot be read
                return "another process"
        return None
    finally:
        handle.close()


def _lock(handle: IO[str]) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


# ---------------------------------------------------------------- status and enrolment


def status(ledger: Ledger, *, running: bool = False) -> SyncStatus:
    """The sync's state; ``running`` is the caller's own pass, and a sync by any process is
    found through the lock file (``running_elsewhere``)."""
    elsewhere = None if running else sync_running_elsewhere(ledger)
    db = ledger.db
    box = sync_q.outbox_summary(db)
    state = sync_q.get_state(db)
    skew = state.get("clock_skew_ms")
    flags = json.loads(state["district_flags"]) if state.get("district_flags") else []
    return SyncStatus(
        enrolled=ledger.device.enrolled,
        server_url=ledger.device.server_url,
        pending=int(box["pending"] or 0),
        attention=int(box["attention"] or 0),
        oldest_pending_at=box["oldest_pending_at"],
        last_success_at=state.get("last_success_at"),
        last_attempt_at=state.get("last_attempt_at"),
        last_error=state.get("last_error"),
        clock_skew_seconds=None if skew is None else skew / 1000,
        catalog_version=int(state.get("catalog_version") or 0),
        district_flags=flags,
        running=running or elsewhere is not None,
        running_elsewhere=elsewhere,
    )


def attention_events(ledger: Ledger, limit: int = 50) -> list[dict[str, Any]]:
    """Events the district could not take (invalid or conflicting), with its reason."""
    return sync_q.attention_events(ledger.db, limit)


def pin_ca_file(data_dir: Path, ca_file: Path | None) -> str | None:
    """Copy the district's CA file into the data folder (pinned); its path, or None."""
    if ca_file is None:
        return None
    if not ca_file.is_file():
        raise NotAllowed(f"the CA file {ca_file} does not exist")
    target = data_dir / "district-ca.pem"
    target.write_bytes(ca_file.read_bytes())
    return str(target)


def request_enrolment(
    server_url: str,
    code: str,
    device_id: str,
    outlet_code: str,
    pinned: str | None,
    *,
    short_code: str = "",
    fresh: bool = False,
) -> p.EnrollResponse:
    """Spend a one-time code at the district (POST /v1/enroll); ``short_code``: the till's
    own letter, kept if free; ``fresh``: no ledger yet. Raises SyncError."""
    client = DistrictClient(server_url, ca_file=pinned)
    try:
        return client.enroll(
            p.EnrollRequest(
                code=code.strip().upper(),
                device_id=device_id,
                short_code=short_code or outlet_code.strip().upper() + "A",
                outlet_code=outlet_code.strip().upper(),
                fresh=fresh,
            )
        )
    finally:
        client.close()


def enroll(
    ledger: Ledger, server_url: str, code: str, ca_file: Path | None = None
) -> p.EnrollResponse:
    """Register this till with the district, or again (a revoked till, a lost or refused
    key) with a fresh code; the pending queue is kept for the next push. A device's
    replacement code (``pos-server device replace``) is accepted when this ledger is a
    restored backup of that device (an empty data folder: pos.outlet.setup.set_up_outlet).

    Raises SyncError (refused, unreachable) or NotAllowed."""
    device = outlet_q.get_device(ledger.db) or {}
    pinned = pin_ca_file(ledger.path.parent, ca_file) if ca_file else device.get("ca_file")
    answer = request_enrolment(server_url, code, ledger.device.id, ledger.outlet.code, pinned,
                               short_code=ledger.device.short_code)  # fmt: skip
    if answer.device_id != ledger.device.id:
        raise NotAllowed(f"the district answered for till {answer.short_code}, not this one")
    adopt_enrolment(ledger, server_url, answer, pinned)
    return answer


def adopt_enrolment(
    ledger: Ledger, server_url: str, answer: p.EnrollResponse, pinned: str | None
) -> None:
    """Take the district's answer: the device letter (before any sale), the secret (its own
    file, pos.outlet.credentials), the server and CA file; a replacement (or a restored till)
    catches up from the district before the enrolment is journalled."""
    again = ledger.device.enrolled
    credentials.store_secret(ledger.path, answer.device_id, answer.secret)
    moment = clock.now_utc()
    with transaction(ledger.db):
        outlet_q.update_device(
            ledger.db,
            {
                "server_url": server_url.rstrip("/"),
                "ca_file": pinned,
                "enrolled_at": clock.to_iso(moment),
                "short_code": answer.short_code,
            },
        )
        if answer.replaced:
            identity_q.set_restored(ledger.db, clock.to_iso(moment))
    ledger.reload()
    if restored_pending(ledger):
        # the district may hold events beyond this ledger: import them before journalling
        client = client_for(ledger)
        try:
            catchup.catch_up(ledger, client, "replacement" if answer.replaced else "restore")
        except PosError as exc:
            log.warning("enrolled; catching up failed, the next sync retries: %s", exc.message)
            return
        finally:
            client.close()
    kind = "device_reenrolled" if again else "device_enrolled"
    if answer.replaced:
        kind = "device_replaced"
    with transaction(ledger.db):
        journal.append(
            ledger.db,
            ledger.device.id,
            kind,
            {"server_url": server_url.rstrip("/"), "district": answer.district,
             "short_code": answer.short_code},
            moment=clock.now_utc(),
            skip_clock_check=True,
        )  # fmt: skip


def client_for(ledger: Ledger) -> DistrictClient:
    device = outlet_q.get_device(ledger.db)
    if device is None or device["enrolled_at"] is None or not device["server_url"]:
        raise NotAllowed(
            "this till is not enrolled with a district: pos enroll --server URL --code CODE"
        )
    secret = credentials.load_secret(ledger.path, device["id"])
    if secret is None:
        raise NotAllowed(
            "this till's district key is not on this machine (a backup restored on another "
            "machine?): the district makes a replacement code (pos-server device replace "
            f"{device['short_code']}), then: pos enroll --server URL --code CODE"
        )
    return DistrictClient(
        device["server_url"],
        secret,
        device["ca_file"],
        deadline_s=config.get_int(ledger, "sync_request_deadline_seconds"),
    )


# ---------------------------------------------------------------- the lanes


def _batch(
    rows: list[dict[str, Any]], device_id: str, pending: int | None = None
) -> tuple[list[dict[str, Any]], bytes]:
    """A contiguous run of pending events within the event and byte limits, as JSON, with
    this till's version and (given ``pending``, every event still queued with these) how
    many stay queued after this batch."""
    head = '{"device_id":' + json.dumps(device_id) + ',"events":['
    size = len(head) + 2 + _TAIL_BYTES
    pieces: list[str] = []
    taken: list[dict[str, Any]] = []
    for row in rows:
        if taken and row["seq"] != taken[-1]["seq"] + 1:
            break
        piece = json.dumps(
            {k: row[k] for k in ("event_id", "seq", "kind", "hash", "body")},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        grown = size + len(piece.encode("utf-8")) + 1
        if taken and (grown > p.MAX_BATCH_BYTES or len(taken) >= p.MAX_BATCH_EVENTS):
            break
        pieces.append(piece)
        taken.append(row)
        size = grown
    tail = f',"app_version":{json.dumps(__version__)}'
    if pending is not None:
        tail += f',"pending_after":{max(0, pending - len(taken))}'
    return taken, (head + ",".join(pieces) + "]" + tail + "}").encode("utf-8")


_TAIL_BYTES = 96  # room kept for the version and the pending count after the events


def push(ledger: Ledger, client: DistrictClient, result: SyncResult) -> None:
    """Push every pending event in contiguous batches; mark each answer in one transaction."""
    db = ledger.db
    device_id = ledger.device.id
    hook = None
    if os.environ.get(CRASH_ENV) == "mid_push":
        hook = _mid_push_hook
    while True:
        rows = sync_q.pending_events(db, p.MAX_BATCH_EVENTS)
        if not rows:
            return
        queued = len(rows)
        if queued >= p.MAX_BATCH_EVENTS:
            queued = int(sync_q.outbox_summary(db)["pending"])
        taken, body = _batch(rows, device_id, queued)
        answer = client.push(device_id, body, stream_hook=hook)
        _crash_point("after_response")
        _record_answer(ledger, taken, answer, result)
        result.pushed += len(taken)


def _mid_push_hook(chunk: int) -> None:
    if chunk == 2:
        os.kill(os.getpid(), signal.SIGKILL)


def _record_answer(
    ledger: Ledger, taken: list[dict[str, Any]], answer: p.BatchResponse, result: SyncResult
) -> None:
    db = ledger.db
    sent = {row["event_id"]: row["seq"] for row in taken}
    acked: list[int] = []
    attention: list[tuple[int, str]] = []
    for item in answer.results:
        seq = sent.get(item.event_id)
        if seq is None or seq != item.seq:
            continue  # not ours: ignore rather than mark the wrong event
        if item.status in ("accepted", "duplicate"):
            acked.append(seq)
            setattr(result, item.status, getattr(result, item.status) + 1)
        else:
            why = "the district holds a different version of this event"
            if item.status == "invalid":
                why = "the district could not accept this event"
            attention.append((seq, f"{why}: {item.reason or item.status}"))
    if not acked and not attention:
        raise SyncError("the district's answer named none of the events sent")
    unanswered = len(taken) - len(acked) - len(attention)
    now = clock.to_iso(clock.now_utc())
    lost: list[int] = []
    for gap in answer.missing:
        lost += sync_q.acked_seqs_between(db, gap.first, gap.last)
    with transaction(db):
        half = len(acked) // 2
        sync_q.mark_acked(db, acked[:half], now)
        _crash_point("mid_ack")
        sync_q.mark_acked(db, acked[half:], now)
        sync_q.mark_attention(db, attention, now)
        result.repended += sync_q.repend(db, lost, now)
        changes: dict[str, Any] = {
            "last_push_at": now,
            "server_contiguous_seq": answer.highest_contiguous_seq,
        }
        if answer.flags:
            result.flags = sorted(set(result.flags) | set(answer.flags))[:50]
            changes["district_flags"] = json.dumps(result.flags, ensure_ascii=False)
        sync_q.update_state(db, changes)
    result.attention += len(attention)
    if unanswered:  # they stay pending; stop rather than send the same batch forever
        raise SyncError(f"the district left {unanswered} event(s) unanswered; they stay pending")


def pull(ledger: Ledger, client: DistrictClient, result: SyncResult) -> None:
    """Page up to the target version named by the first page, then apply it all at once."""
    since = int(sync_q.get_state(ledger.db).get("catalog_version") or 0)
    changes, target = client.changes_to_target(since)
    result.catalog_version = since
    if target <= since:
        return
    apply_changes(ledger, changes, target)
    result.pulled = len(changes)
    result.catalog_version = target


def nightly_backup(ledger: Ledger, backup_dir: Path) -> Path:
    """The nightly pass's backup: into the ``backup_folder`` setting (else ``backup_dir``),
    keeping the newest ``backup_keep`` (pos.records.backup: the same files as the shift-close
    ones)."""
    from pos.outlet import config
    from pos.records import backup

    chosen = config.get(ledger, "backup_folder").strip()
    folder = Path(chosen).expanduser() if chosen else backup_dir
    return backup.backup_ledger(ledger, folder, keep=config.get_int(ledger, "backup_keep"))


# ---------------------------------------------------------------- one pass


def sync_once(
    ledger: Ledger,
    *,
    do_push: bool = True,
    do_pull: bool = True,
    do_reconcile: bool = False,
    backup_dir: Path | None = None,
    do_orders: bool = False,
) -> SyncResult:
    """One pass under the ledger's sync lock; records success or the error in plain words.

    Raises SyncError (network, refusal), SyncBusy, NotAllowed (not enrolled).
    """
    result = SyncResult()
    with sync_lock(ledger):
        client = client_for(ledger)
        started = clock.to_iso(clock.now_utc())
        try:
            if restored_pending(ledger) or do_reconcile:
                # the nightly pass also finds a ledger rewound outside `pos restore`
                done = catchup.catch_up(ledger, client)
                result.caught_up, result.caught_up_rebuilt = done.imported, done.rebuilt
            if do_push:  # the sales first: no other lane's trouble holds them back
                push(ledger, client, result)
            if do_orders:  # an order accepted offline is claimed now (its event, just pushed,
                # claims it too if no other till has: the district applies either first)
                from pos.sync.orders_lane import sync_orders

                lane = sync_orders(ledger, client)
                result.orders_received = lane.received
                result.new_orders = lane.new_orders
                result.orders_lost = lane.lost
            if do_pull:
                pull(ledger, client, result)
            if do_reconcile:
                reconciliation.reconcile(ledger, client, result)
                if result.days_differing:
                    push(ledger, client, result)
            if backup_dir is not None:
                result.backup = str(nightly_backup(ledger, backup_dir))
        except PosError as exc:
            _record(ledger, started, client.skew_ms, error=exc.message)
            raise
        finally:
            client.close()
        _record(ledger, started, client.skew_ms, error=None)
    return result


def _record(ledger: Ledger, started: str, skew_ms: int | None, *, error: str | None) -> None:
    state = sync_q.get_state(ledger.db)
    changes: dict[str, Any] = {"last_attempt_at": started}
    if skew_ms is not None:
        changes["clock_skew_ms"] = skew_ms
    if error is None:
        changes.update(last_success_at=clock.to_iso(clock.now_utc()), last_error=None, failures=0)
    else:
        changes.update(
            last_error=error,
            last_error_at=clock.to_iso(clock.now_utc()),
            failures=int(state.get("failures") or 0) + 1,
        )
    with transaction(ledger.db):
        sync_q.update_state(ledger.db, changes)
