"""Events: the cues of each sentence (extraction.cues) read with their dates, participants and place, then
merged into the article's occasions, each with its facts (extraction.event_facts) and title (extraction.titles).

A sentence can tell several events ("sẽ thăm chính thức Nhật Bản và đồng chủ trì
Phiên họp thứ 12 …"); an event is told again by later sentences ("Trong chuyến
thăm, …", "Tại buổi tiếp, …", "Đây là chuyến thăm …"), which add a mention to
it rather than a new event. A cue with no date of its own takes the date of the
event of the same type it refers to, else of the event the sentence refers back
to ("Nhân dịp này", "Cùng ngày"), else the article's news day, else the year
of the article (year precision). Generic mentions ("các chuyến thăm") are not events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .actors import ordered_people
from .acts_on_relations import act_on_relations, is_establishment
from .alternation import any_of
from .attended_on_a_visit import attended_on_the_visit, met_on_the_sidelines
from .built_once import built_once
from .candidates import (
    KEPT_APART,
    Candidate,
    another_pairs,
    confidence_of,
    own_people,
    two_counterparts,
    two_visits,
)
from .clause_people import clause_people, company, sentence_people
from .cue_types import cue_type
from .cues import (
    STRONG,
    THIS_ONE_AFTER,
    Cue,
    continues_plan,
    find_cues,
    is_planned,
)
from .date_contexts import ANOTHER_CLAUSE, days_of_another
from .dates import as_months, find_dates
from .draft_reasons import mark_rivals, why_draft
from .event_dates import PARTIES, SAME_DAY_SAID, settle_dates
from .event_facts import article_pair, event_facts, gathering_told
from .event_types import ONE_DAY_EVENTS
from .folding import fold
from .lists import split_lists
from .parties import name_the_two_holders, with_office_holders
from .persons import PersonIndex, PersonMention
from .places import place_of_event
from .records import DAY, YEAR, DateSpan, FoundEvent, Participant, YearGuess
from .reference import HOME_COUNTRY, country_names, places_in
from .referring_back import anaphoric_opening, day_shift
from .relationship_dates import (
    anniversary_year,
    counted_from_establishment,
    establishment_date,
    establishment_days_written,
    years_counted,
)
from .sentence_dates import BEGINS_BEFORE, occasion_months, occasion_of_another
from .sentence_people import not_its_speaker, offices_of_countries_before
from .sentence_reading import SentenceReading, next_start, read_sentence
from .tellings import gather, naming_and_dating
from .that_year import that_year
from .titles import compose_title
from .visit_days import day_told_after, last_day_only, widen_visits, within_the_visit

DEPARTS = re.compile(r"\blên đường\b", re.IGNORECASE)
OPENING_CHARS = 25  # a cue this near the sentence's start is in its opening phrase ("Mở đầu cuộc điện đàm, …")
THIS_AFTER = re.compile(r"\s*(?:\w+\s+)?này\b")
# "chuyến thăm kéo dài chưa đầy 12 giờ", "chuyến thăm X trong một ngày": a visit of hours, on the day of its acts.
HOURS_LONG = re.compile(
    r"[^,.;]{0,40}?\s(?:kéo dài|chỉ|trong)\s+(?:(?:chưa đầy|khoảng|gần|hơn)\s+)?"
    r"(?:\d{1,2}\s*(?:giờ|tiếng)|(?:một|1) ngày)\b"
)
WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
OWN_DAYS_CHARS = 80  # how far after a gathering's name its own days are written
# "về đến Hà Nội, kết thúc chuyến tham dự Tuần lễ Cấp cao APEC": the day of the return, not the gathering's.
TRIP_ENDED = re.compile(r"\bkết thúc (?:tốt đẹp )?chuyến (?:tham dự|dự|công tác|công du)\b[^.;]*$", re.I)
SIDELINES = re.compile(r"\b(?:bên lề|trước thềm)\s+$", re.I)  # "trước thềm": on the eve of


def _told_already(reading: SentenceReading, i: int, kind: str, seen_types: dict[str, Candidate]) -> bool:
    """A second cue of a type already read in the sentence tells the same event (it may bring the date),
    unless it has a counterpart of its own or the first only referred back."""
    cue = reading.cues[i]
    if reading.one_per_counterpart and reading.objects.get(i):
        seen_types.pop(kind, None)
    next_cue = next_start(i, reading.cues, len(reading.sentence))
    if cue.refers_back and any(
        cue.end <= d.offset < min(next_cue, cue.end + 80)
        and not ANOTHER_CLAUSE.search(reading.sentence, cue.end, d.offset)
        and not (cue.start < OPENING_CHARS and "," in reading.sentence[cue.end : d.offset])
        for d in reading.dates
    ):
        # "thành công chuyến thăm … (18-20/10)": dated, so told here; but not by the date of another clause
        # ("cuộc điện đàm đầu tiên sau khi ông X nhậm chức vào tháng 1"), nor of the clause after an opening
        # that refers back ("Mở đầu cuộc điện đàm, A chúc mừng … thắng cử ngày 3/5").
        cue.refers_back = False
    first = seen_types.get(kind)
    if first is not None and kind == "anniversary" and another_pairs(reading.sentence, cue, first):
        seen_types.pop(kind)  # "A và B kỷ niệm …; cùng năm, A và C kỷ niệm …": another pair's anniversary
        return False
    if first is not None and first.cue.refers_back and not cue.refers_back:
        seen_types.pop(kind)  # "Đây là chuyến thăm …, sau chuyến thăm Ấn Độ vào tháng Ba": two visits
        return False
    if first is None or kind == "upgrade":
        return False
    travellers = kind == "visit" and two_visits(
        reading.sentence, reading.cues, reading.persons, first, i, reading.assigned
    )
    if travellers:  # "… kết thúc chuyến thăm Việt Nam và lên đường thăm Campuchia", "chuyến thăm … của B"
        first.persons = travellers[0] or first.persons
        if travellers[1]:
            reading.owners[i] = travellers[1]
        return False
    own = reading.assigned.get(i) if not cue.refers_back else None
    if first.date is not None and own is not None and not first.date.overlaps(own):
        seen_types.pop(kind)  # "năm 2015 A thăm Hà Nội và năm 2018 B thăm Lima": two visits
        return False
    _date_told_again(reading, i, kind, first, own)
    first.persons = first.persons or sentence_people(reading, i)  # "chuyến thăm gần nhất … là chuyến thăm của B"
    return True


def _date_told_again(reading: SentenceReading, i: int, kind: str, first: Candidate, own: DateSpan | None):
    """What a second cue of the event's type brings: the date the first had not, or a visit's days."""
    if kind != "message" and first.date is None and i in reading.assigned and not reading.cues[i].refers_back:
        first.date = reading.assigned[i]
    if kind == "visit" and first.date is not None and own is not None and last_day_only(reading.sentence, own):
        first.date = as_months(own)
    elif kind == "visit" and first.date is not None and own is not None and _days_around(own, first.date):
        first.date = own  # "tới Moskva trưa 20/3, bắt đầu chuyến thăm … từ ngày 20 đến 22/3": the visit's days
    elif first.date is not None and own is not None and first.date.precision == YEAR != own.precision:
        first.date = own  # "Năm 2018, chuyến thăm …: A thăm X từ ngày 2-4/3": the days within the year


def _days_around(span: DateSpan, day: DateSpan) -> bool:
    return span.precision == day.precision == DAY and span.start <= day.start <= day.end <= span.end != span.start


@built_once
def _state_parties() -> re.Pattern:
    """The states themselves as the parties: "Hai nước …", "Việt Nam và Anh …" opening the sentence or its
    first clause."""
    names = any_of(country_names())
    # After an opening of time or place, if any: "Ngày 19/8, Việt Nam và Singapore đã ký …".
    return re.compile(rf"^(?:[^,;:]{{0,50}},\s*){{0,2}}(?:[Hh]ai nước|(?:{names}) và (?:{names}))\b")


def _candidate(reading: SentenceReading, i: int, kind: str) -> Candidate:
    cue, sentence = reading.cues[i], reading.sentence
    # "Chuyến thăm của A diễn ra sau chuyến thăm Việt Nam của B", "chuyến công du … tạo đà trước thềm Hội nghị G20
    # tại New Delhi": a place told for the next visit or gathering is not this one's.
    following = next((c.start for c in reading.cues if c.start > cue.start and c.type in ("visit", "conference")), None)
    place = place_of_event(sentence, kind, cue.start, cue.end, following)
    candidate = Candidate(
        type=kind,
        sentence_index=reading.index,
        sentence=sentence,
        cue=cue,
        persons=[reading.owners[i]]
        if i in reading.owners
        else clause_people(reading, i)
        or (company(i, reading) if reading.one_per_counterpart else sentence_people(reading, i)),
        date=None if cue.refers_back else reading.assigned.get(i),
        place=place.name if place else None,
        place_country=place.country if place else None,
        planned=is_planned(sentence, cue, reading.assigned.get(i)),
        agreements=reading.agreements if kind in ("signing", "upgrade") else [],
        anaphora_type=reading.anaphora_type,
        day_shift=day_shift(sentence),
        anaphoric=reading.anaphoric,
    )
    # "Hai nước ký Hiệp định … ngày 30/9/2020", "hai Tổng thống chứng kiến lễ ký": a dated signing between
    # parties the sentence makes explicit needs no name.
    parties = _state_parties().search(sentence) or PARTIES.search(sentence)
    states_sign = kind == "signing" and candidate.date is not None and bool(parties)
    weak_alone = (
        not STRONG[kind]
        and not reading.persons
        and not (kind == "visit" and place is not None)
        and not states_sign
        and not offices_of_countries_before(sentence, cue)
    )
    candidate.weak = weak_alone or cue.refers_back
    _own_date(reading, candidate)
    if kind == "visit" and candidate.date is not None:
        # "đã tới Busan chiều 29.10, bắt đầu chương trình … từ ngày 29.10 đến 1.11": the stay, not the arrival.
        # (Not "…, sau khi kết thúc chuyến thăm Chile từ ngày 9-12/11": another visit's.)
        later = (
            d for d in reading.dates
            if d.offset > cue.end and _days_around(d, candidate.date)
            and not ANOTHER_CLAUSE.search(sentence, cue.end, d.offset)
        )  # fmt: skip
        candidate.date = next(later, candidate.date)
        if last_day_only(sentence, candidate.date):
            candidate.date = as_months(candidate.date)
    return candidate


def _own_date(reading: SentenceReading, candidate: Candidate) -> None:
    """The date a candidate takes from its own sentence, for the kinds of cue that read it their way."""
    cue, kind = candidate.cue, candidate.type
    if (
        candidate.date is not None
        and candidate.date.offset > cue.end
        and SAME_DAY_SAID.search(reading.sentence, 0, cue.start)
        and not (kind == "visit" and BEGINS_BEFORE.search(reading.sentence, max(0, cue.start - 12), cue.start))
    ):
        # "Trước đó, sáng cùng ngày, A chủ trì lễ đón B, đang thăm … từ ngày 11 đến 13-12": the day written before.
        candidate.date = None  # (but "tới X sáng cùng ngày, bắt đầu chuyến thăm … từ 11 đến 12-7": the visit's own)
    ranges = [d for d in reading.all_dates if d not in reading.dates]
    if kind == "anniversary" and ranges:
        candidate.date = ranges[0]
    if kind == "anniversary" and candidate.date is None:
        named = {p.country for p in places_in(reading.sentence) if p.is_country} | {HOME_COUNTRY}
        candidate.date = counted_from_establishment(reading.sentence, named)
    if (
        candidate.date is not None
        and candidate.date.precision == DAY
        and _an_occasion_of_another_day(reading, candidate)
        and not _its_own_days(reading, candidate)
        and not HOURS_LONG.match(reading.sentence, candidate.cue.end)
    ):
        # "Nhân dịp thăm …, chiều 12/9, A gặp B": the day is the meeting's; the visit's is its month.
        candidate.date = as_months(candidate.date)
    if candidate.date is None:
        candidate.date = occasion_months(reading.sentence, reading.cues, reading.assigned, candidate)
    visit_span = within_the_visit(reading, candidate)
    opening = anaphoric_opening(reading.sentence)
    if visit_span is not None and opening is not None and opening[0] in ONE_DAY_EVENTS:
        # "Trước lễ ký, A tiếp B, người đang thăm … từ ngày 24 đến 26/7": on the signing's day, which it refers to.
        candidate.date = None
    elif visit_span is not None:
        # "thăm chính thức … từ 15 đến 17/9, đồng chủ trì Phiên họp …", "kết thúc chuyến thăm từ 30/1-2/2, trong đó
        # hai nước đã ký …": which of the visit's days the sentence does not say.
        candidate.date = day_told_after(reading, candidate, visit_span) or as_months(visit_span)
    if act_on_relations(cue) != "raised":
        candidate.date = establishment_date(reading.sentence, cue, reading.dates, reference=is_establishment(cue))
        candidate.weak = candidate.date is None
        if candidate.date is not None and not candidate.date.text:
            candidate.date_source = "reference"  # the sentence writes no date: the reference data's year


def _an_occasion_of_another_day(reading: SentenceReading, candidate: Candidate) -> bool:
    """The candidate is named as the occasion of another event of its sentence, whose day the sentence writes."""
    cue, kind = candidate.cue, candidate.type
    in_context = reading.context_until is not None and cue.start < reading.context_until
    in_context = in_context or (kind == "conference" and _gathering_named_in_passing(reading, cue))
    in_context = in_context or occasion_of_another(reading.sentence, reading.cues, candidate)
    # "Chiều 10/9, A hội đàm với B và đoàn … thăm cấp nhà nước": a visit named after another event of the
    # sentence, dated only by the sentence's opening date, is the occasion of that event, not of that day.
    named_after = kind == "visit" and any(other.start < cue.start for other in reading.cues if other is not cue)
    opening_date = candidate.date is not None and candidate.date.offset < reading.cues[0].start
    # "Ngày 3/10, Thủ tướng lên đường dự Hội nghị X": the day is the departure's; the conference's is its month.
    departs = kind == "conference" and opening_date and bool(DEPARTS.search(reading.sentence, 0, cue.start))
    return bool(in_context or (named_after and opening_date) or departs)


# "trong khuôn khổ Hội nghị cấp cao ASEAN lần thứ 27, tổ chức tại Kuala Lumpur từ ngày 21 đến 22-11": its own days.
HELD_ON = re.compile(r"\b(?:tổ chức|diễn ra|khai mạc|nhóm họp)\b", re.IGNORECASE)


def _its_own_days(reading: SentenceReading, candidate: Candidate) -> bool:
    """A gathering's days written after it, said to be when it is held, with no other cue between."""
    cue, span = candidate.cue, candidate.date
    if candidate.type != "conference" or span.offset < cue.end:
        return False
    between = any(cue.end <= other.start < span.offset for other in reading.cues if other is not cue)
    return not between and bool(HELD_ON.search(reading.sentence, cue.end, span.offset))


