"""The exports of the published timeline, with the timeline's filters: the JSON event list (the format
docs/export-format.md describes), TimelineJS JSON, CSV and iCalendar."""

import csv

from django.db.models import Prefetch
from django.http import HttpResponse, JsonResponse
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import gettext
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from timeline.filters import EventFilter
from timeline.models import Appearance, Event, Mention, Participation


def export_payload(events, articles=None) -> dict:
    """`{"events": [...], "persons": [...]}` for a queryset of events.

    Each event is written once per article that tells it, with that article's
    evidence sentence. Persons are those named in the articles that tell these
    events, or in `articles` when given (the full export names every article's persons).
    """
    events = events.prefetch_related(
        Prefetch("mentions", queryset=Mention.objects.select_related("article").order_by("sentence_index")),
        Prefetch("participations", queryset=Participation.objects.select_related("person__country").order_by("pk")),
        "countries",
    ).order_by("start", "end", "pk")
    rows, persons = [], {}
    for event in events:
        participants = [p.person.name for p in event.participations.all()]
        first_mention_per_article = {}
        for mention in event.mentions.all():
            first_mention_per_article.setdefault(mention.article_id, mention)
        for mention in first_mention_per_article.values():
            article_key = mention.article.export_key
            rows.append(
                {
                    "article": article_key,
                    "url": mention.article.url,
                    "type": event.type,
                    "start": event.iso("start"),
                    "end": event.iso("end"),
                    "precision": event.precision,
                    "place": event.place or None,
                    "participants": participants,
                    "title": event.title,
                    "evidence": mention.sentence,
                    "status": event.status,
                    "planned": event.planned,
                    "slug": event.slug,
                }
            )
    if articles is None:
        article_ids = {mention.article_id for event in events for mention in event.mentions.all()}
    else:
        article_ids = set(articles.values_list("pk", flat=True))
    appearances = (
        Appearance.objects.filter(article_id__in=article_ids)
        .select_related("person__country", "article")
        .order_by("person__name", "article_id")
    )
    for appearance in appearances:
        person = appearance.person
        entry = persons.setdefault(
            person.pk,
            {
                "name": person.name,
                "title": appearance.title,
                "country": person.country.iso if person.country else None,
                "slug": person.slug,
                "articles": [],
            },
        )
        entry["articles"].append(appearance.article.export_key)
    return {"events": rows, "persons": list(persons.values())}


def filtered_events(request):
    return EventFilter(request.GET, queryset=Event.objects.published()).qs.chronological()


def events_json(request):
    """The JSON export (docs/export-format.md) of the filtered published events."""
    return JsonResponse(export_payload(filtered_events(request)), json_dumps_params={"ensure_ascii": False})


def timelinejs_date(day, precision: str) -> dict:
    """TimelineJS3 date object: only the parts the article gave."""
    parts = {"year": day.year}
    if precision in ("day", "month"):
        parts["month"] = day.month
    if precision == "day":
        parts["day"] = day.day
    return parts


def events_timelinejs(request):
    """The filtered published events in TimelineJS3's JSON format, with the relationship's eras."""
    events = filtered_events(request).prefetch_related("participants", "mentions__article")
    pair = [iso for iso in request.GET.get("pair", "").split("-") if len(iso) == 2]
    eras = Event.objects.published().eras_to_show(pair)
    last_day = max([event.end for event in events] + [era.start for era in eras], default=None)
    payload = {
        "title": {"text": {"headline": escape(gettext("Dòng thời gian ngoại giao")), "text": ""}},
        "events": [
            {
                "unique_id": event.slug,
                "start_date": timelinejs_date(event.start, event.precision),
                "end_date": timelinejs_date(event.end, event.precision),
                "display_date": event.display_date(),
                "group": str(event.get_type_display()),
                # TimelineJS renders `text` as HTML: everything from the articles is escaped here.
                "text": {
                    "headline": format_html(
                        '<a href="{}">{}</a>', request.build_absolute_uri(event.get_absolute_url()), event.title
                    ),
                    "text": format_html(
                        "<p>{}</p>{}",
                        ", ".join(p.name for p in event.participants.all()),
                        format_html_join(
                            "",
                            '<blockquote>{} — <a href="{}">{}</a></blockquote>',
                            (
                                (
                                    m.sentence,
                                    m.article.url or request.build_absolute_uri(m.article.get_absolute_url()),
                                    m.article.outlet or m.article.source_name,
                                )
                                for m in event.mentions.all()
                            ),
                        ),
                    ),
                },
            }
            for event in events
        ],
        "eras": [
            {
                "start_date": timelinejs_date(era.start, era.event.precision),
                "end_date": timelinejs_date(era.end or last_day or era.start, "day"),
                "text": {"headline": escape(era.label)},
            }
            for era in eras
        ],
    }
    return JsonResponse(payload, json_dumps_params={"ensure_ascii": False})


def events_csv(request):
    """One row per event; UTF-8 with a byte-order mark so that spreadsheets read Vietnamese right."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="events.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        ["date", "start", "end", "precision", "type", "title", "place", "participants", "countries", "sources", "url"]
    )
    events = filtered_events(request).prefetch_related("participants", "countries", "mentions__article")
    for event in events:
        writer.writerow(
            [
                event.display_date(),
                event.start.isoformat(),
                event.end.isoformat(),
                event.precision,
                event.type,
                event.title,
                event.place,
                "; ".join(p.name for p in event.participants.all()),
                " ".join(c.iso for c in event.countries.all()),
                " ".join(m.article.url or m.article.source_name for m in event.mentions.all()),
                request.build_absolute_uri(event.get_absolute_url()),
            ]
        )
    return response


def events_ics(request):
    """An iCalendar feed: all-day events; a month or a year is a whole month or year (DTEND exclusive)."""
    from datetime import timedelta

    calendar = Calendar()
    calendar.add("prodid", "-//Dong thoi gian ngoai giao//vi")
    calendar.add("version", "2.0")
    for event in filtered_events(request).prefetch_related("participants"):
        entry = CalendarEvent()
        entry.add("uid", f"{event.slug}@{request.get_host()}")
        entry.add("summary", event.title)
        entry.add("dtstart", event.start)
        entry.add("dtend", event.end + timedelta(days=1))
        entry.add("description", ", ".join(p.name for p in event.participants.all()))
        if event.place:
            entry.add("location", event.place)
        entry.add("url", request.build_absolute_uri(event.get_absolute_url()))
        calendar.add_component(entry)
    return HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
