"""The days of a visit, from what else the article writes of it: a visit is often dated in one sentence by
the day it began or by one of its activities, and its span is written in another ("kết thúc chuyến thăm" on a
later day, "Chuyến thăm diễn ra từ 14 đến 15/4") or as a length ("bắt đầu chuyến thăm kéo dài ba ngày").

Run on the article's events once they are built: each rule widens the one visit it can only mean. While a
sentence is read, within_the_visit says which activity its visit of several days holds, on a day unsaid."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from .dates import UNTIL_BEFORE, as_months, find_dates
from .event_types import OCCASIONS_OF_DAYS
from .lists import trip_legs
from .news_day import VISIT_ENDS, days_written
from .numbers import number_in
from .records import DAY, DateSpan, FoundEvent, YearGuess
from .sentence_dates import OCCASION_BEFORE

if TYPE_CHECKING:
    from .candidates import Candidate
    from .cues import Cue
    from .sentence_reading import SentenceReading

# "… và kết thúc chuyến thăm": the day a visit ends, when its sentence writes it (or the sentences before it do).
LONGEST_VISIT_DAYS = 14
# "Chuyến thăm diễn ra từ ngày 14-15/4.", "Chuyến công tác kéo dài từ …": the visit told as the sentence's
# subject, with no one named before its span (a visit of someone else's is told with its visitor); also after
# its source ("Theo thông báo của Bộ Ngoại giao, chuyến thăm diễn ra …").
VISIT_AS_SUBJECT = re.compile(
    r"^\W*(?:Theo [^,.;]{3,60},\s*)?(?:Dự kiến,?\s+)?Chuyến (?:thăm|công tác)(?: (?:này|lần này))?\s", re.I
)
# "bắt đầu chuyến thăm … kéo dài ba ngày", "bắt đầu chuyến thăm 3 ngày": the length of a visit its day began.
BEGINS = re.compile(r"\b(?:bắt đầu|mở đầu) (?:chuyến|chương trình) (?:thăm|công tác)\b", re.I)
LENGTH = re.compile(
    r"\b(?:kéo dài|trong)\s+(?P<n>\d{1,2}|\w+(?: \w+)?)\s+ngày\b|\bchuyến (?:thăm|công tác)\b[^,.;]{0,60}?"
    r"\b(?P<m>\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s+ngày\b",
    re.I,
)

# "sẽ thăm … trong ba ngày, bắt đầu từ thứ Năm tuần tới (11/1)": the length, then the day it begins.
STARTING_FROM = re.compile(r",?\s*bắt đầu (?:từ\s+)?(?:ngày\s+)?", re.I)


def widen_visits(events: list[FoundEvent], sentences: list[str], year: YearGuess, published: DateSpan | None):
    """Each rule of this module, in turn, on the article's events."""
    _until_their_end(events, sentences, year, published)
    _spans_told_apart(events, sentences, year, published)
    _lasting_until(events, sentences, year, published)
    _lengths(events)
    _lengths_ending(events)
    _nth_day(events)
    _begun_and_ended(events, year, published)
    _arrival_until_its_activities(events)
    for visit in [e for e in events if e.type == "visit" and e.date.precision == DAY and e.date.start < e.date.end]:
        _drop_its_end(events, visit)  # "rời La Habana, kết thúc chuyến thăm" on the last day of "từ ngày 25-27/9"
        _drop_sites_visited(events, visit)  # "Chiều nay, A dự kiến thăm Tử Cấm Thành và hội kiến B"
        _outcomes_of_the_trip(events, visit)
    for visit in _day_visits(events):
        # "thăm New Delhi từ ngày 20/3", its end told nowhere: from that day, on days unsaid.
        from_the_day = visit.date_source == "own" and FROM_BEFORE.search(visit.evidence, 0, visit.date.offset)
        if (VISIT_ENDS.search(visit.evidence) and not BEGUN.search(visit.evidence)) or from_the_day:
            # "Kết thúc tốt đẹp chuyến thăm X, A lên đường thăm Y": the day a visit ends, or the next is set out for,
            # no other day of it told: of that month, not of one day. (A visit "bắt đầu" that day keeps its day.)
            visit.date = as_months(visit.date)


# "rời Hà Nội chiều 11/9, kết thúc chuyến thăm … với dấu mốc: hai nước nâng cấp quan hệ": what the trip achieved.
OUTCOMES = ("upgrade", "signing")


