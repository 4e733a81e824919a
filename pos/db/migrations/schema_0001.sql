-- 0001_initial: the outlet ledger. STRICT tables, money in integer paise, rates in basis
-- points, quantities in the product's unit, timestamps as UTC ISO-8601 text.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE outlet (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL CHECK (length(code) BETWEEN 2 AND 3),
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL DEFAULT '',
    address_en TEXT NOT NULL DEFAULT '',
    address_hi TEXT NOT NULL DEFAULT '',
    gstin TEXT,
    doc_mode TEXT NOT NULL CHECK (doc_mode IN ('tax_invoice', 'bill_of_supply', 'cash_memo')),
    upi_vpa TEXT,
    phone TEXT NOT NULL DEFAULT '',
    footer_en TEXT NOT NULL DEFAULT '',
    footer_hi TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE device (
    id TEXT PRIMARY KEY,
    short_code TEXT NOT NULL CHECK (length(short_code) BETWEEN 3 AND 4),
    created_at TEXT NOT NULL,
    enrolled_at TEXT,
    server_url TEXT,
    secret TEXT,
    ca_file TEXT
) STRICT;

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'admin')),
    pin_hash TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'hi')),
    active INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE shg (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL DEFAULT '',
    village TEXT NOT NULL DEFAULT '',
    block TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    ifsc TEXT NOT NULL DEFAULT '',
    upi_vpa TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT 'pc' CHECK (unit IN ('pc', 'g', 'ml')),
    hsn TEXT NOT NULL,
    default_shg_id INTEGER NOT NULL REFERENCES shg(id),
    active INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE barcodes (
    barcode TEXT PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id)
) STRICT;
CREATE INDEX barcodes_product ON barcodes(product_id);

-- MRP (tax inclusive) per unit, effective from a local date-time (YYYY-MM-DDTHH:MM).
CREATE TABLE prices (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    mrp_paise INTEGER NOT NULL CHECK (mrp_paise > 0),
    effective_from TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (product_id, effective_from)
) STRICT;

-- GST rate per HSN code, effective from a local date-time.
CREATE TABLE tax_rates (
    id INTEGER PRIMARY KEY,
    hsn TEXT NOT NULL,
    rate_bp INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    effective_from TEXT NOT NULL,
    UNIQUE (hsn, effective_from)
) STRICT;

CREATE TABLE shifts (
    id INTEGER PRIMARY KEY,
    cashier_id INTEGER NOT NULL REFERENCES users(id),
    opened_at TEXT NOT NULL,
    business_date TEXT NOT NULL,
    opening_float_paise INTEGER NOT NULL CHECK (opening_float_paise >= 0),
    closed_at TEXT,
    counted_json TEXT,
    counted_paise INTEGER,
    expected_paise INTEGER,
    variance_paise INTEGER,
    variance_reason TEXT,
    approver_id INTEGER REFERENCES users(id),
    z_number INTEGER UNIQUE
) STRICT;
CREATE UNIQUE INDEX one_open_shift ON shifts((1)) WHERE closed_at IS NULL;

CREATE TABLE cash_movements (
    id INTEGER PRIMARY KEY,
    shift_id INTEGER NOT NULL REFERENCES shifts(id),
    kind TEXT NOT NULL CHECK (kind IN ('paid_in', 'paid_out', 'drop', 'no_sale')),
    amount_paise INTEGER NOT NULL CHECK (amount_paise >= 0),
    reason TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    approver_id INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX cash_movements_shift ON cash_movements(shift_id);

CREATE TABLE sales (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    receipt_no TEXT NOT NULL UNIQUE CHECK (length(receipt_no) <= 16),
    series TEXT NOT NULL,
    fy TEXT NOT NULL,
    receipt_seq INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'return')),
    original_sale_id INTEGER REFERENCES sales(id),
    is_void INTEGER NOT NULL DEFAULT 0,
    shift_id INTEGER REFERENCES shifts(id),
    cashier_id INTEGER NOT NULL REFERENCES users(id),
    approver_id INTEGER REFERENCES users(id),
    reason TEXT,
    doc_mode TEXT NOT NULL,
    created_at TEXT NOT NULL,
    business_date TEXT NOT NULL,
    gross_paise INTEGER NOT NULL,
    discount_paise INTEGER NOT NULL,
    taxable_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    round_off_paise INTEGER NOT NULL,
    total_paise INTEGER NOT NULL,
    event_seq INTEGER NOT NULL,
    UNIQUE (series, fy, receipt_seq)
) STRICT;
CREATE INDEX sales_shift ON sales(shift_id);
CREATE INDEX sales_date ON sales(business_date);
CREATE INDEX sales_original ON sales(original_sale_id);

CREATE TABLE sale_lines (
    id INTEGER PRIMARY KEY,
    sale_id INTEGER NOT NULL REFERENCES sales(id),
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id),
    sku TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL,
    category TEXT NOT NULL,
    hsn TEXT NOT NULL,
    qty INTEGER NOT NULL CHECK (qty > 0),
    mrp_paise INTEGER NOT NULL,
    unit_price_paise INTEGER NOT NULL,
    price_id INTEGER REFERENCES prices(id),
    discount_paise INTEGER NOT NULL DEFAULT 0,
    gross_paise INTEGER NOT NULL,
    rate_bp INTEGER NOT NULL,
    taxable_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    override_approver_id INTEGER REFERENCES users(id),
    original_line_id INTEGER REFERENCES sale_lines(id),
    UNIQUE (sale_id, line_no)
) STRICT;
CREATE INDEX sale_lines_product ON sale_lines(product_id);
CREATE INDEX sale_lines_original ON sale_lines(original_line_id);

