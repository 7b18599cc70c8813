"""A numbered summit's date (extraction/summits.py names the series): of its year when the news is of another
month or ahead of it, and what counts as a summit for dating."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .cues import phrase_at
from .dates import find_dates
from .records import YEAR, DateSpan
from .summits import summit_years

if TYPE_CHECKING:
    from .candidates import Candidate
    from .event_dates import Settled, Surroundings


def _named_summit_year(c: Candidate) -> int | None:
    years = summit_years(phrase_at(c.sentence, c.cue.start)) if c.type == "conference" else []
    return years[0][0] if years else None


def of_another_month(s: Surroundings) -> bool:
    # "bảo đảm thành công của Hội nghị Cấp cao ASEAN lần thứ 37": ahead of the news, or of another year than
    # the news's, a numbered summit is of its year; held in the news's year and told as done, of its month.
    c = s.candidate
    year = _named_summit_year(c)
    news = s.news_day.start.year if s.news_day is not None else None
    # A summit its sentence dates ("Ngày 1/6, A gặp B bên lề Hội nghị X lần thứ 19") is that date's, as written.
    dated = find_dates(c.sentence, s.year, s.published)  # "Trong các ngày 9 - 11/11, …": days without their year
    return year is not None and not dated and (c.planned or news != year or not c.persons)


def in_its_year(s: Surroundings) -> Settled:
    year = _named_summit_year(s.candidate)
    return DateSpan(date(year, 1, 1), date(year, 12, 31), YEAR, "", 0, False), "own"


def is_summit(candidate: Candidate) -> bool:
    """A conference, or two leaders' talks named as their summit ("hội nghị thượng đỉnh với Tổng thống X")."""
    return "conference" in (candidate.type, candidate.cue.type)
