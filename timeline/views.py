"""The public, read-only pages. Plain views: the queries live on the models."""

from itertools import groupby
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from timeline.caching import cached_public_page
from timeline.filters import EventFilter
from timeline.models import Agreement, Country, Event, Mention, Participation, Person
from timeline.share_images import share_image_name


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
@cached_public_page
def timeline(request):
    return _timeline_page(request, Event.objects.published())


@require_safe
@cached_public_page
def relationship(request, a, b):
    countries = {c.iso: c for c in Country.objects.filter(iso__in=[a.upper(), b.upper()])}
    if len(countries) != 2:
        raise Http404("unknown country code")
    pair = [countries[a.upper()], countries[b.upper()]]
    return _timeline_page(request, Event.objects.published().between_countries(a, b), pair=pair)


@require_safe
@cached_public_page
def relationships(request):
    return render(request, "timeline/relationships.html", {"pairs": Event.objects.published().relationship_counts()})


def public_or_survivor(public, slug):
    """The object of `public` at `slug`, or the public survivor of one merged away (the caller redirects
    to it: its slug differs). Unknown, unpublished or merged into something unpublished: 404."""
    found = get_object_or_404(public.model, slug=slug).survivor()
    if not public.filter(pk=found.pk).exists():
        raise Http404("nothing public here")
    return found


@require_safe
@cached_public_page
def event_detail(request, slug):
    event = public_or_survivor(Event.objects.published(), slug)
    if event.slug != slug:
        return redirect(event, permanent=True)
    event = _with_details(Event.objects.filter(pk=event.pk)).prefetch_related("agreements", "countries").get()
    before, after = event.neighbours()
    return render(request, "timeline/event_detail.html", {"event": event, "before": before, "after": after})


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
        {"person": person, "positions": person.public_positions(), "events": events},
    )


@require_safe
@cached_public_page
def agreement_detail(request, slug):
    agreement = get_object_or_404(Agreement.objects.public(), slug=slug)
    events = _with_details(Event.objects.published().filter(agreements=agreement).chronological())
    return render(request, "timeline/agreement_detail.html", {"agreement": agreement, "events": events})


@require_safe
def event_share_image(request, slug):
    """The event's 1200×630 share image (drawn once per content, then served from storage)."""
    event = public_or_survivor(Event.objects.published(), slug)
    if event.slug != slug:
        return redirect(reverse("event-share-image", args=[event.slug]))
    name = share_image_name(event)
    with default_storage.open(name, "rb") as f:
        response = HttpResponse(f.read(), content_type="image/png")
    response["Cache-Control"] = "public, max-age=3600"
    response["ETag"] = f'"{Path(name).stem.rsplit("-", 1)[-1]}"'
    return response
