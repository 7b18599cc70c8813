"""The exports of the published timeline, with the timeline's filters: the JSON event list (the format
docs/export-format.md describes), TimelineJS JSON, CSV and iCalendar.

They answer GET and HEAD only, and never load an article's text (only its URL and names): one very long
article must not make every export slow. The JSON list comes a page at a time with a `next` link; CSV and
iCalendar are streamed, so that memory does not grow with the timeline. All are cached like the pages.
"""

import csv
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.db.models import Prefetch
from django.http import JsonResponse, StreamingHttpResponse
from django.utils.html import escape, format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.views.decorators.http import require_safe
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from timeline.caching import cached_public_page, computed_once, current_token
from timeline.eras import eras_to_show
from timeline.filters import EventFilter, filters_key
from timeline.models import Appearance, Event, Mention, Participation
from timeline.pagination import CountedPaginator

ARTICLE_TEXTS = ("article__raw_text", "article__cleaned_text")


def mentions_without_texts():
    """Mentions with their article's URL and names, not its (possibly huge) texts."""
    return Mention.objects.select_related("article").defer(*ARTICLE_TEXTS)


def export_payload(events, articles=None) -> dict:
    """`{"events": [...], "persons": [...]}` for a queryset of events.

    Each event is written once per article that tells it, with that article's
    evidence sentence. Persons are those named in the articles that tell these
    events, or in `articles` when given (the full export names every article's persons).
    """
    events = (
        events.defer("search_text")
        .prefetch_related(
            Prefetch("mentions", queryset=mentions_without_texts().order_by("sentence_index")),
            Prefetch("participations", queryset=Participation.objects.select_related("person__country").order_by("pk")),
            "countries",
        )
        .order_by("start", "end", "pk")
    )
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
        .defer(*ARTICLE_TEXTS)
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


def filtered_export(view):
    """Runs an export on the published events the request's filters select, oldest first. A value the
    filters cannot use is a 400 naming each parameter and why, never an export of everything."""

    @wraps(view)
    def wrapper(request):
        event_filter = EventFilter(request.GET, queryset=Event.objects.published())
        if not event_filter.is_valid():
            errors = {name: [str(e) for e in errs] for name, errs in event_filter.errors.items()}
            return JsonResponse({"error": "invalid filter values", "parameters": errors}, status=400)
        return view(request, event_filter.qs.chronological().defer("search_text"))

    return wrapper


def page_link(request, number: int | None) -> str | None:
    if number is None:
        return None
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri(f"{request.path}?{urlencode(sorted(query.lists()), doseq=True)}")


@require_safe
@cached_public_page
@filtered_export
def events_json(request, events):
    """The JSON export (docs/export-format.md) of the filtered published events, TIMELINE_API_PAGE_SIZE events a page.

    `count` is the number of events in all pages, `next` and `previous` the neighbouring pages' URLs
    (null at either end); a page number out of range gives the nearest page.
    """
    count = computed_once(current_token(), "export-count", events.count, filters_key(request.GET))
    page = CountedPaginator(events.values_list("pk", flat=True), settings.TIMELINE_API_PAGE_SIZE, count).get_page(
        request.GET.get("page")
    )
    payload = export_payload(Event.objects.filter(pk__in=list(page.object_list)))
    payload |= {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "next": page_link(request, page.next_page_number() if page.has_next() else None),
        "previous": page_link(request, page.previous_page_number() if page.has_previous() else None),
    }
    return JsonResponse(payload, json_dumps_params={"ensure_ascii": False})


def timelinejs_date(day, precision: str) -> dict:
    """TimelineJS3 date object: only the parts the article gave."""
    parts = {"year": day.year}
    if precision in ("day", "month"):
        parts["month"] = day.month
    if precision == "day":
        parts["day"] = day.day
    return parts


@require_safe
@cached_public_page
@filtered_export
def events_timelinejs(request, events):
    """The filtered published events in TimelineJS3's JSON format, with the relationship's eras."""
    events = events.prefetch_related("participants", Prefetch("mentions", queryset=mentions_without_texts()))
    pair = [iso for iso in request.GET.get("pair", "").split("-") if len(iso) == 2]
    eras = eras_to_show(Event.objects.published(), pair)
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
                "start_date": timelinejs_date(era.start, era.precision),
                "end_date": timelinejs_date(era.end or last_day or era.start, "day"),
                "text": {"headline": escape(era.label)},
            }
            for era in eras
        ],
    }
    return JsonResponse(payload, json_dumps_params={"ensure_ascii": False})


class Echo:
    """A file-like object for csv.writer that hands back each line instead of storing it."""

    def write(self, value):
        return value


def streamed(request, lines, content_type: str, filename: str):
    """A download streamed line by line; a HEAD request gets the headers without running the query."""
    response = StreamingHttpResponse([] if request.method == "HEAD" else lines, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
@cached_public_page
@filtered_export
def events_csv(request, events):
    """One row per event; UTF-8 with a byte-order mark so that spreadsheets read Vietnamese right."""
    events = events.prefetch_related(
        "participants", "countries", Prefetch("mentions", queryset=mentions_without_texts())
    )
    writer = csv.writer(Echo())

    def lines():
        yield "\ufeff" + writer.writerow(
            ["date", "start", "end", "precision", "type", "title", "place", "participants", "countries", "sources",
             "url"]
        )  # fmt: skip
        for event in events.iterator(chunk_size=500):
            yield writer.writerow(
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

    return streamed(request, lines(), "text/csv; charset=utf-8", "events.csv")


@require_safe
@cached_public_page
@filtered_export
def events_ics(request, events):
    """An iCalendar feed: all-day events; a month or a year is a whole month or year (DTEND exclusive)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Dong thoi gian ngoai giao//vi")
    calendar.add("version", "2.0")
    head, tail = calendar.to_ical().decode().split("END:VCALENDAR")

    def lines():
        yield head
        for event in events.prefetch_related("participants").iterator(chunk_size=500):
            entry = CalendarEvent()
            entry.add("uid", f"{event.slug}@{request.get_host()}")
            entry.add("summary", event.title)
            entry.add("dtstart", event.start)
            entry.add("dtend", event.end + timedelta(days=1))
            entry.add("description", ", ".join(p.name for p in event.participants.all()))
            if event.place:
                entry.add("location", event.place)
            entry.add("url", request.build_absolute_uri(event.get_absolute_url()))
            yield entry.to_ical().decode()
        yield "END:VCALENDAR" + tail

    return streamed(request, lines(), "text/calendar; charset=utf-8", "events.ics")
