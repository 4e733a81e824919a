"""The district server's storage: engine setup, outlets, enrolment, device authentication.

One code path for SQLite (a file, the default) and PostgreSQL (by URL) through SQLAlchemy
Core. On SQLite every transaction begins IMMEDIATE, so writers queue on the busy timeout
instead of failing half-way; on PostgreSQL the rows that order things (a device during its
push, the catalog counter during a publish) are locked FOR UPDATE.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    event,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from pos.errors import InvalidInput, NotFound
from pos.outlet.gstin import check_gstin
from pos.server.storage import schema as t

ENROL_CODE_DAYS = 7
# The transaction open in this context (a request's thread or task): Store.tx joins it.
_open_tx: ContextVar[Connection | None] = ContextVar("pos_server_open_tx", default=None)


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def database_url(target: str) -> str:
    """A plain path means an SQLite file; postgresql:// URLs use psycopg 3."""
    if "://" not in target:
        return f"sqlite:///{Path(target).expanduser().resolve()}"
    if target.startswith("postgresql://") or target.startswith("postgres://"):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    return target


def make_engine(target: str) -> Engine:
    url = make_url(database_url(target))
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            # A database error's text (and so a logged traceback) never carries the values:
            # a customer's name, phone or address must not reach the logs.
            hide_parameters=True,
            poolclass=NullPool if url.database in (None, "", ":memory:") else None,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            for pragma in (
                "PRAGMA journal_mode = WAL",
                "PRAGMA synchronous = FULL",
                "PRAGMA busy_timeout = 30000",
                "PRAGMA foreign_keys = ON",
                "PRAGMA cache_size = -65536",  # 64 MiB: event ids are random keys
            ):
                dbapi_conn.execute(pragma)

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_size=8, max_overflow=8, pool_pre_ping=True, hide_parameters=True)


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    outlet_code: str
    short_code: str
    revoked: bool