def _gathering_named_in_passing(reading: SentenceReading, cue: Cue) -> bool:
    """ "hội đàm bên lề Hội nghị X ngày 31/5", "về đến Hà Nội, kết thúc chuyến tham dự Hội nghị X": the day is the
    talks' or the return's; the conference's is its month. Not when its own days follow it ("bên lề Hội nghị X
    diễn ra từ ngày 22-24/10, chiều 23/10, …")."""
    own_days = any(cue.end <= d.offset < cue.end + OWN_DAYS_CHARS and d.start != d.end for d in reading.dates)
    before = reading.sentence[: cue.start]
    return bool(SIDELINES.search(before) or TRIP_ENDED.search(before)) and not own_days


def _clause_candidates(
    index: int, sentence: str, persons: list[PersonMention], year: YearGuess, published
) -> list[Candidate]:
    """The events one sentence (or clause) tells, as candidates (several cues of one type are one event)."""
    reading = read_sentence(index, sentence, persons, year, published)
    if reading is None:
        return []
    candidates: list[Candidate] = []
    seen_types: dict[str, Candidate] = {}
    for i, cue in enumerate(reading.cues):
        kind = cue_type(sentence, cue)
        if _told_already(reading, i, kind, seen_types):
            continue
        seen_types[kind] = candidate = _candidate(reading, i, kind)
        if candidates and continues_plan(sentence, candidates[-1].cue, cue) and candidates[-1].planned:
            candidate.planned = True  # "A sẽ hội đàm với B, hội kiến C": the plan goes on
        candidates.append(candidate)
    attended_on_the_visit(candidates), met_on_the_sidelines(candidates)
    return split_lists(candidates, reading.all_dates, sentence)


