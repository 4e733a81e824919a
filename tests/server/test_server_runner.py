"""The listening socket pos-server serves on (pos.server.runner.bind)."""

from __future__ import annotations

import asyncio
import socket

from pos.server.runner import bind


def test_a_connection_accepted_on_the_servers_socket_sends_without_waiting_for_acks() -> None:
    """asyncio turns Nagle off (TCP_NODELAY) only on sockets whose proto is IPPROTO_TCP; a
    socket made with proto 0 kept Nagle on, and every response written in two parts (headers,
    then body) waited for the client's delayed ACK: ~40 ms on each request."""

    async def accepted_nodelay() -> int:
        seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        class Probe(asyncio.Protocol):
            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                sock = transport.get_extra_info("socket")
                seen.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
                transport.close()

        listening = bind("127.0.0.1", 0)
        server = await asyncio.get_running_loop().create_server(Probe, sock=listening)
        try:
            _reader, writer = await asyncio.open_connection(*listening.getsockname())
            flag = await asyncio.wait_for(seen, 10)
            writer.close()
            return flag
        finally:
            server.close()

    assert asyncio.run(accepted_nodelay()) == 1