def _outcomes_of_the_trip(events: list[FoundEvent], visit: FoundEvent):
    """An upgrade or a signing told with the departure that ends a visit of several days is of the visit's days,
    not of the departure's: the same outcome told with its own day is that one; else its months."""
    for event in [e for e in events if e.type in OUTCOMES and VISIT_ENDS.search(e.evidence)]:
        if event.date.precision != DAY or (event.date.start, event.date.end) != (visit.date.end, visit.date.end):
            continue
        days = (visit.date.start, visit.date.end - timedelta(days=1))
        if any(
            e is not event and e.type == event.type and e.date.precision == DAY and days[0] <= e.date.start <= days[1]
            for e in events
        ):
            events.remove(event)  # told again: the outcome of that day
        else:
            event.date = as_months(visit.date)


# "đặt chân đến sân bay Nội Bài tối 29/1", "tới Hà Nội chiều 29/1, bắt đầu chuyến thăm": the day it began.
ARRIVED = re.compile(r"\b(?:đến|tới|đặt chân|bắt đầu)\b", re.IGNORECASE)
ACTIVITY_DAYS_AFTER = 4


def _arrival_until_its_activities(events: list[FoundEvent]):
    """A visit dated by the day its visitor arrived, whose activities in the host country the article dates on
    the days after ("hội đàm sáng 30/1"), spans them too."""
    for visit in _day_visits(events):
        if visit.date_source != "own" or not visit.host or not visit.participants:
            continue
        if not ARRIVED.search(visit.evidence, 0, max(0, visit.date.offset)):
            continue
        visitor = visit.participants[0].name
        later = [
            e.date.end for e in events
            if e.type not in ("visit", "upgrade", "anniversary") and e.date.precision == DAY
            and visit.host in e.countries and any(p.name == visitor for p in e.participants)
            and 0 < (e.date.end - visit.date.start).days <= ACTIVITY_DAYS_AFTER
        ]  # fmt: skip
        if later:
            visit.date = _widened(visit, visit.date.start, max(later))


def _day_visits(events: list[FoundEvent]) -> list[FoundEvent]:
    return [e for e in events if e.type == "visit" and e.date.precision == DAY and e.date.start == e.date.end]


def _widened(visit: FoundEvent, start, end) -> DateSpan:
    span = visit.date
    return DateSpan(start, end, DAY, span.text, span.offset, span.year_inferred)


def _until_their_end(events, sentences, year, published):
    """A visit dated by the day it began ("đến Hà Nội, bắt đầu chuyến thăm" on the 11th) that the article ends
    later ("kết thúc chuyến thăm" on the 12th) spans both days: the last visit begun before that day."""
    if not any(VISIT_ENDS.search(sentence) for sentence in sentences):
        return  # the days written are read only for an article that ends a visit
    days = days_written(sentences, year, published)
    ends = [
        (days[i].through, sentence)
        for i, sentence in enumerate(sentences)
        if VISIT_ENDS.search(sentence) and days[i].through
    ]
    visits = [e for e in events if e.type == "visit"]
    for end, sentence in ends:
        begun = [
            e
            for e in _day_visits(events)
            if e.date_source == "own"
            and 0 < (end.start - e.date.start).days <= LONGEST_VISIT_DAYS
            and _ended_by(sentence, e, visits)
        ]  # fmt: skip  (a visit dated by its own words: not one given the news day, which may be any)
        if begun:
            visit = max(begun, key=lambda e: e.date.start)
            visit.date = _widened(visit, visit.date.start, end.start)
            _drop_its_end(events, visit)


def _ended_by(sentence: str, visit: FoundEvent, visits: list[FoundEvent]) -> bool:
    """The sentence that ends a visit names its traveller, or no traveller of another visit ("A sẽ rời Moskva vào
    ngày mai, kết thúc chuyến thăm" ends A's visit, not B's one-day trip told after it)."""

    def named(event: FoundEvent) -> bool:
        return any(word in sentence for p in event.participants for word in p.name.split() if len(word) > 2)

    return named(visit) or not any(named(other) for other in visits if other is not visit)


