"""The office's pages, one module per area: sign-in, today, outlets, sales, SHGs, catalog, GST,
orders, the web shop."""
