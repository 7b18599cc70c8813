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

from .records import DAY, MONTH, YEAR, DateSpan, YearGuess

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
    # từ ngày 10 đến 15 tháng 5 (năm 2024); từ ngày 26 đến 28/10
    (
        "word_range",
        rf"(?:từ\s+)?ngày\s+{day_number('d1')}{UNTIL}{day_number('d2')}"
        rf"(?:\s+tháng\s+{month_number('m')}|/{month_number('m_')})(?:(?:\s+năm\s+|/){year_number('y')})?",
    ),
    # ngày 3 tháng 5 năm 2024, 3 tháng 5
    ("word_date", rf"(?:ngày\s+)?{day_number('d')}\s+tháng\s+{month_number('m')}(?:\s+năm\s+{year_number('y')})?"),
    # 3/5/2024, 04-12-2015, 3.5.2024
    ("full_date", rf"{day_number('d')}(?P<s>[/.-]){month_number('m')}(?P=s){year_number('y')}"),
    # ngày 29-10 (hyphenated day-month needs "ngày" or a time of day before it)
    (
        "hyphen_date",
        rf"(?:ngày|sáng|trưa|chiều|tối|đêm|hôm)\s+(?:ngày\s+)?{day_number('d')}-{month_number('m')}(?![-\d])",
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
    # năm nay, năm ngoái, năm tới
    ("relative_year", r"(?P<ry>năm nay|năm ngoái|năm trước|năm tới|năm sau)"),
    # hôm qua, hôm nay, tuần trước, tuần tới
    ("relative_day", r"(?P<rd>hôm qua|hôm nay|tuần trước|tuần tới|tuần này)"),
    # "Chủ tịch ASEAN 2020", "APEC 2017": an event label carrying its year
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
PAGE_DATE = re.compile(r"^[^\d|]{0,60}?\s*\d{1,2}[:h]\d{2}\s*\|?\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$", re.MULTILINE)
FUTURE_CUE = re.compile(r"\b(?:tới|sắp tới|dự kiến|sẽ)\b", re.IGNORECASE)
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


def find_page_date(text: str) -> date | None:
    """The page's own date line near the top ('Bảo Chi 17:08 | 23/02/2022', '09:42 | 01/05/2022')."""
    head = "\n".join(text.splitlines()[:12])
    match = PAGE_DATE.search(head)
    if not match:
        return None
    d, m, y = (int(g) for g in match.groups())
    return _valid(y, m, d)


def guess_year(text: str, published: date | None = None) -> YearGuess:
    """The year of this article's year-less dates, and where it comes from.

    The caller's publication date wins, then the page's date line, then the
    text: the latest full date ("7/7/2024"), else the latest "tháng M/YYYY",
    else the latest "năm YYYY" that is not a target or a treaty's year, else a
    label such as "ASEAN 2020". An article is written after the dated events it
    reports, so the latest year is the best guess for the undated ones.
    """
    if published:
        return YearGuess(published.year, "published", 1.0)
    page = find_page_date(text)
    if page:
        return YearGuess(page.year, f"page: {page:%d/%m/%Y}", 0.95)
    tiers = {"full_date": [], "month": [], "year": [], "year_range": [], "label_year": []}
    for match in MASTER.finditer(text):
        kind = match.lastgroup
        if kind not in tiers:
            continue
        if REFERENCE_YEAR_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        groups = {k.split("__", 1)[1]: v for k, v in match.groupdict().items() if v and k.startswith(kind + "__")}
        year = groups.get("y") or groups.get("y2")
        if year:
            tiers[kind].append((int(year), match.group(0)))
    for kind, confidence in (
        ("full_date", 0.8),
        ("month", 0.7),
        ("year_range", 0.6),
        ("year", 0.6),
        ("label_year", 0.5),
    ):
        if tiers[kind]:
            year, expression = max(tiers[kind])
            return YearGuess(year, f"text: {expression.strip()}", confidence)
    return YearGuess(None, "", 0.0)


def _base_year(year: YearGuess | None, published: date | None) -> int | None:
    if published:
        return published.year
    return year.year if year and year.year else None


def _fit_year(start: date, published: date | None) -> date:
    """A year-less date far after the publication date belongs to the year before."""
    if published and start > published + timedelta(days=180):
        return start.replace(year=start.year - 1) if _valid(start.year - 1, start.month, start.day) else start
    return start


def find_dates(sentence: str, year: YearGuess | None = None, published: date | None = None) -> list[DateSpan]:
    """Every temporal expression of the sentence, in order, as DateSpans.

    A year-less expression takes the article's year (`published` first, then
    `year`) and is marked year_inferred; without any year it is dropped rather
    than given today's year.
    """
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
            if rel in ("vừa qua", "trước") and published and date(y, m, 1) > published:
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
    if kind in ("year", "label_year"):
        y = integer("y")
        return date(y, 1, 1), date(y, 12, 31), YEAR, False
    if kind == "relative_year":
        if base is None:
            return None
        offset = {"năm nay": 0, "năm ngoái": -1, "năm trước": -1, "năm tới": 1, "năm sau": 1}[g["ry"].lower()]
        return date(base + offset, 1, 1), date(base + offset, 12, 31), YEAR, True
    if kind == "relative_day":
        if not published:
            return None
        word = g["rd"].lower()
        if word == "hôm nay":
            return published, published, DAY, True
        if word == "hôm qua":
            day = published - timedelta(days=1)
            return day, day, DAY, True
        monday = published - timedelta(days=published.weekday())
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
