"""English for the English pages, composed from an event's or an agreement's fields (never from its
Vietnamese text): the gloss shown beside the Vietnamese evidence, and the agreement page's heading."""

from django import template

from extraction.levels import BY_CODE
from extraction.names import english_name
from timeline.dates import format_bound, format_span
from timeline.language import reading_english
from timeline.models import Agreement, Event
from timeline.vocabulary import TITLE_HEADS_EN, country_name, home_country, office_en

register = template.Library()

# Types whose gloss names the two sides that met ("Talks between A and B").
BETWEEN_TYPES = ("talks", "meeting", "call")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _person_en(participation) -> str:
    """'Prime Minister of Japan Suga Yoshihide': the office when the vocabulary knows it, the English name."""
    name = english_name(participation.person.name) or participation.person.name
    office = office_en(participation.role) if participation.role else None
    return f"{office} {name}" if office else name


def _joined(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def evidence_gloss(event: Event) -> str:
    """What the event's evidence tells, in English, from its fields: "Visit of Prime Minister of Japan Suga
    Yoshihide to Viet Nam, 18–20 Oct 2020". "" when the facts are too thin for one (an "other" event)."""
    home = home_country()
    isos = sorted(event.shown_relationship, key=lambda iso: (iso != home, iso))
    countries = [country_name(iso, True) for iso in isos]
    when = format_span(event.start, event.end, event.precision, "en")
    people = list(event.participations.all())
    if event.establishes_relations and len(countries) == 2:
        return f"{countries[0]} and {countries[1]} establish diplomatic relations, {when}"
    if event.level in BY_CODE and len(countries) == 2:
        return f"{countries[0]} and {countries[1]} raise their relations to {BY_CODE[event.level].en}, {when}"
    if event.type == Event.Type.VISIT and event.visitor_id and event.host_id:
        visitor = country_name(event.visitor.iso, True)
        side = [p for p in people if p.person.country_id == event.visitor_id] or [
            p for p in people if (office_en(p.role) or "").endswith(f"of {visitor}")
        ]
        who = _joined([_person_en(p) for p in side]) if side else visitor
        return f"Visit of {who} to {country_name(event.host.iso, True)}, {when}"
    if event.type not in TITLE_HEADS_EN or event.type == Event.Type.OTHER or not countries:
        return ""
    head = TITLE_HEADS_EN[event.type]
    if event.ordinal:
        head = f"{_ordinal(event.ordinal)} {head[:1].lower()}{head[1:]}"
    if event.type in BETWEEN_TYPES and len(people) >= 2:
        return f"{head} between {_joined([_person_en(p) for p in people[:3]])}, {when}"
    named = f": {_joined([_person_en(p) for p in people[:3]])}" if people else ""
    return f"{head}, {' – '.join(countries)}{named}, {when}"


@register.filter
def english_gloss(event: Event) -> str:
    """The gloss on English pages; "" on the Vietnamese ones (the evidence is in their language)."""
    return evidence_gloss(event) if reading_english() else ""


def agreement_title_en(agreement: Agreement, events=()) -> str:
    """'Memorandum of understanding between Viet Nam and Japan (signed 27 Nov 2023)': its kind, its parties
    (or, when none is recorded, the countries of its events) and its signing date."""
    # The kinds' labels are translated (English pages only reach here); "other" is no heading.
    known = agreement.kind in Agreement.Kind.values and agreement.kind != Agreement.Kind.OTHER
    title = str(Agreement.Kind(agreement.kind).label) if known else "Agreement"
    isos = [country.iso for country in agreement.parties.all()]
    if not isos:
        isos = sorted({iso for event in events for iso in event.shown_relationship})
    home = home_country()
    names = [country_name(iso, True) for iso in sorted(isos, key=lambda iso: (iso != home, iso))]
    if len(names) >= 2:
        title += f" between {_joined(names)}"
    elif names:
        title += f" with {names[0]}"
    if agreement.signed_on:
        title += f" (signed {format_bound(agreement.signed_on, agreement.signed_precision or 'day', 'en')})"
    return title


@register.simple_tag
def agreement_heading(agreement: Agreement, events=()) -> str:
    """The agreement page's h1: composed in English on English pages, the agreement's own name otherwise."""
    return agreement_title_en(agreement, events) if reading_english() else agreement.name
