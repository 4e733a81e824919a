-- 0012_reorder_colour: the outlet's own reorder level per product (not a catalog field: an
-- enrolled outlet whose catalog comes from the district sets it too). Append-only: a change
-- is a new row (with its journal event), the current level is the product's latest row.
CREATE TABLE reorder_levels (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    level INTEGER NOT NULL CHECK (level >= 0),
    user_id INTEGER NOT NULL,
    set_at TEXT NOT NULL,
    event_seq INTEGER NOT NULL
) STRICT;
CREATE INDEX reorder_levels_product ON reorder_levels (product_id, id);
CREATE TRIGGER reorder_levels_no_update BEFORE UPDATE ON reorder_levels
BEGIN SELECT RAISE(ABORT, 'reorder levels are append-only'); END;
CREATE TRIGGER reorder_levels_no_delete BEFORE DELETE ON reorder_levels
BEGIN SELECT RAISE(ABORT, 'reorder levels are append-only'); END;
-- A category's colour on the counter's tiles (#rrggbb; '' = the tile's place decides), carried
-- on each product row as category_hi is (0009): a catalog file or the product form sets it.
ALTER TABLE products ADD COLUMN category_colour TEXT NOT NULL DEFAULT '';
