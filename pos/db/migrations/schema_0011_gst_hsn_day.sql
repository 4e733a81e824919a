-- 0011_gst_hsn_day: per-day HSN-wise GST totals, so a year's GST summary reads a few thousand
-- summary rows instead of sorting a year of sale lines (issue 12, "Figures").

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
