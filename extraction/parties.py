"""Parties told by their office alone: "hai Thủ tướng đã hội đàm" are the two prime ministers the article named
last, one of each country; "hai nhà lãnh đạo" are the two sides of the event told last."""

from __future__ import annotations

import re

from .alternation import any_of
from .built_once import built_once
from .candidates import Candidate
from .dating import out_of_office
from .event_dates import PARTIES_NEAR
from .folding import fold
from .offices import HELD_BY_BOTH, SPOUSE, TITLE_CORES, country_of_title, office_title
from .persons import PersonIndex, PersonMention

# "hai Thủ tướng", "hai Bộ trưởng Ngoại giao": the office both hold, written before the cue (its subject).
TWO_HOLDERS = re.compile(rf"\bhai ({any_of(HELD_BY_BOTH)})\b", re.IGNORECASE)
# "hai nhà lãnh đạo", "lãnh đạo hai nước": no office, the two sides of the event told before.
TWO_LEADERS = re.compile(r"\bhai nhà lãnh đạo\b|\blãnh đạo hai nước\b", re.IGNORECASE)


# A visit is one side's: two holders of one office are its traveller and host only when named.
BETWEEN_THE_TWO = {"talks", "meeting", "call", "committee_session", "signing"}


def name_the_two_holders(candidates: list[Candidate], persons: PersonIndex) -> None:
    """A candidate that names nobody but "hai <office>" just before its cue takes, as its parties, the last
    person of each of two countries the article named with that office up to its sentence."""
    offices = {person.name: person.title for person in persons.persons}
    for at, candidate in enumerate(candidates):
        if _named_in_its_clause(candidate) or candidate.type not in BETWEEN_THE_TWO:
            continue
        leaders = _told_just_before(TWO_LEADERS, candidate)
        if leaders is not None:
            candidate.persons = _sides_told_last(candidates[:at], candidate.anaphora_type, candidate.planned)
            candidate.weak = bool(candidate.cue.refers_back)
            continue
        told = _told_just_before(TWO_HOLDERS, candidate)
        if told is None:
            continue
        before = persons.by_sentence[: candidate.sentence_index + 1]
        holders = _last_holders(fold(told.group(1)), before, offices, candidate.date)
        if len(holders) == 2:
            candidate.persons = holders
            candidate.weak = bool(candidate.cue.refers_back)


def _named_in_its_clause(candidate: Candidate) -> bool:
    """The candidate names people in its own clause: not only in a later one ("hai tổng thống đã điện đàm ngày
    12/2, mở đường cho cuộc hội đàm do Ngoại trưởng A và Ngoại trưởng B dẫn đầu": the call is the presidents')."""
    clause_end = candidate.sentence.find(",", candidate.cue.end)
    return any(clause_end < 0 or m.offset < clause_end for m in candidate.persons)


def _told_just_before(pattern: re.Pattern, candidate: Candidate) -> re.Match | None:
    """ "hai Thủ tướng đã có cuộc hội đàm": the two act in the cue, not in a plan of others' event further on."""
    start = max(0, candidate.cue.start - PARTIES_NEAR - 40)
    told = next(reversed(list(pattern.finditer(candidate.sentence, start, candidate.cue.start))), None)
    return told if told is not None and candidate.cue.start - told.end() <= PARTIES_NEAR else None


def _sides_told_last(before: list[Candidate], named: str | None = None, planned: bool = False) -> list[PersonMention]:
    """The people of the last event told with two people or more, not all of one country; of the kind the sentence
    names when it names one ("Kết thúc hội đàm, hai nhà lãnh đạo ký …": the talks', not a visit of 1959 told since,
    nor, for what was done, a summit still planned)."""
    sides = [c for c in before if _two_sides(_leaders(c))]
    of_its_kind = [c for c in sides if c.type == named and (planned or not c.planned)]
    return _leaders((of_its_kind or sides)[-1]) if sides else []


def _two_sides(people: list[PersonMention]) -> bool:
    countries = [m.country for m in people]
    return len(people) >= 2 and (None in countries or len(set(countries)) >= 2)


def _leaders(candidate: Candidate) -> list[PersonMention]:
    """Its people but a leader's spouse, a guest of a visit and never one of "hai nhà lãnh đạo"."""
    return [m for m in candidate.persons if not SPOUSE.search(m.title or "")]


def _last_holders(office: str, by_sentence: list[list[PersonMention]], offices: dict[str, str], span) -> list:
    """The last person of each of two countries named with `office`; not one the reference data says was out of
    that office on the event's dates ("phế truất Tổng thống A năm 2013" before "hai Tổng thống" of 2023)."""
    by_country: dict[str, PersonMention] = {}
    for mentions in reversed(by_sentence):
        for mention in reversed(mentions):
            written = mention.title or offices.get(mention.name, "")
            if span is not None and out_of_office(mention.name, written, span):
                continue
            title = fold(written)
            if mention.country and mention.country not in by_country and title.startswith(office):
                by_country[mention.country] = mention
        if len(by_country) >= 2:
            break
    return list(by_country.values())[:2] if len(by_country) == 2 else []


@built_once
def _office_before_a_verb() -> re.Pattern:
    """An office with its country and no name, as a clause's subject: "Chủ tịch Quốc hội Cuba cũng đã hội kiến …"."""
    return re.compile(
        rf"(?:^|(?<=[,;.]\s)|(?<=\s-\s))(?P<office>{office_title()})(?=\s+(?:cũng\s+|đã\s+|còn\s+|sẽ\s+|dự kiến\s+)+)"
    )


def with_office_holders(sentence: str, mentions: list[PersonMention], before: list[list[PersonMention]]):
    """The sentence's mentions, and the holder the article named before for each office told alone as a subject
    with its country ("Chủ tịch Quốc hội Cuba cũng đã hội kiến A": the chair of Cuba's assembly named earlier)."""
    added = []
    for told in _office_before_a_verb().finditer(sentence):
        office, country = told.group("office"), country_of_title(told.group("office"))
        if country is None or any(m.offset <= told.end() and told.start() <= m.end for m in mentions):
            continue
        core = _core(office)
        holder = next(
            (m for earlier in reversed(before) for m in reversed(earlier)
             if m.country == country and fold(m.title).startswith(core)),
            None,
        )  # fmt: skip
        if holder is not None:
            added.append(PersonMention(holder.name, office, told.start(), told.end(), "", country))
    return sorted([*mentions, *added], key=lambda m: m.offset)


def _core(office: str) -> str:
    """ "Chủ tịch Quốc hội Cuba" -> "chủ tịch quốc hội": the longest office word it opens with, folded."""
    folded = fold(office)
    return max((fold(core) for core in TITLE_CORES if folded.startswith(fold(core))), key=len, default=folded)
