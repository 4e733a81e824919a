"""`pos-server outlet|device`: outlets and their enrolment codes, the tills (list, replace a
dead one, revoke); each change audited as actor pos-server in its own transaction."""

from __future__ import annotations

import argparse
from typing import Any

from pos.server.commands.common import add, emit, table
from pos.server.storage.store import Store
from pos.server.tills import devices


def _audited(store: Store) -> Any:
    """The audit writer, its table made on an older database (the shell's changes are
    audited like the office's, as actor pos-server)."""
    from pos.server.web import accounts

    store.check_ready()
    store.upgrade()
    accounts.ensure_tables(store)
    return accounts.audit


def cmd_outlet_add(store: Store, args: argparse.Namespace) -> int:
    audit = _audited(store)
    outlet = args.code.strip().upper()
    with store.tx() as conn:  # the outlet, its code and the audit row together
        code = store.add_outlet(args.code, args.name or "", args.gstin)
        after = {"name": (args.name or "").strip(), **({"gstin": args.gstin} if args.gstin else {})}
        audit(conn, "pos-server", "outlet.code", outlet, None, after)
    emit(
        args,
        {"outlet": args.code.upper(), "enrolment_code": code},
        f"outlet {args.code.upper()}: one-time enrolment code {code}\n"
        f"on the till: pos enroll --server URL --code {code}",
    )
    return 0


def cmd_outlet_revoke(store: Store, args: argparse.Namespace) -> int:
    audit = _audited(store)
    with store.tx() as conn:
        ids = devices.revoke(store, args.who)
        audit(conn, "pos-server", "till.revoke", args.who.strip(), None, {"revoked": ids})
    emit(args, {"revoked": ids}, "revoked: " + ", ".join(ids))
    return 0


def cmd_outlet_code(store: Store, args: argparse.Namespace) -> int:
    store.check_ready()
    code = devices.fresh_code(store, args.code)
    emit(
        args,
        {"outlet": args.code.upper(), "enrolment_code": code},
        f"outlet {args.code.upper()}: one-time enrolment code {code}\n"
        f"on a new till: pos enroll --server URL --code {code}\n"
        "a revoked till that may come back enrols again with it (keeps its letter and history)",
    )
    return 0


def cmd_device_list(store: Store, args: argparse.Namespace) -> int:
    found = devices.list_devices(store, args.outlet)
    rows = [dict(d.__dict__) for d in found]
    text = table(
        [
            {
                "short_code": d.short_code,
                "device_id": d.device_id,
                "held_seq": d.contiguous_seq,
                "pending": "" if d.pending_reported is None else d.pending_reported,
                "version": d.app_version or "",
                "enrolled_at": d.enrolled_at[:19],
                "last_seen_at": (d.last_seen_at or "")[:19],
                "revoked": (d.revoked_at or "")[:19],
            }
            for d in found
        ],
        "text",
    )
    emit(args, {"devices": rows}, text)
    return 0


def cmd_device_replace(store: Store, args: argparse.Namespace) -> int:
    audit = _audited(store)
    with store.tx() as conn:
        code, device = devices.replacement_code(store, args.who)
        audit(conn, "pos-server", "till.replace", f"{device.short_code} {device.device_id}",
              None, {"replacement_code": "issued"})  # fmt: skip
    emit(
        args,
        {"device_id": device.device_id, "short_code": device.short_code, "replacement_code": code},
        f"till {device.short_code} ({device.device_id}): one-time replacement code {code}\n"
        f"on the new machine: pos enroll --server URL --code {code} --replacement"
        " (an empty data folder, or a restored backup of that till)\n"
        "the old machine's key stops working when the new one enrols",
    )
    return 0


def register(sub: Any) -> None:
    """Add this area's commands to the `pos-server` subparsers ``sub``."""
    outlet = sub.add_parser("outlet", help="register outlets and revoke devices")
    outlet_sub = outlet.add_subparsers(dest="outlet_command", metavar="ACTION")
    add_outlet = add(
        outlet_sub, "add", cmd_outlet_add, "register an outlet, print an enrolment code"
    )
    add_outlet.add_argument("code", help="outlet code, e.g. G01")
    add_outlet.add_argument("--name", help="the outlet's name (needed the first time)")
    add_outlet.add_argument(
        "--gstin",
        help="the outlet's GSTIN (checked like the till's; the district's copy is the one the"
        " GST page uses; given again for an existing outlet it replaces it)",
    )
    revoke = add(
        outlet_sub, "revoke", cmd_outlet_revoke, "revoke a device or every device of an outlet"
    )
    revoke.add_argument("who", help="device id, device short code (G01A) or outlet code (G01)")
    fresh = add(
        outlet_sub, "code", cmd_outlet_code, "a fresh one-time enrolment code for an outlet"
    )
    fresh.add_argument("code", help="outlet code, e.g. G01")
    device = sub.add_parser("device", help="the tills: list, replace a dead one, revoke")
    device_sub = device.add_subparsers(dest="device_command", metavar="ACTION")
    listing = add(device_sub, "list", cmd_device_list, "every till with its letter and state")
    listing.add_argument("--outlet", help="only this outlet's tills")
    replace = add(
        device_sub, "replace", cmd_device_replace,
        "a one-time code that moves a dead till to a new machine",
    )  # fmt: skip
    replace.add_argument("who", help="the dead till: device id or short code (G01A)")
    revoke_dev = add(device_sub, "revoke", cmd_outlet_revoke, "revoke a till (or an outlet's)")
    revoke_dev.add_argument("who", help="device id, device short code (G01A) or outlet code (G01)")
