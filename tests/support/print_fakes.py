"""Fake printers for the printing tests: a loopback TCP printer and an npos decoder wrapper."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

NPM_DIR = Path(__file__).resolve().parents[1] / "printing" / "npm_decoder"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PAPER_OK = 0x12
PAPER_OUT = 0x72
ONLINE = 0x16


@dataclass
class Connection:
    data: bytearray = field(default_factory=bytearray)
    closed: threading.Event = field(default_factory=threading.Event)


class LoopbackPrinter:
    """A network printer on 127.0.0.1: records every connection's bytes, answers DLE EOT.

    mode: "ok" prints; "silent" accepts and never reads or answers; "drop" closes the
    connection after ``drop_after`` bytes; "paper" reports its paper roll empty; "mute"
    answers the paper check before a job but never the status check after it (and sets
    ``job_sent`` when that unanswered query arrives); "reset" takes every byte but prints
    (records) only the first ``drop_after``, then resets the connection (RST), as a printer
    that restarts mid-job does. ``mode`` may be changed while it runs.
    """

    def __init__(self, mode: str = "ok", port: int = 0, drop_after: int = 2000) -> None:
        self.mode = mode
        self.drop_after = drop_after
        self.connections: list[Connection] = []
        self.connected = threading.Event()
        self.job_sent = threading.Event()
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", port))
        self._server.listen(8)
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._held: list[socket.socket] = []
        accept = threading.Thread(target=self._accept, daemon=True)
        accept.start()
        self._threads.append(accept)

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            record = Connection()
            self.connections.append(record)
            self.connected.set()
            if self.mode == "silent":
                self._held.append(conn)  # never read, never answer
                continue
            worker = threading.Thread(target=self._serve, args=(conn, record), daemon=True)
            worker.start()
            self._threads.append(worker)

    def _serve(self, conn: socket.socket, record: Connection) -> None:
        try:
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                if self.mode == "reset":
                    room = max(self.drop_after - len(record.data), 0)
                    record.data += chunk[:room]
                    continue
                record.data += chunk
                if self.mode == "drop" and len(record.data) >= self.drop_after:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
                    break
                tail = bytes(record.data[-3:])
                if tail[:2] == b"\x10\x04":
                    if tail[2] == 4:
                        conn.sendall(bytes([PAPER_OUT if self.mode == "paper" else PAPER_OK]))
                    elif self.mode == "mute":
                        self.job_sent.set()
                    else:
                        conn.sendall(bytes([ONLINE]))
            if self.mode == "reset":
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
        except OSError:
            pass
        finally:
            conn.close()
            record.closed.set()

    def jobs(self) -> list[bytes]:
        """Bytes of each finished connection, without the status queries around the job."""
        out = []
        for record in self.connections:
            if record.closed.is_set():
                data = bytes(record.data)
                if data.startswith(b"\x10\x04\x04"):
                    data = data[3:]
                if data.endswith(b"\x10\x04\x01"):
                    data = data[:-3]
                out.append(data)
        return out

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self._server.close()
        for conn in self._held:
            conn.close()
        for thread in self._threads[1:]:
            thread.join(5)


def refused_port() -> int:
    """A loopback port with nothing listening (connection refused)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def npos_available() -> bool:
    return shutil.which("node") is not None and (NPM_DIR / "node_modules" / "npos").is_dir()


def npos_decode(path: Path) -> dict:  # type: ignore[type-arg]
    """Decode ESC/POS bytes with the npm package npos (written by others, not us)."""
    proc = subprocess.run(
        ["node", str(NPM_DIR / "decode.js"), str(path)],
        capture_output=True, text=True, timeout=60, cwd=NPM_DIR,
    )  # fmt: skip
    if proc.returncode != 0:
        raise AssertionError(f"npos failed: {proc.stderr}")
    return json.loads(proc.stdout)


def zbar(path: Path) -> list[str]:
    """Symbols zbarimg reads from an image, as 'TYPE:data' strings."""
    proc = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", "-Sean13.enable",
         str(path)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    return [line for line in proc.stdout.splitlines() if line]
