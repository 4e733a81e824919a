"""Ingest of a pushed batch: classify each event, store it, normalise sales, flag oddities.

The answer is built inside the transaction and returned only after commit. Every event is
kept in some table: ``events`` (accepted), ``event_conflicts`` (same id with another hash, or
a seq already held by another event) or ``dead_letters`` (invalid, with the reason). A sale is
never refused for looking wrong; it is flagged (an old price, a history that does not chain).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr, ValidationError
from sqlalchemy import Connection, insert, select, union_all, update

from pos import clock
from pos.records.journal import body_hash
from pos.server.delivery import orders
from pos.server.storage import schema as t
from pos.server.storage import summaries
from pos.server.storage.store import Store, utc_now
from pos.sync.protocol import (
    ZERO_HASH,
    BatchResponse,
    EventResult,
    EventStatus,
    SeqRange,
    WireEvent,
    nul_refusal,
    nul_text_at,
    storable,
    wire_nul_at,
)

SALE_KINDS = {"sale_completed": 1, "return_issued": -1}
ENVELOPE_KEYS = {
    "schema", "event_id", "seq", "device_id", "kind", "created_at", "business_date",
    "prev_hash", "data",
}  # fmt: skip
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Alloc(_Loose):
    shg_code: StrictStr | None = None
    qty: StrictInt


class _Line(_Loose):
    line_no: StrictInt
    sku: StrictStr
    qty: StrictInt
    mrp_paise: StrictInt
    unit_price_paise: StrictInt
    gross_paise: StrictInt
    allocations: list[_Alloc] = []


class _Payment(_Loose):
    method: StrictStr
    amount_paise: StrictInt


class _SaleHead(_Loose):
    receipt_no: StrictStr
    is_void: StrictInt = 0
    gross_paise: StrictInt
    discount_paise: StrictInt
    taxable_paise: StrictInt
    cgst_paise: StrictInt
    sgst_paise: StrictInt
    round_off_paise: StrictInt
    total_paise: StrictInt


class _SaleData(_Loose):
    sale: _SaleHead
    lines: list[_Line]
    payments: list[_Payment]


@dataclass
class _Rows:
    events: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    dead: list[dict[str, Any]] = field(default_factory=list)
    sales: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    allocations: list[dict[str, Any]] = field(default_factory=list)
    payments: list[dict[str, Any]] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    tax: list[dict[str, Any]] = field(default_factory=list)  # for the summaries only


class _Invalid(Exception):
    pass


def _no_float(text: str) -> None:
    raise _Invalid(f"the body holds a non-integer number ({text[:20]})")


_minutes: dict[str, str] = {}


def local_minute_of(created_at: str) -> str:
    """The outlet-local minute of a UTC stamp (cached per minute: ingest calls this a lot)."""
    key = created_at[:16]
    found = _minutes.get(key)
    if found is None:
        if len(_minutes) > 100_000:
            _minutes.clear()
        found = clock.local_minute(datetime.fromisoformat(created_at[:26] + "+00:00"))
        _minutes[key] = found
    return found


def check_event(device_id: str, wire: WireEvent) -> dict[str, Any]:
    """The parsed envelope of a well-formed event; raises _Invalid with the reason."""
    if not _HEX64.fullmatch(wire.hash):
        raise _Invalid("the hash is not 64 lowercase hex digits")
    if body_hash(wire.body) != wire.hash:
        raise _Invalid("the body does not match its hash")
    try:
        env = json.loads(wire.body, parse_float=_no_float, parse_constant=_no_float)
    except _Invalid:
        raise
    except ValueError as exc:
        raise _Invalid(f"the body is not JSON: {exc}") from exc
    if not isinstance(env, dict) or set(env) != ENVELOPE_KEYS:
        raise _Invalid("the body is not an event envelope")
    # JSON writes a NUL in text only as \u0000: the walk is needed only when that is there
    nul_at = nul_text_at(env) if "\\u0000" in wire.body else None
    if nul_at is not None:
        raise _Invalid(nul_refusal(nul_at))
    # Canonical as pos.records.journal.canonical_json writes it (floats were refused while parsing).
    if json.dumps(env, sort_keys=True, separators=(",", ":"), ensure_ascii=False) != wire.body:
        raise _Invalid("the body is not canonical JSON")
    checks = (
        (env["event_id"] == wire.event_id and _UUID.fullmatch(wire.event_id), "event id"),
        (env["seq"] == wire.seq, "seq"),
        (env["kind"] == wire.kind, "kind"),
        (env["device_id"] == device_id, "device id"),
        (isinstance(env["schema"], int) and not isinstance(env["schema"], bool), "schema"),
        (isinstance(env["prev_hash"], str) and _HEX64.fullmatch(env["prev_hash"]), "prev_hash"),
        (isinstance(env["business_date"], str) and _DATE.fullmatch(env["business_date"]), "date"),
        (isinstance(env["created_at"], str) and _STAMP.fullmatch(env["created_at"]), "time"),
        (isinstance(env["data"], dict), "data"),
    )
    for ok, what in checks:
        if not ok:
            raise _Invalid(f"the envelope's {what} is missing or does not match")
    return env


def _normalise_sale(rows: _Rows, env: dict[str, Any], outlet_code: str, prices: _PriceBook) -> None:
    sign = SALE_KINDS[env["kind"]]
    try:
        data = _SaleData.model_validate(env["data"])
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise _Invalid(f"the sale payload is malformed at {where}: {first['msg']}") from exc
    event_id = env["event_id"]
    head = data.sale
    rows.sales.append(
        {
            "event_id": event_id,
            "device_id": env["device_id"],
            "outlet_code": outlet_code,
            "receipt_no": head.receipt_no[:32],
            "kind": "sale" if sign > 0 else "return",
            "sign": sign,
            "is_void": head.is_void,
            "business_date": env["business_date"],
            "created_at": env["created_at"],
            "gross_paise": head.gross_paise,
            "discount_paise": head.discount_paise,
            "taxable_paise": head.taxable_paise,
            "cgst_paise": head.cgst_paise,
            "sgst_paise": head.sgst_paise,
            "round_off_paise": head.round_off_paise,
            "total_paise": head.total_paise,
        }
    )
    minute = local_minute_of(env["created_at"])
    rows.tax.extend(summaries.tax_lines_of(event_id, env["data"]["lines"]))
    for line in data.lines:
        rows.lines.append(
            {
                "event_id": event_id,
                "line_no": line.line_no,
                "sku": line.sku[:32],
                "qty": line.qty,
                "mrp_paise": line.mrp_paise,
                "unit_price_paise": line.unit_price_paise,
                "gross_paise": line.gross_paise,
            }
        )
        left_value, left_qty = line.gross_paise, line.qty
        for n, alloc in enumerate(line.allocations):
            last = n == len(line.allocations) - 1
            value = (
                left_value if last or left_qty <= 0 else line.gross_paise * alloc.qty // line.qty
            )
            left_value -= value
            left_qty -= alloc.qty
            rows.allocations.append(
                {
                    "event_id": event_id,
                    "line_no": line.line_no,
                    "shg_code": (alloc.shg_code or "?")[:32],
                    "qty": alloc.qty,
                    "value_paise": value,
                }
            )
        if sign > 0:
            expected = prices.mrp_at(line.sku, minute)
            if expected is not None and expected != line.mrp_paise:
                rows.flags.append(
                    _flag(
                        env,
                        "old_price",
                        f"{head.receipt_no} line {line.line_no}: {line.sku} charged at MRP "
                        f"{line.mrp_paise} paise; the district's MRP at {minute} is {expected}",
                    )
                )
            if line.unit_price_paise > line.mrp_paise:
                rows.flags.append(
                    _flag(env, "above_mrp", f"{head.receipt_no} line {line.line_no} above MRP")
                )
    for payment in data.payments:
        rows.payments.append(
            {
                "event_id": event_id,
                "method": payment.method[:16],
                "amount_paise": payment.amount_paise,
            }
        )


def _flag(env: dict[str, Any], kind: str, detail: str) -> dict[str, Any]:
    return {
        "device_id": env["device_id"],
        "event_id": env["event_id"],
        "kind": kind,
        "detail": detail,
        "created_at": utc_now(),
    }


class _PriceBook:
    """The district's price history for the SKUs of one batch (one query)."""

    def __init__(self, conn: Connection, skus: set[str]) -> None:
        self.history: dict[str, list[tuple[str, int]]] = {}
        if not skus:
            return
        query = select(t.cat_prices.c.sku, t.cat_prices.c.effective_from, t.cat_prices.c.mrp_paise)
        for row in conn.execute(query.where(t.cat_prices.c.sku.in_(sorted(skus)))):
            self.history.setdefault(row.sku, []).append((row.effective_from, row.mrp_paise))
        for entries in self.history.values():
            entries.sort()

    def mrp_at(self, sku: str, minute: str) -> int | None:
        found = None
        for effective, mrp in self.history.get(sku, ()):
            if effective <= minute:
                found = mrp
            else:
                break
        return found


