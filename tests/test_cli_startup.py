"""`pos` imports only what the command it runs needs: a script or cron job calling `pos shift
status` twenty times must not pay twenty times for Qt, the printer stack and the sync stack.
The times are in bench/bench_startup.py; these tests check what is imported, not how fast."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys

import pytest

from pos.cli.main import COMMAND_MODULES, COMMANDS, command_word
from tests.conftest import CASHIER_PIN, ROOT

HEAVY = ("PySide6", "escpos", "requests", "reportlab", "pydantic", "fastapi", "sqlalchemy",
         "qrcode", "PIL", "uharfbuzz", "logging.handlers", "platformdirs")  # fmt: skip

PROBE = """
import json, sys
from pos.cli.main import main
code = main(sys.argv[1:])
heavy = sorted({name for name in sys.modules for top in HEAVY if name == top or name.startswith(top + ".")})
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def imported_by(outlet, *args: str) -> list[str]:  # type: ignore[no-untyped-def]
    outlet.ledger.close()
    proc = subprocess.run(
        [sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{PROBE}", "--data-dir", str(outlet.data_dir), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=60, stdin=subprocess.DEVNULL,
        env={"PATH": "/usr/bin:/bin", "POS_PIN": CASHIER_PIN, "POS_DATA_DIR": "",
             "POS_LOG_DIR": str(outlet.data_dir / "logs"), "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, proc.stdout + proc.stderr
    return report["heavy"]


def test_shift_status_imports_neither_qt_nor_the_printer_nor_the_sync_stack(outlet) -> None:  # type: ignore[no-untyped-def]
    assert imported_by(outlet, "shift", "status") == []


def test_a_sale_without_a_printer_imports_neither_qt_nor_the_printer_nor_the_sync_stack(
    outlet,
) -> None:  # type: ignore[no-untyped-def]
    assert imported_by(outlet, "sale", "--item", "MSK-GRNx2", "--pay", "cash=20") == []


def test_the_command_table_names_the_module_of_every_command() -> None:
    registered = {}
    for name in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(name).register(sub)
        registered.update(dict.fromkeys(sub.choices, name))
    assert registered == COMMANDS


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["shift", "status"], "shift"),
        (["--data-dir", "/x", "sale", "--item", "A"], "sale"),
        (["--data-dir=/x", "report", "x"], "report"),
        (["--help"], None),
        (["--data-dir", "shift"], None),
        ([], None),
    ],
)
def test_the_command_word_is_found_after_the_global_options(
    argv: list[str], word: str | None
) -> None:
    assert command_word(argv) == word
