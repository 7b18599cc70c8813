"""The one rule for "these two tellings are one occasion", used wherever the project asks it: the pipeline
(two sentences of one article), the importer (an article's event and one the timeline holds) and the
review queue (two events a curator may merge)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .event_types import event_type
from .folding import fold
from .records import DAY, YEAR
from .reference import places

COUNTERPART_FAMILIES = {"talks", "call", "message", "other"}


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
    agreements: frozenset = field(default_factory=frozenset)  # folded names of the agreements it concerns
    ordinal: int | None = None  # a session's or summit's number: the 36th summit is not the 37th
    gathering: str = ""  # the group a conference is of (event_facts.gathering_of)


def _places_agree(a: str, b: str) -> bool:
    """No place on one side, the same place, or a city and the country it is in ("Hà Nội", "Việt Nam")."""
    if not a or not b or fold(a) == fold(b):
        return True
    known_a, known_b = places().get(a), places().get(b)
    if known_a is None or known_b is None or known_a.country != known_b.country:
        return False
    return known_a.is_country or known_b.is_country


def _same_country(a: str, b: str) -> bool:
    """No place on one side, or places of one country ("Hà Nội", "Đà Nẵng", "Việt Nam"); unknown ones agree."""
    if not a or not b or fold(a) == fold(b):
        return True
    known_a, known_b = places().get(a), places().get(b)
    return known_a is None or known_b is None or known_a.country == known_b.country


def _other_pairs(a: frozenset, b: frozenset) -> bool:
    """Two pairs of countries sharing one at most (Việt Nam and the Philippines, Việt Nam and Germany)."""
    return len(a) >= 2 and len(b) >= 2 and len(a & b) <= 1


def dates_overlap(a: Telling, b: Telling) -> bool:
    return a.start <= b.end and b.start <= a.end


def dates_near(a: Telling, b: Telling) -> bool:
    """Overlapping dates, or single days one apart: one outlet's local day and another's home day, or a report
    dated by the day it was published, after the event."""
    if dates_overlap(a, b):
        return True
    one_day = a.precision == b.precision == "day" and a.start == a.end and b.start == b.end
    return one_day and abs((a.start - b.start).days) == 1


# Events of the states themselves: the leaders a telling names beside them are incidental (the Prime Minister
# of the day, named in a sentence recalling the upgrade of 2007), the pair of countries is what tells them apart.
STATES_EVENTS = {"upgrade", "anniversary"}


def same_occasion(a: Telling, b: Telling) -> bool:
    """One occasion: the same type family and overlapping dates (or the same two a day apart), and

    - a shared participant but, for meetings, talks and calls, no two different counterparts (A meeting B
      and A meeting C are two occasions, on the same day or not); a date known only to the year overlaps
      everything that year, so there two shared participants are needed (or one visitor to one place);
    - events in two different countries are two occasions, whoever takes part in both; but for a conference,
      events between two different pairs of countries are two occasions;
    - a pair's upgrade or anniversary, a summit at one place or of one group (ASEAN, not ASEAN+3), a session of
      one number of one pair's committee, or the signing of one agreement, whoever the tellings name; never
      sessions or summits of two numbers;
    - or, when either names nobody (an anniversary, an upgrade), the same type, no other place and the
      same countries: the 50th anniversaries of two different pairs in one year are two occasions.
    """
    if event_type(a.type).family != event_type(b.type).family or not dates_near(a, b):
        return False
    by_number_or_group = _numbered_or_grouped(a, b)
    if by_number_or_group is not None:
        return by_number_or_group
    if not dates_overlap(a, b):  # the same two a day apart, or the same pair's upgrade
        return (len(a.people & b.people) >= 2 and _places_agree(a.place, b.place)) or _one_pairs_act(a, b)
    if _one_pairs_act(a, b):
        # The same pair's upgrade or anniversary, whoever the sentences name beside it and wherever they tell it
        # (recalled at talks in Hà Nội, the upgrade made in Seoul).
        return True
    if _apart_by_place_or_pair(a, b):
        return False
    if a.type == b.type == "signing" and a.agreements & b.agreements:
        return True  # the signing of one agreement, whoever each outlet names at it
    if a.type == b.type and event_type(a.type).family == "multilateral" and a.place and b.place:
        return _places_agree(a.place, b.place)  # one summit, whichever of those present each outlet names
    if a.people & b.people:
        return _same_by_their_people(a, b)
    if a.people and b.people:
        return False
    # A telling that names nobody is another's only by what they say of where and between whom (the same pair of
    # countries, the same place) or by the very same dates: not a summit of a year and one of a day in it.
    same_countries = bool(a.countries) and a.countries == b.countries
    same_place = bool(a.place) and bool(b.place) and _places_agree(a.place, b.place)
    # (The same month is not enough: two summits of one month are named in passing, and a visit to Laos that names
    # nobody is not the visit of that month to Việt Nam.)
    same_dates = (a.start, a.end, a.precision) == (b.start, b.end, b.precision) and (
        a.precision == DAY or a.type not in ("conference", "visit")
    )
    if a.type == b.type == "upgrade" and not same_countries:
        return False  # "Hai nước thiết lập quan hệ ngoại giao năm 1992": whose, the telling does not say
    return a.type == b.type and (same_countries or same_place or same_dates) and _places_agree(a.place, b.place)


def _numbered_or_grouped(a: Telling, b: Telling) -> bool | None:
    """Whether two tellings are one occasion by their numbers or groups alone; None when those do not decide."""
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return False  # "Hội nghị Cấp cao ASEAN lần thứ 37" and the 15th East Asia Summit, held the same days
    if a.gathering and b.gathering:  # the ASEAN Summit and the ASEAN+3 Summit of its week are two
        return a.gathering == b.gathering and _places_agree(a.place, b.place)
    if a.type == b.type == "committee_session" and a.ordinal and a.ordinal == b.ordinal:
        # The 44th session of one pair's committee, whoever each outlet names at it and whichever day it dates
        # it by (its opening, its close, the day of the report).
        return not _other_pairs(a.countries, b.countries) and _same_country(a.place, b.place)
    return None


def _one_pairs_act(a: Telling, b: Telling) -> bool:
    return a.type == b.type in STATES_EVENTS and len(a.countries) >= 2 and a.countries == b.countries


def _apart_by_place_or_pair(a: Telling, b: Telling) -> bool:
    """The host's visit to India is not the German chancellor's visit he hosted at home, a welcome in Hà Nội is not
    one in Jakarta; the President's welcome of the Philippine leader is not his welcome of the German one."""
    if not _same_country(a.place, b.place):
        return True
    return event_type(a.type).family != "multilateral" and _other_pairs(a.countries, b.countries)


def _same_by_their_people(a: Telling, b: Telling) -> bool:
    """Tellings sharing a participant. Only a meeting, talks or a call is between counterparts: at a conference or
    on a visit, two outlets naming different others of those present still tell one occasion."""
    shared = a.people & b.people
    counterparts = event_type(a.type).family in COUNTERPART_FAMILIES
    if a.people - shared and b.people - shared and counterparts:
        return False
    # "A sẽ có các cuộc hội đàm, tiếp xúc với lãnh đạo chủ chốt" of a month names A alone: none of A's meetings of a
    # day with someone named.
    lone = sorted([(len(a.people), a.precision == DAY), (len(b.people), b.precision == DAY)])
    if counterparts and lone[0] == (1, False) and lone[1][0] >= 2 and lone[1][1]:
        return False
    # (A visit of one visitor to one place in one year is one: "năm 1964, A thăm Việt Nam".)
    one_visit = a.type == b.type == "visit" and bool(a.place) and bool(b.place) and _places_agree(a.place, b.place)
    return len(shared) >= 2 or YEAR not in (a.precision, b.precision) or one_visit
