"""The PySide6 pin: 6.12.0 on CPython 3.11 drops None's refcount on void calls (docs/architecture.md 7)."""

from __future__ import annotations

import sys


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    from PySide6.QtGui import QFont

    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setBold(True)
    after = sys.getrefcount(None)
    assert after >= before - 10, f"None's refcount fell from {before} to {after}"
