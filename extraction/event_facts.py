"""The facts the site reasons with, read from an event's sentence into fields: the countries concerned (always
the pair), a visit's visitor and host, an upgrade's level, an establishment of relations, a session's ordinal.
The title is composed for readers; nothing reads these facts back out of it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import INVITED_BY, named_after, ordered_people
from .acts_on_relations import is_establishment
from .alternation import any_of
from .built_once import built_once
from .candidates import Candidate
from .cleaning import UPPER_LETTER
from .cue_types import MULTILATERAL
from .cues import find_cues, phrase_at
from .folding import fold
from .levels import find_level
from .numbers import number_from_words
from .offices import ORGANISATIONS, TITLE_CORES
from .persons import PersonIndex
from .reference import HOME_COUNTRY, iso_of, places_in
from .relationship_dates import years_counted

# Events of two states as such (an upgrade, an anniversary of relations, a joint committee, a signing)
# often name no person: their sentence names the pair ("quan hệ Việt Nam – Ấn Độ") or says "hai nước".
RELATIONSHIP_TYPES = {"upgrade", "anniversary", "committee_session", "signing"}
BOTH_COUNTRIES = re.compile(r"\bhai nước\b|\bsong phương\b", re.I)
# Events told by the home country's press that often name only the foreign side.
ONE_SIDE_NAMED = {"talks", "meeting", "call", "message"}
# Events between two parties, whose countries are a pair.
BILATERAL_TYPES = {"visit", "talks", "meeting", "call", "message", *RELATIONSHIP_TYPES}
# "lần thứ 12", "thứ 5", "lần 14", "lần thứ mười hai": a number, or number words in lower case after "thứ"
# (never "thứ Hai", a weekday, nor "lần sau", "next time").
_LOWER_WORD = r"[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+"
ORDINAL = re.compile(
    rf"(?<!\w)(?:(?:lần thứ|thứ)\s+(?:(?P<digits>\d{{1,3}})|(?P<words>{_LOWER_WORD}(?:\s{_LOWER_WORD}){{0,2}}))"
    rf"|lần\s+(?P<bare>\d{{1,3}}))(?![\d/.-]\d)"
)
ORDINAL_TYPES = {"committee_session", "conference"}


# The group a gathering is of, with the partner or the count it meets: "ASEAN", "ASEAN+3", "ASEAN - Australia".
GATHERING = re.compile(
    rf"(?:{UPPER_LETTER}[\w]*(?: {UPPER_LETTER}[\w]*)?\s*[–-]\s*)?(?:{MULTILATERAL.pattern})"
    rf"(?:\s*[+–-]\s*(?:\d+\b|{UPPER_LETTER}[\w-]*(?: {UPPER_LETTER}[\w-]*)?))?"
)
MINISTERS = re.compile(r"Bộ trưởng|Ngoại trưởng|Quan chức Cao cấp", re.IGNORECASE)  # not the leaders' summit


def gathering_told(candidate: Candidate) -> str:
    """The group of the gathering a conference's cue names (gathering_of its phrase)."""
    return gathering_of(phrase_at(candidate.sentence, candidate.cue.start))


# A group written by its full name: "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương" is APEC.
GROUPS_IN_FULL = {
    "apec": re.compile(r"Hợp tác Kinh tế châu Á\s*[–-]\s*Thái Bình Dương", re.IGNORECASE),
}


def gathering_of(phrase: str) -> str:
    """The group a gathering's name says it is of, folded without spaces ("asean+3", "han-asean"), its ministers'
    meeting marked ("ministers:asean"); empty when none."""
    in_full = next((group for group, name in GROUPS_IN_FULL.items() if name.search(phrase)), None)
    if in_full:
        return f"ministers:{in_full}" if MINISTERS.search(phrase) else in_full
    found = GATHERING.search(phrase)
    if not found:
        return ""
    # A partner is its country, however written and on whichever side ("ASEAN - Úc", "Australia-ASEAN").
    parts = re.split(r"\s*([+–-])\s*", found.group(0))
    if "+" in parts:
        group = fold("".join("".join(parts).split()))
    else:
        group = "-".join(sorted(fold("".join((iso_of(part) or part).split())) for part in parts[::2]))
    return f"ministers:{group}" if MINISTERS.search(phrase) else group


