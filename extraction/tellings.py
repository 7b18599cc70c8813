"""Of an occasion's several tellings in one article: the one that dates it most precisely, the one that names
it, and the people, place and agreements of them all."""

from __future__ import annotations

import re

from .candidates import Candidate
from .cues import phrase_at
from .event_types import OCCASIONS_OF_DAYS
from .persons import PersonMention
from .records import DAY, PRECISION_RANK


def _bare(candidate: Candidate) -> bool:
    """The telling names the event by its noun alone ("Kỳ họp diễn ra …", "Sau hội đàm, …")."""
    cue = candidate.cue
    return cue.refers_back or phrase_at(candidate.sentence, cue.start).casefold() == cue.text.casefold()


# A journey ("chuyến công tác", "chuyến công du") may hold several visits and summits: its days are no one visit's.
JOURNEY = re.compile(r"\bcông (?:tác|du)\b", re.IGNORECASE)


def best_telling(group: list[Candidate]) -> Candidate:
    """The telling with the most precise date of its own; of a visit's or a gathering's, the one that gives its
    whole span ("từ 14 đến 15/4") rather than the day of one of its activities or its opening."""
    spans = [
        (c.date.end - c.date.start).days if c.type in OCCASIONS_OF_DAYS and c.date.precision == DAY else 0
        for c in group
    ]
    return min(
        zip(group, spans, strict=True),
        key=lambda pair: (
            PRECISION_RANK[pair[0].date.precision],
            # "kết thúc chuyến công tác từ 30/9 đến 7/10": a journey's days, of which the visit's are some
            bool(JOURNEY.search(pair[0].cue.text)),
            -pair[1],
            pair[0].date_source != "own",
            pair[0].sentence_index,
        ),
    )[0]


def gather(best: Candidate, group: list[Candidate]) -> None:
    """The best telling takes the people, place and agreements of the whole group."""
    people: dict[str, PersonMention] = {}
    for c in sorted(group, key=lambda c: (c is not best, c.sentence_index)):
        if c.weak and c is not best:
            continue  # "Đại sứ X: chuyến thăm …": who speaks of an event is not in it
        for p in c.persons:
            people.setdefault(p.name, p)
    best.persons = list(people.values())
    best.place = best.place or next((c.place for c in group if c.place), None)
    best.place_country = best.place_country or next((c.place_country for c in group if c.place_country), None)
    best.agreements = best.agreements or next((c.agreements for c in group if c.agreements), [])


def naming_and_dating(group: list[Candidate]) -> tuple[Candidate, Candidate]:
    """The telling that names the occasion (its title, its number), dated by the one that dates it best, and
    that one (its sentence supports the date): "Kỳ họp diễn ra sáng 1/12" dates the session the article named
    before with its number."""
    best = dating = best_telling(group)
    named = [c for c in group if not _bare(c)]
    if _bare(best) and named:
        best = best_telling(named)
        best.date, best.date_source = dating.date, dating.date_source
    return best, dating
