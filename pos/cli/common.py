"""What every `pos` subcommand shares: the context (data dir, ledger, acting user), output
in text or JSON, and the PIN rules (never on the command line: POS_PIN / POS_APPROVER_PIN or
a prompt).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pos.errors import InvalidInput, NotAllowed
from pos.ledger import Ledger, open_ledger
from pos.settings import Settings
from pos.users import User, approve, login, user_by_id

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
            from pos.shifts import current_shift

            shift = current_shift(ledger)
            if shift is None:
                raise NotAllowed("no shift is open: give --user NAME or open a shift first")
            name = user_by_id(ledger, shift.cashier_id).name
        return login(ledger, name, read_pin("POS_PIN", f"PIN for {name}: "))

    def approver(self, name: str | None, what: str) -> User | None:
        """The manager approving, from --approver NAME and POS_APPROVER_PIN (None if not given)."""
        if not name:
            return None
        return approve(self.ledger(), name, read_pin("POS_APPROVER_PIN", f"PIN for {name}: "), what)


class _StoreOnce(argparse._StoreAction):
    """An option that takes one value: given twice (``--refund cash --refund upi``) it is
    refused instead of the last one silently winning."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:  # fmt: skip
        given: set[str] = namespace.__dict__.setdefault("_options_given", set())
        if option_string and self.dest in given:
            raise InvalidInput(f"{option_string} is given twice: give it once")
        given.add(self.dest)
        super().__call__(parser, namespace, values, option_string)


class PosArgumentParser(argparse.ArgumentParser):
    """The CLI's parser (its subcommands' too): an option that cannot repeat is refused when
    repeated, exit 1 with the reason, like any other refused input."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", None, _StoreOnce)
        self.register("action", "store", _StoreOnce)

    def parse_known_args(  # type: ignore[override]
        self, args: Any = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        try:
            return super().parse_known_args(args, namespace)
        except InvalidInput as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            sys.exit(exc.exit_code)


def once_each(pairs: list[tuple[Any, Any]], what: str) -> dict[Any, Any]:
    """A dict from (key, value) pairs, refusing a key given twice (``--line 1=2 --line 1=2``).

    ``what`` names the key for the message, e.g. "line". Raises InvalidInput."""
    out: dict[Any, Any] = {}
    for key, value in pairs:
        if key in out:
            raise InvalidInput(f"{what} {key} is given twice: give it once")
        out[key] = value
    return out


def read_pin(variable: str, prompt: str) -> str:
    value = os.environ.get(variable)
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise InvalidInput(f"no PIN given: set {variable} or run from a terminal to be asked")


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object (money in *_paise integers)"
    )
