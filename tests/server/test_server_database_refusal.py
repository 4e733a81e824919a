"""A district database that is not there is a clear refusal (exit 1, what to do), not a
traceback and "this is a bug"."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pos.server.storage import pgtemp
from tests.conftest import ROOT


def pos_server(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pos.server.cli", "--db", db, *args],
        capture_output=True, text=True, cwd=ROOT, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.mark.parametrize("command", [["init", "--district", "Gwalior"], ["report", "sales"]])
def test_a_missing_postgresql_database_is_refused_with_what_to_do(
    postgres: pgtemp.TempPostgres,
    command: list[str],
) -> None:
    url = f"postgresql://postgres@127.0.0.1:{postgres.port}/no_such_district"
    result = pos_server(url, *command)
    assert result.returncode == 1, result.stderr
    assert 'database "no_such_district" does not exist' in result.stderr
    assert "createdb" in result.stderr
    assert "Traceback" not in result.stderr and "bug" not in result.stderr


def test_a_wrong_postgresql_user_is_refused_without_showing_the_password(
    postgres: pgtemp.TempPostgres,
) -> None:
    url = f"postgresql://sarv:s3cret@127.0.0.1:{postgres.port}/postgres"
    result = pos_server(url, "init", "--district", "Gwalior")
    assert result.returncode == 1, result.stderr
    assert 'role "sarv" does not exist' in result.stderr
    assert "s3cret" not in result.stderr and "sarv:***@" in result.stderr