def _skus(wires: list[WireEvent]) -> set[str]:
    skus: set[str] = set()
    for wire in wires:
        if wire.kind in SALE_KINDS and len(skus) < 5000:
            for match in re.finditer(r'"sku":"([^"\\]{1,32})"', wire.body):
                skus.add(match.group(1))
    return skus


def ingest(
    store: Store,
    device_id: str,
    outlet_code: str,
    wires: list[WireEvent],
    *,
    pending_after: int | None = None,
    app_version: str | None = None,
) -> BatchResponse:
    """Store one pushed batch in one transaction and answer per event. ``pending_after`` and
    ``app_version`` (what the till reported, if it did) are kept with the device."""
    now = utc_now()
    rows = _Rows()
    results: list[EventResult] = []
    with store.tx() as conn:
        device = conn.execute(
            select(t.devices).where(t.devices.c.device_id == device_id).with_for_update()
        ).first()
        if device is None:
            raise LookupError(device_id)
        ids = [storable(w.event_id) for w in wires]  # a NUL would fail PostgreSQL's query
        seqs = [w.seq for w in wires]
        held = {
            r.event_id: r
            for r in conn.execute(
                select(t.events.c.event_id, t.events.c.hash, t.events.c.device_id).where(
                    t.events.c.event_id.in_(ids)
                )
            )
        }
        by_seq = {
            r.seq: r
            for r in conn.execute(
                select(t.events.c.seq, t.events.c.event_id, t.events.c.hash).where(
                    t.events.c.device_id == device_id, t.events.c.seq.in_(seqs)
                )
            )
        }
        dead_seen = {
            (r.event_id, r.hash)
            for r in conn.execute(
                select(t.dead_letters.c.event_id, t.dead_letters.c.hash).where(
                    t.dead_letters.c.device_id == device_id, t.dead_letters.c.event_id.in_(ids)
                )
            )
        }
        conflict_seen = {
            (r.event_id, r.hash)
            for r in conn.execute(
                select(t.event_conflicts.c.event_id, t.event_conflicts.c.hash).where(
                    t.event_conflicts.c.device_id == device_id,
                    t.event_conflicts.c.event_id.in_(ids),
                )
            )
        }
        prices = _PriceBook(conn, _skus(wires))
        taken = _receipts_taken(conn, device_id, outlet_code, wires)
        batch_hash: dict[int, str] = {}
        batch_ids: dict[str, str] = {}
        accepted_envs: list[dict[str, Any]] = []
        for wire in wires:
            status, reason = _classify(
                conn, store, device_id, outlet_code, wire, rows, prices,
                held, by_seq, dead_seen, conflict_seen, batch_ids, batch_hash, now, accepted_envs,
                taken,
            )  # fmt: skip
            results.append(
                EventResult(event_id=wire.event_id, seq=wire.seq, status=status, reason=reason)
            )
        _chain_flags(conn, device_id, accepted_envs, batch_hash, rows)
        rows.flags.extend(orders.apply_events(conn, outlet_code, device_id, accepted_envs))
        _write(conn, rows)
        summaries.add_batch(
            conn, outlet_code, rows.sales, rows.payments, rows.allocations, rows.tax, rows.events
        )
        contiguous, head_hash, missing = _progress(conn, device_id, device.contiguous_seq)
        conn.execute(
            update(t.devices)
            .where(t.devices.c.device_id == device_id)
            .values(
                contiguous_seq=contiguous,
                head_hash=head_hash or device.head_hash,
                last_push_at=now,
                last_seen_at=now,
                **({} if pending_after is None else {"pending_reported": pending_after}),
                **({} if app_version is None else {"app_version": app_version}),
            )
        )
    return BatchResponse(
        results=results,
        highest_contiguous_seq=contiguous,
        missing=missing,
        flags=sorted({f"{f['kind']}: {f['detail']}" for f in rows.flags})[:50],
        server_time=utc_now(),
    )


