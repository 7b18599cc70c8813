"""Why an event waits for a curator rather than being published on import (the rule the README states)."""

from __future__ import annotations

from .actors import ordered_people
from .candidates import Candidate
from .names import known_name
from .records import YEAR, FoundEvent, YearGuess

# Events made by persons, whose participants must be named for the event to be published on import.
PERSONAL_TYPES = {"visit", "talks", "meeting", "call", "message"}
# Sources of the article's year that come from the article or the curator; the others are guesses.
ARTICLE_YEAR_SOURCES = {"given", "url", "page", "text"}


def office_known(name: str, title: str, offices: dict[str, str]) -> bool:
    """The article gives the person's office, or the person is a leader of the names reference (never a
    fragment or a junk name, whose offices the reference's terms know by date)."""
    return bool(title or offices.get(name)) or known_name(name) is not None


def why_draft(candidate: Candidate, year: YearGuess, offices: dict[str, str]) -> str:
    """Why an event should wait for a curator rather than be published on import; "" when it passes.

    Published automatically only when very likely right: dated to the day or the month by its own
    words or by what they refer back to, its year from the article or its given date (not from the
    timeline); a meeting, talks, call, message or visit with named participants whose offices are
    known, a visit's visitor not from the country visited; no other event of its type at the same time.
    """
    people = candidate.persons
    if candidate.date.precision == YEAR:
        return "dated only to the year"
    if candidate.date_source in ("news-day", "published", "year"):
        return "dated by the article's news day or publication date, not by its own words"
    if candidate.date.year_inferred and year.basis not in ARTICLE_YEAR_SOURCES:
        return f"its year is a guess ({year.source or 'unknown'})"
    if candidate.type not in PERSONAL_TYPES:
        return ""
    if not people:
        return "no participant named"
    unknown = [p.name for p in people if not office_known(p.name, p.title, offices)]
    if unknown:
        return f"office unknown: {', '.join(unknown)}"
    visitor = ordered_people(candidate)[0] if candidate.type == "visit" else None
    if visitor is not None and visitor.country and visitor.country == candidate.place_country:
        return "the visitor is from the country visited: the host may have been taken for the visitor"
    return ""


def mark_rivals(events: list[FoundEvent]) -> None:
    """An event with another of its type at the same time waits for a curator."""
    for event in events:
        rival = next(
            (o for o in events if o is not event and o.type == event.type and o.date.overlaps(event.date)), None
        )
        if rival is not None and not event.why_draft:
            event.why_draft = f"another {event.type} of the article overlaps its dates: {rival.title[:80]}"
