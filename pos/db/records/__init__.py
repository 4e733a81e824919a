"""SQL for the journal and its outbox, sync state, the till's identity, verify and diagnostics."""
