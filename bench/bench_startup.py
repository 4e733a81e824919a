"""Start-up costs. (1) The `pos` command: wall and CPU time of `pos shift status`, `pos sale`
and `pos --help` on the demo outlet, each against `python -c "import sqlite3"` (the bare
interpreter, same virtual environment) in the same run, runs interleaved so a busy machine
slows all alike; targets: shift status at most 5x the bare interpreter, sale at most 8x.
(2) The counter's start-up check: opening the ledger with SQLite's quick_check (what `pos app`
does) against a plain open (the baseline) and the full integrity_check (what backups and
restores run), on a bulk ledger.

    .venv/bin/python bench/bench_startup.py --lines 1000000 --runs 30   # a year of a busy outlet
    .venv/bin/python bench/bench_startup.py --smoke                     # CI: 20,000 lines, 3 runs
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bulk_ledger import generate_ledger  # noqa: E402
from common import machine, ms, timed  # noqa: E402

from pos.db import connection  # noqa: E402
from pos.records.ledger import open_ledger  # noqa: E402
from pos.settings import resolve_settings  # noqa: E402

TARGETS = {"pos shift status": 5.0, "pos sale": 8.0}


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def pos_command() -> list[str]:
    """The `pos` console script beside this interpreter, else `python -m pos.cli.main`."""
    script = Path(sys.executable).parent / "pos"
    return [str(script)] if script.exists() else [sys.executable, "-m", "pos.cli.main"]


def bench_cli(runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="sarv-bench-cli-") as tmp:
        env = {**os.environ, "POS_DATA_DIR": tmp, "POS_PIN": "1111", "POS_LOG_DIR": tmp}
        pos = pos_command()
        subprocess.run([*pos, "demo"], env=env, check=True, capture_output=True)
        subprocess.run([*pos, "shift", "open", "--user", "Ravi", "--float", "1000"], env=env,
                       check=True, capture_output=True)  # fmt: skip
        commands = {
            'python -c "import sqlite3"': [sys.executable, "-c", "import sqlite3"],
            "pos shift status": [*pos, "shift", "status"],
            "pos sale": [
                *pos,
                "sale",
                "--item",
                "MSK-GRNx2",
                "--item",
                "SOAP-NEEM",
                "--pay",
                "cash=100",
            ],
            "pos --help": [*pos, "--help"],
        }
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for command in commands.values():
            run_once(command, env)  # warm the page cache and the bytecode cache alike
        for _ in range(runs):
            for name, command in commands.items():
                samples[name].append(run_once(command, env))
    bare_wall = statistics.median(w for w, _ in samples['python -c "import sqlite3"'])
    bare_cpu = statistics.median(c for _, c in samples['python -c "import sqlite3"'])
    print(f"workload: each command {runs} times, interleaved, on the demo outlet with a shift "
          f"open (`pos sale`: a 2-line cash sale each run); medians")  # fmt: skip
    for name in commands:
        wall = statistics.median(w for w, _ in samples[name])
        cpu = statistics.median(c for _, c in samples[name])
        target = TARGETS.get(name)
        verdict = ""
        if target:
            ok = wall <= target * bare_wall and cpu <= target * bare_cpu
            verdict = f"  target <= {target:.0f}x: {'met' if ok else 'NOT MET'}"
        print(f"{name:28} wall {ms(wall):>10} ({wall / bare_wall:4.1f}x)   "
              f"CPU {ms(cpu):>10} ({cpu / bare_cpu:4.1f}x){verdict}")  # fmt: skip
    print(f"of which in `pos sale`: one PIN check (scrypt, as pos.outlet.users hashes PINs): "
          f"{ms(pin_check_seconds())} CPU")  # fmt: skip


def pin_check_seconds() -> float:
    """CPU time of one PIN check: `pos sale` verifies the cashier's PIN, slow by design."""
    from pos.outlet import users

    stored = users.hash_pin("1111")
    start = time.process_time()
    users.pin_matches("1111", stored)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", "--size", type=int, default=200_000, help="sale lines")
    parser.add_argument("--smoke", action="store_true", help="20,000 lines, 3 runs")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs")
    parser.add_argument("--runs", type=int, default=20, help="runs of each `pos` command")
    parser.add_argument("--cli-only", action="store_true", help="only the `pos` command part")
    args = parser.parse_args(argv)
    if args.smoke:
        args.lines, args.runs = 20_000, 3
    print("== the `pos` command")
    bench_cli(args.runs)
    if args.cli_only:
        print(f"machine: {machine()}")
        return 0
    print("== the counter's start-up integrity check")
    with tempfile.TemporaryDirectory(prefix="sarv-bench-startup-") as tmp:
        data = Path(tmp) / "outlet"
        made = generate_ledger(data, lines=args.lines, products=2_000, days=60)
        settings = resolve_settings(data)

        def plain() -> None:
            open_ledger(settings).close()

        def checked() -> None:
            open_ledger(settings, check=True).close()

        def full() -> None:
            if connection.integrity_problems(settings.ledger_path):
                raise SystemExit("the bulk ledger fails its integrity check")

        plain()  # warm the page cache for every variant alike
        base = min(timed(plain) for _ in range(args.repeat))
        quick = min(timed(checked) for _ in range(args.repeat))
        whole = min(timed(full) for _ in range(args.repeat))
        size = settings.ledger_path.stat().st_size / 2**20
        print(f"workload: ledger of {made.lines:,} sale lines, {made.events:,} events, "
              f"{size:.0f} MiB (warm page cache, best of {args.repeat})")  # fmt: skip
        print(f"open (baseline):           {ms(base)}")
        print(f"open + quick_check (app):  {ms(quick)}  ({quick / base:.1f}x the baseline)")
        print(f"integrity_check (backups): {ms(whole)}  ({whole / base:.1f}x the baseline)")
        print(f"machine: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
