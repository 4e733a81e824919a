"""The HTTP client of the district API (requests). Errors come out in plain words.

Every response carries the server's clock; the client keeps the latest skew estimate
(server time minus the midpoint of the request on the local clock).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any

import requests
from urllib3.exceptions import NewConnectionError

from pos.errors import PosError
from pos.sync import orders_protocol as op
from pos.sync import protocol as p
from pos.sync.deadline import Deadline, DeadlineAdapter

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 120.0  # per socket read: a silent server
REQUEST_DEADLINE = 300.0  # the whole request (setting sync_request_deadline_seconds)
MAY_HAVE_STORED = "the district may have stored the batch; the next sync confirms it"


class SyncError(PosError):
    """The sync could not finish; the message says why in words a manager understands.

    ``retry_after`` (seconds) is set when the server asked for a pause; ``status`` is the
    HTTP status when the server refused.
    """

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: float | None = None
    ):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def _refusal(status: int, detail: str) -> str:
    words = {
        401: "the district did not accept this till's key: enrol it again (pos enroll)",
        403: "the district refused this till (revoked, or not allowed)",
        413: "the district refused a batch as too large",
        422: (
            "the district could not read what this till sent (a district older than this "
            "till? upgrade the district first)"
        ),
        429: "the district server is busy",
        500: "the district server failed while answering (500)",
        502: "the gateway in front of the district server could not reach it (502 Bad Gateway)",
        503: "the district server is busy",
        504: "the gateway in front of the district server got no answer from it in time (504)",
    }
    try:
        phrase = f" {HTTPStatus(status).phrase}"
    except ValueError:
        phrase = ""
    base = words.get(status, f"the district server answered {status}{phrase}")
    return f"{base} ({detail})" if detail else base


def _detail(response: requests.Response) -> str:
    """The server's own reason when it sent the protocol's JSON problem; a gateway's HTML
    error page (or any other body) is not a reason and is left out."""
    try:
        body = response.json()
    except ValueError:
        return ""
    detail = body.get("detail", "") if isinstance(body, dict) else ""
    return " ".join(str(detail).split())[:200]


def _never_connected(exc: BaseException) -> bool:
    """True when the connection was never made (refused, no route, no such host)."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, NewConnectionError | requests.exceptions.ConnectTimeout):
            return True
        stack += [a for a in item.args if isinstance(a, BaseException)]
        for inner in (item.__cause__, item.__context__, getattr(item, "reason", None)):
            if isinstance(inner, BaseException):
                stack.append(inner)
    return False


