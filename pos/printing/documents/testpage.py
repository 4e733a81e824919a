"""The test page: both scripts, conjuncts, ₹, the paper width and the settings in use."""

from __future__ import annotations

from pos import clock
from pos.printing.documents.document import Block, Cut, Document, Feed, QrCode, Row, Rule, Text
from pos.printing.printers.config import PrinterConfig

CONJUNCTS = "सर्व ग्वाला बक्सा क्स र्व ग्व ₹1,234.50"


def test_page(outlet_name: str, config: PrinterConfig) -> Document:
    columns = config.width_dots // 12
    blocks: list[Block] = [
        Text("SARV POS TEST PAGE", align="center", bold=True, size="large"),
        Text("सर्व पीओएस परीक्षण पृष्ठ", align="center", bold=True),
        Text(outlet_name, align="center"),
        Rule(heavy=True),
        Text("".join(str(n % 10) for n in range(1, columns + 1))),
        Text(f"Paper {config.width_dots} dots, {columns} columns"),
        Text(f"Cutter: {'yes' if config.cutter else 'no'}  Drawer pin: {config.drawer_pin}"),
        Text(f"Printer: {config.uri}"),
        Rule(),
        Text("हिंदी: " + CONJUNCTS),
        Text("English: The quick brown fox jumps over the lazy dog 0123456789"),
        Row(("Left", "Centre", "Right"), (1, 1, 1), ("left", "center", "right")),
        Row(("बाएँ", "बीच", "दाएँ ₹"), (1, 1, 1), ("left", "center", "right")),
        Rule(),
        QrCode("SARV POS TEST", caption="QR: SARV POS TEST"),
        Text(clock.local(clock.now_utc()).strftime("%d-%m-%Y %H:%M"), align="center"),
        Feed(1),
        Cut(),
    ]
    return Document(title="Test page", blocks=tuple(blocks))
