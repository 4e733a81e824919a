"""The packing slip of a home-delivery order, as layout data (thermal roll and PDF alike).

Bilingual (English / हिन्दी): the outlet, the order, the customer's name, phone and address,
the items at the order's prices, the amount to collect and a UPI QR for exactly that amount
(none when prepaid). The slip travels with the goods; the customer's details printed on it
are the only copy outside the ledger.
"""

from __future__ import annotations

from pos.amounts.money import format_paise
from pos.printing.documents.document import (
    Cut,
    Document,
    QrCode,
    Row,
    Rule,
    Table,
    Text,
    key_values,
)
from pos.printing.documents.receipt import local_time
from pos.records.ledger import Ledger
from pos.selling.orders import Order

PAYMENT_WORDS = {
    "cod_cash": "Cash on delivery / नकद",
    "cod_upi": "UPI on delivery / यूपीआई",
    "prepaid_upi": "Prepaid by UPI / पहले से भुगतान",
}


def packing_slip(
    *,
    outlet_en: str,
    outlet_hi: str,
    order_short_id: str,
    app_order_id: str,
    placed_at: str,
    customer_name: str,
    phone: str,
    address: str,
    area: str,
    payment: str,
    lines: list[tuple[str, str, int, int]],
    amount_paise: int,
    upi_link: str | None,
    delivery_person: str | None = None,
) -> Document:
    """``lines``: (name_en, name_hi, qty, line amount in paise) per item, the delivery charge
    included as its own line when the outlet sets one."""
    blocks: list = [  # type: ignore[type-arg]
        Text(outlet_en, align="center", bold=True, size="large"),
        Text(outlet_hi, align="center") if outlet_hi else Text(""),
        Text("PACKING SLIP / पैकिंग पर्ची", align="center", bold=True),
        Rule(heavy=True),
        *key_values(
            [
                ("Order / ऑर्डर", order_short_id),
                ("App order", app_order_id),
                ("Placed / समय", placed_at),
            ]
        ),
        Rule(),
        Text("Deliver to / पता", bold=True),
        Text(customer_name, bold=True, size="large"),
        Text(f"Phone / फ़ोन: {phone}", bold=True),
        Text(address),
        Text(f"PIN / वार्ड: {area}"),
        Rule(),
        Table(
            headers=("Item / सामान", "Qty", "Amount"),
            rows=tuple(
                (f"{en} / {hi}" if hi else en, str(qty), format_paise(amount))
                for en, hi, qty, amount in lines
            ),
            weights=(6, 1, 3),
            aligns=("left", "right", "right"),
        ),
        Rule(),
        Row(
            ("To collect / लेना है", format_paise(amount_paise)),
            (3, 2),
            ("left", "right"),
            bold=True,
            size="large",
        ),
        Text(PAYMENT_WORDS.get(payment, payment)),
    ]
    if upi_link:
        blocks.append(QrCode(upi_link, caption=f"UPI {format_paise(amount_paise)}"))
    if delivery_person:
        blocks.append(Text(f"Delivery by / डिलीवरी: {delivery_person}"))
    blocks.append(Cut())
    return Document(title=f"Packing slip {order_short_id}", blocks=tuple(blocks))


def slip_for(ledger: Ledger, order: Order) -> Document:
    """The packing slip of an order held in this outlet's ledger."""
    from pos.selling import orders

    priced = orders.cart_lines(ledger, order.lines)
    lines = [(c.item.name_en, c.item.name_hi, c.qty, c.gross_paise) for c in priced]
    outlet = ledger.outlet
    return packing_slip(
        outlet_en=outlet.name_en,
        outlet_hi=outlet.name_hi or "",
        order_short_id=order.short_id,
        app_order_id=order.app_order_id,
        placed_at=local_time(order.placed_at),
        customer_name=order.customer_name,
        phone=order.phone,
        address=order.address,
        area=order.area,
        payment=order.payment,
        lines=lines,
        amount_paise=order.amount_paise,
        upi_link=orders.upi_link(ledger, order),
        delivery_person=order.delivery_person,
    )


def queue_slip(ledger: Ledger, order: Order) -> int | None:
    """Queue the slip for the receipt printer (None when no printer is set up)."""
    from pos.outlet import config
    from pos.printing.printers import jobs

    if not config.get(ledger, "printer_uri").strip():
        return None
    return jobs.queue_document(ledger, slip_for(ledger, order), ref=f"ORDER {order.short_id}")
