"""Which date each event of an article takes: its own, or one it borrows, by an ordered list of rules.

A sentence's dates go to its cues first (sentence_dates.assign_dates). A cue left without a date of its own takes,
by the first rule of SETTLING_RULES that applies, the date of the occasion its sentence refers back
to ("Trong chuyến thăm, …", "Nhân dịp này, …"), of the same type of event told elsewhere, the article's
news day, its publication month or its year; a weak cue that none of them dates is dropped.
Each rule's name is what the event records as its `date_source`, so the review queue can say why.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from .alternation import any_of
from .candidates import to_other_countries
from .clauses import subordinate_clause
from .cues import agreed_to
from .date_contexts import (
    EARLIER_LEG,
    LAST_TIME,
    ONCE,
    ONE_DAY_TYPES,
    ONWARD,
    SOME_DAY_TO_COME,
    YEARS_LATER,
    another_leg,
    came_before,
)  # fmt: skip
from .dates import DAYTIME, RELATIVE_DAY, as_months, find_dates
from .event_types import OCCASIONS_OF_DAYS
from .news_day import (
    MEETINGS_HELD,
    DayWritten,
    a_gathering_of_the_news,
    around_a_past_date,
    article_news_day,
    day_set_just_before,
    days_written,
    news_of_a_visits_end,
    of_the_background,
)
from .numbers import COUNT
from .offices import HELD_BY_BOTH
from .planned_occasions import planned_occasion
from .records import DAY, MONTH, YEAR, DateSpan, YearGuess
from .referring_back import (
    AS_PLANNED,
    DURING_A_STAY,
    PARTIES,
    day_of_the_visit,
    one_day,
    referred_date,
    referred_occasion,
    shifted,
)
from .sentence_dates import (
    ANNOUNCED,
    DONE,
    OCCASION_BEFORE,
    before_the_main_clause,
    clause_on_the_sidelines,
    named_as_when,
)
from .summit_dates import in_its_year, is_summit, of_another_month

if TYPE_CHECKING:
    from .candidates import Candidate

PARTIES_NEAR = 30  # characters between the parties and the cue they are the subject of
# The two leaders of the event just told, as a sentence's subject ("Hai Thủ tướng chứng kiến lễ ký …"); not "hai
# bên", "hai nước", whose sentences as often weigh what has long been done.
BOTH_LEADERS = re.compile(rf"\W*(?:hai (?:nhà lãnh đạo|{any_of(HELD_BY_BOTH)})|lãnh đạo hai nước)\b", re.I)
# "Chiều cùng ngày, …", "Ngay sau đó, …", "Trước đó, … chủ trì lễ đón" (undated: earlier that day), "Ngay sau khi
# đến Bắc Kinh, A tiếp B", "Theo chương trình, ngay sau đó …": the day written last before.
SAME_DAY = re.compile(
    rf"\b(?:(?:{DAYTIME})\s+)?cùng ngày\b"
    rf"|^\W*(?:{AS_PLANNED})?(?:ngay sau đó|trước đó|ngay sau khi (?:đến|tới|đặt chân))\b"
    # "Cũng trong ngày, A chào xã giao B", "A cũng đã hội kiến B trong ngày.", "… gặp B trong ngày, …": that day.
    r"|^\W*(?:cũng )?trong ngày(?: (?:hôm đó|hôm ấy|này))?\s*,|\btrong ngày\s*(?:[,;.!]|$)"
    r"|^\W*(?:vào )?buổi (?:sáng|trưa|chiều|tối)\s*,",  # "Vào buổi trưa, A gặp B": a time of the day told
    re.I,
)
SAME_DAY_SAID = re.compile(r"\bcùng ngày\b", re.I)
BEFORE_THAT = re.compile(r"^\W*trước đó\b", re.I)
NEXT_LEG = re.compile(r"\btiếp tục (?:tới|đến|sang|thăm|lên đường)\b", re.I)
# "Cùng tháng, …", "Cũng trong tháng đó, …": the month of the day written last before, not that day.
SAME_MONTH = re.compile(r"^\W*(?:cùng tháng|(?:cũng )?trong tháng (?:đó|ấy))\b", re.I)
# A day counted from the day the article was written ("sáng nay", "hôm qua"): a cue of its sentence left undated
# did not have that day, and no other day of the article is its own.
UNRESOLVED_DAY = re.compile(rf"\b(?:{RELATIVE_DAY})\b", re.I)
# The sources whose date a later cue may borrow as "the event told before".
BORROWABLE_SOURCES = ("news-day", "published", "year", "anaphora", "own")


@dataclass
class Surroundings:
    """What the rules know of one undated cue: the article's dated events and days, and its year."""

    candidate: Candidate
    previous: list[Candidate]  # settled events of earlier sentences this one may refer back to
    same_type: list[Candidate]  # dated events of the same type that may be the same occasion
    sharing: list[Candidate]  # those of them naming people, when the cue names people too
    contained: bool  # the sentence opens inside an occasion told before ("Trong chuyến thăm, …")
    written: DayWritten  # the last single day written before the sentence, and through it
    occasion: Candidate | None  # the planned occasion a planned event belongs to
    gathering: DateSpan | None  # the days of a summit told before that the news day falls in
    news_day: DateSpan | None
    published: DateSpan | None
    year: YearGuess
    news_day_ends_a_visit: bool = False  # the news is the departure: what was done on the visit, on other days
    settled: list[Candidate] = field(default_factory=list)  # every event settled before, of any type


