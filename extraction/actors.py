"""Who did what in an event's sentence: the actor first (a visit's visitor, never the host who invited),
and a person as a title names them."""

from __future__ import annotations

import re

from .alternation import any_of
from .built_once import built_once
from .candidates import VISIT_OF, Candidate
from .counterparts import COUNTERPART
from .offices import SPOUSE, STATE_NAME
from .persons import PersonMention
from .reference import country_names

# Who hosts a visit and who makes it: "theo lời mời của X" (host), "chủ trì lễ đón Y" (visitor).
INVITED_BY = re.compile(r"\b(?:lời mời|mời) của\s+", re.I)
WELCOMED = re.compile(r"\b(?:lễ đón|đón tiếp|đón)(?:\s+(?:chính thức|trọng thể|cấp Nhà nước))*\s+", re.I)


@built_once
def _state_name() -> re.Pattern:
    """A state's official name before its country's name: "Cộng hòa dân chủ nhân dân " (Lào)."""
    return re.compile(rf"{STATE_NAME} (?=(?:{any_of(country_names())})$)")


def person_label(mention: PersonMention) -> str:
    title = re.sub(r"^(?:nguyên|cựu|cố|tân)\s+", "", mention.title or "")
    # "Chủ tịch nước Cộng hòa dân chủ nhân dân Lào" reads "Chủ tịch nước Lào" in a title.
    title = _state_name().sub("", title)
    if COUNTERPART.fullmatch(title):
        title = ""  # a counterpart whose office the sentence does not give (counterparts.py)
    return f"{title} {mention.name}".strip()


def named_after(sentence: str, pattern: re.Pattern, people: list[PersonMention]) -> list[PersonMention]:
    """The person each match of `pattern` introduces: the first named within a short stretch after it."""
    named = []
    for match in pattern.finditer(sentence):
        person = next((p for p in people if 0 <= p.offset - match.end() < 60), None)
        if person is not None and not re.search(r"[,;]", sentence[match.end() : person.offset]):
            named.append(person)
    return named


def ordered_people(candidate: Candidate) -> list[PersonMention]:
    """The actor first, then the others.

    For a visit the actor is the one who travels: the one welcomed ("chủ trì lễ đón Tổng thống Y"),
    else the one after "của" ("chuyến thăm … của Thủ tướng X"), never the host who invited
    ("theo lời mời của X"); for other events the person named last before the cue ("Bộ trưởng X
    gửi điện …").
    """
    people = candidate.persons
    if not people:
        return []
    cue, sentence = candidate.cue, candidate.sentence
    actor = None
    hosts = named_after(sentence, INVITED_BY, people) if candidate.type == "visit" else []
    if candidate.type == "visit":
        welcomed = named_after(sentence, WELCOMED, people)
        of = VISIT_OF.search(sentence[cue.end : cue.end + 60])
        if welcomed:
            actor = welcomed[0]
        elif of:
            actor = next((p for p in people if p.offset >= cue.end + of.end() - 1 and p not in hosts), None)
    # "A và Phu nhân B thăm …": the spouse travels with the actor, who is named before.
    before = [p for p in people if p.offset < cue.start and p not in hosts and not SPOUSE.match(p.title or "")]
    guests = [p for p in people if p not in hosts]
    actor = actor or (before[-1] if before else (guests or people)[0])
    if candidate.type == "visit" and candidate.place_country and actor.country == candidate.place_country:
        # Nobody visits their own country: the traveller is someone from elsewhere.
        actor = next((p for p in guests if p.country and p.country != candidate.place_country), actor)
    return [actor, *[p for p in people if p is not actor]]