-- Who made what was sold: one row per (line, lot); lot_id NULL = sold beyond stock,
-- attributed to the product's default SHG and flagged.
CREATE TABLE line_allocations (
    id INTEGER PRIMARY KEY,
    sale_line_id INTEGER NOT NULL REFERENCES sale_lines(id),
    lot_id INTEGER REFERENCES lots(id),
    shg_id INTEGER NOT NULL REFERENCES shg(id),
    qty INTEGER NOT NULL CHECK (qty > 0),
    beyond_stock INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX line_allocations_line ON line_allocations(sale_line_id);
CREATE INDEX line_allocations_shg ON line_allocations(shg_id);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    sale_id INTEGER NOT NULL REFERENCES sales(id),
    method TEXT NOT NULL CHECK (method IN ('cash', 'upi', 'card')),
    amount_paise INTEGER NOT NULL,
    tendered_paise INTEGER NOT NULL,
    change_paise INTEGER NOT NULL CHECK (change_paise >= 0),
    reference TEXT
) STRICT;
CREATE INDEX payments_sale ON payments(sale_id);

-- Lines scanned into a cart and removed before payment (the Z counts them).
CREATE TABLE removed_lines (
    id INTEGER PRIMARY KEY,
    cart_id TEXT NOT NULL,
    shift_id INTEGER REFERENCES shifts(id),
    cashier_id INTEGER NOT NULL REFERENCES users(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    qty INTEGER NOT NULL,
    unit_price_paise INTEGER NOT NULL,
    value_paise INTEGER NOT NULL,
    removed_at TEXT NOT NULL,
    event_seq INTEGER NOT NULL
) STRICT;
CREATE INDEX removed_lines_shift ON removed_lines(shift_id);

CREATE TABLE lots (
    id INTEGER PRIMARY KEY,
    shg_id INTEGER NOT NULL REFERENCES shg(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    qty_received INTEGER NOT NULL CHECK (qty_received > 0),
    received_on TEXT NOT NULL,
    expiry TEXT,
    shg_price_paise INTEGER,
    created_at TEXT NOT NULL,
    event_seq INTEGER NOT NULL
) STRICT;
CREATE INDEX lots_product ON lots(product_id);

-- Cached on-hand per lot (operational, kept in the same transaction as each stock move;
-- the moves are the truth and `pos ledger verify` recomputes it).
CREATE TABLE lot_balance (
    lot_id INTEGER PRIMARY KEY REFERENCES lots(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    on_hand INTEGER NOT NULL
) STRICT;
CREATE INDEX lot_balance_product ON lot_balance(product_id);

CREATE TABLE stock_moves (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    lot_id INTEGER REFERENCES lots(id),
    shg_id INTEGER NOT NULL REFERENCES shg(id),
    qty INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN
        ('intake', 'sale', 'return', 'damage', 'expiry', 'adjust', 'return_to_shg')),
    sale_line_id INTEGER REFERENCES sale_lines(id),
    reason TEXT,
    created_at TEXT NOT NULL,
    business_date TEXT NOT NULL,
    event_seq INTEGER NOT NULL
) STRICT;
CREATE INDEX stock_moves_lot ON stock_moves(lot_id);
CREATE INDEX stock_moves_product ON stock_moves(product_id);

CREATE TABLE settlements (
    id INTEGER PRIMARY KEY,
    shg_id INTEGER NOT NULL REFERENCES shg(id),
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    figures_json TEXT NOT NULL,
    amount_paise INTEGER NOT NULL,
    method TEXT NOT NULL,
    reference TEXT NOT NULL,
    paid_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    event_seq INTEGER NOT NULL,
    UNIQUE (shg_id, period_from, period_to)
) STRICT;

-- The append-only journal: one row per business event, hash-chained.
CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    business_date TEXT NOT NULL,
    body TEXT NOT NULL,
    hash TEXT NOT NULL,
    prev_hash TEXT NOT NULL
) STRICT;
CREATE INDEX events_date ON events(business_date);

-- Sync state of each event (operational: this changes, the event does not).
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY REFERENCES events(seq),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'acked', 'attention')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    updated_at TEXT
) STRICT;
CREATE INDEX outbox_state ON outbox(state, seq);

CREATE TABLE print_jobs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    duplicate INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'printing', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX print_jobs_status ON print_jobs(status);

-- Carts in progress and held carts (operational), so a cart survives a restart.
CREATE TABLE carts (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('open', 'held')),
    cashier_id INTEGER REFERENCES users(id),
    label TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- Search over products: trigram FTS5 (substring match in English, Hindi and SKU).
CREATE VIRTUAL TABLE product_search USING fts5(
    sku, name_en, name_hi, content='products', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER products_search_ai AFTER INSERT ON products BEGIN
    INSERT INTO product_search(rowid, sku, name_en, name_hi)
    VALUES (new.id, new.sku, new.name_en, new.name_hi);
END;
CREATE TRIGGER products_search_au AFTER UPDATE ON products BEGIN
    INSERT INTO product_search(product_search, rowid, sku, name_en, name_hi)
    VALUES ('delete', old.id, old.sku, old.name_en, old.name_hi);
    INSERT INTO product_search(rowid, sku, name_en, name_hi)
    VALUES (new.id, new.sku, new.name_en, new.name_hi);
END;
CREATE INDEX products_name_en ON products(name_en COLLATE NOCASE);
CREATE INDEX products_name_hi ON products(name_hi);
