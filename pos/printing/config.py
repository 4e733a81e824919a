"""Per-outlet printer settings, kept in the ledger's ``settings`` table.

Declared once here with their defaults and help; `pos print setup` changes them and
README.d/printing.md lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos.db import outlet_q
from pos.db.connection import transaction
from pos.errors import InvalidInput
from pos.ledger import Ledger
from pos.printing.transport import PrinterTarget, parse_printer_uri


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: str
    choices: tuple[str, ...]  # empty: free text
    help: str


SETTINGS = (
    SettingSpec("printer_uri", "", (), "the receipt printer, e.g. tcp://192.168.1.50:9100"),
    SettingSpec("printer_width_dots", "576", ("384", "576"),
                "paper width: 384 (58 mm), 576 (80 mm)"),
    SettingSpec("printer_cutter", "yes", ("yes", "no"), "whether the printer has an auto-cutter"),
    SettingSpec("printer_drawer_pin", "2", ("2", "5", "none"), "cash drawer connector pin"),
    SettingSpec("print_upi_qr", "upi", ("upi", "always", "never"),
                "UPI QR on receipts: when paid by UPI, always, or never"),
    SettingSpec("printer_status_check", "auto", ("auto", "on", "off"),
                "ask the printer for paper status (auto: network printers only)"),
    SettingSpec("printer_timeout_s", "4", (), "seconds to wait for the printer (1-30)"),
)  # fmt: skip
SPECS = {spec.key: spec for spec in SETTINGS}


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
    spec = SPECS.get(key)
    if spec is None:
        raise InvalidInput(f"unknown printer setting {key!r}; known: {', '.join(SPECS)}")
    value = value.strip()
    if spec.choices and value not in spec.choices:
        raise InvalidInput(f"{key} must be one of {', '.join(spec.choices)}, not {value!r}")
    if key == "printer_uri" and value:
        parse_printer_uri(value)
    if key == "printer_timeout_s" and not (value.isdigit() and 1 <= int(value) <= 30):
        raise InvalidInput("printer_timeout_s must be a whole number of seconds from 1 to 30")
    return value


def printer_config(ledger: Ledger, uri: str | None = None) -> PrinterConfig:
    """The outlet's printer settings (``uri`` overrides the stored printer for one job)."""
    stored = outlet_q.get_settings(ledger.db)
    values = {spec.key: stored.get(spec.key, spec.default) for spec in SETTINGS}
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
    stored = outlet_q.get_settings(ledger.db)
    return {spec.key: stored.get(spec.key, spec.default) for spec in SETTINGS}
