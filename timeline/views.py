"""The public, read-only pages. Plain views: the queries live on the models."""

from itertools import groupby

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from timeline.filters import EventFilter
from timeline.models import Agreement, Country, Event, Mention, Participation, Person


def _with_details(events):
    """Everything a timeline entry shows, in a fixed number of queries."""
    return events.prefetch_related(
        Prefetch("participations", queryset=Participation.objects.select_related("person").order_by("pk")),
        Prefetch("mentions", queryset=Mention.objects.select_related("article").order_by("article_id")),
    ).annotate(source_count=Count("mentions", distinct=True))


def _timeline_page(request, events, template="timeline/timeline.html", **context):
    """The filtered timeline, grouped by year; a long one is shown a year at a time."""
    event_filter = EventFilter(request.GET, queryset=events)
    filtered = event_filter.qs
    year_counts = filtered.year_counts()
    total = sum(year_counts.values())
    year = None
    if total > settings.TIMELINE_ALL_YEARS_UP_TO:
        # Windowed: one year per page (the latest unless asked), so that the page stays fast.
        year = request.GET.get("year", "")
        year = int(year) if year.isdigit() and int(year) in year_counts else max(year_counts)
        filtered = filtered.filter(start__year=year)
    # Within the window, pages of TIMELINE_PAGE_SIZE entries (a busy year may hold hundreds).
    page = Paginator(filtered.chronological(), settings.TIMELINE_PAGE_SIZE).get_page(request.GET.get("page"))
    shown = list(_with_details(page.object_list))
    eras = Event.objects.published().eras_to_show([c.iso for c in context.get("pair", ())])
    previous_era = None
    for event in shown:
        event.era = next((era for era in eras if era.contains(event.start)), None)
        # The banner of a new era goes before the first entry inside it (not atop a later year's page).
        new_era = event.era is not None and event.era is not previous_era
        started_here = new_era and (previous_era is not None or year is None or event.era.start.year == year)
        event.starts_era = event.era if started_here else None
        previous_era = event.era
    years = [(y, list(items)) for y, items in groupby(shown, key=lambda e: e.start.year)]
    return render(
        request,
        template,
        {
            "years": years,
            "filter": event_filter,
            "year_counts": sorted(year_counts.items()),
            "window_year": year,
            "page": page,
            "total": total,
            "eras": eras,
            "type_legend": Event.Type.choices,
            **context,
        },
    )


@require_safe
def timeline(request):
    return _timeline_page(request, Event.objects.published())


@require_safe
def relationship(request, a, b):
    countries = {c.iso: c for c in Country.objects.filter(iso__in=[a.upper(), b.upper()])}
    if len(countries) != 2:
        raise Http404("unknown country code")
    pair = [countries[a.upper()], countries[b.upper()]]
    return _timeline_page(request, Event.objects.published().between_countries(a, b), pair=pair)


@require_safe
def relationships(request):
    return render(request, "timeline/relationships.html", {"pairs": Event.objects.published().relationship_counts()})


@require_safe
def event_detail(request, slug):
    event = get_object_or_404(Event, slug=slug)
    if event.merged_into_id:
        return redirect(event.final(), permanent=True)
    if event.status != Event.Status.PUBLISHED:
        raise Http404("not published")
    event = _with_details(Event.objects.filter(pk=event.pk)).prefetch_related("agreements", "countries").get()
    before, after = event.neighbours()
    return render(request, "timeline/event_detail.html", {"event": event, "before": before, "after": after})


@require_safe
def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    if person.merged_into_id:
        return redirect(person.final(), permanent=True)
    events = _with_details(Event.objects.published().filter(participants=person).chronological())
    return render(
        request,
        "timeline/person_detail.html",
        {"person": person, "positions": person.positions.order_by("first_seen"), "events": events},
    )


@require_safe
def agreement_detail(request, slug):
    agreement = get_object_or_404(Agreement, slug=slug)
    events = _with_details(Event.objects.published().filter(agreements=agreement).chronological())
    return render(request, "timeline/agreement_detail.html", {"agreement": agreement, "events": events})
