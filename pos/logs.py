"""Rotating log files in the platform's log folder (or POS_LOG_DIR), set up once per process."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from pos.settings import APP_NAME

LOG_FILE = "sarv-pos.log"
_configured: Path | None = None


def log_dir() -> Path:
    return Path(os.environ.get("POS_LOG_DIR") or platformdirs.user_log_dir(APP_NAME))


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to a rotating file (1 MiB × 5). Returns the file, or None if it cannot be written
    (logging must never stop a sale)."""
    global _configured
    if _configured is not None:
        return _configured
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    )
    root = logging.getLogger("pos")
    root.setLevel(level)
    root.addHandler(handler)
    _configured = folder / LOG_FILE
    return _configured


def recent_log_files() -> list[Path]:
    folder = log_dir()
    if not folder.exists():
        return []
    return sorted(folder.glob(LOG_FILE + "*"), key=lambda p: p.stat().st_mtime, reverse=True)