# An action returns (the date, its source), or None: the cue is no event of its own.
Settled = tuple[DateSpan, str] | None


def _inside_occasion(s: Surroundings) -> bool:
    c = s.candidate
    own_day = c.date is not None and c.date.precision == DAY  # "Trước đó, hôm 31/12, …": a day of its own
    return s.contained and not (s.same_type and c.anaphora_type == c.type) and not own_day


def _date_of_occasion(s: Surroundings) -> Settled:
    referred, candidate = referred_occasion(s.candidate, s.previous, s.year, s.news_day), s.candidate
    earlier = subordinate_clause(candidate.sentence, candidate.cue.start, candidate.cue.end)
    if earlier is not None and earlier.earlier:
        # "Tại hội đàm, A đánh giá cao chuyến thăm diễn ra hơn 6 tháng sau khi hai nước nâng cấp quan hệ": not the
        # talks' day; so many months before it, or, when the text does not say how long, no day it tells.
        apart = before_the_main_clause(earlier, referred_date(referred, candidate))
        return (apart, "anaphora") if apart is not None else None
    if agreed_to(candidate.sentence, candidate.cue) and not referred.planned:
        return None  # "Hai nhà lãnh đạo nhất trí sớm gặp lại": a plan made at an event past is not of its day
    if referred.planned and not DONE.search(candidate.sentence, max(0, candidate.cue.start - 20), candidate.cue.start):
        # "Trong chuyến thăm, A dự kiến hội đàm với B và đồng chủ trì …": what a planned visit holds is planned.
        candidate.planned = True
    day = referred_date(referred, candidate)
    if day is not None and candidate.type == referred.type == "visit" and NEXT_LEG.search(candidate.sentence):
        # "Sau đó, bà tiếp tục tới Ecuador": the next leg, begun as the visit told before ended, on a day unsaid.
        return as_months(replace(day, start=day.end)), "anaphora"
    own = candidate.date
    if own is not None and own.precision == MONTH and day is not None and not day.overlaps(own):
        return own, "own"  # "Nhân dịp này, hồi đầu tháng 2, hai bên trao đổi điện mừng": a month of its own
    return day, "anaphora"


