"""The orders lane (DESIGN.md section 8): beside push and pull, the till claims the orders it
accepted, pulls the orders routed to its outlet (``since`` the version it holds) and tells the
district what it has on hand (the shop's "in stock").

Claims go first, so an order accepted while offline is claimed at the next sync; a claim the
district refuses (409: another till has it) marks the order taken here, puts back any goods
packed for it, and leaves it for the manager to see. Never a silent double.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pos.db.connection import transaction
from pos.db.records import sync_q
from pos.records.ledger import Ledger
from pos.selling import orders
from pos.sync.client import DistrictClient, SyncError


@dataclass
class OrdersResult:
    claimed: int = 0
    lost: list[str] = field(default_factory=list)
    received: int = 0
    new_orders: list[str] = field(default_factory=list)
    erased: int = 0


def sync_orders(ledger: Ledger, client: DistrictClient) -> OrdersResult:
    """One pass of the lane; raises SyncError when the district cannot be reached."""
    result = OrdersResult()
    for order_id in orders.pending_claims(ledger):
        try:
            client.claim(order_id)
        except SyncError as exc:
            if exc.status not in (404, 409):
                raise
            orders.record_claim(ledger, order_id, won=False, why=exc.message)
            result.lost.append(order_id)
            continue
        orders.record_claim(ledger, order_id, won=True)
        result.claimed += 1
    outlet = ledger.outlet.code
    since = int(sync_q.get_state(ledger.db).get("orders_version") or 0)
    while True:
        page = client.orders(outlet, since)
        if page.orders:
            result.new_orders += orders.receive(ledger, page.orders, ledger.device.id)
            result.received += len(page.orders)
        with transaction(ledger.db):
            sync_q.update_state(ledger.db, {"orders_version": page.version})
        since = page.version
        if not page.more:
            break
    client.report_stock(outlet, orders.stock_report(ledger))
    result.erased = orders.erase_expired(ledger)
    return result
