"""Docs kept honest: every command and option is in the README (generated from --help)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import cli_reference


def test_the_readme_documents_every_command_and_option() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split(cli_reference.START, 1)[1].split(cli_reference.END, 1)[0].strip()
    assert block == cli_reference.reference().strip(), (
        "README's CLI reference is stale: run `.venv/bin/python scripts/cli_reference.py --write`"
    )
    for prog, parser in cli_reference.parsers():
        for path, sub, _ in cli_reference.walk(prog, parser, ""):
            assert f"#### `{path}`" in readme, path
            for action in sub._actions:
                for option in action.option_strings:
                    if option not in ("-h", "--help"):
                        assert f"`{option}`" in readme, f"{path} {option}"


def test_the_readme_quick_start_is_two_commands_that_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^(?:sudo )?(bash \S+)", quick, re.M)
    assert len(commands) == 2, commands
    for command in commands:
        assert (ROOT / command.split()[1]).exists(), command
    ci = (ROOT / ".ci" / "run").read_text()
    assert "scripts/test.sh" in ci and "scripts/test.sh" in quick


def test_every_command_answers_help() -> None:
    from pos.cli.main import build_parser

    for _path, sub, _ in cli_reference.walk("pos", build_parser(), ""):
        assert isinstance(sub, argparse.ArgumentParser)
    result = subprocess.run(
        [sys.executable, "-m", "pos.cli.main", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0 and "sale" in result.stdout


def test_every_setting_is_documented_in_the_readme() -> None:
    from pos.outlet.config import SETTINGS, readme_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_table() in readme, "run scripts/cli_reference.py --write"
    for setting in SETTINGS:
        assert f"`{setting.key}`" in readme