def _drop_its_end(events: list[FoundEvent], visit: FoundEvent):
    """ "Ngày 5/2, A kết thúc chuyến thăm Peru": read alone, a visit of that day; once the visit begun on the 3rd
    spans it, the same visit told again, not one of its own (its sides, or the span's told with no visitor: "Chuyến
    thăm diễn ra từ ngày 3-5/2 theo lời mời của B" reads B as the traveller)."""
    told_again = [
        e for e in events
        if e is not visit and e.type == "visit" and VISIT_ENDS.search(e.evidence)
        and (_same_sides(e, visit) or VISIT_AS_SUBJECT.match(visit.evidence))
        and visit.date.start <= e.date.start and e.date.end <= visit.date.end
    ]  # fmt: skip
    for event in told_again:
        events.remove(event)


def _drop_sites_visited(events: list[FoundEvent], visit: FoundEvent):
    """A day's "thăm" of a place no reference names, by the visitor of a visit of several days that holds it: a site
    visited on the visit, not a visit of its own."""
    visitor = visit.participants[0].name if visit.participants else None
    sites = [
        e for e in events
        if e is not visit and e.type == "visit" and e.place is None and visit.place is not None
        and e.participants and e.participants[0].name == visitor and _same_sides(e, visit)
        and e.date.precision == DAY and e.date.start == e.date.end
        and visit.date.start <= e.date.start <= visit.date.end
    ]  # fmt: skip
    for event in sites:
        events.remove(event)


def _same_sides(a: FoundEvent, b: FoundEvent) -> bool:
    """The same visiting and host countries, or one of them untold on one side ("Chuyến thăm diễn ra từ …")."""
    return all(x is None or y is None or x == y for x, y in ((a.visitor, b.visitor), (a.host, b.host)))


WHAT_CAME_AROUND = re.compile(r"\b(?:sau|trước) khi\b", re.IGNORECASE)


def _spans_told_apart(events, sentences, year, published):
    """ "Chuyến thăm diễn ra từ ngày 14-15/4.": the span of the one visit the article dates within it (to its
    month, or to one of the days, by an activity); a sentence naming nobody is no visit of its own."""
    for sentence in sentences:
        if not VISIT_AS_SUBJECT.match(sentence) or len(trip_legs(sentence)) > 1:
            continue  # not a trip of several legs, whose span is no leg's (lists.per_leg)
        spans = [d for d in find_dates(sentence, year, published) if d.precision == DAY and d.start < d.end]
        if len(spans) != 1 or (spans[0].end - spans[0].start).days > LONGEST_VISIT_DAYS:
            continue
        span = spans[0]
        if WHAT_CAME_AROUND.search(sentence, 0, span.offset):
            continue  # "Chuyến thăm diễn ra ngay sau khi A dự Hội nghị X … 18 và 19-11": that occasion's days
        within = [
            e for e in events
            if e.type == "visit" and e.date.start <= span.start and span.end <= e.date.end
            and (e.date.precision != DAY or e.date.start == e.date.end)
        ] + [e for e in _day_visits(events) if span.start <= e.date.start <= span.end]  # fmt: skip
        if len({id(e) for e in within}) == 1:
            within[0].date = _widened(within[0], span.start, span.end)


def _lasting_until(events, sentences, year, published):
    """ "Chuyến thăm kéo dài đến hết ngày 1/10.": the last day of the one visit begun before it ("Hôm nay (30/9), A
    đến X, bắt đầu chuyến thăm …"), which spans both days; the sentence itself tells no visit of its own."""
    for sentence in sentences:
        if not VISIT_AS_SUBJECT.match(sentence):
            continue
        ends = [
            d for d in find_dates(sentence, year, published)
            if d.precision == DAY and d.start == d.end
            and UNTIL_BEFORE.search(sentence, max(0, d.offset - 20), d.offset)
        ]  # fmt: skip
        begun = [
            e for e in _day_visits(events)
            if e.date_source == "own" and e.evidence != sentence and BEGINS.search(e.evidence)
            and len(ends) == 1 and 0 < (ends[0].start - e.date.start).days <= LONGEST_VISIT_DAYS
        ]  # fmt: skip
        if len(begun) != 1:
            continue
        visit = begun[0]
        visit.date = _widened(visit, visit.date.start, ends[0].start)
        told = [e for e in events if e.type == "visit" and e.evidence == sentence and e.host in (None, visit.host)]
        for event in told:
            events.remove(event)


