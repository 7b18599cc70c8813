"""What the timeline already knows, as plain data the pipeline reasons with (no database here): the
occasions its persons took part in, with their years, and the terms of the offices they held. The importer
hands an implementation of TimelineKnowledge to the pipeline (articles/timeline_knowledge.py reads it from
the database); the dating rule `year_from_timeline` reads it for an article that never writes its year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from .event_types import event_type
from .folding import fold
from .persons import office_of
from .records import DAY, YEAR_UNKNOWN, DateSpan, FoundEvent, YearGuess


@dataclass(frozen=True)
class KnownOccasion:
    type: str
    start: date
    end: date
    title: str
    names: frozenset[str]  # the asked names (folded) of its participants


@dataclass(frozen=True)
class KnownTerm:
    name: str  # the asked name (folded) of the person
    office: str
    first: date
    last: date
    # The last day the timeline shows someone else in this office (of one holder at a time, in the same
    # country) before `first`, and the first day after `last`: the term lies between, and without them
    # it may have begun earlier or gone on later than the articles show it.
    held_before: date | None = None
    held_after: date | None = None


class TimelineKnowledge(Protocol):
    def occasions_with(self, names: set[str]) -> list[KnownOccasion]:
        """Occasions known to the day, with their year, of the persons `names` (folded names or aliases)."""

    def terms_of(self, names: set[str]) -> list[KnownTerm]:
        """The offices the persons `names` are known in, with the first and last day they are seen there."""


def in_year(span: DateSpan, year: int) -> tuple[date, date] | None:
    """A year-unknown span's dates moved into `year` (None when its day does not exist that year)."""
    shift = year - span.start.year
    try:
        return span.start.replace(year=year), span.end.replace(year=span.end.year + shift)
    except ValueError:
        return None


def _years_before_the_news(found: FoundEvent) -> int:
    """ "hôm 14/11 năm ngoái": a telling of the year before the article's (its placeholder year one less)."""
    return YEAR_UNKNOWN - found.date.start.year


def _undated(events: list[FoundEvent]) -> list[FoundEvent]:
    return [e for e in events if e.year_unknown and e.participants and e.date.precision == DAY]


def year_from_timeline(events: list[FoundEvent], knowledge: TimelineKnowledge | None) -> YearGuess | None:
    """The year an article that never writes it tells, from the occasions already on the timeline.

    An undated telling ("chiều 19/10, Thủ tướng A hội đàm với Thủ tướng B") of an occasion the
    timeline holds with its year (same type family, a shared participant, the day and month inside
    its dates, both known to the day) votes for that year; the year with most votes wins, a tie
    gives none. Failing that, the office terms the timeline knows (year_from_terms).
    """
    undated = _undated(events)
    if knowledge is None or not undated:
        return None
    names = {fold(p.name) for e in undated for p in e.participants}
    votes: dict[int, list[str]] = {}
    occasions = knowledge.occasions_with(names)
    known = frozenset().union(*(occasion.names for occasion in occasions))
    for found in undated:
        here = {fold(p.name) for p in found.participants}
        family = event_type(found.type).family
        for occasion in occasions:
            # The same people: one leader in common meets many others on these days of other years, so each
            # participant the timeline knows must be one of the occasion's.
            if not (occasion.names & here) or not (here & known) <= occasion.names:
                continue
            same_family = event_type(occasion.type).family == family
            for year in {occasion.start.year, occasion.end.year}:
                moved = in_year(found.date, year)
                if not moved or moved[0] > occasion.end or moved[1] < occasion.start:
                    continue
                # A visit's days hold what is done during it: the talks or the welcome of its day are its own.
                if same_family or (found.type == "visit" and moved[0] <= occasion.start <= occasion.end <= moved[1]):
                    reason = f"{occasion.title} ({occasion.start:%d/%m/%Y})"
                    votes.setdefault(year + _years_before_the_news(found), []).append(reason)
    if not votes:
        return year_from_terms(undated, knowledge.terms_of(names))
    ranked = sorted(votes.items(), key=lambda item: len(item[1]), reverse=True)
    if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
        return None
    year, reasons = ranked[0]
    return YearGuess(year, f"timeline: {reasons[0]}"[:200], 0.6, "timeline")


def year_from_terms(undated: list[FoundEvent], terms: list[KnownTerm]) -> YearGuess | None:
    """The one year in which every dated telling falls within the office terms the timeline bounds.

    "Chủ tịch nước X" on 19/10 falls between the last day the timeline shows X's predecessor in that office
    and the first day it shows X's successor. A term with either end unknown counts for nothing: the first
    and last days the articles show X there are not its ends, and a date past them is as likely as any.
    None unless one year fits all.
    """
    terms = [term for term in terms if term.held_before is not None and term.held_after is not None]
    fitting, reason = None, ""
    for found in undated:
        for participant in found.participants:
            name = fold(participant.name)
            for term in terms:
                if term.name != name or not participant.role or office_of(term.office) != office_of(participant.role):
                    continue
                years = set()
                for year in range(term.held_before.year, term.held_after.year + 1):
                    moved = in_year(found.date, year)
                    if moved and term.held_before < moved[0] < term.held_after:
                        years.add(year)
                years = {year + _years_before_the_news(found) for year in years}
                fitting = years if fitting is None else fitting & years
                reason = f"{term.office} {participant.name}, {term.held_before:%m/%Y}–{term.held_after:%m/%Y}"
    if not fitting or len(fitting) != 1:
        return None
    return YearGuess(fitting.pop(), f"timeline: {reason}"[:200], 0.5, "timeline")
