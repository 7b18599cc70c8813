"""The article's news day (the day its news is of, against which undated events are dated) and, for each
sentence, the last day of the news written before it: what "cùng ngày" and "ngay sau đó" refer to."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .date_contexts import counted_since
from .dates import DAYTIME, UPCOMING_AFTER, find_dates
from .numbers import COUNT
from .records import DAY, YEAR_UNKNOWN, DateSpan, YearGuess

if TYPE_CHECKING:
    from .candidates import Candidate

# How long before the news day an event told is background, not the occasion the news refers to.
BACKGROUND_DAYS = 90
# How far from the page's day a single day may be and still be the news's.
NEWS_DAYS_APART = 31
# How long after a visit's end a report on it ("… kết thúc chuyến thăm … từ 6 đến 10/7") is still its wrap-up.
WRAP_UP_DAYS = 7
VISIT_ENDS = re.compile(
    r"\b(?:kết thúc|khép lại) (?:tốt đẹp )?(?:chuyến|chương trình) (?:thăm|công tác|công du)", re.I
)  # its end


@dataclass(frozen=True)
class DayWritten:
    before: DateSpan | None  # the last single day the sentences before write
    through: DateSpan | None  # the same, the sentence itself included
    before_done: DateSpan | None = None  # the last day written before that is not a plan's ("sẽ … vào ngày 12/9")
    written_in: int = -1  # the sentence that wrote `before_done`
    # The one day of a round-up of meetings told before ("Ngày 19/11, A đã có 7 cuộc tiếp xúc song phương …"), when
    # no other day was written since: the day of each meeting the next sentences tell.
    round_up: DateSpan | None = None


# "đã có 7 cuộc tiếp xúc song phương", "có một loạt cuộc gặp", "có các cuộc hội kiến".
MEETINGS_HELD = r"cuộc (?:gặp|tiếp xúc|hội kiến)"
ROUND_UP_OF_MEETINGS = re.compile(
    rf"\b(?:một loạt|(?!một\b)(?:{COUNT})|loạt|nhiều|các)\s+{MEETINGS_HELD}", re.IGNORECASE
)  # (not "một cuộc gặp": one meeting)


def days_written(sentences: list[str], year: YearGuess, published: DateSpan | None) -> list[DayWritten]:
    """For each sentence, the last single day of the news written before it ("Sáng nay (20/10), …") and up to its
    end: not a day of the background ("thiết lập quan hệ ngày 6/8/1976"), years before the article's."""
    last, last_done, done_in, round_up, found = None, None, -1, None, []
    # Published on a known day, a day months before it is recalled ("Hiệp định … ký ngày 30/6 vừa qua"), not the
    # day of the news a later "chiều cùng ngày" refers to.
    news = published if published is not None and published.precision == DAY else None
    for index, sentence in enumerate(sentences):
        days = [
            _its_first_day(d) for d in find_dates(sentence, year, published)
            if d.precision == DAY and (d.start == d.end or _a_time_opens(sentence, d))
            and not of_the_background(d, year, news) and not counted_since(sentence, d)
        ]  # fmt: skip
        done = [d for d in days if not _a_plans_day(sentence, d)]
        found.append(DayWritten(last, days[-1] if days else last, last_done, done_in, round_up))
        last = days[-1] if days else last
        if days:
            one_day = len({d.start for d in days}) == 1 and ROUND_UP_OF_MEETINGS.search(sentence)
            round_up = days[-1] if one_day else None
        last_done, done_in = (done[-1], index) if done else (last_done, done_in)
    return found


# "tới Moskva trưa 20/3, bắt đầu chuyến thăm … đến hết 22/3": a time of a day opens the stay; "cùng ngày" is that day.
ARRIVAL_TIME = re.compile(rf"\b(?:{DAYTIME})\s+(?:ngày\s+)?$", re.IGNORECASE)


def _a_time_opens(sentence: str, span: DateSpan) -> bool:
    return bool(ARRIVAL_TIME.search(sentence, max(0, span.offset - 12), span.offset))


def _its_first_day(span: DateSpan) -> DateSpan:
    return span if span.start == span.end else replace(span, end=span.start)


