"""The year of an article that never writes it, from what the timeline already knows: the occasions it
holds with their years, and the terms of the offices its persons held."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Q

from extraction import records as rec
from extraction.event_types import event_type
from extraction.folding import fold
from extraction.persons import office_of
from timeline.models import Event, Participation, Person, Position

# How long the timeline must know someone in an office for its first and last days to stand for the term.
TERM = timedelta(days=300)


def year_from_timeline(extracted: rec.ExtractedArticle) -> rec.YearGuess | None:
    """The year an article that never writes it tells, from the occasions already on the timeline.

    An undated telling ("chiều 19/10, Thủ tướng A hội đàm với Thủ tướng B") of an occasion the
    timeline holds with its year (same type family, a shared participant, the day and month inside
    its dates, both known to the day) votes for that year; the year with most votes wins, a tie
    gives none. Failing that, the office terms the timeline knows (year_from_offices).
    """
    undated = [e for e in extracted.events if e.year_unknown and e.participants and e.date.precision == rec.DAY]
    if not undated:
        return None
    names = {fold(p.name) for e in undated for p in e.participants}
    ids_by_name: dict[str, set[int]] = {}
    for pk, folded, alias in Person.objects.filter(Q(folded_name__in=names) | Q(aliases__folded__in=names)).values_list(
        "pk", "folded_name", "aliases__folded"
    ):
        for name in {folded, alias} & names:
            ids_by_name.setdefault(name, set()).add(pk)
    person_ids = set().union(*ids_by_name.values()) if ids_by_name else set()
    if not person_ids:
        return None
    rows = (
        Event.objects.not_rejected()
        .filter(year_unknown=False, participations__person_id__in=person_ids)
        .filter(precision=rec.DAY)
        .values_list("pk", "type", "start", "end", "title")
        .distinct()
    )
    held = {}
    for pk, kind, start, end, title in rows:
        held.setdefault(pk, (kind, start, end, title))
    people_of = {}
    for event_id, person_id in Participation.objects.filter(event_id__in=held).values_list("event_id", "person_id"):
        people_of.setdefault(event_id, set()).add(person_id)
    votes: dict[int, list[str]] = {}
    for found in undated:
        ids_here = set().union(*(ids_by_name.get(fold(p.name), set()) for p in found.participants))
        family = event_type(found.type).family
        for pk, (kind, start, end, title) in held.items():
            if not (people_of.get(pk, set()) & ids_here) or event_type(kind).family != family:
                continue
            for year in {start.year, end.year}:
                moved = _in_year(found.date, year)
                if moved and moved[0] <= end and moved[1] >= start:
                    votes.setdefault(year, []).append(f"{title} ({start:%d/%m/%Y})")
    if not votes:
        return year_from_offices(undated, ids_by_name)
    ranked = sorted(votes.items(), key=lambda item: len(item[1]), reverse=True)
    if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
        return None
    year, reasons = ranked[0]
    return rec.YearGuess(year, f"timeline: {reasons[0]}"[:200], 0.6, "timeline")


def year_from_offices(undated: list[rec.FoundEvent], ids_by_name: dict[str, set[int]]):
    """The one year in which every dated telling falls within the office terms other articles tell.

    "Chủ tịch nước X" on 19/10 falls within X's term as the timeline knows it (the first and last
    day other articles show X in that office); only a term the timeline knows for most of a year
    counts, so that one article's day is not taken for a whole term. None unless one year fits all.
    """
    person_ids = set().union(*ids_by_name.values())
    terms = Position.objects.filter(person_id__in=person_ids, first_seen__isnull=False, last_seen__isnull=False)
    terms = [t for t in terms.values_list("person_id", "title", "first_seen", "last_seen") if t[3] - t[2] >= TERM]
    fitting, reason = None, ""
    for found in undated:
        for participant in found.participants:
            ids = ids_by_name.get(fold(participant.name), set())
            for person_id, title, first, last in terms:
                if person_id not in ids or not participant.role or office_of(title) != office_of(participant.role):
                    continue
                years = set()
                for year in range(first.year, last.year + 1):
                    moved = _in_year(found.date, year)
                    if moved and first <= moved[0] <= last:
                        years.add(year)
                fitting = years if fitting is None else fitting & years
                reason = f"{title} {participant.name}, {first:%m/%Y}–{last:%m/%Y}"
    if not fitting or len(fitting) != 1:
        return None
    return rec.YearGuess(fitting.pop(), f"timeline: {reason}"[:200], 0.5, "timeline")


def _in_year(span: rec.DateSpan, year: int) -> tuple[date, date] | None:
    """A year-unknown span's dates moved into `year` (None when its day does not exist that year)."""
    shift = year - span.start.year
    try:
        return span.start.replace(year=year), span.end.replace(year=span.end.year + shift)
    except ValueError:
        return None
