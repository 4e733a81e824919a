"""The ledger handle: one SQLite file per device, opened with the right pragmas and migrated.

Domain functions take a ``Ledger`` and return frozen dataclasses.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from pos import clock
from pos.db import connection
from pos.db.outlet import outlet_q
from pos.errors import InvalidInput, LedgerCorrupt, NotFound, PosError, StorageError
from pos.outlet.gstin import check_gstin, default_doc_mode
from pos.records import journal
from pos.settings import Settings

DOC_MODES = ("tax_invoice", "bill_of_supply", "cash_memo")


@dataclass(frozen=True)
class Outlet:
    code: str
    name_en: str
    name_hi: str
    address_en: str
    address_hi: str
    gstin: str | None
    doc_mode: str
    upi_vpa: str | None
    phone: str
    footer_en: str
    footer_hi: str


@dataclass(frozen=True)
class Device:
    id: str
    short_code: str
    enrolled: bool
    server_url: str | None


class Ledger:
    """An open outlet ledger. Not thread-safe: one thread owns it (readers open their own)."""

    def __init__(self, db: sqlite_utils.Database, path: Path) -> None:
        self.db = db
        self.path = path
        device = outlet_q.get_device(db)
        if device is None:
            raise LedgerCorrupt(f"{path} has no device record; run `pos init` first")
        self.device = Device(
            id=device["id"],
            short_code=device["short_code"],
            enrolled=device["enrolled_at"] is not None,
            server_url=device["server_url"],
        )
        self._outlet: Outlet | None = None
        self.cache: dict[str, Any] = {}

    @property
    def outlet(self) -> Outlet:
        if self._outlet is None:
            row = outlet_q.get_outlet(self.db)
            if row is None:
                raise LedgerCorrupt("the ledger has no outlet record")
            row.pop("id")
            if not row["gstin"]:  # unregistered: cash memos, whatever an older version stored
                row["doc_mode"] = "cash_memo"
            self._outlet = Outlet(**row)
        return self._outlet

    def reload(self) -> None:
        """Forget cached catalog and outlet data (after an import or a settings change)."""
        self._outlet = None
        self.cache.clear()
        device = outlet_q.get_device(self.db)
        if device is not None:
            self.device = Device(
                id=device["id"],
                short_code=device["short_code"],
                enrolled=device["enrolled_at"] is not None,
                server_url=device["server_url"],
            )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def validate_outlet(
    *, code: str, name_en: str, doc_mode: str, gstin: str | None, device_letter: str
) -> None:
    if not re.fullmatch(r"[A-Z0-9]{2,3}", code):
        raise InvalidInput("outlet code must be 2 or 3 capital letters or digits, e.g. G01")
    if not re.fullmatch(r"[A-Z]", device_letter):
        raise InvalidInput("device letter must be one capital letter, e.g. A")
    if not name_en.strip():
        raise InvalidInput("the outlet needs a name")
    if doc_mode not in DOC_MODES:
        raise InvalidInput(f"document mode must be one of {', '.join(DOC_MODES)}")
    if doc_mode == "tax_invoice" and not gstin:
        raise InvalidInput("a tax-invoice outlet needs its GSTIN")
    if doc_mode == "bill_of_supply" and not gstin:
        raise InvalidInput(
            "a bill of supply carries the outlet's GSTIN: give it, or issue cash memos "
            "(an outlet that is not registered for GST)"
        )
    if gstin:
        check_gstin(gstin)


def create_ledger(
    settings: Settings,
    *,
    code: str,
    name_en: str,
    name_hi: str = "",
    address_en: str = "",
    address_hi: str = "",
    gstin: str | None = None,
    doc_mode: str | None = None,
    upi_vpa: str | None = None,
    device_letter: str = "A",
    phone: str = "",
    footer_en: str = "",
    footer_hi: str = "",
    device_id: str | None = None,
    initial_event: bool = True,
) -> Ledger:
    """Create a new ledger file for one device of an outlet; refuses if one exists.

    ``doc_mode`` None: a tax invoice with a GSTIN, else a cash memo (pos.outlet.gstin).
    ``device_id``/``initial_event=False``: a replacement till, whose device id comes from the
    district and whose journal (from seq 1) is imported from it (pos.sync.restore.catchup)."""
    code = code.strip().upper()
    gstin = gstin.strip().upper() if gstin else None
    doc_mode = doc_mode or default_doc_mode(gstin)
    validate_outlet(
        code=code, name_en=name_en, doc_mode=doc_mode, gstin=gstin, device_letter=device_letter
    )
    path = settings.ledger_path
    if path.exists():
        raise PosError(f"an outlet ledger already exists at {path}")
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the data folder {settings.data_dir}: {exc}") from exc
    db = connection.connect(path)
    try:
        connection.migrate(db, None)
        import uuid  # uuid imports platform: only where an id is made

        device_id = device_id or str(uuid.uuid4())
        moment = clock.now_utc()
        with connection.transaction(db):
            outlet_q.insert_outlet(
                db,
                {
                    "code": code,
                    "name_en": name_en.strip(),
                    "name_hi": name_hi.strip(),
                    "address_en": address_en,
                    "address_hi": address_hi,
                    "gstin": gstin,
                    "doc_mode": doc_mode,
                    "upi_vpa": upi_vpa,
                    "phone": phone,
                    "footer_en": footer_en,
                    "footer_hi": footer_hi,
                },
            )
            outlet_q.insert_device(db, device_id, code + device_letter, clock.to_iso(moment))
            if initial_event:
                journal.append(
                    db,
                    device_id,
                    "device_initialised",
                    {"outlet_code": code, "short_code": code + device_letter,
                     "doc_mode": doc_mode},
                    moment=moment,
                )  # fmt: skip
    except BaseException:
        db.close()
        remove_ledger_files(path)
        raise
    return Ledger(db, path)


class LedgerDamaged(LedgerCorrupt):
    """The ledger file fails SQLite's check at start-up (restore it from a backup)."""

    def __init__(self, message: str, path: Path, problem: str) -> None:
        super().__init__(message)
        self.path = path
        self.problem = problem


