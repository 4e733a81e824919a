"""A real power cut, not only a kill: the ledger lives on tests/support/cutfs.py, a FUSE file system
that keeps every write in memory until it is fsynced; a cut kills that file system and the
till at once, so every unsynced write is gone, as when the mains fail.

``kill -9`` of the till alone (tests/storage/test_crash.py) keeps the kernel's page cache, so it can
never show a write that SQLite forgot to sync. Here a sale whose receipt number was shown must
still be there after each cut, whole; `pos ledger verify` passes; the counter's start-up checks
pass. CI runs POS_POWER_CUTS cuts (default 10); `POS_POWER_CUTS=50` for the full run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pos.cli.commands.app_cmds import start_checks
from pos.cli.common import Context
from tests.conftest import ROOT, make_outlet, run_pos
from tests.storage.test_crash import assert_every_shown_sale_is_whole

CUTS = int(os.environ.get("POS_POWER_CUTS", "10"))

pytestmark = pytest.mark.skipif(
    not Path("/dev/fuse").exists(), reason="no /dev/fuse on this machine: FUSE cannot mount"
)


class CutMount:
    """tests/support/cutfs.py serving ``backing`` at ``mountpoint`` in a child process."""

    def __init__(self, backing: Path, mountpoint: Path) -> None:
        self.backing = backing
        self.mountpoint = mountpoint
        backing.mkdir(parents=True, exist_ok=True)
        mountpoint.mkdir(parents=True, exist_ok=True)
        self.proc: subprocess.Popen[bytes] | None = None

    def mount(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.cutfs", str(self.backing), str(self.mountpoint)],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while not self._in_mount_table():  # polls the mount table, as a ready check
            if self.proc.poll() is not None or time.monotonic() > deadline:
                why = self.proc.stderr.read() if self.proc.stderr else b""  # type: ignore[union-attr]
                raise RuntimeError(f"the FUSE file system did not mount: {why!r}")
            time.sleep(0.01)

    def cut(self, *victims: subprocess.Popen[str]) -> None:
        """The power fails: the file system (with every unsynced write) and the till die at
        once, then the dead mount is taken away."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        for victim in victims:
            victim.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        if self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None
        self._unmount()

    def unmount(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)
            if self.proc.stderr:
                self.proc.stderr.close()
            self.proc = None
        self._unmount()

    def _in_mount_table(self) -> bool:
        # not os.path.ismount: a dead FUSE mount fails stat() (ENOTCONN) and looks unmounted
        target = str(self.mountpoint.resolve())
        with open("/proc/self/mounts", encoding="utf-8") as mounts:
            return any(line.split()[1] == target for line in mounts)

    def _unmount(self) -> None:
        if self._in_mount_table():
            subprocess.run(["umount", "-l", str(self.mountpoint)], check=True, timeout=30)


@pytest.fixture
def cut_mount(tmp_path: Path):  # type: ignore[no-untyped-def]
    mounted = CutMount(tmp_path / "disk", tmp_path / "mnt")
    mounted.mount()
    yield mounted
    mounted.unmount()


def _commit_rows(db: Path, synchronous: str, rows: int) -> subprocess.Popen[str]:
    """A child that commits ``rows`` rows in WAL mode, says so, then waits to be cut."""
    code = (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
        f"c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA synchronous={synchronous}')\n"
        "c.execute('CREATE TABLE IF NOT EXISTS t (n INTEGER)')\n"
        f"for n in range({rows}): c.execute('INSERT INTO t VALUES (?)', (n,))\n"
        "print('committed', flush=True); time.sleep(600)\n"
    )
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def _rows(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM t").fetchone()[0])
    finally:
        conn.close()


def test_a_cut_loses_commits_that_were_never_synced_and_keeps_those_that_were(
    cut_mount: CutMount,
) -> None:
    """The file system is honest: SQLite without fsync (synchronous=OFF) loses its commits in
    a cut, which kill -9 of the writer alone never shows; synchronous=FULL keeps them."""
    unsynced, synced = cut_mount.mountpoint / "off.db", cut_mount.mountpoint / "full.db"
    for db, mode in ((unsynced, "OFF"), (synced, "FULL")):
        child = _commit_rows(db, mode, 20)
        assert child.stdout is not None and child.stdout.readline() == "committed\n"
        child.kill()
        child.communicate()
        assert _rows(db) == 20  # kill -9 of the writer: the page cache keeps every commit
        child = _commit_rows(db, mode, 20)
        assert child.stdout is not None and child.stdout.readline() == "committed\n"
        cut_mount.cut(child)
        child.communicate()
        cut_mount.mount()
    assert _rows(synced) == 40
    assert _rows(unsynced) == 20  # the second 20 were never synced: the cut took them


def test_a_cut_undoes_unsynced_writes_and_truncations_and_keeps_synced_bytes(
    cut_mount: CutMount,
) -> None:
    path = cut_mount.mountpoint / "f"
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o644)
    os.write(fd, b"x" * 5000 + b"synced")
    os.fsync(fd)
    os.ftruncate(fd, 3)
    os.pwrite(fd, b"later", 9000)
    os.close(fd)  # closed, not synced: a page cache would still write it back some time
    assert path.read_bytes() == b"xxx" + bytes(8997) + b"later"  # every reader sees it now
    assert (cut_mount.backing / "f").read_bytes() == b"x" * 5000 + b"synced"
    cut_mount.cut()
    cut_mount.mount()
    assert path.read_bytes() == b"x" * 5000 + b"synced"


def test_a_power_cut_at_random_moments_loses_no_sale_whose_receipt_was_shown(
    cut_mount: CutMount,
) -> None:
    outlet = make_outlet(cut_mount.mountpoint / "outlet")
    outlet.ledger.close()
    settings = outlet.settings
    rng = random.Random(20261130)
    shown: list[str] = []
    for _ in range(CUTS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.crash_child", str(outlet.data_dir)],
            stdout=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
        assert child.stdout is not None
        for _ in range(rng.randint(1, 12)):
            line = child.stdout.readline()
            assert line, "the till died before selling"
            shown.append(line.strip())
        time.sleep(rng.uniform(0, 0.02))  # not a wait: it moves the cut to a random moment
        cut_mount.cut(child)
        rest, _ = child.communicate()
        shown += [r for r in rest.split() if r]  # shown after commit, before the cut
        cut_mount.mount()
        verify = run_pos(outlet.data_dir, "ledger", "verify", "--json")
        assert verify.code == 0, verify.stdout + verify.stderr
        start_checks(Context(settings=settings))  # the counter starts: no refusal
    assert_every_shown_sale_is_whole(settings, shown, CUTS)
    print(f"{CUTS} power cuts: {len(shown)} receipt numbers shown, every one kept whole")
