-- 0007_print_confirm: a job whose bytes all went out but whose printer never confirmed them.
-- status 'unconfirmed' ("sent, not confirmed"): sent with the status check off, so nothing
--   says it printed; never 'done', listed with a reprint marked DUPLICATE (issue 10).
-- delivered: 1 once every byte of an attempt reached the printer; a resend of such a job is
--   marked DUPLICATE, so a receipt has at most one unmarked original (issue 10).
-- SQLite cannot change a CHECK constraint in place: the table is rebuilt (ids kept).
CREATE TABLE print_jobs_new (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    duplicate INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'queued'
        CHECK (status IN ('queued', 'printing', 'done', 'failed', 'unconfirmed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    payload TEXT NOT NULL DEFAULT '{}',
    printer_uri TEXT,
    next_attempt_at TEXT NOT NULL DEFAULT '',
    printed_at TEXT,
    delivered INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO print_jobs_new (id, kind, ref, duplicate, status, attempts, last_error, created_at,
    updated_at, payload, printer_uri, next_attempt_at, printed_at, delivered)
    SELECT id, kind, ref, duplicate, status, attempts, last_error, created_at, updated_at,
        payload, printer_uri, next_attempt_at, printed_at, 0 FROM print_jobs;
DROP TABLE print_jobs;
ALTER TABLE print_jobs_new RENAME TO print_jobs;
CREATE INDEX print_jobs_status ON print_jobs(status);
CREATE INDEX print_jobs_due ON print_jobs(status, next_attempt_at);
CREATE INDEX print_jobs_ref ON print_jobs(ref);
