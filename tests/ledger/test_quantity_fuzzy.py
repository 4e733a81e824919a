"""Typed quantities and near matches for misspelt names: plain domain code, no Qt."""

from __future__ import annotations

import pytest

from pos.amounts.quantity import Typed, format_quantity, parse_quantity, split_quantity
from pos.errors import InvalidInput
from pos.products import fuzzy


@pytest.mark.parametrize(
    ("text", "unit", "qty"),
    [("3", "pc", 3), ("1.5", "ml", 1500), ("1,5 l", "ml", 1500), ("250ml", "ml", 250),
     ("0.75 kg", "g", 750), ("250 g", "g", 250), ("2", "g", 2000), ("1.005", "g", 1005)],
)  # fmt: skip
def test_a_typed_quantity_is_read_in_the_products_unit(text: str, unit: str, qty: int) -> None:
    assert parse_quantity(text, unit) == qty


@pytest.mark.parametrize(
    ("text", "unit", "why"),
    [("1.5", "pc", "by the piece"), ("250 g", "ml", "volume"), ("2 l", "g", "weight"),
     ("0", "pc", "more than zero"), ("abc", "pc", "not a quantity"), ("2.5 ml", "ml", "whole")],
)  # fmt: skip
def test_a_quantity_that_does_not_fit_the_unit_is_refused_saying_why(
    text: str, unit: str, why: str
) -> None:
    with pytest.raises(InvalidInput, match=why):
        parse_quantity(text, unit)


def test_a_quantity_before_a_code_or_words_is_split_off() -> None:
    assert split_quantity("3*8900000000012") == Typed("3", "8900000000012")
    assert split_quantity("2x neem soap") == Typed("2", "neem soap")
    assert split_quantity("1.5 × OIL") == Typed("1.5", "OIL")
    assert split_quantity("250ml*OIL-MUS") == Typed("250ml", "OIL-MUS")
    assert split_quantity("xyz soap") == Typed(None, "xyz soap")
    assert split_quantity("8900000000012") == Typed(None, "8900000000012")
    assert format_quantity(1500, "ml") == "1.5 l" and format_quantity(250, "g") == "250 g"


def test_spellings_people_mix_up_in_hindi_fold_to_one() -> None:
    assert fuzzy.fold("साबून") == fuzzy.fold("साबुन")  # long and short u
    assert fuzzy.fold("सन्तरा") == fuzzy.fold("संतरा")  # half न before a consonant
    assert fuzzy.fold("चाँद") == fuzzy.fold("चांद")  # chandrabindu
    assert fuzzy.fold("ज़ीरा") == fuzzy.fold("जिरा")  # nukta and long i


def test_a_near_match_needs_every_word_and_ranks_the_closest_first() -> None:
    index = fuzzy.WordIndex([(1, "Neem soap नीम साबुन"), (2, "Cotton mask सूती मास्क"),
                             (3, "Soap dish साबुनदानी")])  # fmt: skip
    assert fuzzy.near_matches("साबून", index) == [1, 3]  # exact word first, then the prefix
    assert fuzzy.near_matches("सूति मासक", index) == [2]  # folded, and one edit away
    assert fuzzy.near_matches("neem mask", index) == []
    assert fuzzy.near_matches("sop", index) == []  # three letters: no edits allowed
