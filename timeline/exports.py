"""The exports of the published timeline, with the timeline's filters: the JSON event list (the format
docs/export-format.md describes), TimelineJS JSON, CSV and iCalendar.

They answer GET and HEAD only, in the page's language (`/en/…`, or `?lang=en` on any of them), to any
site (`Access-Control-Allow-Origin: *`: the data is public and read-only, and TimelineJS embedded on
another site loads it by URL), and never load an article's text (only its URL and names): one very long
article must not make every export slow. The JSON list comes a page at a time with a `next` link; CSV and
iCalendar are streamed, so that memory does not grow with the timeline. All are cached like the pages.
Nothing stored reaches them with a control character (timeline.safe_text).
"""

import csv
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.db.models import Prefetch
from django.http import JsonResponse, StreamingHttpResponse
from django.utils import translation
from django.utils.html import escape, format_html, format_html_join
from django.utils.http import urlencode
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_safe
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from extraction.folding import fold
from extraction.names import english_name
from extraction.records import iso_bound
from timeline.caching import cached_public_page, computed_once, current_token
from timeline.eras import eras_to_show
from timeline.filters import EventFilter, filters_key
from timeline.models import Appearance, Event, Mention, Participation, Person, reading_english
from timeline.pagination import CountedPaginator, requested_page
from timeline.safe_text import without_control_characters, without_control_characters_in
from timeline.vocabulary import office_en

ARTICLE_TEXTS = ("article__raw_text", "article__cleaned_text")
LANGUAGES = ("vi", "en")
# An event's calendar UID is the same whichever host serves the calendar (a mirror, a proxy, a test
# server): a calendar that subscribes twice must not see every event twice.
CALENDAR_UID_DOMAIN = "dong-thoi-gian-ngoai-giao"
# What a date known only to the month or the year says beside it (the pages say the same).
PRECISION_NOTES = {"month": gettext_lazy("chưa rõ ngày"), "year": gettext_lazy("chưa rõ ngày, tháng")}
# A spreadsheet reads a cell starting with these as a formula (or strips them): such a cell gets an
# apostrophe in front, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_language(request) -> str:
    """The language an export is written in: `?lang=` when it names one, else the URL's (/en/…)."""
    asked = request.GET.get("lang")
    return asked if asked in LANGUAGES else translation.get_language()


def person_name(person) -> str:
    """A participant's name as the export's reader knows it: 'Wang Yi' in English for 'Vương Nghị'."""
    return (english_name(person.name) or person.name) if reading_english() else person.name


def export_title(event_filter) -> str:
    """'Dòng thời gian ngoại giao: Nhật Bản · 2023': the site and what the filters select (the calendar's
    name, the feed's title)."""
    parts = event_filter.description()
    return gettext("Dòng thời gian ngoại giao") + (": " + " · ".join(parts) if parts else "")


def mentions_without_texts():
    """Mentions with their article's URL and names, not its (possibly huge) texts."""
    return Mention.objects.select_related("article").defer(*ARTICLE_TEXTS)


def names_as_written(article_ids) -> dict[tuple[int, int], str]:
    """{(article id, person id): the name as that article writes it}, where it writes one."""
    appearances = Appearance.objects.filter(article_id__in=article_ids).exclude(name_as_written="")
    return {(a, p): name for a, p, name in appearances.values_list("article_id", "person_id", "name_as_written")}


def name_in_source(name: str, written: str, english: str = "") -> str:
    """'Suga Yoshihide (Suga)': the timeline's name, and the source's where it writes another (a transliteration
    written with its original, 'Sin-dô A-bê (Shinzo Abe)', already holds both); else the form English readers
    use, where the reference of names knows one: 'Vla-đi-mia Pu-tin (Vladimir Putin)'."""
    if written and fold(written) != fold(name):
        return written if "(" in written else f"{name} ({written})"
    if english and fold(english) != fold(name):
        return f"{name} ({english})"
    return name


