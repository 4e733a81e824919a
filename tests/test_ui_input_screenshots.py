"""The counter's input screens driven with real key presses (xdotool) in a real window under
Xvfb with a window manager, screenshots saved to test-artifacts/input/ (look at them)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "input"
CHILD = Path(__file__).resolve().parent / "ui_input_screenshot_child.py"
SCREENS = ("quantity", "search_results", "payment_part", "paid_out", "return", "settings",
           "lock_locked_out", "unlock")  # fmt: skip


@pytest.fixture
def display(request: pytest.FixtureRequest) -> Iterator[str]:
    missing = [p for p in ("Xvfb", "xdotool", "openbox") if shutil.which(p) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)}")
    size = request.param
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        number = pipe.readline().decode().strip()
    name = f":{number}"
    wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": name},
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        yield name
    finally:
        for proc in (wm, xvfb):
            proc.terminate()
            proc.wait(timeout=10)


@pytest.mark.parametrize(
    ("display", "size", "language"),
    [("1024x768", "1024x768", "hi"), ("1920x1080", "1920x1080", "en")],
    indirect=["display"],
)
def test_the_input_screens_are_driven_by_real_keys_and_photographed(
    display: str, size: str, language: str, tmp_path: Path
) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path / "outlet"), language, size, str(ARTIFACTS)],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    from PySide6.QtGui import QImage

    width, height = (int(n) for n in size.split("x"))
    for screen in SCREENS:
        image = QImage(str(ARTIFACTS / f"{screen}_{size}_{language}.png"))
        assert (image.width(), image.height()) == (width, height), screen
