"""The Hindi glossary (docs/glossary.md) holds in the translations: a text using one of its
English terms uses its Hindi term, and a Hindi term never stands for another action."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
TS = ROOT / "resources" / "translations" / "pos_hi.ts"


def glossary() -> list[tuple[str, str, str]]:
    """(English, Hindi, stem) rows of the glossary table."""
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("English", "---"):
            rows.append((cells[0], cells[1], cells[2]))
    return rows


def words(source: str) -> str:
    """The English as read for terms: keyboard shortcuts (Ctrl+Shift+P) left out."""
    return re.sub(r"\b(?:Ctrl|Shift|Alt)\+\S+", "", source)


def translations() -> dict[str, str]:
    out = {}
    for message in ET.parse(TS).getroot().iter("message"):
        node = message.find("translation")
        if node is not None and node.get("type") != "vanished" and node.text:
            out[message.findtext("source") or ""] = node.text
    return out


def test_the_glossary_gives_each_action_its_own_hindi_term() -> None:
    rows = glossary()
    assert len(rows) >= 10
    hindi = [h for _e, h, _s in rows]
    assert len(set(hindi)) == len(hindi)
    for a in hindi:  # no term hides inside another (रद्द in रद्द करें is one term)
        assert not [b for b in hindi if a != b and a in b], a


def test_a_text_with_a_glossary_term_uses_its_hindi_term() -> None:
    wrong = []
    for source, hindi_text in translations().items():
        for english, hindi, _stem in glossary():
            if re.search(rf"\b{re.escape(english)}\b", words(source)) and hindi not in hindi_text:
                wrong.append(f"{source!r} -> {hindi_text!r} lacks {hindi!r} ({english})")
    assert wrong == []


def test_a_hindi_term_appears_only_where_the_english_says_that_action() -> None:
    wrong = []
    for source, hindi_text in translations().items():
        for english, hindi, stem in glossary():
            if hindi in hindi_text and stem not in source.lower().replace("-", " "):
                wrong.append(f"{source!r} -> {hindi_text!r} uses {hindi!r} ({english})")
    assert wrong == []


def test_cancel_and_void_return_refund_and_change_never_share_a_translation() -> None:
    ts = translations()
    pairs = [("Cancel", "Void"), ("Paid in", "Cash drop"), ("Return", "Change"),
             ("Return", "Refund by"), ("Change", "refund")]  # fmt: skip
    for a, b in pairs:
        assert ts[a] != ts[b] and ts[a] not in ts[b] and ts[b] not in ts[a], (a, b)
