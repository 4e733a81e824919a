-- Home delivery: orders pulled from the district (the orders lane), their lines, and the
-- goods packed for them. An order row is operational state (its status changes); what
-- happens to it is journalled as order_* events, and a delivered order's money is an
-- ordinary sale (linked by sale_id: the delivery channel in the Z and the reports).
-- The customer's name, phone and address are personal data: blanked after the retention.
CREATE TABLE orders (
    order_id TEXT PRIMARY KEY,
    app_order_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('new', 'accepted', 'rejected', 'packed',
        'dispatched', 'delivered', 'failed', 'cancelled', 'taken')),
    district_status TEXT NOT NULL,
    version INTEGER NOT NULL,
    claim TEXT NOT NULL DEFAULT 'none' CHECK (claim IN ('none', 'pending', 'won', 'lost')),
    customer_name TEXT NOT NULL,
    phone TEXT NOT NULL,
    address TEXT NOT NULL,
    area TEXT NOT NULL,
    payment TEXT NOT NULL,
    prepaid_ref TEXT,
    placed_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT,
    reason TEXT,
    delivery_person TEXT,
    sale_id INTEGER REFERENCES sales(id),
    alerted INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX orders_status ON orders(status);
CREATE UNIQUE INDEX orders_sale ON orders(sale_id) WHERE sale_id IS NOT NULL;

CREATE TABLE order_lines (
    order_id TEXT NOT NULL REFERENCES orders(order_id),
    line_no INTEGER NOT NULL,
    sku TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_hi TEXT NOT NULL,
    qty INTEGER NOT NULL CHECK (qty > 0),
    unit_price_paise INTEGER NOT NULL CHECK (unit_price_paise > 0),
    PRIMARY KEY (order_id, line_no)
) STRICT;

-- Goods packed for an order, drawn first-in first-out from the lots: held (not for the
-- counter) until delivered (they become the sale's allocations) or not (they go back).
CREATE TABLE order_holds (
    id INTEGER PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders(order_id),
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id),
    lot_id INTEGER REFERENCES lots(id),
    shg_id INTEGER NOT NULL REFERENCES shg(id),
    qty INTEGER NOT NULL CHECK (qty > 0),
    unit_price_paise INTEGER NOT NULL,
    released_at TEXT
) STRICT;
CREATE INDEX order_holds_open ON order_holds(lot_id) WHERE released_at IS NULL;
CREATE INDEX order_holds_order ON order_holds(order_id);

ALTER TABLE sync_state ADD COLUMN orders_version INTEGER NOT NULL DEFAULT 0;
