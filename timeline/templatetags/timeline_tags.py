"""Template helpers of the public pages."""

import json

from django import template
from django.urls import translate_url
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from extraction.event_types import event_type
from timeline.dates import format_bound, format_span
from timeline.language import reader_language, reading_english
from timeline.vocabulary import office_en

register = template.Library()

# What json_script escapes, so that text from an article cannot close the <script> element.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def this_page_in(context, language_code: str) -> str:
    """The URL of the page being read, in another language (filters kept)."""
    request = context["request"]
    return translate_url(request.get_full_path(), language_code)


@register.filter
def type_icon(type_code: str) -> str:
    return event_type(type_code).icon


@register.filter
def vietnamese(text) -> str:
    """Text that stays Vietnamese, marked lang="vi" on the English pages (screen readers switch voice)."""
    if text in (None, ""):
        return ""
    if reading_english():
        return format_html('<span lang="vi">{}</span>', text)
    return format_html("{}", text)


@register.filter
def office(role: str) -> str:
    """An office in the page's language: from the translated vocabulary, else Vietnamese marked so."""
    if not role:
        return ""
    if reading_english():
        english = office_en(role)
        if english:
            return format_html("{}", english)
    return vietnamese(role)


@register.filter
def json_ld(data) -> str:
    """`data` as JSON for a <script type="application/ld+json">, escaped like json_script."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))  # noqa: S308


@register.filter
def told_date(mention) -> str:
    """The dates one source gives an event, as a reader of the page's language writes them."""
    start, end, precision = mention.dates
    return format_span(start, end, precision, reader_language())


@register.filter
def reader_date(day) -> str:
    """A day as a reader of the page's language writes it: '2/2/2024', '2 Feb 2024'."""
    if not day:
        return ""
    return format_bound(day, "day", reader_language())


@register.filter
def plus(value, other) -> float:
    """value + other for SVG coordinates (the built-in `add` rounds floats to integers)."""
    return round(float(value) + float(other), 1)


@register.filter
def datalist_options(names) -> str:
    """<option>s of a <datalist> (type-ahead without script), each name escaped; built at once, as a
    template loop over hundreds of names would cost more than the rest of the page."""
    return format_html_join("", '<option value="{}"></option>', ((name,) for name in names))


# The small parts of an entry, written once for the timeline and the event page (filters, not includes:
# a page of a hundred entries would render three hundred includes).


@register.filter
def precision_note(event) -> str:
    """' (chưa rõ ngày)' after a date known only to the month or the year."""
    if event.precision == "year":
        return format_html(' <span class="precision">({})</span>', gettext("chưa rõ ngày, tháng"))
    if event.precision == "month":
        return format_html(' <span class="precision">({})</span>', gettext("chưa rõ ngày"))
    return ""


@register.filter
def planned_note(event) -> str:
    """'dự kiến (VnExpress công bố ngày 5/8/2024)', or, once the date has passed with no source saying it was
    held, 'announced for 7–10/8/2024, no report yet that it took place (…)'."""
    if not event.planned:
        return ""
    if event.planned_unconfirmed:
        note = gettext("đã công bố sẽ diễn ra %(date)s, chưa có tin đã diễn ra") % {"date": event.display_date()}
    else:
        note = gettext("dự kiến")
    article = event.announcement
    # Who and when, as far as the source says (a file name is not an outlet: said nothing rather).
    outlet = article.outlet if article else ""
    day = ""
    if article and article.published:
        day = format_bound(article.published, article.published_precision or "day", reader_language())
    if outlet and day:
        note += " (" + gettext("%(outlet)s công bố ngày %(day)s") % {"outlet": outlet, "day": day} + ")"
    elif outlet:
        note += " (" + gettext("%(outlet)s công bố") % {"outlet": outlet} + ")"
    elif day:
        note += " (" + gettext("công bố ngày %(day)s") % {"day": day} + ")"
    return format_html(' <span class="planned">{}</span>', note)


@register.filter
def place_text(event) -> str:
    """The place in the page's language, or Vietnamese marked lang="vi" when the vocabulary lacks it."""
    if event.place_is_vietnamese:
        return format_html('<span lang="vi">{}</span>', event.place)
    return format_html("{}", event.display_place)


@register.filter
def era_label(era) -> str:
    """An era's level in the page's language; one the vocabulary does not know is marked lang="vi"."""
    if era.label_is_vietnamese:
        return vietnamese(era.display_label)
    return format_html("{}", era.display_label)