class DistrictClient:
    """One district server. ``verify`` is the pinned CA file, or True for the system CAs."""

    def __init__(
        self,
        server_url: str,
        secret: str | None = None,
        ca_file: str | None = None,
        *,
        deadline_s: float = REQUEST_DEADLINE,
    ):
        self.base = server_url.rstrip("/")
        self.deadline_s = deadline_s
        self.session = requests.Session()
        self.adapter = DeadlineAdapter()
        self.session.mount("http://", self.adapter)
        self.session.mount("https://", self.adapter)
        # Passed on every request: a session's verify loses to $REQUESTS_CA_BUNDLE otherwise.
        self.verify: str | bool = ca_file or True
        self.session.headers["User-Agent"] = "sarv-pos-sync/1"
        if secret:
            self.session.headers["Authorization"] = f"Bearer {secret}"
        self.skew_ms: int | None = None

    def close(self) -> None:
        self.session.close()

    def _call(
        self, method: str, path: str, *, stores: bool = False, **kwargs: Any
    ) -> requests.Response:
        """One request under the whole-request deadline; SyncError in plain words.

        ``stores`` marks a request after which the server may hold what was sent even when
        its answer never arrives (a push): the words then say so.
        """
        kwargs.setdefault("timeout", (CONNECT_TIMEOUT, READ_TIMEOUT))
        kwargs["verify"] = self.verify
        sent = datetime.now(UTC)
        stored = f"; {MAY_HAVE_STORED}" if stores else ""
        try:
            with Deadline(self.adapter, self.deadline_s) as deadline:
                response = self.session.request(method, self.base + path, **kwargs)
        except requests.exceptions.SSLError as exc:
            raise SyncError(
                f"the district server's certificate could not be verified ({self.base}); "
                "check the CA file given at enrolment"
            ) from exc
        except requests.exceptions.RequestException as exc:
            raise SyncError(self._failure_words(exc, deadline.expired, stored)) from exc
        self._measure_skew(sent, datetime.now(UTC), response)
        if response.status_code >= 400:
            words = _refusal(response.status_code, _detail(response))
            if stores and response.status_code in (502, 504):  # a gateway: upstream may have
                words += stored
            raise SyncError(
                words,
                status=response.status_code,
                retry_after=_retry_after(response.headers.get("Retry-After")),
            )
        return response

    def _failure_words(self, exc: BaseException, expired: bool, stored: str) -> str:
        if expired:
            return (
                f"the district server did not finish answering within {self.deadline_s:g} s "
                f"({self.base}); the sync stopped{stored}"
            )
        if _never_connected(exc):
            return f"the district server cannot be reached ({self.base}): no network, or it is down"
        if isinstance(exc, requests.exceptions.Timeout):
            return f"the district server did not answer in time ({self.base}){stored}"
        return (
            "the connection to the district server broke before its answer came "
            f"({self.base}){stored}"
        )

    def _measure_skew(
        self, sent: datetime, received: datetime, response: requests.Response
    ) -> None:
        stamp = response.headers.get(p.SERVER_TIME_HEADER)
        if not stamp:
            return
        try:
            server = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
        except ValueError:
            return
        midpoint = sent + (received - sent) / 2
        self.skew_ms = int((server - midpoint).total_seconds() * 1000)

    # ------------------------------------------------------------ the API

    def health(self) -> p.Health:
        return p.Health.model_validate_json(self._call("GET", "/v1/health").content)

    def enroll(self, request: p.EnrollRequest) -> p.EnrollResponse:
        response = self._call("POST", "/v1/enroll", json=request.model_dump())
        return p.EnrollResponse.model_validate_json(response.content)

    def push(
        self,
        device_id: str,
        body: bytes,
        *,
        stream_hook: Callable[[int], None] | None = None,
    ) -> p.BatchResponse:
        """Post one batch (JSON bytes); gzip over 1 KiB. ``stream_hook`` is a test seam."""
        headers = {"Content-Type": "application/json"}
        data: bytes | Iterator[bytes] = body
        if len(body) > p.GZIP_OVER_BYTES:
            data = gzip.compress(body, compresslevel=5)
            headers["Content-Encoding"] = "gzip"
        if stream_hook is not None:
            data = _chunks(data if isinstance(data, bytes) else b"", stream_hook)
        response = self._call(
            "POST",
            f"/v1/devices/{device_id}/events:batch",
            stores=True,
            data=data,
            headers=headers,
        )
        try:
            return p.BatchResponse.model_validate_json(response.content)
        except ValueError as exc:
            raise SyncError("the district's answer to a push could not be read") from exc

    def changes(self, since: int) -> p.CatalogPage:
        response = self._call("GET", "/v1/catalog/changes", params={"since": since})
        try:
            return p.CatalogPage.model_validate_json(response.content)
        except ValueError as exc:
            raise SyncError("the district's catalog changes could not be read") from exc

    def changes_to_target(self, since: int) -> tuple[list[p.CatalogChange], int]:
        """Every catalog change after ``since`` up to the target version named by the first
        page (paged), and that target; ([], target) when nothing is newer. Raises SyncError
        when the pages stop short of the target (nothing may be applied then)."""
        page = self.changes(since)
        target = page.target_version
        changes: list[p.CatalogChange] = []
        last = since
        while target > since:
            fresh = [c for c in page.changes if last < c.version <= target]
            changes += fresh
            if fresh:
                last = fresh[-1].version
            if last >= target or page.next_since is None or not fresh:
                break
            page = self.changes(last)
        if last < target:
            raise SyncError(
                f"the district's catalog changes stopped at version {last} of {target}; "
                "nothing was applied, the next sync tries again"
            )
        return changes, target

    def device_head(self, device_id: str) -> p.DeviceHead:
        response = self._call("GET", f"/v1/devices/{device_id}/head")
        try:
            return p.DeviceHead.model_validate_json(response.content)
        except ValueError as exc:
            raise SyncError("the district's record of this till could not be read") from exc

    def events_after(self, device_id: str, after: int) -> p.EventPage:
        response = self._call("GET", f"/v1/devices/{device_id}/events", params={"after": after})
        try:
            return p.EventPage.model_validate_json(response.content)
        except ValueError as exc:
            raise SyncError("the district's copy of this till's journal could not be read") from exc

    def reconciliation(self, device_id: str, first: str, last: str) -> p.Reconciliation:
        response = self._call(
            "GET",
            f"/v1/devices/{device_id}/reconciliation",
            params={"from": first, "to": last},
        )
        return p.Reconciliation.model_validate_json(response.content)

    def reconciliation_months(self, device_id: str) -> p.MonthlyReconciliation:
        """The device's whole history per month (SyncError with status 404 from a district
        server older than monthly digests)."""
        response = self._call("GET", f"/v1/devices/{device_id}/reconciliation/months")
        return p.MonthlyReconciliation.model_validate_json(response.content)

    # ------------------------------------------------------------ the orders lane

    def orders(self, outlet_code: str, since: int) -> op.OrdersPage:
        response = self._call("GET", f"/v1/outlets/{outlet_code}/orders", params={"since": since})
        try:
            return op.OrdersPage.model_validate_json(response.content)
        except ValueError as exc:
            raise SyncError("the district's orders could not be read") from exc

    def claim(self, order_id: str) -> op.ClaimAnswer:
        """Claim an order for this till: SyncError with status 409 when another till has it."""
        response = self._call("POST", f"/v1/orders/{order_id}/claim", stores=True)
        return op.ClaimAnswer.model_validate_json(response.content)

    def report_stock(self, outlet_code: str, stock: dict[str, int]) -> None:
        self._call(
            "PUT",
            f"/v1/outlets/{outlet_code}/stock",
            data=op.StockReport(stock=stock).model_dump_json(),
            headers={"Content-Type": "application/json"},
        )


def _chunks(data: bytes, hook: Callable[[int], None]) -> Iterator[bytes]:
    step = max(1, len(data) // 4)
    for n, start in enumerate(range(0, len(data), step)):
        hook(n)
        yield data[start : start + step]


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    # HTTP gives Retry-After in whole seconds (an HTTP date is treated as absent)
    text = value.strip()
    return max(0, int(text)) if text.isdigit() else None
