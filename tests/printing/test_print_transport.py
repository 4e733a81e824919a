"""Printer URIs and transports: network, USB (only the USB device is faked), serial (a real
pseudo-terminal), file/device, and Windows raw (cannot run here: its URI parsing and the code
path chosen are tested, and sending says it needs Windows)."""

from __future__ import annotations

import os
import sys

import pytest

from pos.errors import InvalidInput
from pos.printing.printers.transport import PrinterError, device_class_name, parse_printer_uri, send
from pos.printing.render.escpos_render import drawer_kick
from tests.support.print_fakes import LoopbackPrinter

PAYLOAD = drawer_kick(2) + b"Hello printer\n"


@pytest.mark.parametrize(
    ("uri", "kind", "fields"),
    [
        ("tcp://192.168.1.50:9100", "tcp", {"host": "192.168.1.50", "port": 9100}),
        ("tcp://printer.local", "tcp", {"host": "printer.local", "port": 9100}),
        ("usb://04b8:0202", "usb", {"vendor_id": 0x04B8, "product_id": 0x0202}),
        ("serial:///dev/ttyUSB0?baud=9600", "serial", {"path": "/dev/ttyUSB0", "baud": 9600}),
        ("serial://COM3?baud=115200", "serial", {"path": "COM3", "baud": 115200}),
        ("file:///dev/usb/lp0", "file", {"path": "/dev/usb/lp0"}),
        ("win32://EPSON TM-T82 Receipt", "win32", {"name": "EPSON TM-T82 Receipt"}),
        ("win32://POS%2080", "win32", {"name": "POS 80"}),
    ],
)
def test_printer_uris_name_their_transport(uri, kind, fields):
    target = parse_printer_uri(uri)
    assert target.kind == kind
    for key, value in fields.items():
        assert getattr(target, key) == value


@pytest.mark.parametrize(
    "uri",
    ["", "192.168.1.50", "tcp://", "tcp://host:99999", "usb://epson", "usb://04b8",
     "serial:///dev/ttyS0?baud=1234", "file://relative/path", "lpt://1"],
)  # fmt: skip
def test_a_wrong_printer_uri_is_refused_with_an_example(uri):
    with pytest.raises(InvalidInput, match=r"e\.g\.|one of|tcp, usb"):
        parse_printer_uri(uri)


def test_each_kind_of_printer_goes_through_its_python_escpos_class():
    classes = {kind: device_class_name(parse_printer_uri(uri)) for kind, uri in (
        ("tcp", "tcp://h:9100"), ("usb", "usb://1:2"), ("serial", "serial:///dev/ttyS0"),
        ("file", "file:///dev/usb/lp0"), ("win32", "win32://P"))}  # fmt: skip
    assert classes == {"tcp": "Network", "usb": "Usb", "serial": "Serial", "file": "File",
                       "win32": "Win32Raw"}  # fmt: skip


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows refusal")
def test_a_windows_printer_on_this_computer_says_it_needs_windows():
    with pytest.raises(PrinterError, match="cannot be used on this computer") as caught:
        send(parse_printer_uri("win32://EPSON TM-T82"), PAYLOAD, timeout=1, check_status=False)
    assert caught.value.state == "error"


def test_a_network_printer_receives_the_bytes_between_status_queries():
    printer = LoopbackPrinter()
    try:
        send(parse_printer_uri(printer.uri), PAYLOAD, timeout=2, check_status=True)
        assert printer.connections[0].closed.wait(10)
    finally:
        printer.close()
    assert bytes(printer.connections[0].data) == b"\x10\x04\x04" + PAYLOAD + b"\x10\x04\x01"


def test_a_file_printer_gets_the_bytes_written(tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    send(parse_printer_uri(f"file://{device}"), PAYLOAD, timeout=1, check_status=False)
    assert device.read_bytes() == PAYLOAD


def test_a_serial_printer_on_a_pseudo_terminal_gets_the_bytes():
    import termios
    import tty

    main, sub = os.openpty()
    tty.setraw(sub)
    tty.setraw(main)
    try:
        name = os.ttyname(sub)
        send(parse_printer_uri(f"serial://{name}?baud=19200"), PAYLOAD, timeout=1,
             check_status=False)  # fmt: skip
        received = b""
        while len(received) < len(PAYLOAD):
            received += os.read(main, 4096)
        assert received == PAYLOAD
        termios.tcflush(main, termios.TCIOFLUSH)
    finally:
        os.close(main)
        os.close(sub)


class FakeUsbDevice:
    """Stands in for the USB printer only; python-escpos's Usb class is the real one."""

    class backend:
        pass

    class _ctx:
        @staticmethod
        def dispose(device: object) -> None:
            pass

    def __init__(self) -> None:
        self.written = b""
        self.configured = False

    def set_configuration(self) -> None:
        self.configured = True

    def reset(self) -> None:
        pass

    def write(self, endpoint: int, data: bytes, timeout: int) -> int:
        assert endpoint == 0x01 and timeout > 0
        self.written += bytes(data)
        return len(data)


def test_a_usb_printer_found_by_vendor_and_product_id_gets_the_bytes(monkeypatch):
    import usb.core

    device = FakeUsbDevice()
    asked = {}

    def find(**kwargs):  # type: ignore[no-untyped-def]
        asked.update(kwargs)
        return device

    monkeypatch.setattr(usb.core, "find", find)
    send(parse_printer_uri("usb://04b8:0202"), PAYLOAD, timeout=1, check_status=False)
    assert asked == {"idVendor": 0x04B8, "idProduct": 0x0202}
    assert device.configured and device.written == PAYLOAD


def test_a_usb_printer_that_is_unplugged_is_reported_off(monkeypatch):
    import usb.core

    monkeypatch.setattr(usb.core, "find", lambda **kwargs: None)
    with pytest.raises(PrinterError, match="off or not connected") as caught:
        send(parse_printer_uri("usb://04b8:0202"), PAYLOAD, timeout=1, check_status=False)
    assert caught.value.state == "off"
