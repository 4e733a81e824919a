"""The outlet's details as the back office edits them in one save: name, address and phone in
both languages, the receipt footer, GSTIN and document mode, UPI ID (``setup`` checks those
as at set-up), and where its backups stand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pos.db.connection import transaction
from pos.db.outlet import outlet_q
from pos.errors import InvalidInput
from pos.outlet import setup
from pos.outlet.users import User
from pos.records import backup, journal
from pos.records.ledger import Ledger
from pos.settings import Settings

FOOTER_MAX = 96  # two lines of an 80 mm receipt


@dataclass(frozen=True)
class BackupState:
    folder: Path
    newest: Path | None
    age_s: float | None


def save_outlet(ledger: Ledger, fields: dict[str, str], *, user: User) -> None:
    """Save every detail at once (keys: name_en, name_hi, address_en, address_hi, phone,
    footer_en, footer_hi, doc_mode, gstin, upi_vpa), all checked before anything is written.
    Raises InvalidInput (a bad GSTIN, UPI ID, phone, a footer too long), NotAllowed."""
    phone = fields.get("phone", "").strip()
    setup.validate_phone(phone)
    for key in ("footer_en", "footer_hi"):
        if len(fields.get(key, "").strip()) > FOOTER_MAX:
            raise InvalidInput(f"the receipt footer is at most {FOOTER_MAX} characters")
    with transaction(ledger.db):
        setup.update_outlet_details(
            ledger, user=user, name_en=fields["name_en"], name_hi=fields["name_hi"],
            doc_mode=fields["doc_mode"], gstin=fields.get("gstin") or None,
            upi_vpa=fields.get("upi_vpa") or None, address_en=fields.get("address_en", ""),
            address_hi=fields.get("address_hi", ""),
        )  # fmt: skip
        contact = {"phone": phone, "footer_en": fields.get("footer_en", "").strip(),
                   "footer_hi": fields.get("footer_hi", "").strip()}  # fmt: skip
        outlet_q.update_outlet(ledger.db, contact)
        journal.append(ledger.db, ledger.device.id, "outlet_changed",
                       {"by": user.name, "approver_id": user.id, **contact})  # fmt: skip
    ledger.reload()


def backup_state(ledger: Ledger, settings: Settings) -> BackupState:
    folder = backup.backup_folder(ledger, settings)
    found = sorted(folder.glob(f"ledger-{ledger.device.short_code}-*.sqlite"),
                   key=lambda p: p.stat().st_mtime)  # fmt: skip
    return BackupState(folder, found[-1] if found else None,
                       backup.last_backup_age_s(ledger, settings))  # fmt: skip