def _same_day_applies(s: Surroundings) -> bool:
    c = s.candidate
    # ("Trước đó, hôm 31/12, hai nhà lãnh đạo trao đổi thư …": before the news, on a day of its own.)
    own_day = c.date is not None and c.date.precision == DAY and not SAME_DAY_SAID.search(c.sentence)
    # ("Trước đó, Manila đồng ý … theo Hiệp định X ký tháng 4-2014": a month of another time, its own.)
    own_month = c.date is not None and c.date.precision == MONTH and s.written.before is not None
    # ("hạ cánh … rạng sáng cùng ngày, ngay sau khi kết thúc chuyến thăm Lào": that day is the landing's.)
    earlier = subordinate_clause(c.sentence, c.cue.start, c.cue.end)
    ended_before = earlier is not None and earlier.earlier and c.type in OCCASIONS_OF_DAYS
    own_day = own_day or (own_month and not c.date.overlaps(s.written.before)) or ended_before
    # ("Trước đó, Nhà Trắng cho biết A sẽ hội đàm với B": "trước đó" is when it was announced, not the talks' day.)
    announced = c.planned and BEFORE_THAT.match(c.sentence) and ANNOUNCED.search(c.sentence, 0, c.cue.start)
    return (
        s.written.before is not None and bool(SAME_DAY.search(c.sentence) or c.day_shift) and not (own_day or announced)
    )


def _written_before_applies(s: Surroundings) -> bool:
    c = s.candidate
    return c.anaphoric and not s.previous and s.written.before is not None and bool(c.persons)


def _same_month_applies(s: Surroundings) -> bool:
    return s.written.before is not None and bool(SAME_MONTH.match(s.candidate.sentence))


def _same_month(s: Surroundings) -> Settled:
    return as_months(s.written.before), "anaphora"


def _day_written_before(s: Surroundings) -> Settled:
    """ "Trong khuôn khổ chuyến công tác, A dự kiến hội đàm với B": planned in a trip of several days, which of them
    unsaid, in the months of the day written before; else that day."""
    if s.candidate.planned and s.candidate.anaphora_type == "visit":
        return _same_month(s)
    return _same_day(s)


def _same_day(s: Surroundings) -> Settled:
    # "Cùng ngày, A điện đàm với B" after "… sẽ hội đàm với C vào ngày 12/9": the day of the news, not the plan's;
    # and after "A tới Hà Nội chiều qua (28/7). … Tại hội đàm sáng nay, …": the day of the event told last.
    day = s.written.before if s.candidate.planned else s.written.before_done or s.written.before
    told_since = [
        c for c in s.settled
        if s.written.written_in < c.sentence_index < s.candidate.sentence_index
        and c.date.precision == DAY and c.date.start == c.date.end
        and not c.planned and not of_the_background(c.date, s.year, s.news_day)
    ]  # fmt: skip
    if told_since and not s.candidate.day_shift:
        # (a plan "Theo chương trình, chiều cùng ngày, …" too: the day of the talks just told, not the arrival's)
        day = told_since[-1].date
    if s.candidate.day_shift:
        day = shifted(day, s.candidate.day_shift)
    if DURING_A_STAY.match(s.candidate.sentence):
        return as_months(day), "anaphora"  # "Trong thời gian ở Hà Nội, …" after the arrival's day
    if s.candidate.type in OCCASIONS_OF_DAYS and BEFORE_THAT.match(s.candidate.sentence):
        return as_months(day), "anaphora"  # "Trước đó, A đã dự Hội nghị X": days before, which ones unsaid
    return day, "anaphora"


def _planned_applies(s: Surroundings) -> bool:
    c = s.candidate
    return c.planned and s.occasion is not None and bool(c.persons or parties_before(c))


def _announced_applies(s: Surroundings) -> bool:
    c = s.candidate
    announcement_day = s.written.through or s.news_day
    return c.planned and announcement_day is not None and bool(ANNOUNCED.search(c.sentence, 0, c.cue.start))


def _announcement_months(s: Surroundings) -> Settled:
    return as_months(s.written.through or s.news_day), "news-day"


