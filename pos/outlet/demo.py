"""The demo outlet: a "Sarv Gwalior" marketing centre of the Gwalior district panchayat
(Madhya Pradesh), with a realistic catalog, SHGs from the district's blocks and users.

Users (PINs named in the README): manager Meena 1234, cashier Ravi 1111, cashier Sunita 2222
(Hindi screens).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pos import clock
from pos.inventory import stock
from pos.outlet import users
from pos.products import catalog
from pos.records.ledger import Ledger, create_ledger, open_ledger
from pos.resources import resource_path
from pos.settings import Settings

# Madhya Pradesh (state code 23), a local authority's PAN, entity 1; the 15th character is the
# GSTIN check character (base 36, weights 1 and 2 alternating), so the real check accepts it.
DEMO_GSTIN = "23AAALZ0423G1ZB"

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
        name_en="Sarv Gwalior SHG Marketing Centre",
        name_hi="सर्व ग्वालियर स्वयं सहायता समूह विपणन केंद्र",
        address_en="Zila Panchayat campus, Lashkar, Gwalior, Madhya Pradesh 474009",
        address_hi="ज़िला पंचायत परिसर, लश्कर, ग्वालियर, मध्य प्रदेश 474009",
        gstin=DEMO_GSTIN,
        doc_mode="tax_invoice",
        upi_vpa="sarvgwalior@sbi",
        phone="0751-2440000",
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
