"""Every screen and dialog of the counter fits a till's screen (1024×768, 1366×768 and
1920×1080) in English and in Hindi, and a bigger screen gets bigger type and touch targets:
a real child process under Xvfb with a window manager (openbox) opens each one, checks its
geometry and saves a screenshot to test-artifacts/ (look at them)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "fit"
CHILD = Path(__file__).resolve().parent / "ui_fit_child.py"
SIZES = ((1024, 768), (1366, 768), (1920, 1080))
RESULTS: dict[tuple[int, int, str], dict] = {}  # type: ignore[type-arg]


def start_display(width: int, height: int) -> tuple[subprocess.Popen, str]:  # type: ignore[type-arg]
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp"],
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
    if not number.strip():
        proc.kill()
        pytest.fail("Xvfb did not start")
    return proc, f":{number.decode().strip()}"


@pytest.fixture(scope="module", params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def screen(request) -> Iterator[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    for tool in ("Xvfb", "openbox", "xdotool"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (scripts/setup.sh's test-only packages)")
    width, height = request.param
    xvfb, display = start_display(width, height)
    env = {**os.environ, "DISPLAY": display}
    wm = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)  # fmt: skip
    # openbox is up when it owns the screen's window-manager selection
    subprocess.run(["xdotool", "search", "--sync", "--limit", "1", "--classname", "."],
                   env=env, timeout=20, capture_output=True)  # fmt: skip
    try:
        yield width, height, display
    finally:
        wm.terminate()
        wm.wait(timeout=10)
        xvfb.terminate()
        xvfb.wait(timeout=10)


def run_tour(screen: tuple[int, int, str], language: str, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    width, height, display = screen
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run(
        [sys.executable, str(CHILD), str(tmp_path), language, str(ARTIFACTS)],
        env=env, capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    RESULTS[(width, height, language)] = result
    return result


@pytest.mark.parametrize("language", ["en", "hi"])
def test_every_screen_and_dialog_fits_the_screen_with_its_key_widgets_visible(
    screen, language, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    result = run_tour(screen, language, tmp_path)
    assert result["problems"] == []
    assert len(result["shots"]) >= 20
    from PySide6.QtGui import QImage

    for name in result["shots"]:
        image = QImage(str(ARTIFACTS / name))
        assert (image.width(), image.height()) == screen[:2], name


def test_a_full_hd_screen_gets_bigger_type_and_touch_targets_not_empty_space() -> None:
    small, big = RESULTS.get((1024, 768, "en")), RESULTS.get((1920, 1080, "en"))
    if small is None or big is None:
        pytest.skip("runs after the tours at 1024x768 and 1920x1080")
    s, b = small["metrics"], big["metrics"]
    assert b["scale"] >= 1.35 and s["scale"] == 1.0
    assert b["total_font_px"] >= s["total_font_px"] * 1.3
    assert b["lock_height"] >= s["lock_height"] * 1.3
    assert b["pay_height"] >= s["pay_height"] * 1.3


def test_the_scale_is_one_up_to_1024x768_and_grows_with_the_smaller_side() -> None:
    from pos.ui.shared.theme import screen_scale

    assert screen_scale(1024, 740) == 1.0  # 1024x768 less a panel
    assert screen_scale(1366, 768) == 1.0  # wider, not taller: the same type
    assert screen_scale(800, 600) == 1.0  # never below 1: the layouts are drawn for 1024
    assert screen_scale(1920, 1050) == 1.37  # Full HD less a panel
    assert screen_scale(1920, 1080) == 1.41
    assert screen_scale(3840, 2160) == 2.0  # capped
