"""The outlet's sync with the district server (docs/architecture.md section 4)."""
