"""`pos enroll`, `pos sync` and `pos sync status`: this till and its district server."""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from typing import Any

from pos.cli.common import Context, add_json
from pos.sync import service


def register(sub: Any) -> None:
    enroll = sub.add_parser(
        "enroll",
        help="register this till with the district server (again, with a fresh code, after a"
        " revocation or a refused key; a replacement code for a restored backup of a dead till)",
    )
    enroll.add_argument("--server", required=True, help="the district server's URL (https://...)")
    enroll.add_argument(
        "--code",
        required=True,
        help="the one-time code from pos-server outlet add / outlet code / device replace",
    )
    enroll.add_argument("--ca-file", help="the district's own CA certificate (PEM), pinned")
    add_json(enroll)
    enroll.set_defaults(handler=cmd_enroll)

    sync = sub.add_parser("sync", help="push sales to the district and pull its catalog")
    sync.add_argument("--once", action="store_true", help="one pass (push, pull) then exit")
    sync.add_argument(
        "--full", action="store_true", help="with --once: also reconcile and back up (nightly)"
    )
    add_json(sync)
    sync.set_defaults(handler=cmd_sync)
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION")
    state = actions.add_parser("status", help="pending events, last success, last error")
    add_json(state)
    state.set_defaults(handler=cmd_status)


def cmd_enroll(ctx: Context, args: argparse.Namespace) -> int:
    ledger = ctx.ledger()
    answer = service.enroll(
        ledger, args.server, args.code, Path(args.ca_file) if args.ca_file else None
    )
    pushed, why = _push_after_enrolment(ledger)
    pending = service.status(ledger).pending
    tail = f"{pushed} event(s) pushed" + (f"; {pending} wait for the next sync ({why})"
                                          if pending else "")  # fmt: skip
    ctx.emit(
        {"device_id": answer.device_id, "outlet": answer.outlet_code, "district": answer.district,
         "short_code": answer.short_code, "replaced": answer.replaced, "pushed": pushed,
         "pending": pending},
        f"enrolled with the {answer.district} district as outlet {answer.outlet_code}, till "
        f"{answer.short_code} (receipts {answer.short_code}-…); catalog and prices now come "
        f"only from the district; {tail}",
    )  # fmt: skip
    return 0


def _push_after_enrolment(ledger: Any) -> tuple[int, str]:
    """Push what waited (a re-enrolled till's queue) at once; (events pushed, why not all)."""
    from pos.errors import PosError

    try:
        return service.sync_once(ledger, do_push=True, do_pull=False).pushed, ""
    except PosError as exc:
        return 0, exc.message


def _result_text(result: service.SyncResult) -> str:
    parts = [f"pushed {result.pushed} event(s)"]
    if result.attention:
        parts.append(f"{result.attention} need attention")
    if result.pulled:
        parts.append(
            f"applied {result.pulled} catalog change(s) (version {result.catalog_version})"
        )
    if result.days_checked:
        months = f" in {result.months_checked} month(s)" if result.months_checked else ""
        parts.append(
            f"reconciled {result.days_checked} day(s){months}, {len(result.days_differing)} differ"
        )
    if result.backup:
        parts.append(f"backup {result.backup}")
    text = "; ".join(parts)
    if result.flags:
        text += "\nthe district flagged:\n  " + "\n  ".join(result.flags)
    return text


def cmd_sync(ctx: Context, args: argparse.Namespace) -> int:
    if not args.once:
        return _run_forever(ctx)
    ledger = ctx.ledger()
    result = service.sync_once(
        ledger,
        do_reconcile=args.full,
        backup_dir=ctx.settings.backup_dir if args.full else None,
        do_orders=True,
    )
    data = dict(result.__dict__)
    data["status"] = service.status(ledger).to_json()
    ctx.emit(data, _result_text(result))
    return 0


def _run_forever(ctx: Context) -> int:
    from pos.sync.scheduler import SyncScheduler

    ctx.ledger()  # refuse early when there is no ledger
    scheduler = SyncScheduler(ctx.settings)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    scheduler.start()
    print("syncing in the background; Ctrl+C stops")
    try:
        while not stop.wait(60):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        scheduler.stop()
    return 0


def cmd_status(ctx: Context, args: argparse.Namespace) -> int:
    state = service.status(ctx.ledger())
    lines = [
        f"district: {state.server_url or 'not enrolled'}",
        f"sync running now: {state.running_elsewhere}"
        if state.running_elsewhere
        else "sync running now: no",
        f"pending: {state.pending}"
        + (f" (oldest {state.oldest_pending_at})" if state.pending else ""),
        f"need attention: {state.attention}",
        f"last success: {state.last_success_at or 'never'}",
        f"last error: {state.last_error or 'none'}",
        f"catalog version: {state.catalog_version}",
    ]
    if state.skew_warning:
        lines.append(f"clock: {state.skew_warning}")
    waiting = service.restored_pending(ctx.ledger())
    if waiting:
        lines.append("restored from a backup: no sale until it has caught up with the district")
    for flag in state.district_flags:
        lines.append(f"district flag: {flag}")
    attention = service.attention_events(ctx.ledger())
    for event in attention[:10]:
        lines.append(
            f"needs attention: event {event['seq']} ({event['kind']}): {event['last_error']}"
        )
    data = state.to_json()
    data["attention_events"] = attention
    data["restored_waiting"] = waiting
    ctx.emit(data, "\n".join(lines))
    return 0
