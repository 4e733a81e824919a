"""`pos init`, `pos demo`, `pos users`, `pos clock confirm`, `pos backup`, `pos restore`."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from pos.cli.common import Context, add_json, read_pin
from pos.errors import ApprovalRequired
from pos.outlet import setup, users
from pos.outlet.demo import create_demo_outlet
from pos.records import backup
from pos.records.ledger import DOC_MODES, create_ledger


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="set up a new outlet ledger in the data folder")
    p.add_argument("--code", required=True, help="outlet code, 2-3 capitals/digits (e.g. G01)")
    p.add_argument("--name", required=True, help="outlet name in English")
    p.add_argument("--name-hi", default="", help="outlet name in Hindi")
    p.add_argument("--address", default="", help="address in English")
    p.add_argument("--address-hi", default="", help="address in Hindi")
    p.add_argument("--gstin", help="GSTIN (checked; needed for a tax invoice or bill of supply)")
    p.add_argument(
        "--doc-mode",
        choices=DOC_MODES,
        help="document mode (default: tax_invoice with a GSTIN, else cash_memo)",
    )
    p.add_argument("--upi", help="the outlet's UPI VPA (for QR payments)")
    p.add_argument("--device-letter", default="A", help="this till's letter (A, B, ...)")
    p.add_argument("--manager", required=True, help="name of the first manager (PIN: POS_PIN)")
    p.add_argument(
        "--server",
        help="enrol with this district server at once (the district assigns the letter)",
    )
    p.add_argument(
        "--enrol-code",
        help="with --server: the outlet's enrolment code, or a replacement code that makes"
        " this machine the replacement of a dead till (its history comes from the district)",
    )
    p.add_argument("--ca-file", help="with --server: the district's own CA certificate (PEM)")
    add_json(p)
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="set up the demo outlet (catalog, SHGs, users, stock)")
    add_json(p)
    p.set_defaults(handler=cmd_demo)

    users_p = sub.add_parser("users", help="manage users")
    users_sub = users_p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    p = users_sub.add_parser("add", help="add a user (PIN from POS_NEW_PIN or a prompt)")
    p.add_argument("name", help="the user's name")
    p.add_argument("--role", choices=users.ROLES, default="cashier", help="cashier|manager|admin")
    p.add_argument("--language", choices=("en", "hi"), default="en", help="screen language")
    p.add_argument("--approver", required=True, help="manager authorising (POS_APPROVER_PIN)")
    add_json(p)
    p.set_defaults(handler=cmd_users_add)
    p = users_sub.add_parser("list", help="list users")
    add_json(p)
    p.set_defaults(handler=cmd_users_list)

    clock_p = sub.add_parser("clock", help="the device clock")
    clock_sub = clock_p.add_subparsers(dest="clock_command", metavar="ACTION", required=True)
    p = clock_sub.add_parser("confirm", help="a manager confirms the clock after it went back")
    p.add_argument("--approver", required=True, help="manager confirming (POS_APPROVER_PIN)")
    add_json(p)
    p.set_defaults(handler=cmd_clock_confirm)

    p = sub.add_parser("backup", help="SQLite online backup of the ledger")
    p.add_argument("--to", help="backup folder (default: DATA_DIR/backups; may be a USB stick)")
    p.add_argument("--keep", type=int, help="keep only the newest N backups in the folder")
    p.add_argument(
        "--auto",
        action="store_true",
        help="the automatic backup: into the backup_folder setting, keeping backup_keep, and"
        " only when the last one is older than 24 h",
    )
    add_json(p)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("diagnostics", help="write a zip of versions, settings, logs and checks")
    p.add_argument("--out", help="the zip to write (default: DATA_DIR/diagnostics-TIME.zip)")
    add_json(p)
    p.set_defaults(handler=cmd_diagnostics)

    register_settings(sub)

    p = sub.add_parser("restore", help="replace the ledger with a backup (integrity-checked)")
    p.add_argument("file", help="the backup file to restore")
    add_json(p)
    p.set_defaults(handler=cmd_restore)


def cmd_init(ctx: Context, args: argparse.Namespace) -> None:
    pin = read_pin("POS_PIN", f"New PIN for {args.manager}: ")
    users.validate_pin(pin)
    if args.server or args.enrol_code:
        _init_enrolled(ctx, args, pin)
        return
    ledger = create_ledger(
        ctx.settings,
        code=args.code,
        name_en=args.name,
        name_hi=args.name_hi,
        address_en=args.address,
        address_hi=args.address_hi,
        gstin=args.gstin,
        doc_mode=args.doc_mode,
        upi_vpa=args.upi,
        device_letter=args.device_letter,
    )
    with ledger:
        users.add_user(ledger, args.manager, "manager", pin)
        warning = setup.letter_warning(ledger.outlet.code, ledger.device.short_code)
        ctx.emit(
            {
                "device_id": ledger.device.id,
                "short_code": ledger.device.short_code,
                "ledger": str(ledger.path),
                "warning": warning,
            },
            f"outlet {ledger.outlet.code} set up: device {ledger.device.short_code}"
            f" ({ledger.device.id}), ledger {ledger.path}\n{warning}",
        )


def _init_enrolled(ctx: Context, args: argparse.Namespace, pin: str) -> None:
    from pos.errors import InvalidInput

    if not (args.server and args.enrol_code):
        raise InvalidInput("--server and --enrol-code go together")
    details = setup.OutletDetails(
        code=args.code, name_en=args.name, name_hi=args.name_hi, doc_mode=args.doc_mode,
        gstin=args.gstin, upi_vpa=args.upi,
    )  # fmt: skip
    result = setup.set_up_outlet(
        ctx.settings, "district", details, manager_name=args.manager, manager_pin=pin,
        server_url=args.server, enrolment_code=args.enrol_code,
        ca_file=Path(args.ca_file) if args.ca_file else None,
    )  # fmt: skip
    ledger = ctx.ledger()
    ctx.emit(
        {"device_id": ledger.device.id, "short_code": result.short_code,
         "ledger": str(ledger.path), "pulled": result.pulled},
        result.message,
    )  # fmt: skip


def cmd_demo(ctx: Context, args: argparse.Namespace) -> None:
    created, ledger = create_demo_outlet(ctx.settings)
    with ledger:
        text = "demo outlet ready" if created else "demo outlet already set up"
        ctx.emit(
            {"created": created, "ledger": str(ledger.path), "outlet": ledger.outlet.code},
            f"{text} at {ledger.path}\n  manager: Meena, PIN 1234\n  cashier: Ravi, PIN 1111"
            "\n  cashier (Hindi screens): Sunita, PIN 2222",
        )


def cmd_users_add(ctx: Context, args: argparse.Namespace) -> None:
    ledger = ctx.ledger()
    approver = ctx.approver(args.approver, "adding a user")
    if approver is None:
        raise ApprovalRequired("adding a user needs a manager's approval")
    pin = os.environ.get("POS_NEW_PIN") or read_pin("POS_NEW_PIN", f"New PIN for {args.name}: ")
    user = users.add_user(ledger, args.name, args.role, pin, args.language)
    ctx.emit(
        {"id": user.id, "name": user.name, "role": user.role, "language": user.language},
        f"added {user.role} {user.name}",
    )


def cmd_users_list(ctx: Context, args: argparse.Namespace) -> None:
    found = users.list_users(ctx.ledger())
    ctx.emit(
        {"users": [{"name": u.name, "role": u.role, "language": u.language} for u in found]},
        "\n".join(f"{u.name:20} {u.role:8} {u.language}" for u in found) or "no users",
    )


def cmd_clock_confirm(ctx: Context, args: argparse.Namespace) -> None:
    ledger = ctx.ledger()
    approver = ctx.approver(args.approver, "confirming the clock")
    if approver is None:
        raise ApprovalRequired("confirming the clock needs a manager's approval")
    event = users.confirm_clock(ledger, approver)
    ctx.emit(
        {"seq": event.seq, "confirmed_at": event.created_at},
        f"clock confirmed by {approver.name} at {event.created_at}",
    )


def cmd_backup(ctx: Context, args: argparse.Namespace) -> None:
    if args.auto:
        made = backup.backup_if_due(ctx.ledger(), ctx.settings)
        ctx.emit(
            {"backup": str(made) if made else None},
            f"backed up to {made}" if made else "not due: the last backup is under 24 h old",
        )
        return
    folder = Path(args.to) if args.to else ctx.settings.backup_dir
    target = backup.backup_ledger(ctx.ledger(), folder, keep=args.keep)
    ctx.emit({"backup": str(target)}, f"backed up to {target}")


def cmd_restore(ctx: Context, args: argparse.Namespace) -> None:
    saved = backup.restore_ledger(ctx.settings, Path(args.file))
    note = f" (the ledger it replaced was saved as {saved})" if saved else ""
    caught_up, waiting = _catch_up_after_restore(ctx)
    if waiting:
        note += (
            f"\nthis till is enrolled: it sells again once it has caught up with the district"
            f" ({waiting})"
        )
    elif caught_up is not None:
        note += f"\ncaught up with the district: {caught_up[0]} event(s) imported"
        if caught_up[1]:
            note += f", the rows of {caught_up[1]} rebuilt (this till's X/Z, stock and reports"
            note += " include them)"
    needing = users.needing_pin(ctx.ledger())
    for name in needing:
        note += (
            f"\n{name} was added after this backup and has no PIN on this till: a manager"
            " sets a new one (back office, People, Reset PIN)"
        )
    ctx.emit(
        {"restored": args.file, "previous_saved_as": str(saved) if saved else None,
         "caught_up_events": caught_up[0] if caught_up else None,
         "rows_rebuilt_events": caught_up[1] if caught_up else None,
         "users_needing_pin": needing,
         "waiting_for_district": waiting or None},
        f"restored {args.file}{note}",
    )  # fmt: skip


def _catch_up_after_restore(ctx: Context) -> tuple[tuple[int, int] | None, str]:
    """((events imported, of those with rows rebuilt), "") after a restore on an enrolled
    till; (None, why) when it could not reach the district yet; (None, "") on a till that is
    not enrolled."""
    from pos.errors import PosError
    from pos.sync import service

    ledger = ctx.ledger()
    if not service.restored_pending(ledger):
        return None, ""
    try:
        result = service.sync_once(ledger, do_push=True, do_pull=False)
    except PosError as exc:
        return None, exc.message
    return (result.caught_up, result.caught_up_rebuilt), ""


def cmd_diagnostics(ctx: Context, args: argparse.Namespace) -> None:
    from pos import clock
    from pos.diagnostics import write_diagnostics

    stamp = clock.local(clock.now_utc()).strftime("%Y%m%d-%H%M%S")
    target = Path(args.out) if args.out else ctx.settings.data_dir / f"diagnostics-{stamp}.zip"
    write_diagnostics(ctx.ledger(), target)
    ctx.emit({"diagnostics": str(target)}, f"diagnostics written to {target}")


def register_settings(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    settings_p = sub.add_parser("settings", help="the outlet's settings (see the README)")
    settings_sub = settings_p.add_subparsers(dest="settings_command", metavar="ACTION",
                                             required=True)  # fmt: skip
    p = settings_sub.add_parser("list", help="every setting with its value")
    add_json(p)
    p.set_defaults(handler=cmd_settings_list)
    p = settings_sub.add_parser("set", help="change a setting (a manager approves)")
    p.add_argument("key", help="the setting's name")
    p.add_argument("value", help="the new value")
    p.add_argument("--approver", required=True, help="manager approving (POS_APPROVER_PIN)")
    add_json(p)
    p.set_defaults(handler=cmd_settings_set)


def cmd_settings_list(ctx: Context, args: argparse.Namespace) -> None:
    from pos.outlet import config

    values = config.all_values(ctx.ledger())
    ctx.emit(values, "\n".join(f"{k:26} {v}" for k, v in values.items()))


def cmd_settings_set(ctx: Context, args: argparse.Namespace) -> None:
    from pos.outlet import config

    if ctx.approver(args.approver, "changing a setting") is None:
        raise ApprovalRequired("changing a setting needs a manager's approval")
    config.set_value(ctx.ledger(), args.key, args.value)
    ctx.emit({args.key: config.get(ctx.ledger(), args.key)}, f"{args.key} = {args.value}")
