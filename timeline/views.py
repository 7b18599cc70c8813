"""The public, read-only pages. Plain views: the queries live on the models."""

from datetime import date
from itertools import groupby
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_safe

from extraction.reference import countries as reference_countries
from extraction.reference import places as reference_places
from timeline import occasions
from timeline.caching import cached_public_page, computed_once, current_token
from timeline.eras import eras_to_show, relationship_countries, relationship_rows
from timeline.exports import PRECISION_NOTES
from timeline.filters import EventFilter, filters_key
from timeline.ladder import reference
from timeline.language import reader_language, reading_english
from timeline.models import Agreement, Event, Mention, Participation, Person
from timeline.overview import build_overview
from timeline.pagination import CountedPaginator, requested_page
from timeline.safe_text import without_control_characters_in
from timeline.share_images import share_image_name
from timeline.templatetags.timeline_images import share_image_url
from timeline.vocabulary import country_name

TYPE_AHEAD_SIZE = 300  # names offered while typing a person or an agreement
TOP_PEOPLE = 8  # people listed on a relationship page


def _with_details(events):
    """Everything a timeline entry shows, in a fixed number of queries."""
    return events.prefetch_related(
        Prefetch("participations", queryset=Participation.objects.select_related("person").order_by("pk")),
        Prefetch(
            "mentions",
            # The page names each source; it never shows an article's text (which may be huge).
            queryset=Mention.objects.select_related("article")
            .defer("article__raw_text", "article__cleaned_text")
            .order_by("article_id"),
        ),
        "countries",
    ).annotate(
        # A subquery per shown entry, not a GROUP BY over every event of the window before the page is cut.
        source_count=Coalesce(
            Subquery(
                Mention.objects.filter(event=OuterRef("pk"))
                .order_by()
                .values("event")
                .annotate(n=Count("pk"))
                .values("n")
            ),
            0,
        )
    )


def _type_ahead():
    """Names for the filters' <datalist>s (type-ahead without script): the people and agreements of
    published events, the countries of the reference data."""
    english = reading_english()
    return {
        "person_names": list(Person.objects.public().order_by("name").values_list("name", flat=True)[:TYPE_AHEAD_SIZE]),
        "agreement_names": list(
            Agreement.objects.public().order_by("name").values_list("name", flat=True)[:TYPE_AHEAD_SIZE]
        ),
        "country_names": sorted(country_name(iso, english) for iso in reference_countries()),
    }


