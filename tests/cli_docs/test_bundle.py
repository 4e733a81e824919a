"""The PyInstaller bundle (build.spec): built from this checkout into a temporary folder, then
`pos --self-test` run from inside it offscreen, with a bare environment (no venv, no checkout
on the path). Takes about a minute; part of the default run (CI builds the bundle once).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pos.ui.shell.selftest import run_self_test
from tests.conftest import ROOT

pytestmark = pytest.mark.bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        pytest.fail("pyinstaller is not installed (pip install -e '.[dev]')")
    work = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    command = [pyinstaller, "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
               "--workpath", str(work / "build"), str(ROOT / "build.spec")]  # fmt: skip
    build = subprocess.run(
        command,
        cwd=work,
        capture_output=True,
        text=True,
        # PyInstaller's own cache (bootloader/binary-dependency cache) stays in the temp folder
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "config")},
        timeout=1200,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    folder = work / "dist" / "pos"
    size = folder_size(folder)
    said = (
        f"bundle: built in {time.monotonic() - started:.0f} s, "
        f"{size / 1e6:.0f} MB in {sum(1 for _ in folder.rglob('*'))} files ({folder})"
    )
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():  # shown in CI's log (pytest captures output)
        print("\n" + said, flush=True)
    return folder


CHECKS = ("ledger and sale", "ledger verify", "receipt raster", "PDF", "translations",
          "counter window")  # fmt: skip


def run_bundled(
    bundle: Path, *args: str, display: bool = False
) -> subprocess.CompletedProcess[str]:
    """The bundle's `pos` with a bare environment: no venv, no checkout, no PYTHONPATH."""
    executable = bundle / ("pos.exe" if sys.platform == "win32" else "pos")
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(bundle.parent),
        "LANG": "C.UTF-8",
        "ESCPOS_CAPABILITIES_PICKLE_DIR": str(bundle.parent / "escpos-cache"),
        "POS_LOG_DIR": str(bundle.parent / "logs"),
    }
    command = [str(executable), *args]
    if display:  # a real X server (Xvfb): Qt's xcb platform plugin and its libraries
        xvfb = shutil.which("xvfb-run")
        assert xvfb, "xvfb-run is missing (scripts/setup.sh installs xvfb)"
        command = [xvfb, "-a", *command]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        command, cwd=bundle.parent, capture_output=True, text=True, env=env, timeout=300
    )


def test_the_bundle_passes_its_self_test_offscreen_without_the_checkout(bundle: Path) -> None:
    result = run_bundled(bundle, "--self-test")
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    assert ", bundle, resources " + str(bundle / "_internal" / "resources") in result.stdout
    for check in CHECKS:
        assert f"ok   {check}:" in result.stdout
    assert "Qt platform offscreen" in result.stdout
    assert f"self-test passed: {len(CHECKS)} checks" in result.stdout


def test_the_bundle_opens_the_counter_window_on_a_real_x_server(bundle: Path) -> None:
    result = run_bundled(bundle, "--self-test", display=True)
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    assert "Qt platform xcb" in result.stdout


def test_the_bundles_cli_sets_up_the_demo_outlet_verifies_and_backs_it_up(
    bundle: Path, tmp_path: Path
) -> None:
    data = str(tmp_path / "outlet")
    assert run_bundled(bundle, "--data-dir", data, "demo").returncode == 0
    verify = run_bundled(bundle, "--data-dir", data, "ledger", "verify")
    assert verify.returncode == 0 and "ledger OK" in verify.stdout
    saved = run_bundled(bundle, "--data-dir", data, "backup", "--auto")
    assert saved.returncode == 0 and "backed up to" in saved.stdout, saved.stderr


def test_the_bundle_leaves_out_the_qt_modules_and_packages_the_counter_does_not_use(
    bundle: Path,
) -> None:
    names = {p.name for p in bundle.rglob("*")}
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6WebEngineCore.so.6",
                   "libQt6Pdf.so.6", "QtNetwork.abi3.so", "libqgtk3.so", "libqwayland-egl.so", "fastapi", "sqlalchemy",
                   "uvicorn", "pytest"):  # fmt: skip
        assert unused not in names, unused
    for needed in ("libQt6Widgets.so.6", "libqoffscreen.so", "libqxcb.so", "capabilities.json",
                   "pos_hi.qm", "SarvNotoSansDevanagari-Regular.ttf", "catalog.json",
                   "schema_0001.sql"):  # fmt: skip
        assert needed in names, needed


def test_the_self_test_names_the_check_that_fails(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setenv("POS_RESOURCES_DIR", str(tmp_path))  # no fonts, no demo data
    assert run_self_test() == 1
    out = capsys.readouterr().out
    assert "FAIL ledger and sale:" in out
    assert "self-test failed at: ledger and sale" in out


def test_the_self_test_passes_from_the_checkout() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pos.cli.main", "--self-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed: 6 checks" in result.stdout
