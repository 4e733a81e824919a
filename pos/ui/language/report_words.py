"""The English labels of the printed reports (``pos.printing.documents.report_docs``), marked here
so the translation build finds them: the report on screen shows them in the cashier's language
(the printed and PDF report print them in both languages: ``report_docs.HINDI``)."""

from __future__ import annotations

from pos.ui.language.i18n import N_

REPORT_LABELS = (
    N_("Z number"), N_("Device"), N_("Cashier"), N_("Opened"), N_("Closed"), N_("Tender"),
    N_("Sales"), N_("Returns"), N_("Net"), N_("Total"), N_("Returns amount"), N_("Voids"),
    N_("Voids amount"), N_("Lines removed before payment"), N_("Category"), N_("Qty"),
    N_("Amount"), N_("SHG"), N_("GST"), N_("Taxable"), N_("Opening float"), N_("Paid in"),
    N_("Paid out"), N_("Drops"), N_("Expected cash"), N_("Counted cash"), N_("Variance"),
    N_("Reason"), N_("Approved by"), N_("Date"), N_("Bills"), N_("Gross"), N_("Cash"),
    N_("Card"), N_("No-sale drawer openings"), N_("Discounts"), N_("Round-off"),
    N_("Note/coin"), N_("Count"), N_("Time"), N_("Kind"), N_("Drop"), N_("No sale"),
)  # fmt: skip

# Words the domain puts into its refusals as values (``tr_error`` translates them there).
MESSAGE_WORDS = (N_("over"), N_("short"), N_("cash"), N_("upi"), N_("card"))
