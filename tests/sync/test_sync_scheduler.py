# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""The background scheduler, backoff, the one-sync-per-ledger lock, clock skew and TLS pinning."""

from __future__ import annotations

import subprocess
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pos import clock
from pos.server.app import create_app
from pos.server.runner import ServerThread
from pos.sync import service
from pos.sync.client import SyncError
from pos.sync.scheduler import SchedulerConfig, SyncScheduler, backoff_delay, next_nightly
from tests.conftest import make_outlet
from tests.server.test_server_api import _sell
from tests.support.sync_fixtures import District, make_store, sqlite_district  # noqa: F401

FAST = SchedulerConfig(push_delay_s=0, pull_every_s=3600, backoff_base_s=0.01, backoff_cap_s=0.05)


def test_backoff_is_full_jitter_under_a_growing_cap_and_honours_retry_after() -> None:
    config = SchedulerConfig(backoff_base_s=5, backoff_cap_s=900)
    for failures in range(1, 12):
        ceiling = min(900, 5 * 2**failures)
        delays = [backoff_delay(failures, config) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling / 4  # spread over the range, not pinned to one value
    assert all(backoff_delay(1, config, retry_after=120) >= 120 for _ in range(50))


def test_the_nightly_pass_falls_at_the_set_hour_plus_jitter() -> None:
    config = SchedulerConfig(nightly_hour=2, nightly_jitter_s=1800)
    noon = datetime(2026, 3, 10, 6, 30, tzinfo=UTC)  # 12:00 in Kolkata
    waits = [next_nightly(noon, config) for _ in range(100)]
    assert all(14 * 3600 <= w <= 14 * 3600 + 1800 for w in waits)


def _waiter(predicate):  # type: ignore[no-untyped-def]
    seen = threading.Event()
    last: list[service.SyncStatus] = []

    def on_change(state: service.SyncStatus) -> None:
        last.append(state)
        if predicate(state):
            seen.set()

    return seen, last, on_change


def test_the_scheduler_pushes_soon_after_a_sale_and_reports_its_status(
    sqlite_district: District, tmp_path: Path
) -> None:
    outlet = make_outlet(tmp_path / "o")
    service.enroll(outlet.ledger, sqlite_district.url, sqlite_district.enrolment_code())
    seen, last, on_change = _waiter(lambda s: s.pending == 0 and s.last_success_at is not None)
    scheduler = SyncScheduler(outlet.settings, FAST, on_change=on_change)
    scheduler.start()
    try:
        assert seen.wait(30), last
        seen.clear()
        before = sqlite_district.store.count("sales")
        _sell(outlet)
        scheduler.notify_sale()
        assert seen.wait(30), last
        assert sqlite_district.store.count("sales") == before + 1
        state = scheduler.status()
        assert state.pending == 0 and state.last_error is None
        assert state.clock_skew_seconds is not None and state.skew_warning is None
    finally:
        scheduler.stop()


def test_an_unreachable_district_is_a_status_in_plain_words_and_nothing_is_lost(
    tmp_path: Path,
) -> None:
    store = make_store(str(tmp_path / "d.sqlite"))
    code = store.add_outlet("G01", "Gwalior")
    outlet = make_outlet(tmp_path / "o")
    with ServerThread(create_app(store)) as server:
        service.enroll(outlet.ledger, server.url, code)
    _sell(outlet)  # the server is gone now
    pending = service.status(outlet.ledger).pending
    seen, last, on_change = _waiter(lambda s: s.last_error is not None)
    scheduler = SyncScheduler(outlet.settings, FAST, on_change=on_change)
    scheduler.start()
    try:
        assert seen.wait(30), last
        state = last[-1]
        assert "cannot be reached" in (state.last_error or "")
        assert state.pending == pending and state.oldest_pending_at is not None
    finally:
        scheduler.stop()
    store.close()


def test_only_one_sync_runs_at_a_time_per_ledger(sqlite_district: District, tmp_path: Path) -> None:
    outlet = make_outlet(tmp_path / "o")
    service.enroll(outlet.ledger, sqlite_district.url, sqlite_district.enrolment_code())
    with service.sync_lock(outlet.ledger), pytest.raises(service.SyncBusy):
        service.sync_once(outlet.ledger)
    service.sync_once(outlet.ledger)  # free again


def test_a_clock_more_than_five_minutes_off_is_shown() -> None:
    base = dict(
        enrolled=True, server_url="x", pending=0, attention=0, oldest_pending_at=None,
        last_success_at=None, last_attempt_at=None, last_error=None, catalog_version=0,
    )  # fmt: skip
    assert service.SyncStatus(clock_skew_seconds=299, **base).skew_warning is None  # type: ignore[arg-type]
    warning = service.SyncStatus(clock_skew_seconds=-900, **base).skew_warning  # type: ignore[arg-type]
    assert warning == "this till's clock is 15 minutes ahead of the district's"


def test_a_sync_before_enrolment_says_how_to_enrol(tmp_path: Path) -> None:
    outlet = make_outlet(tmp_path / "o")
    with pytest.raises(Exception, match="pos enroll"):
        service.sync_once(outlet.ledger)


def _make_ca(workdir: Path) -> tuple[Path, Path, Path]:
    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=workdir)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
            "ca.pem", "-days", "2", "-subj", "/CN=Gwalior district CA")  # fmt: skip
    (workdir / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1\n")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
            "server.csr", "-subj", "/CN=127.0.0.1")  # fmt: skip
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "server.pem", "-days", "2",
            "-extfile", "ext.cnf")  # fmt: skip
    return workdir / "ca.pem", workdir / "server.pem", workdir / "server.key"