def _occasion_months(s: Surroundings) -> Settled:
    # The day a plan is announced is not its day; its occasion's days, which of them unsaid, give the months. A
    # planned event of one day ("Ngày mai, A sẽ hội đàm với B. Hai bên dự kiến ra …") or visit ("sẽ thăm X ngày 3/9").
    o = s.occasion
    one_day = (o.type in ONE_DAY_TYPES or o.type == "visit" and o.planned) and o.date.start == o.date.end
    return (as_months(o.date) if o.date.precision == DAY and not one_day else o.date), "news-day"


def _news_months(s: Surroundings) -> Settled:
    # A summit named in passing is not the day's news: its month is what is known.
    return as_months(s.news_day), "news-day"


def _named_as_occasion(s: Surroundings) -> bool:
    c = s.candidate
    before = c.sentence[max(0, c.cue.start - 30) : c.cue.start]
    named = bool(OCCASION_BEFORE.search(before)) or clause_on_the_sidelines(c.sentence, c.cue)
    return s.news_day is not None and bool(c.persons) and named and c.cue.start > 0


def _news_day(s: Surroundings) -> Settled:
    day = s.news_day
    # A news "day" of several days (the visit's 29-30/1) does not say on which of them the event was, nor is the day
    # of the news that of a leg of the journey still ahead ("Sau Việt Nam, Tổng thống A sẽ thăm Nhật Bản") or behind.
    onward = bool(ONWARD.search(s.candidate.sentence))
    elsewhere = onward or bool(EARLIER_LEG.search(s.candidate.sentence))
    # "A gặp B tại Kazan" in the news of a summit of several days: on one of them, which unsaid.
    elsewhere = elsewhere or (s.gathering is not None and s.candidate.type in ONE_DAY_TYPES)
    elsewhere = elsewhere or (s.news_day_ends_a_visit and s.candidate.type != "visit")
    elsewhere = elsewhere or bool(WITHIN_DAYS.match(s.candidate.sentence))  # "Trong hai ngày làm việc tại Lima, …"
    return (day if day.start == day.end and not elsewhere else as_months(day)), "news-day"


def _same_type_told(s: Surroundings) -> Settled:
    # The nearest telling of the same event type, one sharing people first; before this sentence if any.
    pool = s.sharing or s.same_type
    before = [c for c in pool if c.sentence_index <= s.candidate.sentence_index]
    return (before[-1] if before else pool[0]).date, "same-type"


def _weak_without_parties(s: Surroundings) -> bool:
    c = s.candidate
    return c.weak and not (c.planned and parties_before(c))


def parties_before(c: Candidate) -> bool:
    """ "hai Thủ tướng sẽ hội đàm": the parties are the cue's subject, just before it; not "hai Thủ tướng nhất trí
    giao các bộ chuẩn bị tốt cho cuộc gặp giữa …", others' meeting they plan."""
    told = [m for m in PARTIES.finditer(c.sentence, 0, c.cue.start) if c.cue.start - m.end() <= PARTIES_NEAR]
    return bool(told)


def _undated_by_its_words(s: Surroundings) -> bool:
    """ "Hai nhà lãnh đạo nhất trí sẽ sớm gặp mặt", "… sẽ thăm Việt Nam trong thời gian tới", "Nhà vua từng thăm cấp
    Nhà nước Pháp", "Một năm sau, …": what is agreed or planned for some day to come, or was once done, is of no
    day the article tells."""
    c = s.candidate
    once = ONCE.search(c.sentence, max(0, c.cue.start - 20), c.cue.start) or YEARS_LATER.match(c.sentence)
    once = once or LAST_TIME.match(c.sentence)
    some_day = c.planned and SOME_DAY_TO_COME.match(c.sentence, c.cue.end)
    some_day = some_day or another_leg(c.type, c.sentence, c.cue.end)
    # "… diễn ra chưa đầy một năm sau khi A dự Hội nghị X": what came before, in a sentence that dates nothing.
    earlier = subordinate_clause(c.sentence, c.cue.start, c.cue.end)
    before_undated = earlier is not None and earlier.earlier and not find_dates(c.sentence, s.year, s.published)
    return agreed_to(c.sentence, c.cue) or bool(once or some_day or before_undated)


