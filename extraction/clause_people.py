"""Who takes part in the event of a sentence's cue: the sentence's people but those of other happenings it tells;
in a sentence of clauses, each with its own subject, the people of the cue's clause; in a list of clauses of one
actor, the actor and the clause's counterparts."""

from __future__ import annotations

from .candidates import (
    clauses_with_subjects,
    dated_comma_clauses,
    subject_comma_clauses,
    without_other_visits_travellers,
)
from .cues import has_cue_words
from .persons import PersonMention
from .sentence_people import left_behind, of_the_event
from .sentence_reading import SentenceReading, counterpart_unnamed, next_start


def company(i: int, reading: SentenceReading) -> list[PersonMention]:
    """Who takes part in the i-th of a list of clauses ("A chào B; hội đàm với C; chứng kiến lễ ký"):
    the actors and the clause's own counterparts, else those of the clause before it."""
    cues, objects, actors = reading.cues, reading.objects, reading.actors
    own = objects.get(i) or [p for p in reading.persons if cues[i].end <= p.offset < next_start(i, cues)]
    if not own:
        before = [j for j in objects if j < i and objects[j]]
        own = objects[before[-1]] if before else []
    return actors + [p for p in own if p not in actors]


def sentence_people(reading: SentenceReading, i: int) -> list[PersonMention]:
    """The sentence's people who may take part in the i-th cue's event: not another visit's traveller, nor the
    counterparts of its other cues (of any, when the cue's own is named by office alone; else of those it leaves)."""
    people = without_other_visits_travellers(reading.sentence, reading.cues, i, reading.persons)
    people = of_the_event(reading.sentence, reading.cues[i], people)
    if counterpart_unnamed(reading.sentence, reading.cues[i]):
        others = {id(p) for j, objects in reading.objects.items() if j != i for p in objects}
    else:
        others = left_behind(reading.sentence, reading.cues[i], i, reading.objects)
    return [p for p in people if id(p) not in others]


def clause_people(reading: SentenceReading, i: int) -> list[PersonMention]:
    """ "A gửi điện tới B; C gửi điện tới D", "A thăm X năm 2023, B thăm X năm 2025": in a sentence of clauses split
    by semicolons (by commas, between cues of one type), a cue whose clause names its actor takes the people of
    its clause only; [] when the sentence is not such a list."""
    sentence, cue = reading.sentence, reading.cues[i]
    # "A gửi điện tới B, còn C gửi điện tới D": "còn" opens a clause with a subject of its own.
    mark = ";" if ";" in sentence else ", còn " if ", còn " in sentence else ","
    if mark == "," and not (
        dated_comma_clauses(sentence, cue, reading.cues, reading.all_dates)
        or subject_comma_clauses(sentence, cue, reading.cues, reading.persons)
    ):
        if not _each_of_its_own(reading, i):
            return []
        mark = " và "
    start = sentence.rfind(mark, 0, cue.start) + len(mark) if mark in sentence[: cue.start] else 0
    end = sentence.find(mark, cue.end)
    # "lần lượt tiếp ông A, Tổng Bí thư Đảng X; ông B, …": a clause with no cue of its own goes on with the list.
    while end >= 0 and not any(end < other.start for other in reading.cues[i + 1 :]) and mark == ";":
        if has_cue_words(sentence[end:]):
            break  # "…; A cũng nhiều lần tiếp B": a clause of its own, whose words tell no event
        end = sentence.find(mark, end + 1)
    end = len(sentence) if end < 0 else end
    # "A sẽ hội kiến B, gặp C và D; đặt vòng hoa …": a clause of several counterparts, one meeting each (company).
    if sum(bool(objects) for j, objects in reading.objects.items() if start <= reading.cues[j].start < end) > 1:
        return []
    left = left_behind(sentence, cue, i, reading.objects)  # "A hội kiến B, C và dự Diễn đàn X": not B and C at X
    clause = [p for p in reading.persons if start <= p.offset < end and id(p) not in left]
    # Its actor stands before the clause's first cue ("; hội kiến B, C và gặp D": B and C are counterparts).
    first_cue = min((c.start for c in reading.cues if start <= c.start), default=cue.start)
    return clause if any(p.offset < first_cue for p in clause) else []


def _each_of_its_own(reading: SentenceReading, i: int) -> bool:
    """ "A sẽ thăm Peru và B sẽ thăm Chile trong năm nay": two clauses joined by "và", each with its own subject
    before its own cue of one type, the i-th cue's among them."""
    cue = reading.cues[i]
    alike = [c for c in reading.cues if c.type == cue.type]
    if len(alike) < 2 or " và " not in reading.sentence:
        return False
    subjects = clauses_with_subjects(reading.sentence, alike, reading.persons, mark=" và ")
    return len(subjects) >= 2 and any(cue in told for told in subjects.values())
