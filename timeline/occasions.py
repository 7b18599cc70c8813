"""One occasion, one entry: a visit and what happened during it (talks, meetings, signings, a committee
session, a welcome ceremony) are one occasion. Each part keeps its own evidence, date and page, and
points to the visit (`Event.part_of`); listings show the visit once, with its parts inside it.

The rule: an event is a part of a visit when
- the visit is a visit and the event is of a type that happens during one (never a visit: two visits are
  never parts of each other, and a visit is never a part);
- the visit is dated to the day, and the event lies within its days (a part never outlives its visit) or,
  told by the same article without its own day, is dated to the visit's month (the text does not say which
  day of the visit it took place);
- both concern the same two countries;
- the event shares a participant with the visit, or names none (a welcome ceremony with no names).
Among several such visits, a published one wins, then one sharing a participant, then the shortest.
A grouping a curator set or cleared (`part_of` in the event's curated fields) is never changed.
"""

from dataclasses import dataclass, field
from functools import cache

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext

from extraction.records import DAY, MONTH
from timeline.caching import published_changed
from timeline.models import Event, Mention, Participation, relationship_of

OCCASION_TYPE = Event.Type.VISIT
PART_TYPES = (
    Event.Type.TALKS,
    Event.Type.MEETING,
    Event.Type.SIGNING,
    Event.Type.COMMITTEE_SESSION,
    Event.Type.OTHER,
)


@dataclass
class Related:
    """What the rule compares of events beyond their own columns, by event id: the countries of their
    relationship, their participants, and the articles that tell them (read for month-dated events only)."""

    relationships: dict[int, tuple[str, ...]] = field(default_factory=dict)
    people: dict[int, set[int]] = field(default_factory=dict)
    articles: dict[int, set[int]] = field(default_factory=dict)

    def people_of(self, event) -> set[int]:
        return self.people.get(event.pk, set())

    def articles_of(self, event) -> set[int]:
        return self.articles.get(event.pk, set())

    def relationship_of(self, event) -> tuple[str, ...]:
        return self.relationships.get(event.pk) or relationship_of(())


def _may_be_part(event, visit) -> bool:
    """What the rule asks of `event` and `visit` themselves, before their related rows: types and dates."""
    if visit.type != OCCASION_TYPE or event.type not in PART_TYPES or event.pk == visit.pk:
        return False
    if visit.precision != DAY or event.precision not in (DAY, MONTH):
        return False
    if event.precision == DAY:
        return visit.start <= event.start and event.end <= visit.end
    # Known to the month only: an activity of the visit its article does not give a day to (see belongs_to).
    return event.start <= visit.start and visit.end <= event.end


def belongs_to(event, visit, related: Related) -> bool:
    """`event` is a part of the occasion of `visit` (`related`: their countries, participants and articles)."""
    if not _may_be_part(event, visit):
        return False
    if event.precision == MONTH and not (related.articles_of(event) & related.articles_of(visit)):
        return False  # a month-dated activity is the visit's only when the same article tells both
    pair = related.relationship_of(visit)
    if len(pair) != 2 or related.relationship_of(event) != pair:
        return False
    people = related.people_of(event)
    return not people or bool(people & related.people_of(visit))


def part_of_error(event) -> str:
    """Why `event` cannot be a part of the occasion a curator gave it ("" when it can)."""
    occasion = event.part_of
    if occasion is None:
        return ""
    if event.type == OCCASION_TYPE:
        return gettext("Một chuyến thăm không thể là một phần của chuyến thăm khác.")
    if occasion.pk == event.pk or occasion.type != OCCASION_TYPE:
        return gettext("Chỉ một chuyến thăm khác mới có thể chứa sự kiện này.")
    return ""


def occasion_for(event, visits, related: Related):
    """The visit among `visits` whose occasion `event` is a part of, or None."""
    fitting = [visit for visit in visits if belongs_to(event, visit, related)]
    if not fitting:
        return None
    return min(
        fitting,
        key=lambda visit: (
            visit.status != Event.Status.PUBLISHED,
            not (related.people_of(event) & related.people_of(visit)),
            visit.end - visit.start,
            visit.pk,
        ),
    )


