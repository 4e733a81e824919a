"""SQL for the outlet, device and settings rows, and users."""
