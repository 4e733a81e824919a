"""What is printed, as layout data: the Document, receipts, labels, packing slips, the test page,
reports and the back office's documents, sample figures."""