# "Ông sẽ hội đàm với B vào ngày 12/9": the day of a plan, to which a later "Cùng ngày" does not refer.
PLAN_IN_CLAUSE = re.compile(r"\b(?:sẽ|dự kiến|dự định|theo kế hoạch)\b[^,.;]*$", re.I)


def _a_plans_day(sentence: str, day: DateSpan) -> bool:
    # "… tổ chức các hoạt động kỷ niệm vào ngày 17/11 tới": a day to come, whatever the verb.
    return bool(
        PLAN_IN_CLAUSE.search(sentence, 0, day.offset) or UPCOMING_AFTER.match(sentence, day.offset + len(day.text))
    )


def of_the_background(day: DateSpan, year: YearGuess, news: DateSpan | None = None) -> bool:
    """A day written with a year before the article's: history, not the news's timeline; so is a day months
    before the news day ("chuyến thăm … hồi tháng 3 năm ngoái")."""
    written_before = year.year is not None and not day.year_inferred and day.start.year < year.year
    # A page that never writes the news's year: a day written with its year ("ngày 15/8/1974") is history.
    history = news is not None and news.start.year == YEAR_UNKNOWN and not day.year_inferred
    return written_before or history or (news is not None and (news.start - day.end).days > BACKGROUND_DAYS)


def article_news_day(
    candidates: list[Candidate], today: DateSpan | None, year: int | None, written: list[DayWritten]
) -> DateSpan | None:
    """The article's news day: its first single day (of the article's year, when known, else written without a
    year: a background day such as an establishment's "11/9/1973" is not the news), else a day written alone that
    one of its ranges begins with ("Chiều 16/4, A tới X, bắt đầu chuyến thăm từ 16 đến 17/4"), else the day it was
    published, else its first range."""
    days = _days_of_the_year(
        [c.date for c in candidates if c.date and c.date.precision == DAY and not c.weak and not c.planned], year
    )
    begun = {d.start for d in days if d.start != d.end}
    first_days = [w.through for w in written if w.through is not None and w.through.start in begun]
    singles = [d for d in days if d.start == d.end]
    if today is not None and today.precision == DAY:
        # A day after the page's is to come (an anniversary's "(21/9)" in May): no news yet; nor is one months
        # before it ("đã gặp nhau lần đầu tại London ngày 1/4" in a page of November) the news's.
        singles = [d for d in singles if -NEWS_DAYS_APART <= (d.start - today.start).days <= 1]
        first_days = [d for d in first_days if abs((d.start - today.start).days) <= NEWS_DAYS_APART]
    if today is not None and today.precision == DAY and any(d.start <= today.start <= d.end for d in days):
        # The news of days the page's day falls in ("Chiều nay 10-9, A tới Hà Nội, bắt đầu chuyến thăm trong hai
        # ngày 10 và 11-9"): a single day months away is of the year recalled ("Ngày 29-3 năm nay, …").
        singles = [d for d in singles if abs((d.start - today.start).days) <= NEWS_DAYS_APART] or first_days[:1]
    return next(iter(singles), None) or next(iter(first_days), None) or today or next(iter(days), None)


def _days_of_the_year(days: list[DateSpan], year: int | None) -> list[DateSpan]:
    if not year:
        return days
    in_year = [d for d in days if d.end.year == year]
    # Unknown, the year is a placeholder: a day written with a year no rule took for the article's is history.
    # Known, a day of the year before may still be the news ("ngày 30/12/2024" in a January article); one of
    # decades before ("thiết lập quan hệ ngày 21/7/1970") never is.
    return in_year if year == YEAR_UNKNOWN else in_year or [d for d in days if d.end.year >= year - 1]


