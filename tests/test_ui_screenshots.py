"""Screenshots of the sale screen with a cart, in English and in Hindi, taken in a real window
under Xvfb and saved to test-artifacts/ (look at them: fonts, layout at 1366×768)."""

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
CHILD = Path(__file__).resolve().parent / "ui_screenshot_child.py"


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip(
            "Xvfb is not installed (apt-get install xvfb xauth and docs/architecture.md 7's libs)"
        )
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    try:
        if not number.strip():
            pytest.fail("Xvfb did not start")
        yield f":{number.decode().strip()}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("language", ["en", "hi"])
def test_a_screenshot_of_the_sale_screen_with_a_cart_is_saved(display, language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = ARTIFACTS / f"sale_screen_{language}.png"
    out.unlink(missing_ok=True)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path / "outlet"), language, str(out)],
        env=env, capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    # A real frame, not a blank screen: many distinct colours were painted.
    colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
    assert len(colours) > 20
