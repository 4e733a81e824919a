-- 0011_day_summaries: per-day summaries for the back office's figures (issue 12): HSN-wise
-- GST totals, so a year's GST summary reads a few thousand rows instead of sorting a year of
-- sale lines; and each SHG's lot stock per day valued at the latest MRP, so the month's SHG
-- statement values on hand at the period's end without walking every product's lots.

-- Sale lines per business day (the sale's local date, as the GST report has always grouped
-- them), HSN code, GST rate and kind of document ('sale', or 'return' for customer returns
-- and voids): how many lines, units, and the line amounts as stored (positive; the report
-- deducts the returns). Operational, like shg_sales_day: kept by the trigger below in the
-- same transaction as each sale line, and recomputable from sale_lines (`pos ledger verify`).
CREATE TABLE gst_hsn_day (
    business_date TEXT NOT NULL,
    hsn TEXT NOT NULL,
    rate_bp INTEGER NOT NULL,
    kind TEXT NOT NULL,
    lines INTEGER NOT NULL,
    qty INTEGER NOT NULL,
    gross_paise INTEGER NOT NULL,
    taxable_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    PRIMARY KEY (business_date, hsn, rate_bp, kind)
) STRICT, WITHOUT ROWID;

INSERT INTO gst_hsn_day
SELECT s.business_date, l.hsn, l.rate_bp, s.kind, count(*), sum(l.qty), sum(l.gross_paise),
       sum(l.taxable_paise), sum(l.cgst_paise), sum(l.sgst_paise)
FROM sale_lines l JOIN sales s ON s.id = l.sale_id
GROUP BY s.business_date, l.hsn, l.rate_bp, s.kind;

-- The sale row is written before its lines (sales.complete_sale, sales.return_sale).
CREATE TRIGGER sale_lines_gst_hsn_day AFTER INSERT ON sale_lines BEGIN
    INSERT INTO gst_hsn_day (business_date, hsn, rate_bp, kind, lines, qty, gross_paise,
                             taxable_paise, cgst_paise, sgst_paise)
    SELECT s.business_date, NEW.hsn, NEW.rate_bp, s.kind, 1, NEW.qty, NEW.gross_paise,
           NEW.taxable_paise, NEW.cgst_paise, NEW.sgst_paise
    FROM sales s WHERE s.id = NEW.sale_id
    ON CONFLICT (business_date, hsn, rate_bp, kind) DO UPDATE SET
        lines = lines + 1,
        qty = qty + excluded.qty,
        gross_paise = gross_paise + excluded.gross_paise,
        taxable_paise = taxable_paise + excluded.taxable_paise,
        cgst_paise = cgst_paise + excluded.cgst_paise,
        sgst_paise = sgst_paise + excluded.sgst_paise;
END;

-- Lot stock moves (every kind) per SHG and business day: the signed units, and those units
-- valued at each product's latest MRP (the price row with the latest effective_from, in force
-- or not yet; 0 for a product with no price). Kept by the triggers below in the same
-- transaction as each stock move and each price row, which revalues the product's past moves
-- when its latest MRP changes. Units on hand at the end of a day = the sum of the rows up to
-- it; their value at the MRP in force then = the value column's sum, corrected only for the
-- products with a price row dated after that day (settlement_q.on_hand_at_end_by_shg).
CREATE TABLE shg_stock_day (
    shg_id INTEGER NOT NULL,
    business_date TEXT NOT NULL,
    qty INTEGER NOT NULL,
    mrp_value_paise INTEGER NOT NULL,
    PRIMARY KEY (shg_id, business_date)
) STRICT, WITHOUT ROWID;

INSERT INTO shg_stock_day
SELECT m.shg_id, m.business_date, sum(m.qty), sum(m.qty * coalesce(p.mrp_paise, 0))
FROM stock_moves m LEFT JOIN (
    SELECT product_id, mrp_paise FROM (
        SELECT product_id, mrp_paise,
               row_number() OVER (PARTITION BY product_id ORDER BY effective_from DESC) AS rn
        FROM prices) WHERE rn = 1
) p ON p.product_id = m.product_id
WHERE m.lot_id IS NOT NULL
GROUP BY m.shg_id, m.business_date;

CREATE TRIGGER stock_moves_shg_stock_day AFTER INSERT ON stock_moves
WHEN NEW.lot_id IS NOT NULL BEGIN
    INSERT INTO shg_stock_day (shg_id, business_date, qty, mrp_value_paise)
    VALUES (NEW.shg_id, NEW.business_date, NEW.qty, NEW.qty * coalesce(
        (SELECT mrp_paise FROM prices WHERE product_id = NEW.product_id
         ORDER BY effective_from DESC LIMIT 1), 0))
    ON CONFLICT (shg_id, business_date) DO UPDATE SET
        qty = qty + excluded.qty,
        mrp_value_paise = mrp_value_paise + excluded.mrp_value_paise;
END;

-- A new latest price row revalues the product's moves by the difference from the one before
-- (a product never moved, as in a catalog import, skips the trigger's body).
CREATE TRIGGER prices_shg_stock_day_insert AFTER INSERT ON prices
WHEN EXISTS (SELECT 1 FROM stock_moves m WHERE m.product_id = NEW.product_id)
     AND NOT EXISTS (SELECT 1 FROM prices p WHERE p.product_id = NEW.product_id
                     AND p.effective_from > NEW.effective_from) BEGIN
    INSERT INTO shg_stock_day (shg_id, business_date, qty, mrp_value_paise)
    SELECT m.shg_id, m.business_date, 0, sum(m.qty) * (NEW.mrp_paise - coalesce(
        (SELECT p.mrp_paise FROM prices p WHERE p.product_id = NEW.product_id
         AND p.effective_from < NEW.effective_from ORDER BY p.effective_from DESC LIMIT 1), 0))
    FROM stock_moves m WHERE m.product_id = NEW.product_id AND m.lot_id IS NOT NULL
    GROUP BY m.shg_id, m.business_date
    ON CONFLICT (shg_id, business_date) DO UPDATE SET
        mrp_value_paise = mrp_value_paise + excluded.mrp_value_paise;
END;

-- A price row corrected in place (catalog_q.insert_price's upsert) when it is the latest.
CREATE TRIGGER prices_shg_stock_day_update AFTER UPDATE OF mrp_paise ON prices
WHEN NEW.mrp_paise != OLD.mrp_paise
     AND EXISTS (SELECT 1 FROM stock_moves m WHERE m.product_id = NEW.product_id)
     AND NOT EXISTS (SELECT 1 FROM prices p WHERE p.product_id = NEW.product_id
                     AND p.effective_from > NEW.effective_from) BEGIN
    INSERT INTO shg_stock_day (shg_id, business_date, qty, mrp_value_paise)
    SELECT m.shg_id, m.business_date, 0, sum(m.qty) * (NEW.mrp_paise - OLD.mrp_paise)
    FROM stock_moves m WHERE m.product_id = NEW.product_id AND m.lot_id IS NOT NULL
    GROUP BY m.shg_id, m.business_date
    ON CONFLICT (shg_id, business_date) DO UPDATE SET
        mrp_value_paise = mrp_value_paise + excluded.mrp_value_paise;
END;

-- The products with a price row dated after a period's end (their MRP then was another).
CREATE INDEX prices_effective ON prices(effective_from, product_id);
-- One SHG's lots, for the statement's line per product.
CREATE INDEX lots_shg ON lots(shg_id, product_id);
-- Receipts by amount (receipts_q.find_sales), instead of a scan of every sale.
CREATE INDEX sales_total ON sales(total_paise);