def _classify(
    conn: Connection,
    store: Store,
    device_id: str,
    outlet_code: str,
    wire: WireEvent,
    rows: _Rows,
    prices: _PriceBook,
    held: dict[str, Any],
    by_seq: dict[int, Any],
    dead_seen: set[tuple[str, str]],
    conflict_seen: set[tuple[str, str]],
    batch_ids: dict[str, str],
    batch_hash: dict[int, str],
    now: str,
    accepted_envs: list[dict[str, Any]],
    taken: dict[str, str],
) -> tuple[EventStatus, str | None]:
    keep = {
        "device_id": device_id,
        "event_id": storable(wire.event_id),
        "seq": wire.seq,
        "hash": storable(wire.hash),
        "body": storable(wire.body),
        "received_at": now,
    }
    raw_nul = wire_nul_at(wire)
    if raw_nul is not None:  # refused before any lookup: no store can search for this text
        reason = nul_refusal(raw_nul)
        seen = (storable(wire.event_id), storable(wire.hash))
        if seen not in dead_seen:
            dead_seen.add(seen)
            rows.dead.append({**keep, "reason": reason})
        return "invalid", reason
    known = held.get(wire.event_id)
    known_hash: str | None
    if known is None and wire.event_id in batch_ids:
        known_hash = batch_ids[wire.event_id]
    else:
        known_hash = None if known is None else known.hash
    if known_hash is not None:
        if known_hash == wire.hash and (known is None or known.device_id == device_id):
            return "duplicate", None
        reason = "the district holds a different event under this id"
        if (wire.event_id, wire.hash) not in conflict_seen:
            conflict_seen.add((wire.event_id, wire.hash))
            rows.conflicts.append({**keep, "reason": reason})
            rows.flags.append(
                _flag({"device_id": device_id, "event_id": wire.event_id}, "conflict", reason)
            )
        return "conflict", reason
    try:
        env = check_event(device_id, wire)
        savepoint = (
            len(rows.sales),
            len(rows.lines),
            len(rows.allocations),
            len(rows.payments),
            len(rows.flags),
            len(rows.tax),
        )
        if env["kind"] in SALE_KINDS and env["schema"] == 1:
            try:
                _normalise_sale(rows, env, outlet_code, prices)
            except _Invalid:
                _rollback_rows(rows, savepoint)
                raise
    except _Invalid as exc:
        reason = str(exc)
        if (wire.event_id, wire.hash) not in dead_seen:
            dead_seen.add((wire.event_id, wire.hash))
            rows.dead.append({**keep, "reason": reason})
        return "invalid", reason
    other = by_seq.get(wire.seq)
    if other is not None or wire.seq in batch_hash:
        _rollback_rows(rows, savepoint)
        reason = f"seq {wire.seq} is already held by another event: the history was rewritten"
        if (wire.event_id, wire.hash) not in conflict_seen:
            conflict_seen.add((wire.event_id, wire.hash))
            rows.conflicts.append({**keep, "reason": reason})
            rows.flags.append(_flag(env, "chain_break", reason))
        return "conflict", reason
    receipt = _receipt_of(env)
    if receipt is not None and receipt in taken:
        _rollback_rows(rows, savepoint)
        reason = (
            f"receipt number {receipt} was already used by till {taken[receipt]} of this "
            "outlet: two tills share one receipt series"
        )
        if (wire.event_id, wire.hash) not in conflict_seen:
            conflict_seen.add((wire.event_id, wire.hash))
            rows.conflicts.append({**keep, "reason": reason})
            rows.flags.append(_flag(env, "receipt_reused", reason))
        return "conflict", reason
    batch_ids[wire.event_id] = wire.hash
    batch_hash[wire.seq] = wire.hash
    accepted_envs.append(env)
    rows.events.append(
        {
            "event_id": wire.event_id,
            "device_id": device_id,
            "seq": wire.seq,
            "kind": wire.kind,
            "schema": env["schema"],
            "business_date": env["business_date"],
            "created_at": env["created_at"],
            "hash": wire.hash,
            "prev_hash": env["prev_hash"],
            "body": wire.body,
            "received_at": now,
        }
    )
    return "accepted", None


