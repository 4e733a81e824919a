"""Per-outlet printer settings, kept in the ledger's ``settings`` table.

Declared with their defaults and help in pos.outlet.config (the one registry of settings);
`pos print setup` changes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pos.db.connection import transaction
from pos.db.outlet import outlet_q
from pos.errors import InvalidInput
from pos.outlet import config
from pos.printing.printers.transport import PrinterTarget, parse_printer_uri
from pos.records.ledger import Ledger

PRINTER_KEYS = (
    "printer_uri", "printer_width_dots", "printer_cutter", "printer_drawer_pin", "print_upi_qr",
    "printer_status_check", "printer_timeout_s",
)  # fmt: skip


@dataclass(frozen=True)
class PrinterConfig:
    uri: str
    width_dots: int
    cutter: bool
    drawer_pin: int | None
    upi_qr: str
    status_check: str
    timeout_s: float

    @property
    def target(self) -> PrinterTarget | None:
        return parse_printer_uri(self.uri) if self.uri else None

    def checks_status(self, target: PrinterTarget) -> bool:
        if self.status_check == "auto":
            return target.answers_status
        return self.status_check == "on"


def validate(key: str, value: str) -> str:
    """Check a printer setting against its declaration in pos.outlet.config (and a URI's form)."""
    if key not in PRINTER_KEYS:
        raise InvalidInput(f"unknown printer setting {key!r}; known: {', '.join(PRINTER_KEYS)}")
    spec = config.setting(key)
    value = value.strip()
    if not re.fullmatch(spec.pattern, value):
        raise InvalidInput(f"{key}: {value!r} is not valid ({spec.help})")
    if key == "printer_uri" and value:
        parse_printer_uri(value)
    return value


def printer_config(ledger: Ledger, uri: str | None = None) -> PrinterConfig:
    """The outlet's printer settings (``uri`` overrides the stored printer for one job)."""
    values = current_settings(ledger)
    pin = values["printer_drawer_pin"]
    return PrinterConfig(
        uri=uri or values["printer_uri"],
        width_dots=int(values["printer_width_dots"]),
        cutter=values["printer_cutter"] == "yes",
        drawer_pin=None if pin == "none" else int(pin),
        upi_qr=values["print_upi_qr"],
        status_check=values["printer_status_check"],
        timeout_s=float(values["printer_timeout_s"]),
    )


def put_printer_settings(ledger: Ledger, changes: dict[str, str]) -> dict[str, str]:
    checked = {key: validate(key, value) for key, value in changes.items()}
    with transaction(ledger.db):
        for key, value in checked.items():
            outlet_q.put_setting(ledger.db, key, value)
    return checked


def current_settings(ledger: Ledger) -> dict[str, str]:
    values = config.all_values(ledger)
    return {key: values[key] for key in PRINTER_KEYS}
