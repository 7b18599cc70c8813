"""The eras of a relationship: each level it has held, from the step that set it to the next one.

A pair's eras come from its reference ladder (timeline.ladder: the establishment of relations and every
partnership level since, whether or not an article tells them) and from published events whose facts set a
level (`Event.level`, `Event.establishes_relations`; never their titles). An event that agrees with a
reference step is that step's source; one that sets a level the reference lacks adds a step of its own.

Eras are plain values, not events: they are kept in the cache between requests, and unpickling model
instances (with their prefetched countries) costs more than drawing the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q
from django.urls import reverse

from extraction.levels import BY_CODE, ESTABLISHMENT_EN, ESTABLISHMENT_VI
from timeline.dates import format_span
from timeline.ladder import ESTABLISHMENT, agreeing_step, reference, step_level, steps_of
from timeline.language import reader_language, reading_english
from timeline.models import Country, Event
from timeline.vocabulary import country_name, home_country

REFERENCE, EVENT = "reference", "event"  # where an era's step comes from


@dataclass
class Era:
    index: int
    label: str  # the step in Vietnamese: "Thiết lập quan hệ ngoại giao", "Đối tác chiến lược"
    start: date
    end: date | None  # None: the level still holds
    pair: tuple[str, ...] = ()  # the ISO codes of the relationship: an era's label always names its pair
    slug: str = ""  # the published event that tells the step ("" when only the reference does)
    event_end: date | None = None  # the step's last day (its event's end, or the end of the reference's period)
    precision: str = "day"
    level: str = ""  # the code of extraction.levels the step sets
    source: str = EVENT  # REFERENCE: the step is in the reference ladder; EVENT: only an event tells it

    def get_absolute_url(self) -> str:
        return reverse("event-detail", args=[self.slug]) if self.slug else ""

    def display_date(self) -> str:
        """The step's date as the page's reader writes it, at its precision ('21/9/1973', 'Apr 2009')."""
        return format_span(self.start, self.event_end, self.precision, reader_language())

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def covers(self, event: Event) -> bool:
        """The event happened during this era and in this era's relationship."""
        return self.contains(event.start) and set(self.pair) <= set(event.shown_relationship)

    @property
    def is_establishment(self) -> bool:
        return self.level == ESTABLISHMENT

    @property
    def from_reference(self) -> bool:
        return self.source == REFERENCE

    @property
    def display_label(self) -> str:
        """The step in the page's language."""
        if not reading_english():
            return self.label
        if self.is_establishment:
            return ESTABLISHMENT_EN
        known = BY_CODE.get(self.level)
        return known.en if known else self.label

    @property
    def label_is_vietnamese(self) -> bool:
        return reading_english() and self.display_label == self.label

    @property
    def level_name(self) -> str:
        """The level held during the era, in the page's language ('Diplomatic relations' after establishment)."""
        known = BY_CODE.get(self.level)
        if not known:
            return self.display_label
        return known.en if reading_english() else known.vi

    @property
    def rank(self) -> int:
        known = BY_CODE.get(self.level)
        return known.rank if known else -1

    @property
    def pair_codes(self) -> list[str]:
        """The pair's ISO codes, the home country first: ['VN', 'JP']."""
        return sorted(self.pair, key=lambda iso: (iso != home_country(), iso))

    @property
    def pair_name(self) -> str:
        return " – ".join(country_name(iso, reading_english()) for iso in self.pair_codes)


def _label(level: str) -> str:
    if level == ESTABLISHMENT:
        return ESTABLISHMENT_VI
    return BY_CODE[level].vi if level in BY_CODE else level


def relationship_countries(a: str, b: str) -> list[Country] | None:
    """The two countries of a relationship page, in the order of its URL: those of the database, or for a
    relationship of the reference ladder that no event names yet, unsaved ones named from the reference."""
    isos = [a.upper(), b.upper()]
    found = {country.iso: country for country in Country.objects.filter(iso__in=isos)}
    if len(set(isos)) == 2 and steps_of(isos):
        for iso in isos:
            found.setdefault(iso, Country(iso=iso, name_vi=country_name(iso, False), name_en=country_name(iso, True)))
    return [found[iso] for iso in isos] if len(set(isos)) == 2 and set(isos) <= set(found) else None


