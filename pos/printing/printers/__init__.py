"""Where it goes: printer settings, printers by URI and sending to them, print jobs in the ledger
and the background print service."""
