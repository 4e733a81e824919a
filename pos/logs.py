"""Rotating log files in the platform's log folder (or POS_LOG_DIR), set up once per process."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from pos.settings import APP_NAME

LOG_FILE = "sarv-pos.log"
_configured = False


def log_dir() -> Path:
    if os.environ.get("POS_LOG_DIR"):
        return Path(os.environ["POS_LOG_DIR"])
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME))


class RotatingLogOnFirstRecord(logging.Handler):
    """A rotating log file (1 MiB x 5) opened at the first record, so a `pos` call that logs
    nothing (`pos shift status`) does not pay for the file and logging.handlers. A folder that
    cannot be written drops the records: logging must never stop a sale."""

    def __init__(self) -> None:
        super().__init__()
        self._file: logging.Handler | None = None
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and not self._failed:
            import logging.handlers

            folder = log_dir()
            try:
                folder.mkdir(parents=True, exist_ok=True)
                self._file = logging.handlers.RotatingFileHandler(
                    folder / LOG_FILE, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8"
                )
            except OSError:
                self._failed = True
                return
            self._file.setFormatter(self.formatter)
        if self._file is not None:
            self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(level: int = logging.INFO) -> None:
    """Log to a rotating file in log_dir() (opened at the first record); once per process."""
    global _configured
    if _configured:
        return
    handler = RotatingLogOnFirstRecord()
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    )
    root = logging.getLogger("pos")
    root.setLevel(level)
    root.addHandler(handler)
    _configured = True


def recent_log_files() -> list[Path]:
    folder = log_dir()
    if not folder.exists():
        return []
    return sorted(folder.glob(LOG_FILE + "*"), key=lambda p: p.stat().st_mtime, reverse=True)
