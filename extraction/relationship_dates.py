"""When relationship events happened: an establishment of relations (its own date, else the year the reference
gives for the pair), an anniversary of relations (the year it counts to)."""

from __future__ import annotations

import re
from datetime import date

from .acts_on_relations import is_establishment
from .candidates import Candidate
from .cues import Cue
from .dates import find_dates
from .records import DAY, YEAR, DateSpan, YearGuess
from .reference import HOME_COUNTRY, countries, places_in

RECALLED_ON = re.compile(r"\b(?:nhắc lại|nhớ lại|kỷ niệm|nhân dịp|kể từ|từ khi|sau khi|cùng nhau)\b", re.IGNORECASE)
# "kỷ niệm 50 năm (ngày) thiết lập quan hệ ngoại giao"
YEARS_COUNTED = re.compile(r"(\d{1,3})\s+năm\b")
ESTABLISHING = "thiết lập quan hệ ngoại giao"
YEARS_OF_RELATIONS = re.compile(rf"(\d{{1,3}})\s+năm\s+(?:ngày\s+)?{ESTABLISHING}", re.IGNORECASE)


def years_counted(candidate: Candidate) -> int | None:
    """The years an anniversary's cue counts: "kỷ niệm 50 năm" -> 50."""
    counted = YEARS_COUNTED.search(candidate.cue.text)
    return int(counted.group(1)) if counted else None


