"""How a Document is drawn: ESC/POS bytes (python-escpos), raster text through Qt, column layout, A4
PDF (reportlab), and an ESC/POS decoder to check the bytes."""
