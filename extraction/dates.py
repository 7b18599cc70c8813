"""A grammar of Vietnamese temporal expressions: each becomes a span (start, end, precision).

General date parsers read "18-20/10" as 18 October 2020 and find nothing in
"7-10/8", so the ranges, the year-less day-months and the year of an article
are read here by rules; `datetime.date` validates the results.

Forms: "ngày 3/5/2024", "3-5-2024", "ngày 3 tháng 5 năm 2024", "chiều 29/10",
"ngày 29-10", "(18-20/10)", "từ ngày 7-10/8", "18~20/9/2015", "29/5-2/6",
"1/7-3/7", "từ ngày 10 đến 15 tháng 5", "từ ngày 26 đến 28/10", "tháng 11/2023",
"tháng 10 năm 2023", "tháng Ba", "đầu/cuối/giữa tháng 5", "tháng 9 năm nay",
"tháng 10 năm sau", "năm 2023", "đầu năm 2024", "nửa cuối năm 2022", "(2002)",
"(1972 - 2022)", "năm ngoái", "năm nay", "hôm qua", "tuần trước", "quý I năm tới".
Not dates: "lần thứ 12", "Phiên họp thứ 12", "50 năm", "101 tuổi", "19h10", "G7".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .date_contexts import (
    BRACKET_ONLY,
    BRACKET_OPENS,
    DECADE_BEFORE,
    DONE_BEFORE,
    FIRST_WITHIN,
    GLOSS_ONLY,
    HOME_TIME_AFTER,
    NOT_DATE_BEFORE,
    OCCASION_OPENING,
    OWN_YEAR_AFTER,
    RESTATED,
    announced_on,
    counted_back,
    is_target_year,
    ranges_of_the_end_s_year,
)
from .folding import UPPER_LETTER
from .publication import EARLIEST_YEAR, parse_published
from .records import DAY, MONTH, YEAR, DateSpan, YearGuess, month_span, valid_date
from .relative_dates import (
    WEEKDAY,
    WEEKDAYS,
    relative_day,
    relative_month,
    relative_month_days,
    relative_week,
    weekdays,
)

WORD_MONTHS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
# Word months are capitalised ("tháng Ba"): lower-case "tháng năm" is "months and years".
WORD_MONTH_FORMS = {re.escape(f) for w in WORD_MONTHS for f in (w[0].upper() + w[1:], w.title())}
WORD_MONTH_RE = "(?-i:" + "|".join(sorted(WORD_MONTH_FORMS, key=len, reverse=True)) + ")"

SEP = r"\s*[-–—~]\s*"


def day_number(group: str) -> str:
    """A day of the month (1-31) captured as `group`."""
    return rf"(?P<{group}>0?[1-9]|[12]\d|3[01])"


def month_number(group: str) -> str:
    """A month number (1-12) captured as `group`."""
    return rf"(?P<{group}>0?[1-9]|1[0-2])"


def year_number(group: str) -> str:
    """A four-digit year of the 20th or 21st century captured as `group`."""
    return rf"(?P<{group}>(?:19|20)\d\d)"


# The parts of the day a date is written with ("chiều 14/3", "sáng cùng ngày"), and "hôm" ("hôm 3/4").
DAYTIME = r"sáng|trưa|chiều|tối|đêm"
PART_OF_DAY = rf"{DAYTIME}|hôm"
# A day counted from the day the article was written: "sáng nay", "hôm qua", "ngày mai", "hôm kia".
RELATIVE_DAY = rf"(?:{PART_OF_DAY})\s+(?:nay|qua|mai)|ngày mai|hôm kia"
TIME_OF_DAY = rf"ngày|{PART_OF_DAY}"
UNTIL = r"\s+(?:đến|tới)\s+(?:ngày\s+)?"
# A year counted from the article's: "năm ngoái", "năm kia" (the year before last), "năm tới".
RELATIVE_YEARS = {"năm nay": 0, "năm ngoái": -1, "năm trước": -1, "năm kia": -2, "năm tới": 1, "năm sau": 1}
RELATIVE_YEAR = "|".join(RELATIVE_YEARS)
YEAR_RELATIVE_WORDS = rf"{RELATIVE_YEAR}|vừa qua|trước"
# Alternatives tried in this order at each position; the longest, most specific first.
FULL_DATE = rf"{day_number('d{0}')}[/.-]{month_number('m{0}')}[/.-]{year_number('y{0}')}"
PATTERNS = [
    # 29/5-2/6, 30/4-1/5/2022, 10/5 đến 12/5/2024
    (
        "cross_month",
        rf"{day_number('d1')}/{month_number('m1')}(?:/{year_number('y1')})?(?:{SEP}|{UNTIL})"
        rf"{day_number('d2')}/{month_number('m2')}(?:/{year_number('y2')})?",
    ),
    # "(7-1-1972 / 7-1-2022)", "(25-10-1973 – 25-10-2023)", "(12.7.1993 - 12.7.2023)": an anniversary's two ends
    ("cross_month_bracketed", rf"(?<=\(){FULL_DATE.format(1)}\s*(?:/|{SEP})\s*{FULL_DATE.format(2)}(?=\s*\))"),
    # từ ngày 30.1-2.2, ngày 28.10 đến 2.11.2025 (written with dots, which also write decimals: after "từ", "ngày")
    (
        "cross_month_dot",
        rf"(?:từ\s+(?:ngày\s+)?|ngày\s+){day_number('d1')}\.{month_number('m1')}(?:\.{year_number('y1')})?"
        rf"(?:{SEP}|{UNTIL}){day_number('d2')}\.{month_number('m2')}(?:\.{year_number('y2')})?",
    ),
    # từ ngày 26-5 đến 4-6 (hyphens, which also join the two ends of a range: "đến" between them); từ ngày mai
    # (19-11) đến 21-11
    (
        "cross_month_hyphen",
        rf"(?:từ\s+(?:ngày\s+)?|ngày\s+)(?:(?:mai|nay)\s*\(\s*)?{day_number('d1')}-{month_number('m1')}"
        rf"(?:-{year_number('y1')})?\)?{UNTIL}{day_number('d2')}-{month_number('m2')}(?:-{year_number('y2')})?",
    ),
    # 7-10/8, 18~20/9/2015, 18-20/10
    ("day_range", rf"{day_number('d1')}{SEP}{day_number('d2')}[/.]{month_number('m')}(?:[/.]{year_number('y')})?"),
    # từ ngày 10 đến 15 tháng 5 (năm 2024); từ ngày 26 đến 28/10; từ 15 đến 17/9; từ ngày 10 đến 11-9-2023;
    # (hai) ngày 11 và 12-12; "thăm Việt Nam (1 và 2/3)", "hôm 16 và 17-5"
    (
        "word_range",
        rf"(?:từ\s+(?:ngày\s+)?|(?:ngày|hôm)\s+|(?<=\())\s*{day_number('d1')}(?:{UNTIL}|\s+và\s+){day_number('d2')}"
        rf"(?:\s+tháng\s+{month_number('m')}|[/.-]{month_number('m_')})(?:(?:\s+năm\s+|[/.-]){year_number('y')})?",
    ),
    # ngày 3 tháng 5 năm 2024, 3 tháng 5
    ("word_date", rf"(?:ngày\s+)?{day_number('d')}\s+tháng\s+{month_number('m')}(?:\s+năm\s+{year_number('y')})?"),
    # 3/5/2024, 04-12-2015, 3.5.2024
    ("full_date", rf"{day_number('d')}(?P<s>[/.-]){month_number('m')}(?P=s){year_number('y')}"),
    # ngày 29-10, sáng nay 19-10, trưa qua 22-8, chiều 29.11 (a day-month joined by a hyphen or a dot, which
    # also write counts and decimals, needs "ngày" or a time of day before it)
    (
        "hyphen_date",
        rf"(?:(?:{TIME_OF_DAY})\s+(?:(?:nay|qua|mai)\s+)?(?:ngày\s+)?\(?|{WEEKDAY}\s*\(\s*)"  # "Chủ nhật (14-4)"
        rf"{day_number('d')}[-.]{month_number('m')}(?![-.]?\d)",
    ),
    # 29/10
    ("day_month", rf"{day_number('d')}/{month_number('m')}"),
    # tháng 11/2023, tháng 8-2022, tháng 4.2017, tháng 10 năm 2023, tháng 10, tháng Ba, with đầu/cuối/giữa
    # and năm nay/sau/ngoái
    (
        "month",
        rf"(?:(?P<part>đầu|cuối|giữa)\s+)?tháng\s+(?:{month_number('m')}|(?P<mw>{WORD_MONTH_RE}))(?!\d)"
        rf"(?:(?:[/.-]|\s+năm\s+){year_number('y')}|\s+(?P<rel>{YEAR_RELATIVE_WORDS}))?",
    ),
    # quý I năm 2024, quý 3/2024, quý IV năm nay: the three months of a quarter
    (
        "quarter",
        rf"quý\s+(?P<q>IV|I{{1,3}}|[1-4])(?![\w])(?:(?:[/.-]|\s+năm\s+){year_number('y')}"
        rf"|\s+(?P<rel>{RELATIVE_YEAR}))?",
    ),
    # (1972 - 2022)
    ("year_range", rf"\(\s*{year_number('y1')}{SEP}{year_number('y2')}\s*\)"),
    # năm 2023, đầu năm 2024, nửa cuối năm 2022, (2002), từ giữa 2015, cuối 2018, the 2018 of "năm 2013 và 2018"
    (
        "year",
        r"(?:(?:nửa\s+)?(?:đầu|cuối|giữa)\s+(?:năm\s+)?|năm\s+|\(\s*(?=(?:19|20)\d\d\s*\))"
        rf"|(?:từ|đến|trong)\s+(?=(?:19|20)\d\d\b)|(?<=\d\d\d\d và )){year_number('y')}",
    ),
    # cách đây 49 năm, sau 10 năm kể từ khi …: that many years before the article's year
    (
        "years_ago",
        r"(?:cách đây\s+(?P<n>\d{1,3})\s+năm(?!\s+(?:tháng|ngày))"
        r"|(?:sau|hơn|gần|tròn)\s+(?P<since>\d{1,3})\s+năm\s+(?:kể\s+)?từ\s+(?:khi|ngày))",
    ),
    # năm nay, năm ngoái, năm tới
    ("relative_year", rf"(?P<ry>{RELATIVE_YEAR})"),
    # hôm qua, sáng nay, chiều qua, ngày mai, hôm kia: against the publication day
    ("relative_day", rf"(?P<rd>{RELATIVE_DAY})(?![,\s]*(?:\(\s*)?\d)"),
    # tuần trước, cuối tuần này, đầu tuần tới: the days of that week
    # "hồi đầu tuần", "vào cuối tuần": a part of the week the article was written in
    (
        "relative_week",
        r"(?:(?P<part>đầu|giữa|cuối)\s+)?tuần\s+(?P<which>trước|qua|này|tới|sau)"
        r"|(?<=hồi )(?P<bare>đầu|giữa|cuối)\s+tuần\b(?!\s+(?:trước|qua|này|tới|sau|đó|sau đó))",
    ),
    # thứ Năm và thứ Sáu tuần này, thứ Hai tuần tới, hôm thứ Sáu: days of a week
    ("weekdays", WEEKDAYS),
    # từ ngày 5 đến 7 tháng tới, ngày 20 tháng trước: days of the month counted from the article's
    (
        "relative_month_days",
        rf"(?:từ\s+(?:ngày\s+)?|ngày\s+){day_number('d1')}(?:(?:{SEP}|{UNTIL}|\s+và\s+){day_number('d2')})?"
        r"\s+tháng\s+(?P<which>trước|này|tới|sau)(?!\s+(?:đó|nữa))",
    ),
    # tháng trước, tháng này, cuối tháng tới: that month
    # "hồi đầu tháng", "vào cuối tháng": a part of the month the article was written in
    (
        "relative_month",
        r"(?:(?:đầu|giữa|cuối)\s+)?tháng\s+(?P<which>trước|này|tới|sau)(?!\s+(?:đó|nữa))"
        r"|(?<=hồi )(?:đầu|giữa|cuối)\s+tháng\b(?!\s*(?:\d|trước|này|tới|sau|đó|nữa|[A-ZĐ]))",
    ),
    # "Chủ tịch ASEAN 2020", "APEC 2017": a label carrying a year, read so that it is never a date
    ("label_year", rf"(?<=[A-Z]{{2}}\s){year_number('y')}"),
]
# Group names repeat across alternatives; _compile prefixes each with its kind ("day_range__d1").


def _compile() -> re.Pattern:
    parts = []
    for kind, pattern in PATTERNS:
        renamed = re.sub(r"\(\?P<(\w+)>", lambda m, kind=kind: f"(?P<{kind}__{m.group(1)}>", pattern)
        renamed = re.sub(r"\(\?P=(\w+)\)", lambda m, kind=kind: f"(?P={kind}__{m.group(1)})", renamed)
        parts.append(f"(?P<{kind}>{renamed})")
    return re.compile(rf"(?<![\w/.,-])(?={FIRST_LETTERS})(?:" + "|".join(parts) + r")(?![\w/]|[.,]\d)", re.IGNORECASE)


# What every alternative above begins with (a digit, a bracket, or the first letter of "từ", "tháng", "tuần", "trong",
# "ngày", "năm", "nửa", "đầu", "đến", "đêm", "cuối", "chiều", "cách", "giữa", "gần", "sáng", "sau", "hôm", "hơn",
# "quý"):
# the positions where none begins are passed over at once, not tried against each alternative. A new alternative
# beginning otherwise adds its letter here.
FIRST_LETTERS = r"[\d(tnđcgshq]"


MASTER = _compile()
# Each kind's named groups, as (name without the kind's prefix, group index): read from a match without its
# whole groupdict (a hundred groups).
KIND_GROUPS = {
    kind: [(name.split("__", 1)[1], index) for name, index in MASTER.groupindex.items() if name.startswith(kind + "__")]
    for kind, _ in PATTERNS
}


def groups_of(match: re.Match) -> dict[str, str]:
    """The groups of the kind that matched, without its prefix ("y", "m"), those that took part only."""
    return {name: value for name, index in KIND_GROUPS[match.lastgroup] if (value := match.group(index))}


def base_year(year: YearGuess | None, published: DateSpan | None) -> int | None:
    if published:
        return published.start.year
    return year.year if year and year.year else None


def _fit_year(start: date, published: DateSpan | None, done: bool = False) -> date:
    """A year-less date far after the publication date belongs to the year before; so does one told as done
    that falls after it at all (a day of margin: the time zones)."""
    if published and start > published.end + timedelta(days=1 if done else 180):
        return start.replace(year=start.year - 1) if valid_date(start.year - 1, start.month, start.day) else start
    return start


def as_months(span: DateSpan) -> DateSpan:
    """The months a span of days falls in: what a text supports when it does not say which of the days (a year
    stays a year)."""
    if span.precision == YEAR:
        return span
    last = date(span.end.year, span.end.month, calendar.monthrange(span.end.year, span.end.month)[1])
    return DateSpan(span.start.replace(day=1), last, MONTH, span.text, span.offset, span.year_inferred)


def find_dates(
    sentence: str, year: YearGuess | None = None, published: DateSpan | date | None = None
) -> list[DateSpan]:
    """Every temporal expression of the sentence, in order, as DateSpans.

    A year-less expression takes the article's year (`published` first, then
    `year`) and is marked year_inferred; without any year it is dropped rather
    than given today's year.
    """
    published = parse_published(published)
    spans = list(_dates_in(sentence, base_year(year, published), published))
    opening = spans[0] if spans else None
    # "Năm 2018 ghi dấu hai chuyến thăm: A thăm X từ ngày 2-4/3 và B thăm Y từ 18-20/11", "Năm ngoái, …, trong đó có
    # chuyến thăm của A vào tháng 6", "Tháng 9 năm ngoái, A thăm X và được B tiếp ngày 12/9": the year the sentence
    # opens with is that of the days it writes without one.
    if (
        opening is not None
        and opening.precision in (YEAR, MONTH)
        and (not opening.year_inferred or RELATIVE_YEAR_ENDS.search(opening.text))
        and opening.offset <= OPENING_YEAR_CHARS
        and not SINCE_THEN.match(sentence, opening.offset + len(opening.text))
        and any(span.year_inferred for span in spans[1:])
    ):
        spans = [opening, *_dates_in(sentence, opening.start.year, None)[1:]]
    # "Từ ngày 17-19/3 năm ngoái, B thăm Việt Nam và được A tiếp ngày 18/3": the days after one of a year counted
    # from the article's are of that year.
    counted = next((d for d in spans if d.year_inferred and _of_a_counted_year(sentence, d)), None)
    if counted is not None and counted.start.year != base_year(year, published):
        later = _dates_in(sentence, counted.start.year, None)
        spans = (
            [d for d in spans if d.offset <= counted.offset]
            + [d for d in later if d.offset > counted.offset and d.year_inferred]
            + [d for d in spans if d.offset > counted.offset and not d.year_inferred]
        )
        spans.sort(key=lambda d: d.offset)
    return ranges_of_the_end_s_year(sentence, counted_back(sentence, spans, base_year(year, published), published))


def _of_a_counted_year(sentence: str, span: DateSpan) -> bool:
    return span.precision != YEAR and bool(RELATIVE_YEAR_AFTER.match(sentence, span.offset + len(span.text)))


OPENING_YEAR_CHARS = 15  # "Năm 2018, …", "Trong năm 2018, …": a year that opens the sentence
# "Từ đầu năm 2021 đến nay, …": the years since then, not one year.
SINCE_THEN = re.compile(r"\s*(?:đến|tới|cho đến)\s+(?:nay|hiện nay|bây giờ)\b", re.IGNORECASE)


# The stages of the pipeline read the dates of one sentence several times (its events, the days written before
# the next one, the year's evidence): read once per article (forget_sentences).
@lru_cache(maxsize=4096)
def _dates_in(sentence: str, base: int | None, published: DateSpan | None) -> tuple[DateSpan, ...]:
    spans, kinds = [], []
    for match in MASTER.finditer(sentence):
        if (
            NOT_DATE_BEFORE.search(sentence[max(0, match.start() - 24) : match.start()])
            or FIRST_WITHIN.search(sentence[max(0, match.start() - 100) : match.start()])
            or announced_on(sentence, match.start(), match.end())
        ):
            continue
        kind = match.lastgroup
        g = groups_of(match)
        span = RESOLVERS[kind](Found(g, base, published, sentence, match))
        if not span or span[1] < span[0]:
            continue
        before = sentence[max(0, match.start() - 25) : match.start()]
        home_time = BRACKET_OPENS.search(before) and HOME_TIME_AFTER.match(sentence, match.end())
        if spans and (RESTATED.search(before) or home_time):
            # "Chiều 29/9 (tức sáng 30/9 theo giờ Hà Nội)", "ngày 25/9 theo giờ địa phương (rạng sáng 26/9 giờ
            # Việt Nam)": one moment; the written day stands, but a "sáng nay" of another time zone is the day
            # the gloss writes.
            if not kinds[-1].startswith("relative"):
                continue
            spans.pop(), kinds.pop()
        elif (
            spans
            and kind in ("relative_week", "relative_day")
            and not kinds[-1].startswith("relative")
            and spans[-1].precision == DAY
            and GLOSS_ONLY.fullmatch(sentence, spans[-1].offset + len(spans[-1].text), match.start())
        ):
            continue
        elif (
            spans
            and kinds[-1].startswith("relative")
            and spans[-1].precision != YEAR  # "Năm ngoái, ngày 3/5, …": the year of the day, not another time
            and BRACKET_ONLY.fullmatch(sentence, spans[-1].offset + len(spans[-1].text), match.start())
        ):
            spans.pop(), kinds.pop()  # "cuối tuần này (7-8/1)": the days in brackets say which
        start, end, precision, inferred = span
        spans.append(DateSpan(start, end, precision, match.group(0), match.start(), inferred))
        kinds.append(kind)
    return tuple(_joined_until(sentence, spans))


def forget_sentences() -> None:
    _dates_in.cache_clear()


# "… sẽ đến Hà Nội vào 18/10, thực hiện chuyến thăm … đến 20/10": a day written "until" a few days after an
# earlier day of the sentence ends the span that day begins.
# The words before a day something lasts until: "… kéo dài đến ngày 28/6" (the grammar's UNTIL joins a range's ends).
# (Lower case: "Đến ngày 10-10, ông A thăm Istanbul" opening a sentence is when, not until when.)
UNTIL_BEFORE = re.compile(r"\b(?:đến|tới|cho đến|kéo dài đến)\s+(?:hết\s+)?(?:ngày\s+)?$")
UNTIL_DAYS = 14


def _joined_until(sentence: str, spans: list[DateSpan]) -> list[DateSpan]:
    joined: list[DateSpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and span.precision == previous.precision == DAY
            and previous.start == previous.end
            and 0 < (span.start - previous.end).days <= UNTIL_DAYS
            and UNTIL_BEFORE.search(sentence[max(0, span.offset - 20) : span.offset])
        ):
            text = sentence[previous.offset : span.offset + len(span.text)]
            joined[-1] = DateSpan(previous.start, span.end, DAY, text, previous.offset, previous.year_inferred)
            continue
        joined.append(span)
    return joined


# "ngày 3-5/12 tới": the next such days; not "chuyến thăm hai ngày 8-9/7 tới thủ đô Asmara" (to a place).
UPCOMING_AFTER = re.compile(
    rf"\s*(?:sắp tới|tới đây|tới(?!\s+(?:thủ đô|thành phố|tỉnh|thăm|dự|làm việc)\b)(?!\s+(?-i:{UPPER_LETTER})))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Found:
    """One expression matched by MASTER, with what resolving it needs."""

    groups: dict[str, str]  # its named groups, without the kind's prefix
    base: int | None  # the article's year, for expressions written without one
    published: DateSpan | None
    sentence: str
    match: re.Match

    def integer(self, key: str) -> int | None:
        return int(self.groups[key]) if self.groups.get(key) else None

    def upcoming(self) -> bool:
        """ "từ ngày 3-5/12 tới": the next such day after the publication, whatever the distance."""
        return bool(UPCOMING_AFTER.match(self.sentence, self.match.end()))

    def told_as_done(self) -> bool:
        """Its sentence tells something done ("đã"), and not of the occasion its opening clause names ("Nhân dịp
        A thăm X từ ngày 20-25/9, Đại sứ B đã trả lời phỏng vấn": the visit is to come, the interview done), nor
        the day a stay begun is to last until ("đã đến Bắc Kinh tối 25/6, bắt đầu chuyến công tác kéo dài đến ngày
        28/6")."""
        opening = OCCASION_OPENING.match(self.sentence)
        until = UNTIL_BEFORE.search(self.sentence, max(0, self.match.start() - 20), self.match.start())
        return (
            bool(DONE_BEFORE.match(self.sentence))
            and not (opening and self.match.start() < opening.end())
            and until is None
        )

    def counted(self) -> bool:
        """A count stands before it: "hai tháng trước", "trong 10 năm tới" are spans of time, not dates."""
        return bool(COUNTED_BEFORE.search(self.sentence[max(0, self.match.start() - 12) : self.match.start()]))


# (start, end, precision, year_inferred) or None when the expression is no date here.
Resolved = tuple[date, date, str, bool] | None


# "hai tháng trước", "vài tuần trước", "10 năm tới": a count of weeks, months or years, not one of them.
COUNTED_BEFORE = re.compile(
    r"(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|nhiều|các|những|mỗi|ít|dăm|chục|nửa)\s*$", re.IGNORECASE
)
RELATIVE_YEAR_ENDS = re.compile(rf"(?:^|\s)(?:{RELATIVE_YEAR})$", re.IGNORECASE)
RELATIVE_YEAR_AFTER = re.compile(rf"\s+({RELATIVE_YEAR})\b", re.IGNORECASE)


def _days(found: Found, d1, m1, y1, d2, m2, y2) -> Resolved:
    """A day or a range of days; a year-less one takes the article's year (the year before, when far ahead)."""
    inferred = y1 is None
    if inferred:
        if found.base is None:
            return None
        y1 = y2 = found.base
        relative = RELATIVE_YEAR_AFTER.match(found.sentence, found.match.end())
        if relative:
            # "ngày 29/8 năm ngoái", "từ ngày 4-7/11 năm ngoái": the day of that year, counted from the article's
            y1 = y2 = found.base + RELATIVE_YEARS[relative.group(1).lower()]
            start, end = valid_date(y1, m1, d1), valid_date(y2 + (m2 < m1), m2, d2)
            return (start, end, DAY, True) if start and end else None
    if m2 < m1 and y1 == y2:
        y2 = y1 + 1  # 28/12-2/1 runs into the next year
    start, end = valid_date(y1, m1, d1), valid_date(y2, m2, d2)
    if not start or not end:
        return None
    if inferred and found.upcoming() and found.published and start < found.published.start:
        start, end = valid_date(start.year + 1, start.month, start.day), valid_date(end.year + 1, end.month, end.day)
        return (start, end, DAY, inferred) if start and end else None
    if inferred and not found.upcoming():
        fitted = _fit_year(start, found.published, found.told_as_done())
        if fitted != start:
            end = end.replace(year=end.year - (start.year - fitted.year))
            start = fitted
    return start, end, DAY, inferred


def _cross_month(found: Found) -> Resolved:
    y2 = found.integer("y2") or found.integer("y1")
    y1 = found.integer("y1") or y2
    f = found.integer
    return _days(found, f("d1"), f("m1"), y1, f("d2"), f("m2"), y2)


def _day_range(found: Found) -> Resolved:
    f = found.integer
    month, year = f("m") or f("m_"), f("y")
    return _days(found, f("d1"), month, year, f("d2"), month, year)


def _one_day(found: Found) -> Resolved:
    f = found.integer
    return _days(found, f("d"), f("m"), f("y"), f("d"), f("m"), f("y"))


def _day_month(found: Found) -> Resolved:
    if _looks_like_ratio(found.sentence, found.match):
        return None
    return _one_day(found)


def _month(found: Found) -> Resolved:
    g, published = found.groups, found.published
    m = found.integer("m") or WORD_MONTHS.get(" ".join((g.get("mw") or "").lower().split()))
    if not m:
        return None
    y = found.integer("y")
    inferred = y is None
    rel = (g.get("rel") or "").lower()
    if y is None:
        if found.base is None:
            return None
        y = found.base + RELATIVE_YEARS.get(rel, 0)
        if rel in ("vừa qua", "trước") and published and date(y, m, 1) > published.end:
            y -= 1
    start, end = month_span(y, m)
    if inferred and not rel and published and found.upcoming():
        # "vào tháng 8 tới": the next August after the publication, never the one before.
        if end < published.start:
            start, end = month_span(y + 1, m)
    elif inferred and not rel and published:
        # "hồi đầu tháng 10", told in May: the October before, however near the next one is.
        fitted = _fit_year(start, published, done=bool(RECALLED_MONTH.search(found.sentence, 0, found.match.start())))
        if fitted != start:
            start, end = month_span(fitted.year, m)
    return start, end, MONTH, inferred


RECALLED_MONTH = re.compile(r"\bhồi\s+$", re.IGNORECASE)


def _year_range(found: Found) -> Resolved:
    y1, y2 = found.integer("y1"), found.integer("y2")
    return (date(y1, 1, 1), date(y2, 12, 31), YEAR, False) if y1 <= y2 else None


YEAR_LISTED_AFTER = re.compile(r"\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d\d\b")


def _year(found: Found) -> Resolved:
    y = found.integer("y")
    decade = y % 10 == 0 and DECADE_BEFORE.search(found.sentence[: found.match.start()])
    decade = decade and not YEAR_LISTED_AFTER.match(found.sentence, found.match.end())  # "các năm 2000 và 2006"
    chair = CHAIR_OF_THE_YEAR.search(found.sentence, 0, found.match.start())
    if is_target_year(found.sentence, found.match, found.base) or decade or chair:
        return None  # "những năm 1990" is a decade; "các năm 2013 và 2018" are years
    return date(y, 1, 1), date(y, 12, 31), YEAR, False


def _years_ago(found: Found) -> Resolved:
    years = found.integer("n") or found.integer("since")
    if found.base is None or found.base - years < EARLIEST_YEAR:
        return None
    if found.integer("since") and OWN_YEAR_AFTER.match(found.sentence, found.match.end()):
        return None  # the year written after what it counts from is the one (date_contexts.OWN_YEAR_AFTER)
    year_then = found.base - years
    return date(year_then, 1, 1), date(year_then, 12, 31), YEAR, True


# "Anwar Ibrahim, Chủ tịch ASEAN năm nay, …", "chuyển giao vai trò Chủ tịch ASEAN năm 2031": the year a group's
# chair holds the chair, a label of the person, not the date of what the sentence tells.
CHAIR_OF_THE_YEAR = re.compile(r"\bChủ tịch (?:luân phiên )?(?:[A-Z][A-Za-z0-9]+|Hội đồng Bảo an)\s+(?:năm\s+)?$")


QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _quarter(found: Found) -> Resolved:
    y = found.integer("y")
    if y is None and found.base is None:
        return None
    year = y if y is not None else found.base + RELATIVE_YEARS.get((found.groups.get("rel") or "").lower(), 0)
    last = QUARTERS[found.groups["q"].upper()] * 3
    return month_span(year, last - 2)[0], month_span(year, last)[1], MONTH, y is None


def _relative_year(found: Found) -> Resolved:
    if found.base is None or found.counted():
        return None
    if CHAIR_OF_THE_YEAR.search(found.sentence, 0, found.match.start()):
        return None
    offset = RELATIVE_YEARS[found.groups["ry"].lower()]
    return date(found.base + offset, 1, 1), date(found.base + offset, 12, 31), YEAR, True


RESOLVERS = {
    "relative_month_days": relative_month_days,
    "relative_week": relative_week,
    "weekdays": weekdays,
    "relative_month": relative_month,
    "cross_month": _cross_month,
    "cross_month_dot": _cross_month,
    "cross_month_bracketed": _cross_month,
    "cross_month_hyphen": _cross_month,
    "day_range": _day_range,
    "word_range": _day_range,
    "word_date": _one_day,
    "full_date": _one_day,
    "hyphen_date": _day_month,
    "day_month": _day_month,
    "month": _month,
    "quarter": _quarter,
    "year_range": _year_range,
    "year": _year,
    "years_ago": _years_ago,
    "relative_year": _relative_year,
    "relative_day": relative_day,
    "label_year": lambda found: None,  # "APEC 2017": read so that it is never a date
}


def _looks_like_ratio(sentence: str, match: re.Match) -> bool:
    """'24/7', '50/50', '3/4 số phiếu': numbers that are not a day and a month."""
    before = sentence[max(0, match.start() - 8) : match.start()].lower()
    after = sentence[match.end() : match.end() + 12].lower()
    if re.match(r"\s*(?:số|phần|%|người|tỷ|triệu)", after):
        return True
    return before.rstrip().endswith(("tỷ lệ", "tỉ lệ"))