def _lengths(events):
    """ "tới Hà Nội tối 25/5, bắt đầu chuyến thăm … kéo dài ba ngày": from that day, for that many days. Only a visit
    its sentence says began that day: the day of an activity within a visit of three days is not its first."""
    for visit in _day_visits(events):
        sentence = visit.evidence
        begins, length = BEGINS.search(sentence), LENGTH.search(sentence)
        if not length or not (
            begins and begins.start() < length.start() or STARTING_FROM.match(sentence, length.end())
        ):
            continue
        days = number_in(length.group("n") or length.group("m"))
        if days and 1 < days <= LONGEST_VISIT_DAYS:
            visit.date = _widened(visit, visit.date.start, visit.date.start + timedelta(days=days - 1))


FROM_BEFORE = re.compile(r"\btừ\s+$", re.IGNORECASE)
BEGUN = re.compile(r"\b(?:bắt đầu|mở đầu)\b", re.IGNORECASE)


# "rời Jakarta tối 7/9, sau ba ngày dự Hội nghị …", "Đại hội đồng … bế mạc chiều 1/4 sau năm ngày làm việc": the
# occasion's days end on the day written.
AFTER_DAYS = re.compile(r"\bsau\s+(?P<n>\d{1,2}|\w+)\s+ngày\s+(?:dự|tham dự|thăm|làm việc|công tác|họp)\b", re.I)


def _lengths_ending(events):
    """An occasion dated by its own sentence to the day it ended, told with its length: that many days to it."""
    for event in events:
        if event.type not in OCCASIONS_OF_DAYS or event.date_source != "own":
            continue
        if event.date.precision != DAY or event.date.start != event.date.end:
            continue
        length = AFTER_DAYS.search(event.evidence)
        count = length.group("n") if length else None
        ends = VISIT_ENDS.search(event.evidence) if event.type == "visit" else None
        told = LENGTH.search(event.evidence, ends.start()) if ends and count is None else None
        if event.type == "visit" and count is None and told is None and CLOSED.search(event.evidence):
            # "Chuyến thăm 3 ngày tới Pháp của A, khép lại tại Bordeaux hôm qua": its days ended that day too
            told = LENGTH.search(event.evidence)
        # "rời Primorye hôm 17/9, kết thúc chuyến thăm Nga kéo dài 6 ngày": the visit's days ended that day
        count = count or (told.group("n") or told.group("m") if told else None)
        days = number_in(count) if count else None
        if days and 1 < days <= LONGEST_VISIT_DAYS:
            event.date = _widened(event, event.date.end - timedelta(days=days - 1), event.date.end)


CLOSED = re.compile(r"\b(?:khép lại|kết thúc)\b", re.IGNORECASE)


def _begun_and_ended(events, year: YearGuess, published):
    """ "rời Bordeaux chiều 22/9, kết thúc chuyến thăm … bắt đầu từ ngày 20/9": from the day it began to the one it
    ended, both written in its sentence."""
    for visit in _day_visits(events):
        sentence = visit.evidence
        if not VISIT_ENDS.search(sentence):
            continue
        days = [d for d in find_dates(sentence, year, published) if d.precision == DAY and d.start == d.end]
        began = [d for d in days if STARTED_ON.search(sentence, max(0, d.offset - 25), d.offset)]
        ended = [d for d in days if d not in began]
        if len(began) == 1 == len(ended) and 0 < (ended[0].start - began[0].start).days <= LONGEST_VISIT_DAYS:
            visit.date = _widened(visit, began[0].start, ended[0].start)


STARTED_ON = re.compile(r"\bbắt đầu (?:từ\s+)?(?:ngày\s+|hôm\s+)?$", re.IGNORECASE)
# "Trong ngày làm việc thứ hai của chuyến thăm … (13/12), …": the visit began the day before the one written.
NTH_DAY = re.compile(
    r"\bngày\s+(?:làm việc\s+|công tác\s+)?thứ\s+(?P<n>\d|\w+)\s+(?:của|trong)\s+chuyến\s+(?:thăm|công du|công tác)",
    re.IGNORECASE,
)


def _nth_day(events):
    """A visit dated by its sentence to the one day that is its n-th: the days before it are the visit's too."""
    for visit in (e for e in events if e.type == "visit" and e.date_source == "own"):
        nth = NTH_DAY.search(visit.evidence)
        if nth is None or visit.date.precision != DAY or visit.date.start != visit.date.end:
            continue
        n = number_in(nth.group("n"))  # "thứ hai", "thứ tư", "thứ 3"
        if n and 1 < n <= LONGEST_VISIT_DAYS:
            visit.date = _widened(visit, visit.date.start - timedelta(days=n - 1), visit.date.end)


