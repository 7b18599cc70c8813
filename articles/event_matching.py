"""Is an extracted event one the timeline already holds? The candidates an article's events might tell again,
and the one each tells."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q

from articles.models import Article
from extraction import records as rec
from extraction.event_types import event_type, same_family_codes
from extraction.folding import fold
from timeline.models import Event, Participation, Person


@dataclass
class CandidateEvent:
    """What matching needs of an event already on the timeline: plain values, no model instance."""

    pk: int
    type: str
    start: date
    end: date
    precision: str
    place: str
    merged_into_id: int | None
    person_ids: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, event: Event) -> CandidateEvent:
        return cls(
            event.pk, event.type, event.start, event.end, event.precision, event.place, event.merged_into_id,
            set(event.participations.values_list("person_id", flat=True)),
        )  # fmt: skip


def candidate_events(found_events: list[rec.FoundEvent], article: Article, new_article: bool) -> list[CandidateEvent]:
    """In two light queries, the events on the timeline that the article's events might tell again."""
    if not found_events:
        return []
    overlapping = Q()
    for found in found_events:
        overlapping |= Q(start__lte=found.date.end, end__gte=found.date.start)
    rows = Event.objects.filter(
        overlapping, type__in=same_family_codes(found.type for found in found_events), year_unknown=False
    )
    if not new_article:
        # The pipeline already told this article's events apart: they never match each other.
        rows = rows.exclude(mentions__article=article)
    candidates = [
        CandidateEvent(*row)
        for row in rows.order_by("start", "end", "pk").values_list(
            "pk", "type", "start", "end", "precision", "place", "merged_into_id"
        )
    ]
    by_pk = {candidate.pk: candidate for candidate in candidates}
    for event_id, person_id in Participation.objects.filter(event_id__in=by_pk).values_list("event_id", "person_id"):
        by_pk[event_id].person_ids.add(person_id)
    return candidates


def matching_event(
    found: rec.FoundEvent, people: list[Person], candidates: list[CandidateEvent], taken=frozenset()
) -> int | None:
    """The primary key of the event among `candidates` that `found` tells again, or None.

    Same type family, overlapping dates, and a shared participant but no two different
    counterparts (A meeting B and A meeting C are two events); a date
    known only to the year overlaps with everything that year, so there two
    shared participants (or the same type and place when nobody is named) are needed.
    """
    if found.year_unknown:
        return None  # its year is a placeholder: it waits for its article's date, not matched by it
    family = event_type(found.type).family
    person_ids = {person.pk for person in people}
    place = fold(found.place or "")
    coarse = found.date.precision == rec.YEAR
    for candidate in candidates:
        if event_type(candidate.type).family != family:
            continue
        if not (candidate.start <= found.date.end and candidate.end >= found.date.start):
            continue
        if candidate.merged_into_id:
            candidate = CandidateEvent.of(Event.objects.get(pk=candidate.pk).survivor())
        if candidate.pk in taken:
            continue
        shared_people = person_ids & candidate.person_ids
        if shared_people and person_ids - shared_people and candidate.person_ids - shared_people:
            continue  # A meeting B is not A meeting C, on the same day or not
        if shared_people and (len(shared_people) >= 2 or not (coarse or candidate.precision == rec.YEAR)):
            return candidate.pk
        nobody_named = not person_ids or not candidate.person_ids
        same_place = not place or not candidate.place or fold(candidate.place) == place
        if nobody_named and candidate.type == found.type and same_place:
            return candidate.pk
    return None