def _dated_clauses(sentence: str, year: YearGuess, published) -> list[tuple[int, int]]:
    """ "Năm 2009, hai nước …; năm 2015, A thăm …": the (start, end) of clauses split by semicolons when every
    one tells a dated event of its own; [] when the sentence is not such a list."""
    if ";" not in sentence:
        return []
    bounds, start = [], 0
    for part in sentence.split(";"):
        bounds.append((start, start + len(part)))
        start += len(part) + 1
    told = [find_cues(sentence[a:b]) and find_dates(sentence[a:b], year, published) for a, b in bounds]
    return bounds if len(bounds) > 1 and all(told) else []


def sentence_candidates(
    index: int, sentence: str, persons: list[PersonMention], year: YearGuess, published
) -> list[Candidate]:
    """The events one sentence tells; a list of dated clauses is read clause by clause, each with its own
    people and dates (the evidence stays the sentence)."""
    clauses = _dated_clauses(sentence, year, published)
    if not clauses:
        return _clause_candidates(index, sentence, persons, year, published)
    candidates = []
    for start, end in clauses:
        own = {id(m): m for m in persons if start <= m.offset < end}
        shifted = {id(m): replace(m, offset=m.offset - start, end=m.end - start) for m in own.values()}
        back = {id(copy): own[key] for key, copy in shifted.items()}
        for candidate in _clause_candidates(index, sentence[start:end], list(shifted.values()), year, published):
            candidate.sentence = sentence
            candidate.cue.start, candidate.cue.end = candidate.cue.start + start, candidate.cue.end + start
            candidate.persons = [back.get(id(p), p) for p in candidate.persons]
            candidates.append(candidate)
    return candidates


