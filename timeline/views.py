"""The public, read-only pages. Plain views: the queries live on the models."""
from itertools import groupby

from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language

from articles.models import Article
from timeline.filters import EventFilter
from timeline.models import Event, Mention, Participation, Person


def _with_details(events):
    """Everything a timeline entry shows, in a fixed number of queries."""
    return events.select_related(None).prefetch_related(
        Prefetch("participations", queryset=Participation.objects.select_related("person").order_by("pk")),
        Prefetch("mentions", queryset=Mention.objects.select_related("article").order_by("article_id")),
    ).annotate(source_count=Count("mentions", distinct=True))


def timeline(request):
    event_filter = EventFilter(request.GET, queryset=Event.objects.published())
    events = _with_details(event_filter.qs.chronological())
    years = [(year, list(items)) for year, items in groupby(events, key=lambda e: e.start.year)]
    return render(
        request, "timeline/timeline.html", {"years": years, "filter": event_filter, "language": get_language()}
    )


def event_detail(request, slug):
    event = get_object_or_404(Event, slug=slug)
    if event.merged_into_id:
        return redirect(event.final(), permanent=True)
    if event.status != Event.Status.PUBLISHED:
        return render(request, "404.html", status=404)
    event = _with_details(Event.objects.filter(pk=event.pk)).get()
    return render(request, "timeline/event_detail.html", {"event": event, "language": get_language()})


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


def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    mentions = article.mentions.select_related("event").filter(event__status=Event.Status.PUBLISHED)
    return render(request, "timeline/article_detail.html", {"article": article, "mentions": mentions})
