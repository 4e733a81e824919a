"""Screenshots of the Orders panel in a real window under Xvfb with a window manager
(openbox), at 1024×768, 1366×768 and 1920×1080, in English and Hindi, saved to
test-artifacts/ (look at them: everything fits, Hindi shaped)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHILD = Path(__file__).resolve().parent / "ui_orders_screenshot_child.py"
SIZES = ("1024x768", "1366x768", "1920x1080")


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    if shutil.which("Xvfb") is None or shutil.which("openbox") is None:
        pytest.skip("Xvfb and openbox are not installed (apt-get install xvfb openbox)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
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
        wm.terminate()
        wm.wait(timeout=10)
        xvfb.terminate()
        xvfb.wait(timeout=10)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["en", "hi"])
def test_the_orders_panel_fits_each_screen_size_in_each_language(
    display: str, language: str, size: str, tmp_path: Path
) -> None:
    out = ARTIFACTS / f"orders-panel-{size}-{language}.png"
    out.unlink(missing_ok=True)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path / "outlet"), language, size, str(out)],
        env=env, capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    width, height = (int(x) for x in size.split("x"))
    assert image.width() >= width * 0.9 and image.height() >= height * 0.85
    colours = {image.pixel(x, y) for x in range(0, image.width(), 9)
               for y in range(0, image.height(), 9)}  # fmt: skip
    assert len(colours) > 20