def _timeline_page(request, events, template="timeline/timeline.html", pair=(), token=None, **context):
    """The filtered timeline under its overview, grouped by year; a long one is shown a year at a time.
    A filter value the site cannot use is shown as a message, and the other filters still apply."""
    event_filter = EventFilter(request.GET, queryset=events)
    filter_messages = event_filter.messages()
    # The overview shows every year whatever `year` asks: it is how a reader goes to another year.
    filtered = event_filter.usable_qs(without=("year",))
    # What is drawn from all the filtered events (eras, overview, counts, type-ahead) is computed once
    # per state of the published timeline, not on every request: with many events it is most of the work.
    token = token or current_token()
    isos = [c.iso for c in pair]
    filters = filters_key(request.GET, ignoring=("page", "year"))
    eras = computed_once(token, "eras", lambda: eras_to_show(Event.objects.published(), isos), isos)
    labels = {code: str(label) for code, label in Event.Type.choices}
    overview = computed_once(
        token,
        "overview",
        lambda: build_overview(
            filtered, eras, labels, english=reading_english(), inside=occasions.shown_inside(filtered)
        ),
        isos,
        filters,
    )
    year_counts = overview.year_counts if overview else {}
    entry_counts = overview.entry_counts if overview else {}
    total = sum(year_counts.values())
    year = event_filter.form.cleaned_data.get("year")
    # One entry per occasion: a visit's parts are listed inside it (when the filters keep the visit).
    entries = occasions.entries(filtered)
    if total > settings.TIMELINE_ALL_YEARS_UP_TO:
        # Windowed: one year per page (the latest unless asked), so that the page stays fast.
        year = year or max(year_counts)
    if year:
        entries = entries.filter(start__year=year)
    # Within the window, pages of TIMELINE_PAGE_SIZE entries (a busy year may hold hundreds); a page
    # number that names no page shows the nearest page, and says so.
    window_count = entry_counts.get(year, 0) if year else sum(entry_counts.values())
    paginator = CountedPaginator(entries.chronological(), settings.TIMELINE_PAGE_SIZE, count=window_count)
    page, page_problem = requested_page(paginator, request.GET.get("page"))
    if page_problem:
        filter_messages.append(page_problem)
    overview_html = computed_once(
        token,
        "overview-html",
        lambda: render_to_string(
            "timeline/_overview.html", {"overview": overview, "window_year": year, "filter": event_filter}, request
        ),
        isos,
        filters,
        year,
    )
    parts = Prefetch("parts", queryset=_with_details(filtered.chronological()), to_attr="shown_parts")
    shown = list(_with_details(page.object_list).prefetch_related(parts))
    previous_era = None
    for event in shown:
        event.era = next((era for era in eras if era.covers(event)), None)
        # The banner of a new era goes before the first entry inside it, when the era began there: not atop a
        # later year's page, nor atop the first entry of a list that begins years into an era.
        new_era = event.era is not None and event.era is not previous_era
        started_here = new_era and (previous_era is not None or event.era.start.year == event.start.year)
        event.starts_era = event.era if started_here else None
        if event.era is not None:
            previous_era = event.era
    years = [(y, list(items)) for y, items in groupby(shown, key=lambda e: e.start.year)]
    filtered_by = event_filter.description()
    return render(
        request,
        template,
        {
            "years": years,
            "filter": event_filter,
            "filter_messages": filter_messages,
            "filtered_by": filtered_by,
            "is_filtered": bool(filtered_by or filter_messages),
            "overview_html": overview_html,
            "year_counts": sorted(year_counts.items()),
            "window_year": year,
            "page": page,
            "total": total,
            "all_count": computed_once(token, "count", events.count, isos) if filtered_by else total,
            "eras": eras,
            "pair": pair,
            **computed_once(token, "type-ahead", _type_ahead),
            **context,
        },
    )


@require_safe
@cached_public_page
def timeline(request):
    return _timeline_page(request, Event.objects.published())


@require_safe
@cached_public_page
def relationship(request, a, b):
    pair = relationship_countries(a, b)
    if pair is None:
        raise Http404("unknown country code")
    events = Event.objects.published().between_countries(a, b)
    token = current_token()
    people = computed_once(token, "top-people", lambda: _top_people(events), a.upper(), b.upper())
    return _timeline_page(
        request,
        events,
        "timeline/relationship.html",
        pair=pair,
        token=token,
        people=people,
        reference_sources=reference().sources,
    )


def _top_people(events) -> list[Person]:
    """The people who appear most in `events`, each with its number of events (`n`)."""
    counts = (
        Participation.objects.filter(event__in=events)
        .values("person_id")
        .annotate(n=Count("pk"))
        .order_by("-n", "person_id")[:TOP_PEOPLE]
    )
    counts = {row["person_id"]: row["n"] for row in counts}
    people = sorted(Person.objects.filter(pk__in=counts), key=lambda person: (-counts[person.pk], person.name))
    for person in people:
        person.n = counts[person.pk]
    return people


@require_safe
@cached_public_page
def relationships(request):
    """Every relationship with its current level (reference ladder and published events) and its events."""
    rows = computed_once(current_token(), "relationships", lambda: relationship_rows(Event.objects.published()))
    return render(request, "timeline/relationships.html", {"rows": rows})


def public_or_survivor(public, slug):
    """The object of `public` at `slug`, or the public survivor of one merged away (the caller redirects
    to it: its slug differs). Unknown, unpublished or merged into something unpublished: 404."""
    found = get_object_or_404(public.model, slug=slug).survivor()
    if not public.filter(pk=found.pk).exists():
        raise Http404("nothing public here")
    return found


