"""Reading one sentence around its cues: its dates and which cue takes which, how it opens (a reference back to
an event told before, an occasion named first), who in it takes part and, in a list of meetings, who is each
one's counterpart. events.py makes its candidate events from this reading."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .agreements import find_agreements
from .cues import THANKED_FOR, Cue, find_cues
from .dates import find_dates
from .event_dates import BOTH_LEADERS, SAME_DAY
from .persons import PersonMention
from .records import YEAR_UNKNOWN, DateSpan, YearGuess
from .referring_back import anaphoric_opening
from .sentence_dates import DATE_OPENS_CLAUSE, assign_dates, besides_clause
from .sentence_people import round_up, taking_part

CONTEXT_OPENING = re.compile(r"^(?:Nhân dịp|Nhân chuyến|Trong khuôn khổ|Trong dịp|Trong chuyến)\s(?!này)", re.I)
COUNTERPART_TYPES = {"meeting", "talks", "call", "message"}
IN_PASSING = re.compile(r"\btrong (?:cuộc |buổi |chuyến )?$")
AT_THE = re.compile(r"\btại $")  # "A và B tại cuộc gặp ở Lima": a caption's "at the meeting"


@dataclass
class SentenceReading:
    """What a sentence tells around its cues: its dates, how it opens, who in it takes part."""

    index: int
    sentence: str
    cues: list[Cue]
    persons: list[PersonMention]
    all_dates: list[DateSpan]
    dates: list[DateSpan]  # without spans of years, which date anniversaries only
    assigned: dict[int, DateSpan]
    agreements: list[str]
    anaphora_type: str | None = None
    anaphoric: bool = False
    context_until: int | None = None  # "Nhân dịp thăm X, chiều 12/9, A gặp B": cues before the day are context
    actors: list[PersonMention] = field(default_factory=list)
    objects: dict[int, list[PersonMention]] = field(default_factory=dict)
    one_per_counterpart: bool = False
    owners: dict[int, PersonMention] = field(default_factory=dict)  # the traveller of each of two visits told


def _read_opening(reading: SentenceReading) -> None:
    """An opening that names an event told before ("Trong khuôn khổ chuyến thăm, …", "Sau hội đàm, …")
    makes the sentence anaphoric and its cues references back."""
    sentence, opening_end = reading.sentence, 0
    opening = anaphoric_opening(sentence)
    if opening is not None:
        (reading.anaphora_type, opening_end), reading.anaphoric = opening, True
        if opening[0] == "meeting" and _counterpart_named_after(reading, opening_end):
            opening_end = 0  # "Tại cuộc gặp Thủ tướng Peru B, …": another meeting of the occasion, with B
    if not reading.anaphoric and SAME_DAY.search(sentence):
        reading.anaphoric = True  # "… chiêu đãi vào tối cùng ngày": the day of the event told before
    if not reading.anaphoric and not reading.dates and BOTH_LEADERS.match(sentence):
        reading.anaphoric = True  # "Hai nhà lãnh đạo hoan nghênh …", undated: the leaders of the event told before
    for cue in reading.cues:
        # "A và B trong cuộc gặp …" with no date (a photo's caption, a recollection) shows an event told
        # elsewhere.
        before = sentence[max(0, cue.start - 12) : cue.start]
        at_the = AT_THE.search(before) and cue.text.lower().startswith(("cuộc ", "buổi "))
        in_passing = not reading.dates and (IN_PASSING.search(before) or at_the)
        cue.refers_back = cue.refers_back or cue.end <= opening_end or bool(in_passing) or _thanked_for(reading, cue)
    dates = reading.dates
    if CONTEXT_OPENING.match(sentence) and dates and DATE_OPENS_CLAUSE.search(sentence[: dates[0].offset]):
        reading.context_until = dates[0].offset


# "Tại cuộc gặp (với) Thủ tướng Peru B, …": whom the meeting is with, named right after it.
COUNTERPART_AFTER = re.compile(r"\s+(?:với\s+)?[^,.;:]{0,40}")


def _counterpart_named_after(reading: SentenceReading, opening_end: int) -> bool:
    first = next((p for p in reading.persons if p.offset >= opening_end), None)
    return first is not None and bool(COUNTERPART_AFTER.fullmatch(reading.sentence, opening_end, first.offset))


# "cam kết đưa phát thải ròng về 0 vào năm 2050": a year aimed at, decades ahead of the article, dates no event.
AIMED_AHEAD_YEARS = 10


def _aimed_at(span: DateSpan, year: YearGuess, published) -> bool:
    now = published.start.year if isinstance(published, DateSpan) else year.year if year else None
    return now not in (None, YEAR_UNKNOWN) and span.start.year > now + AIMED_AHEAD_YEARS


def _thanked_for(reading: SentenceReading, cue: Cue) -> bool:
    """ "cảm ơn X đã gửi thư chúc mừng" with no date of its own: thanks for an event past."""
    window = max(0, cue.start - 90)
    thanks = THANKED_FOR.search(reading.sentence[window : cue.start])
    return bool(thanks) and not any(window + thanks.start() <= d.offset < cue.end + 60 for d in reading.dates)


def _read_counterparts(reading: SentenceReading) -> None:
    """ "A chào B, hội kiến C, tiếp D": one meeting per counterpart, each with the actors named before."""
    cues, persons = reading.cues, reading.persons
    # "…, ngoài hội đàm với B …, A đã hội kiến C, gặp D": the actor is named after the clause of what was besides.
    after = (besides_clause(reading.sentence, cues) or (0, 0))[1]
    directed = [i for i, cue in enumerate(cues) if cue.type in COUNTERPART_TYPES and cue.start >= after]
    reading.actors = [p for p in persons if directed and after <= p.offset < cues[directed[0]].start]
    reading.objects = {
        i: [p for p in persons if cues[i].end <= p.offset < next_start(i, cues, len(reading.sentence))]
        for i in directed
    }
    subject = _subject_of_the_next_clause(reading, directed)
    if subject is not None and not reading.actors:
        # "Sau cuộc gặp với B, A đã hội đàm với C": A is the actor of both, never B's fellow counterpart.
        reading.actors = [subject]
        reading.objects = {i: [p for p in objects if p is not subject] for i, objects in reading.objects.items()}
    reading.one_per_counterpart = sum(bool(o) for o in reading.objects.values()) >= 2


# "…, A đã hội đàm với C": between a person named after a comma and the next cue, only the words of a predicate.
PREDICATE_BEFORE_CUE = re.compile(r"\s*(?:(?:đã|sẽ|cũng|vừa|đang|có|tiếp tục|tiến hành|lại)\s+)*", re.IGNORECASE)


def _subject_of_the_next_clause(reading: SentenceReading, directed: list[int]) -> PersonMention | None:
    """The person who opens the clause of a cue after a first one ("Sau cuộc gặp với B, A hội đàm với C": A)."""
    sentence, cues = reading.sentence, reading.cues
    for i in directed:
        if i + 1 >= len(cues):
            continue
        for person in reading.objects[i]:
            opens = sentence.rfind(",", cues[i].end, person.offset) >= 0
            if opens and PREDICATE_BEFORE_CUE.fullmatch(sentence, person.end, cues[i + 1].start):
                return person
    return None


# "hội đàm với B, hội kiến lãnh đạo Thượng viện": a counterpart written without a name, not the clause before's.
COUNTERPART_WRITTEN = re.compile(r"\s+(?:với\s+)?(?:các\s+|những\s+)?(?P<word>\w+)")


def counterpart_unnamed(sentence: str, cue: Cue) -> bool:
    written = COUNTERPART_WRITTEN.match(sentence, cue.end) if cue.type in COUNTERPART_TYPES else None
    return written is not None and (written["word"][0].isupper() or written["word"] == "lãnh")


def read_sentence(index: int, sentence: str, persons: list[PersonMention], year: YearGuess, published):
    """The sentence's cues with their dates and people, or None when it has no cue."""
    cues = _without_the_visits_destination(find_cues(sentence), sentence)
    if not cues:
        return None
    all_dates = find_dates(sentence, year, published)
    # A span of years "(1972 - 2022)", "(25/6/1975 - 25/6/2022)" dates an anniversary, never a visit or a meeting.
    dates = [d for d in all_dates if (d.end - d.start).days < 366 and not _aimed_at(d, year, published)]
    persons = taking_part(sentence, cues, persons)
    agreements = [a.name for a in find_agreements(sentence, year)]
    reading = SentenceReading(
        index, sentence, cues, persons, all_dates, dates, assign_dates(cues, dates, sentence), agreements
    )
    _read_opening(reading)
    _read_counterparts(reading)
    # (A date after its items, "… là những tin đáng chú ý sáng nay", is the digest's, not theirs.)
    if not any(d.offset < cues[-1].end for d in all_dates) and round_up(sentence, cues, persons):
        for cue in cues:
            cue.refers_back = True  # a digest's lead: each item is told, and dated, in the body
        reading.dates, reading.assigned = [], {}
    return reading


# "chuyến thăm cấp Nhà nước tới Việt Nam ngày 19-20/6": the visit's destination, no arrival of its own.
DESTINATION = re.compile(r"[^,.;]{0,40}$")


def _without_the_visits_destination(cues: list[Cue], sentence: str) -> list[Cue]:
    kept: list[Cue] = []
    for cue in cues:
        visit_before = kept and kept[-1].type == "visit" == cue.type and kept[-1].text.lower().startswith("chuyến")
        arrival = cue.text.lower() in ("tới", "đến", "sang")
        if not (visit_before and arrival and DESTINATION.fullmatch(sentence, kept[-1].end, cue.start)):
            kept.append(cue)
    return kept


def next_start(i: int, cues: list[Cue], end: int = 10**9) -> int:
    """Where the cue after the i-th begins (`end` after the last)."""
    return cues[i + 1].start if i + 1 < len(cues) else end