def _share_people(a: Candidate, b: Candidate) -> bool:
    """Nobody named on one side, or someone in common and no two different counterparts ("A chào B, hội kiến
    C": two meetings; "A sẽ hội kiến B" is not A's meeting with C told later)."""
    names_a, names_b = {fold(p.name) for p in a.persons}, {fold(p.name) for p in b.persons}
    if not names_a or not names_b:
        return True
    return bool(names_a & names_b) and not two_counterparts(a, b)


def _article_candidates(sentences: list[str], persons: PersonIndex, year: YearGuess, published):
    candidates: list[Candidate] = []
    for index, sentence in enumerate(sentences):
        mentions = persons.by_sentence[index] if index < len(persons.by_sentence) else []
        mentions = with_office_holders(sentence, mentions, persons.by_sentence[: index + 1])
        told = that_year(sentences, index, year, published)  # "Tháng 11 cùng năm": the year written before
        candidates += sentence_candidates(index, sentence, mentions, told or year, None if told else published)
    name_the_two_holders(candidates, persons)
    return candidates


def _joins(group: list[Candidate], candidate: Candidate) -> bool:
    """One occasion: one type, overlapping dates, someone in common with a telling that names people (a
    telling that names nobody joins any), no two counterparts, nothing that keeps them apart (KEPT_APART)."""
    first = group[0]
    # "… nhân dịp 75 năm thiết lập quan hệ", "… đúng ngày kỷ niệm 75 năm … (18/1/1950)": one anniversary, whichever
    # date each sentence writes of it (the one it counts from, the one it is celebrated on).
    one_anniversary = first.type == candidate.type == "anniversary" and years_counted(first) == years_counted(candidate)
    same_type = first.type == candidate.type or _the_talks_told_again(first, candidate)
    # Every telling's dates, not the first's: a visit of the month joins that of 8-10/11, not then that of 11-12/11.
    if not same_type or not (all(m.date.overlaps(candidate.date) for m in group) or one_anniversary):
        return False
    if any(apart(m, candidate) for m in group for apart in KEPT_APART):
        return False
    if one_anniversary:
        return True  # the pair's anniversary, whoever each sentence names at it (its participants are the states)
    group_of = gathering_told(first) if first.type == "conference" else ""
    if group_of and group_of == gathering_told(candidate):
        return True  # one group's summit, whichever of those present each sentence names
    named = [m for m in group if own_people(m)]
    if not own_people(candidate) or not named:
        return True
    return any(_share_people(m, candidate) for m in named) and not any(two_counterparts(m, candidate) for m in named)


