"""Print the CLI reference (markdown) from the argparse definitions; `--write` puts it into the
README between its markers. tests/cli_docs/test_docs.py fails when the README is out of date."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"
SETTINGS_START, SETTINGS_END = "<!-- settings:start -->", "<!-- settings:end -->"


def parsers() -> list[tuple[str, argparse.ArgumentParser]]:
    from pos.cli.main import build_parser
    from pos.server.cli import build_parser as server_parser

    return [("pos", build_parser()), ("pos-server", server_parser())]


def walk(
    prefix: str, parser: argparse.ArgumentParser, help_text: str
) -> Iterator[tuple[str, argparse.ArgumentParser, str]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield prefix, parser, help_text
        return
    helps = {c.dest: c.help or "" for c in subs[0]._choices_actions}
    if prefix.count(" ") == 0 or option_rows(parser):
        # the top level (global options), or a command that runs on its own too (`pos sync --once`)
        yield prefix, parser, help_text
    for name, child in subs[0].choices.items():
        yield from walk(f"{prefix} {name}", child, helps.get(name, ""))


def option_rows(parser: argparse.ArgumentParser) -> list[str]:
    rows = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
            continue
        if action.option_strings:
            names = ", ".join(f"`{o}`" for o in action.option_strings)
            if action.nargs != 0:
                names += f" `{action.metavar or action.dest.upper()}`"
        else:
            names = f"`{action.metavar or action.dest.upper()}`"
        text = (action.help or "").replace("|", "\\|")
        if action.required and action.option_strings:
            text += " (required)"
        if action.choices and not isinstance(action.choices, dict):
            text += f" — one of: {', '.join(map(str, action.choices))}"
        rows.append(f"| {names} | {text} |")
    return rows


def reference() -> str:
    out: list[str] = []
    for prog, parser in parsers():
        for path, sub, help_text in walk(prog, parser, parser.description or ""):
            out.append(f"#### `{path}`")
            out.append("")
            if help_text:
                out.append(
                    help_text[0].upper() + help_text[1:] + ("" if help_text.endswith(".") else ".")
                )
                out.append("")
            rows = option_rows(sub)
            if rows:
                out += ["| argument | meaning |", "| --- | --- |", *rows]
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def main() -> None:
    text = reference()
    if "--write" in sys.argv:
        readme = ROOT / "README.md"
        content = readme.read_text(encoding="utf-8")
        from pos.outlet.config import readme_table

        pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.S)
        content = pattern.sub(lambda _: f"{START}\n{text}{END}", content)
        pattern = re.compile(re.escape(SETTINGS_START) + ".*?" + re.escape(SETTINGS_END), re.S)
        table = readme_table()
        content = pattern.sub(lambda _: f"{SETTINGS_START}\n{table}\n{SETTINGS_END}", content)
        readme.write_text(content, encoding="utf-8")
    else:
        print(text)


if __name__ == "__main__":
    main()