def _candidates():
    """Events the rule may group: dated to the day or the month, not rejected or merged away, of a grouped
    type (their countries, participations and mentions are read by `regroup`, when it needs them)."""
    return _candidate_rows().all()  # a copy: the one built is never evaluated


@cache
def _candidate_rows():
    """The query of `_candidates`, built once: an import asks it once an article, and building its filters cost
    more than running it."""
    return (
        Event.objects.not_rejected()
        .filter(precision__in=(DAY, MONTH), year_unknown=False, type__in=[OCCASION_TYPE, *PART_TYPES])
        .only("pk", "type", "status", "start", "end", "precision", "part_of", "curated_fields")
    )


def regroup(events) -> int:
    """Sets `part_of` of each of `events` (a list of candidates, with every visit that may contain one of
    them) by the rule; returns how many changed. Curated groupings stay."""
    visits = [event for event in events if event.type == OCCASION_TYPE]
    related = _read_related([(event, visit) for event in events for visit in visits if _may_be_part(event, visit)])
    moved: dict[int | None, list[int]] = {}  # the occasion -> the events that now belong to it
    for event in events:
        if event.is_curated("part_of"):
            continue
        occasion = None if event.type == OCCASION_TYPE else occasion_for(event, visits, related)
        wanted = occasion.pk if occasion else None
        if event.part_of_id != wanted:
            moved.setdefault(wanted, []).append(event.pk)
            event.part_of_id = wanted
    for occasion_pk, event_pks in moved.items():
        # An update, not save(): grouping is derived, not an edit for the history. One for each occasion.
        Event.objects.filter(pk__in=event_pks).update(part_of=occasion_pk)
    if moved:
        published_changed()
    return sum(map(len, moved.values()))


def _read_related(pairs) -> Related:
    """The related rows the rule compares, for the (event, visit) pairs that pass its other tests only (for the
    others it reads none): countries and participants, and the articles of a month-dated event and its visit.
    Only the columns it compares, as plain values (not prefetched rows: building those cost more than the
    queries)."""
    related = Related()
    both = {row.pk for pair in pairs for row in pair}
    if both:
        isos: dict[int, set[str]] = {}
        countries = Event.countries.through.objects.filter(event_id__in=both).order_by()
        for event_id, iso in countries.values_list("event_id", "country__iso"):
            isos.setdefault(event_id, set()).add(iso)
        related.relationships = {event_id: relationship_of(codes) for event_id, codes in isos.items()}
        participants = Participation.objects.filter(event_id__in=both).order_by()
        for event_id, person_id in participants.values_list("event_id", "person_id"):
            related.people.setdefault(event_id, set()).add(person_id)
    by_month = {row.pk for pair in pairs if pair[0].precision == MONTH for row in pair}
    if by_month:
        mentions = Mention.objects.filter(event_id__in=by_month).order_by()
        for event_id, article_id in mentions.values_list("event_id", "article_id"):
            related.articles.setdefault(event_id, set()).add(article_id)
    return related


def attach(events) -> int:
    """Groups `events` (an article's, just written) with their occasions: each visit among them takes the
    events of its days, and each other event joins the visit it happened during. Only the events that
    overlap theirs are read (any visit containing one of them overlaps it too)."""
    spans = {(event.start, event.end) for event in events if event.pk and event.precision in (DAY, MONTH)}
    if not spans:
        return 0
    overlapping = Q()
    for start, end in spans:
        overlapping |= Q(start__lte=end, end__gte=start)
    return regroup(list(_candidates().filter(overlapping)))


def group_all() -> int:
    """Groups every event on the timeline, a year at a time (with the visits overlapping that year)."""
    years = sorted({day.year for day in _candidates().dates("start", "year")})
    changed = 0
    for year in years:
        changed += regroup(list(_candidates().filter(start__year__lte=year, end__year__gte=year)))
    return changed


def shown_inside(events):
    """True (as SQL, for querysets of `events`) for a part whose occasion is among `events`: a listing of
    `events` shows it inside its occasion, not as an entry of its own."""
    return Exists(events.filter(pk=OuterRef("part_of")))


def entries(events):
    """The events a listing shows as entries: all of `events` but the parts shown inside their occasion.
    A part whose visit a filter leaves out is an entry of its own."""
    return events.exclude(shown_inside(events))
