"""Realistic sample figures for the report builders: tests, benchmarks, `pos print test`."""

from __future__ import annotations

from typing import Any

OUTLET_EN = "Sarv Gwalior Marketing Centre"
OUTLET_HI = "सर्व ग्वालियर विपणन केंद्र"
PRODUCTS = (
    ("MSK-GRN", "Cotton mask green", "सूती मास्क हरा"),
    ("SOAP-NEEM", "Neem soap 100 g", "नीम साबुन 100 ग्राम"),
    ("PAPAD-U", "Urad papad 200 g", "उड़द पापड़ 200 ग्राम"),
    ("AGAR-ROSE", "Rose agarbatti", "गुलाब अगरबत्ती"),
    ("MADHU-250", "Forest honey 250 g", "जंगली शहद 250 ग्राम"),
    ("BAG-JUTE", "Jute bag large", "जूट थैला बड़ा"),
)


def z_report_figures(categories: int = 6, shgs: int = 8) -> dict[str, Any]:
    return {
        "kind": "Z", "z_number": 42, "outlet_en": OUTLET_EN, "outlet_hi": OUTLET_HI,
        "device": "G01A", "cashier": "Ravi", "opened_at": "25-11-2026 09:00",
        "closed_at": "25-11-2026 20:15", "opening_float_paise": 100_000,
        "tenders": [
            {"method": "cash", "sales_paise": 1_245_050, "returns_paise": 3_550},
            {"method": "upi", "sales_paise": 867_500, "returns_paise": 0},
            {"method": "card", "sales_paise": 120_000, "returns_paise": 0},
        ],
        "categories": [
            {"name_en": f"Category {n + 1}", "name_hi": f"श्रेणी {n + 1} सर्वोत्तम",
             "qty": 10 + n, "amount_paise": 50_000 + 1_000 * n}
            for n in range(categories)
        ],
        "shgs": [
            {"code": f"SHG-{n:03d}", "name_en": f"Laxmi SHG {n}",
             "name_hi": f"लक्ष्मी स्वयं सहायता समूह {n}", "amount_paise": 80_000 + 5_00 * n}
            for n in range(shgs)
        ],
        "taxes": [
            {"rate_bp": 500, "taxable_paise": 952_381, "cgst_paise": 23_809, "sgst_paise": 23_810},
            {"rate_bp": 1800, "taxable_paise": 1_000_000, "cgst_paise": 90_000,
             "sgst_paise": 90_000},
        ],
        "sales_count": 187, "returns_count": 1, "returns_paise": 3_550, "voids_count": 1,
        "voids_paise": 4_900, "removed_lines": 6, "paid_in_paise": 20_000,
        "paid_out_paise": 15_000, "drops_paise": 1_000_000, "expected_cash_paise": 346_500,
        "counted_cash_paise": 346_000, "variance_paise": -500,
        "variance_reason": "short by 5 rupees", "approver": "Meena",
    }  # fmt: skip


def sales_report_figures(days: int = 7) -> dict[str, Any]:
    rows = []
    for n in range(days):
        gross = 2_000_000 + 37_500 * n
        returns = 3_550 if n % 3 == 0 else 0
        net = gross - returns
        rows.append({
            "date": f"2026-11-{n + 1:02d}", "sales_count": 150 + n, "gross_paise": gross,
            "returns_paise": returns, "net_paise": net, "cash_paise": net - 900_000 - 100_000,
            "upi_paise": 900_000, "card_paise": 100_000,
        })  # fmt: skip
    return {"outlet_en": OUTLET_EN, "outlet_hi": OUTLET_HI, "date_from": rows[0]["date"],
            "date_to": rows[-1]["date"], "days": rows}  # fmt: skip


def shg_statement_figures(shgs: int = 2, products: int = 4) -> dict[str, Any]:
    groups = []
    names = (("SHG-LAX", "Laxmi SHG", "लक्ष्मी स्वयं सहायता समूह", "Morar"),
             ("SHG-DUR", "Durga SHG", "दुर्गा स्वयं सहायता समूह", "Ghatigaon"))  # fmt: skip
    for n in range(shgs):
        code, name_en, name_hi, village = names[n % 2]
        code = code if n < 2 else f"{code}-{n}"
        items: list[dict[str, Any]] = []
        for k in range(products):
            sku, p_en, p_hi = PRODUCTS[k % len(PRODUCTS)]
            items.append({"sku": sku, "name_en": p_en, "name_hi": p_hi, "received_qty": 100,
                          "sold_qty": 60 + k, "returned_qty": 2, "damaged_qty": 1,
                          "on_hand_qty": 37 - k, "gross_paise": (60 + k) * 4_950})  # fmt: skip
        gross = sum(i["gross_paise"] for i in items)
        commission = gross * 1000 // 10000
        groups.append({
            "code": code, "name_en": name_en, "name_hi": name_hi, "village": village,
            "received_qty": sum(i["received_qty"] for i in items),
            "sold_qty": sum(i["sold_qty"] for i in items),
            "returned_qty": sum(i["returned_qty"] for i in items),
            "damaged_qty": sum(i["damaged_qty"] for i in items),
            "on_hand_qty": sum(i["on_hand_qty"] for i in items),
            "gross_paise": gross, "commission_paise": commission,
            "net_payable_paise": gross - commission,
            "payout_reference": f"NEFT-UTR-2026112{n}", "products": items,
        })  # fmt: skip
    return {"outlet_en": OUTLET_EN, "outlet_hi": OUTLET_HI, "period_from": "2026-11-01",
            "period_to": "2026-11-15", "commission_bp": 1000, "shgs": groups}  # fmt: skip