def _around_a_past_date(s: Surroundings) -> DateSpan | None:
    c = s.candidate
    return around_a_past_date(c.type, c.sentence, c.cue.start, c.cue.end, s.news_day, s.year, s.published)


def _drop(s: Surroundings) -> Settled:
    return None


def _agreed_on_the_day(c: Candidate) -> bool:
    """ "Hôm 18/6, hai ông điện đàm và thống nhất sẽ gặp nhau tại Osaka": the day is the agreement's, and the
    meeting agreed to has none: no event of the timeline."""
    return c.date is not None and c.date.offset < c.cue.start and agreed_to(c.sentence, c.cue)


def _own_date(s: Surroundings) -> Settled:
    # A weak cue with a date of its own and explicit parties.
    return s.candidate.date, s.candidate.date_source


# (Also "Trong thời gian diễn ra tang lễ, …": while an occasion went on, on which of its days unsaid.)
WITHIN_DAYS = re.compile(rf"^\W*Trong\s+(?:(?:{COUNT})\s+ngày\b|thời gian diễn ra\b)", re.IGNORECASE)
# "Ngoài ra, Thủ tướng còn gặp …" after the days of a trip were told: more of its activities, on days unsaid.
ADDED = re.compile(r"^\W*(?:Ngoài ra|Bên cạnh đó)\b", re.IGNORECASE)


def _added_to_several_days(s: Surroundings) -> bool:
    days = {c.date.start for c in s.previous if c.date is not None and c.date.precision == DAY}
    return s.news_day is not None and len(days) > 1 and bool(ADDED.match(s.candidate.sentence))


# "Bên lề …", "Trong những ngày diễn ra …", "Trong thời gian dự …": during an occasion, on a day unsaid.
DURING = r"bên lề|trong (?:những|các) ngày(?: diễn ra)?|trong thời gian (?:dự|tham dự|diễn ra)"
# "Bên lề Hội nghị, A đã có các cuộc gặp với B, C và D", "A cũng gặp …": a round-up of an occasion's days, which unsaid.
ROUND_UP = re.compile(
    rf"\b(?:{DURING}|các {MEETINGS_HELD}|(?:cũng|còn) (?:đã )?(?:gặp|tiếp|hội kiến))\b", re.IGNORECASE
)


def _round_up_of_several_days(s: Surroundings) -> bool:
    c = s.candidate
    if c.type not in ("meeting", "talks") or not ROUND_UP.search(c.sentence, 0, c.cue.end):
        return False
    people = {p.name for p in c.persons}
    if any(people <= {p.name for p in told.persons} for told in s.same_type):
        return False  # told with its day elsewhere: the same meeting
    just_before = (told for told in s.previous if told.sentence_index == c.sentence_index - 1)
    if any(told.type == "conference" and told.date.precision == DAY and one_day(told) for told in just_before):
        return False  # "Trong ngày 31/10, A dự phiên họp … Bên lề hội nghị, A gặp …": that day's
    return _occasion_of_the_news(s) is not None


# "Bên lề Hội nghị, …", "Trong những ngày diễn ra Hội nghị, …": the round-up names the gathering's days.
DAYS_OF_THE_GATHERING = re.compile(
    rf"\b(?:{DURING})\s+(?:các\s+)?(?:hội nghị|diễn đàn|hội thảo|kỳ họp|phiên họp)", re.IGNORECASE
)


def _occasion_of_the_news(s: Surroundings) -> Candidate | None:
    """The visit or conference of several days told before that the news day falls in; the conference, when the
    round-up names its days."""
    day, named = s.news_day, bool(DAYS_OF_THE_GATHERING.search(s.candidate.sentence))
    return next(
        (
            o for o in reversed(s.previous)
            if o.type in ("visit", "conference") and o.date.precision == DAY and o.date.start != o.date.end
            and (day is not None and o.date.start <= day.start <= o.date.end or named and o.type == "conference")
        ),
        None,
    )  # fmt: skip


