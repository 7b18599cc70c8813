"""Dates written against the day the article was published: "hôm qua", "sáng nay", "tuần trước", "cuối tuần này",
"thứ Năm và thứ Sáu tuần này", "hôm thứ Sáu", "tháng tới", "ngày 20 tháng trước". Each resolver takes the
expression as dates.Found and gives (start, end, precision, year_inferred), or None when the publication date
does not say enough."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from .records import DAY, MONTH, YEAR, month_span, valid_date

if TYPE_CHECKING:
    from .dates import Found, Resolved

# The days of a week each part names, Monday being 0.
WEEK_PARTS = {"đầu": (0, 1), "giữa": (2, 3), "cuối": (5, 6), "": (0, 6)}
WEEK_OFFSETS = {"trước": -1, "qua": -1, "này": 0, "tới": 1, "sau": 1}
WEEKDAY_NUMBERS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "nhật": 6}
WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
# "thứ Năm và thứ Sáu tuần này", "thứ Hai tuần tới", "từ thứ Hai đến thứ Tư tuần sau": days of a week named;
# "hôm thứ Sáu": the last such day. (Not "lần thứ hai": an ordinal.)
WEEKDAYS = (
    rf"(?<!lần )(?P<wd1>{WEEKDAY})(?:\s+(?:và|đến|tới)\s+(?P<wd2>{WEEKDAY}))?\s+tuần\s+(?P<which>trước|qua|này|tới|sau)"
    rf"|(?<=hôm )(?P<last>{WEEKDAY})(?!\s+tuần)"
    # "sẽ hội đàm … vào Chủ nhật": the next such day; "đã gặp … vào thứ Sáu": the last.
    rf"|(?<=vào )(?P<near>{WEEKDAY})(?!\s+tuần)"
)
# A plan told before the weekday: the weekday is to come.
PLANNED_BEFORE = re.compile(r"\b(?:sẽ|dự kiến|dự định|theo (?:chương trình|kế hoạch|lịch trình))\b", re.IGNORECASE)


def relative_day(found: Found) -> Resolved:
    published = found.published
    if not published or published.precision != DAY:
        return None  # "hôm qua" needs the day the article was written
    said = found.groups["rd"].lower()
    shift = -2 if said == "hôm kia" else -1 if said.endswith("qua") else 1 if said.endswith("mai") else 0
    day = published.start + timedelta(days=shift)
    return day, day, DAY, True


def relative_week(found: Found) -> Resolved:
    published = found.published
    if not published or published.precision != DAY:
        return None
    if found.counted():
        return None
    g = found.groups
    monday = published.start - timedelta(days=published.start.weekday())
    monday += timedelta(weeks=WEEK_OFFSETS[(g.get("which") or "này").lower()])
    first, last = WEEK_PARTS[(g.get("part") or g.get("bare") or "").lower()]
    # Which of the week's days the text does not say: the month (or the two months) is what it supports.
    start, end = monday + timedelta(days=first), monday + timedelta(days=last)
    return month_span(start.year, start.month)[0], month_span(end.year, end.month)[1], MONTH, True


def _weekday(written: str) -> int:
    return WEEKDAY_NUMBERS[written.split()[-1].lower()]


# "tối 24/10 (thứ Năm)", "thứ Năm (24/10)", "Thứ Năm, 24/10": a day written with its weekday, which only some years
# give it.
DAY_AND_WEEKDAY = re.compile(
    rf"\b(?P<d>\d{{1,2}})[/.-](?P<m>\d{{1,2}})(?![/.-]\d)\s*(?:\(\s*|,\s*)(?P<wd>{WEEKDAY})\b"
    rf"|\b(?P<wd2>{WEEKDAY})\s*(?:\(\s*|,\s*(?:ngày\s+)?)(?P<d2>\d{{1,2}})[/.-](?P<m2>\d{{1,2}})(?![/.-]\d)",
    re.IGNORECASE,
)


def days_with_weekdays(text: str) -> list[tuple[int, int, int]]:
    """(month, day, weekday) of each year-less day the text writes with its weekday."""
    found = []
    for match in DAY_AND_WEEKDAY.finditer(text):
        day, month = int(match.group("d") or match.group("d2")), int(match.group("m") or match.group("m2"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append((month, day, _weekday(match.group("wd") or match.group("wd2"))))
    return found


def weekdays(found: Found) -> Resolved:
    """ "thứ Năm và thứ Sáu tuần này": those days of the week named; "hôm thứ Sáu": the last Friday, the
    publication day included."""
    published = found.published
    if not published or published.precision != DAY:
        return None
    g = found.groups
    today = published.start
    if g.get("last"):
        day = today - timedelta(days=(today.weekday() - _weekday(g["last"])) % 7)
        return day, day, DAY, True
    if g.get("near"):
        if PLANNED_BEFORE.search(found.sentence, 0, found.match.start()):
            day = today + timedelta(days=(_weekday(g["near"]) - today.weekday() - 1) % 7 + 1)
        else:
            day = today - timedelta(days=(today.weekday() - _weekday(g["near"])) % 7)
        return day, day, DAY, True
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=WEEK_OFFSETS[g["which"].lower()])
    start = monday + timedelta(days=_weekday(g["wd1"]))
    end = monday + timedelta(days=_weekday(g["wd2"])) if g.get("wd2") else start
    return (start, end, DAY, True) if start <= end else None


def relative_month(found: Found) -> Resolved:
    published = found.published
    if not published or published.precision == YEAR:
        return None  # "tháng trước" needs at least the month the article was written
    if found.counted():
        return None
    which = (found.groups.get("which") or "này").lower()  # "hồi đầu tháng": this month
    months = published.start.year * 12 + published.start.month - 1 + WEEK_OFFSETS[which]
    start, end = month_span(months // 12, months % 12 + 1)
    return start, end, MONTH, True


def relative_month_days(found: Found) -> Resolved:
    month = relative_month(found)
    if month is None:
        return None
    first = found.integer("d1")
    start, end = (
        valid_date(month[0].year, month[0].month, first),
        valid_date(month[0].year, month[0].month, found.integer("d2") or first),
    )
    return (start, end, DAY, True) if start and end and start <= end else None
