-- 0005_sync: the outlet's sync state with its district (operational: these rows change).
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    catalog_version INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_success_at TEXT,
    last_push_at TEXT,
    last_pull_at TEXT,
    last_reconcile_at TEXT,
    last_nightly_date TEXT,
    last_error TEXT,
    last_error_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    clock_skew_ms INTEGER,
    district_flags TEXT,
    server_contiguous_seq INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO sync_state (id) VALUES (1);