def export_payload(events, articles=None, persons=None) -> dict:
    """`{"events": [...], "persons": [...]}` for a queryset of events, in the timeline's order.

    Each event is written once per article that tells it, with that article's evidence sentence. Persons
    are those named in the articles that tell these events, or in `articles` when given (the full export
    names every article's persons), and among `persons` when given (the public export: only those who
    take part in a published event). Titles, places and names are in the active language.
    """
    events = (
        events.defer("search_text")
        .prefetch_related(
            Prefetch("mentions", queryset=mentions_without_texts().order_by("sentence_index")),
            Prefetch("participations", queryset=Participation.objects.select_related("person__country").order_by("pk")),
            "countries",
        )
        .chronological()
    )
    keyed_rows, found = [], {}
    events = list(events)
    written = names_as_written({mention.article_id for event in events for mention in event.mentions.all()})
    # Events of the same days keep their place in the timeline's order, and among them their rows are in the order
    # their article tells them: each article's rows read in its order.
    same_days = {}
    for position, event in enumerate(events):
        same_days.setdefault((event.start, event.end), position)
    for event in events:
        first_mention_per_article = {}
        for mention in event.mentions.all():
            first_mention_per_article.setdefault(mention.article_id, mention)
        for mention in first_mention_per_article.values():
            start, end, precision = mention.dates
            order = (same_days[event.start, event.end], mention.article_id, mention.sentence_index, mention.pk)
            keyed_rows.append(
                (
                    order,
                    {
                        "article": mention.article.export_key,
                        "url": mention.article.url,
                        "type": event.type,
                        "start": iso_bound(start, precision),
                        "end": iso_bound(end, precision),
                        "precision": precision,
                        "place": event.display_place or None,
                        "participants": [
                            name_in_source(
                                person_name(p.person),
                                written.get((mention.article_id, p.person_id), ""),
                                english_name(p.person.name) or "",
                            )
                            for p in event.participations.all()
                        ],
                        "title": event.display_title,
                        "evidence": mention.sentence,
                        "status": event.status,
                        "planned": event.planned,
                        "slug": event.slug,
                    },
                )
            )
    rows = [row for _, row in sorted(keyed_rows, key=lambda keyed: keyed[0])]
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
    if persons is not None:
        appearances = appearances.filter(person__in=persons)
    for appearance in appearances:
        person = appearance.person
        # One entry per person and per way the articles write the name ("Suga Yoshihide (Suga)" for those
        # that write only "Suga"), as in the events' rows.
        name = name_in_source(person_name(person), appearance.name_as_written)
        entry = found.setdefault(
            (person.pk, name),
            {
                "name": name,
                "title": (reading_english() and office_en(appearance.title)) or appearance.title,
                "country": person.country.iso if person.country else None,
                "slug": person.slug,
                "articles": [],
            },
        )
        entry["articles"].append(appearance.article.export_key)
    return without_control_characters_in({"events": rows, "persons": list(found.values())})


def invalid_parameters(errors: dict) -> JsonResponse:
    """400 naming each parameter the export cannot use, and why."""
    return JsonResponse({"error": "invalid filter values", "parameters": errors}, status=400)


def filtered_export(view):
    """Runs an export on the published events the request's filters select, oldest first. A value the
    filters cannot use is a 400 naming each parameter and why, never an export of everything."""

    @wraps(view)
    def wrapper(request):
        event_filter = EventFilter(request.GET, queryset=Event.objects.published())
        if not event_filter.is_valid():
            return invalid_parameters({name: [str(e) for e in errs] for name, errs in event_filter.errors.items()})
        return view(request, event_filter.qs.chronological().defer("search_text"), event_filter)

    return wrapper


def public_export(view):
    """What every export is: GET and HEAD only, in the language asked for, cached, filtered, and
    readable by a page of any other site."""
    inner = require_safe(cached_public_page(filtered_export(view)))

    @wraps(view)
    def wrapper(request):
        # Before the cache: its key holds the active language.
        with translation.override(export_language(request)):
            response = inner(request)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


def page_link(request, number: int | None) -> str | None:
    if number is None:
        return None
    query = request.GET.copy()
    query["page"] = number
    return request.build_absolute_uri(f"{request.path}?{urlencode(sorted(query.lists()), doseq=True)}")


@public_export
def events_json(request, events, event_filter):
    """The JSON export (docs/export-format.md) of the filtered published events, TIMELINE_API_PAGE_SIZE events a page.

    `count` is the number of events in all pages, `next` and `previous` the neighbouring pages' URLs
    (null at either end). Pages are cut in the order their events are listed, so that following `next`
    gives every event once, in one order; a page number that names no page is a 400.
    """
    count = computed_once(current_token(), "export-count", events.count, filters_key(request.GET))
    paginator = CountedPaginator(events.values_list("pk", flat=True), settings.TIMELINE_API_PAGE_SIZE, count)
    page, problem = requested_page(paginator, request.GET.get("page"))
    if problem:
        return invalid_parameters({"page": [problem]})
    payload = export_payload(Event.objects.filter(pk__in=list(page.object_list)), persons=Person.objects.public())
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


@public_export
def events_timelinejs(request, events, event_filter):
    """The filtered published events in TimelineJS3's JSON format, with the relationship's eras."""
    events = events.prefetch_related(
        Prefetch("participations", queryset=Participation.objects.select_related("person").order_by("pk")),
        Prefetch("mentions", queryset=mentions_without_texts()),
        "countries",
    )
    pair = [iso for iso in request.GET.get("pair", "").split("-") if len(iso) == 2]
    eras = eras_to_show(Event.objects.published(), pair)
    last_day = max([event.end for event in events] + [era.start for era in eras], default=None)
    payload = {
        "title": {"text": {"headline": escape(export_title(event_filter)), "text": ""}},
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
                        '<a href="{}">{}</a>', request.build_absolute_uri(event.get_absolute_url()), event.display_title
                    ),
                    "text": format_html(
                        "<p>{}</p>{}",
                        " · ".join(
                            part
                            for part in (
                                event.display_place,
                                ", ".join(person_name(p.person) for p in event.participations.all()),
                            )
                            if part
                        ),
                        format_html_join(
                            "",
                            '<blockquote lang="vi">{} — <a href="{}">{}</a></blockquote>',
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
                "text": {"headline": escape(era.display_label)},
            }
            for era in eras
        ],
    }
    return JsonResponse(without_control_characters_in(payload), json_dumps_params={"ensure_ascii": False})


