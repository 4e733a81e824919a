"""The outlet's settings in the words people use: rupees, not paise; percentages, not basis
points; a list where the choices are fixed (58 mm / 80 mm, drawer pin 2 / 5 / none). Each
value is turned back into the stored form (``pos.outlet.config``) and checked before it is saved.

``to_words`` gives what a screen shows for a stored value; ``from_words`` the stored value
for what was typed or chosen, raising InvalidInput with a message fit for the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos.amounts.money import format_paise, format_rate, parse_amount
from pos.errors import InvalidInput
from pos.outlet import config

RUPEES, PERCENT, CHOICE, NUMBER, TEXT = "rupees", "percent", "choice", "number", "text"


@dataclass(frozen=True)
class Word:
    """One setting as a screen shows it. ``label`` and choice labels are English source
    texts (the screen translates them); ``low``/``high`` bound a NUMBER."""

    key: str
    label: str
    kind: str
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label)
    low: int = 0
    high: int = 0


WORDS: tuple[Word, ...] = (
    Word("variance_threshold_paise", "Cash difference that needs a manager (₹)", RUPEES),
    Word("commission", "Centre's commission on SHG sales (%)", PERCENT),
    Word("printer_uri", "Receipt printer address", TEXT),
    Word("printer_width_dots", "Paper width", CHOICE, (("576", "80 mm"), ("384", "58 mm"))),
    Word("printer_cutter", "Printer has a cutter", CHOICE, (("yes", "Yes"), ("no", "No"))),
    Word("printer_drawer_pin", "Cash drawer pin", CHOICE,
         (("2", "Pin 2"), ("5", "Pin 5"), ("none", "No drawer"))),
    Word("print_upi_qr", "UPI QR on receipts", CHOICE,
         (("upi", "When paying by UPI"), ("always", "Always, for an amount due"),
          ("never", "Never"))),
    Word("printer_status_check", "Ask the printer for its status", CHOICE,
         (("auto", "Network printers only"), ("on", "Always"), ("off", "Never"))),
    Word("printer_timeout_s", "Seconds to wait for the printer", NUMBER, low=1, high=30),
    Word("display_language", "Language before anyone logs in", CHOICE,
         (("en", "English"), ("hi", "हिंदी"))),
    Word("customer_display", "Screen facing the customer", CHOICE,
         (("off", "Off"), ("on", "On"))),
    Word("idle_lock_minutes", "Lock the counter after (minutes idle)", NUMBER, low=1, high=999),
    Word("sync_nightly_hour", "Nightly sync at (hour, 0 to 23)", NUMBER, low=0, high=23),
    Word("sync_pull_minutes", "Sync every (minutes)", NUMBER, low=1, high=999),
    Word("sync_request_deadline_seconds", "Longest sync request (seconds)", NUMBER, low=10,
         high=3600),
    Word("sync_push_delay_seconds", "Send sales after (seconds)", NUMBER, low=0, high=9999),
    Word("orders_pull_seconds", "Look for delivery orders every (seconds)", NUMBER, low=5,
         high=3600),
    Word("delivery_charge_sku", "Delivery charge product (SKU)", TEXT),
    Word("orders_keep_customer_days", "Keep delivery customers' details (days)", NUMBER, low=1,
         high=9999),
    Word("backup_folder", "Backup folder (empty: the data folder)", TEXT),
    Word("scale_barcode", "Weighing-scale label layout", TEXT),
    Word("backup_keep", "Backups to keep", NUMBER, low=1, high=9999),
)  # fmt: skip
_BY_KEY = {w.key: w for w in WORDS}


def word(key: str) -> Word:
    config.setting(key)  # NotFound for a key the outlet does not have
    return _BY_KEY.get(key) or Word(key, key, TEXT)


def to_words(key: str, stored: str) -> str:
    """The stored value as shown: '10000' paise -> '100.00'; 'pct:1000' -> '10'."""
    w = word(key)
    if w.kind == RUPEES:
        return format_paise(int(stored or 0))
    if w.kind == PERCENT:
        if stored == "margin":
            return "margin"
        bp = int(stored.split(":", 1)[1]) if stored.startswith("pct:") else 0
        return format_rate(bp).removesuffix("%")
    return stored


def from_words(key: str, shown: str) -> str:
    """What was typed or chosen as the stored value; raises InvalidInput for a bad one."""
    w, text = word(key), shown.strip()
    if w.kind == RUPEES:
        return str(parse_amount(text or "0"))
    if w.kind == PERCENT:
        if text.lower() == "margin":
            return "margin"
        whole, _, decimals = text.partition(".")
        if not whole.isdigit() or not (decimals.isdigit() or (not decimals and "." not in text)):
            raise InvalidInput(f"a percentage is a number such as 10 or 7.5, not {text!r}")
        # to two decimals, a percentage is a whole number of hundredths, as rupees are of paise
        hundredths = parse_amount(text) if len(decimals) <= 2 else -1
        if not 0 <= hundredths <= 10_000:
            raise InvalidInput(
                f"a percentage is between 0 and 100 with at most two decimals, not {text!r}"
            )
        return f"pct:{hundredths}"
    if w.kind == CHOICE and text not in {value for value, _label in w.choices}:
        raise InvalidInput(f"choose one of the listed values, not {text!r}")
    if w.kind == NUMBER:
        if not text.isdigit() or not w.low <= int(text) <= w.high:
            raise InvalidInput(f"a whole number from {w.low} to {w.high}, not {text!r}")
        return str(int(text))
    return text
