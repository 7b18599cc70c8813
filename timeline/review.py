"""Why a draft needs a curator's attention, and which events and persons may be one.

One place for the review rules, read by the admin's list, filters and change form. The reasons are
what the importer recorded when it left the event a draft (`Event.draft_reason`: its strict publication
tests) and what the events hold today (year unknown or inferred, participants, confidence, sources,
planned and past, possible duplicates).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext_lazy as _

from extraction.folding import fold
from extraction.names import person_key
from timeline.models import Event, Mention, Participation, Person, PersonAlias, Position
from timeline.outcomes import DraftReason, draft_reason_codes

LOW_CONFIDENCE = 0.5
HIGH_CONFIDENCE = 0.8
CONFIDENCE_BANDS = {
    "low": (_("thấp"), Q(confidence__lt=LOW_CONFIDENCE)),
    "medium": (_("trung bình"), Q(confidence__gte=LOW_CONFIDENCE, confidence__lt=HIGH_CONFIDENCE)),
    "high": (_("cao"), Q(confidence__gte=HIGH_CONFIDENCE)),
}


def confidence_band(confidence: float) -> str:
    if confidence < LOW_CONFIDENCE:
        return "low"
    return "medium" if confidence < HIGH_CONFIDENCE else "high"


@dataclass(frozen=True)
class Reason:
    code: str
    label: str
    detail: str = ""
    event_id: int | None = None  # the possible duplicate


REASON_LABELS = {
    "year_unknown": _("chưa biết năm"),
    "year_inferred": _("năm suy ra"),
    "no_participant": _("chưa có người tham gia"),
    "low_confidence": _("độ tin cậy thấp"),
    "single_source": _("một nguồn"),
    "possible_duplicate": _("có thể trùng #%(n)s"),
    "planned_past": _("dự kiến nhưng ngày đã qua"),
}


def reasons_for(
    event: Event, duplicates: dict[int, list[int]] | None = None, today: date | None = None
) -> list[Reason]:
    """Why `event` needs attention. Reads `n_participants` and `source_count` when the queryset
    annotated them (see `for_review`), and the prefetched mentions' articles for the year's source."""
    today = today or date.today()
    reasons = []
    said = draft_reason_codes(event.draft_reason) if event.status == Event.Status.DRAFT else []
    # What the importer said (the publishing decision's reasons), unless one of the reasons below says it.
    for code in said:
        if code not in (DraftReason.YEAR_UNKNOWN, DraftReason.NO_PARTICIPANT, DraftReason.LOW_CONFIDENCE):
            reasons.append(Reason(code, str(DraftReason(code).label) if code in DraftReason.values else code))
    if event.year_unknown:
        reasons.append(Reason("year_unknown", str(REASON_LABELS["year_unknown"])))
    elif event.year_inferred:
        bases = sorted({year_basis_shown(m.article) for m in event.mentions.all() if m.article.year_basis})
        reasons.append(Reason("year_inferred", str(REASON_LABELS["year_inferred"]), "; ".join(bases)))
    participants = getattr(event, "n_participants", None)
    if participants is None:
        participants = event.participations.count()
    if not participants:
        reasons.append(Reason("no_participant", str(REASON_LABELS["no_participant"])))
    if event.confidence < LOW_CONFIDENCE:
        reasons.append(Reason("low_confidence", str(REASON_LABELS["low_confidence"])))
    sources = getattr(event, "source_count", None)
    if sources is None:
        sources = event.mentions.count()
    if sources <= 1:
        reasons.append(Reason("single_source", str(REASON_LABELS["single_source"])))
    for other in (duplicates or {}).get(event.pk, []):
        reasons.append(
            Reason("possible_duplicate", str(REASON_LABELS["possible_duplicate"]) % {"n": other}, event_id=other)
        )
    if event.planned and event.end < today:
        reasons.append(Reason("planned_past", str(REASON_LABELS["planned_past"])))
    return reasons


def year_basis_shown(article) -> str:
    """Where the year came from, in the admin's language, with the evidence the importer noted
    ("một sự kiện có năm trong bài: 7/7/2022"): the words before the colon are its own, the rest is data."""
    label = str(article.get_year_basis_display())
    _prefix, colon, evidence = article.year_source.partition(": ")
    return f"{label}: {evidence}" if colon and evidence else label


def for_review(queryset):
    """What `reasons_for` and the review list read, in a fixed number of queries."""

    return queryset.annotate(
        n_participants=Count("participations", distinct=True), source_count=Count("mentions", distinct=True)
    ).prefetch_related(
        "countries",
        Prefetch(
            "mentions",
            queryset=Mention.objects.select_related("article").only(
                "event_id",
                "sentence",
                "sentence_index",
                "article__id",
                "article__year_basis",
                "article__year_source",
                "article__title",
            ),
        ),
    )


# --- possible duplicates -----------------------------------------------------------------------


def possible_duplicates(event_ids=None) -> dict[int, list[int]]:
    """{event: [other events]} of the same type, with overlapping dates and a shared participant.

    Rejected and merged-away events are left out. With `event_ids`, only those events' duplicates
    (two queries whatever their number); without, every event's.
    """
    live = Participation.objects.filter(event__merged_into__isnull=True).exclude(event__status=Event.Status.REJECTED)
    fields = ("event_id", "person_id", "event__type", "event__start", "event__end")
    mine = live.filter(event_id__in=event_ids) if event_ids is not None else live
    mine_rows = list(mine.values_list(*fields))
    if event_ids is None:
        rows = mine_rows
    else:
        rows = list(live.filter(person_id__in={row[1] for row in mine_rows}).values_list(*fields))
    by_person = defaultdict(list)
    for row in rows:
        by_person[row[1]].append(row)
    found: dict[int, set[int]] = defaultdict(set)
    for event_id, person_id, kind, start, end in mine_rows:
        for other_id, _person, other_kind, other_start, other_end in by_person[person_id]:
            if other_id != event_id and other_kind == kind and other_start <= end and start <= other_end:
                found[event_id].add(other_id)
    return {event_id: sorted(others) for event_id, others in found.items()}


def duplicate_pairs(limit: int | None = None) -> list[tuple[Event, Event]]:
    """The possible duplicates as pairs (each once, the older event first), for a side-by-side merge."""
    pairs = sorted(
        {(min(one, other), max(one, other)) for one, others in possible_duplicates().items() for other in others}
    )
    if limit is not None:
        pairs = pairs[:limit]
    events = Event.objects.in_bulk({pk for pair in pairs for pk in pair})
    return [(events[one], events[other]) for one, other in pairs]


# --- persons who may be one ----------------------------------------------------------------------


def same_persons_among_participants(event: Event) -> list[list[Person]]:
    """Groups of the event's participants who are one person written two ways (word order, script:
    extraction.names.person_key) of no two different countries; each group's first is the most used."""
    by_key: dict[str, list[Person]] = defaultdict(list)
    for person in event.participants.filter(merged_into__isnull=True).annotate(n=Count("participations")):
        by_key[person_key(person.name)].append(person)
    groups = []
    for persons in by_key.values():
        countries = {person.country_id for person in persons if person.country_id}
        if len(persons) > 1 and len(countries) <= 1:
            groups.append(sorted(persons, key=lambda person: (-person.n, person.pk)))
    return groups


