-- 0003_shifts_stock: per-day summaries for SHG settlement, and indexes for stock levels.

-- Sales and customer returns per business day, SHG and kind, with their value at the MRP on
-- the line and at the agreed SHG price of the lot (the MRP where none was agreed), and the
-- units sold without a lot (beyond stock). Operational, like lot_balance: kept by the trigger
-- below in the same transaction as each stock move, and recomputable from the moves.
CREATE TABLE shg_sales_day (
    business_date TEXT NOT NULL,
    shg_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    qty INTEGER NOT NULL,
    mrp_value_paise INTEGER NOT NULL,
    shg_value_paise INTEGER NOT NULL,
    beyond_qty INTEGER NOT NULL,
    PRIMARY KEY (business_date, shg_id, kind)
) STRICT, WITHOUT ROWID;

-- Signed quantity of lot moves per kind, business day, SHG and product (on hand at a past
-- date = on hand now less the moves after it; intake, write-offs and returns to SHGs).
CREATE TABLE lot_moves_day (
    kind TEXT NOT NULL,
    business_date TEXT NOT NULL,
    shg_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    qty INTEGER NOT NULL,
    PRIMARY KEY (kind, business_date, shg_id, product_id)
) STRICT, WITHOUT ROWID;

INSERT INTO shg_sales_day
SELECT m.business_date, m.shg_id, m.kind, sum(m.qty), sum(m.qty * l.mrp_paise),
       sum(m.qty * coalesce(t.shg_price_paise, l.mrp_paise)),
       sum(CASE WHEN m.lot_id IS NULL THEN m.qty ELSE 0 END)
FROM stock_moves m JOIN sale_lines l ON l.id = m.sale_line_id LEFT JOIN lots t ON t.id = m.lot_id
WHERE m.kind IN ('sale', 'return')
GROUP BY m.business_date, m.shg_id, m.kind;

INSERT INTO lot_moves_day
SELECT kind, business_date, shg_id, product_id, sum(qty) FROM stock_moves
WHERE lot_id IS NOT NULL GROUP BY kind, business_date, shg_id, product_id;

CREATE TRIGGER stock_moves_shg_sales_day AFTER INSERT ON stock_moves
WHEN NEW.kind IN ('sale', 'return') BEGIN
    INSERT INTO shg_sales_day (business_date, shg_id, kind, qty, mrp_value_paise,
                               shg_value_paise, beyond_qty)
    SELECT NEW.business_date, NEW.shg_id, NEW.kind, NEW.qty, NEW.qty * l.mrp_paise,
           NEW.qty * coalesce((SELECT t.shg_price_paise FROM lots t WHERE t.id = NEW.lot_id),
                              l.mrp_paise),
           CASE WHEN NEW.lot_id IS NULL THEN NEW.qty ELSE 0 END
    FROM sale_lines l WHERE l.id = NEW.sale_line_id
    ON CONFLICT (business_date, shg_id, kind) DO UPDATE SET
        qty = qty + excluded.qty,
        mrp_value_paise = mrp_value_paise + excluded.mrp_value_paise,
        shg_value_paise = shg_value_paise + excluded.shg_value_paise,
        beyond_qty = beyond_qty + excluded.beyond_qty;
END;

CREATE TRIGGER stock_moves_lot_moves_day AFTER INSERT ON stock_moves
WHEN NEW.lot_id IS NOT NULL BEGIN
    INSERT INTO lot_moves_day (kind, business_date, shg_id, product_id, qty)
    VALUES (NEW.kind, NEW.business_date, NEW.shg_id, NEW.product_id, NEW.qty)
    ON CONFLICT (kind, business_date, shg_id, product_id) DO UPDATE SET qty = qty + excluded.qty;
END;

-- Stock levels for every product from the cached balances alone.
CREATE INDEX lot_balance_product_on_hand ON lot_balance(product_id, on_hand);
-- Units sold beyond stock (no lot) per product, for the stock levels report.
CREATE INDEX stock_moves_beyond ON stock_moves(product_id, qty) WHERE lot_id IS NULL;
CREATE INDEX settlements_shg_period ON settlements(shg_id, period_from, period_to);