def last_day_only(sentence: str, date: DateSpan) -> bool:
    """ "… trong khuôn khổ chuyến công tác kéo dài đến ngày 12/5", "Sáng 24/6, A rời Hà Nội, kết thúc chuyến thăm …":
    a trip's last day, not the days of a visit (unless they follow: "kết thúc chuyến thăm … từ ngày 22-24/6")."""
    one_day = date.precision == DAY and date.start == date.end
    departed = DEPARTED_ENDING.search(sentence, date.offset)
    # "rời Lima, kết thúc chuyến thăm … 3 ngày": the length is of the visit its cue names
    told_from = departed.end() - len(departed.group("ends")) if departed else 0
    departed = departed and not (DAYS_AFTER.search(sentence, departed.end()) or LENGTH.search(sentence, told_from))
    return one_day and bool(UNTIL_BEFORE.search(sentence, max(0, date.offset - 20), date.offset) or departed)


# (or arrived elsewhere: "Tối 27/3, A tới sân bay Nội Bài, kết thúc chuyến thăm Nhật Bản trước đó")
DEPARTED_ENDING = re.compile(rf"\b(?:rời|tới|đến) [^.;]{{2,60}}?,\s*(?P<ends>{VISIT_ENDS.pattern})", re.IGNORECASE)
DAYS_AFTER = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\bngày \d")


IN_WHICH = re.compile(r"\btrong đó\b[^,.;]*$", re.I)  # "…, trong đó hai nước đã ký …": a clause of what it follows


def within_the_visit(reading: SentenceReading, candidate: Candidate) -> DateSpan | None:
    """The span of several days of a visit the sentence tells, when `candidate` (no visit) took place within it:
    given the same days ("thăm … từ 15 đến 17/9, đồng chủ trì Phiên họp …", not a summit dated after it), or told
    in a clause of the visit ("…, trong đó hai nước đã ký …") or after it, dated by the sentence's opening day."""
    span = candidate.date
    if candidate.type == "visit" or span is None or span.precision != DAY:
        return None
    in_which = IN_WHICH.search(reading.sentence, max(0, candidate.cue.start - 40), candidate.cue.start)
    for i, other in enumerate(reading.cues):
        visit = reading.assigned.get(i)
        if other.type != "visit" or other is candidate.cue or visit is None:
            continue
        if visit.start == visit.end and not _set_out_to_begin(reading.sentence, other, visit, candidate):
            continue
        same_days = visit == span and not (candidate.type == "conference" and span.offset > candidate.cue.start)
        # "Rời Lima hôm nay, A sẽ tới Quito thăm Ecuador trong hai ngày 15-16/4 và gặp B": the opening day is the
        # departure's; the meeting is on one of the visit's days.
        opening = span.offset < reading.cues[0].start and visit.start <= span.start <= visit.end
        opening = opening and not OCCASION_BEFORE.search(reading.sentence, max(0, other.start - 30), other.start)
        if same_days or ((in_which or opening) and other.start < candidate.cue.start):
            return visit
    return None


def day_told_after(reading: SentenceReading, candidate: Candidate, visit: DateSpan) -> DateSpan | None:
    """ "thăm Peru từ ngày 20 đến 22/5, trong đó có cuộc hội đàm với B hôm 21/5": the one day of the visit written
    after the cue, before any other cue, is its event's."""
    end = next((cue.start for cue in reading.cues if cue.start > candidate.cue.end), len(reading.sentence))
    days = [d for d in reading.dates if candidate.cue.end <= d.offset < end and d.precision == DAY]
    return next((d for d in days if d.start == d.end and visit.start <= d.start <= visit.end and d != visit), None)


# "rời Bắc Kinh ngày 15/4, A sẽ tới Abu Dhabi, bắt đầu chuyến thăm UAE và hội đàm với B": the day of the departure.
DEPARTURE_BEFORE = re.compile(r"\brời\s+[^,.;]{2,40}?\s+(?:vào\s+)?(?:ngày\s+|hôm\s+)?$", re.IGNORECASE)


def _set_out_to_begin(sentence: str, cue: Cue, day: DateSpan, activity: Candidate) -> bool:
    """A visit begun on the day its visitor left elsewhere: what the sentence adds after it was done on one of the
    visit's days, which the sentence does not say."""
    return (
        bool(BEGINS.search(sentence, max(0, cue.start - 12), cue.end + 12))
        and bool(DEPARTURE_BEFORE.search(sentence, 0, day.offset))
        and cue.start < activity.cue.start
    )
