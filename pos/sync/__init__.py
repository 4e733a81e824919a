"""The outlet's sync with the district server (DESIGN.md section 4)."""
