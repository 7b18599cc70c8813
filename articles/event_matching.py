"""Is an extracted event one the timeline already holds? The candidates an article's events might tell again,
and the one each tells."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, Value

from articles.models import Article
from extraction import records as rec
from extraction.event_types import same_family_codes
from extraction.occasions import Telling, dates_overlap, same_occasion
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
    country_ids: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, event: Event) -> CandidateEvent:
        return cls(
            event.pk, event.type, event.start, event.end, event.precision, event.place, event.merged_into_id,
            set(event.participations.values_list("person_id", flat=True)),
            set(event.countries.values_list("pk", flat=True)),
        )  # fmt: skip

    def telling(self) -> Telling:
        return Telling(
            self.type, self.start, self.end, self.precision, frozenset(self.person_ids),
            frozenset(self.country_ids), self.place,
        )  # fmt: skip


def candidate_events(found_events: list[rec.FoundEvent], article: Article, new_article: bool) -> list[CandidateEvent]:
    """In two light queries, the events on the timeline that the article's events might tell again."""
    if not found_events:
        return []
    overlapping = Q()
    for start, end in dict.fromkeys((found.date.start, found.date.end) for found in found_events):
        overlapping |= Q(start__lte=end, end__gte=start)  # each span once: events often share their dates
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
    # Their participants and their countries in one query: (event, person, True) and (event, country, False).
    people = Participation.objects.filter(event_id__in=by_pk).annotate(is_person=Value(True))
    countries = Event.countries.through.objects.filter(event_id__in=by_pk).annotate(is_person=Value(False))
    for event_id, other_id, is_person in (
        people.values_list("event_id", "person_id", "is_person")
        .order_by()
        .union(countries.values_list("event_id", "country_id", "is_person").order_by(), all=True)
    ):
        (by_pk[event_id].person_ids if is_person else by_pk[event_id].country_ids).add(other_id)
    return candidates


def _telling(found: rec.FoundEvent, person_ids: set[int], country_ids: set[int]) -> Telling:
    span = found.date
    return Telling(
        found.type,
        span.start,
        span.end,
        span.precision,
        frozenset(person_ids),
        frozenset(country_ids),
        found.place or "",
    )


def matching_event(
    found: rec.FoundEvent,
    people: list[Person],
    candidates: list[CandidateEvent],
    taken=frozenset(),
    country_ids: frozenset = frozenset(),
) -> int | None:
    """The primary key of the event among `candidates` that `found` tells again (extraction.occasions'
    rule), or None. `country_ids` are the countries `found` concerns (Country ids)."""
    if found.year_unknown:
        return None  # its year is a placeholder: it waits for its article's date, not matched by it
    telling = _telling(found, {person.pk for person in people}, set(country_ids))
    for candidate in candidates:
        if not dates_overlap(telling, candidate.telling()):
            continue
        if candidate.merged_into_id:
            candidate = CandidateEvent.of(Event.objects.get(pk=candidate.pk).survivor())
        if candidate.pk not in taken and same_occasion(telling, candidate.telling()):
            return candidate.pk
    return None
