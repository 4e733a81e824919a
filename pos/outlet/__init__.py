"""The outlet itself: first-run setup, its details and settings, the demo outlet, users and PINs,
the till's device secret and the GSTIN."""
