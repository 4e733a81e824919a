"""Amounts in words, as a cheque or a statement writes them, in the Indian system (thousand,
lakh, crore) in English and in Hindi: 62940 paise -> "Rupees six hundred twenty-nine and
paise forty only" / "छह सौ उनतीस रुपये और चालीस पैसे मात्र"."""

from __future__ import annotations

from dataclasses import dataclass

from pos.amounts.money import Paise
from pos.errors import InvalidInput

_EN_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_HI = [
    "शून्य",
    "एक",
    "दो",
    "तीन",
    "चार",
    "पाँच",
    "छह",
    "सात",
    "आठ",
    "नौ",
    "दस",
    "ग्यारह",
    "बारह",
    "तेरह",
    "चौदह",
    "पंद्रह",
    "सोलह",
    "सत्रह",
    "अठारह",
    "उन्नीस",
    "बीस",
    "इक्कीस",
    "बाईस",
    "तेईस",
    "चौबीस",
    "पच्चीस",
    "छब्बीस",
    "सत्ताईस",
    "अट्ठाईस",
    "उनतीस",
    "तीस",
    "इकतीस",
    "बत्तीस",
    "तैंतीस",
    "चौंतीस",
    "पैंतीस",
    "छत्तीस",
    "सैंतीस",
    "अड़तीस",
    "उनतालीस",
    "चालीस",
    "इकतालीस",
    "बयालीस",
    "तैंतालीस",
    "चवालीस",
    "पैंतालीस",
    "छियालीस",
    "सैंतालीस",
    "अड़तालीस",
    "उनचास",
    "पचास",
    "इक्यावन",
    "बावन",
    "तिरपन",
    "चौवन",
    "पचपन",
    "छप्पन",
    "सत्तावन",
    "अट्ठावन",
    "उनसठ",
    "साठ",
    "इकसठ",
    "बासठ",
    "तिरसठ",
    "चौंसठ",
    "पैंसठ",
    "छियासठ",
    "सड़सठ",
    "अड़सठ",
    "उनहत्तर",
    "सत्तर",
    "इकहत्तर",
    "बहत्तर",
    "तिहत्तर",
    "चौहत्तर",
    "पचहत्तर",
    "छिहत्तर",
    "सतहत्तर",
    "अठहत्तर",
    "उन्यासी",
    "अस्सी",
    "इक्यासी",
    "बयासी",
    "तिरासी",
    "चौरासी",
    "पचासी",
    "छियासी",
    "सत्तासी",
    "अट्ठासी",
    "नवासी",
    "नब्बे",
    "इक्यानवे",
    "बानवे",
    "तिरानवे",
    "चौरानवे",
    "पचानवे",
    "छियानवे",
    "सत्तानवे",
    "अट्ठानवे",
    "निन्यानवे",
]
_SCALES = (
    (10_000_000, "crore", "करोड़"),
    (100_000, "lakh", "लाख"),
    (1000, "thousand", "हज़ार"),
    (100, "hundred", "सौ"),
)

if len(_HI) != 100:  # a typo in the table above fails at import
    raise RuntimeError("the Hindi number words need 100 entries")


@dataclass(frozen=True)
class Words:
    en: str
    hi: str


def _en_below_100(n: int) -> str:
    if n < 20:
        return _EN_ONES[n]
    tens, ones = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")


def _number(n: int) -> tuple[str, str]:
    """A whole number (at least 1) in words, English and Hindi."""
    en: list[str] = []
    hi: list[str] = []
    for size, name_en, name_hi in _SCALES:
        count, n = divmod(n, size)
        if count:
            count_en, count_hi = (
                _number(count) if count >= 100 else (_en_below_100(count), _HI[count])
            )
            en.append(f"{count_en} {name_en}")
            hi.append(f"{count_hi} {name_hi}")
    if n:
        en.append(_en_below_100(n))
        hi.append(_HI[n])
    return " ".join(en), " ".join(hi)


def rupees_in_words(paise: Paise) -> Words:
    """Raises InvalidInput for a negative amount."""
    if paise < 0:
        raise InvalidInput("an amount in words cannot be negative")
    rupees, rest = divmod(paise, 100)
    rupees_en, rupees_hi = _number(rupees) if rupees else ("zero", _HI[0])
    if not rest:
        return Words(f"Rupees {rupees_en} only", f"{rupees_hi} रुपये मात्र")
    paise_en, paise_hi = _en_below_100(rest), _HI[rest]
    return Words(
        f"Rupees {rupees_en} and paise {paise_en} only",
        f"{rupees_hi} रुपये और {paise_hi} पैसे मात्र",
    )
