"""Machine-readable exports of the published timeline, with the timeline's filters."""
import csv

from django.http import HttpResponse, JsonResponse
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from timeline.export import export_payload
from timeline.filters import EventFilter
from timeline.models import Event


def filtered_events(request):
    return EventFilter(request.GET, queryset=Event.objects.published()).qs.chronological()


def events_json(request):
    """The SCHEMA.md export of the filtered published events."""
    return JsonResponse(export_payload(filtered_events(request)), json_dumps_params={"ensure_ascii": False})


def events_csv(request):
    """One row per event; UTF-8 with a byte-order mark so that spreadsheets read Vietnamese right."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="events.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(["date", "start", "end", "precision", "type", "title", "place", "participants", "countries", "sources", "url"])
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
