-- The counter's category tiles: the categories on sale and a category's products, by name.
-- Without this index each is a scan of every product (100,000 at a district-sized catalog).
CREATE INDEX products_category ON products(category, active, name_en);
