"""A read-only data folder and a full disk: a clear message, exit 1, nothing half-written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from pos.errors import StorageError
from pos.products import catalog
from pos.selling import sales
from tests.conftest import CASHIER_PIN, ROOT, make_outlet, run_pos

SALE = ("sale", "--item", "MSK-GRNx2", "--pay", "cash=50")


def counts(data_dir: Path) -> tuple[int, int]:
    result = run_pos(data_dir, "ledger", "verify", "--json")
    assert result.code == 0, result.stdout + result.stderr
    report = result.json()
    return report["events"], report["sales"]


def nobody_can_run(python: str, cwd: Path) -> bool:
    probe = subprocess.run(
        ["runuser", "-u", "nobody", "--", python, "-c", "import pos"],
        capture_output=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(cwd)},
    )
    return probe.returncode == 0


def link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed: a real copy
        shutil.copy2(source, target)


def python_for_nobody(folder: Path) -> tuple[str, Path]:
    """An interpreter with this project's packages that `nobody` can run, and the folder to run
    it in (with `pos` importable from it): this one if `nobody` can reach it, else a copy of the
    virtual environment and of the project in ``folder`` (hard links where the file system
    allows). The README's set-up puts the project in root's home folder (mode 700), where
    `nobody` cannot reach the virtual environment."""
    if nobody_can_run(sys.executable, ROOT):
        return sys.executable, ROOT
    editable = shutil.ignore_patterns("__editable__*", "__pycache__")
    python = sys.executable
    if sys.prefix != sys.base_prefix:  # a virtual environment (else: the system's, reachable)
        venv = folder / "venv"
        shutil.copytree(sys.prefix, venv, symlinks=True, copy_function=link_or_copy,
                        ignore=editable)  # fmt: skip
        python = str(venv / "bin" / Path(sys.executable).name)
    source = folder / "src"
    for part in ("pos", "resources"):
        shutil.copytree(ROOT / part, source / part, copy_function=link_or_copy, ignore=editable)
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    assert nobody_can_run(python, source), f"`nobody` cannot run the copy {python}"
    return python, source


@pytest.fixture
def shared_tmp():
    """A folder the unprivileged user can reach (pytest's tmp_path is root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="sarv-ro-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(os.geteuid() != 0, reason="runs the child as `nobody`, which needs root")
def test_a_read_only_data_folder_refuses_the_sale_with_a_clear_message(shared_tmp) -> None:
    python, source = python_for_nobody(shared_tmp / "python")
    outlet = make_outlet(shared_tmp / "outlet")
    outlet.ledger.close()
    for path in [outlet.data_dir, *outlet.data_dir.iterdir()]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    before = counts(outlet.data_dir)
    result = subprocess.run(
        ["runuser", "-u", "nobody", "--", python, "-m", "pos.cli.main",
         "--data-dir", str(outlet.data_dir), *SALE],
        capture_output=True, text=True, cwd=source, stdin=subprocess.DEVNULL, timeout=60,
        env={**os.environ, "PYTHONPATH": str(source), "POS_PIN": CASHIER_PIN},
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert "read-only" in result.stderr or "cannot be opened" in result.stderr
    assert "Traceback" not in result.stderr
    assert counts(outlet.data_dir) == before


def test_a_full_disk_inside_the_sale_transaction_writes_nothing(outlet) -> None:
    ledger = outlet.ledger
    line = sales.price_line(catalog.find_item(ledger, "MSK-GRN"), 1, doc_mode="tax_invoice")
    pages = ledger.db.execute("PRAGMA page_count").fetchone()[0]
    ledger.db.execute(f"PRAGMA max_page_count = {pages}")
    before = ledger.db.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(StorageError, match="disk is full"):
        for _ in range(50):  # the first sales may still fit in free pages
            sales.complete_sale(ledger, [line], [sales.Tender("cash", 1000)], outlet.cashier)
            before += 1
    assert ledger.db.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert not ledger.db.conn.in_transaction
    ledger.db.execute("PRAGMA max_page_count = 1073741823")
    sale = sales.complete_sale(ledger, [line], [sales.Tender("cash", 1000)], outlet.cashier)
    assert sale.total_paise == 1000


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small tmpfs needs root")
def test_the_cli_on_a_full_disk_says_so_and_loses_nothing(shared_tmp) -> None:
    mount_point = shared_tmp / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        outlet = make_outlet(mount_point / "outlet")
        outlet.ledger.close()
        before = counts(outlet.data_dir)
        filler = mount_point / "filler"
        with filler.open("wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError:
                pass
        refused = [run_pos(outlet.data_dir, *SALE) for _ in range(3)]
        assert any(r.code == 1 and "disk is full" in r.stderr for r in refused), refused
        assert all("Traceback" not in r.stderr for r in refused)
        filler.unlink()
        events, sold = counts(outlet.data_dir)
        written = sum(1 for r in refused if r.code == 0)
        assert (sold, events) == (before[1] + written, before[0] + written)
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)
