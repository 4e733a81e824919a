"""Barcode labels for goods that come without one: an in-store EAN-13 from the 2xxxxx range.

The code is ``200`` + the product id in nine digits + the EAN check digit, so it never clashes
with a GS1 barcode (prefix 2 is kept for in-store use) and is stable for a product. Printing a
label registers the code on the product first, so a scan finds it.
"""

from __future__ import annotations

from pos.amounts.money import format_rupees
from pos.db.connection import transaction
from pos.db.selling import print_q
from pos.errors import InvalidInput, NotAllowed
from pos.printing.documents.document import Barcode, Block, Cut, Document, Feed, Text
from pos.products.barcodes import check_digit
from pos.products.catalog import Item, find_item
from pos.records.ledger import Ledger

IN_STORE_PREFIX = "200"

_L = ("0001101", "0011001", "0010011", "0111101", "0100011",
      "0110001", "0101111", "0111011", "0110111", "0001011")  # fmt: skip
_G = ("0100111", "0110011", "0011011", "0100001", "0011101",
      "0111001", "0000101", "0010001", "0001001", "0010111")  # fmt: skip
_R = ("1110010", "1100110", "1101100", "1000010", "1011100",
      "1001110", "1010000", "1000100", "1001000", "1110100")  # fmt: skip
_PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
           "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL")  # fmt: skip


def ean13_check_digit(first12: str) -> str:
    if len(first12) != 12 or not first12.isdigit():
        raise InvalidInput(f"an EAN-13 needs 12 digits before its check digit, not {first12!r}")
    return str(check_digit(first12))  # the one GS1 rule (pos.products.barcodes)


def is_valid_ean13(code: str) -> bool:
    return len(code) == 13 and code.isdigit() and ean13_check_digit(code[:12]) == code[12]


def in_store_code(product_id: int) -> str:
    if not 0 < product_id < 10**9:
        raise InvalidInput(f"product id {product_id} does not fit an in-store barcode")
    first12 = f"{IN_STORE_PREFIX}{product_id:09d}"
    return first12 + ean13_check_digit(first12)


def ean13_modules(code: str) -> str:
    """The 95 bar/space modules of an EAN-13, '1' for a bar; quiet zones of 9 on each side."""
    if not is_valid_ean13(code):
        raise InvalidInput(f"{code!r} is not a valid EAN-13")
    parity = _PARITY[int(code[0])]
    left = "".join((_L if p == "L" else _G)[int(d)] for p, d in zip(parity, code[1:7], strict=True))
    right = "".join(_R[int(d)] for d in code[7:])
    return "0" * 9 + "101" + left + "01010" + right + "101" + "0" * 9


def label_code(ledger: Ledger, sku: str) -> tuple[Item, str]:
    """The product and its in-store barcode, registered on the product if it was not yet."""
    item = find_item(ledger, sku)
    code = in_store_code(item.product_id)
    with transaction(ledger.db):
        owner = print_q.barcode_owner(ledger.db, code)
        if owner is None:
            print_q.add_barcode(ledger.db, code, item.product_id)
        elif owner != item.product_id:
            raise NotAllowed(f"barcode {code} already belongs to another product")
    ledger.reload()
    return item, code


def label_document(item: Item, code: str, copies: int = 1) -> Document:
    if not 1 <= copies <= 200:
        raise InvalidInput("print between 1 and 200 labels at a time")
    blocks: list[Block] = []
    for _ in range(copies):
        blocks += [
            Text(item.name_en, align="center", bold=True),
            Text(item.name_hi, align="center"),
            Text(f"MRP {format_rupees(item.mrp_paise)} (incl. of all taxes)", align="center"),
            Barcode(code),
            Feed(1),
            Cut(),
        ]
    return Document(title=f"Label {item.sku}", blocks=tuple(blocks))
