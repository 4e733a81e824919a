"""The catalog: SHGs, products, barcodes, prices and GST rates; its editing in the back office,
the search (near matches) and the category colour's pattern."""
