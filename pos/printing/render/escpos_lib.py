"""Importing python-escpos safely (docs/architecture.md 7).

On import it calls ``logging.basicConfig()`` (which would hijack the app's logging) and writes
its capabilities pickle to ``ESCPOS_CAPABILITIES_PICKLE_DIR`` (a fresh temp dir per run when
unset; the import fails when the dir is set but missing). Everything in pos/printing imports
python-escpos through ``escpos_printer()``.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any


def escpos_printer() -> ModuleType:
    """The ``escpos.printer`` module, imported without touching the root logger."""
    cache = os.environ.get("ESCPOS_CAPABILITIES_PICKLE_DIR")
    if not cache:
        cache = str(Path(tempfile.gettempdir()) / "sarv-pos-escpos")
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = cache
    Path(cache).mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    guard = None
    if not root.handlers:
        guard = logging.NullHandler()
        root.addHandler(guard)  # basicConfig() does nothing when the root has a handler
    try:
        import escpos.printer as printer_module
    finally:
        if guard is not None:
            root.removeHandler(guard)
    module: ModuleType = printer_module
    return module


def txt_style() -> Any:
    """python-escpos's table of text style commands (align, bold, size)."""
    escpos_printer()
    from escpos.constants import TXT_STYLE

    return TXT_STYLE
