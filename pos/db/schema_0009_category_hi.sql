-- A category has a Hindi name, as a product does: the counter's tiles show it to a Hindi
-- cashier. Carried on each product row (the catalog import and the district's pull both
-- send products), empty until the catalog gives it.
ALTER TABLE products ADD COLUMN category_hi TEXT NOT NULL DEFAULT '';
