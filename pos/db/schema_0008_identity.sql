-- 0008_till_identity: a restore on an enrolled till waits for the district (restored_at),
-- receipt counters adopted from the district, and journal ranges imported from it.
ALTER TABLE sync_state ADD COLUMN restored_at TEXT;
CREATE TABLE receipt_floors (
    series TEXT NOT NULL CHECK (series IN ('S', 'R')),
    fy TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (series, fy)
) STRICT;
CREATE TABLE journal_imports (
    id INTEGER PRIMARY KEY,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    reason TEXT NOT NULL
) STRICT;
