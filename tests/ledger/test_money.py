"""Money and tax: exact paise, GST back-calculation, round-off (with hypothesis properties)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.amounts.money import (
    format_paise,
    format_rate,
    format_rupees,
    parse_amount,
    round_bill,
    split_gst,
)
from pos.errors import InvalidInput
from pos.selling.sales import Tender, settle_tenders

RATES = st.sampled_from([0, 25, 300, 500, 1200, 1800, 2800, 4000])


@pytest.mark.parametrize(
    ("text", "paise"),
    [
        ("12", 1200),
        ("12.5", 1250),
        ("₹12.50", 1250),
        ("1,234.05", 123405),
        ("Rs 5", 500),
        (" 0.01 ", 1),
        ("0", 0),
    ],
)
def test_amounts_parse_to_exact_paise(text: str, paise: int) -> None:
    assert parse_amount(text) == paise


@pytest.mark.parametrize("text", ["-5", "1.234", "abc", "", "1e3", "12.5.0", "99999999999"])
def test_bad_amounts_are_refused_with_a_message(text: str) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_amount(text)
    assert str(err.value)


def test_amounts_format_with_indian_grouping() -> None:
    assert format_rupees(12345678) == "₹1,23,456.78"
    assert format_rupees(-50) == "-₹0.50"
    assert format_paise(105) == "1.05"
    assert format_rate(500) == "5%" and format_rate(25) == "0.25%"


def test_gst_is_split_out_of_a_tax_inclusive_price() -> None:
    split = split_gst(10500, 500)  # ₹105 at 5 % -> taxable ₹100, tax ₹5
    assert (split.taxable, split.cgst, split.sgst) == (10000, 250, 250)
    odd = split_gst(3550, 1800)  # ₹35.50 at 18 %: 3008.47.. -> 3008, tax 542
    assert (odd.taxable, odd.cgst, odd.sgst) == (3008, 271, 271)
    three = split_gst(1000, 500)  # 952.38 -> 952, tax 48
    assert (three.taxable, three.cgst, three.sgst) == (952, 24, 24)


def test_the_bill_rounds_half_up_to_the_rupee() -> None:
    assert round_bill(10050) == round_bill(10050)
    assert (round_bill(10050).total, round_bill(10050).round_off) == (10100, 50)
    assert (round_bill(10049).total, round_bill(10049).round_off) == (10000, -49)
    assert (round_bill(10000).total, round_bill(10000).round_off) == (10000, 0)


@given(gross=st.integers(min_value=-(10**9), max_value=10**9), rate=RATES)
def test_the_gst_split_always_adds_up(gross: int, rate: int) -> None:
    split = split_gst(gross, rate)
    assert split.taxable + split.cgst + split.sgst == gross
    assert abs(split.cgst - split.sgst) <= 1
    # taxable is the nearest paisa to the exact value
    exact = gross * 10000 / (10000 + rate)
    assert abs(split.taxable - exact) <= 0.5 + 1e-9


@given(amount=st.integers(min_value=0, max_value=10**10))
def test_round_off_stays_within_fifty_paise(amount: int) -> None:
    rounded = round_bill(amount)
    assert rounded.total % 100 == 0
    assert -49 <= rounded.round_off <= 50
    assert rounded.total - amount == rounded.round_off


@given(
    total=st.integers(min_value=0, max_value=10**8),
    cash_extra=st.integers(min_value=0, max_value=10**6),
    upi_share=st.integers(min_value=0, max_value=100),
)
def test_change_is_never_negative_and_tenders_pay_the_total(
    total: int, cash_extra: int, upi_share: int
) -> None:
    upi = total * upi_share // 100
    cash = total - upi + cash_extra
    tenders = [Tender("upi", upi)] if upi else []
    if cash:
        tenders.append(Tender("cash", cash))
    payments = settle_tenders(total, tenders)
    assert all(p.change_paise >= 0 for p in payments)
    assert sum(p.amount_paise for p in payments) == total
    assert sum(p.change_paise for p in payments) == cash_extra


@pytest.mark.parametrize("text", ["12,50", "1,2", "1,2345", "12,5.00", ",500", "1,,000"])
def test_a_comma_that_does_not_group_thousands_is_refused_not_read_as_a_hundred_times_more(
    text: str,
) -> None:
    """ "12,50" typed for ₹12.50 was read as ₹1,250.00 (an officer's price, a cashier's tender)."""
    with pytest.raises(InvalidInput, match="comma"):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "paise"), [("1,250", 125000), ("12,500.50", 1250050), ("1,23,456", 12345600)]
)
def test_thousands_grouped_the_indian_or_the_international_way_still_parse(
    text: str, paise: int
) -> None:
    assert parse_amount(text) == paise
