"""Status indicators the counter always shows (printer, sync) behind a small interface, so
the printing and sync issues can plug theirs in without touching the screens.

A provider's ``state()`` runs on the task runner (it may touch the disk or the network);
it returns a plain-language ``IndicatorState``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

OK, WARN, ERROR, OFF = "ok", "warn", "error", "off"


@dataclass(frozen=True)
class IndicatorState:
    level: str  # ok | warn | error | off
    text: str  # one short plain-language line, already in the user's words


class Indicator(Protocol):
    name: str  # "printer" or "sync"

    def state(self) -> IndicatorState: ...


@dataclass(frozen=True)
class NotSetUp:
    """The indicator until its issue lands: reads "not set up"."""

    name: str

    def state(self) -> IndicatorState:
        return IndicatorState(OFF, "not set up")


# Reprint: a callable (receipt_no, duplicate) -> None run on the task runner, or None while
# printing is not set up (the button then reads "not set up" and is disabled).
Reprinter = Callable[[str], None]


@dataclass
class Hooks:
    printer: Indicator
    sync: Indicator
    reprint: Reprinter | None = None

    @classmethod
    def not_set_up(cls) -> Hooks:
        return cls(printer=NotSetUp("printer"), sync=NotSetUp("sync"), reprint=None)
