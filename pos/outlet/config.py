"""Outlet settings, declared once with their defaults and help (stored in the `settings` table).

Every setting here is documented in the README (a test checks). Read them with ``get`` /
``get_int`` / ``get_bool``; change them with ``set_value``, which validates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pos.db.connection import transaction
from pos.db.outlet import outlet_q
from pos.errors import InvalidInput, NotFound
from pos.products.barcodes import SCALE_TEMPLATE
from pos.records.ledger import Ledger


@dataclass(frozen=True)
class Setting:
    key: str
    default: str
    help: str
    pattern: str = r".*"  # what a valid value looks like (full match)
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("variance_threshold_paise", "10000",
            "a cash variance larger than this (in paise) at shift close needs a manager",
            r"\d{1,9}"),
    Setting("commission", "pct:1000",
            "the centre's commission on SHG sales: pct:BASIS_POINTS (1000 = 10 %) or margin"
            " (MRP minus the agreed SHG price)", r"pct:\d{1,5}|margin"),
    Setting("printer_uri", "",
            "the receipt printer: tcp://HOST:9100, usb://VID:PID, serial:///dev/ttyUSB0?baud=9600,"
            " file:///dev/usb/lp0 or win32://Printer Name; empty = no printer"),
    Setting("printer_width_dots", "576", "paper width in dots: 576 (80 mm) or 384 (58 mm)",
            r"576|384"),
    Setting("printer_cutter", "yes", "whether the printer has an auto-cutter: yes or no",
            r"yes|no"),
    Setting("printer_drawer_pin", "2", "cash drawer connector pin: 2, 5 or none", r"2|5|none"),
    Setting("print_upi_qr", "upi",
            "UPI QR on receipts for an amount still to be paid: upi or always (print it) or"
            " never; a receipt already paid never carries a payable QR (a scan would pay twice)",
            r"upi|always|never"),
    Setting("printer_status_check", "auto",
            "ask the printer for paper and online status before and after a job: auto (network"
            " printers only), on or off (for a network printer that never answers)",
            r"auto|on|off"),
    Setting("printer_timeout_s", "4", "seconds to wait for the printer (1-30)",
            r"[1-9]|[12]\d|30"),
    Setting("display_language", "en",
            "language of the login screen before anyone logs in: en or hi (after login each"
            " user's own language applies)", r"en|hi"),
    Setting("customer_display", "off",
            "a second window facing the customer (the till's second monitor, else a"
            " tablet-sized window): the lines, the total, the UPI QR and the change: off or on",
            r"off|on"),
    Setting("idle_lock_minutes", "5", "the counter locks after this many idle minutes",
            r"\d{1,3}"),
    Setting("sync_nightly_hour", "2",
            "local hour (0-23) of the nightly full sync pass (push, pull, reconcile, backup),"
            " plus up to 30 minutes of random jitter", r"\d|1\d|2[0-3]"),
    Setting("sync_pull_minutes", "5", "pull (and push) every so many minutes while online",
            r"[1-9]\d{0,2}"),
    Setting("sync_push_delay_seconds", "5",
            "after a sale, wait this long to gather more, then push", r"\d{1,4}"),
    Setting("sync_request_deadline_seconds", "300",
            "the longest one request to the district may take, start to end (10-3600); a"
            " server that trickles its answer is cut off then, and the sync tries again later",
            r"[1-9]\d|[1-9]\d\d|[1-2]\d\d\d|3[0-5]\d\d|3600"),
    Setting("orders_pull_seconds", "60",
            "home delivery: look for new orders from the district this often while online"
            " (5-3600 seconds)", r"[5-9]|[1-9]\d{1,2}|[1-2]\d{3}|3[0-5]\d\d|3600"),
    Setting("delivery_charge_sku", "",
            "home delivery: the SKU of the delivery-charge product (its MRP and GST rate), added"
            " to each order as its own line; empty = no charge"),
    Setting("orders_keep_customer_days", "30",
            "home delivery: blank a customer's name, phone and address this many days after"
            " the order is finished", r"[1-9]\d{0,3}"),
    Setting("backup_folder", "", "where automatic backups go (e.g. a USB stick); empty = "
            "DATA_DIR/backups"),
    Setting("scale_barcode", "",
            "how the weighing scale's EAN-13 labels read: a template for the first 12 digits,"
            " the prefix digits, I for the product number (the digits after 200 on its in-store"
            " label), then W for the weight in g/ml or P for the price in paise, e.g."
            " 21IIIIIWWWWW; empty = no scale labels", r"|" + SCALE_TEMPLATE),
    Setting("backup_keep", "14", "how many automatic backups to keep", r"\d{1,4}"),
)  # fmt: skip
_BY_KEY = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise NotFound(f"no setting named {key!r}") from None


def get(ledger: Ledger, key: str) -> str:
    return outlet_q.get_settings(ledger.db).get(key, setting(key).default)


def get_int(ledger: Ledger, key: str) -> int:
    value = get(ledger, key)
    try:
        return int(value)
    except ValueError:
        return int(setting(key).default)


def get_bool(ledger: Ledger, key: str) -> bool:
    return get(ledger, key) == "1"


def all_values(ledger: Ledger) -> dict[str, str]:
    stored = outlet_q.get_settings(ledger.db)
    return {s.key: stored.get(s.key, s.default) for s in SETTINGS}


def set_value(ledger: Ledger, key: str, value: str) -> None:
    """Validate and store a setting. Raises NotFound or InvalidInput."""
    spec = setting(key)
    value = value.strip()
    if not re.fullmatch(spec.pattern, value):
        raise InvalidInput(f"{key}: {value!r} is not valid ({spec.help})")
    with transaction(ledger.db):
        outlet_q.put_setting(ledger.db, key, value)
    ledger.reload()


def readme_table() -> str:
    rows = ["| setting | default | meaning |", "| --- | --- | --- |"]
    for s in SETTINGS:
        rows.append(f"| `{s.key}` | `{s.default}` | {s.help.replace('|', '/')} |")
    return "\n".join(rows)
