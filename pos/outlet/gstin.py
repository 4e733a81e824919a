"""The GSTIN: its shape, its state code and its check character; and which document an outlet
issues by default.

A GSTIN is 15 characters (CBIC, GST registration rules): a 2-digit state code, the holder's PAN
(5 letters, 4 digits, a letter), an entity number (1–9, then A–Z), the letter Z, and a check
character computed from the first 14 by the mod-36 scheme below (the one the GST portal uses).
"""

from __future__ import annotations

from pos.errors import InvalidInput

_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# 01–38 are the states and union territories (38 Ladakh); 97 "other territory"; 99 the Centre.
STATE_CODES = frozenset({f"{n:02d}" for n in range(1, 39)} | {"97", "99"})


def check_character(first14: str) -> str:
    """The check character of a GSTIN's first 14 characters (mod 36: odd positions count
    once, even ones twice, each product as its quotient plus remainder by 36)."""
    total = 0
    for i, char in enumerate(first14):
        product = _CHARS.index(char) * (1 if i % 2 == 0 else 2)
        total += product // 36 + product % 36
    return _CHARS[(36 - total % 36) % 36]


def check_gstin(text: str) -> str:
    """The GSTIN, trimmed and in capitals, once it is well formed and its check character is
    right. Raises InvalidInput naming what is wrong."""
    gstin = text.strip().upper()
    head = f"not a valid GSTIN {gstin}"
    if len(gstin) != 15:
        raise InvalidInput(
            f"{head}: a GSTIN is 15 letters and digits (e.g. 23AAAGG1234F1Z4), not {len(gstin)}"
        )
    if not all(c in _CHARS for c in gstin):
        raise InvalidInput(f"{head}: a GSTIN has only letters and digits")
    if gstin[:2] not in STATE_CODES:
        raise InvalidInput(
            f"{head}: {gstin[:2]} is not a state code (01 to 38, 97 or 99) in its first two digits"
        )
    pan = gstin[2:12]
    if not (pan[:5].isalpha() and pan[5:9].isdigit() and pan[9].isalpha()):
        raise InvalidInput(
            f"{head}: characters 3 to 12 ({pan}) are not a PAN (5 letters, 4 digits, a letter)"
        )
    if gstin[12] == "0":
        raise InvalidInput(f"{head}: character 13 is the entity number, 1 to 9 or A to Z, not 0")
    if gstin[13] != "Z":
        raise InvalidInput(f"{head}: character 14 must be Z, not {gstin[13]}")
    expected = check_character(gstin[:14])
    if gstin[14] != expected:
        raise InvalidInput(
            f"{head}: the check character (the last) is {gstin[14]} but should be {expected}; "
            "a character was probably mistyped"
        )
    return gstin


def default_doc_mode(gstin: str | None) -> str:
    """The document an outlet issues unless it chooses: a tax invoice when registered (a
    GSTIN), else a cash memo (an unregistered outlet cannot issue an invoice or a bill of
    supply, both of which carry the supplier's GSTIN)."""
    return "tax_invoice" if gstin else "cash_memo"
