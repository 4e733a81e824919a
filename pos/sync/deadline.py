"""A deadline for a whole HTTP request (connect, send, wait, read), on top of requests.

requests' timeouts are per socket operation: a server that trickles a byte every 30 s never
trips a 120 s read timeout, and would hold a sync (and the ledger's sync lock) for ever. The
adapter here remembers every socket its connections open; ``Deadline`` shuts those sockets
down when the whole request has run too long, which ends any blocked send or receive at once.

    adapter = DeadlineAdapter(); session.mount("http://", adapter)
    with Deadline(adapter, 300) as deadline:
        response = session.get(url)       # raises a requests exception when cut
    if deadline.expired: ...
"""

from __future__ import annotations

import contextlib
import socket
import threading
import weakref
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool


class DeadlineAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections register their sockets (weakly) for ``Deadline``."""

    def __init__(self, **kwargs: Any) -> None:
        self.sockets: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._guard = threading.Lock()
        super().__init__(**kwargs)

    def _pools(self) -> dict[str, type[HTTPConnectionPool]]:
        sockets, guard = self.sockets, self._guard

        def tracked(base: type[HTTPConnection]) -> type[HTTPConnection]:
            class Tracked(base):  # type: ignore[valid-type,misc]
                def connect(self) -> None:
                    super().connect()
                    with guard:
                        sockets.add(self.sock)

            return Tracked

        class DeadlineHTTPPool(HTTPConnectionPool):
            ConnectionCls = tracked(HTTPConnection)

        class DeadlineHTTPSPool(HTTPSConnectionPool):
            ConnectionCls = tracked(HTTPSConnection)  # type: ignore[assignment]

        return {"http": DeadlineHTTPPool, "https": DeadlineHTTPSPool}

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self._pools()

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = self._pools()
        return manager

    def cut(self) -> None:
        """Shut down every socket this adapter opened: blocked reads and writes end now."""
        with self._guard:
            live = list(self.sockets)
        for sock in live:
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)


class Deadline:
    """Cuts the adapter's sockets ``seconds`` after entry unless the block is done first."""

    def __init__(self, adapter: DeadlineAdapter, seconds: float) -> None:
        self.adapter = adapter
        self.seconds = seconds
        self.expired = False
        self._done = threading.Event()
        self._timer: threading.Timer | None = None

    def _expire(self) -> None:
        if not self._done.is_set():
            self.expired = True
            self.adapter.cut()

    def __enter__(self) -> Deadline:
        self._timer = threading.Timer(self.seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        if self._timer is not None:
            self._timer.cancel()
