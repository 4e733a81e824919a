"""First-run setup of an outlet (district, standalone or demo) and changes to its details.

The counter's first-run wizard and back office call these; they hold the rules, so the
same checks apply wherever an outlet is set up or changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pos import clock
from pos.db.connection import transaction
from pos.db.outlet import outlet_q
from pos.errors import InvalidInput, NotAllowed, PosError
from pos.outlet import users
from pos.outlet.gstin import default_doc_mode
from pos.records import journal
from pos.records.ledger import DOC_MODES, Ledger, create_ledger, validate_outlet
from pos.settings import Settings

KINDS = ("district", "standalone", "demo")
_VPA = re.compile(r"^[\w.\-]{1,256}@[A-Za-z][\w.\-]{1,64}$")


@dataclass(frozen=True)
class OutletDetails:
    code: str
    name_en: str
    name_hi: str = ""
    doc_mode: str | None = None  # None: a tax invoice with a GSTIN, else a cash memo
    gstin: str | None = None
    upi_vpa: str | None = None
    device_letter: str = "A"
    address_en: str = ""
    address_hi: str = ""
    phone: str = ""


@dataclass(frozen=True)
class SetupResult:
    kind: str
    message: str  # plain words for the person setting up
    pulled: int = 0  # catalog changes applied by the first pull
    short_code: str = ""  # the till's device code, e.g. G01B (receipts G01B-2627-000001)


def validate_vpa(vpa: str | None) -> None:
    if vpa and not _VPA.fullmatch(vpa):
        raise InvalidInput(f"not a valid UPI ID: {vpa!r} (e.g. sarvgwalior@sbi)")


_PHONE = re.compile(r"\+?[0-9][0-9 \-]{5,18}")


def validate_phone(phone: str) -> None:
    """An outlet's phone: digits with spaces or '-' (an optional leading +)."""
    if phone and not _PHONE.fullmatch(phone):
        raise InvalidInput(f"a phone number is digits, spaces or '-', not {phone!r}")


def _clean(details: OutletDetails) -> OutletDetails:
    gstin = (details.gstin or "").strip().upper() or None
    vpa = (details.upi_vpa or "").strip() or None
    cleaned = OutletDetails(
        code=details.code.strip().upper(), name_en=details.name_en.strip(),
        name_hi=details.name_hi.strip(), doc_mode=details.doc_mode or default_doc_mode(gstin),
        gstin=gstin, upi_vpa=vpa,
        device_letter=details.device_letter.strip().upper() or "A",
        address_en=details.address_en.strip(), address_hi=details.address_hi.strip(),
        phone=details.phone.strip(),
    )  # fmt: skip
    validate_outlet(code=cleaned.code, name_en=cleaned.name_en, doc_mode=cleaned.doc_mode or "",
                    gstin=cleaned.gstin, device_letter=cleaned.device_letter)  # fmt: skip
    validate_vpa(cleaned.upi_vpa)
    validate_phone(cleaned.phone)
    return cleaned


def set_up_outlet(
    settings: Settings,
    kind: str,
    details: OutletDetails | None = None,
    *,
    manager_name: str = "",
    manager_pin: str = "",
    server_url: str = "",
    enrolment_code: str = "",
    ca_file: Path | None = None,
) -> SetupResult:
    """Set up the outlet in an empty data dir. ``district`` enrols with the district server
    and pulls the first catalog; ``standalone`` is a local outlet; ``demo`` the demo outlet.
    Nothing is left behind when it refuses (a wrong code, a server that cannot be reached)."""
    if kind not in KINDS:
        raise InvalidInput(f"choose one of {', '.join(KINDS)}")
    if settings.ledger_path.exists():
        raise NotAllowed(f"an outlet is already set up in {settings.data_dir}")
    if kind == "demo":
        from pos.outlet.demo import DEMO_USERS, create_demo_outlet

        _made, ledger = create_demo_outlet(settings)
        ledger.close()
        pins = ", ".join(f"{name} {pin}" for name, _role, pin, _lang in DEMO_USERS)
        return SetupResult(kind, f"the demo outlet is ready; PINs: {pins}")
    if details is None:
        raise InvalidInput("the outlet's details are needed")
    cleaned = _clean(details)
    users.validate_pin(manager_pin)
    if not manager_name.strip():
        raise InvalidInput("the manager needs a name")
    if kind == "district":
        if not server_url.strip().startswith(("http://", "https://")):
            raise InvalidInput("the server address starts with https:// (or http://)")
        if not enrolment_code.strip():
            raise InvalidInput("type the enrolment code the district gave you")
    if kind == "standalone":
        ledger = create_ledger(
            settings, code=cleaned.code, name_en=cleaned.name_en, name_hi=cleaned.name_hi,
            gstin=cleaned.gstin, doc_mode=cleaned.doc_mode, upi_vpa=cleaned.upi_vpa,
            device_letter=cleaned.device_letter, address_en=cleaned.address_en,
            address_hi=cleaned.address_hi, phone=cleaned.phone,
        )  # fmt: skip
        with ledger:
            users.add_user(ledger, manager_name, "manager", manager_pin)
        return SetupResult(kind, f"the outlet {cleaned.name_en} is ready; this till's "
                           f"receipts start {cleaned.code}{cleaned.device_letter}-. "
                           + letter_warning(cleaned.code, cleaned.code + cleaned.device_letter),
                           short_code=cleaned.code + cleaned.device_letter)  # fmt: skip
    return _set_up_enrolled(settings, cleaned, manager_name, manager_pin, server_url.strip(),
                            enrolment_code, ca_file)  # fmt: skip


