"""Shared fixtures: a fresh outlet ledger on disk per test, users, and the real `pos` CLI."""

from __future__ import annotations

import os

# Before anything imports Qt: a headless pytest-qt run aborts without it (docs/architecture.md 7).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", "/tmp/sarv-pos-escpos-cache")
os.environ.setdefault("POS_LOG_DIR", "/tmp/sarv-pos-test-logs")

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from pos.outlet import users
from pos.products import catalog
from pos.records.ledger import Ledger, create_ledger
from pos.selling import shifts
from pos.settings import Settings, resolve_settings

if TYPE_CHECKING:
    from pos.server.storage.pgtemp import TempPostgres

ROOT = Path(__file__).resolve().parent.parent
MANAGER_PIN = "2468"
CASHIER_PIN = "1357"

SMALL_CATALOG = {
    "shgs": [
        {
            "code": "SHG-LAX",
            "name_en": "Laxmi SHG",
            "name_hi": "लक्ष्मी स्वयं सहायता समूह",
            "village": "Bijauli",
            "block": "Morar",
        },
        {
            "code": "SHG-DUR",
            "name_en": "Durga SHG",
            "name_hi": "दुर्गा स्वयं सहायता समूह",
            "village": "Mohna",
            "block": "Ghatigaon",
        },
    ],
    "products": [
        {
            "sku": "MSK-GRN",
            "barcodes": "8900000000012",
            "name_en": "Cotton mask green",
            "name_hi": "सूती मास्क हरा",
            "category": "Masks",
            "category_hi": "मास्क",
            "unit": "pc",
            "hsn": "6307",
            "gst_rate": "5",
            "mrp": "10",
            "shg_code": "SHG-LAX",
        },
        {
            "sku": "SOAP-NEEM",
            "barcodes": "8900000000029",
            "name_en": "Neem soap 100 g",
            "name_hi": "नीम साबुन 100 ग्राम",
            "category": "Soap",
            "category_hi": "साबुन",
            "unit": "pc",
            "hsn": "3401",
            "gst_rate": "18",
            "mrp": "35.50",
            "shg_code": "SHG-DUR",
        },
        {
            "sku": "SAN-100",
            "barcodes": "8900000000036",
            "name_en": "Hand sanitizer 100 ml",
            "name_hi": "हैंड सैनिटाइज़र 100 मि.ली.",
            "category": "Sanitizer",
            "category_hi": "सैनिटाइज़र",
            "unit": "pc",
            "hsn": "3808",
            "gst_rate": "18",
            "mrp": "49",
            "shg_code": "SHG-DUR",
        },
    ],
}


@pytest.fixture(scope="session", autouse=True)
def qt_application():  # type: ignore[no-untyped-def]
    """One QApplication for the whole run, made first: printing (QtGui) would otherwise make a
    QGuiApplication, after which the counter's widgets cannot get the QApplication they need."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["sarv-pos-tests"])
    yield app


@dataclass
class Outlet:
    settings: Settings
    ledger: Ledger
    manager: users.User
    cashier: users.User

    @property
    def data_dir(self) -> Path:
        return self.settings.data_dir


def make_outlet(
    data_dir: Path, *, doc_mode: str = "tax_invoice", open_shift: bool = True, code: str = "G01"
) -> Outlet:
    settings = resolve_settings(data_dir)
    ledger = create_ledger(
        settings,
        code=code,
        name_en="Sarv Gwalior Marketing Centre",
        name_hi="सर्व ग्वालियर विपणन केंद्र",
        doc_mode=doc_mode,
        gstin=None if doc_mode == "cash_memo" else "23AAALZ0423G1ZB",  # registered outlets
        upi_vpa="sarvgwalior@upi",
    )
    catalog.import_catalog(ledger, catalog.parse_catalog_json(json.dumps(SMALL_CATALOG)))
    manager = users.add_user(ledger, "Meena", "manager", MANAGER_PIN)
    cashier = users.add_user(ledger, "Ravi", "cashier", CASHIER_PIN)
    if open_shift:
        shifts.open_shift(ledger, cashier, 100_000)
    return Outlet(settings, ledger, manager, cashier)


@pytest.fixture
def outlet(tmp_path: Path) -> Iterator[Outlet]:
    """A tax-invoice outlet with a small catalog, a manager, a cashier and an open shift."""
    made = make_outlet(tmp_path / "outlet")
    yield made
    made.ledger.close()


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    def json(self) -> dict:  # type: ignore[type-arg]
        return json.loads(self.stdout)


def run_pos(
    data_dir: Path,
    *args: str,
    env: dict[str, str] | None = None,
    user: str | None = None,
    timeout: float = 60,
) -> CliResult:
    """Run the real `pos` command in a child process."""
    full_env = {**os.environ, "POS_PIN": CASHIER_PIN, "POS_APPROVER_PIN": MANAGER_PIN}
    full_env.update(env or {})
    cmd = [sys.executable, "-m", "pos.cli.main", "--data-dir", str(data_dir), *args]
    if user:
        cmd = ["runuser", "-u", user, "--", *cmd]
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def pos_cli():  # type: ignore[no-untyped-def]
    return run_pos


@pytest.fixture(scope="session")
def postgres() -> Iterator[TempPostgres]:
    """One PostgreSQL cluster for the whole session (here, not in a module a test imports, so
    every module shares it); skipped, saying why, if it cannot start."""
    from pos.server.storage import pgtemp

    cluster, why = pgtemp.start()
    if cluster is None:
        pytest.skip(why)
    yield cluster
    cluster.stop()
