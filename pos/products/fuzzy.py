"""Near matches for misspelt product names, Hindi first: "साबून" finds "साबुन".

Two steps, both small and predictable:

1. **Fold** the spellings people mix up into one: the nukta dropped (ज़ → ज, क़ → क), chandrabindu
   as anusvara (ँ → ं), a nasal half-letter before a consonant as anusvara (सन्तरा → संतरा),
   long vowels as short (ी → ि, ू → ु, ई → इ, ऊ → उ); Latin letters lower-cased.
2. **Compare words** by edit distance (Levenshtein over the folded code points): a typed word
   matches a name word that starts with it (3 letters or more), or that is at most 1 edit away
   (words of 4–7 letters) or 2 edits (8 or more). Every typed word must match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_FOLD = str.maketrans({
    "\u093c": None,  # nukta
    "\u0901": "\u0902",  # chandrabindu → anusvara
    "\u0940": "\u093f",  # ी → ि
    "\u0942": "\u0941",  # ू → ु
    "\u0908": "\u0907",  # ई → इ
    "\u090a": "\u0909",  # ऊ → उ
})  # fmt: skip
_NASAL = re.compile("[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0939])")


def fold(text: str) -> str:
    """The spelling-insensitive form of a name (see the module's rules)."""
    text = unicodedata.normalize("NFD", text.lower()).translate(_FOLD)
    return unicodedata.normalize("NFC", _NASAL.sub("\u0902", text))


def distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))  # fmt: skip
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _allowed(word: str) -> int:
    return 0 if len(word) < 4 else 1 if len(word) < 8 else 2


class WordIndex:
    """The folded words of every name and the ids whose name holds each: built once per
    catalog, so a near match compares the (small) vocabulary, not every product."""

    def __init__(self, names: Iterable[tuple[int, str]]) -> None:
        self.words: dict[str, list[int]] = {}
        self.numbers: dict[str, list[int]] = {}  # "100" (g), "5" (kg): matched exactly only
        folded: dict[str, str] = {}
        for ident, text in names:
            for raw in text.split():
                word = folded.get(raw)
                if word is None:
                    word = folded[raw] = fold(raw)
                ids = (self.numbers if word.isdigit() else self.words).setdefault(word, [])
                if not ids or ids[-1] != ident:
                    ids.append(ident)

    def costs(self, typed: str) -> dict[int, int]:
        """The ids whose name has a word matching ``typed`` (folded), with the best cost."""
        if typed.isdigit():
            return dict.fromkeys(self.numbers.get(typed, ()), 0)
        found: dict[int, int] = {}
        limit = _allowed(typed)
        for word, ids in self.words.items():
            if word == typed or (len(typed) >= 3 and word.startswith(typed)):
                cost = 0
            elif limit:
                cost = distance(typed, word, limit)
                if cost > limit:
                    continue
            else:
                continue
            for ident in ids:
                if cost < found.get(ident, cost + 1):
                    found[ident] = cost
        return found


def near_matches(query: str, index: WordIndex, limit: int = 30) -> list[int]:
    """Ids of the names that every word of ``query`` nearly matches, closest first."""
    typed = [w for w in fold(query).split() if w]
    if not typed:
        return []
    total: dict[int, int] | None = None
    for word in typed:
        costs = index.costs(word)
        if total is None:
            total = costs
        else:
            total = {i: c + costs[i] for i, c in total.items() if i in costs}
        if not total:
            return []
    assert total is not None
    return [i for _c, i in sorted((c, i) for i, c in total.items())[:limit]]
