"""The one rule for "these two tellings are one occasion", used wherever the project asks it: the pipeline
(two sentences of one article), the importer (an article's event and one the timeline holds) and the
review queue (two events a curator may merge)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .event_types import event_type
from .folding import fold
from .records import YEAR


@dataclass(frozen=True)
class Telling:
    """What the rule needs of an event, from either side: plain values."""

    type: str
    start: date
    end: date
    precision: str = "day"
    people: frozenset = field(default_factory=frozenset)  # keys of its participants (ids or name keys)
    countries: frozenset = field(default_factory=frozenset)  # ISO codes or ids, one kind per comparison
    place: str = ""


def dates_overlap(a: Telling, b: Telling) -> bool:
    return a.start <= b.end and b.start <= a.end


def same_occasion(a: Telling, b: Telling) -> bool:
    """One occasion: the same type family and overlapping dates, and

    - a shared participant but no two different counterparts (A meeting B and A meeting C are two
      occasions, on the same day or not); a date known only to the year overlaps everything that year,
      so there two shared participants are needed;
    - or, when either names nobody (an anniversary, an upgrade), the same type, no other place and the
      same countries: the 50th anniversaries of two different pairs in one year are two occasions.
    """
    if event_type(a.type).family != event_type(b.type).family or not dates_overlap(a, b):
        return False
    shared = a.people & b.people
    if shared:
        if a.people - shared and b.people - shared:
            return False
        return len(shared) >= 2 or YEAR not in (a.precision, b.precision)
    if a.people and b.people:
        return False
    same_place = not a.place or not b.place or fold(a.place) == fold(b.place)
    same_countries = not a.countries or not b.countries or a.countries == b.countries
    return a.type == b.type and same_place and same_countries
