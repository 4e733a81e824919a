"""docs/screens.md kept current: every command of the README's command reference is mapped to
the screen or page its person uses (with a test that exists), or marked engineer-only, and
every option is mentioned in its row."""

from __future__ import annotations

import re

from tests.conftest import ROOT

PERSONS = {"cashier", "manager", "officer", "customer", "engineer-only"}
PLACES = ("counter", "back office", "first-run wizard", "office")


def reference_commands() -> dict[str, list[str]]:
    """Each command of the README's generated reference, with its options (`--x`)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- cli-reference:start -->", 1)[1].split("<!-- cli-reference:end -->")[
        0
    ]
    commands: dict[str, list[str]] = {}
    for section in re.split(r"^#### ", block, flags=re.M)[1:]:
        path = re.match(r"`([^`]+)`", section)
        assert path, section[:60]
        options = re.findall(r"^\| `(--[a-z-]+)`", section, re.M)
        commands[path.group(1)] = [o for o in options if o != "--json"]
    return commands


def screen_rows() -> dict[str, list[str]]:
    """The map's rows by command: person, where, test, options."""
    rows: dict[str, list[str]] = {}
    text = (ROOT / "docs" / "screens.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) == 5 and re.fullmatch(r"`pos(-server)?( [a-z-]+)*`", cells[0]):
            assert cells[0].strip("`") not in rows, f"{cells[0]} is mapped twice"
            rows[cells[0].strip("`")] = cells[1:]
    return rows


def test_the_reader_finds_every_command_and_its_options() -> None:
    commands = reference_commands()
    assert commands["pos sale"] == ["--item", "--discount", "--price", "--removed", "--pay",
                                    "--user", "--approver"]  # fmt: skip
    assert "pos-server area set" in commands and "pos" in commands


def test_every_command_is_mapped_to_its_persons_screen_or_marked_engineer_only() -> None:
    rows = screen_rows()
    commands = reference_commands()
    missing = [c for c in commands if c not in rows]
    assert not missing, f"add these to docs/screens.md: {missing}"
    stale = [c for c in rows if c not in commands]
    assert not stale, f"docs/screens.md maps commands that no longer exist: {stale}"
    for command, (person, where, _test, _options) in rows.items():
        assert person in PERSONS, f"{command}: who is {person!r}?"
        if person != "engineer-only":
            assert where.startswith(PLACES), f"{command}: {where!r} names no screen or page"


def test_each_row_names_a_test_that_exists() -> None:
    for command, (_person, _where, test, _options) in screen_rows().items():
        path, _, name = test.partition("::")
        source = ROOT / path
        assert source.is_file(), f"{command}: no {path}"
        if name:
            assert f"def {name}(" in source.read_text(encoding="utf-8"), f"{command}: {test}"


def test_each_row_says_how_its_screen_covers_every_option() -> None:
    rows = screen_rows()
    for command, options in reference_commands().items():
        said = rows.get(command, ["", "", "", ""])[3]
        unsaid = [o for o in options if f"`{o}`" not in said]
        assert not unsaid, f"{command}: say in docs/screens.md what the screen does for {unsaid}"
