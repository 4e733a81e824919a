"""The nearest a test comes to a power cut: SIGKILL a till in the middle of ringing sales.

Every receipt number the child printed (it prints after commit) must be in the ledger, no sale
may be partial, and `pos ledger verify` must pass after every kill.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from pos.records.ledger import open_ledger
from pos.settings import Settings
from tests.conftest import ROOT, run_pos

KILLS = 20


def test_sigkill_at_random_moments_loses_no_confirmed_sale(outlet) -> None:
    outlet.ledger.close()
    rng = random.Random(20261126)
    confirmed: list[str] = []
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.crash_child", str(outlet.data_dir)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.stdout is not None
        for _ in range(rng.randint(1, 12)):
            line = child.stdout.readline()
            assert line, "the child died before selling"
            confirmed.append(line.strip())
        time.sleep(rng.uniform(0, 0.004))  # not a wait: it moves the kill to a random moment
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        confirmed += [r for r in rest.split() if r]  # printed after commit, before the kill
        verify = run_pos(outlet.data_dir, "ledger", "verify", "--json")
        assert verify.code == 0, verify.stdout + verify.stderr
    assert_every_shown_sale_is_whole(outlet.settings, confirmed, KILLS)


def assert_every_shown_sale_is_whole(settings: Settings, shown: list[str], kills: int) -> None:
    """Every receipt number shown is stored, no sale lacks lines or payments, and the numbers
    run on from 1 with no gap (none lost or doubled). Shared with the power-cut test."""
    with open_ledger(settings) as ledger:
        stored = {r["receipt_no"] for r in ledger.db.query("SELECT receipt_no FROM sales")}
        partial = ledger.db.execute(
            "SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)"
            " OR NOT EXISTS (SELECT 1 FROM payments p WHERE p.sale_id = s.id)"
        ).fetchone()[0]
    assert len(shown) >= kills
    assert set(shown) <= stored
    assert partial == 0
    # the numbering stayed consecutive across the kills: no receipt number lost or doubled
    numbers = sorted(int(r[-6:]) for r in stored)
    assert numbers == list(range(1, len(numbers) + 1))
