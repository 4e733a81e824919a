"""The demo outlet: a district marketing centre with a realistic catalog, SHGs and users.

Users (PINs named in the README): manager Meena 1234, cashier Ravi 1111, cashier Sunita 2222
(Hindi screens).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pos import catalog, clock, stock, users
from pos.ledger import Ledger, create_ledger, open_ledger
from pos.resources import resource_path
from pos.settings import Settings

DEMO_USERS = (
    ("Meena", "manager", "1234", "en"),
    ("Ravi", "cashier", "1111", "en"),
    ("Sunita", "cashier", "2222", "hi"),
)


def sample_file(name: str) -> Path:
    """A file of resources/sample (beside the package in a checkout or in the bundle)."""
    return resource_path("sample", name)


def create_demo_outlet(settings: Settings) -> tuple[bool, Ledger]:
    """Set up the demo outlet in ``settings.data_dir``; (False, ledger) if it already exists."""
    if settings.ledger_path.exists():
        return False, open_ledger(settings)
    ledger = create_ledger(
        settings,
        code="G01",
        name_en="Gaya Zila SHG Marketing Centre",
        name_hi="गया ज़िला स्वयं सहायता समूह विपणन केंद्र",
        address_en="Near Collectorate, Gaya, Bihar 823001",
        address_hi="समाहरणालय के पास, गया, बिहार 823001",
        gstin="10AAAGG1234F1ZB",
        doc_mode="tax_invoice",
        upi_vpa="gayashgcentre@sbi",
        phone="0631-2220000",
        footer_en="Thank you. Every rupee goes to the women's groups who made it.",
        footer_hi="धन्यवाद। हर रुपया बनाने वाली महिलाओं के समूह को जाता है।",
    )
    data = catalog.parse_catalog_file(sample_file("catalog.json"))
    catalog.import_catalog(ledger, data)
    for name, role, pin, language in DEMO_USERS:
        users.add_user(ledger, name, role, pin, language)
    receive_demo_stock(ledger, users.get_user(ledger, "Meena"), data)
    return True, ledger


def receive_demo_stock(ledger: Ledger, manager: users.User, data: catalog.CatalogData) -> None:
    """Lots from the SHGs: each product from its default group; masks from a second group too
    (many SHGs make the same mask); sanitizer with an expiry date. Agreed SHG price: 80 % of
    MRP."""
    today = clock.local(clock.now_utc()).date()
    codes = [s.code for s in data.shgs]
    for n, product in enumerate(data.products):
        qty = 5000 if product.unit != "pc" else (200 if product.mrp_paise <= 2500 else 40)
        price = product.mrp_paise * 8 // 10
        expiry = (
            (today + timedelta(days=300)).isoformat() if product.category == "Sanitizer" else None
        )
        stock.receive_lot(ledger, product.shg_code, product.sku, qty, user=manager,
                          expiry=expiry, shg_price_paise=price)  # fmt: skip
        if product.category in ("Masks", "Head-cover masks"):
            other = codes[(codes.index(product.shg_code) + 1 + n) % len(codes)]
            if other == product.shg_code:
                other = codes[(codes.index(other) + 1) % len(codes)]
            stock.receive_lot(ledger, other, product.sku, qty // 2, user=manager,
                              shg_price_paise=price)  # fmt: skip