def _round_up_months(s: Surroundings) -> Settled:
    return as_months(_occasion_of_the_news(s).date), "news-day"


def _news_day_applies(s: Surroundings) -> bool:
    c = s.candidate
    if UNRESOLVED_DAY.search(c.sentence):
        return False  # "Chiều nay, A hội kiến B" on a page that does not say which day it was written
    # A summit named without a date is named in passing far more often than it is the day's news.
    # An upgrade is between states: "Hai Thủ tướng nhất trí nâng cấp quan hệ …" names no one and is the news.
    states = c.type == "upgrade" and bool(PARTIES.search(c.sentence))
    return s.news_day is not None and bool(c.persons or c.planned or states) and not is_summit(c)


def _planned_undated(s: Surroundings) -> bool:
    c = s.candidate
    # A visit (a day's planned talks are often that day's programme, "Hôm nay … sẽ hội đàm").
    return (
        c.type == "visit" and c.planned and s.news_day is not None and bool(c.persons)
        and not UNRESOLVED_DAY.search(c.sentence)
    )  # fmt: skip


def _came_before_undated(s: Surroundings) -> bool:
    c = s.candidate
    # "Chưa đầy một tháng trước chuyến thăm này, ngày 28-6, …": the visit named as when, its days not told here
    return c.date is None and (
        c.type in ("upgrade", "signing") and came_before(c.sentence, c.cue.start) or named_as_when(c.sentence, c.cue)
    )


def _article_year(s: Surroundings) -> Settled:
    year = s.year.year
    return DateSpan(date(year, 1, 1), date(year, 12, 31), YEAR, "", 0, True), "year"


def _day_of_the_visit(s: Surroundings) -> Settled:
    """ "Ngay trong ngày đầu, ông hội đàm với …": the day of the visit told before that the opening counts."""
    if s.candidate.date is not None and s.candidate.date.precision == DAY:
        return None
    day = day_of_the_visit(s.candidate.sentence, [c.date for c in s.previous if c.type == "visit"])
    return (day, "anaphora") if day is not None else None


