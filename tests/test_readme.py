"""The README's command blocks run as written, in order, on a fresh data folder: the demo
day, a sale from the shell, the printing block and the district trial (two tills, TLS with the
district's own CA). Each block marked `<!-- readme-test: NAME -->` runs in bash with `set -euo
pipefail` in a folder laid out like a checkout (`.venv/bin/pos`, `.venv/bin/pos-server`,
`.venv/bin/activate`, `resources/`) whose `pos` is this checkout's."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

MARKED = re.compile(r"<!-- readme-test: (\w+) -->\n```sh\n(.*?)```\n", re.S)


def readme_blocks() -> list[tuple[str, str]]:
    return MARKED.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def checkout_like(folder: Path) -> dict[str, str]:
    """`.venv/bin/{pos,pos-server,activate}` running this checkout; returns the environment."""
    bin_dir = folder / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    for name, module in (("pos", "pos.cli.main"), ("pos-server", "pos.server.cli")):
        script = bin_dir / name
        script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m {module} "$@"\n')
        script.chmod(0o755)
    (bin_dir / "activate").write_text(f'PATH="{bin_dir}:$PATH"; export PATH\n')
    (folder / "resources").symlink_to(ROOT / "resources")
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(folder),
        "LANG": "C.UTF-8",
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "ESCPOS_CAPABILITIES_PICKLE_DIR": os.environ.get("ESCPOS_CAPABILITIES_PICKLE_DIR", "/tmp"),
        "POS_LOG_DIR": str(folder / "logs"),
    }


def run_block(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = subprocess.Popen(
        ["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    try:
        out, err = proc.communicate(timeout=300)
    finally:
        # a block that failed half-way may leave its background server behind
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_the_readme_marks_the_demo_shell_printing_and_district_blocks() -> None:
    assert [name for name, _ in readme_blocks()] == ["demo", "shell", "printing", "district"]


@pytest.mark.skipif(not Path("/usr/bin/openssl").exists(), reason="the district block uses openssl")
def test_every_marked_readme_block_runs_as_written_in_order_on_a_fresh_folder(
    tmp_path: Path,
) -> None:
    env = checkout_like(tmp_path)
    outputs = {}
    for name, script in readme_blocks():
        done = run_block(script, tmp_path, env)
        assert done.returncode == 0, f"README block {name!r} failed:\n{done.stdout}\n{done.stderr}"
        outputs[name] = done.stdout
    assert "ledger OK" in outputs["demo"] and (tmp_path / "z.pdf").stat().st_size > 0
    assert re.search(r"RETURN G01A-R\d{4}-00001 \(of G01A-\d{4}-000001\)", outputs["demo"])
    assert '"receipt_no": "G01A-' in outputs["shell"] and "ledger OK" in outputs["shell"]
    assert (tmp_path / "printer.bin").stat().st_size > 1000
    assert (tmp_path / "test-page.png").exists() and (tmp_path / "labels.png").exists()
    # a file printer cannot confirm paper: "sent, not confirmed" (a network printer says done)
    assert re.search(r"receipt +G01A-\d{4}-\d{6} +(done|sent, not confirmed)", outputs["printing"])
    assert "device G01B" in outputs["district"]
    assert re.search(r"\n\d{4}-\d\d-\d\d +G01 +1 +0 +20\.00", outputs["district"])
    assert (tmp_path / "district" / "backup.sqlite").stat().st_size > 0