@dataclass
class PersonSuggestion:
    short: Person
    full: Person
    why: str


def _letters(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]", " ", fold(name))


def same_office(first: set[str], second: set[str]) -> str:
    """An office both hold ("thu tuong" and "thu tuong nhat ban" are one), or ""."""
    for one in sorted(first):
        for other in sorted(second):
            if one in other or other in one:
                return min(one, other, key=len)
    return ""


def person_suggestions(limit: int = 50) -> list[PersonSuggestion]:
    """Persons who may be one: a short form and a full name of the same country with the same office
    ("Suga" and "Suga Yoshihide", both Prime Minister of Japan), or one name written two ways (word
    order, hyphens and spaces of a transliteration: "Kishida Fumio" / "Fumio Kishida", "Sin-dô A-bê" /
    "Sindô Abê")."""
    persons = list(Person.objects.filter(merged_into__isnull=True).select_related("country").order_by("pk"))
    offices: dict[int, set[str]] = defaultdict(set)
    for person_id, title in Position.objects.filter(person__in=persons).values_list("person_id", "title"):
        offices[person_id].add(fold(title))
    words = {p.pk: _letters(p.name).split() for p in persons}
    suggestions, seen = [], set()
    names: dict[int, set[str]] = defaultdict(set)
    for person in persons:
        names[person.pk].add(person.name)
    for person_id, alias in PersonAlias.objects.filter(person__in=persons).values_list("person_id", "name"):
        names[person_id].add(alias)
    spellings: dict[str, list[Person]] = defaultdict(list)
    for person in persons:
        # One name written two ways: word order, marks and hyphens, another script (extraction.names), or
        # the same letters once the spaces go ("Sin-dô A-bê" / "Sindô Abê").
        keys = {person_key(name) for name in names[person.pk]} | {"".join(words[person.pk])}
        for key in keys - {""}:
            spellings[key].append(person)
    for group in spellings.values():
        for first_index, first in enumerate(group):
            for other in group[first_index + 1 :]:
                pair = (first.pk, other.pk)
                countries_agree = not (first.country_id and other.country_id) or first.country_id == other.country_id
                if first.pk != other.pk and countries_agree and pair not in seen:
                    seen.add(pair)
                    suggestions.append(PersonSuggestion(first, other, str(_("cùng tên, viết khác"))))
    by_word: dict[tuple, list[Person]] = defaultdict(list)  # (country, word) -> persons: no pass over all pairs
    for person in persons:
        for word in set(words[person.pk]):
            by_word[(person.country_id, word)].append(person)
    for short in persons:
        short_words = words[short.pk]
        if not short_words or len(short_words) > 2 or short.country_id is None:
            continue
        for full in by_word[(short.country_id, short_words[0])]:
            full_words = words[full.pk]
            if (
                full.pk == short.pk
                or full.country_id != short.country_id
                or len(full_words) <= len(short_words)
                or not set(short_words) <= set(full_words)
                or (short.pk, full.pk) in seen
            ):
                continue
            office = same_office(offices[short.pk], offices[full.pk])
            if office:
                seen.add((short.pk, full.pk))
                why = _("tên ngắn của tên đầy đủ, cùng nước, cùng chức vụ (%(office)s)") % {"office": office}
                suggestions.append(PersonSuggestion(short, full, str(why)))
    return suggestions[:limit]
