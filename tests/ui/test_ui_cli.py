"""`pos app` and `pos` with no command: the counter's entry points."""

from __future__ import annotations

from pathlib import Path

from conftest import run_pos

FIRST_RUN_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pos.settings import resolve_settings
from pos.ui.shell.app import run_app
from pos.ui.shell.first_run import FirstRunWizard

app = QApplication([])

def look_then_cancel():
    shown = [w for w in app.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()]
    print("WIZARDS", len(shown))
    shown[0].reject()

QTimer.singleShot(0, look_then_cancel)
sys.exit(run_app(resolve_settings(sys.argv[1])))
"""


def test_pos_app_on_an_empty_data_dir_opens_the_first_run_wizard_and_cancelling_sets_up_nothing(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    empty = tmp_path / "empty"
    proc = subprocess.run(
        [sys.executable, "-c", FIRST_RUN_CHILD, str(empty)],
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr[-2000:]
    assert "WIZARDS 1" in proc.stdout
    assert "nothing was set up" in proc.stderr
    assert not (empty / "ledger.sqlite").exists() and not list(empty.glob("*.sqlite"))


def test_pos_help_lists_the_app_command_and_its_fullscreen_option(tmp_path: Path) -> None:
    assert "app" in run_pos(tmp_path, "--help").stdout
    assert "--fullscreen" in run_pos(tmp_path, "app", "--help").stdout


RUN_APP_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pos.settings import resolve_settings
from pos.ui.shell.app import run_app
from pos.ui.shell.main_window import MainWindow

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
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "WINDOWS 1 LOGIN True" in proc.stdout
    log = (outlet.data_dir / "logs" / "counter.log").read_text(encoding="utf-8")
    assert "counter ready in" in log