class Echo:
    """A file-like object for csv.writer that hands back each line instead of storing it."""

    def write(self, value):
        return value


def in_language(language: str, chunks):
    """The chunks of a streamed download, each drawn in `language`: a streamed body is drawn after the
    view has returned, when the language the view ran in is no longer active."""
    chunks = iter(chunks)
    while True:
        with translation.override(language):
            chunk = next(chunks, None)
        if chunk is None:
            return
        yield chunk


def streamed(request, lines, content_type: str, filename: str):
    """A download streamed line by line; a HEAD request gets the headers without running the query."""
    lines = [] if request.method == "HEAD" else in_language(translation.get_language(), lines)
    response = StreamingHttpResponse(lines, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def spreadsheet_cell(value) -> str:
    """A CSV cell a spreadsheet shows as the text it is: no control character, and no formula ('=1+1',
    '@SUM(…)', '-2+3' get an apostrophe in front)."""
    text = without_control_characters(str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def iso_span(event) -> str:
    """'2024-08-07/2024-08-10', '2023-11', '2024-08-07': the dates in ISO 8601 to their precision, which no
    spreadsheet reads as another day (a display date '1/5/2022' is 5 January to an English one)."""
    start, end = event.iso("start"), event.iso("end")
    return start if start == end else f"{start}/{end}"


@public_export
def events_csv(request, events, event_filter):
    """One row per event; UTF-8 with a byte-order mark so that spreadsheets read Vietnamese right."""
    events = events.prefetch_related(
        Prefetch("participations", queryset=Participation.objects.select_related("person").order_by("pk")),
        "countries",
        Prefetch("mentions", queryset=mentions_without_texts()),
    )
    writer = csv.writer(Echo())

    def lines():
        yield "\ufeff" + writer.writerow(
            ["date", "start", "end", "precision", "type", "title", "place", "participants", "countries", "sources",
             "url"]
        )  # fmt: skip
        for event in events.iterator(chunk_size=500):
            row = [
                iso_span(event),
                event.start.isoformat(),
                event.end.isoformat(),
                event.precision,
                event.type,
                event.display_title,
                event.display_place,
                "; ".join(person_name(p.person) for p in event.participations.all()),
                " ".join(c.iso for c in event.countries.all()),
                " ".join(m.article.url or m.article.source_name for m in event.mentions.all()),
                request.build_absolute_uri(event.get_absolute_url()),
            ]
            yield writer.writerow([spreadsheet_cell(cell) for cell in row])

    return streamed(request, lines(), "text/csv; charset=utf-8", "events.csv")


@public_export
def events_ics(request, events, event_filter):
    """An iCalendar feed of all-day events. An event known only to the month or the year is one day, its
    first, marked as such (in its summary and description, and X-TIMELINE-DATE-PRECISION): not a block
    over the whole month that would hide every other entry of the calendar."""
    calendar = Calendar()
    calendar.add("prodid", "-//Dong thoi gian ngoai giao//vi")
    calendar.add("version", "2.0")
    name = " ".join(without_control_characters(export_title(event_filter)).split())  # one line: a searched "a\nb"
    calendar.add("name", name)  # RFC 7986
    calendar.add("x-wr-calname", name)  # what most calendar applications read
    head, tail = calendar.to_ical().decode().split("END:VCALENDAR")

    def lines():
        yield head
        events_shown = events.prefetch_related(
            Prefetch("participations", queryset=Participation.objects.select_related("person").order_by("pk")),
            "countries",
        )
        for event in events_shown.iterator(chunk_size=500):
            when = event.display_date()
            note = PRECISION_NOTES.get(event.precision)
            if note:
                when = f"{when}, {note}"
            entry = CalendarEvent()
            entry.add("uid", f"{event.slug}@{CALENDAR_UID_DOMAIN}")
            entry.add("dtstamp", event.updated_at)
            summary = f"{event.display_title} ({when})" if note else event.display_title
            entry.add("summary", without_control_characters(summary))
            entry.add("dtstart", event.start)
            last_day = event.end if event.precision == Event.Precision.DAY else event.start
            entry.add("dtend", last_day + timedelta(days=1))  # DTEND is exclusive
            entry.add("x-timeline-date-precision", event.precision)
            people = ", ".join(person_name(p.person) for p in event.participations.all())
            entry.add("description", without_control_characters("\n".join(part for part in (when, people) if part)))
            if event.place:
                entry.add("location", without_control_characters(event.display_place))
            entry.add("url", request.build_absolute_uri(event.get_absolute_url()))
            yield entry.to_ical().decode()
        yield "END:VCALENDAR" + tail

    return streamed(request, lines(), "text/calendar; charset=utf-8", "events.ics")
