"""`pos app` and `pos` with no command: the counter's entry points."""

from __future__ import annotations

from pathlib import Path

from conftest import run_pos


def test_pos_app_on_a_data_dir_without_a_ledger_says_what_to_do_and_opens_no_window(
    tmp_path: Path,
) -> None:
    for args in (("app",), ()):
        result = run_pos(tmp_path / "empty", *args)
        assert result.code == 1, result.stderr
        assert "no outlet ledger" in result.stderr and "pos init" in result.stderr


def test_pos_help_lists_the_app_command_and_its_fullscreen_option(tmp_path: Path) -> None:
    assert "app" in run_pos(tmp_path, "--help").stdout
    assert "--fullscreen" in run_pos(tmp_path, "app", "--help").stdout


RUN_APP_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pos.settings import resolve_settings
from pos.ui.app import run_app
from pos.ui.main_window import MainWindow

app = QApplication([])
seen = []

def look_then_quit():
    seen.extend(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    print("WINDOWS", len(seen), "LOGIN", seen[0].stack.currentWidget() is seen[0].login_page)
    app.quit()

QTimer.singleShot(0, look_then_quit)
sys.exit(run_app(resolve_settings(sys.argv[1])))
"""


def test_run_app_opens_the_counter_on_the_outlet_and_logs_when_it_is_ready(outlet) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    outlet.ledger.close()
    proc = subprocess.run(
        [sys.executable, "-c", RUN_APP_CHILD, str(outlet.data_dir)],
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "WINDOWS 1 LOGIN True" in proc.stdout
    log = (outlet.data_dir / "logs" / "counter.log").read_text(encoding="utf-8")
    assert "counter ready in" in log