def day_set_just_before(index: int, written: DayWritten, settled: list[Candidate]) -> bool:
    """ "Điểm nhấn là các hoạt động tại Canberra ngày 7/3. A chủ trì lễ đón B": the day the sentence before writes,
    telling no event of its own, is that of what sentence `index` tells (not the page's news day); so it stays while
    each sentence since tells only events of that day ("Sau đó, hai Thủ tướng hội đàm")."""
    if written.before_done is None:
        return False
    day, since = (written.before_done.start, written.before_done.end), range(written.written_in, index)
    visits = [c for c in settled if c.type == "visit" and c.date.start < c.date.end]
    told = {
        i: {(c.date.start, c.date.end) for c in settled if c.sentence_index == i and not _a_visit_told_again(c, visits)}
        for i in since
    }
    return not told.get(written.written_in) and all(told[i] == {day} for i in since[1:])


def _a_visit_told_again(c: Candidate, visits: list[Candidate]) -> bool:
    """ "Điểm nhấn của chuyến thăm là … ngày 7/3": the visit of an earlier sentence (or a day of it), told again."""
    day = c.date
    return c.type == "visit" and any(
        v.sentence_index < c.sentence_index and v.date.start <= day.start and day.end <= v.date.end for v in visits
    )


def news_of_a_visits_end(span: DateSpan | None, sentence: str, news: DateSpan) -> bool:
    """The news is a visit's end, on its last day or in the wrap-up of the days after: what was done on the visit,
    unless a sentence writes its day, was done on one of its days, not on the news day."""
    if span is None or not VISIT_ENDS.search(sentence):
        return False
    return span.start <= news.start and (news.start - span.end).days <= WRAP_UP_DAYS


def a_gathering_of_the_news(c: Candidate, news: DateSpan) -> bool:
    """A conference of several days the news day falls in."""
    span = c.date
    return c.type == "conference" and span.precision == DAY and span.start <= news.start <= span.end != span.start


# "A thăm X tháng 11/2017, ngay sau khi dự Hội nghị Y", "Ngày 7/11, hai bên ra tuyên bố …, sau cuộc gặp giữa A và B",
# "… sau chuyến thăm Nhật Bản từ 29-30/8, nơi ông hội đàm với B": told around what its sentence dates in the past,
# in a clause of its own.
AROUND_BEFORE = re.compile(
    r",\s*(?:(?:ngay\s+)?(?:sau|trước)(?:\s+khi)?(?:\s+(?:dự|tham dự|có|đến|tới|thăm))?(?:\s+(?:cuộc|chuyến|buổi))?"
    r"|nơi(?:\s+[^,.;\s]+){0,3}?(?:\s+(?:đã|cũng))?)\s+$",
    re.IGNORECASE,
)
# "A điện đàm chúc mừng B ngay sau khi ông đắc cử hồi cuối tháng 10 năm ngoái": right after what the date after it
# dates.
RIGHT_AFTER = re.compile(r"[^.;]{0,80}?\bngay sau(?: khi)?\b", re.IGNORECASE)


def around_a_past_date(
    kind: str, sentence: str, cue_start: int, cue_end: int, news_day: DateSpan | None, year: YearGuess, published
) -> DateSpan | None:
    """The date its sentence writes before an undated cue told around it, or right after the cue of what it came
    right after, when that date is before the news day (or the cue is "ngay sau/trước" it, whenever it is): the
    cue's event was then too, not on the news day."""
    if news_day is None:
        return None
    around = AROUND_BEFORE.search(sentence, max(0, cue_start - 40), cue_start)
    if not around:
        after = RIGHT_AFTER.match(sentence, cue_end)
        later = [d for d in find_dates(sentence, year, published) if after and d.offset > after.end()]
        return later[0] if later and later[0].end < news_day.start else None
    before = [d for d in find_dates(sentence, year, published) if d.offset < cue_start]
    # "A tới Hà Nội rạng sáng nay, sau chuyến thăm Triều Tiên": the trip before ended before the day of the news.
    trip_before = kind == "visit" and around.group().lstrip(", ").lower().startswith("sau")
    trip_before = trip_before and bool(before) and before[-1].precision == DAY
    # "sẽ tới Washington vào cuối tháng 9, ngay sau khi dự …": right after what is to come, in its months too.
    right_at = around.group().lstrip(", ").lower().startswith("ngay")
    return before[-1] if before and (before[-1].end < news_day.start or trip_before or right_at) else None
