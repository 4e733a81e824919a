"""Shared pieces of the server and sync tests: PostgreSQL started for the session, a real
district server on 127.0.0.1 (in a thread, or a child process that a test may kill), an
enrolled outlet. Imported by the test_server_* and test_sync_* modules."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from pos.server.app import create_app
from pos.server.runner import ServerThread
from pos.server.storage import pgtemp
from pos.server.storage.store import Store
from pos.server.tills.catalog import import_catalog
from pos.sync import service
from tests.conftest import ROOT, SMALL_CATALOG, Outlet, make_outlet

_counter = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The district database: an SQLite file, or a fresh database on the test PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "district.sqlite")
    pg: pgtemp.TempPostgres = request.getfixturevalue("postgres")
    return pg.new_database()


@dataclass
class District:
    store: Store
    url: str
    db: str

    def enrolment_code(self, outlet: str = "G01") -> str:
        return self.store.add_outlet(outlet, "Sarv Gwalior Marketing Centre")

    def publish_small_catalog(self, minute: str = "2020-01-01T00:00") -> None:
        from pos.products.catalog import parse_catalog_json

        import_catalog(self.store, parse_catalog_json(json.dumps(SMALL_CATALOG)), minute)


def make_store(db: str) -> Store:
    store = Store(db)
    store.initialise("Gwalior")
    return store


@pytest.fixture
def district(server_db: str) -> Iterator[District]:
    """A district server on 127.0.0.1 (port 0) in a thread, over SQLite or PostgreSQL."""
    store = make_store(server_db)
    with ServerThread(create_app(store)) as server:
        yield District(store, server.url, server_db)
    store.close()


@pytest.fixture
def sqlite_district(tmp_path: Path) -> Iterator[District]:
    store = make_store(str(tmp_path / "district.sqlite"))
    with ServerThread(create_app(store)) as server:
        yield District(store, server.url, str(tmp_path / "district.sqlite"))
    store.close()


def enrol(outlet: Outlet, district: District) -> None:
    service.enroll(outlet.ledger, district.url, district.enrolment_code())


def fresh_outlet(path: Path, district: District) -> Outlet:
    made = make_outlet(path)
    enrol(made, district)
    return made


class ServerProcess:
    """`pos-server run` in a child process, so a test can kill -9 it at a chosen point."""

    def __init__(self, db: str, workdir: Path, port: int = 0, env: dict[str, str] | None = None):
        self.db = db
        self.workdir = workdir
        self.port_file = workdir / f"port-{next(_counter)}"
        full_env = {**os.environ, **(env or {})}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "pos.server.cli", "--db", db, "run", "--port", str(port),
             "--port-file", str(self.port_file)],
            cwd=ROOT, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while not self.port_file.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"pos-server run did not start: {self.proc.stderr.read()!r}")  # type: ignore[union-attr]
            time.sleep(0.02)
        self.port = int(self.port_file.read_text())
        self.url = f"http://127.0.0.1:{self.port}"
        while True:  # listening already; wait until the app answers
            try:
                requests.get(self.url + "/v1/health", timeout=5)
                break
            except requests.ConnectionError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)
        if self.proc.stderr:
            self.proc.stderr.close()
