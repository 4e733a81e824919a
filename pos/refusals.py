"""A refusal's English text matched to the pattern it was raised from, and its translation
filled with the values: shared by the till (pos.ui.language.i18n.tr_error, through Qt) and the
district office (pos.server.web.i18n, without Qt).

A pattern is a ``raise PosError(...)`` text with ``{0}``, ``{1}``… where the f-string put
values (resources/translations/build.py collects them into pos/ui/language/domain_messages.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from xml.etree import ElementTree as ET

from pos.resources import resource_path

Pattern = tuple[re.Pattern[str], str]


def compile_patterns(patterns: Iterable[str]) -> list[Pattern]:
    """Each pattern as an anchored regular expression, the most specific (most literal text)
    first, so "no product {0}" loses to "no product {0} in the district catalog"."""
    compiled = []
    for pattern in patterns:
        pieces = re.split(r"(\{\d+\})", pattern)
        regex = "".join(
            "(.*?)" if re.fullmatch(r"\{\d+\}", piece)
            else re.escape(piece.replace("{{", "{").replace("}}", "}"))
            for piece in pieces
        )  # fmt: skip
        compiled.append((re.compile(f"^{regex}$", re.DOTALL), pattern))
    compiled.sort(key=lambda p: -len(re.sub(r"\{\d+\}", "", p[1])))
    return compiled


def fill(translated: str, values: tuple[str, ...]) -> str:
    """Put the values matched in the English message into its translation's {0}, {1}…"""

    def value(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return values[n] if n < len(values) else ""

    escaped = translated.replace("{{", "\x00").replace("}}", "\x01")
    return re.sub(r"\{(\d+)\}", value, escaped).replace("\x00", "{").replace("\x01", "}")


def translate(message: str, patterns: list[Pattern], lookup: Callable[[str], str]) -> str:
    """``message`` translated: itself if ``lookup`` knows it, else through the first pattern
    it matches whose translation ``lookup`` knows (a value that is itself a known text, a word
    or a nested refusal such as "not a valid GSTIN {0}", is translated too). ``lookup``
    returns its argument when it has no translation. Unmatched: the message as it was."""
    direct = lookup(message)
    if direct != message or not message:
        return direct
    for regex, pattern in patterns:
        found = regex.match(message)
        if found is None:
            continue
        translated = lookup(pattern)
        if translated == pattern:
            return message
        values = tuple(
            translate(v, patterns, lookup) if v != message else v for v in found.groups()
        )
        return fill(translated, values)
    return message


def ts_translations(language: str) -> dict[str, str]:
    """source -> finished translation from resources/translations/pos_<language>.ts (the
    till's catalogue, which holds the Hindi of every domain refusal); {} when not there."""
    path = resource_path("translations", f"pos_{language}.ts")
    if not path.exists():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        node = message.find("translation")
        if node is None or node.get("type") in ("unfinished", "obsolete") or not node.text:
            continue
        out[message.findtext("source") or ""] = node.text
    return out