AGREED_NOW = re.compile(r"\b(?:nhất trí|đồng ý|quyết định|tuyên bố)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def establishment_date(sentence: str, cue: Cue, dates: list[DateSpan], *, reference: bool = True) -> DateSpan | None:
    """When relations were established (or normalized: `reference` False, the reference data knows only their
    establishment): a date written after the cue, else the reference data's year.

    The news day before the cue ("Chiều 14/3, … nhắc lại việc hai nước thiết lập quan hệ ngoại giao")
    is when it is recalled, not when it happened.
    """
    after = [d for d in dates if cue.end <= d.offset < cue.end + 120 and (d.precision == YEAR or not d.year_inferred)]
    if after:
        return after[0]
    # "Ngày 21/12/1972, chính phủ … thiết lập quan hệ ngoại giao với …": a date written with its year before the cue,
    # not one the relations are recalled or celebrated on.
    written = [d for d in dates if d.offset < cue.start and not d.year_inferred]
    if written and not RECALLED_ON.search(sentence, written[-1].offset, cue.start):
        return written[-1]
    # "Ngày 13/8, A và B đã nhất trí thiết lập quan hệ ngoại giao": agreed on the news's day, written without a year.
    days = [d for d in dates if d.offset < cue.start and d.precision == DAY]
    if days and AGREED_NOW.search(sentence, max(0, cue.start - 40), cue.start):
        return days[-1]
    if not reference:
        return None
    named = {p.country for p in places_in(sentence) if p.is_country}
    partners = named - {HOME_COUNTRY}
    # The reference knows the home country's relations only: "Úc thiết lập quan hệ với Trung Quốc" is not Việt Nam's.
    home = HOME_COUNTRY in named
    established = countries()[partners.pop()].get("relations_with_vn") if len(partners) == 1 and home else None
    if not established:
        return None
    # "Ngày 2/12/1960, Cuba trở thành … thiết lập quan hệ ngoại giao với Việt Nam": a day before the cue, of the
    # year the relations began, is theirs (a day of another year is when they are recalled).
    of_that_year = [d for d in dates if d.offset < cue.start and not d.year_inferred and d.start.year == established]
    if of_that_year:
        return of_that_year[-1]
    return DateSpan(date(established, 1, 1), date(established, 12, 31), YEAR, "", cue.start)


RECALLED_YEARS = 10  # an anniversary recalled is of the last decade at most


def anniversary_year(candidate: Candidate, pair: list[str], article_year: int | None = None) -> DateSpan:
    """An anniversary is celebrated over its year: the year of the date its own sentence writes; else the
    year relations were established plus the years it counts, when the reference knows the establishment;
    else the article's own year (a date borrowed from another sentence may be the year it counts from: "thiết
    lập quan hệ năm 1973"); else the year of the date it borrowed."""
    ceremony = ceremony_day(candidate, article_year)
    if ceremony is not None:
        return ceremony
    own = candidate.date is not None and candidate.date_source == "own"
    counted = counted_from_establishment(candidate.sentence, pair)
    # (A day of its sentence, "diễn ra từ ngày 11-13/1 khi hai nước chuẩn bị bước sang năm kỷ niệm 70 năm …", may be
    # the eve of the year counted.)
    if counted is not None and (not own or abs(counted.start.year - candidate.date.end.year) <= 1):
        return counted
    span = candidate.date
    if not own and article_year:
        return DateSpan(date(article_year, 1, 1), date(article_year, 12, 31), YEAR, span.text, span.offset, True)
    year = span.end.year
    years = YEARS_OF_RELATIONS.search(candidate.sentence)
    written = str(year) in span.text  # not a year the pipeline gave it (the article's, from the news day)
    if own and written and span.precision == YEAR and years and year + int(years.group(1)) <= date.today().year + 1:
        # "kỷ niệm 52 năm thiết lập quan hệ ngoại giao (1973)": the year written is the one it counts from.
        year += int(years.group(1))
    elif own and article_year and (counted := years_counted(candidate)):
        # "kỷ niệm 30 năm ký Hiệp ước … (16/6/1994)" in 2024, "… dịp kỷ niệm 60 năm Ngày thiết lập quan hệ (5-9-1962)"
        # recalled in 2024: the day written is the one it counts from (the anniversary no later than the article).
        year += counted if article_year - RECALLED_YEARS <= year + counted <= article_year + 1 else 0
    return DateSpan(date(year, 1, 1), date(year, 12, 31), YEAR, span.text, span.offset, span.year_inferred)


# "Tối 4/2, Đại sứ quán … tổ chức lễ kỷ niệm 75 năm …", "lễ kỷ niệm 68 năm Quốc khánh … và 60 năm thiết lập quan
# hệ": the ceremony, held on a day, not the year it celebrates.
CEREMONY = re.compile(
    r"\b(?:lễ|mít tinh|chiêu đãi|tổ chức|gặp mặt|hòa nhạc|chương trình nghệ thuật)\s+(?:trọng thể\s+)?kỷ niệm\b", re.I
)
CEREMONY_CHARS = 150  # the ceremony's words and the day before them: one clause or two ("Tối 4/2, tại Hà Nội, …")


def ceremony_day(candidate: Candidate, article_year: int | None) -> DateSpan | None:
    """The day an anniversary's ceremony is held, written before it in its sentence, in the article's year."""
    window = max(0, candidate.cue.start - CEREMONY_CHARS)
    held = CEREMONY.search(candidate.sentence, window, candidate.cue.end)
    if not article_year or not held:
        return None
    days = [
        d for d in find_dates(candidate.sentence, YearGuess(article_year, "text", 1.0))
        if d.precision == DAY and d.start == d.end and d.start.year == article_year
        and window <= d.offset < held.start()
    ]  # fmt: skip
    return days[-1] if days else None


def counted_from_establishment(sentence: str, pair) -> DateSpan | None:
    """ "kỷ niệm 50 năm thiết lập quan hệ ngoại giao" of a pair whose establishment the reference knows."""
    counted = YEARS_OF_RELATIONS.search(sentence)
    partners = [iso for iso in pair if iso != HOME_COUNTRY]
    if not counted or len(partners) != 1 or HOME_COUNTRY not in pair:
        return None
    established = countries().get(partners[0], {}).get("relations_with_vn")
    if not established:
        return None
    year = established + int(counted.group(1))
    written = {int(y) for y in WRITTEN_YEAR.findall(sentence)}
    if written and all(abs(year - y) > 1 for y in written):
        # "Đối thoại … tháng 12/2022, … nhân dịp kỷ niệm 50 năm thiết lập quan hệ": far from every year the sentence
        # writes, the relations counted are another pair's than the one the reference was asked about.
        return None
    return DateSpan(date(year, 1, 1), date(year, 12, 31), YEAR, counted.group(0), counted.start())


WRITTEN_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


# "kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam - Ba Lan (4/2/1950-4/2/2025)": the range's first day is
# the day relations began.
OF_RELATIONS = re.compile(rf"{ESTABLISHING}[^()]{{0,60}}\(\s*$", re.IGNORECASE)


def establishment_days_written(candidates: list[Candidate], sentences: list[str]) -> None:
    """An establishment the reference dates to its year takes the day the article writes of it elsewhere, in the
    range of an anniversary of the relations (the date grammar reads the range, whatever it is written with)."""
    pending = [
        c for c in candidates
        if c.date is not None and c.date.precision == YEAR and not c.date.text and is_establishment(c.cue)
    ]  # fmt: skip
    if not pending:
        return
    ranges = [
        d for sentence in sentences if ESTABLISHING in sentence.lower()
        for d in find_dates(sentence)
        if d.precision == DAY and d.start.year < d.end.year and OF_RELATIONS.search(sentence, 0, d.offset)
    ]  # fmt: skip
    for candidate in pending:
        began = next((d.start for d in ranges if d.start.year == candidate.date.start.year), None)
        if began is not None:
            span = DateSpan(began, began, DAY, candidate.date.text, candidate.date.offset)
            candidate.date, candidate.date_source = span, "same-type"
