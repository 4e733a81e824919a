"""Test stand-ins for home delivery: the city's app (a client with its key) and a real webhook
receiver on 127.0.0.1 that can refuse a number of posts first."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import requests

from pos.server.delivery import orders
from pos.server.delivery.webhooks import SIGNATURE_HEADER, signature
from pos.server.storage.store import Store, sha256_hex


def order_body(app_order_id: str = "APP-1", **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "app_order_id": app_order_id,
        "customer_name": "Sunita Devi",
        "phone": "+91 98765 43210",
        "address": "12 Station Road, near the water tank, Gaya",
        "area": "823001",
        "items": [{"sku": "MSK-GRN", "qty": 3}, {"sku": "SOAP-NEEM", "qty": 2}],
        "payment": "cod_cash",
    }
    body.update(changes)
    return body


@dataclass
class CityApp:
    """The city's app: its key and the district's URL."""

    url: str
    key: str

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.key}"}
        return requests.request(method, self.url + path, headers=headers, timeout=30, **kwargs)

    def place(self, body: dict[str, Any]) -> requests.Response:
        return self.call("POST", "/v1/shop/orders", json=body)

    def status(self, order_id: str) -> dict[str, Any]:
        response = self.call("GET", f"/v1/shop/orders/{order_id}")
        response.raise_for_status()
        return dict(response.json())


def city_app(store: Store, url: str, webhook: str | None = None, name: str = "city") -> CityApp:
    return CityApp(url, orders.add_app(store, name, webhook))


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1: refuses (503) the first ``refuse`` posts, then keeps
    the bodies whose signature checks out under ``key``."""

    key: str
    refuse: int = 0
    got: list[dict[str, Any]] = field(default_factory=list)
    attempts: int = 0
    bad_signatures: int = 0
    arrived: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                owner.attempts += 1
                if owner.attempts <= owner.refuse:
                    self.send_response(503)
                    self.end_headers()
                    return
                expected = signature(sha256_hex(owner.key), body)
                if self.headers.get(SIGNATURE_HEADER) != expected:
                    owner.bad_signatures += 1
                    self.send_response(401)
                    self.end_headers()
                    return
                owner.got.append(json.loads(body))
                owner.arrived.set()
                self.send_response(204)
                self.end_headers()

            def log_message(self, *_args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
