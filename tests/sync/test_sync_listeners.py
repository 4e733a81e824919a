# ruff: noqa: F811  (pytest fixtures imported from tests.support.sync_fixtures)
"""`pos sync` against real misbehaving listeners on 127.0.0.1: a server that trickles its
answer a byte at a time, a proxy that loses the district's reply after the district stored the
batch, a gateway that answers 502 with an HTML page. The sync gives up at its whole-request
deadline and frees its lock, keeps every pending event, and says what happened."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos.db.connection import transaction
from pos.db.outlet import outlet_q
from pos.outlet import config
from pos.sync import service
from tests.conftest import CASHIER_PIN, MANAGER_PIN, ROOT, Outlet, run_pos
from tests.server.test_server_api import _sell
from tests.support.sync_fixtures import District, fresh_outlet, sqlite_district  # noqa: F401


class Listener:
    """A TCP listener on 127.0.0.1 (port 0) that serves each connection with ``serve``."""

    def __init__(self, serve) -> None:  # type: ignore[no-untyped-def]
        self.serve = serve
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connected = threading.Event()
        self.client_gone = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        with conn:
            self.connected.set()
            try:
                self.serve(self, conn)
            except OSError:
                self.client_gone.set()

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


def read_request(conn: socket.socket) -> bytes:
    """One whole HTTP request (headers and a Content-Length body) as it came."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise ConnectionResetError("the client went away")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            raise ConnectionResetError("the client went away")
        body += chunk
    return head + b"\r\n\r\n" + body


def trickle(listener: Listener, conn: socket.socket) -> None:
    """Read the request, then answer one byte a second for ever: each read of the client
    gets a byte well inside its 120 s read timeout, so only a whole-request deadline ends it."""
    read_request(conn)
    reply = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"x" * 10_000
    for byte in reply:
        conn.sendall(bytes([byte]))
        if listener.stop.wait(1.0):  # paces the trickle; ends early when the test is over
            return
    raise AssertionError("the client waited out 10,000 seconds of trickle")


def losing_proxy(upstream: str):  # type: ignore[no-untyped-def]
    """Forward the request to the real district, read its whole answer, then hang up on the
    till without a byte of it: the district stored the batch, the till never hears so."""
    host, port = upstream.removeprefix("http://").split(":")

    def serve(listener: Listener, conn: socket.socket) -> None:
        request = read_request(conn).replace(b"keep-alive", b"close")
        with socket.create_connection((host, int(port))) as up:
            up.sendall(request)
            while up.recv(65536):  # the district's whole answer, thrown away
                pass

    return serve


GATEWAY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


def bad_gateway(listener: Listener, conn: socket.socket) -> None:
    read_request(conn)
    conn.sendall(
        b"HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\nContent-Type: text/html\r\n"
        b"Content-Length: "
        + str(len(GATEWAY_PAGE)).encode()
        + b"\r\nConnection: close\r\n\r\n"
        + GATEWAY_PAGE
    )


@pytest.fixture
def listeners() -> Iterator[list[Listener]]:
    made: list[Listener] = []
    yield made
    for listener in made:
        listener.close()


def _point_at(outlet: Outlet, url: str) -> None:
    """Send this till's sync to ``url`` (a listener standing where the district would be)."""
    with transaction(outlet.ledger.db):
        outlet_q.update_device(outlet.ledger.db, {"server_url": url})


def _selling_outlet(tmp_path: Path, district: District, sales: int = 3) -> Outlet:
    outlet = fresh_outlet(tmp_path / "o", district)
    for _ in range(sales):
        _sell(outlet)
    return outlet


def test_a_server_that_trickles_its_answer_is_cut_off_at_the_whole_request_deadline(
    sqlite_district: District, tmp_path: Path, listeners: list[Listener]
) -> None:
    outlet = _selling_outlet(tmp_path, sqlite_district)
    pending = service.status(outlet.ledger).pending
    slow = Listener(trickle)
    listeners.append(slow)
    _point_at(outlet, slow.url)
    config.set_value(outlet.ledger, "sync_request_deadline_seconds", "10")
    sync = subprocess.Popen(
        [sys.executable, "-m", "pos.cli.main", "--data-dir", str(outlet.data_dir), "sync",
         "--once"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "POS_PIN": CASHIER_PIN,
             "POS_APPROVER_PIN": MANAGER_PIN},
    )  # fmt: skip
    try:
        assert slow.connected.wait(60), "the sync never reached the listener"
        out, err = sync.communicate(timeout=120)  # the deadline is 10 s; the trickle, hours
    finally:
        if sync.poll() is None:
            sync.kill()
            sync.communicate()
    assert sync.returncode == 1, out + err
    assert "did not finish answering within 10 s" in err
    assert "the district may have stored the batch; the next sync confirms it" in err
    after = service.status(outlet.ledger)
    assert after.running is False and after.running_elsewhere is None  # the lock is free
    assert after.pending == pending  # nothing was marked sent
    assert "within 10 s" in (after.last_error or "")
    _point_at(outlet, sqlite_district.url)
    done = service.sync_once(outlet.ledger, do_pull=False)
    assert done.accepted == pending and service.status(outlet.ledger).pending == 0


