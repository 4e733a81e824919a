"""What every `pos` subcommand shares: the context (data dir, ledger, acting user), output
in text or JSON, and the PIN rules (never on the command line: POS_PIN / POS_APPROVER_PIN or
a prompt).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pos.errors import InvalidInput, NotAllowed
from pos.outlet.users import User, approve, login, user_by_id
from pos.records.ledger import Ledger, open_ledger
from pos.settings import Settings

Handler = Callable[["Context", argparse.Namespace], int | None]


@dataclass
class Context:
    settings: Settings
    json: bool = False
    _ledger: Ledger | None = field(default=None, repr=False)

    def ledger(self) -> Ledger:
        if self._ledger is None:
            self._ledger = open_ledger(self.settings)
        return self._ledger

    def close(self) -> None:
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def emit(self, data: dict[str, Any], text: str) -> None:
        """Print one JSON object (with --json) or the human text."""
        if self.json:
            print(json.dumps(data, ensure_ascii=False, sort_keys=True))
        else:
            print(text)

    def acting_user(self, name: str | None) -> User:
        """The user acting: --user NAME, else the cashier of the open shift; PIN checked."""
        ledger = self.ledger()
        if not name:
            from pos.selling.shifts import current_shift

            shift = current_shift(ledger)
            if shift is None:
                raise NotAllowed(
                    "no shift is open, so no cashier acts by default: open one first "
                    "(pos shift open --user NAME), or give --user NAME where no shift is needed"
                )
            name = user_by_id(ledger, shift.cashier_id).name
        return login(ledger, name, read_pin("POS_PIN", f"PIN for {name}: "))

    def approver(self, name: str | None, what: str) -> User | None:
        """The manager approving, from --approver NAME and POS_APPROVER_PIN (None if not given)."""
        if not name:
            return None
        return approve(self.ledger(), name, read_pin("POS_APPROVER_PIN", f"PIN for {name}: "), what)


def read_pin(variable: str, prompt: str) -> str:
    value = os.environ.get(variable)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    raise InvalidInput(f"no PIN given: set {variable} or run from a terminal to be asked")


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object (money in *_paise integers)"
    )