def _set_up_enrolled(
    settings: Settings,
    cleaned: OutletDetails,
    manager_name: str,
    manager_pin: str,
    server_url: str,
    enrolment_code: str,
    ca_file: Path | None,
) -> SetupResult:
    """Enrol first (the district names the device letter, or, for a replacement code, the
    device this machine becomes), then create the ledger with it: a replacement imports its
    whole journal from the district. Nothing is left behind when the district refuses."""
    import uuid  # uuid imports platform: only where an id is made

    from pos.sync import service

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    pinned = service.pin_ca_file(settings.data_dir, ca_file)
    answer = service.request_enrolment(
        server_url, enrolment_code, str(uuid.uuid4()), cleaned.code, pinned, fresh=True
    )
    ledger = create_ledger(
        settings, code=cleaned.code, name_en=cleaned.name_en, name_hi=cleaned.name_hi,
        gstin=cleaned.gstin, doc_mode=cleaned.doc_mode, upi_vpa=cleaned.upi_vpa,
        device_letter=answer.short_code[-1], device_id=answer.device_id,
        initial_event=not answer.replaced, address_en=cleaned.address_en,
        address_hi=cleaned.address_hi, phone=cleaned.phone,
    )  # fmt: skip
    try:
        users.add_user(ledger, manager_name, "manager", manager_pin)
        service.adopt_enrolment(ledger, server_url, answer, pinned)
        till = f"till {answer.short_code}"
        if answer.replaced:
            till += f" (replacing it: {journal.head(ledger.db).seq} event(s) of its history)"
        try:
            result = service.sync_once(ledger, do_push=True, do_pull=True)
        except PosError as exc:  # enrolled: the background sync pulls the catalog later
            return SetupResult("district", f"enrolled with the {answer.district} district as "
                               f"{till}; the catalog will come at the next sync ({exc.message})",
                               short_code=answer.short_code)  # fmt: skip
        return SetupResult(
            "district",
            f"enrolled with the {answer.district} district as {till}; "
            f"{result.pulled} catalog change(s) pulled",
            result.pulled,
            short_code=answer.short_code,
        )
    finally:
        ledger.close()


def letter_warning(outlet_code: str, short_code: str) -> str:
    """What `pos init` and the wizard say about a standalone till's letter: tills that do
    not talk to a district cannot see each other, so two of one outlet must be given
    different letters by hand (an enrolled till gets its letter from the district)."""
    return (
        f"This till's receipts are numbered {short_code}-…. If outlet {outlet_code} has "
        f"another till, give each its own letter (pos init --device-letter B), or both "
        "print the same receipt numbers; enrolled tills get their letters from the district."
    )


def update_outlet_details(
    ledger: Ledger,
    *,
    user: users.User,
    name_en: str,
    name_hi: str,
    doc_mode: str,
    gstin: str | None,
    upi_vpa: str | None,
    address_en: str | None = None,
    address_hi: str | None = None,
) -> None:
    """Change the outlet's details (a manager only), validated as at set-up; journalled."""
    if not user.can_approve:
        raise NotAllowed("only a manager can change the outlet's details")
    outlet = ledger.outlet
    cleaned = _clean(OutletDetails(code=outlet.code, name_en=name_en, name_hi=name_hi,
                                   doc_mode=doc_mode, gstin=gstin, upi_vpa=upi_vpa,
                                   device_letter=ledger.device.short_code[-1]))  # fmt: skip
    if doc_mode not in DOC_MODES:  # pragma: no cover - validate_outlet refuses it first
        raise InvalidInput(f"document mode must be one of {', '.join(DOC_MODES)}")
    changes: dict[str, str | None] = {
        "name_en": cleaned.name_en, "name_hi": cleaned.name_hi, "doc_mode": cleaned.doc_mode,
        "gstin": cleaned.gstin, "upi_vpa": cleaned.upi_vpa,
    }  # fmt: skip
    if address_en is not None:
        changes["address_en"] = address_en.strip()
    if address_hi is not None:
        changes["address_hi"] = address_hi.strip()
    moment = clock.now_utc()
    with transaction(ledger.db):
        outlet_q.update_outlet(ledger.db, changes)
        journal.append(ledger.db, ledger.device.id, "outlet_changed",
                       {"by": user.name, "approver_id": user.id, **changes},
                       moment=moment)  # fmt: skip
    ledger.reload()


