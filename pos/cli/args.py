"""Argument parsing shared by `pos` and `pos-server`: an option that cannot repeat is refused
when repeated (exit 1 with the reason, like any refused input), never silently overwritten or
added up. Light on purpose (argparse and pos.errors only), so it costs no start-up time.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pos.errors import InvalidInput


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