def _receipt_of(env: dict[str, Any]) -> str | None:
    if env["kind"] not in SALE_KINDS:
        return None
    sale = env["data"].get("sale")
    receipt = sale.get("receipt_no") if isinstance(sale, dict) else None
    return receipt[:32] if isinstance(receipt, str) else None


def _receipts_taken(
    conn: Connection, device_id: str, outlet_code: str, wires: list[WireEvent]
) -> dict[str, str]:
    """Receipt numbers of this batch that another till of the outlet already used, with
    that till's short code (invoice numbers are unique per outlet and financial year)."""
    wanted: set[str] = set()
    for wire in wires:
        if wire.kind in SALE_KINDS:
            wanted.update(re.findall(r'"receipt_no":"([^"\\]{1,32})"', wire.body))
    if not wanted:
        return {}
    query = (
        select(t.sales.c.receipt_no, t.devices.c.short_code)
        .join(t.devices, t.devices.c.device_id == t.sales.c.device_id)
        .where(
            t.sales.c.outlet_code == outlet_code,
            t.sales.c.receipt_no.in_(sorted(wanted)),
            t.sales.c.device_id != device_id,
        )
    )
    return {r.receipt_no: r.short_code for r in conn.execute(query)}


def _rollback_rows(rows: _Rows, savepoint: tuple[int, int, int, int, int, int]) -> None:
    del rows.sales[savepoint[0] :]
    del rows.lines[savepoint[1] :]
    del rows.allocations[savepoint[2] :]
    del rows.payments[savepoint[3] :]
    del rows.flags[savepoint[4] :]
    del rows.tax[savepoint[5] :]


