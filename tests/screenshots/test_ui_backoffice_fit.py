"""The back office fits a till's screen: a real child process under Xvfb with openbox opens
each area and dialog at 1024×768, 1366×768 and 1920×1080 in English and Hindi, checks its
geometry and saves screenshots to test-artifacts/backoffice/ (look at them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_ui_fit import SIZES, screen  # noqa: F401 - the Xvfb + openbox fixture

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "backoffice"
CHILD = Path(__file__).resolve().parent / "ui_backoffice_child.py"
assert SIZES


@pytest.mark.parametrize("language", ["en", "hi"])
def test_every_back_office_area_and_dialog_fits_the_screen_with_its_key_widgets_visible(
    screen,  # noqa: F811 - the Xvfb + openbox fixture imported above
    language,
    tmp_path,
) -> None:  # type: ignore[no-untyped-def]
    display = screen[2]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path), language, str(ARTIFACTS)],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["problems"] == []
    assert len(result["shots"]) >= 15
