"""Where the outlet's data lives: --data-dir, then POS_DATA_DIR, then the platformdirs default."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "sarv-pos"


@dataclass(frozen=True)
class Settings:
    data_dir: Path

    @property
    def ledger_path(self) -> Path:
        from pos.db.connection import LEDGER_FILE

        return self.data_dir / LEDGER_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"


def resolve_settings(data_dir: str | os.PathLike[str] | None = None) -> Settings:
    chosen = data_dir or os.environ.get("POS_DATA_DIR")
    if not chosen:
        import platformdirs  # only when no folder is named: a script's `pos` call stays quick

        chosen = platformdirs.user_data_dir(APP_NAME)
    return Settings(data_dir=Path(chosen).expanduser().resolve())
