"""The year of an article's year-less dates, decided by one ranked list of named rules.

YEAR_RULES are tried in order and the first that answers decides; the article records which
(YearGuess.basis, a YearBasis code) and the expression it read (YearGuess.source):

1. the curator's date (any precision);
2. the date the outlet wrote into the URL (sharpened to the day by the page's date line in that month);
3. the page's own date line, unless it is a site-wide "today" widget (publication.page_date); once the
   events are read, a line more than a month before a day they report as past is a later view of the page,
   and the news is of the year before (pipeline._reported_after);
4. a year the text calls its own ("từ đầu năm 2024 đến nay", "10 tháng đầu năm 2024"), then its latest
   full date ("7/7/2024"), then its latest month with a year ("tháng 11/2023"): an article is written after
   the dated events it reports. A bare "năm 2014" is not used: it is as often a background fact as the
   article's year. Title, body and the captions' photo credits are all read. A year of rules 4 and 5 that the
   terms of the leaders the text names rule out (rule 6's data) is passed over;
5. the year of an anniversary the text celebrates, then of a chairmanship it holds ("với tư cách Chủ tịch
   ASEAN 2020"), then of a numbered recurring summit it names ("Hội nghị Cấp cao ASEAN lần thứ 44",
   extraction/summits.py): a label is never an event's date, but it tells when the text was
   written;
6. the one year in which the leaders the text names held the offices it gives them on its
   news day (reference data: fixtures/reference/offices.json), recorded as knowledge, not the text's,
   with that day's month as the publication month;
7. the timeline's knowledge (the importer's `year_hint`: an occasion already on it, an office's term).

The first three also give the publication date, at the precision they read it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

from .built_once import built_once
from .date_contexts import COUNTED_FROM, COUNTED_SINCE, NOTHING_PLANNED, is_target_year
from .dates import MASTER, as_months, find_dates, groups_of
from .names import person_key
from .publication import LATEST_YEAR, PAGE, URL, YearBasis, date_in_url, page_date
from .records import DAY, MONTH, YEAR_UNKNOWN, DateSpan, YearGuess
from .reference import HOME_COUNTRY, countries, places_in
from .relative_dates import days_with_weekdays
from .summits import summit_years

ANNIVERSARY = re.compile(
    r"kỷ niệm\s+(?P<count>\d{1,3})\s+năm(?P<relations>\s+(?:ngày\s+)?thiết lập quan hệ ngoại giao)?", re.IGNORECASE
)
CHAIR_YEAR = re.compile(r"(?:Chủ tịch|chủ nhà|nước chủ nhà)\s+(?:[A-Z]{2,}\s+)+(?P<year>(?:19|20)\d\d)\b")
# "Từ đầu năm 2024 đến nay", "10 tháng đầu năm 2024", "năm 2024 này": the text says it is written that year.
CURRENT_YEAR = re.compile(
    r"(?:từ\s+đầu\s+năm\s+(?P<y1>(?:19|20)\d\d)\s+(?:đến|tới)\s+nay"
    r"|\b(?:[1-9]|1[01])\s+tháng\s+đầu\s+năm\s+(?P<y2>(?:19|20)\d\d)"
    r"|\bnăm\s+(?P<y3>(?:19|20)\d\d)\s+này)",
    re.IGNORECASE,
)
# An anniversary still ahead: "chuẩn bị tốt các hoạt động kỷ niệm …", "… kỷ niệm 70 năm … vào năm tới".
AHEAD_BEFORE = re.compile(r"\b(?:chuẩn bị|hướng tới|tiến tới)\b[^.;:]{0,40}$", re.IGNORECASE)
AHEAD_AFTER = re.compile(r"[^.;:]{0,80}?\b(?:vào năm tới|vào năm sau|năm tới|sắp tới)\b", re.IGNORECASE)
# "(1972 - 2022)", "(7-1-1972 / 7-1-2022)": the years an anniversary counts from and to.
YEARS_SPAN = re.compile(
    r"\(\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?((?:19|20)\d\d)\s*[-–/]\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?((?:19|20)\d\d)\s*\)"
)

# How far each source of the year is trusted (the importer gives its own to what the timeline knows).
CONFIDENCE = {
    "given": 1.0,
    "url": 0.95,
    "page": 0.9,
    "current": 0.8,
    "full_date": 0.8,
    "month": 0.7,
    "anniversary": 0.65,
    "chair": 0.5,
    "summit": 0.6,
    "terms": 0.6,
}
OFFICES_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "reference" / "offices.json"
TERM_MARGIN = timedelta(days=7)
# The press writes a foreign minister's office either way.
FOREIGN_MINISTER = {"Ngoại trưởng", "Bộ trưởng Ngoại giao"}
EARLIEST_YEAR_IN_OFFICE = 1990
# A year-less date read without a year: a leap year, so that "29/2" exists.
PLACEHOLDER = YearGuess(YEAR_UNKNOWN, "", 0.0)

# Years that point forward or backward in time, not to when the article was written: a birth date, the day
# relations were established (an anniversary of it says the year: dating.anniversary_years).
REFERENCE_YEAR_BEFORE = re.compile(
    r"(?:đến năm|tới năm|tầm nhìn|giai đoạn|chiến lược|kế hoạch|(?:công|hiệp) ước(?! này)|từ năm|sinh"
    r"|thiết lập quan hệ ngoại giao)[^.;]{0,20}$",
    re.IGNORECASE,
)

# Which tier of the text's years each kind of expression with a year gives: days (ranges of days too),
# months, bare years.
TIER_OF_KIND = {
    "full_date": "full_date",
    "word_date": "full_date",
    "day_range": "full_date",
    "word_range": "full_date",
    "cross_month": "full_date",
    "cross_month_dot": "full_date",
    "cross_month_hyphen": "full_date",
    "month": "month",
    "quarter": "month",
    "year": "year",
}


def written_years(text: str) -> dict[str, list[tuple[int, str]]]:
    """The years the text writes, by kind of expression: (year, expression as written).

    Targets and programmes ("tầm nhìn đến năm 2045", "giai đoạn 2021-2025") and treaties' years
    ("Công ước năm 1982") are left out: they tell nothing of when the article was written.
    """
    tiers: dict[str, list[tuple[int, str]]] = {"full_date": [], "month": [], "year": []}
    for match in MASTER.finditer(text):
        kind = match.lastgroup
        tier = TIER_OF_KIND.get(kind)
        if tier is None or is_target_year(text, match):
            continue
        if REFERENCE_YEAR_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        if tier == "full_date" and COUNTED_SINCE.search(text, max(0, match.start() - 200), match.start()):
            continue  # "kỷ niệm 56 năm ngày ký Hiệp ước …, ký ngày 22-1-1963": history, the years counted from it
        groups = groups_of(match)
        year = groups.get("y") or groups.get("y2")
        if groups.get("y1") and year and groups["y1"] != year:
            continue  # "(24/6/1967 - 24/6/2027)": an anniversary's two ends (anniversary_years reads them)
        if year:
            tiers[tier].append((int(year), match.group(0).strip()))
    return tiers


# How far before the latest fact the news must fall to be taken for the next year's.
NEWS_BEFORE_FACT = timedelta(days=90)
# A month told as past ("Tháng 6.2023, A tới Berlin …") is no next step of the news: a few weeks suffice; so do
# they for a day its sentence tells with nothing to come ("vòng tham vấn thứ bảy diễn ra ngày 20-6-2023").
NEWS_BEFORE_MONTH = timedelta(days=31)


@dataclass(frozen=True)
class ArticleDate:
    """What the deciding rule found: the year, and the publication date when it read one."""

    year: YearGuess
    published: DateSpan | None = None


@dataclass
class Evidence:
    """What the rules may read: the text, the curator's date, the URL, the page's date lines, the hint."""

    body: str
    given: DateSpan | None = None
    url: str | None = None
    date_lines: tuple[str, ...] = ()
    year_hint: YearGuess | None = None
    persons: tuple[tuple[str, str], ...] = ()  # (name, office as written) of the persons the text names

    @cached_property
    def written(self) -> dict[str, list[tuple[int, str]]]:
        return written_years(self.body)

    @cached_property
    def office_years(self) -> tuple[set[int], list[str], DateSpan] | None:
        """Read once, and only by the rules that need it (not when the curator's date answers)."""
        return _office_years(self)

    @cached_property
    def yearless_days(self) -> list[DateSpan]:
        """The single days the text writes without a year, in order: the news's days (read once)."""
        return [d for d in find_dates(self.body, PLACEHOLDER) if d.year_inferred and d.precision == DAY]

    @cached_property
    def told_days(self) -> frozenset[tuple[int, int]]:
        """(month, day) of each day the text writes without a year, both ends of a span ("từ 6/7 đến 10/7")."""
        return frozenset((d.month, d.day) for span in self.yearless_days for d in (span.start, span.end))

    @cached_property
    def weekdays(self) -> list[tuple[int, int, int]]:
        """(month, day, weekday) of the year-less days the text writes with their weekdays."""
        return days_with_weekdays(self.body)

    @cached_property
    def first_possible_year(self) -> int:
        """The first year in which everything the text names existed ("Covid-19": 2020)."""
        return max((year for pattern, year in NAMED_SINCE if pattern.search(self.body)), default=0)

    def fits_weekdays(self, year: int) -> bool:
        """Each day the text writes with its weekday falls on that weekday in `year`."""
        return all((day := _day(year, m, d)) is not None and day.weekday() == wd for m, d, wd in self.weekdays)

    @cached_property
    def latest_year(self) -> int | None:
        """The latest year the text writes (a date line years after it is a "today" widget)."""
        return max((year for found in self.written.values() for year, _ in found), default=None)


def _published(span: DateSpan, basis: YearBasis) -> ArticleDate:
    year = YearGuess(span.start.year, f"{basis}: {span.text}", CONFIDENCE[basis], basis)
    return ArticleDate(year, span)


def _from_text(kind: str, found: list[tuple[int, str]], body: str = "") -> ArticleDate | None:
    if not found:
        return None
    year, expression = max(found)
    if body and _news_before(body, year, expression):
        year, expression = year + 1, f"{expression}, after which comes the news"
    elif body and _start_to_come(body, year, expression):
        year, expression = year - 1, f"{expression}, a start the news announces"
    return ArticleDate(YearGuess(year, f"text: {expression}", CONFIDENCE[kind], YearBasis.TEXT))


# "… trở thành thành viên chính thức, có hiệu lực từ ngày 1/1/2024": a start to come, announced before it.
STARTS_THEN = re.compile(r"\b(?:có hiệu lực|bắt đầu|gia nhập)\b[^.;]{0,20}?\b(?:từ|kể từ)\s+(?:ngày\s+)?$", re.I)


def _start_to_come(body: str, year: int, expression: str) -> bool:
    """The latest dated fact is a start to come, and the text's first year-less day would fall months after it in
    its year: the news was of the year before ("ngày 24/8" of a decision in force "từ ngày 1/1/2024")."""
    written = [m.start() for m in re.finditer(re.escape(expression), body)]
    if not any(STARTS_THEN.search(body, max(0, at - 50), at) for at in written):
        return False
    fact, news = _fact_and_news(body, year, expression)
    return fact is not None and news is not None and news.start > fact.end + NEWS_BEFORE_MONTH


def _fact_and_news(body: str, year: int, expression: str) -> tuple[DateSpan | None, DateSpan | None]:
    """The latest dated fact the text writes, and its first year-less day read in that fact's year."""
    guess = YearGuess(year, expression, 0.5)
    fact = next(iter(find_dates(expression, guess)), None)
    # (not "Ngày 17-7 vừa qua, …": a day recalled as just past, before the news)
    news = next(
        (
            d for d in find_dates(body, guess)
            if d.year_inferred and d.precision == DAY and not JUST_PAST.match(body, d.offset + len(d.text))
        ),
        None,
    )  # fmt: skip
    return fact, news


JUST_PAST = re.compile(r"\s*(?:vừa qua|vừa rồi)\b", re.IGNORECASE)


def _news_before(body: str, year: int, expression: str) -> bool:
    """The text's first year-less day falls months before the latest dated fact it reports, in its year.

    An article is not written before the facts it reports as past: "… đàm phán từ tháng 11-2023" and
    "ngày 8-7" is 8 July of the next year. A fact days after the news is the page's own date or the
    news's next step, not a reason to move the news a year.
    """
    fact, news = _fact_and_news(body, year, expression)
    told_in = next((sentence for sentence in re.split(r"(?<=[.!?])\s+|\n", body) if expression in sentence), "")
    past = (fact is not None and fact.precision == MONTH) or bool(told_in and NOTHING_PLANNED.match(told_in))
    margin = NEWS_BEFORE_MONTH if past else NEWS_BEFORE_FACT
    return fact is not None and news is not None and news.end < fact.start - margin


def curators_date(evidence: Evidence) -> ArticleDate | None:
    return _published(evidence.given, YearBasis.GIVEN) if evidence.given is not None else None


def url_date(evidence: Evidence) -> ArticleDate | None:
    from_url = date_in_url(evidence.url)
    if from_url is None:
        return None
    # "/202010/" and a date line of 19/10/2020: the page's line says the day.
    from_page = page_date(list(evidence.date_lines), from_url, evidence.latest_year, evidence.told_days)
    if from_page is not None and from_url.precision != DAY and from_url.start <= from_page.start <= from_url.end:
        return _published(from_page, PAGE)
    return _published(from_url, URL)


def date_line(evidence: Evidence) -> ArticleDate | None:
    from_page = page_date(list(evidence.date_lines), None, evidence.latest_year, evidence.told_days)
    return _published(from_page, PAGE) if from_page is not None else None


def year_called_current(evidence: Evidence) -> ArticleDate | None:
    found = [
        (int(m.group("y1") or m.group("y2") or m.group("y3")), m.group(0)) for m in CURRENT_YEAR.finditer(evidence.body)
    ]
    return _from_text("current", found)


def text_full_date(evidence: Evidence) -> ArticleDate | None:
    return _from_text("full_date", _of_the_news(evidence, "full_date"), evidence.body)


def text_month(evidence: Evidence) -> ArticleDate | None:
    return _from_text("month", _of_the_news(evidence, "month"), evidence.body)


# What a text recalls as past: "Lần gần nhất … là vào tháng 7/2022", "Cuộc gặp gần nhất … ngày 16/7/2018", "kể từ
# cuộc gặp … ngày 14.11.2022", "hồi tháng 1.2024", "sau chuyến thăm … vào tháng 10/2006", "kể từ chuyến thăm …
# tháng 10/2006, tiếp đó là chuyến thăm … tháng 4/2007". Not "từ tháng 11-2023" (đàm phán … từ …): what goes on since
# then, up to the news.
RECALLED_BEFORE = re.compile(
    r"\b(?:hồi|kể từ|lần (?:gần nhất|trước|cuối)|gần nhất|gần đây nhất|trước đó|từng|cách đây|nhắc lại|nhớ lại"
    r"|khi đó|lúc đó|khi ấy"  # "chuyến thăm của ông X, khi đó là Chủ tịch …, vào tháng 11-2018"
    r"|(?:được )?khởi động|ra đời|hình thành"  # "Cơ chế … được khởi động từ hội nghị … ngày 25-1-2022"
    # "…, sau hội nghị thượng đỉnh … đầu tiên diễn ra ngày 25/4/2019": the one before the news
    r"|sau (?:(?:các|hai|ba|những) )?(?:chuyến thăm|cuộc gặp|cuộc hội đàm|chuyến đi|(?:cuộc |hội nghị )?thượng đỉnh"
    r"|hội nghị))\b[^.;!?]{0,200}$",
    re.I,
)


def _of_the_news(evidence: Evidence, kind: str) -> list[tuple[int, str]]:
    """The dated facts of `kind` that may give the news's year. When the text writes its news without a year
    ("tối 2/4"), never one it recalls as past; and a month written with its year is mostly background, years
    before: only one a news day falls in, or one the news falls months before (the news is then of the year
    after), tells the news's year. A day written with its year is most often another event of the news."""
    found = evidence.written[kind]
    if not evidence.yearless_days:
        return found
    # "lên ngôi ngày 8/9/2022" near "20/9", told with "ngày 24/3/2023, … thông báo hoãn": not before a day told done.
    done = [year for year, written in evidence.written["full_date"] if not _to_come(evidence, written)]
    return [
        (year, written)
        for year, written in found
        if (kind != "full_date" or year >= max(done, default=year))
        and not _recalled(evidence.body, written)
        and (
            (
                kind == "full_date"
                and (
                    _near_a_news_day(evidence, year, written, FULL_DATE_NEAR, PLANNED_AHEAD)
                    or _to_come(evidence, written)
                    or (bool(evidence.weekdays) and evidence.fits_weekdays(year))  # "tối 24/10 (thứ Hai)": that year
                )
            )
            or (kind != "full_date" and _near_a_news_day(evidence, year, written))
            or _news_before(evidence.body, year, written)
        )
    ]


# A month written with its year is of the news when a news day falls in it or in the weeks after it ("tháng
# 3/2019" and "Chiều 3/4"); months before, it is background.
AFTER_THE_MONTH = timedelta(days=31)


def _near_a_news_day(
    evidence: Evidence, year: int, written: str, after: timedelta = AFTER_THE_MONTH, before: timedelta = timedelta(0)
) -> bool:
    fact = next(iter(find_dates(written, YearGuess(year, written, 0.5))), None)
    days = (_day(year, month, day) for month, day in evidence.told_days)
    return fact is not None and any(day and fact.start - before <= day <= fact.end + after for day in days)


# A page that writes its news's days without a year writes a year where it tells another year's: a day written with
# its year is of the news within weeks of a news day ("ngày 3/2/2016" and "chiều 14/3", a stamp "28/10/2025 06:14"
# over "chiều 27/10", a plan "từ ngày 9 đến 13-6-2025" in April), told as to come, or in the year its weekdays fit; a
# day months before the news ("ngày 2/5/2022" in a page of "25/10") is another year's.
FULL_DATE_NEAR = timedelta(days=90)
PLANNED_AHEAD = timedelta(days=300)


def _to_come(evidence: Evidence, written: str) -> bool:
    """A day told as to come: "có hiệu lực từ ngày 1/1/2024", "sẽ … ngày 3/5/2016"."""
    starts = [m.start() for m in re.finditer(re.escape(written), evidence.body)]
    return any(
        STARTS_THEN.search(evidence.body, max(0, at - 50), at) or TO_COME.search(evidence.body, max(0, at - 80), at)
        for at in starts
    )


TO_COME = re.compile(r"\b(?:sẽ|dự kiến)\b[^.;]*$", re.IGNORECASE)


def _recalled(body: str, written: str) -> bool:
    starts = [m.start() for m in re.finditer(re.escape(written), body)]
    return bool(starts) and all(RECALLED_BEFORE.search(body, max(0, at - 220), at) for at in starts)


def celebrated_anniversary(evidence: Evidence) -> ArticleDate | None:
    return _from_text("anniversary", anniversary_years(evidence.body))


def held_chairmanship(evidence: Evidence) -> ArticleDate | None:
    return _from_text("chair", [(int(m.group("year")), m.group(0)) for m in CHAIR_YEAR.finditer(evidence.body)])


def numbered_summit(evidence: Evidence) -> ArticleDate | None:
    """The year of a numbered recurring summit the text names: the news is of that year."""
    return _from_text("summit", summit_years(evidence.body))


@dataclass(frozen=True)
class Term:
    office: re.Pattern  # the office as a title writes it, not "Phó …", "nguyên …"
    name: str  # names.person_key: one key for every script and word order of the name
    start: date
    end: date | None


@built_once
def terms() -> tuple[Term, ...]:
    """Leaders' terms of office, the home country's and 106 others' (fixtures/reference/offices.json),
    widened by TERM_MARGIN: a title is still written days after a change, and a wider term only makes a year less
    often unique."""
    found = []
    for entry in json.loads(OFFICES_FILE.read_text(encoding="utf-8")):
        office = re.escape(entry["office"]).replace(r"Bộ\ trưởng\ ", r"Bộ\ trưởng\ (?:Bộ\ )?")
        if entry["office"] in FOREIGN_MINISTER:
            office = r"(?:Ngoại\ trưởng|Bộ\ trưởng\ (?:Bộ\ )?Ngoại\ giao)"
        end = date.fromisoformat(entry["to"]) + TERM_MARGIN if entry["to"] else None
        pattern = re.compile(rf"(?<!phó )(?<!nguyên )(?<!cựu )(?<!cố )\b{office}\b", re.IGNORECASE)
        start = date.fromisoformat(entry["from"]) - TERM_MARGIN
        found.append(Term(pattern, person_key(entry["name"]), start, end))
    return tuple(found)


@built_once
def terms_by_person() -> dict[str, list[Term]]:
    """terms() by names.person_key of the holder."""
    found: dict[str, list[Term]] = {}
    for term in terms():
        found.setdefault(term.name, []).append(term)
    return found


def _held(name: str, title: str) -> list[Term]:
    """The terms of this person in the office the title gives."""
    return [t for t in terms_by_person().get(person_key(name), ()) if t.office.search(title)]


def _years_in_office(name: str, title: str, month: int, day: int) -> set[int] | None:
    """The years in which this person held the office the title gives on that day; None when unknown."""
    held = _held(name, title)
    if not held:
        return None
    return {
        year
        for year in range(EARLIEST_YEAR_IN_OFFICE, LATEST_YEAR + 1)
        for t in held
        if (when := _day(year, month, day)) and t.start <= when and (t.end is None or when <= t.end)
    }


def out_of_office(name: str, title: str, span: DateSpan) -> bool:
    """The reference knows this person's terms in the office the title gives, and none overlaps `span`:
    "Tổng thống Mỹ Barack Obama" on a day of 2023 is a wrong year, or a wrong person."""
    held = _held(name, title)
    return bool(held) and not any(t.start <= span.end and (t.end is None or span.start <= t.end) for t in held)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _office_years(evidence: Evidence) -> tuple[set[int], list[str], DateSpan] | None:
    """The years in which the leaders the text names held the offices it gives them on its news day (its first
    year-less day), with those leaders and that day; None when it names none whose terms are known."""
    leaders = terms_by_person()
    if not any(leaders.get(person_key(name)) for name, _ in evidence.persons):
        return None
    news = next(iter(evidence.yearless_days), None)
    if news is None:
        return None
    fitting, named = None, []
    for name, title in evidence.persons:
        years = _years_in_office(name, title, news.start.month, news.start.day)
        if years is not None:
            fitting = years if fitting is None else fitting & years
            named.append(f"{title} {name}")
    if fitting is not None:
        # "tối 24/10 (thứ Năm)", "dịch Covid-19"
        fitting = {year for year in fitting if evidence.fits_weekdays(year) and year >= evidence.first_possible_year}
    return (fitting, named, news) if fitting is not None else None


def terms_of_office(evidence: Evidence) -> ArticleDate | None:
    """The one year in which the leaders the text names held the offices it gives them, on its news day."""
    # Every office the reference knows, the partners' too: each rules years out. The news day's month then dates
    # the article, as a curator would: a year alone is a year-long guess of an event whose month a reader knows.
    found = _office_years(evidence)
    if found is None or len(found[0]) != 1:
        return None
    (year,), named, news = found
    source = f"timeline: the terms of {', '.join(named)} on {news.text}"[:200]
    # The day the terms were read on is the news's: its month is the article's, as a curator would give it.
    day = _day(year, news.start.month, news.start.day)
    month = as_months(DateSpan(day, day, DAY, news.text, 0, True)) if day else None
    return ArticleDate(YearGuess(year, source, CONFIDENCE["terms"], YearBasis.TIMELINE), month)


def timeline_knowledge(evidence: Evidence) -> ArticleDate | None:
    hint = evidence.year_hint
    return ArticleDate(hint) if hint is not None and hint.year else None


YEAR_RULES: tuple[tuple[str, Callable[[Evidence], ArticleDate | None]], ...] = (
    ("the curator's date", curators_date),
    ("the date in the URL", url_date),
    ("the page's date line", date_line),
    ("a year the text calls current", year_called_current),
    ("the text's latest full date", text_full_date),
    ("the text's latest month", text_month),
    ("an anniversary the text celebrates", celebrated_anniversary),
    ("a chairmanship the text holds", held_chairmanship),
    ("a numbered summit the text names", numbered_summit),
    ("the terms of the offices it names", terms_of_office),
    ("the timeline's knowledge", timeline_knowledge),
)
UNKNOWN = ArticleDate(YearGuess(None, "", 0.0))


def date_article(evidence: Evidence) -> ArticleDate:
    """The year (and publication date) given by the first rule of YEAR_RULES that answers.

    A year read from the text's facts that the terms of the leaders it names rule out is not the article's:
    "Chủ tịch nước Lương Cường … 21/9" is not of 1977, however late the text's last written year; nor is one in
    which a day the text writes with its weekday falls on another."""
    for _, rule in YEAR_RULES:
        found = rule(evidence)
        if found is None:
            continue
        offices = evidence.office_years if found.year.basis == YearBasis.TEXT else None
        if offices is not None and found.year.year not in offices[0]:
            continue
        if found.year.basis == YearBasis.TEXT and not evidence.fits_weekdays(found.year.year):
            continue  # "tối 24/10 (thứ Năm)" is not of 2022, whatever background year the text writes last
        read = found.year.basis in (YearBasis.TEXT, YearBasis.TIMELINE) and found.year.year is not None
        if read and found.year.year < evidence.first_possible_year:
            continue  # "… trong bối cảnh dịch Covid-19" is not of 2019
        return _or_the_anniversary_after(found, evidence) if rule in (text_full_date, text_month) else found
    return UNKNOWN


def _or_the_anniversary_after(found: ArticleDate, evidence: Evidence) -> ArticleDate:
    """A year the text's latest dated fact gives is the earliest the news can be; an anniversary the text celebrates
    the year after says which ("tháng 1-2018, nhân kỷ niệm 55 năm …" and "đúng dịp kỷ niệm 56 năm …")."""
    celebrated = celebrated_anniversary(evidence)
    later = celebrated is not None and found.year.year < celebrated.year.year <= found.year.year + 1
    return celebrated if later and evidence.fits_weekdays(celebrated.year.year) else found


def guess_year(text: str, given: DateSpan | None = None) -> YearGuess:
    """The year YEAR_RULES decide for a text alone, or for a text and its curator's date."""
    return date_article(Evidence(text, given)).year


# What a text names that did not exist before a year: a page that names it is of that year or later.
NAMED_SINCE = (
    (re.compile(r"\b(?:Covid-19|COVID-19|Covid 19|SARS-CoV-2)\b", re.IGNORECASE), 2020),
    (re.compile(r"\bCPTPP\b"), 2017),
    (re.compile(r"\bAUKUS\b"), 2021),
)

ANOTHER_YEAR = re.compile(r"\b(?:năm ngoái|năm trước|năm tới|năm sau|sang năm)\b", re.IGNORECASE)


def anniversary_years(text: str) -> list[tuple[int, str]]:
    """Years of the anniversaries the text celebrates: the article is written in that year.

    "kỷ niệm 50 năm … (1972 - 2022)" writes it; "kỷ niệm 50 năm thiết lập quan hệ ngoại giao" with
    one other country named in the sentence adds 50 to the year relations were established
    (reference data: relations_with_vn).
    """
    found = []
    # The reference knows the home country's relations only: an article that never names it tells another pair's
    # anniversary ("chuyến thăm Hungary của Chủ tịch Trung Quốc, trùng dịp hai nước kỷ niệm 75 năm …").
    home_named = None  # read once, when an anniversary needs it
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        for match in ANNIVERSARY.finditer(sentence):
            if AHEAD_BEFORE.search(sentence, 0, match.start()) or AHEAD_AFTER.match(sentence, match.end()):
                continue  # "chuẩn bị tốt các hoạt động kỷ niệm 70 năm …": a year ahead of the text's
            if ANOTHER_YEAR.search(sentence):
                continue  # "… hồi tháng 4 năm ngoái, cũng như chuỗi hoạt động kỷ niệm 75 năm …": not the text's year
            count = int(match.group("count"))
            written = YEARS_SPAN.search(sentence, match.end(), match.end() + 120)
            if written and int(written.group(2)) - int(written.group(1)) == count:
                found.append((int(written.group(2)), match.group(0)))
                continue
            counted_from = COUNTED_FROM.search(sentence[match.end() : match.end() + 160])
            if counted_from:
                # "kỷ niệm 56 năm ngày ký Hiệp ước Élysée … ký ngày 22-1-1963": the day it counts the years from
                found.append(
                    (int(counted_from.group("y")) + count, f"{match.group(0)} ({counted_from.group(0).strip(' (')})")
                )
                continue
            if not match.group("relations"):
                continue
            partners = {p.country for p in places_in(sentence) if p.is_country and p.country != HOME_COUNTRY}
            established = [countries()[iso].get("relations_with_vn") for iso in partners]
            if home_named is None and len(partners) == 1 and established[0]:
                home_named = any(p.country == HOME_COUNTRY for p in places_in(text))
            if len(partners) == 1 and established[0] and home_named:
                found.append((established[0] + count, f"{match.group(0)} ({established[0]} + {count})"))
    return found
