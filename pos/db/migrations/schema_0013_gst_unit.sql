-- 0013_gst_unit: the per-day GST summary keeps the products' unit (issue 13). A GST return's
-- HSN table gives each HSN's quantity per unit quantity code (PCS, GMS, MLT); 0011 summed the
-- pieces, grams and millilitres of one HSN together. Remade from the sale lines, each line's
-- unit its product's (products.unit: pc, g or ml); the trigger now keys on it too.
DROP TRIGGER sale_lines_gst_hsn_day;
DROP TABLE gst_hsn_day;

CREATE TABLE gst_hsn_day (
    business_date TEXT NOT NULL,
    hsn TEXT NOT NULL,
    rate_bp INTEGER NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL,
    lines INTEGER NOT NULL,
    qty INTEGER NOT NULL,
    gross_paise INTEGER NOT NULL,
    taxable_paise INTEGER NOT NULL,
    cgst_paise INTEGER NOT NULL,
    sgst_paise INTEGER NOT NULL,
    PRIMARY KEY (business_date, hsn, rate_bp, kind, unit)
) STRICT, WITHOUT ROWID;

INSERT INTO gst_hsn_day
SELECT s.business_date, l.hsn, l.rate_bp, s.kind, p.unit, count(*), sum(l.qty),
       sum(l.gross_paise), sum(l.taxable_paise), sum(l.cgst_paise), sum(l.sgst_paise)
FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id
GROUP BY s.business_date, l.hsn, l.rate_bp, s.kind, p.unit;

-- The sale row is written before its lines (sales.complete_sale, sales.return_sale).
CREATE TRIGGER sale_lines_gst_hsn_day AFTER INSERT ON sale_lines BEGIN
    INSERT INTO gst_hsn_day (business_date, hsn, rate_bp, kind, unit, lines, qty, gross_paise,
                             taxable_paise, cgst_paise, sgst_paise)
    SELECT s.business_date, NEW.hsn, NEW.rate_bp, s.kind, p.unit, 1, NEW.qty, NEW.gross_paise,
           NEW.taxable_paise, NEW.cgst_paise, NEW.sgst_paise
    FROM sales s, products p WHERE s.id = NEW.sale_id AND p.id = NEW.product_id
    ON CONFLICT (business_date, hsn, rate_bp, kind, unit) DO UPDATE SET
        lines = lines + 1,
        qty = qty + excluded.qty,
        gross_paise = gross_paise + excluded.gross_paise,
        taxable_paise = taxable_paise + excluded.taxable_paise,
        cgst_paise = cgst_paise + excluded.cgst_paise,
        sgst_paise = sgst_paise + excluded.sgst_paise;
END;
