"""SQL behind the back office: the catalog, stock, reports and SHG settlement."""
