"""Running the district app under uvicorn: in the foreground (pos-server run) or a thread."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn


def bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
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
) -> None:
    """Serve until interrupted; writes the bound port to ``port_file`` once listening."""
    sock = bind(host, port)
    server = uvicorn.Server(_config(app, ssl, log_level))
    if port_file is not None:
        partial = port_file.with_suffix(".partial")
        partial.write_text(str(sock.getsockname()[1]), encoding="ascii")
        partial.replace(port_file)
    server.run(sockets=[sock])


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
