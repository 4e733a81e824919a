-- 0003_shifts_stock: indexes for X/Z reports, stock levels and SHG settlement.

-- Settlement and GST period reports scan the moves of a date range per SHG and kind;
-- covering, so a month's figures never touch the table itself.
CREATE INDEX stock_moves_date_shg ON stock_moves(business_date, shg_id, kind, qty, lot_id, sale_line_id);
-- Moves recorded after a point in the journal (on hand at a past date = now - later moves).
CREATE INDEX stock_moves_seq ON stock_moves(event_seq);
-- Stock levels for every product without touching the lots.
CREATE INDEX lot_balance_product_on_hand ON lot_balance(product_id, on_hand);
CREATE INDEX lots_shg ON lots(shg_id);
CREATE INDEX settlements_shg_period ON settlements(shg_id, period_from, period_to);
-- Sales of a shift by kind (Z figures) and of a date range (GST, sales summary).
CREATE INDEX sales_shift_kind ON sales(shift_id, kind);
CREATE INDEX cash_movements_shift_kind ON cash_movements(shift_id, kind, amount_paise);
-- Units sold beyond stock (no lot) per product, for the stock levels report.
CREATE INDEX stock_moves_beyond ON stock_moves(product_id, qty) WHERE lot_id IS NULL;