def silent(listener: Listener, conn: socket.socket) -> None:
    """Read the request and never answer."""
    read_request(conn)
    listener.stop.wait(600)


def test_sync_status_shows_a_sync_running_in_another_process_and_not_after_it_is_killed(
    sqlite_district: District, tmp_path: Path, listeners: list[Listener]
) -> None:
    outlet = _selling_outlet(tmp_path, sqlite_district, sales=1)
    quiet = Listener(silent)  # the sync waits on it for minutes: time enough to look
    listeners.append(quiet)
    _point_at(outlet, quiet.url)
    sync = subprocess.Popen(
        [sys.executable, "-m", "pos.cli.main", "--data-dir", str(outlet.data_dir), "sync",
         "--once"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    try:
        assert quiet.connected.wait(60), "the sync never reached the listener"
        during = run_pos(outlet.data_dir, "sync", "status")
        as_json = run_pos(outlet.data_dir, "sync", "status", "--json").json()
    finally:
        sync.kill()
        sync.wait()
    after = run_pos(outlet.data_dir, "sync", "status")
    assert f"sync running now: pid {sync.pid} since " in during.stdout
    assert as_json["running"] is True
    assert as_json["running_elsewhere"].startswith(f"pid {sync.pid} since ")
    assert "sync running now: no" in after.stdout  # the killed sync left no lock behind
    _point_at(outlet, sqlite_district.url)
    assert service.sync_once(outlet.ledger, do_pull=False).accepted > 0  # not SyncBusy


def test_a_reply_lost_after_the_district_stored_the_batch_says_so_and_the_next_sync_confirms(
    sqlite_district: District, tmp_path: Path, listeners: list[Listener]
) -> None:
    outlet = _selling_outlet(tmp_path, sqlite_district)
    pending = service.status(outlet.ledger).pending
    proxy = Listener(losing_proxy(sqlite_district.url))
    listeners.append(proxy)
    _point_at(outlet, proxy.url)

    lost = run_pos(outlet.data_dir, "sync", "--once")

    assert lost.code == 1
    assert "cannot be reached" not in lost.stderr and "no network" not in lost.stderr
    assert "the connection to the district server broke before its answer came" in lost.stderr
    assert "the district may have stored the batch; the next sync confirms it" in lost.stderr
    assert sqlite_district.store.count("events") == pending  # it did store them
    assert service.status(outlet.ledger).pending == pending
    _point_at(outlet, sqlite_district.url)
    confirmed = run_pos(outlet.data_dir, "sync", "--once", "--json")
    assert confirmed.code == 0, confirmed.stderr
    assert (confirmed.json()["duplicate"], confirmed.json()["accepted"]) == (pending, 0)
    assert service.status(outlet.ledger).pending == 0


def test_a_gateways_502_page_is_named_in_words_and_its_html_kept_out_of_the_status(
    sqlite_district: District, tmp_path: Path, listeners: list[Listener]
) -> None:
    outlet = _selling_outlet(tmp_path, sqlite_district, sales=1)
    pending = service.status(outlet.ledger).pending
    gateway = Listener(bad_gateway)
    listeners.append(gateway)
    _point_at(outlet, gateway.url)

    failed = run_pos(outlet.data_dir, "sync", "--once")
    shown = run_pos(outlet.data_dir, "sync", "status")

    assert failed.code == 1
    words = (
        "the gateway in front of the district server could not reach it (502 Bad Gateway); "
        "the district may have stored the batch; the next sync confirms it"
    )
    assert words in failed.stderr
    assert f"last error: {words}" in shown.stdout
    for page_text in ("<html", "<center>", "nginx"):
        assert page_text not in failed.stderr and page_text not in shown.stdout
    assert service.status(outlet.ledger).pending == pending
