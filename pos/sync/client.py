"""The HTTP client of the district API (requests). Errors come out in plain words.

Every response carries the server's clock; the client keeps the latest skew estimate
(server time minus the midpoint of the request on the local clock).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import requests

from pos.errors import PosError
from pos.sync import protocol as p

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 120.0


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
        422: "the district could not read what this till sent",
        429: "the district server is busy",
        503: "the district server is busy",
    }
    base = words.get(status, f"the district server answered {status}")
    return f"{base} ({detail})" if detail else base


class DistrictClient:
    """One district server. ``verify`` is the pinned CA file, or True for the system CAs."""

    def __init__(self, server_url: str, secret: str | None = None, ca_file: str | None = None):
        self.base = server_url.rstrip("/")
        self.session = requests.Session()
        # Passed on every request: a session's verify loses to $REQUESTS_CA_BUNDLE otherwise.
        self.verify: str | bool = ca_file or True
        self.session.headers["User-Agent"] = "sarv-pos-sync/1"
        if secret:
            self.session.headers["Authorization"] = f"Bearer {secret}"
        self.skew_ms: int | None = None

    def close(self) -> None:
        self.session.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", (CONNECT_TIMEOUT, READ_TIMEOUT))
        kwargs["verify"] = self.verify
        sent = datetime.now(UTC)
        try:
            response = self.session.request(method, self.base + path, **kwargs)
        except requests.exceptions.SSLError as exc:
            raise SyncError(
                f"the district server's certificate could not be verified ({self.base}); "
                "check the CA file given at enrolment"
            ) from exc
        except requests.exceptions.Timeout as exc:
            raise SyncError(f"the district server did not answer in time ({self.base})") from exc
        except requests.exceptions.RequestException as exc:
            raise SyncError(
                f"the district server cannot be reached ({self.base}): no network, or it is down"
            ) from exc
        self._measure_skew(sent, datetime.now(UTC), response)
        if response.status_code >= 400:
            try:
                detail = str(response.json().get("detail", ""))
            except ValueError:
                detail = response.text[:200]
            raise SyncError(
                _refusal(response.status_code, detail),
                status=response.status_code,
                retry_after=_retry_after(response.headers.get("Retry-After")),
            )
        return response

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
            "POST", f"/v1/devices/{device_id}/events:batch", data=data, headers=headers
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