_SERVER_URL = re.compile(r"https?://[A-Za-z0-9.\-]+(:\d{1,5})?(/\S*)?")


def update_server_address(ledger: Ledger, *, user: users.User, url: str) -> bool:
    """Point an enrolled till at the district server's new address (same district, same
    device secret); journalled. Returns False when it is unchanged.

    Raises NotAllowed (not a manager, not enrolled) or InvalidInput (not an http(s) URL)."""
    if not user.can_approve:
        raise NotAllowed("only a manager can change the server address")
    if not ledger.device.enrolled:
        raise NotAllowed("this till is not enrolled with a district: use the set-up wizard")
    url = url.strip().rstrip("/")
    if not _SERVER_URL.fullmatch(url):
        raise InvalidInput(f"the server address {url!r} is not like https://district.example.in")
    if url == (ledger.device.server_url or ""):
        return False
    with transaction(ledger.db):
        outlet_q.update_device(ledger.db, {"server_url": url})
        journal.append(ledger.db, ledger.device.id, "server_address_changed",
                       {"by": user.name, "from": ledger.device.server_url, "to": url})  # fmt: skip
    ledger.reload()
    return True


def save_settings(
    ledger: Ledger,
    *,
    user: users.User,
    outlet: dict[str, str | None] | None = None,
    values: dict[str, str] | None = None,
    server_url: str | None = None,
) -> list[str]:
    """The back office's settings save (a manager only): the outlet's details and any changed
    settings, every value checked before anything is written. Returns the keys changed."""
    from pos.outlet import config

    if not user.can_approve:
        raise NotAllowed("only a manager can change the settings")
    values = values or {}
    current = config.all_values(ledger)
    changed = {k: v.strip() for k, v in values.items() if current.get(k) != v.strip()}
    for key, value in changed.items():
        spec = config.setting(key)
        if spec.secret:
            raise NotAllowed(f"{key} cannot be changed here")
        if not re.fullmatch(spec.pattern, value):
            raise InvalidInput(f"{key}: {value!r} is not valid ({spec.help})")
    if outlet is not None:
        now = ledger.outlet
        fields = {"name_en": now.name_en, "name_hi": now.name_hi, "doc_mode": now.doc_mode,
                  "gstin": now.gstin, "upi_vpa": now.upi_vpa, **outlet}  # fmt: skip
        _clean(OutletDetails(code=now.code, name_en=fields["name_en"] or "",
                             name_hi=fields["name_hi"] or "", doc_mode=fields["doc_mode"] or "",
                             gstin=fields["gstin"], upi_vpa=fields["upi_vpa"],
                             device_letter=ledger.device.short_code[-1]))  # fmt: skip
    if server_url is not None and ledger.device.enrolled:
        url = server_url.strip().rstrip("/")
        if not _SERVER_URL.fullmatch(url):
            raise InvalidInput(
                f"the server address {url!r} is not like https://district.example.in"
            )
    if changed:
        with transaction(ledger.db):
            for key, value in changed.items():
                config.set_value(ledger, key, value)
            payload = {"by": user.name, "approver_id": user.id, "settings": changed}
            journal.append(ledger.db, ledger.device.id, "settings_changed", payload)
    moved = server_url is not None and ledger.device.enrolled
    if moved and update_server_address(ledger, user=user, url=server_url or ""):
        changed["server_url"] = server_url or ""
    if outlet is not None:
        update_outlet_details(
            ledger, user=user, name_en=fields["name_en"] or "", name_hi=fields["name_hi"] or "",
            doc_mode=fields["doc_mode"] or "", gstin=fields["gstin"], upi_vpa=fields["upi_vpa"],
        )  # fmt: skip
    return sorted(changed)


def check_backup(source: Path) -> None:
    """Refuse a backup file that is missing or fails SQLite's integrity check (before the
    counter closes anything to restore it)."""
    from pos.db import connection
    from pos.errors import LedgerCorrupt, NotFound

    if not source.is_file():
        raise NotFound(f"no backup file at {source}")
    problems = connection.integrity_problems(source)
    if problems:
        raise LedgerCorrupt(f"{source.name} fails the integrity check ({problems[0]}); "
                            "nothing was replaced. Choose another backup.")  # fmt: skip


def record_restore(ledger: Ledger, *, approver: users.User, source: Path) -> None:
    """Journal who approved replacing this ledger with a backup, in this ledger (the restore
    keeps a copy of it). Not in the restored one: its next sequence numbers may already be at
    the district, and the restore catches up from there first. Raises ApprovalRequired."""
    from pos.errors import ApprovalRequired

    if not approver.can_approve:
        raise ApprovalRequired("a restore needs a manager's approval")
    with transaction(ledger.db):
        journal.append(ledger.db, ledger.device.id, "ledger_restore_approved",
                       {"by": approver.name, "approver_id": approver.id,
                        "source": source.name})  # fmt: skip