def _chain_flags(
    conn: Connection,
    device_id: str,
    envs: list[dict[str, Any]],
    batch_hash: dict[int, str],
    rows: _Rows,
) -> None:
    """Flag accepted events whose prev_hash does not lead to the held predecessor."""
    need = [e["seq"] - 1 for e in envs if e["seq"] - 1 not in batch_hash and e["seq"] > 1]
    stored: dict[int, str] = {}
    if need:
        stored = {
            r.seq: r.hash
            for r in conn.execute(
                select(t.events.c.seq, t.events.c.hash).where(
                    t.events.c.device_id == device_id, t.events.c.seq.in_(need)
                )
            )
        }
    for env in envs:
        seq = env["seq"]
        expected: str | None = ZERO_HASH
        if seq > 1:
            expected = batch_hash.get(seq - 1, stored.get(seq - 1))
        if expected is not None and env["prev_hash"] != expected:
            rows.flags.append(
                _flag(
                    env,
                    "chain_break",
                    f"event {seq} does not chain onto event {seq - 1} held by the district: "
                    "the outlet's history was rewritten or truncated",
                )
            )


def _write(conn: Connection, rows: _Rows) -> None:
    for table, values in (
        (t.events, rows.events),
        (t.event_conflicts, rows.conflicts),
        (t.dead_letters, rows.dead),
        (t.sales, rows.sales),
        (t.sale_lines, rows.lines),
        (t.sale_allocations, rows.allocations),
        (t.sale_payments, rows.payments),
        (t.flags, rows.flags),
    ):
        if values:
            conn.execute(insert(table), values)


def _progress(
    conn: Connection, device_id: str, contiguous: int
) -> tuple[int, str | None, list[SeqRange]]:
    """Highest contiguous held seq (conflicts and dead letters count) and the gaps above."""
    held_seqs = union_all(
        select(t.events.c.seq).where(
            t.events.c.device_id == device_id, t.events.c.seq > contiguous
        ),
        select(t.dead_letters.c.seq).where(
            t.dead_letters.c.device_id == device_id, t.dead_letters.c.seq > contiguous
        ),
        select(t.event_conflicts.c.seq).where(
            t.event_conflicts.c.device_id == device_id, t.event_conflicts.c.seq > contiguous
        ),
    ).subquery()
    seqs = sorted({r[0] for r in conn.execute(select(held_seqs.c.seq))})
    missing: list[SeqRange] = []
    top = previous = contiguous
    for seq in seqs:
        if seq > previous + 1:
            missing.append(SeqRange(first=previous + 1, last=seq - 1))
        if not missing:
            top = seq
        previous = seq
    head_hash = None
    if top > contiguous:
        head_hash = conn.execute(
            select(t.events.c.hash).where(t.events.c.device_id == device_id, t.events.c.seq == top)
        ).scalar()
    return top, head_hash, missing[:100]
