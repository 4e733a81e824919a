"""A throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks.

Started as the ``postgres`` user (PostgreSQL refuses to run as root) with initdb and pg_ctl
in a temporary folder, on a free port, trust authentication, fsync off.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

_counter = itertools.count(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class TempPostgres:
    port: int
    workdir: Path
    bindir: Path

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def new_database(self) -> str:
        """A fresh empty database; returns its URL."""
        import psycopg

        name = f"district_{os.getpid()}_{next(_counter)}"
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self.bindir / "pg_ctl"), "-D",
             str(self.workdir / "data"), "-m", "immediate", "stop"],
            capture_output=True, check=False,
        )  # fmt: skip
        shutil.rmtree(self.workdir, ignore_errors=True)


def start() -> tuple[TempPostgres | None, str]:
    """Start a cluster; returns (cluster, "") or (None, the reason it cannot start)."""
    if os.name != "posix" or os.geteuid() != 0:
        return None, "PostgreSQL is started as the postgres user, which needs root here"
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        return None, "PostgreSQL is not installed (apt-get install postgresql)"
    if shutil.which("runuser") is None:
        return None, "runuser is missing: cannot start PostgreSQL as the postgres user"
    bindir = Path(found[-1]).parent
    workdir = Path(tempfile.mkdtemp(prefix="pos-pg-"))
    shutil.chown(workdir, "postgres", "postgres")
    data = workdir / "data"
    as_pg = ["runuser", "-u", "postgres", "--"]
    init = subprocess.run(
        [*as_pg, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if init.returncode != 0:
        shutil.rmtree(workdir, ignore_errors=True)
        return None, f"initdb failed: {init.stderr[-300:]}"
    port = free_port()
    options = f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c fsync=off"
    started = subprocess.run(
        [*as_pg, str(bindir / "pg_ctl"), "-D", str(data), "-o", options,
         "-l", str(workdir / "log"), "-w", "-t", "60", "start"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if started.returncode != 0:
        shutil.rmtree(workdir, ignore_errors=True)
        return None, f"PostgreSQL did not start: {started.stderr[-300:]}"
    return TempPostgres(port, workdir, bindir), ""
