"""The counter app (PySide6). Widgets reach the ledger only through ``pos.ui.operations``."""
