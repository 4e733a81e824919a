"""Printing: receipts, labels and reports built once as layout data, then rendered.

- ``document``: the layout as data (text, columns, tables, QR, barcode, signature lines).
- ``receipt``, ``labels``, ``report_docs``: builders from plain data to a Document.
- ``raster``: Devanagari and ₹ drawn by Qt (QtGui only) into 1-bit strips.
- ``escpos_render``: a Document to ESC/POS bytes through python-escpos.
- ``pdf``: a Document to a PDF through reportlab (Devanagari shaped by Paragraph).
- ``transport``: printer URIs (tcp, usb, serial, file, win32) and a short-timeout send.
- ``service``: the background print queue with status for the counter.
"""