def remove_ledger_files(path: Path) -> None:
    """Delete a ledger file with its WAL and shared-memory files (a set-up that failed)."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)


def open_ledger(settings: Settings, *, readonly: bool = False, check: bool = False) -> Ledger:
    """Open the outlet's ledger, migrating it (with a backup first) when it is older.

    ``check`` (the app's start): run SQLite's quick_check first and raise LedgerDamaged when
    the file is damaged. A ledger from a newer Sarv POS raises LedgerCorrupt (migrate).
    """
    path = settings.ledger_path
    if not path.exists():
        raise NotFound(
            f"no outlet ledger at {path}: run `pos init` (or `pos demo`) first, or give --data-dir"
        )
    try:
        db = connection.connect(path, readonly=readonly)
    except LedgerCorrupt as exc:
        if check:
            problem = str(exc.__cause__ or exc.message)
            raise LedgerDamaged(
                f"the ledger file {path} is damaged ({problem})", path, problem
            ) from exc
        raise
    try:
        if check:
            problems = connection.quick_check_problems(db)
            if problems:
                lines = [x for p in problems for x in p.splitlines() if not x.startswith("***")]
                problem = lines[0] if lines else problems[0]
                raise LedgerDamaged(f"the ledger file {path} is damaged ({problem})", path, problem)
        if "events" not in db.table_names():
            raise LedgerCorrupt(f"{path} is not a Sarv POS ledger")
        if not readonly:
            connection.migrate(db, path)
        return Ledger(db, path)
    except sqlite3.DatabaseError as exc:
        db.close()
        if check:
            raise LedgerDamaged(
                f"the ledger file {path} is damaged ({exc})", path, str(exc)
            ) from exc
        raise connection.storage_error(exc, path) from exc
    except BaseException:
        db.close()
        raise
