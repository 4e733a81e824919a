"""The ledger and its records: opening the ledger, the hash-chained journal, verifying it, backups
and restores."""