def test_https_with_the_districts_own_ca_pinned_at_enrolment(tmp_path: Path) -> None:
    ca, cert, key = _make_ca(tmp_path)
    store = make_store(str(tmp_path / "d.sqlite"))
    ssl = {"certfile": str(cert), "keyfile": str(key)}
    with ServerThread(create_app(store), ssl=ssl) as server:
        stranger = make_outlet(tmp_path / "stranger")
        with pytest.raises(SyncError, match="certificate could not be verified"):
            service.enroll(stranger.ledger, server.url, store.add_outlet("G01", "Gwalior"))
        outlet = make_outlet(tmp_path / "o")
        service.enroll(outlet.ledger, server.url, store.add_outlet("G01", "Gwalior"), ca)
        assert outlet.ledger.db.execute("SELECT ca_file FROM device").fetchone()[0].endswith(".pem")
        _sell(outlet)
        result = service.sync_once(outlet.ledger)
        assert result.accepted > 0 and service.status(outlet.ledger).pending == 0
    store.close()
    assert clock.now_utc()


def test_the_schedule_follows_the_outlets_settings(tmp_path: Path) -> None:
    from pos.db.outlet import outlet_q
    from pos.sync.scheduler import config_from_ledger

    outlet = make_outlet(tmp_path / "o")
    for key, value in (("sync_nightly_hour", "23"), ("sync_pull_minutes", "10"),
                       ("sync_push_delay_seconds", "oops")):  # fmt: skip
        outlet_q.put_setting(outlet.ledger.db, key, value)
    config = config_from_ledger(outlet.ledger)
    assert (config.nightly_hour, config.pull_every_s, config.push_delay_s) == (23, 600.0, 5.0)
    assert SyncScheduler(outlet.settings).config == config


def test_a_busy_servers_retry_after_reaches_the_backoff() -> None:
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from pos.sync.client import DistrictClient

    async def busy(_request):  # type: ignore[no-untyped-def]
        return JSONResponse({"detail": "busy"}, status_code=503, headers={"Retry-After": "42"})

    app = Starlette(routes=[Route("/v1/health", busy)])
    with ServerThread(app) as server:
        client = DistrictClient(server.url, "secret")
        with pytest.raises(SyncError) as refused:
            client.health()
        client.close()
    assert refused.value.status == 503 and refused.value.retry_after == 42
    assert "busy" in refused.value.message
    assert all(backoff_delay(1, FAST, refused.value.retry_after) >= 42 for _ in range(20))


def test_a_sale_noted_while_a_pass_runs_is_pushed_by_a_later_pass(
    sqlite_district: District, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    outlet = make_outlet(tmp_path / "o")
    service.enroll(outlet.ledger, sqlite_district.url, sqlite_district.enrolment_code())
    scheduler = SyncScheduler(outlet.settings, FAST)
    real_sync_once = service.sync_once

    def pass_during_which_a_sale_commits(ledger, **kwargs):  # type: ignore[no-untyped-def]
        result = real_sync_once(ledger, **kwargs)  # this pass read the outbox already
        _sell(outlet)
        scheduler.notify_sale()  # as the counter does once the sale has committed
        return result

    monkeypatch.setattr(service, "sync_once", pass_during_which_a_sale_commits)
    scheduler._pass(True, True, False)
    monkeypatch.setattr(service, "sync_once", real_sync_once)
    assert service.status(outlet.ledger).pending == 1
    assert scheduler._push_due is not None  # the sale's request outlived the pass
    scheduler._pass(True, False, False)
    assert service.status(outlet.ledger).pending == 0
    assert scheduler._push_due is None