def _the_talks_told_again(a: Candidate, b: Candidate) -> bool:  # "Trong cuộc gặp với A, B …" after their talks
    meeting = a if a.type == "meeting" else b
    return {a.type, b.type} == {"talks", "meeting"} and meeting.anaphoric and meeting.anaphora_type == "meeting"


def _occasions(candidates: list[Candidate]) -> list[list[Candidate]]:
    """The settled candidates grouped by occasion."""
    groups: list[list[Candidate]] = []
    for candidate in candidates:
        if (
            candidate.type == "visit"
            and candidate.date.precision == YEAR
            and (candidate.date_source != "own" or not WRITTEN_YEAR.search(candidate.date.text))
            and not (candidate.planned and candidate.date_source == "own")  # "sẽ thăm Lima vào mùa thu năm nay"
        ):
            # "chào mừng A thăm … đúng vào năm kỷ niệm 75 năm", or a year borrowed from another visit ("trong
            # chuyến thăm Nam Phi năm 2019"): the visit is the month of its activities when the article dates them.
            _the_visit_of_its_activities(candidate, candidates)
        group = next((g for g in groups if _joins(g, candidate)), None)
        if group is None and candidate.cue.refers_back:
            # "Sau lễ đón, …": a cue that refers back is a mention of an event told, never one of its own.
            group = next(
                (g for g in groups if g[0].type == candidate.type and g[0].date.overlaps(candidate.date)), None
            )
            if group is None and not (
                _names_this_one(candidate) and _the_visit_of_its_activities(candidate, candidates)
            ):
                continue
        if group is None:
            groups.append([candidate])
        else:
            group.append(candidate)
    return groups


