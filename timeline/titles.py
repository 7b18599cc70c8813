"""Titles composed in English from an event's facts (its type, countries, visitor and host, level,
ordinal, participants, place and agreements), for the English pages and exports of an event no curator
has titled in English. The facts are fields: a curator who edits the Vietnamese title changes none of them.
"""

from __future__ import annotations

from django.utils import translation

from extraction.levels import level as level_named
from timeline.vocabulary import country_name, ordinal_en


def _joined(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _people(event) -> list[str]:
    return [p.person.name_en for p in event.participations.all()][:3]


def _countries(event) -> list[str]:
    with translation.override("en"):
        return [name for name in event.country_names.split(" – ") if name]


def _between(event, people: list[str]) -> str:
    """'between Viet Nam and Japan', or the people when there are two or more of them."""
    sides = people if len(people) >= 2 else _countries(event)
    return f" between {_joined(sides)}" if len(sides) >= 2 else (f" with {sides[0]}" if sides else "")


def _by(people: list[str]) -> str:
    return f" by {_joined(people)}" if people else ""


def _in(event) -> str:
    place = event.place_en
    return f" in {place}" if place and place not in _countries(event) else ""


def _numbered(event, head: str) -> str:
    return f"{ordinal_en(event.ordinal)} {head[:1].lower()}{head[1:]}" if event.ordinal else head


def _visit(event, people):
    route = event.visit_route()
    if route:
        visitor, host = (country_name(iso, True) for iso in route)
        return f"Visit from {visitor} to {host}{_by(people)}"
    place = event.place_en
    if people or place:
        return f"Visit{_by(people)}" + (f" to {place}" if place else "")
    return f"Visit{_between(event, [])}"


def _upgrade(event, people):
    countries = _countries(event)
    if event.establishes_relations:
        return f"{_joined(countries) if countries else 'Two countries'} establish diplomatic relations"
    named = level_named(event.level)
    pair = " – ".join(countries) or "Bilateral"
    return f"{pair} relations upgraded" + (f" to {named.en}" if named else "")


def _signing(event, people):
    agreements = [agreement.short_name or agreement.name for agreement in event.agreements.all()][:2]
    if agreements and all(name.isascii() for name in agreements):
        return f"Signing of {_joined(agreements)}{_between(event, [])}"
    return f"Signing of agreements{_between(event, people)}"


COMPOSERS = {
    "visit": _visit,
    "talks": lambda event, people: f"Talks{_between(event, people)}{_in(event)}",
    "meeting": lambda event, people: f"Meeting{_between(event, people)}{_in(event)}",
    "call": lambda event, people: f"Phone call{_between(event, people)}",
    "conference": lambda event, people: f"{_numbered(event, 'Conference')}{_in(event)}"
    + (f" attended by {_joined(people)}" if people else ""),
    "committee_session": lambda event, people: _numbered(event, "Session")
    + (f" of the {' – '.join(_countries(event))} committee" if _countries(event) else " of a joint committee")
    + _in(event),
    "signing": _signing,
    "upgrade": _upgrade,
    "anniversary": lambda event, people: _numbered(event, "Anniversary")
    + (f" of {' – '.join(_countries(event))} relations" if _countries(event) else ""),
    "message": lambda event, people: f"Message{_by(people) or _between(event, [])}",
}


def composed_title_en(event) -> str:
    """'Visit from Japan to Viet Nam by Suga Yoshihide', '12th session of the Viet Nam – Japan committee',
    'Viet Nam – Japan relations upgraded to Comprehensive Strategic Partnership': never a bare type name."""
    people = _people(event)
    if event.establishes_relations:
        return _upgrade(event, people)
    composer = COMPOSERS.get(event.type)
    if composer:
        title = composer(event, people)
        # Nothing known beyond the type: still a sentence, never a bare type name.
        return title if " " in title else f"{title} (parties not named)"
    countries = _countries(event)
    subject = _joined(people) if people else " – ".join(countries)
    return f"Diplomatic contact: {subject}{_in(event)}" if subject else f"Diplomatic event{_in(event)}"