SETTLING_RULES: tuple[tuple[str, Callable[[Surroundings], bool], Callable[[Surroundings], Settled]], ...] = (
    ("a day of the visit told before, counted", lambda s: _day_of_the_visit(s) is not None, _day_of_the_visit),
    # Which of that date's days, the sentence does not say.
    (
        "around an earlier date of its sentence, in its months",
        lambda s: _around_a_past_date(s) is not None,
        lambda s: (as_months(_around_a_past_date(s)), "own"),
    ),
    ("the same day as the day written before", _same_day_applies, _same_day),
    ("the same month as the day written before", _same_month_applies, _same_month),
    ("inside the occasion told before", _inside_occasion, _date_of_occasion),
    (
        "a meeting of the one day's round-up told before",
        lambda s: s.candidate.type in ("meeting", "talks") and bool(s.candidate.persons) and bool(s.written.round_up),
        lambda s: (s.written.round_up, "anaphora"),
    ),
    ("a round-up of an occasion of several days, in its months", _round_up_of_several_days, _round_up_months),
    ("the same event told elsewhere", lambda s: bool(s.same_type), _same_type_told),
    ("a numbered summit not of the news's month, in its year", of_another_month, in_its_year),
    ("a weak cue with no parties", _weak_without_parties, _drop),
    ("its own date", lambda s: s.candidate.date is not None, _own_date),
    # "… đầu tiên … sau khi hai nước nâng cấp quan hệ": what came before the news, its date unsaid.
    ("what came before, with no date of its own", _came_before_undated, _drop),
    ("referring back", lambda s: s.candidate.anaphoric and bool(s.previous), _date_of_occasion),
    # "Sáng 9/1, A đón B. Sau lễ đón, hai Thủ tướng hội đàm": what it refers back to is no event of its own.
    ("referring back to the day written before", _written_before_applies, _day_written_before),
    ("agreed to or once done, with no date: no event of the timeline", _undated_by_its_words, _drop),
    ("planned, in the months of its planned occasion", _planned_applies, _occasion_months),
    ("planned and announced, in the announcement's month", _announced_applies, _announcement_months),
    ("the occasion another event is told on, in the news day's month", _named_as_occasion, _news_months),
    # "Sau UAE, Thủ tướng sẽ thăm chính thức Qatar": a trip planned is of days to come, which of them unsaid.
    ("a visit planned with no day of its own, in the news day's month", _planned_undated, _news_months),
    ("an activity added to those of several days, in the news day's month", _added_to_several_days, _news_months),
    (
        "the day the sentence before writes, telling nothing else",
        lambda s: not s.candidate.planned
        and not is_summit(s.candidate)
        and bool(s.candidate.persons or PARTIES.search(s.candidate.sentence))
        and day_set_just_before(s.candidate.sentence_index, s.written, s.settled),
        lambda s: (s.written.before_done, "anaphora"),
    ),
    ("the article's news day", _news_day_applies, _news_day),
    (
        "a conference named in passing, in the news day's month",
        lambda s: is_summit(s.candidate) and s.news_day is not None and bool(s.candidate.persons),
        _news_months,
    ),
    (
        "the publication month",
        lambda s: s.published is not None and s.published.precision == MONTH and bool(s.candidate.persons),
        lambda s: (s.published, "published"),
    ),
    (
        "the article's year",
        lambda s: bool(s.year.year) and s.year.confidence >= 0.5 and bool(s.candidate.persons),
        _article_year,
    ),
)


def _told_before(candidate: Candidate, settled: list[Candidate]) -> list[Candidate]:
    """The events settled in the sentences before, of the type the candidate's opening refers to if it names one
    ("Trong thời gian ở Jakarta, …" is during a stay there, for a visit or a conference)."""
    stay = DURING_A_STAY.match(candidate.sentence) and candidate.anaphora_type == "visit"
    return [
        c for c in settled
        if c.sentence_index < candidate.sentence_index
        and (candidate.anaphora_type in (None, c.type) or (stay and c.type == "conference"))
    ]  # fmt: skip


def _said_done(candidate: Candidate) -> bool:
    return bool(DONE.search(candidate.sentence, max(0, candidate.cue.start - 30), candidate.cue.start))


def _surroundings(
    candidate: Candidate,
    settled: list[Candidate],
    dated: list[Candidate],
    same_people: Callable[[Candidate, Candidate], bool],
    written: DayWritten,
    article: tuple[DateSpan | None, DateSpan | None, YearGuess, bool],
) -> Surroundings:
    previous = _told_before(candidate, settled)
    # Not the attendance of an event told before ("Tham dự lễ đón có A, B"): its people are no parties.
    referred = (
        next((c for c in reversed(previous) if c.persons and not c.cue.refers_back), None)
        if candidate.anaphoric
        else None
    )
    if referred is not None and not candidate.persons and PARTIES.search(candidate.sentence):
        # "Sau hội đàm, hai nhà lãnh đạo dự lễ ký kết": the parties are those of the event referred to (known
        # before the same event is looked for elsewhere: "Sau lễ đón, hai nhà lãnh đạo hội đàm" is not A's talks
        # with someone else).
        candidate.persons, candidate.weak = list(referred.persons), False
    news = article[0]
    same_type = [
        c for c in dated
        if c.same_kind(candidate) and same_people(c, candidate) and not to_other_countries(c, candidate)
        and not another_leg(candidate.type, candidate.sentence, candidate.cue.end)
        # "A sẽ gặp B": a plan is not a meeting the text recalls from before the news.
        and not (candidate.planned and news is not None and c.date.end < news.start)
        # "hai nhà lãnh đạo đã chứng kiến lễ ký kết …" is not the signing a later sentence says will be done.
        and not (c.planned and not candidate.planned and _said_done(candidate))
        # "Sau lễ đón, hai nhà lãnh đạo hội đàm": told of the news, not the talks of a year before recalled later.
        and not (candidate.anaphoric and of_the_background(c.date, article[2]))
    ]  # fmt: skip
    contained = candidate.anaphoric and candidate.anaphora_type in (None, "visit") and bool(previous)
    sharing = [c for c in same_type if candidate.persons and c.persons]
    occasion = planned_occasion(candidate, settled, news) if candidate.planned else None
    gathering = next((c.date for c in settled if news is not None and a_gathering_of_the_news(c, news)), None)
    return Surroundings(
        candidate, previous, same_type, sharing, contained, written, occasion, gathering, *article, settled=settled
    )