def _names_this_one(candidate: Candidate) -> bool:
    """ "chuyến thăm … lần này", "chuyến thăm này": the occasion the article is about, not one recalled."""
    return bool(
        THIS_ONE_AFTER.match(candidate.sentence[candidate.cue.end :])
        or THIS_AFTER.match(candidate.sentence[candidate.cue.end : candidate.cue.end + 12])
    )


def _the_visit_of_its_activities(candidate: Candidate, candidates: list[Candidate]) -> bool:
    """ "Chuyến thăm … lần này" in an article that tells the visit only by its activities (the welcome, the
    talks) and never dates it: the visit is the month of its first dated activity with the visitor in it.
    True when `candidate` was made that visit."""
    if candidate.type != "visit" or not candidate.persons:
        return False
    names = {p.name for p in candidate.persons}
    activities = [
        c for c in candidates
        if c.type != "visit" and not c.weak and c.date is not None and c.date.precision == DAY
        and names & {p.name for p in c.persons}
    ]  # fmt: skip
    if not activities:
        return False
    month = as_months(min(activities, key=lambda c: c.date.start).date)
    own = candidate.date is not None and candidate.date_source == "own" and not candidate.cue.refers_back
    if own and not candidate.date.overlaps(month):
        return False  # its own words date it to another year
    told = [
        c for c in candidates
        if c.type == "visit" and c is not candidate and not c.cue.refers_back and c.date is not None
        and c.date.precision != YEAR
    ]  # fmt: skip
    if told:
        return False  # the article tells a visit of its own: "chuyến thăm" refers to that one
    candidate.date, candidate.date_source, candidate.weak = month, "anaphora", False
    return True


