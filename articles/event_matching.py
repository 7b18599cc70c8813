"""Is an extracted event one the timeline already holds? The candidates an article's events might tell again,
and the one each tells."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Q

from articles.models import Article
from extraction import records as rec
from extraction.event_types import same_family_codes
from extraction.folding import fold
from extraction.occasions import Telling, dates_near, same_occasion
from timeline.models import Event, Person


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
    ordinal: int | None = None
    gathering: str = ""
    person_ids: set[int] = field(default_factory=set)
    country_ids: set[int] = field(default_factory=set)
    agreements: set[str] = field(default_factory=set)  # folded names

    @classmethod
    def of(cls, event: Event) -> CandidateEvent:
        return cls(
            event.pk, event.type, event.start, event.end, event.precision, event.place, event.merged_into_id,
            event.ordinal, event.gathering,
            set(event.participations.values_list("person_id", flat=True)),
            set(event.countries.values_list("pk", flat=True)),
            {fold(name) for name in event.agreements.values_list("name", flat=True)},
        )  # fmt: skip

    def telling(self) -> Telling:
        return Telling(
            self.type, self.start, self.end, self.precision, frozenset(self.person_ids),
            frozenset(self.country_ids), self.place, frozenset(self.agreements), self.ordinal, self.gathering,
        )  # fmt: skip


ONE_DAY = timedelta(days=1)


def _merged_spans(spans) -> list[tuple]:
    """The spans, each widened by a day around it (an outlet's day may be another's next: occasions.dates_near),
    those that overlap or touch merged: one condition each in the query, whose construction is what costs."""
    merged: list[list] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + ONE_DAY:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(span) for span in merged]


def candidate_events(found_events: list[rec.FoundEvent], article: Article, new_article: bool) -> list[CandidateEvent]:
    """In one query, the events on the timeline that the article's events might tell again, with their
    participants and countries (joined: a row per participant and country, the query's construction, not the
    few repeated rows, is what costs)."""
    if not found_events:
        return []
    overlapping = Q()
    for start, end in _merged_spans((found.date.start - ONE_DAY, found.date.end + ONE_DAY) for found in found_events):
        overlapping |= Q(start__lte=end, end__gte=start)
    rows = Event.objects.filter(
        overlapping, type__in=same_family_codes(found.type for found in found_events), year_unknown=False
    )
    if not new_article:
        # The pipeline already told this article's events apart: they never match each other.
        rows = rows.exclude(mentions__article=article)
    by_pk: dict[int, CandidateEvent] = {}  # in the events' order
    for *event, person_id, country_id in rows.order_by("start", "end", "pk").values_list(
        "pk",
        "type",
        "start",
        "end",
        "precision",
        "place",
        "merged_into_id",
        "ordinal",
        "gathering",
        "participations__person_id",
        "countries",
    ):
        candidate = by_pk.get(event[0]) or by_pk.setdefault(event[0], CandidateEvent(*event))
        if person_id is not None:
            candidate.person_ids.add(person_id)
        if country_id is not None:
            candidate.country_ids.add(country_id)
    signings = [pk for pk, candidate in by_pk.items() if candidate.type == "signing"]
    for pk, name in Event.agreements.through.objects.filter(event_id__in=signings).values_list(
        "event_id", "agreement__name"
    ):
        by_pk[pk].agreements.add(fold(name))
    return list(by_pk.values())


def _apart(telling: Telling, candidate: CandidateEvent) -> int:
    return abs((telling.start - candidate.start).days) + abs((telling.end - candidate.end).days)


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
        frozenset(fold(name) for name in found.agreements),
        found.ordinal,
        found.gathering,
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
    # The nearest in its dates first: a visit's day ("bên lề chuyến thăm" on 25/5) is of the visit of 25-27/5, not of
    # the same guest's next visit known only to its month.
    for candidate in sorted(candidates, key=lambda c: _apart(telling, c)):
        if not dates_near(telling, candidate.telling()):
            continue
        if candidate.merged_into_id:
            candidate = CandidateEvent.of(Event.objects.get(pk=candidate.pk).survivor())
        if candidate.pk not in taken and same_occasion(telling, candidate.telling()):
            return candidate.pk
    return None