def _year_of_its_clause(candidate: Candidate, year: int | None) -> bool:
    """A sentence that refers back to an event told ("Kết thúc Hội nghị, …") and writes only "năm nay", or the
    article's year after its cue ("Sau lễ đón, hai Thủ tướng hội đàm về hợp tác trong năm 2024"): the year is of
    what its words go on to say, the sentence's event is of the event it refers to; but a plan's ("chuẩn bị cho
    chuyến thăm … vào cuối năm nay") is its own."""
    date = candidate.date
    # "Chiều cùng ngày, A dự kiến gặp B, trong bối cảnh thương mại năm ngoái đạt …": a plan of that day, its own.
    same_day = bool(SAME_DAY.search(candidate.sentence, 0, candidate.cue.start))
    topic = date is not None and date.start.year == year and date.offset > candidate.cue.end
    return (
        (candidate.anaphoric and not candidate.planned or same_day)
        and candidate.type != "anniversary"
        and date is not None
        and date.precision == YEAR
        and (date.year_inferred or topic)
    )


def settle_dates(
    candidates: list[Candidate],
    sentences: list[str],
    year: YearGuess,
    today: DateSpan | None,
    published: DateSpan | None,
    same_people: Callable[[Candidate, Candidate], bool],
) -> list[Candidate]:
    """Dates for cues that have none of their own, in reading order; those left undated are dropped."""
    for candidate in candidates:
        if _year_of_its_clause(candidate, year.year):
            candidate.date = None  # "Kết thúc Hội nghị, hai bên ký …, thống nhất các nội dung trong năm nay"
    dated = [c for c in candidates if c.date is not None and not c.weak]
    days = days_written(sentences, year, published)
    news = article_news_day(candidates, today, year.year, days)
    # "Chiều 27/5, A rời Hà Nội, kết thúc chuyến thăm": an end-of-visit summary's activities are of the visit's days.
    departure = news is not None and any(news_of_a_visits_end(c.date, c.sentence, news) for c in candidates)
    article = (news, published, year, departure)
    settled: list[Candidate] = []
    for candidate in candidates:
        if _agreed_on_the_day(candidate):
            continue
        if candidate.date is not None and not candidate.weak:
            settled.append(candidate)
            continue
        written = days[candidate.sentence_index] if candidate.sentence_index < len(days) else DayWritten(None, None)
        surroundings = _surroundings(candidate, settled, dated, same_people, written, article)
        found = next((action(surroundings) for _, applies, action in SETTLING_RULES if applies(surroundings)), None)
        if found is None:
            continue
        candidate.date, candidate.date_source = found
        settled.append(candidate)
        if candidate.date_source in BORROWABLE_SOURCES:
            dated.append(candidate)
    for candidate in settled:
        if candidate.type == "anniversary" and candidate.date.precision != YEAR:
            # An anniversary is of a year: "kỷ niệm 30 năm" on a given day is still the 30th year's.
            end = candidate.date.end
            candidate.date = DateSpan(date(end.year, 1, 1), date(end.year, 12, 31), YEAR, "", 0, True)
    return settled
