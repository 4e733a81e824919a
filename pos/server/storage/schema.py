"""The district server's tables (SQLAlchemy Core): one schema for SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.sql.schema import SchemaItem

metadata = MetaData()
SCHEMA_VERSION = "1"


def _table(name: str, *parts: SchemaItem) -> Table:
    return Table(name, metadata, *parts)


def _id() -> Column[int]:
    return Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True)


meta = _table("meta", Column("key", String(64), primary_key=True), Column("value", Text))

# Named counters; the catalog version is allocated under a row lock on "catalog".
counters = _table(
    "counters",
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

outlets = _table(
    "outlets",
    Column("code", String(3), primary_key=True),
    Column("name", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    # Set by the district (outlet add --gstin, the Outlets page), the one source of truth
    # for the GST page; the till keeps its own copy for its receipts.
    Column("gstin", String(15)),
)

enrol_codes = _table(
    "enrol_codes",
    Column("code_hash", String(64), primary_key=True),
    Column("outlet_code", String(3), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("used_at", String(32)),
    Column("device_id", String(36)),
)

devices = _table(
    "devices",
    Column("device_id", String(36), primary_key=True),
    Column("outlet_code", String(3), nullable=False),
    Column("short_code", String(4), nullable=False),
    Column("secret_hash", String(64), nullable=False, unique=True),
    Column("enrolled_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
    Column("last_seen_at", String(32)),
    Column("last_push_at", String(32)),
    Column("contiguous_seq", BigInteger, nullable=False, default=0),
    Column("head_hash", String(64)),
    # What the till said on its latest push (older tills say nothing: NULL).
    Column("pending_reported", BigInteger),
    Column("app_version", String(32)),
)

events = _table(
    "events",
    Column("event_id", String(64), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("kind", String(64), nullable=False),
    Column("schema", Integer, nullable=False),
    Column("business_date", String(10), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("body", Text, nullable=False),
    Column("received_at", String(32), nullable=False),
    UniqueConstraint("device_id", "seq", name="events_device_seq"),
)
Index("events_device_date", events.c.device_id, events.c.business_date)
Index("events_kind", events.c.kind)

# A repeat of an event id with another hash, or a seq re-used by another event: kept, flagged.
event_conflicts = _table(
    "event_conflicts",
    _id(),
    Column("device_id", String(36), nullable=False),
    Column("event_id", String(64), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(128), nullable=False),
    Column("body", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("received_at", String(32), nullable=False),
)
Index("conflicts_device_seq", event_conflicts.c.device_id, event_conflicts.c.seq)

dead_letters = _table(
    "dead_letters",
    _id(),
    Column("device_id", String(36), nullable=False),
    Column("event_id", String(64), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(128), nullable=False),
    Column("body", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("received_at", String(32), nullable=False),
)
Index("dead_device_seq", dead_letters.c.device_id, dead_letters.c.seq)

sales = _table(
    "sales",
    Column("event_id", String(64), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("outlet_code", String(3), nullable=False),
    Column("receipt_no", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("sign", Integer, nullable=False),
    Column("is_void", Integer, nullable=False),
    Column("business_date", String(10), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("gross_paise", BigInteger, nullable=False),
    Column("discount_paise", BigInteger, nullable=False),
    Column("taxable_paise", BigInteger, nullable=False),
    Column("cgst_paise", BigInteger, nullable=False),
    Column("sgst_paise", BigInteger, nullable=False),
    Column("round_off_paise", BigInteger, nullable=False),
    Column("total_paise", BigInteger, nullable=False),
)
Index("sales_date", sales.c.business_date)
Index("sales_device_date", sales.c.device_id, sales.c.business_date)

sale_lines = _table(
    "sale_lines",
    _id(),
    Column("event_id", String(64), nullable=False, index=True),
    Column("line_no", Integer, nullable=False),
    Column("sku", String(32), nullable=False),
    Column("qty", BigInteger, nullable=False),
    Column("mrp_paise", BigInteger, nullable=False),
    Column("unit_price_paise", BigInteger, nullable=False),
    Column("gross_paise", BigInteger, nullable=False),
)

sale_allocations = _table(
    "sale_allocations",
    _id(),
    Column("event_id", String(64), nullable=False, index=True),
    Column("line_no", Integer, nullable=False),
    Column("shg_code", String(32), nullable=False),
    Column("qty", BigInteger, nullable=False),
    Column("value_paise", BigInteger, nullable=False),
)

sale_payments = _table(
    "sale_payments",
    _id(),
    Column("event_id", String(64), nullable=False, index=True),
    Column("method", String(16), nullable=False),
    Column("amount_paise", BigInteger, nullable=False),
)

flags = _table(
    "flags",
    _id(),
    Column("device_id", String(36), nullable=False, index=True),
    Column("event_id", String(64)),
    Column("kind", String(32), nullable=False),
    Column("detail", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

catalog_changes = _table(
    "catalog_changes",
    Column("version", BigInteger, primary_key=True, autoincrement=False),
    Column("kind", String(16), nullable=False),
    Column("key", String(64), nullable=False),
    Column("data", Text, nullable=False),
    Column("published_at", String(32), nullable=False),
)

cat_shgs = _table(
    "cat_shgs", Column("code", String(32), primary_key=True), Column("data", Text, nullable=False)
)
cat_products = _table(
    "cat_products",
    Column("sku", String(32), primary_key=True),
    Column("data", Text, nullable=False),
)
cat_prices = _table(
    "cat_prices",
    Column("sku", String(32), primary_key=True),
    Column("effective_from", String(16), primary_key=True),
    Column("mrp_paise", BigInteger, nullable=False),
    Column("version", BigInteger, nullable=False),
)
cat_rates = _table(
    "cat_rates",
    Column("hsn", String(8), primary_key=True),
    Column("effective_from", String(16), primary_key=True),
    Column("rate_bp", Integer, nullable=False),
    Column("version", BigInteger, nullable=False),
)

# The district office (pos/server/web): staff accounts, their sessions (in the database, so
# several app servers share them), failed sign-ins (the rate limit) and the audit log.
staff_users = _table(
    "staff_users",
    _id(),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", String(200), nullable=False),
    Column("active", Integer, nullable=False, default=1),
    Column("failures", Integer, nullable=False, default=0),
    Column("locked_until", String(32)),
    Column("created_at", String(32), nullable=False),
)

staff_sessions = _table(
    "staff_sessions",
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", BigInteger, nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
)

login_failures = _table(
    "login_failures",
    _id(),
    Column("client", String(64), nullable=False),
    Column("at", String(32), nullable=False),
)
Index("login_failures_client_at", login_failures.c.client, login_failures.c.at)

audit_log = _table(
    "audit_log",
    _id(),
    Column("at", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", Text, nullable=False),
    Column("before", Text),
    Column("after", Text),
)

# Summaries kept by ingest (pos/server/storage/summaries.py), so the office's reports over a year
# never scan every sale line: per outlet and business day; by HSN and GST rate; by SHG.
summary_sales = _table(
    "summary_sales",
    Column("outlet_code", String(3), primary_key=True),
    Column("business_date", String(10), primary_key=True),
    Column("bills", BigInteger, nullable=False, default=0),
    Column("returns", BigInteger, nullable=False, default=0),
    Column("net_paise", BigInteger, nullable=False, default=0),
    Column("gst_paise", BigInteger, nullable=False, default=0),
    Column("cash_paise", BigInteger, nullable=False, default=0),
    Column("upi_paise", BigInteger, nullable=False, default=0),
    Column("card_paise", BigInteger, nullable=False, default=0),
    Column("other_paise", BigInteger, nullable=False, default=0),
)
Index("summary_sales_date", summary_sales.c.business_date)

summary_tax = _table(
    "summary_tax",
    Column("outlet_code", String(3), primary_key=True),
    Column("business_date", String(10), primary_key=True),
    Column("hsn", String(8), primary_key=True),
    Column("rate_bp", Integer, primary_key=True),
    # the products' unit (pc, g, ml: ProductData.unit): quantities of different units are
    # never added together (a GST return's HSN table has one row per HSN and UQC)
    Column("unit", String(4), primary_key=True),
    Column("qty", BigInteger, nullable=False, default=0),
    Column("gross_paise", BigInteger, nullable=False, default=0),
    Column("taxable_paise", BigInteger, nullable=False, default=0),
    Column("cgst_paise", BigInteger, nullable=False, default=0),
    Column("sgst_paise", BigInteger, nullable=False, default=0),
)

summary_shg = _table(
    "summary_shg",
    Column("outlet_code", String(3), primary_key=True),
    Column("business_date", String(10), primary_key=True),
    Column("shg_code", String(32), primary_key=True),
    Column("unit", String(4), primary_key=True),
    Column("sold_qty", BigInteger, nullable=False, default=0),
    Column("returned_qty", BigInteger, nullable=False, default=0),
    Column("sales_paise", BigInteger, nullable=False, default=0),
    Column("lots", BigInteger, nullable=False, default=0),
    Column("lot_qty", BigInteger, nullable=False, default=0),
    Column("payouts", BigInteger, nullable=False, default=0),
    Column("paid_paise", BigInteger, nullable=False, default=0),
)
Index("summary_shg_code_date", summary_shg.c.shg_code, summary_shg.c.business_date)
Index("summary_shg_date", summary_shg.c.business_date, summary_shg.c.shg_code)

# District totals per SHG and month (no outlet): a month's register of 2,400 SHGs reads
# 2,400 rows instead of every outlet's rows for every day.
summary_shg_month = _table(
    "summary_shg_month",
    Column("month", String(7), primary_key=True),
    Column("shg_code", String(32), primary_key=True),
    Column("unit", String(4), primary_key=True),
    Column("sold_qty", BigInteger, nullable=False, default=0),
    Column("returned_qty", BigInteger, nullable=False, default=0),
    Column("sales_paise", BigInteger, nullable=False, default=0),
    Column("lots", BigInteger, nullable=False, default=0),
    Column("lot_qty", BigInteger, nullable=False, default=0),
    Column("payouts", BigInteger, nullable=False, default=0),
    Column("paid_paise", BigInteger, nullable=False, default=0),
)

# Home delivery (pos/server/delivery/orders.py): the apps that place orders (their key kept hashed),
# the areas each outlet serves, the orders (customer details erased after the retention
# period; the money stays), their lines, what each outlet has on hand, and the webhook outbox.
shop_apps = _table(
    "shop_apps",
    _id(),
    Column("name", String(64), nullable=False, unique=True),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("webhook_url", Text),
    Column("created_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
)

outlet_areas = _table(
    "outlet_areas",
    Column("area", String(32), primary_key=True),
    Column("outlet_code", String(3), nullable=False, index=True),
)

shop_orders = _table(
    "shop_orders",
    Column("order_id", String(36), primary_key=True),
    Column("app_id", BigInteger, nullable=False),
    Column("app_order_id", String(64), nullable=False),
    Column("outlet_code", String(3)),
    Column("status", String(16), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("customer_name", Text, nullable=False),
    Column("phone", String(16), nullable=False),
    Column("address", Text, nullable=False),
    Column("area", String(32), nullable=False),
    Column("payment", String(16), nullable=False),
    Column("prepaid_ref", String(40)),
    Column("items_total_paise", BigInteger, nullable=False),
    Column("amount_paid_paise", BigInteger),
    Column("receipt_no", String(32)),
    Column("claimed_by", String(36)),
    Column("reason", Text),
    Column("delivery_person", Text),
    Column("placed_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("erased_at", String(32)),
    UniqueConstraint("app_id", "app_order_id", name="shop_orders_app_order"),
)
Index("shop_orders_outlet_version", shop_orders.c.outlet_code, shop_orders.c.version)
Index("shop_orders_status", shop_orders.c.status)

shop_order_lines = _table(
    "shop_order_lines",
    _id(),
    Column("order_id", String(36), nullable=False, index=True),
    Column("line_no", Integer, nullable=False),
    Column("sku", String(32), nullable=False),
    Column("name_en", Text, nullable=False),
    Column("name_hi", Text, nullable=False),
    Column("qty", BigInteger, nullable=False),
    Column("unit_price_paise", BigInteger, nullable=False),
)

outlet_stock = _table(
    "outlet_stock",
    Column("outlet_code", String(3), primary_key=True),
    Column("sku", String(32), primary_key=True),
    Column("qty", BigInteger, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

webhook_outbox = _table(
    "webhook_outbox",
    _id(),
    Column("app_id", BigInteger, nullable=False),
    Column("order_id", String(36), nullable=False),
    Column("body", Text, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_at", String(32), nullable=False),
    Column("lease_until", String(32)),
    Column("delivered_at", String(32)),
    Column("gave_up_at", String(32)),
    Column("last_error", Text),
    Column("created_at", String(32), nullable=False),
)
Index("webhook_outbox_due", webhook_outbox.c.delivered_at, webhook_outbox.c.next_at)
# A one-time code bound to one device: its replacement on a new machine (pos.server.tills.devices).
# Spent by POST /v1/enroll like an outlet's code.
device_codes = _table(
    "device_codes",
    Column("code_hash", String(64), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("purpose", String(16), nullable=False),  # replace
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("used_at", String(32)),
)

# Secrets of machines that were replaced: a push with one is told so (403), not 401.
retired_secrets = _table(
    "retired_secrets",
    Column("secret_hash", String(64), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("retired_at", String(32), nullable=False),
    Column("reason", Text, nullable=False),
)

# Wrong enrolment codes, per client address and per outlet, for the rate limit (kept in the
# database so several app servers share one count).
enrol_failures = _table(
    "enrol_failures",
    _id(),
    Column("client", String(64), nullable=False),
    Column("outlet_code", String(8), nullable=False),
    Column("at", String(32), nullable=False),
)
Index("enrol_failures_client", enrol_failures.c.client, enrol_failures.c.at)
Index("enrol_failures_outlet", enrol_failures.c.outlet_code, enrol_failures.c.at)

# Receipt numbers are unique per outlet: ingest looks them up by these.
sales_receipt_index = Index("sales_outlet_receipt", sales.c.outlet_code, sales.c.receipt_no)

# Summary tables whose key gained the products' unit: an older database's copy (no ``unit``
# column) is dropped and made anew by Store.upgrade, and the summaries are recomputed from the
# stored sales and events (pos.server.storage.summaries.ensure: its marker changed with it).
UNIT_KEYED = (summary_tax, summary_shg, summary_shg_month)

# Columns added to tables that older databases already have: create_all adds only missing
# tables, so pos.server.storage.store.Store.upgrade adds these (nullable, no default) with ALTER
# TABLE.
ADDED_COLUMNS = (
    (outlets, "gstin"),
    (devices, "pending_reported"),
    (devices, "app_version"),
)
