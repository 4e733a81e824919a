-- 0004_print_jobs: what a print job needs to be printed later by the background worker.
-- payload: JSON for jobs that are not a stored sale (labels, reports, test page, drawer).
-- printer_uri: a printer chosen for this job only (NULL: the outlet's printer_uri setting).
-- next_attempt_at: when a queued job may be tried again (backoff after a failure).
ALTER TABLE print_jobs ADD COLUMN payload TEXT NOT NULL DEFAULT '{}';
ALTER TABLE print_jobs ADD COLUMN printer_uri TEXT;
ALTER TABLE print_jobs ADD COLUMN next_attempt_at TEXT NOT NULL DEFAULT '';
ALTER TABLE print_jobs ADD COLUMN printed_at TEXT;
CREATE INDEX print_jobs_due ON print_jobs(status, next_attempt_at);
