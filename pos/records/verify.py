"""`pos ledger verify`: is the ledger whole and untampered?

Checks the hash chain and the gap-free sequence of the journal (events a restored till
imported from the district are part of it; when catch-up could not rebuild their rows,
pos.sync.restore.rebuild, those rows live only at the district and are not looked for), that
every sale and return row (lines, allocations, payments) matches its journal event exactly,
that every sale/return event has its rows, that stored totals add up (lines to sale, payments
to total, taxes to gross, round-off within 50 paise) and that the cached lot balances and
per-day settlement summaries equal the stock moves. Each problem names the receipt, line or
event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pos.amounts.money import round_bill
from pos.db.records import identity_q, verify_q
from pos.records.journal import ZERO_HASH, body_hash
from pos.records.ledger import Ledger
from pos.selling.sales import LINE_FIELDS, RETURN_EVENT, SALE_EVENT, sale_payload


@dataclass
class VerifyReport:
    events: int = 0
    sales: int = 0
    head_hash: str = ZERO_HASH
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_ledger(ledger: Ledger) -> VerifyReport:
    report = VerifyReport()
    db = ledger.db
    sale_events = _check_chain(ledger, report)
    sales = verify_q.sales_rows(db)
    report.sales = len(sales)
    lines = verify_q.lines_by_sale(db)
    allocations = verify_q.allocations_by_line(db)
    payments = verify_q.payments_by_sale(db)
    seen_uuids: set[str] = set()
    by_id = {sale["id"]: sale for sale in sales}
    returned: dict[int, tuple[int, int]] = {}  # original sale id -> (gross, refunded) so far
    for sale in sales:
        label = f"{sale['kind']} {sale['receipt_no']}"
        seen_uuids.add(sale["uuid"])
        sale_lines = lines.get(sale["id"], [])
        _check_totals(sale, sale_lines, payments.get(sale["id"], []), label, report)
        if sale["kind"] == "return":
            _check_refund(sale, by_id.get(sale["original_sale_id"]), returned, label, report)
        elif abs(sale["round_off_paise"]) > 50:
            report.problems.append(f"{label}: total is not rounded to the rupee within 50 paise")
        event = sale_events.get(sale["uuid"])
        if event is None:
            report.problems.append(f"{label}: has no journal event (row added outside the till?)")
            continue
        if event["seq"] != sale["event_seq"]:
            report.problems.append(
                f"{label}: points at event {sale['event_seq']} but its event is {event['seq']}"
            )
        rebuilt = sale_payload(
            sale,
            sale["original_receipt_no"],
            [(line, allocations.get(line["id"], [])) for line in sale_lines],
            payments.get(sale["id"], []),
            {line["line_no"]: line["original_line_no"] for line in sale_lines}
            if sale["kind"] == "return"
            else None,
        )
        for difference in _differences(event["data"], rebuilt):
            report.problems.append(f"{label}: differs from its journal event: {difference}")
    imported = identity_q.ranges_without_rows(db)
    for uuid, event in sale_events.items():
        if any(first <= event["seq"] <= last for first, last in imported):
            continue  # copied from the district, rows not rebuilt (pos.sync.restore.rebuild): there
        if uuid not in seen_uuids:
            receipt = event["data"]["sale"]["receipt_no"]
            report.problems.append(
                f"{event['kind']} {receipt} (event {event['seq']}): its sale row is missing"
            )
    for row in verify_q.lot_balance_mismatches(db):
        report.problems.append(
            f"lot {row['lot_id']}: balance {row['on_hand']}"
            f" but its stock moves add up to {row['moved']}"
        )
    for table, source, summary in verify_q.summary_mismatches(db)[:20]:
        report.problems.append(
            f"{table}: the row for {summary[0]} / {summary[1]} does not match {source} {summary}"
        )
    missing_outbox = verify_q.outbox_gaps(db)
    if missing_outbox:
        report.problems.append(f"{missing_outbox} event(s) have no outbox entry")
    return report


def _check_chain(ledger: Ledger, report: VerifyReport) -> dict[str, dict[str, Any]]:
    """Walk the journal; return sale/return events by sale uuid."""
    previous = ZERO_HASH
    expected_seq = 1
    found: dict[str, dict[str, Any]] = {}
    for seq, event_id, kind, body, stored_hash, prev_hash in verify_q.event_rows(ledger.db):
        report.events += 1
        if seq != expected_seq:
            report.problems.append(
                f"journal: event {expected_seq}"
                + (f" to {seq - 1} are missing" if seq > expected_seq + 1 else " is missing")
            )
        expected_seq = seq + 1
        if body_hash(body) != stored_hash:
            report.problems.append(f"journal: event {seq} ({kind}) was edited: its hash is wrong")
        if prev_hash != previous:
            report.problems.append(
                f"journal: event {seq} ({kind}) does not chain onto event {seq - 1}"
            )
        try:
            envelope = json.loads(body)
        except json.JSONDecodeError:
            report.problems.append(f"journal: event {seq} is not valid JSON")
            previous = stored_hash
            continue
        if (
            envelope.get("seq") != seq
            or envelope.get("event_id") != event_id
            or envelope.get("prev_hash") != prev_hash
            or envelope.get("kind") != kind
        ):
            report.problems.append(f"journal: event {seq}: its columns differ from its body")
        if envelope.get("device_id") != ledger.device.id:
            report.problems.append(f"journal: event {seq} belongs to another device")
        if kind in (SALE_EVENT, RETURN_EVENT):
            data = envelope.get("data", {})
            found[data.get("sale", {}).get("uuid", "")] = {"seq": seq, "kind": kind, "data": data}
        previous = stored_hash
    report.head_hash = previous
    return found


def _check_totals(
    sale: dict[str, Any],
    lines: list[dict[str, Any]],
    payments: list[dict[str, Any]],
    label: str,
    report: VerifyReport,
) -> None:
    problems = report.problems
    if not lines:
        problems.append(f"{label}: has no lines")
    for key in ("gross", "discount", "taxable", "cgst", "sgst"):
        column = f"{key}_paise"
        total = sum(line[column] for line in lines)
        if total != sale[column]:
            problems.append(f"{label}: {key} {sale[column]} but its lines add up to {total}")
    for line in lines:
        where = f"{label} line {line['line_no']}"
        if line["qty"] * line["unit_price_paise"] - line["discount_paise"] != line["gross_paise"]:
            problems.append(f"{where}: qty × price − discount ≠ amount")
        if line["taxable_paise"] + line["cgst_paise"] + line["sgst_paise"] != line["gross_paise"]:
            problems.append(f"{where}: taxable + CGST + SGST ≠ amount")
        if line["unit_price_paise"] > line["mrp_paise"]:
            problems.append(f"{where}: charged above MRP")
    if sale["gross_paise"] + sale["round_off_paise"] != sale["total_paise"]:
        problems.append(f"{label}: amount + round-off ≠ total")
    if sale["total_paise"] % 100:
        problems.append(f"{label}: total is not rounded to the rupee")
    paid = sum(p["amount_paise"] for p in payments)
    if paid != sale["total_paise"]:
        problems.append(f"{label}: payments {paid} ≠ total {sale['total_paise']}")
    for p in payments:
        if p["tendered_paise"] - p["change_paise"] != p["amount_paise"]:
            problems.append(f"{label}: {p['method']} tendered − change ≠ amount")


def _check_refund(
    ret: dict[str, Any],
    original: dict[str, Any] | None,
    returned: dict[int, tuple[int, int]],
    label: str,
    report: VerifyReport,
) -> None:
    """A return refunds the cumulative gross returned, rounded, less earlier refunds
    (pos.selling.refunds); returns made before that rule rounded on their own, within 50 paise.
    Either way, the refunds of a sale never come to more than it took."""
    if original is None:
        report.problems.append(f"{label}: its original sale is missing")
        return
    gross, refunded = returned.get(original["id"], (0, 0))
    gross, refunded = gross + ret["gross_paise"], refunded + ret["total_paise"]
    returned[original["id"]] = (gross, refunded)
    cumulative = round_bill(gross).total == refunded
    if not cumulative and abs(ret["round_off_paise"]) > 50:
        report.problems.append(
            f"{label}: refunds {refunded} of {original['receipt_no']} so far are not its "
            f"returned amount {gross} rounded to the rupee"
        )
    if refunded > original["total_paise"]:
        report.problems.append(
            f"{label}: refunds of {original['receipt_no']} come to {refunded}, more than "
            f"its total {original['total_paise']}"
        )


def _differences(stored: Any, rebuilt: Any, path: str = "") -> list[str]:
    if isinstance(stored, dict) and isinstance(rebuilt, dict):
        out: list[str] = []
        for key in sorted(set(stored) | set(rebuilt)):
            out += _differences(stored.get(key), rebuilt.get(key), f"{path}.{key}" if path else key)
        return out
    if isinstance(stored, list) and isinstance(rebuilt, list):
        if len(stored) != len(rebuilt):
            return [f"{path}: event has {len(stored)} entries, rows have {len(rebuilt)}"]
        out = []
        for index, (a, b) in enumerate(zip(stored, rebuilt, strict=True)):
            out += _differences(a, b, f"{path}[{index + 1}]")
        return out
    if stored != rebuilt:
        return [f"{path} is {rebuilt!r} in the rows but {stored!r} in the event"]
    return []


__all__ = ["LINE_FIELDS", "VerifyReport", "verify_ledger"]
