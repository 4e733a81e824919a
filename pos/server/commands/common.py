"""What the `pos-server` commands share: printing a result (text or --json) and a table, and
adding a subcommand with its --json option."""

from __future__ import annotations

import argparse
import csv
import io
import json
from typing import Any

from pos.amounts.money import format_paise


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as one JSON object with --json, else ``text``."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, sort_keys=True))
    else:
        print(text)


def table(rows: list[dict[str, Any]], fmt: str) -> str:
    """``rows`` as aligned text (``*_paise`` columns in rupees) or, with ``fmt="csv"``, CSV."""
    if not rows:
        return "(nothing in this period)" if fmt == "text" else ""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    shown = [
        {
            k: (format_paise(v) if k.endswith("_paise") else "" if v is None else str(v))
            for k, v in r.items()
        }
        for r in rows
    ]
    heads = [k.removesuffix("_paise") for k in rows[0]]
    widths = [max(len(h), *(len(r[k]) for r in shown)) for h, k in zip(heads, rows[0], strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True))]
    for r in shown:
        lines.append("  ".join(r[k].ljust(w) for k, w in zip(rows[0], widths, strict=True)))
    return "\n".join(lines)


def add(parent: Any, name: str, handler: Any, help_: str) -> argparse.ArgumentParser:
    """A subcommand of ``parent`` (a subparsers action) run by ``handler``, with --json."""
    cmd: argparse.ArgumentParser = parent.add_parser(name, help=help_)
    cmd.add_argument("--json", action="store_true", help="print one JSON object")
    cmd.set_defaults(handler=handler)
    return cmd