@dataclass(frozen=True)
class EventFacts:
    countries: list[str]
    visitor: str | None = None
    host: str | None = None
    level: str = ""
    establishes_relations: bool = False
    ordinal: int | None = None
    gathering: str = ""  # the group a conference is of: "asean", "asean+3", "g20"


def article_pair(persons: PersonIndex, sentences: list[str]) -> set[str]:
    """The relationship the article is about: the home country and the foreign country it names most
    (through its persons and in its text), or the two it names most when it names the home country less than
    either; empty when no pair stands out."""
    counts: dict[str, int] = {}
    for person in persons.persons:
        if person.country:
            counts[person.country] = counts.get(person.country, 0) + 1
    for sentence in sentences:
        for place in places_in(sentence):
            if place.is_country:
                counts[place.country] = counts.get(place.country, 0) + 1
    home = counts.pop(HOME_COUNTRY, 0)
    ranked = [*sorted(counts.items(), key=lambda item: -item[1]), ("", 0), ("", 0), ("", 0)]
    if home < ranked[1][1]:
        # News between two other countries ("Trung Quốc và Nga thiết lập quan hệ …"), the home country named less than
        # either, if at all: the two it names most, named together (two envoys received on two days by an office of
        # the home country are no pair).
        two = {ranked[0][0], ranked[1][0]}
        together = any(two <= _countries_in(sentences[i], persons, i) for i in range(len(sentences)))
        return two if ranked[1][1] > ranked[2][1] and together else set()
    return {HOME_COUNTRY, ranked[0][0]} if ranked[0][1] > ranked[1][1] else set()


def _countries_in(sentence: str, persons: PersonIndex, index: int) -> set[str]:
    mentions = persons.by_sentence[index] if index < len(persons.by_sentence) else []
    return {p.country for p in places_in(sentence) if p.is_country} | {m.country for m in mentions if m.country}


def _relationship_countries(candidate: Candidate, pair: set[str]) -> set[str]:
    """The countries of a relationship event that names no person: those its sentence names (the home
    country implied by its own press when one foreign country is named), else the article's pair when the
    sentence speaks of "hai nước"."""
    if candidate.type not in RELATIONSHIP_TYPES:
        return set()
    named = {place.country for place in places_in(candidate.clause) if place.is_country}
    if not named - {HOME_COUNTRY}:
        named = {place.country for place in places_in(candidate.sentence) if place.is_country}
    if len(named - {HOME_COUNTRY}) == 1 and HOME_COUNTRY not in pair and named < pair:
        return set(pair)  # an article between two other countries: the other is its pair's, not the home country
    if named - {HOME_COUNTRY}:
        return named | {HOME_COUNTRY} if len(named - {HOME_COUNTRY}) == 1 else named
    return pair if BOTH_COUNTRIES.search(candidate.sentence) else set()


def visit_countries(candidate: Candidate, pair: set[str]) -> tuple[str | None, str | None]:
    """(visitor, host) of a visit: the traveller's country, and the destination's (else the inviter's).
    When only one is told and it belongs to the article's pair, the other is the pair's other country."""
    people = ordered_people(candidate)
    inviters = named_after(candidate.sentence, INVITED_BY, candidate.persons)
    host = candidate.place_country or next((p.country for p in inviters if p.country), None)
    visitor = people[0].country if people else None
    if visitor is not None and visitor == host:
        # The traveller is from the country visited: someone else of the sentence made the trip.
        visitor = next((p.country for p in people[1:] if p.country and p.country != host), None)
    if len(pair) == 2:
        if host in pair and visitor is None:
            visitor = next(iter(pair - {host}))
        elif visitor in pair and host is None:
            host = next(iter(pair - {visitor}))
    return visitor, host


def upgrade_level(candidate: Candidate) -> str:
    """An upgrade's new level, read in its own words (a framework's name among them first), else in its
    sentence."""
    if is_establishment(candidate.cue):
        return "diplomatic_relations"
    own = _up_to_next_step(candidate)
    # The longest name first: "Đối tác chiến lược toàn diện" holds "Đối tác chiến lược", a step below.
    named = sorted((name for name in candidate.agreements if name in own), key=len, reverse=True)
    texts = [*named, own, candidate.sentence]
    return next((code for code in map(find_level, texts) if code), "")