@dataclass
class ArticleContext:
    """What every event of an article is read against."""

    year: YearGuess
    agreements: list[str]  # every agreement the article names, for titles
    pair: set[str]  # the relationship the article is about
    offices: dict[str, str]  # person -> the office the article gives them


# Events of the states themselves: their participants are the countries (the leaders a sentence names beside them
# are at another event, the visit of an anniversary); so are establishments (EventFacts.establishes_relations).
STATE_EVENTS = {"anniversary"}


def _found_event(group: list[Candidate], article: ArticleContext) -> FoundEvent:
    best, dating = naming_and_dating(group)
    # The title is composed from the best sentence's own people, before the group's are gathered.
    title = (best.title or compose_title(best, article.agreements))[:300]
    gather(best, group)
    facts = event_facts(best, article.pair)
    if best.type == "anniversary":
        best.date = anniversary_year(best, facts.countries, article.year.year)
    if days_of_another(best.type, best.date, dating.sentence):
        best.date = as_months(best.date)  # a meeting told with the days of the visit or summit it was held at
    return FoundEvent(
        type=best.type,
        title=title,
        date=best.date,
        evidence=dating.sentence,
        sentence_index=dating.sentence_index,
        place=best.place,
        countries=facts.countries,
        participants=[
            Participant(p.name, p.title)
            for p in ordered_people(best)
            if best.type not in STATE_EVENTS and not facts.establishes_relations
        ],
        agreements=list(best.agreements),
        planned=best.planned,
        confidence=confidence_of(best),
        why_draft=why_draft(best, article.year, article.offices),
        date_source=best.date_source,
        level=facts.level,
        establishes_relations=facts.establishes_relations,
        ordinal=facts.ordinal,
        gathering=facts.gathering,
        visitor=facts.visitor,
        host=facts.host,
    )


# "Sau cuộc hội đàm, …", "Tại hội đàm, …": talks named in passing, as the article's own occasion.
TALKS_NAMED = re.compile(r"\b(?:cuộc|buổi|vòng) hội đàm\b|\b(?:[Ss]au|[Tt]ại|[Tt]rong) hội đàm\b")


def _the_talks_named_later(events: list[FoundEvent], sentences: list[str], persons: PersonIndex) -> None:
    """ "A tiếp B tại Nhà Trắng. Sau cuộc hội đàm, ông A nói …": the one meeting of two countries' leaders that a
    day's article tells is the talks it names afterwards with none but them, when it tells no talks of their own."""
    meetings = [
        e for e in events
        if e.type == "meeting" and len(e.participants) == 2 and len(e.countries) == 2 and e.date.precision == DAY
    ]  # fmt: skip
    if len(meetings) != 1 or any(e.type == "talks" for e in events):
        return
    theirs = {p.name for p in meetings[0].participants}
    named_with_them = (
        {m.name for m in mentions}
        for sentence, mentions in zip(sentences, persons.by_sentence, strict=False)
        if TALKS_NAMED.search(sentence)
    )
    if any(named and named <= theirs for named in named_with_them):
        meetings[0].type = "talks"


def build_events(sentences: list[str], persons: PersonIndex, year: YearGuess, published=None) -> list[FoundEvent]:
    """The article's events, each told once, with the most precise date any of its mentions gave."""
    candidates = _article_candidates(sentences, persons, year, published)
    establishment_days_written(candidates, sentences)
    agreements = list(dict.fromkeys(a for candidate in candidates for a in candidate.agreements))
    offices = {person.name: person.title for person in persons.persons}
    article = ArticleContext(year, agreements, article_pair(persons, sentences), offices)
    today = published if published is not None and published.precision == DAY else None
    settled = settle_dates(candidates, sentences, year, today, published, _share_people)
    for candidate in settled:
        not_its_speaker(candidate, year.year)  # once dated: a milestone years before the news
    events = [_found_event(group, article) for group in _occasions(settled)]
    _the_talks_named_later(events, sentences, persons)
    widen_visits(events, sentences, year, published)
    mark_rivals(events)
    return sorted(events, key=lambda e: (e.date.start, e.sentence_index))
