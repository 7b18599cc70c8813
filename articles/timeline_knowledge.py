"""What the timeline knows, read from the database for the pipeline's dating rule (the plain-data side is
extraction/timeline_knowledge.py): the day-precise occasions of the persons an article names, and the
terms of their offices."""

from __future__ import annotations

from django.db.models import Q

from extraction import records as rec
from extraction.persons import ONE_HOLDER_OFFICES, office_of
from extraction.timeline_knowledge import KnownOccasion, KnownTerm
from timeline.models import Event, Participation, Person, Position


class DatabaseKnowledge:
    """TimelineKnowledge over the database: two or three small queries per question.

    One instance serves one reading of an article (which writes nothing): the persons a set of names
    stands for, asked by both questions, are read once."""

    def __init__(self):
        self._ids: dict[frozenset[str], dict[int, set[str]]] = {}

    def _ids_by_name(self, names: set[str]) -> dict[int, set[str]]:
        """person id -> the asked names (folded names or aliases) that name that person."""
        key = frozenset(names)
        if key not in self._ids:
            self._ids[key] = self._read_ids(names)
        return self._ids[key]

    def _read_ids(self, names: set[str]) -> dict[int, set[str]]:
        found: dict[int, set[str]] = {}
        rows = Person.objects.filter(Q(folded_name__in=names) | Q(aliases__folded__in=names)).values_list(
            "pk", "folded_name", "aliases__folded"
        )
        for pk, folded, alias in rows:
            for name in {folded, alias} & names:
                found.setdefault(pk, set()).add(name)
        return found

    def occasions_with(self, names: set[str]) -> list[KnownOccasion]:
        ids = self._ids_by_name(names)
        if not ids:
            return []
        # The participations of the asked persons in events known to the day (not rejected nor merged away),
        # in the events' order: each event with the asked names of its participants, in one query.
        rows = (
            Participation.objects.filter(
                person_id__in=ids, event__year_unknown=False, event__precision=rec.DAY, event__merged_into__isnull=True
            )
            .exclude(event__status=Event.Status.REJECTED)
            .order_by("event__start", "event__end", "event_id")
            .values_list("event_id", "person_id", "event__type", "event__start", "event__end", "event__title")
        )
        held: dict[int, tuple] = {}
        names_of: dict[int, set[str]] = {}
        for pk, person_id, kind, start, end, title in rows:
            held.setdefault(pk, (kind, start, end, title))
            names_of.setdefault(pk, set()).update(ids[person_id])
        return [
            KnownOccasion(kind, start, end, title, frozenset(names_of.get(pk, ())))
            for pk, (kind, start, end, title) in held.items()
        ]

    def terms_of(self, names: set[str]) -> list[KnownTerm]:
        ids = self._ids_by_name(names)
        seen = Position.objects.filter(first_seen__isnull=False, last_seen__isnull=False).values_list(
            "person_id", "title", "country_id", "person__country_id", "first_seen", "last_seen"
        )
        terms = list(seen.filter(person_id__in=ids))
        # Everyone the timeline shows in the same offices of one holder: whoever came before and after.
        one_holder = {title for _, title, *_ in terms if office_of(title) in ONE_HOLDER_OFFICES}
        holders = list(seen.filter(title__in=one_holder)) if one_holder else []
        known = []
        for person_id, title, country, person_country, first, last in terms:
            others = [
                (other_first, other_last)
                for other, other_title, other_country, other_person_country, other_first, other_last in holders
                if other != person_id
                and other_title == title
                and (other_country or other_person_country) == (country or person_country)
            ]
            before = max((other_last for _, other_last in others if other_last < first), default=None)
            after = min((other_first for other_first, _ in others if other_first > last), default=None)
            known += [KnownTerm(name, title, first, last, before, after) for name in sorted(ids[person_id])]
        return known
