"""`pos diagnostics`: one zip a district engineer can read without the ledger itself.

Holds versions, settings (secrets removed), the last log files, queue depths, table sizes and
the `ledger verify` report. No sales data, no PIN hashes, no device secret.
"""

from __future__ import annotations

import json
import platform
import sqlite3
import sys
import zipfile
from dataclasses import asdict
from importlib import metadata
from pathlib import Path
from typing import Any

from pos import clock
from pos.db.outlet import outlet_q
from pos.db.records import diag_q
from pos.logs import recent_log_files
from pos.records.ledger import Ledger
from pos.records.verify import verify_ledger

SECRET_WORDS = ("secret", "password", "pin", "token", "key")


def versions() -> dict[str, str]:
    found = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
             "platform": platform.platform()}  # fmt: skip
    for dist in ("sarv-pos", "PySide6-Essentials", "sqlite-utils", "python-escpos", "reportlab",
                 "requests", "fastapi"):  # fmt: skip
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = "not installed"
    found["frozen"] = str(getattr(sys, "frozen", False))
    return found


def _redact(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: ("(removed)" if any(w in k.lower() for w in SECRET_WORDS) and v else v)
        for k, v in values.items()
    }


def write_diagnostics(ledger: Ledger, target: Path) -> Path:
    report = verify_ledger(ledger)
    device = outlet_q.get_device(ledger.db) or {}
    summary = {
        "written_at": clock.to_iso(clock.now_utc()),
        "versions": versions(),
        "outlet": asdict(ledger.outlet),
        "device": _redact(device),
        "settings": _redact(outlet_q.get_settings(ledger.db)),
        "queues": diag_q.queue_depths(ledger.db),
        "tables": diag_q.table_sizes(ledger.db),
        "ledger_path": str(ledger.path),
    }
    verify = {"ok": report.ok, "events": report.events, "sales": report.sales,
              "head_hash": report.head_hash, "problems": report.problems}  # fmt: skip
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("summary.json", json.dumps(summary, ensure_ascii=False, indent=1))
        archive.writestr("ledger-verify.json", json.dumps(verify, ensure_ascii=False, indent=1))
        for log_file in recent_log_files()[:3]:
            archive.write(log_file, f"logs/{log_file.name}")
    return target