def _up_to_next_step(candidate: Candidate) -> str:
    """The sentence from the cue to the next step of the ladder it tells, if any: "thiết lập quan hệ Đối tác
    chiến lược năm 2015, và năm 2024 nâng cấp lên Đối tác chiến lược toàn diện" is two steps, each its own level."""
    rest = candidate.sentence[candidate.cue.start :]
    later = (
        cue.start
        for cue in find_cues(rest)
        if cue.type == "upgrade" and cue.start >= candidate.cue.end - candidate.cue.start
    )
    return rest[: next(later, len(rest))]


def ordinal_of(text: str) -> int | None:
    """The number in 'lần thứ 12', 'thứ 5', 'lần thứ mười hai', 'lần thứ hai mươi mốt'; None without one."""
    for found in ORDINAL.finditer(text):
        digits = found.group("digits") or found.group("bare")
        number = int(digits) if digits else number_from_words(fold(found.group("words")).split())
        if number:
            return number
    return None


@built_once
def _organisation() -> re.Pattern:
    return re.compile(rf"\b(?:{any_of(ORGANISATIONS)})\b")


def _officer_of_an_organisation(candidate: Candidate) -> bool:
    """A side of the event is an organisation's officer ("Chủ tịch Ủy ban châu Âu"): no country's."""
    return any(not p.country and p.title and _organisation().search(p.title) for p in candidate.persons)


@built_once
def _office_alone() -> re.Pattern:
    """An office with no country and no name, the subject of the cue after it: "Ngày 25/3, Thứ trưởng tiếp …"."""
    return re.compile(rf"(?<![\w])(?:{any_of(TITLE_CORES)})\s+(?:(?:đã|cũng|sẽ|lần lượt)\s+)*$")


def _office_alone_before(candidate: Candidate) -> bool:
    return bool(_office_alone().search(candidate.sentence, max(0, candidate.cue.start - 60), candidate.cue.start))


def event_facts(candidate: Candidate, pair: set[str]) -> EventFacts:
    """The facts of the event `candidate` tells (its group merged), `pair` the article's relationship."""
    kind = candidate.type
    visitor, host = visit_countries(candidate, pair) if kind == "visit" else (None, None)
    told = (visitor, host, candidate.counterpart_country)
    countries = {p.country for p in candidate.persons if p.country} | {c for c in told if c}
    if is_establishment(candidate.cue) and not candidate.counterpart_country:
        # Relations are between the states the sentence names, not those of who speaks of them ("Chủ tịch nước
        # nhắc lại Ai Cập là một trong những nước đầu tiên thiết lập quan hệ với Việt Nam").
        countries = _relationship_countries(candidate, pair) or countries
    if candidate.counterpart_country and kind in RELATIONSHIP_TYPES:
        # "A lần lượt thiết lập quan hệ với B và C": A's relations with one of the countries listed.
        before = candidate.sentence[: candidate.cue.start]
        countries |= {place.country for place in places_in(before) if place.is_country}
    if not countries:
        countries = _relationship_countries(candidate, pair) or (set(pair) if kind in BILATERAL_TYPES else set())
    if (
        len(countries) == 1
        and kind in BILATERAL_TYPES
        and countries < pair
        and not _officer_of_an_organisation(candidate)
    ):
        countries = set(pair)  # "hai nước", or the one foreign side the article is about
    elif len(countries) == 1 and kind in ONE_SIDE_NAMED and _office_alone_before(candidate):
        countries |= {HOME_COUNTRY}  # "Thứ trưởng tiếp Đại sứ New Zealand …": an office of its own press's country
    phrase = phrase_at(candidate.sentence, candidate.cue.start)
    ordinal = ordinal_of(phrase) if kind in ORDINAL_TYPES else None
    if kind == "anniversary":
        ordinal = years_counted(candidate)  # the 50th anniversary of relations is not the 10th of their partnership
    return EventFacts(
        countries=sorted(countries),
        visitor=visitor,
        host=host,
        level=upgrade_level(candidate) if kind == "upgrade" else "",
        establishes_relations=is_establishment(candidate.cue),
        ordinal=ordinal,
        gathering=gathering_told(candidate) if kind == "conference" else "",
    )