class Store:
    """The server's database. Thread-safe: each call takes its own connection."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.engine = make_engine(target)
        self.backend = self.engine.dialect.name

    @contextmanager
    def tx(self) -> Iterator[Connection]:
        """One transaction; a ``tx`` opened inside another (same store, same thread or task)
        joins the outer one, so a change and its audit row commit or roll back together:
        ``with store.tx() as conn: store.revoke(who); audit(conn, ...)``."""
        joined = _open_tx.get()
        if joined is not None and joined.engine is self.engine and not joined.closed:
            yield joined
            return
        with self.engine.begin() as conn:
            token = _open_tx.set(conn)
            try:
                yield conn
            finally:
                _open_tx.reset(token)

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------ setup

    def initialise(self, district: str) -> None:
        """Create the tables (idempotent) and name the district."""
        t.metadata.create_all(self.engine)
        # create_all adds new tables to an older database, not new indexes on its old tables
        t.sales_receipt_index.create(self.engine, checkfirst=True)
        self.upgrade()
        with self.tx() as conn:
            have = {r.key: r.value for r in conn.execute(select(t.meta))}
            if "schema_version" not in have:
                conn.execute(
                    insert(t.meta),
                    [
                        {"key": "schema_version", "value": t.SCHEMA_VERSION},
                        {"key": "district", "value": district},
                        {"key": "created_at", "value": utc_now()},
                    ],
                )
                conn.execute(insert(t.counters), [{"name": "catalog", "value": 0}])
            elif district and have.get("district") != district:
                conn.execute(
                    update(t.meta).where(t.meta.c.key == "district").values(value=district)
                )
            counters = {r.name for r in conn.execute(select(t.counters.c.name))}
            if "orders" not in counters:  # home delivery's order versions (added later)
                conn.execute(insert(t.counters), [{"name": "orders", "value": 0}])

    def upgrade(self) -> list[str]:
        """Add the columns of schema.ADDED_COLUMNS that an older database lacks (ALTER TABLE
        ADD COLUMN, nullable: the same statement on SQLite and PostgreSQL), and remake the
        summary tables of schema.UNIT_KEYED that lack their ``unit`` key (empty: the app's
        summaries.ensure recomputes them, as its marker is new). Idempotent; run
        by ``init`` and when the app starts. Returns the columns added, as ``table.column``."""
        added: list[str] = []
        with self.tx() as conn:
            if self.backend == "postgresql":  # two app servers starting at once: one adds
                conn.exec_driver_sql("LOCK TABLE meta IN EXCLUSIVE MODE")
            seen = inspect(conn)
            for table, name in t.ADDED_COLUMNS:
                if not seen.has_table(table.name):
                    continue  # create_all makes it whole
                if name in {c["name"] for c in seen.get_columns(table.name)}:
                    continue
                kind = table.c[name].type.compile(dialect=conn.dialect)
                conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {name} {kind}")
                added.append(f"{table.name}.{name}")
            for table in t.UNIT_KEYED:  # derived data: remade, then refilled by summaries.ensure
                if seen.has_table(table.name) and "unit" not in {
                    c["name"] for c in seen.get_columns(table.name)
                }:
                    table.drop(conn)
                    table.create(conn)
                    added.append(f"{table.name}.unit")
        return added

    def check_ready(self) -> str:
        """The district name; raises NotFound when `pos-server init` has not been run."""
        # a database that cannot be reached raises here (pos-server refuses with the reason);
        # one that is reached but has no tables is not set up
        with self.engine.connect() as conn:
            try:
                row = conn.execute(select(t.meta.c.value).where(t.meta.c.key == "district"))
                value = row.scalar()
            except Exception as exc:
                raise NotFound(
                    f"the district database is not set up ({exc.__class__.__name__}): "
                    "run `pos-server init` first"
                ) from exc
        if value is None:
            raise NotFound("the district database is not set up: run `pos-server init` first")
        return str(value)

    # ------------------------------------------------------------ outlets and devices

    def add_outlet(self, code: str, name: str, gstin: str | None = None) -> str:
        """Register an outlet (or reuse it) and return a one-time enrolment code. ``gstin``
        (checked by pos.outlet.gstin.check_gstin; "" clears it, None leaves it) is stored with the
        outlet. Raises InvalidInput."""
        code = code.strip().upper()
        if not (2 <= len(code) <= 3 and code.isalnum()):
            raise InvalidInput("outlet code must be 2 or 3 capital letters or digits, e.g. G01")
        checked = check_gstin(gstin) if gstin and gstin.strip() else gstin
        enrol_code = "-".join(secrets.token_hex(3).upper() for _ in range(3))
        now = datetime.now(UTC)
        with self.tx() as conn:
            exists = conn.execute(select(t.outlets.c.code).where(t.outlets.c.code == code))
            if exists.first() is None:
                if not name.strip():
                    raise InvalidInput("a new outlet needs a name (--name)")
                conn.execute(
                    insert(t.outlets).values(
                        code=code, name=name.strip(), created_at=utc_now(), gstin=checked or None
                    )
                )
            elif checked is not None:
                conn.execute(
                    update(t.outlets).where(t.outlets.c.code == code).values(gstin=checked or None)
                )
            conn.execute(
                insert(t.enrol_codes).values(
                    code_hash=sha256_hex(enrol_code),
                    outlet_code=code,
                    created_at=utc_now(),
                    expires_at=(now + timedelta(days=ENROL_CODE_DAYS)).strftime(
                        "%Y-%m-%dT%H:%M:%S.%fZ"
                    ),
                )
            )
        return enrol_code

    def set_gstin(self, code: str, gstin: str) -> tuple[str | None, str | None]:
        """Set (or with "" clear) an outlet's GSTIN; returns (before, after). Raises
        InvalidInput (pos.outlet.gstin.check_gstin) or NotFound."""
        checked = check_gstin(gstin) if gstin.strip() else None
        code = code.strip().upper()
        with self.tx() as conn:
            before = conn.execute(
                select(t.outlets.c.gstin).where(t.outlets.c.code == code).with_for_update()
            ).first()
            if before is None:
                raise NotFound(f"no outlet {code!r}: add it first (pos-server outlet add)")
            conn.execute(update(t.outlets).where(t.outlets.c.code == code).values(gstin=checked))
        return before.gstin, checked

    def enroll(
        self, code: str, device_id: str, short_code: str, outlet_code: str
    ) -> tuple[str, str]:
        """Spend an enrolment code: (device secret, outlet code). The short form of
        pos.server.tills.devices.enrol (``short_code``: the till's own, kept when free)."""
        from pos.server.tills import devices

        done = devices.enrol(self, code, device_id, outlet_code, short_code=short_code)
        return done.secret, done.outlet_code

    def authenticate(self, secret: str) -> DeviceRow | None:
        if not secret:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(
                select(t.devices).where(t.devices.c.secret_hash == sha256_hex(secret))
            ).first()
        if row is None:
            return None
        return DeviceRow(row.device_id, row.outlet_code, row.short_code, row.revoked_at is not None)

    def revoke(self, who: str) -> list[str]:
        """Revoke a device (by id or short code) or every device of an outlet (by code)."""
        who = who.strip()
        with self.tx() as conn:
            rows = conn.execute(
                select(t.devices.c.device_id).where(
                    (t.devices.c.device_id == who)
                    | (t.devices.c.short_code == who.upper())
                    | (t.devices.c.outlet_code == who.upper())
                )
            ).all()
            ids = [r.device_id for r in rows]
            if not ids:
                raise NotFound(f"no device or outlet {who!r} is enrolled")
            conn.execute(
                update(t.devices)
                .where(t.devices.c.device_id.in_(ids), t.devices.c.revoked_at.is_(None))
                .values(revoked_at=utc_now())
            )
            conn.execute(
                update(t.enrol_codes)
                .where(
                    t.enrol_codes.c.outlet_code == who.upper(), t.enrol_codes.c.used_at.is_(None)
                )
                .values(used_at=utc_now())
            )
        return ids

    def touch(self, device_id: str) -> None:
        with self.tx() as conn:
            conn.execute(
                update(t.devices)
                .where(t.devices.c.device_id == device_id)
                .values(last_seen_at=utc_now())
            )

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            value = conn.execute(select(func.count()).select_from(t.metadata.tables[table]))
            return int(value.scalar() or 0)

    def rows(self, table: str, **where: Any) -> list[dict[str, Any]]:
        """Plain rows of one table (reports and tests)."""
        tab = t.metadata.tables[table]
        query = select(tab)
        for key, value in where.items():
            query = query.where(tab.c[key] == value)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]
