"""The Z PDF carries every section of the Z: the no-sale count, the counted denominations,
each paid-out and no-sale with its reason, the discount and round-off lines (issue 12)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from pos.printing.documents.report_adapters import shift_figures
from pos.printing.documents.report_docs import shift_report
from pos.printing.render.pdf import render_pdf
from pos.products import catalog
from pos.reporting import reports
from pos.selling import sales, shifts


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils)")
def test_the_z_pdf_lists_drawer_openings_the_count_each_reason_discounts_and_round_off(
    outlet, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    led, ravi, meena = outlet.ledger, outlet.cashier, outlet.manager
    soap = catalog.find_item(led, "SOAP-NEEM")  # 35.50: the bill rounds to 36, +0.50
    line = sales.price_line(soap, 2, doc_mode="tax_invoice", discount_paise=500, actor=ravi,
                            approver=meena)  # fmt: skip
    sale = sales.complete_sale(led, [line], [sales.Tender("cash", 10_000)], ravi)
    shifts.cash_movement(led, "no_sale", 0, "change for a customer", user=ravi, approver=meena)
    shifts.cash_movement(led, "paid_out", 2_000, "tea for the SHG meeting", user=ravi,
                         approver=meena)  # fmt: skip
    expected = shifts.count_variance(led, {}).expected_paise
    assert expected % 100 == 0  # every bill rounds to the rupee
    counted = {50_000: expected // 50_000, 100: (expected % 50_000) // 100}
    closed = shifts.close_shift(led, counted, user=meena)
    z = reports.z_report(led, shift_id=closed.id)
    pdf = render_pdf(shift_report(shift_figures(led, z)), tmp_path / "z.pdf")
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())  # fmt: skip
    assert "1" in text.split("No-sale drawer openings")[1].split()[:8]
    assert "change for a customer" in text and "tea for the SHG meeting" in text
    assert "5.00" in text.split("Discounts / ")[1][:20]
    assert f"{sale.round_off_paise / 100:.2f}" in text.split("Round-off")[1][:40]
    assert "500.00" in text  # a denomination of the count


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils)")
def test_the_z_pdf_keeps_the_cash_section_on_one_page_however_long_the_sections_above(
    tmp_path,
) -> None:
    from pos.printing.documents import samples

    for count in range(20, 62, 6):  # the category table pushes the cash section down the page
        figures = dict(samples.z_report_figures())
        figures["categories"] = [{"name_en": f"Category {n}", "qty": n, "amount_paise": 100 * n}
                                 for n in range(count)]  # fmt: skip
        pdf = render_pdf(shift_report(figures), tmp_path / f"z{count}.pdf")
        pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                               text=True, check=True).stdout.split("\f")  # fmt: skip
        [cash] = [page for page in pages if "Cash drawer" in page]
        assert "Opening float" in cash and "Expected cash" in cash, count


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils)")
def test_a_short_shift_report_is_one_page_with_its_cash_drawer_and_signatures(tmp_path) -> None:
    from pos.printing.documents.samples import z_report_figures

    figures = {**z_report_figures(), "kind": "X", "categories": [], "shgs": [], "taxes": []}
    pdf = render_pdf(shift_report(figures), tmp_path / "x.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout  # the signatures' own block pushed it on before


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils)")
def test_the_x_and_z_pdf_row_labels_are_in_english_and_hindi_as_their_headings(tmp_path) -> None:
    from pos.printing.documents import samples

    for kind in ("X", "Z"):
        figures = {**samples.z_report_figures(), "kind": kind}
        pdf = render_pdf(shift_report(figures), tmp_path / f"{kind}.pdf")
        text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"],
                                       capture_output=True, text=True,
                                       check=True).stdout.split())  # fmt: skip
        # words without conjuncts: the text layer breaks those apart (docs/architecture.md 7)
        for label in ("Paid in / नकद अंदर 200.00", "Paid out / नकद बाहर 150.00",
                      "Variance / अंतर -5.00", "Reason / कारण short by 5 rupees",
                      "Total / कुल 22325.50", "Device / मशीन G01A", "Returns / माल वापसी 1",
                      "Tender / भुगतान तरीका"):  # fmt: skip
            assert label in text, (kind, label)
