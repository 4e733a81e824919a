"""The catalog: SHGs, products, barcodes, prices and GST rates; its editing in the back office and
the search (near matches)."""
