"""An event as read from one sentence, before its date is settled and its mentions are merged."""

from __future__ import annotations

from dataclasses import dataclass, field

from .cues import Cue, is_establishment
from .persons import PersonMention
from .records import DateSpan
from .reference import HOME_COUNTRY, places_in


@dataclass
class Candidate:
    """An event as read from one sentence, before its date is settled and mentions are merged."""

    type: str
    sentence_index: int
    sentence: str
    cue: Cue
    persons: list[PersonMention]
    date: DateSpan | None = None
    date_source: str = "own"  # own | same-type | anaphora | news-day | published | year
    place: str | None = None
    place_country: str | None = None
    planned: bool = False
    weak: bool = False
    title: str = ""
    agreements: list[str] = field(default_factory=list)
    anaphora_type: str | None = None
    anaphoric: bool = False
    next_day: bool = False  # "Hôm sau, …": the day after the event referred to
    counterpart_country: str | None = None  # one of several countries a sentence lists ("Đại sứ các nước A, B")

    @property
    def clause(self) -> str:
        return clause_at(self.sentence, self.cue.start, self.cue.end)

    def same_kind(self, other: Candidate) -> bool:
        """One type, and an establishment of relations only with another: raising relations in 2025 is not
        establishing them in 1989, though both are of the type "upgrade"."""
        return self.type == other.type and is_establishment(self.cue) == is_establishment(other.cue)


def clause_at(sentence: str, start: int, end: int) -> str:
    """The part of the sentence between semicolons that holds `start`..`end`: "Năm 2023, A và B kỷ niệm …;
    cùng năm, A và C kỷ niệm …" tells two events, each with its own countries."""
    before = sentence.rfind(";", 0, start) + 1
    after = sentence.find(";", end)
    return sentence[before : after if after >= 0 else len(sentence)]


def foreign_countries(text: str) -> set[str]:
    return {place.country for place in places_in(text) if place.is_country} - {HOME_COUNTRY}


def other_pairs(clause: str, other: str) -> bool:
    """Two clauses of a sentence about two pairs ("A và B kỷ niệm …; cùng năm, A và C kỷ niệm …"): each names
    foreign countries, not the same ones."""
    if clause == other:
        return False
    mine, theirs = foreign_countries(clause), foreign_countries(other)
    return bool(mine and theirs and mine != theirs)


def of_other_pairs(a: Candidate, b: Candidate) -> bool:
    """Anniversaries or upgrades of two pairs told in one sentence are two events."""
    return (
        a.type in ("anniversary", "upgrade")
        and a.sentence_index == b.sentence_index
        and other_pairs(a.clause, b.clause)
    )


def to_other_countries(a: Candidate, b: Candidate) -> bool:
    """Visits to two countries are two visits: one does not join nor date the other (a leader's onward trip
    is not the visit it follows; "chuyến thăm Nam Phi năm 2019" is not this visit to Việt Nam)."""
    return a.type == "visit" and bool(a.place_country and b.place_country) and a.place_country != b.place_country
