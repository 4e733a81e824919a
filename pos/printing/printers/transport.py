"""Printers named by URI, and sending a job to one with a short timeout.

    tcp://192.168.1.50:9100        network printer, raw TCP (port 9100 by default)
    usb://04b8:0202                USB printer by vendor:product id (hex)
    serial:///dev/ttyUSB0?baud=9600  serial port (COM3 on Windows: serial://COM3?baud=9600)
    file:///dev/usb/lp0            a device file (Linux usblp) or any file
    win32://EPSON TM-T82           a Windows printer queue, raw (Windows only)

The transports are python-escpos's printer classes. Before the job, a printer that can answer
(network printers by default) is asked its paper status (DLE EOT 4); after it, whether it is
still there (DLE EOT 1). A printer that refuses the connection, does not answer within the
timeout, is out of paper, or drops the connection raises a PrinterError whose message a
cashier can read; the caller keeps the job queued.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from pos.errors import InvalidInput, PosError
from pos.printing.render.escpos_lib import escpos_printer

DEFAULT_TCP_PORT = 9100
CHUNK = 4096
PAPER_STATUS = b"\x10\x04\x04"  # DLE EOT 4: roll paper sensor
PRINTER_STATUS = b"\x10\x04\x01"  # DLE EOT 1: printer status


class PrinterError(PosError):
    """The printer could not take the job; ``state`` is off|timeout|paper|dropped|error.

    ``delivered``: every byte of the job had already gone out when it failed (only the
    closing status check went wrong), so the receipt may well be on paper."""

    def __init__(self, message: str, state: str = "error", *, delivered: bool = False) -> None:
        super().__init__(message)
        self.state = state
        self.delivered = delivered


@dataclass(frozen=True)
class PrinterTarget:
    uri: str
    kind: str  # tcp | usb | serial | file | win32
    host: str = ""
    port: int = 0
    vendor_id: int = 0
    product_id: int = 0
    path: str = ""
    baud: int = 9600
    name: str = ""

    @property
    def answers_status(self) -> bool:
        """Whether a status query can be read back (default on for tcp)."""
        return self.kind == "tcp"

    def describe(self) -> str:
        return {
            "tcp": f"network printer {self.host}:{self.port}",
            "usb": f"USB printer {self.vendor_id:04x}:{self.product_id:04x}",
            "serial": f"serial printer {self.path}",
            "file": f"printer device {self.path}",
            "win32": f"Windows printer {self.name!r}",
        }[self.kind]


def parse_printer_uri(uri: str) -> PrinterTarget:
    """Parse a printer URI (see the module docstring). Raises InvalidInput with an example."""
    text = uri.strip()
    scheme, sep, rest = text.partition("://")
    scheme = scheme.lower()
    if not sep or not rest:
        raise InvalidInput(
            f"not a printer address: {uri!r} (e.g. tcp://192.168.1.50:9100, usb://04b8:0202, "
            "serial:///dev/ttyUSB0?baud=9600, file:///dev/usb/lp0, win32://Printer Name)"
        )
    if scheme == "tcp":
        parts = urlsplit(text)
        if not parts.hostname:
            raise InvalidInput(f"{uri!r}: a network printer needs a host, e.g. tcp://10.0.0.5:9100")
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError as exc:
            raise InvalidInput(
                f"{uri!r}: the port must be a number up to 65535, e.g. 9100"
            ) from exc
        return PrinterTarget(uri=text, kind="tcp", host=parts.hostname, port=port)
    if scheme == "usb":
        ids = rest.split("?")[0].strip("/").split(":")
        try:
            vendor, product = (int(part, 16) for part in ids)
        except ValueError as exc:
            raise InvalidInput(
                f"{uri!r}: give the USB vendor and product id in hex, e.g. usb://04b8:0202"
            ) from exc
        if not (0 < vendor <= 0xFFFF and 0 < product <= 0xFFFF):
            raise InvalidInput(f"{uri!r}: USB ids are four hex digits each")
        return PrinterTarget(uri=text, kind="usb", vendor_id=vendor, product_id=product)
    if scheme == "serial":
        path, _, query = rest.partition("?")
        baud_text = parse_qs(query).get("baud", ["9600"])[0]
        if not baud_text.isdigit() or int(baud_text) not in (
            1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200
        ):  # fmt: skip
            raise InvalidInput(f"{uri!r}: baud must be one of 9600, 19200, 38400, 115200, ...")
        if not path:
            raise InvalidInput(f"{uri!r}: name the port, e.g. serial:///dev/ttyUSB0?baud=9600")
        return PrinterTarget(uri=text, kind="serial", path=unquote(path), baud=int(baud_text))
    if scheme == "file":
        if not rest.startswith("/"):
            raise InvalidInput(f"{uri!r}: give an absolute path, e.g. file:///dev/usb/lp0")
        return PrinterTarget(uri=text, kind="file", path=unquote(rest))
    if scheme == "win32":
        name = unquote(rest).strip()
        return PrinterTarget(uri=text, kind="win32", name=name)
    raise InvalidInput(f"{uri!r}: unknown printer type {scheme!r} (tcp, usb, serial, file, win32)")


def device_class_name(target: PrinterTarget) -> str:
    """The python-escpos printer class that carries the bytes for this kind of printer."""
    return {"tcp": "Network", "usb": "Usb", "serial": "Serial", "file": "File",
            "win32": "Win32Raw"}[target.kind]  # fmt: skip


def open_device(target: PrinterTarget, timeout: float) -> Any:
    """An open python-escpos printer for ``target``. Raises PrinterError (state 'off')."""
    printer = escpos_printer()
    cls = getattr(printer, device_class_name(target))
    try:
        if target.kind == "tcp":
            device = cls(host=target.host, port=target.port, timeout=timeout)
        elif target.kind == "usb":
            device = cls(target.vendor_id, target.product_id, timeout=int(timeout * 1000))
        elif target.kind == "serial":
            device = cls(devfile=target.path, baudrate=target.baud, timeout=timeout)
        elif target.kind == "file":
            device = cls(devfile=target.path)
        else:
            device = cls(printer_name=target.name)
        device.open()
    except RuntimeError as exc:  # a missing optional dependency, e.g. win32print off Windows
        raise PrinterError(
            f"the {target.describe()} cannot be used on this computer: {exc}", "error"
        ) from exc
    except Exception as exc:
        raise PrinterError(
            f"the {target.describe()} is off or not connected ({_reason(exc)})", "off"
        ) from exc
    return device


def _reason(exc: BaseException) -> str:
    cause = exc.__cause__ or exc.__context__
    text = str(cause or exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__


def _close(device: Any) -> None:
    with contextlib.suppress(Exception):
        device.close()


def _query(device: Any, target: PrinterTarget, command: bytes) -> int:
    device._raw(command)
    try:
        answer = device._read()
    except TimeoutError as exc:
        raise PrinterError(
            f"the {target.describe()} is connected but does not answer", "timeout"
        ) from exc
    if not answer:
        raise PrinterError(f"the {target.describe()} closed the connection", "dropped")
    return int(answer[-1])


def send(target: PrinterTarget, payload: bytes, *, timeout: float, check_status: bool) -> bool:
    """Send ``payload`` to the printer. Returns whether the printer confirmed it: True after
    its closing status answer, False with the status check off (sent, not confirmed).

    Raises PrinterError: state 'off' (refused, not found), 'timeout' (silent), 'paper' (out of
    paper: nothing sent), 'dropped' (connection lost mid-job), 'error' (anything else); its
    ``delivered`` says whether every byte had gone out before it failed.
    """
    device = open_device(target, timeout)
    written = False
    what = target.describe()
    try:
        if check_status:
            paper = _query(device, target, PAPER_STATUS)
            if paper & 0x60:
                raise PrinterError(f"the {what} is out of paper", "paper")
        for start in range(0, len(payload), CHUNK):
            device._raw(payload[start : start + CHUNK])
        written = bool(payload)
        if check_status:
            status = _query(device, target, PRINTER_STATUS)
            if status & 0x08:
                raise PrinterError(f"the {what} is offline (cover open?)", "off")
    except PrinterError as exc:
        exc.delivered = written
        raise
    except TimeoutError as exc:
        raise PrinterError(f"the {what} stopped taking data", "timeout", delivered=written) from exc
    except (BrokenPipeError, ConnectionError) as exc:
        raise PrinterError(
            f"the {what} dropped the connection", "dropped", delivered=written
        ) from exc
    except OSError as exc:
        raise PrinterError(f"the {what} failed: {exc}", "error", delivered=written) from exc
    except Exception as exc:
        raise PrinterError(
            f"the {what} failed: {_reason(exc)}", "error", delivered=written
        ) from exc
    finally:
        _close(device)
    return check_status


def probe(target: PrinterTarget, *, timeout: float, check_status: bool) -> None:
    """Is the printer there (and has it paper)? Sends only status queries, prints nothing.

    Raises PrinterError like ``send``.
    """
    send(target, b"", timeout=timeout, check_status=check_status)