def level_events(events):
    """The events among `events` whose facts set a level (upgrades, establishments), oldest first."""
    return (
        events.filter(Q(establishes_relations=True) | ~Q(level=""))
        .exclude(type=Event.Type.ANNIVERSARY)
        .order_by("start", "pk")
        .prefetch_related("countries")
    )


def ladder(pair, events=()) -> list[Era]:
    """The eras of `pair` (ISO codes): its reference ladder, each step with the first of `events` (published
    events of the pair that set a level, oldest first) that tells it, and the levels only events tell."""
    pair = tuple(sorted(iso.upper() for iso in pair))
    steps = {
        step: Era(0, _label(step.level), step.start, None, pair, "", step.end, step.precision, step.level, REFERENCE)
        for step in steps_of(pair)
    }
    told_levels = {step.level for step in steps}
    eras = list(steps.values())
    for event in events:
        if event.relationship() != pair:
            continue
        step = agreeing_step(event, pair)
        if step is not None:
            if not steps[step].slug:
                steps[step].slug = event.slug
            continue
        level = step_level(event)
        if level in told_levels:
            continue  # the reference puts this level at another date: a curator's question, not a second step
        told_levels.add(level)
        eras.append(Era(0, _label(level), event.start, None, pair, event.slug, event.end, event.precision, level))
    eras.sort(key=lambda era: (era.start, era.rank))
    for n, era in enumerate(eras):
        era.index = n
        following = eras[n + 1] if n + 1 < len(eras) else None
        era.end = following.start - timedelta(days=1) if following else None
    return eras


def eras_to_show(events, pair=()) -> list[Era]:
    """The eras of `pair`'s relationship among `events` (the published ones); without a pair, those of the one
    relationship all of their level-setting events belong to (several would interleave: none then)."""
    if len(pair) == 2:
        return ladder(pair, level_events(events.between_countries(*pair)))
    told = list(level_events(events))
    pairs = {event.relationship() for event in told}
    if len(pairs) != 1:
        return []
    (only,) = pairs
    return ladder(only, told) if len(only) == 2 else []


def ladders(events) -> dict[tuple[str, ...], list[Era]]:
    """The eras of every relationship the reference or `events` (published ones) give a level."""
    by_pair: dict[tuple[str, ...], list] = {}
    for event in level_events(events):
        pair = event.relationship()
        if len(pair) == 2:
            by_pair.setdefault(pair, []).append(event)
    home = reference().home
    for iso in reference().steps:
        by_pair.setdefault(tuple(sorted((home, iso))), [])
    return {pair: ladder(pair, told) for pair, told in by_pair.items()}


@dataclass
class RelationshipRow:
    """A line of the list of relationships: the pair, its current level and what the timeline holds of it."""

    pair: tuple[str, ...]  # the home country first
    current: Era | None
    count: int = 0
    first_year: int | None = None
    last_year: int | None = None

    @property
    def url(self) -> str:
        return reverse("relationship", args=[self.pair[0].lower(), self.pair[1].lower()])

    @property
    def name(self) -> str:
        return " – ".join(country_name(iso, reading_english()) for iso in self.pair)

    @property
    def span(self) -> str:
        if self.first_year is None:
            return ""
        return str(self.first_year) if self.first_year == self.last_year else f"{self.first_year}–{self.last_year}"


def relationship_rows(events) -> list[RelationshipRow]:
    """Every relationship with its current level: those of the reference ladder and those of `events` (the
    published ones), the closest levels first, then the oldest."""
    home = home_country()
    ordered = lambda pair: tuple(sorted(pair, key=lambda iso: (iso != home, iso)))  # noqa: E731
    rows = {}
    for pair, eras in ladders(events).items():
        rows[ordered(pair)] = RelationshipRow(ordered(pair), eras[-1] if eras else None)
    for home_country_row, other, count, (first, last) in events.relationship_summaries():
        pair = ordered((home_country_row.iso, other.iso))
        row = rows.setdefault(pair, RelationshipRow(pair, None))
        row.count, row.first_year, row.last_year = count, first, last
    return sorted(
        rows.values(),
        key=lambda row: (
            -(row.current.rank if row.current else -1),
            row.current.start if row.current else date.max,
            row.name,
        ),
    )
