"""Report PDFs (Z report, sales for a date range, a two-SHG settlement statement) built from
realistic figures, read back with pdftotext, and saved as PNG pages by pdftoppm for a look
(test-artifacts/pdf/). Hindi is checked with words that have no conjuncts: the PDF's text
layer breaks conjuncts apart even when the page shows them right (docs/architecture.md 7)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from pos.printing.documents import report_docs, samples
from pos.printing.printers import jobs
from pos.printing.printers.config import put_printer_settings
from pos.printing.printers.service import PrintQueue
from pos.printing.render.decode import paper_image, tokenize
from pos.printing.render.pdf import render_pdf
from tests.support.print_fakes import ARTIFACTS, LoopbackPrinter


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def pages_as_png(path: Path, name: str) -> list[Path]:
    out = ARTIFACTS / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(path), str(out / name)], check=True)
    pages = sorted(out.glob(f"{name}-*.png"))
    for page in pages:
        grey = Image.open(page).convert("L")
        assert sum(grey.histogram()[:100]) > 300, f"{page} looks blank"
    return pages


def test_the_z_report_pdf_has_the_shift_figures_in_both_languages(tmp_path):
    pdf = render_pdf(report_docs.shift_report(samples.z_report_figures()), tmp_path / "z.pdf")
    text = pdf_text(pdf)
    for expected in ("Z REPORT", "Z number", "42", "Sarv Gwalior Marketing Centre",
                     "12450.50", "22290.00",  # cash sales, net of all tenders
                     "Expected cash", "3465.00", "Counted cash", "3460.00", "-5.00",
                     "short by 5 rupees", "Meena", "6540.00", "10000.00", "1138.09"):  # fmt: skip
        assert expected in text, expected
    for word in ("नकद", "समूह", "अनुसार", "कर"):
        assert word in text, word
    assert len(pages_as_png(pdf, "z-report")) >= 1


def test_the_sales_report_pdf_adds_up_the_days(tmp_path):
    figures = samples.sales_report_figures(days=7)
    pdf = render_pdf(report_docs.sales_report(figures), tmp_path / "sales.pdf")
    text = pdf_text(pdf)
    net = sum(d["net_paise"] for d in figures["days"])
    assert f"{net // 100}.{net % 100:02d}" in text
    assert "2026-11-01" in text and "2026-11-07" in text and "के अनुसार" in text
    pages_as_png(pdf, "sales-report")


def test_the_settlement_statement_gives_each_shg_a_page_with_signature_and_thumb_lines(
    tmp_path,
):
    figures = samples.shg_statement_figures(shgs=2)
    pdf = render_pdf(report_docs.shg_statement(figures), tmp_path / "shg.pdf")
    pages = pages_as_png(pdf, "shg-statement")
    assert len(pages) == 2
    for number, shg in enumerate(figures["shgs"], start=1):
        page = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number),
                               str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        net = shg["net_payable_paise"]
        assert shg["code"] in page and shg["payout_reference"] in page
        assert f"{net // 100:,}.{net % 100:02d}" in page
        for word in ("Thumb impression", "Signature", "समूह", "देय", "शेष", "Net payable"):
            assert word in page, word
    assert "₹10,959.30" in pdf_text(pdf)


def test_a_pdf_uses_the_bundled_fonts_embedded(tmp_path):
    document = report_docs.shg_statement(samples.shg_statement_figures())
    pdf = render_pdf(document, tmp_path / "s.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    ours = [line for line in fonts.splitlines() if "SarvNotoSansDevanagari" in line]
    assert len(ours) == 2  # regular and bold, under the private family name
    assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in ours)  # embedded subset


@pytest.mark.parametrize("width", [576, 384])
def test_the_z_report_also_prints_on_the_thermal_printer(outlet, width):
    printer = LoopbackPrinter()
    put_printer_settings(outlet.ledger, {"printer_uri": printer.uri,
                                         "printer_width_dots": str(width)})  # fmt: skip
    document = report_docs.shift_report(samples.z_report_figures())
    jobs.queue_document(outlet.ledger, document, ref="Z 42")
    assert PrintQueue(outlet.ledger).process_due() == 1
    assert printer.connections[0].closed.wait(10)
    printer.close()
    tokens = tokenize(printer.jobs()[0])
    text = "".join(t.text for t in tokens if t.name == "text")
    assert "9523.81" in text and "900.00" in text  # a tax line: figures only, printer text
    assert all(len(line) <= width // 12 for line in text.splitlines())  # 32 or 48 columns
    rasters = [t for t in tokens if t.name == "raster"]  # the bilingual labels, drawn
    assert len(rasters) > 5 and all(t.width <= width for t in rasters)
    ARTIFACTS.mkdir(exist_ok=True)
    paper_image(tokens, width).save(ARTIFACTS / f"z_report_{width}.png")
