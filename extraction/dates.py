"""A grammar of Vietnamese temporal expressions: each becomes a span (start, end, precision).

General date parsers read "18-20/10" as 18 October 2020 and find nothing in
"7-10/8", so the ranges, the year-less day-months and the year of an article
are read here by rules; `datetime.date` validates the results.

Forms: "ngày 3/5/2024", "3-5-2024", "ngày 3 tháng 5 năm 2024", "chiều 29/10",
"ngày 29-10", "(18-20/10)", "từ ngày 7-10/8", "18~20/9/2015", "29/5-2/6",
"1/7-3/7", "từ ngày 10 đến 15 tháng 5", "từ ngày 26 đến 28/10", "tháng 11/2023",
"tháng 10 năm 2023", "tháng Ba", "đầu/cuối/giữa tháng 5", "tháng 9 năm nay",
"tháng 10 năm sau", "năm 2023", "đầu năm 2024", "nửa cuối năm 2022", "(2002)",
"(1972 - 2022)", "năm ngoái", "năm nay", "hôm qua", "tuần trước".
Not dates: "lần thứ 12", "Phiên họp thứ 12", "50 năm", "101 tuổi", "19h10", "G7".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .publication import EARLIEST_YEAR, GIVEN, PAGE, URL, parse_published
from .records import DAY, MONTH, YEAR, DateSpan, YearGuess
from .reference import HOME_COUNTRY, countries, places_in

TEXT = "text"
# How far each source of the year is trusted (the importer adds its own for what the database knows).
SOURCE_CONFIDENCE = {GIVEN: 1.0, URL: 0.95, PAGE: 0.9, TEXT: 0.7}

WORD_MONTHS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
# Word months are capitalised ("tháng Ba"): lower-case "tháng năm" is "months and years".
WORD_MONTH_RE = (
    "(?-i:"
    + "|".join(
        sorted({re.escape(f) for w in WORD_MONTHS for f in (w[0].upper() + w[1:], w.title())}, key=len, reverse=True)
    )
    + ")"
)

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


PART_OF_DAY = r"sáng|trưa|chiều|tối|đêm|hôm"
TIME_OF_DAY = rf"ngày|{PART_OF_DAY}"
UNTIL = r"\s+(?:đến|tới)\s+(?:ngày\s+)?"
YEAR_RELATIVE_WORDS = r"năm nay|năm sau|năm tới|năm ngoái|năm trước|vừa qua|trước"
# Alternatives tried in this order at each position; the longest, most specific first.
PATTERNS = [
    # 29/5-2/6, 30/4-1/5/2022, 10/5 đến 12/5/2024
    (
        "cross_month",
        rf"{day_number('d1')}/{month_number('m1')}(?:/{year_number('y1')})?(?:{SEP}|{UNTIL})"
        rf"{day_number('d2')}/{month_number('m2')}(?:/{year_number('y2')})?",
    ),
    # 7-10/8, 18~20/9/2015, 18-20/10
    ("day_range", rf"{day_number('d1')}{SEP}{day_number('d2')}[/.]{month_number('m')}(?:[/.]{year_number('y')})?"),
    # từ ngày 10 đến 15 tháng 5 (năm 2024); từ ngày 26 đến 28/10; từ ngày 10 đến 11-9-2023
    (
        "word_range",
        rf"(?:từ\s+)?ngày\s+{day_number('d1')}{UNTIL}{day_number('d2')}"
        rf"(?:\s+tháng\s+{month_number('m')}|[/-]{month_number('m_')})(?:(?:\s+năm\s+|[/-]){year_number('y')})?",
    ),
    # ngày 3 tháng 5 năm 2024, 3 tháng 5
    ("word_date", rf"(?:ngày\s+)?{day_number('d')}\s+tháng\s+{month_number('m')}(?:\s+năm\s+{year_number('y')})?"),
    # 3/5/2024, 04-12-2015, 3.5.2024
    ("full_date", rf"{day_number('d')}(?P<s>[/.-]){month_number('m')}(?P=s){year_number('y')}"),
    # ngày 29-10, sáng nay 19-10, trưa qua 22-8 (a hyphenated day-month needs "ngày" or a time of day before it)
    (
        "hyphen_date",
        rf"(?:{TIME_OF_DAY})\s+(?:(?:nay|qua)\s+)?(?:ngày\s+)?{day_number('d')}-{month_number('m')}(?![-\d])",
    ),
    # 29/10
    ("day_month", rf"{day_number('d')}/{month_number('m')}"),
    # tháng 11/2023, tháng 10 năm 2023, tháng 10, tháng Ba, with đầu/cuối/giữa and năm nay/sau/ngoái
    (
        "month",
        rf"(?:(?P<part>đầu|cuối|giữa)\s+)?tháng\s+(?:{month_number('m')}|(?P<mw>{WORD_MONTH_RE}))(?!\d)"
        rf"(?:(?:/|\s+năm\s+){year_number('y')}|\s+(?P<rel>{YEAR_RELATIVE_WORDS}))?",
    ),
    # (1972 - 2022)
    ("year_range", rf"\(\s*{year_number('y1')}{SEP}{year_number('y2')}\s*\)"),
    # năm 2023, đầu năm 2024, nửa cuối năm 2022, (2002), từ giữa 2015, cuối 2018
    (
        "year",
        r"(?:(?:nửa\s+)?(?:đầu|cuối|giữa)\s+(?:năm\s+)?|năm\s+|\(\s*(?=(?:19|20)\d\d\s*\))"
        rf"|(?:từ|đến|trong)\s+(?=(?:19|20)\d\d\b)){year_number('y')}",
    ),
    # cách đây 49 năm: that many years before the article's year
    ("years_ago", r"cách đây\s+(?P<n>\d{1,3})\s+năm(?!\s+(?:tháng|ngày))"),
    # năm nay, năm ngoái, năm tới
    ("relative_year", r"(?P<ry>năm nay|năm ngoái|năm trước|năm tới|năm sau)"),
    # hôm qua, sáng nay, chiều qua, tuần trước, tuần tới: against the publication day
    ("relative_day", rf"(?P<rd>(?:{PART_OF_DAY})\s+(?:nay|qua)|tuần trước|tuần tới|tuần này)(?!\s*(?:\(\s*)?\d)"),
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
    return re.compile(r"(?<![\w/.,-])(?:" + "|".join(parts) + r")(?![\w/]|[.,]\d)", re.IGNORECASE)


MASTER = _compile()
# Numbers that look like dates but are ordinals, counts or times.
NOT_DATE_BEFORE = re.compile(r"(?:lần thứ|thứ|số|khóa|khoá|kỳ|điều|nghị định|quyết định|thông tư)\s*$", re.IGNORECASE)
FUTURE_CUE = re.compile(r"\b(?:tới|sắp tới|dự kiến|sẽ)\b", re.IGNORECASE)
TODAY_WRITTEN = re.compile(
    rf"(?:{PART_OF_DAY})\s+nay\s*(?:\(\s*)?(?:ngày\s+)?{day_number('d')}[/-]{month_number('m')}(?:[/-]{year_number('y')})?(?!\d)",
    re.IGNORECASE,
)
ANNIVERSARY = re.compile(
    r"kỷ niệm\s+(?P<count>\d{1,3})\s+năm(?P<relations>\s+(?:ngày\s+)?thiết lập quan hệ ngoại giao)?", re.IGNORECASE
)
CHAIR_YEAR = re.compile(r"(?:Chủ tịch|chủ nhà|nước chủ nhà)\s+(?:[A-Z]{2,}\s+)+(?P<year>(?:19|20)\d\d)\b")
YEARS_SPAN = re.compile(r"\(\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\s*\)")
# Years aimed at, not dates: "mục tiêu 2030", "tầm nhìn đến năm 2045", "kế hoạch năm 2026", "năm 2018 (kế hoạch)".
TARGET_YEAR_BEFORE = re.compile(
    r"(?:mục tiêu|tầm nhìn|kế hoạch|giai đoạn|đến|tới)\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?$", re.IGNORECASE
)
TARGET_YEAR_AFTER = re.compile(r"\s*\((?:kế hoạch|dự kiến|mục tiêu)\)", re.IGNORECASE)
# Years that point forward or backward in time, not to when the article was written.
REFERENCE_YEAR_BEFORE = re.compile(
    r"(?:đến năm|tới năm|tầm nhìn|giai đoạn|chiến lược|kế hoạch|công ước|hiệp ước|từ năm)[^.;]{0,20}$", re.IGNORECASE
)


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_span(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def written_years(text: str) -> dict[str, list[tuple[int, str]]]:
    """The years the text writes, by kind of expression: (year, expression as written).

    Targets and programmes ("tầm nhìn đến năm 2045", "giai đoạn 2021-2025") and treaties' years
    ("Công ước năm 1982") are left out: they tell nothing of when the article was written.
    """
    tiers: dict[str, list[tuple[int, str]]] = {"full_date": [], "month": [], "year": []}
    for match in MASTER.finditer(text):
        kind = match.lastgroup
        if kind not in tiers or _is_target_year(text, match):
            continue
        if REFERENCE_YEAR_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        groups = {k.split("__", 1)[1]: v for k, v in match.groupdict().items() if v and k.startswith(kind + "__")}
        year = groups.get("y") or groups.get("y2")
        if year:
            tiers[kind].append((int(year), match.group(0).strip()))
    return tiers


def latest_written_year(text: str) -> int | None:
    years = [year for found in written_years(text).values() for year, _ in found]
    return max(years) if years else None


def guess_year(text: str, published: DateSpan | None = None, source: str = GIVEN) -> YearGuess:
    """The year of this article's year-less dates, and where it comes from.

    The publication date wins (given by the caller, read off the URL or the page), then the
    text's own dated facts: the latest full date ("7/7/2024"), else the latest "tháng M/YYYY".
    An article is written after the dated events it reports, so the latest is the best guess.
    A bare "năm 2014" is not used: it is as often a background fact as the article's year,
    and a year-less "27/11" given the year of a 2014 upgrade named in passing is wrong. Then the
    year of an anniversary the text celebrates, then of a chairmanship it holds ("với tư cách Chủ
    tịch ASEAN 2020"): a label is never an event's date, but it tells when the text was written.
    """
    if published is not None:
        return YearGuess(published.start.year, f"{source}: {published.text}", SOURCE_CONFIDENCE[source], source)
    tiers = written_years(text)
    tiers["anniversary"] = anniversary_years(text)
    tiers["chair"] = [(int(m.group("year")), m.group(0)) for m in CHAIR_YEAR.finditer(text)]
    for kind, confidence in (("full_date", 0.8), ("month", 0.7), ("anniversary", 0.65), ("chair", 0.5)):
        if tiers[kind]:
            year, expression = max(tiers[kind])
            return YearGuess(year, f"text: {expression}", confidence, TEXT)
    return YearGuess(None, "", 0.0)


def anniversary_years(text: str) -> list[tuple[int, str]]:
    """Years of the anniversaries the text celebrates: the article is written in that year.

    "kỷ niệm 50 năm … (1972 - 2022)" writes it; "kỷ niệm 50 năm thiết lập quan hệ ngoại giao" with
    one other country named in the sentence adds 50 to the year relations were established
    (reference data: relations_with_vn).
    """
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        for match in ANNIVERSARY.finditer(sentence):
            count = int(match.group("count"))
            written = YEARS_SPAN.search(sentence, match.end(), match.end() + 120)
            if written and int(written.group(2)) - int(written.group(1)) == count:
                found.append((int(written.group(2)), match.group(0)))
                continue
            if not match.group("relations"):
                continue
            partners = {p.country for p in places_in(sentence) if p.is_country and p.country != HOME_COUNTRY}
            established = [countries()[iso].get("relations_with_vn") for iso in partners]
            if len(partners) == 1 and established[0]:
                found.append((established[0] + count, f"{match.group(0)} ({established[0]} + {count})"))
    return found


def _is_target_year(sentence: str, match: re.Match) -> bool:
    """'mục tiêu 2030', 'Tầm nhìn đến năm 2045', 'năm 2018 (kế hoạch)': a year aimed at, not a date."""
    before = sentence[max(0, match.start() - 30) : match.start()]
    after = sentence[match.end() : match.end() + 15]
    return bool(TARGET_YEAR_BEFORE.search(before) or TARGET_YEAR_AFTER.match(after))


def written_today(text: str, year: YearGuess) -> DateSpan | None:
    """The day the article calls "today" when it writes it: "sáng nay (11/10)", "chiều nay 19-10".

    With the article's year, that day resolves the text's other "sáng nay" and "hôm qua".
    """
    match = TODAY_WRITTEN.search(text)
    if not match or not year.year:
        return None
    day = _valid(int(match.group("y") or year.year), int(match.group("m")), int(match.group("d")))
    return DateSpan(day, day, DAY, match.group(0), 0, not match.group("y")) if day else None


def _base_year(year: YearGuess | None, published: DateSpan | None) -> int | None:
    if published:
        return published.start.year
    return year.year if year and year.year else None


def _fit_year(start: date, published: DateSpan | None) -> date:
    """A year-less date far after the publication date belongs to the year before."""
    if published and start > published.end + timedelta(days=180):
        return start.replace(year=start.year - 1) if _valid(start.year - 1, start.month, start.day) else start
    return start


def find_dates(
    sentence: str, year: YearGuess | None = None, published: DateSpan | date | None = None
) -> list[DateSpan]:
    """Every temporal expression of the sentence, in order, as DateSpans.

    A year-less expression takes the article's year (`published` first, then
    `year`) and is marked year_inferred; without any year it is dropped rather
    than given today's year.
    """
    published = parse_published(published)
    base = _base_year(year, published)
    spans = []
    for match in MASTER.finditer(sentence):
        if NOT_DATE_BEFORE.search(sentence[max(0, match.start() - 12) : match.start()]):
            continue
        kind = match.lastgroup
        g = {k.split("__", 1)[1]: v for k, v in match.groupdict().items() if v and k.startswith(kind + "__")}
        span = _resolve(kind, g, base, published, sentence, match)
        if span:
            start, end, precision, inferred = span
            if end < start:
                continue
            spans.append(DateSpan(start, end, precision, match.group(0), match.start(), inferred))
    return spans


def _resolve(kind, g, base, published, sentence, match):
    integer = lambda key: int(g[key]) if g.get(key) else None  # noqa: E731
    if kind in ("cross_month", "day_range", "word_range", "word_date", "full_date", "hyphen_date", "day_month"):
        if kind == "cross_month":
            y2 = integer("y2") or integer("y1")
            y1 = integer("y1") or y2
            d1, m1, d2, m2 = integer("d1"), integer("m1"), integer("d2"), integer("m2")
        elif kind in ("day_range", "word_range"):
            y1 = y2 = integer("y")
            d1, d2 = integer("d1"), integer("d2")
            m1 = m2 = integer("m") or integer("m_")
        else:
            y1 = y2 = integer("y")
            d1 = d2 = integer("d")
            m1 = m2 = integer("m")
            if kind == "day_month" and (_looks_like_ratio(sentence, match) or m1 is None):
                return None
        inferred = y1 is None
        if inferred:
            if base is None:
                return None
            y1 = y2 = base
        if kind == "cross_month" and m2 < m1 and y1 == y2:
            y2 = y1 + 1  # 28/12-2/1 runs into the next year
        start, end = _valid(y1, m1, d1), _valid(y2, m2, d2)
        if not start or not end:
            return None
        if inferred:
            fitted = _fit_year(start, published)
            if fitted != start:
                end = end.replace(year=end.year - (start.year - fitted.year))
                start = fitted
        return start, end, DAY, inferred
    if kind == "month":
        m = integer("m") or WORD_MONTHS.get(" ".join((g.get("mw") or "").lower().split()))
        if not m:
            return None
        y = integer("y")
        inferred = y is None
        rel = (g.get("rel") or "").lower()
        if y is None:
            if base is None:
                return None
            y = base + {"năm sau": 1, "năm tới": 1, "năm ngoái": -1, "năm trước": -1}.get(rel, 0)
            if rel in ("vừa qua", "trước") and published and date(y, m, 1) > published.end:
                y -= 1
        start, end = _month_span(y, m)
        if inferred and not rel and published:
            fitted = _fit_year(start, published)
            if fitted != start:
                start, end = _month_span(fitted.year, m)
        return start, end, MONTH, inferred
    if kind == "year_range":
        y1, y2 = integer("y1"), integer("y2")
        return (date(y1, 1, 1), date(y2, 12, 31), YEAR, False) if y1 <= y2 else None
    if kind == "label_year" or (kind == "year" and _is_target_year(sentence, match)):
        return None
    if kind == "year":
        y = integer("y")
        return date(y, 1, 1), date(y, 12, 31), YEAR, False
    if kind == "years_ago":
        if base is None or base - integer("n") < EARLIEST_YEAR:
            return None
        year_then = base - integer("n")
        return date(year_then, 1, 1), date(year_then, 12, 31), YEAR, True
    if kind == "relative_year":
        if base is None:
            return None
        offset = {"năm nay": 0, "năm ngoái": -1, "năm trước": -1, "năm tới": 1, "năm sau": 1}[g["ry"].lower()]
        return date(base + offset, 1, 1), date(base + offset, 12, 31), YEAR, True
    if kind == "relative_day":
        if not published or published.precision != DAY:
            return None  # "hôm qua" needs the day the article was written
        word = " ".join(g["rd"].lower().split())
        if word.endswith((" nay", " qua")):
            day = published.start - timedelta(days=1 if word.endswith(" qua") else 0)
            return day, day, DAY, True
        monday = published.start - timedelta(days=published.start.weekday())
        monday += timedelta(days={"tuần trước": -7, "tuần tới": 7, "tuần này": 0}[word])
        return monday, monday + timedelta(days=6), DAY, True
    return None


def _looks_like_ratio(sentence: str, match: re.Match) -> bool:
    """'24/7', '50/50', '3/4 số phiếu': numbers that are not a day and a month."""
    before = sentence[max(0, match.start() - 8) : match.start()].lower()
    after = sentence[match.end() : match.end() + 12].lower()
    if re.match(r"\s*(?:số|phần|%|người|tỷ|triệu)", after):
        return True
    return before.rstrip().endswith(("tỷ lệ", "tỉ lệ"))
