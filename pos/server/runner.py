"""Running the district app under uvicorn: in the foreground (pos-server run) or a thread."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import uvicorn


def bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _config(app: Any, ssl: dict[str, str] | None, log_level: str) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,
        timeout_keep_alive=30,
        ssl_certfile=(ssl or {}).get("certfile"),
        ssl_keyfile=(ssl or {}).get("keyfile"),
    )


def serve(
    app: Any,
    host: str,
    port: int,
    *,
    port_file: Path | None = None,
    ssl: dict[str, str] | None = None,
    log_level: str = "warning",
    workers: int = 1,
    after_fork: Callable[[], None] | None = None,
) -> None:
    """Serve until interrupted; writes the bound port to ``port_file`` once listening.

    ``workers`` > 1 forks that many processes (POSIX) accepting on the one socket; the app
    is stateless (sessions and everything else are in the database), and ``after_fork``
    runs in each so that no database connection is shared across processes."""
    sock = bind(host, port)
    if port_file is not None:
        partial = port_file.with_suffix(".partial")
        partial.write_text(str(sock.getsockname()[1]), encoding="ascii")
        partial.replace(port_file)
    children: list[int] = []
    for _ in range(max(1, workers) - 1):
        pid = os.fork()
        if pid == 0:
            _die_with_parent()
            if after_fork is not None:
                after_fork()
            uvicorn.Server(_config(app, ssl, log_level)).run(sockets=[sock])
            os._exit(0)
        children.append(pid)
    if children and after_fork is not None:
        after_fork()
    try:
        uvicorn.Server(_config(app, ssl, log_level)).run(sockets=[sock])
    finally:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        for pid in children:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _die_with_parent() -> None:
    """Linux: a worker gets SIGTERM when the parent dies, even by kill -9 (no orphans)."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class ServerThread:
    """The app served on 127.0.0.1 in a background thread (tests and benchmarks)."""

    def __init__(self, app: Any, *, ssl: dict[str, str] | None = None) -> None:
        self.sock = bind("127.0.0.1", 0)
        self.port = int(self.sock.getsockname()[1])
        self.server = uvicorn.Server(_config(app, ssl, "warning"))
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )
        scheme = "https" if ssl else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the district server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
