"""A publication date a curator types: a year, a month or a day; anything else is refused by name."""

from datetime import date

import pytest
from django.utils import translation

from articles.curation import parse_publication_date


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("2024", (date(2024, 1, 1), "year")),
        ("2024-08", (date(2024, 8, 1), "month")),
        (" 2024-08-06 ", (date(2024, 8, 6), "day")),
    ],
)
def test_a_year_a_month_or_a_day(typed, expected):
    assert parse_publication_date(typed) == expected


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("6/8/2024", "“6/8/2024” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("24-08", "“24-08” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2024-02-30", "“2024-02-30” is not a date of the calendar"),
    ],
)
def test_anything_else_is_refused_with_what_was_typed(typed, reason):
    with translation.override("en"), pytest.raises(ValueError) as refused:
        parse_publication_date(typed)
    assert str(refused.value) == reason