def _schema_org_event(request, event) -> dict:
    """schema.org Event of an event page (JSON-LD): what search engines and citation tools read. Dates are
    whole days (schema.org wants them); one known only to the month or the year says so in `description`."""
    when = event.display_date()
    if event.precision in PRECISION_NOTES:
        when = f"{when} ({PRECISION_NOTES[event.precision]})"
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.display_title,
        "description": f"{event.display_title}. {when}.",
        "startDate": event.start.isoformat(),
        "endDate": event.end.isoformat(),
        "image": share_image_url({"request": request}, event),
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "inLanguage": reader_language(),
        "attendee": [{"@type": "Person", "name": p.person.display_name} for p in event.participations.all()],
        "subjectOf": [
            {"@type": "NewsArticle", "headline": m.article.title or m.article.source_name, "url": m.article.url}
            if m.article.url
            else {"@type": "NewsArticle", "headline": m.article.title or m.article.source_name}
            for m in event.mentions.all()
        ],
    }
    location = _schema_org_place(event)
    if location:
        data["location"] = location
    return without_control_characters_in(data)


def _schema_org_place(event) -> dict | None:
    """Where the event took place: its place (with its country, and its city as the locality), or the host
    country of a visit whose place the sources do not name."""
    english = reading_english()
    known = reference_places().get(event.place) if event.place else None
    country = known.country if known else (event.host.iso if event.host_id else None)
    if not event.place and not country:
        return None
    place = {"@type": "Place", "name": event.display_place or country_name(country, english)}
    if country:
        place["address"] = {"@type": "PostalAddress", "addressCountry": country}
        if event.place and not (known and known.is_country):
            place["address"]["addressLocality"] = event.display_place
    return place


@require_safe
@cached_public_page
def event_detail(request, slug):
    event = public_or_survivor(Event.objects.published(), slug)
    if event.slug != slug:
        return redirect(event, permanent=True)
    event = _with_details(Event.objects.filter(pk=event.pk)).prefetch_related("agreements").get()
    before, after = event.neighbours()
    sources = list({m.article_id: m.article for m in event.mentions.all()}.values())
    return render(
        request,
        "timeline/event_detail.html",
        {
            "event": event,
            "before": before,
            "after": after,
            "sources": sources,
            "agreements": Agreement.objects.public().filter(events=event),
            # One occasion: the visit this event was part of, or what happened during this visit.
            "occasion": Event.objects.published().filter(pk=event.part_of_id).first() if event.part_of_id else None,
            "parts": Event.objects.published().filter(part_of=event).chronological(),
            "permalink": request.build_absolute_uri(event.get_absolute_url()),
            "schema_org": _schema_org_event(request, event),
            "today": date.today(),
        },
    )


@require_safe
@cached_public_page
def person_detail(request, slug):
    person = public_or_survivor(Person.objects.public(), slug)
    if person.slug != slug:
        return redirect(person, permanent=True)
    events = _with_details(Event.objects.published().filter(participants=person).chronological())
    return render(
        request,
        "timeline/person_detail.html",
        {"person": person, "offices": person.offices_seen(), "events": events},
    )


@require_safe
@cached_public_page
def agreement_detail(request, slug):
    """An agreement's page: only for a named agreement that a published event involves."""
    agreement = get_object_or_404(Agreement.objects.public(), slug=slug)
    events = _with_details(Event.objects.published().filter(agreements=agreement).chronological())
    return render(request, "timeline/agreement_detail.html", {"agreement": agreement, "events": events})


@require_safe
def event_share_image(request, slug):
    """The event's 1200×630 share image (drawn once per content, then served from storage); `?lang=en`
    gives the English one (the English pages link it), any other value the Vietnamese one."""
    event = public_or_survivor(Event.objects.published(), slug)
    language = "en" if request.GET.get("lang") == "en" else "vi"
    if event.slug != slug:
        url = reverse("event-share-image", args=[event.slug])
        return redirect(url + ("?lang=en" if language == "en" else ""))
    name = share_image_name(event, language)
    with default_storage.open(name, "rb") as f:
        response = HttpResponse(f.read(), content_type="image/png")
    response["Cache-Control"] = "public, max-age=3600"
    response["ETag"] = f'"{Path(name).stem.rsplit("-", 1)[-1]}"'
    return response
