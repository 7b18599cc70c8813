"""The day an article's relative words ("sáng nay", "hôm qua") count from: the publication day when it is known
to the day, else the day the article calls "today" itself; an agency's dateline before both, when it is the
page's day or a few days before it."""

from __future__ import annotations

import re
from datetime import timedelta

from .dates import DAYTIME, PART_OF_DAY, base_year, day_number, month_number, valid_date, year_number
from .records import DAY, DateSpan, YearGuess

# "sáng nay (11/10)"; "chiều qua (18-11)", the day before the article's.
TODAY_WRITTEN = re.compile(
    rf"(?:{PART_OF_DAY})\s+(?P<which>nay|qua)[,\s]*(?:\(\s*)?(?:ngày\s+)?{day_number('d')}[/.-]{month_number('m')}"
    rf"(?:[/.-]{year_number('y')})?(?!\d)",
    re.IGNORECASE,
)


def written_today(text: str, year: YearGuess) -> DateSpan | None:
    """The day the article calls "today" when it writes it: "sáng nay (11/10)", "chiều nay 19-10", or the day after
    the one it calls "yesterday" ("chiều qua (18-11)").

    With the article's year, that day resolves the text's other "sáng nay" and "hôm qua".
    """
    match = TODAY_WRITTEN.search(text)
    if not match or not year.year:
        return None
    day = valid_date(int(match.group("y") or year.year), int(match.group("m")), int(match.group("d")))
    if day and match.group("which").lower() == "qua":
        day += timedelta(days=1)
    return DateSpan(day, day, DAY, match.group(0), 0, not match.group("y")) if day else None


# "Hà Nội, 14-10 (TTXVN) - Chiều nay, …": an agency's dateline, the day its "nay" and "qua" count from (the page
# may carry the next day).
DATELINE = re.compile(
    rf"^[ \t]*(?:[A-ZĐ][\w.]*[ \t]+){{0,3}}[A-ZĐ][\w.]*,[ \t]*(?:ngày[ \t]+)?{day_number('d')}[/.-]{month_number('m')}"
    rf"(?:[/.-]{year_number('y')})?[ \t]*\([^()\n]{{2,24}}\)[ \t]*[-–—:]",
    re.MULTILINE,
)
DATELINE_LAG_DAYS = 3


def written_dateline(text: str, year: YearGuess, published: DateSpan | None) -> DateSpan | None:
    """The day of the article's dateline when it has one, and it is not after the publication day nor days
    before it."""
    match = DATELINE.search(text)
    base = int(match.group("y")) if match and match.group("y") else base_year(year, published)
    if not match or base is None:
        return None
    day = valid_date(base, int(match.group("m")), int(match.group("d")))
    if day is None or (published and not 0 <= (published.end - day).days <= DATELINE_LAG_DAYS):
        return None
    return DateSpan(day, day, DAY, match.group(0), 0, not match.group("y"))


# "Sáng 23/6, A hội đàm với B. … Theo chương trình, chiều nay, B sẽ hội kiến C": the lead's day, part of a day
# written with it, is the day a report of that day calls "nay".
LEAD_DAY = re.compile(
    rf"(?:^|\n)[^\n]{{0,60}}?\b(?:{DAYTIME})\s+(?:ngày\s+)?{day_number('d')}[/.-]{month_number('m')}(?![/.-]?\d)",
    re.IGNORECASE,
)
TODAY_SAID = re.compile(rf"\b(?:{PART_OF_DAY})\s+nay\b", re.IGNORECASE)


def lead_day(text: str, year: YearGuess) -> DateSpan | None:
    """The day a part of the day is written with in the article's first dated line, when the article says "nay"
    after it and nothing else tells its day."""
    lead = LEAD_DAY.search(text)
    if lead is None or not year.year or not TODAY_SAID.search(text, lead.end()):
        return None
    day = valid_date(year.year, int(lead.group("m")), int(lead.group("d")))
    return DateSpan(day, day, DAY, lead.group(0).strip(), 0, True) if day else None


def article_today(text: str, year: YearGuess, published: DateSpan | None) -> DateSpan | None:
    """The day the article's "nay" and "qua" count from (None when nothing tells it)."""
    if published is not None and published.precision == DAY:
        today = published
    else:
        # (A page dated by its month only, or by nothing, whose lead writes the day: that day, within the month.)
        lead = lead_day(text, year)
        within = lead is not None and (published is None or published.start <= lead.start <= published.end)
        today = written_today(text, year) or (lead if within else None)
    return written_dateline(text, year, published) or today
