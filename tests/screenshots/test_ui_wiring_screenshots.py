"""Screenshots under Xvfb of the sale screen with the printer and sync indicators live (a
loopback printer and a district server on 127.0.0.1), with the printer off, and of the
first-run wizard; saved to test-artifacts/ (look at them)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.screenshots.test_ui_screenshots import ARTIFACTS, ROOT, display  # noqa: F401

CHILD = Path(__file__).resolve().parent / "ui_wiring_screenshot_child.py"
SHOTS = ("sale_screen_live.png", "sale_screen_printer_off.png", "wizard_choose.png",
         "wizard_district.png")  # fmt: skip


def test_screenshots_of_the_live_indicators_and_the_wizard_are_saved(display, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    for name in SHOTS:
        (ARTIFACTS / name).unlink(missing_ok=True)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path), str(ARTIFACTS)],
        env=env, capture_output=True, text=True, timeout=180, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:] + proc.stdout[-2000:]
    for name in SHOTS:
        image = QImage(str(ARTIFACTS / name))
        assert (image.width(), image.height()) == (1366, 768), name
        colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
        assert len(colours) > 20, name  # a painted frame, not a blank screen
