"""When an article was published, from the honest sources there are, ranked.

1. the caller's date (a curator's "--published"), at the precision they know: YYYY, YYYY-MM or YYYY-MM-DD;
2. the URL, where outlets put the date: "/20230910/", "…-20230911115346897.htm", "/202010/", "/2023/09/10/";
3. the page's own date line ("Bảo Chi 17:08 | 23/02/2022", "Thứ hai, 11/09/2023 10:32"), unless it is a
   site-wide "today" widget: a date line after the URL's date, or years after every date the text writes,
   is the day the page was viewed, not the day it was written.

The text's own years come after these, and what the timeline knows last: dating.YEAR_RULES ranks them all.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from enum import StrEnum
from urllib.parse import unquote

from .records import DAY, MONTH, YEAR, DateSpan


class YearBasis(StrEnum):
    """What decided an article's year: the codes stored in Article.year_basis."""

    GIVEN = "given"  # the curator's publication date
    URL = "url"  # the date the outlet wrote into the URL
    PAGE = "page"  # the page's own date line
    TEXT = "text"  # the text's own dated facts, an anniversary it celebrates, a chairmanship it holds
    TIMELINE = "timeline"  # what the timeline knows (the importer's year_hint)


GIVEN, URL, PAGE = YearBasis.GIVEN, YearBasis.URL, YearBasis.PAGE
EARLIEST_YEAR, LATEST_YEAR = 1945, 2099
EARLIEST_URL_YEAR = 1995  # news sites' URLs hold no earlier date
PUBLISHED_FORMATS = "YYYY, YYYY-MM or YYYY-MM-DD"

_ISO = re.compile(r"^\s*(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?\s*$")
# Digits in a URL's path: 8 (YYYYMMDD) or 6 (YYYYMM) alone between separators, or 8 followed by a time
# and a serial ("20230911115346897"); and the separated forms /2023/09/10/ and /2023-09-10/.
_URL_DIGITS = re.compile(r"(?<![\d])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])?(?P<rest>\d*)")
_URL_SLASHED = re.compile(
    r"/(?P<y>(?:19|20)\d\d)(?P<sep>[/-])(?P<m>0[1-9]|1[0-2])(?:(?P=sep)(?P<d>0[1-9]|[12]\d|3[01]))?/"
)
_URL_SHORT_STAMP = re.compile(r"[-_]\d*?(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)\d{3}(?=\.\w+$|/?$)")
# "23/06/2023", and the hyphens or dots some outlets write ("Thứ Sáu, 23-06-2023, 20:41").
_PAGE_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])")
# How much later than the URL's date a page date line may be and still be the article's own.
PAGE_AFTER_URL = timedelta(days=2)


def span_of(year: int, month: int | None = None, day: int | None = None, text: str = "") -> DateSpan:
    """The DateSpan of a date known to the day, the month or the year (ValueError when it does not exist)."""
    if day is not None:
        one = date(year, month, day)
        return DateSpan(one, one, DAY, text)
    if month is not None:
        return DateSpan(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), MONTH, text)
    return DateSpan(date(year, 1, 1), date(year, 12, 31), YEAR, text)


def span_at(start: date, precision: str) -> DateSpan:
    """The DateSpan of a date stored with its precision (a month's or a year's first day)."""
    return span_of(
        start.year, start.month if precision in (MONTH, DAY) else None, start.day if precision == DAY else None
    )


def parse_published(value: str | date | DateSpan | None) -> DateSpan | None:
    """A curator's publication date: '2020', '2020-10' or '2020-10-05' (a date is day precision).

    ValueError names the accepted forms when the value is none of them or is no real date.
    """
    if value is None or isinstance(value, DateSpan):
        return value
    if isinstance(value, date):
        return DateSpan(value, value, DAY, value.isoformat())
    match = _ISO.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a publication date: write {PUBLISHED_FORMATS}")
    year, month, day = (int(g) if g else None for g in match.groups())
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise ValueError(f"{value!r}: the year must be between {EARLIEST_YEAR} and {LATEST_YEAR}")
    try:
        return span_of(year, month, day, str(value).strip())
    except ValueError:
        raise ValueError(f"{value!r} is not a real date ({PUBLISHED_FORMATS})") from None


