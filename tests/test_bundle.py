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

from pos.selftest import run_self_test
from tests.conftest import ROOT

pytestmark = pytest.mark.bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        pytest.fail("pyinstaller is not installed (pip install -e '.[dev]')")
    work = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    build = subprocess.run(
        [pyinstaller, "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "build.spec")],  # fmt: skip
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
    print(
        f"\nbundle: built in {time.monotonic() - started:.0f} s, "
        f"{size / 1e6:.0f} MB in {sum(1 for _ in folder.rglob('*'))} files ({folder})"
    )
    return folder


def test_the_bundle_passes_its_self_test_offscreen_without_the_checkout(bundle: Path) -> None:
    executable = bundle / ("pos.exe" if sys.platform == "win32" else "pos")
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(bundle.parent),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "ESCPOS_CAPABILITIES_PICKLE_DIR": str(bundle.parent / "escpos-cache"),
    }
    result = subprocess.run(
        [str(executable), "--self-test"],
        cwd=bundle.parent,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr[-4000:]
    assert ", bundle, resources " + str(bundle / "_internal" / "resources") in result.stdout
    for check in ("ledger and sale", "ledger verify", "receipt raster", "PDF", "translations"):
        assert f"ok   {check}:" in result.stdout
    assert "self-test passed" in result.stdout


def test_the_bundle_leaves_out_the_qt_modules_and_packages_the_counter_does_not_use(
    bundle: Path,
) -> None:
    names = {p.name for p in bundle.rglob("*")}
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6WebEngineCore.so.6",
                   "libQt6Pdf.so.6", "QtNetwork.abi3.so", "libqgtk3.so", "fastapi", "sqlalchemy",
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
    assert "self-test passed: 5 checks" in result.stdout