def date_in_url(url: str | None) -> DateSpan | None:
    """The publication date an outlet wrote into the article's URL, at the precision it wrote it."""
    if not url:
        return None
    path = unquote(url.split("://", 1)[-1].partition("/")[2])  # not the host: "2020vn.com" is no date
    slashed = _URL_SLASHED.search(f"/{path}")
    candidates = [slashed] if slashed else []
    for match in _URL_DIGITS.finditer(path):
        before = path[match.start() - 1] if match.start() else "/"
        after = path[match.end() : match.end() + 1] or "/"
        digits = len(match.group(0))
        # Between slashes ("/202010/", "/20230910/"), or a date and time stamp ("-20230911115346897"):
        # a bare "-197909" or "-20230911" at the end of a slug is as likely an article number.
        between_slashes = before == "/" and after in "/?#" and digits in (6, 8)
        stamp = before in "/-_." and match.group("d") and digits >= 12
        if between_slashes or stamp:
            candidates.append(match)
    if not candidates:
        return _short_stamp(path)
    for match in candidates:
        year, month = int(match.group("y")), int(match.group("m"))
        day = int(match.group("d")) if match.group("d") else None
        if not EARLIEST_URL_YEAR <= year <= LATEST_YEAR:
            continue
        try:
            return span_of(year, month, day, match.group(0).strip("/"))
        except ValueError:
            continue
    return None


def _short_stamp(path: str) -> DateSpan | None:
    """The day of a slug's closing number that ends in a two-digit-year time stamp, yyMMddHHmmss and
    milliseconds ("…-185231129162852558.htm": 29/11/2023 16:28:52): a valid time too, or it is no stamp."""
    match = _URL_SHORT_STAMP.search(path)
    if not match:
        return None
    y, m, d, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    if hour > 23 or minute > 59 or second > 59 or not EARLIEST_URL_YEAR <= 2000 + y <= LATEST_YEAR:
        return None
    try:
        return span_of(2000 + y, m, d, match.group(0).lstrip("-_"))
    except ValueError:
        return None


# How far a page's date line may be from a day the text tells, before it (the news's next days) or after it.
TOLD_AFTER_LINE, TOLD_BEFORE_LINE = timedelta(days=10), timedelta(days=3)  # the news of a weekend, told on Monday


def _near_a_told_day(day: date, told_days: frozenset) -> bool:
    for month, day_of_month in told_days:
        for year in (day.year, day.year + 1):
            try:
                told = date(year, month, day_of_month)
            except ValueError:
                continue
            if -TOLD_BEFORE_LINE <= told - day <= TOLD_AFTER_LINE:
                return True
    return False


def _page_dates(lines: list[str]) -> list[date]:
    found = []
    for line in lines:
        for d, _, m, y in _PAGE_DATE.findall(line):
            try:
                found.append(date(int(y), int(m), int(d)))
            except ValueError:
                continue
    return found


def page_date(
    date_lines: list[str], url_date: DateSpan | None, latest_text_year: int | None, told_days: frozenset = frozenset()
) -> DateSpan | None:
    """The page's own date line, unless it is the day the page was viewed (see the module's docstring).

    A line a day after a day the text tells, or days before one ("Chiều 14/11, …" under "14/11/2024"; a visit
    "từ 4 đến 9/4" announced under "2/4/2024"), is the page's own however old the text's written years: those
    are the background's."""
    for day in _page_dates(date_lines):
        if url_date is not None and day > url_date.end + PAGE_AFTER_URL:
            continue
        if latest_text_year is not None and day.year > latest_text_year + 1 and not _near_a_told_day(day, told_days):
            continue
        return DateSpan(day, day, DAY, day.strftime("%d/%m/%Y"))
    return None
