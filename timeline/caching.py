"""Rendered public pages, cached until anything published changes.

A page is stored under the current `PublishedVersion` token with its language, host, path and the query
parameters a public page reads (the filters, `page`, `year`); any other parameter is dropped before the view
sees it, so `/?x=1`, `/?x=2`… are the page `/` and one entry, never a new one each. Any
save or deletion of what a public page may show gives the token a new value first, in the same
transaction (the `pre_*` signals: every writer then takes the token row's lock before any other row,
so writers never wait for each other in opposite orders). Bulk writes that send no signals (the
importer's) call `published_changed()` themselves. Readers never wait for the lock: they read the
committed token, so a page is never cached under a token that outlives the data it shows.
"""

import hashlib
import secrets
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, pre_delete, pre_save
from django.dispatch import receiver
from django.http import HttpResponse, QueryDict
from django.utils.translation import get_language

from timeline.filters import EventFilter
from timeline.ladder import reference_version
from timeline.models import Agreement, Event, Person, PublishedVersion
from timeline.safe_text import without_control_characters

PUBLIC_APPS = {"timeline", "articles"}
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language", "Link")
# A streamed download is kept once it has been sent whole, unless it is larger than this.
MAX_STREAMED_BYTES = 32 * 1024 * 1024
# The query parameters a cached page or export reads; the others change nothing it shows.
PAGE_PARAMETERS = frozenset(EventFilter.base_filters) | {"page", "year"}


def published_changed():
    """Drops every cached page: call it with any write that sends no model signal (bulk_create, update)."""
    updated = PublishedVersion.objects.filter(pk=1).update(token=secrets.token_hex(16))
    if not updated:
        PublishedVersion.objects.create(pk=1, token=secrets.token_hex(16))


def current_token() -> str:
    """The state of what public pages show: the published rows' token, and the reference ladder's version
    (a page drawing a relationship's ladder changes with the file as with the rows)."""
    token = PublishedVersion.objects.filter(pk=1).values_list("token", flat=True).first() or "none"
    return f"{token}:{reference_version()}"


# What a page draws from all the events it filters (the overview, the eras, the type-ahead, the people
# of a relationship) is kept under the token, so an unchanged timeline computes it once; the time
# only bounds the memory it holds.
DERIVED_SECONDS = 3600


def computed_once(token: str, name: str, compute, *key):
    """`compute()`, kept while nothing published changes (`token` is `current_token()`); `key` names what
    else it depends on. The page's language is always part of the key."""
    digest = hashlib.sha256(repr((token, name, get_language(), *key)).encode()).hexdigest()
    return cache.get_or_set(f"derived:{digest}", compute, DERIVED_SECONDS)


def shows_publicly(model) -> bool:
    """A model whose rows a public page may show. Not the models of migrations (module "__fake__"): a data
    migration may run before the token's table exists, and a migrated database has no cached page anyway."""
    return (
        model._meta.app_label in PUBLIC_APPS
        and model.__module__ != "__fake__"
        and model is not PublishedVersion
        and not model.__name__.startswith("Historical")
    )


def _event_is_or_was_published(event_id) -> bool:
    return bool(event_id) and Event.objects.published().filter(pk=event_id).exists()


def _person_is_public(person_id) -> bool:
    return bool(person_id) and Person.objects.public().filter(pk=person_id).exists()


# What a public page may show of a row, per model: saving or deleting a row that is not, and was not, on a
# public page (a draft that stays a draft, a job, a job item, a person no published event names) leaves the
# cached pages alone. A model not listed here (a country, a new kind of row) always counts.
SHOWN_WHEN = {
    "timeline.event": lambda event: event.status == Event.Status.PUBLISHED or _event_is_or_was_published(event.pk),
    "timeline.participation": lambda row: _event_is_or_was_published(row.event_id),
    "timeline.mention": lambda row: _event_is_or_was_published(row.event_id),
    "timeline.person": lambda person: _person_is_public(person.pk),
    "timeline.personalias": lambda row: _person_is_public(row.person_id),
    "timeline.position": lambda row: _person_is_public(row.person_id),
    "timeline.appearance": lambda row: _person_is_public(row.person_id),
    "timeline.agreement": lambda agreement: bool(agreement.pk)
    and Agreement.objects.public().filter(pk=agreement.pk).exists(),
    "articles.article": lambda article: bool(article.pk)
    and Event.objects.published().filter(mentions__article_id=article.pk).exists(),
    "articles.feed": lambda row: False,
    "articles.feedentry": lambda row: False,
    "articles.job": lambda row: False,
    "articles.jobitem": lambda row: False,
}


def may_change_public_pages(instance) -> bool:
    """Saving or deleting `instance` can change what a public page shows (see SHOWN_WHEN)."""
    shown = SHOWN_WHEN.get(instance._meta.label_lower)
    return True if shown is None else shown(instance)


@receiver(pre_save)
@receiver(pre_delete)
def _model_changing(sender, instance, **kwargs):
    if shows_publicly(sender) and not kwargs.get("raw") and may_change_public_pages(instance):
        published_changed()


@receiver(m2m_changed)
def _relation_changing(sender, instance, action, **kwargs):
    if action.startswith("pre_") and shows_publicly(kwargs["model"]) and may_change_public_pages(instance):
        published_changed()


def cached_public_page(view):
    """Serves a GET or HEAD of a public page from the cache while nothing published has changed.

    Only complete 200 responses are kept, and none that hands out a CSRF token or a cookie. A streamed
    download (CSV, iCalendar) is kept as it is sent, once it has been sent whole to a GET.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = settings.TIMELINE_CACHE_SECONDS
        if request.method not in ("GET", "HEAD") or seconds <= 0:
            return printable(view(request, *args, **kwargs))
        request.GET = known_parameters(request.GET)
        url = hashlib.sha256(f"{request.get_host()}{request.path}?{request.GET.urlencode()}".encode()).hexdigest()
        key = f"page:{current_token()}:{get_language()}:{url}"
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            return response
        response = printable(view(request, *args, **kwargs))
        if response.status_code != 200 or response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return response
        headers = [(name, response[name]) for name in KEPT_HEADERS if name in response]
        if response.streaming:
            if request.method == "GET":
                response.streaming_content = kept_when_sent_whole(response.streaming_content, key, headers, seconds)
            return response
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        cache.set(key, (response.content, headers), seconds)
        return response

    return wrapper


def printable(response):
    """A page without the control characters a stored text (an imported title) may hold: a reader never
    gets them, cached or not."""
    if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
        return response
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    response.content = without_control_characters(response.content.decode(response.charset)).encode(response.charset)
    return response


def known_parameters(query: QueryDict) -> QueryDict:
    """The query without the parameters no public page reads, in a fixed order: what the page shows and
    what its links carry on depend on nothing else."""
    known = QueryDict(mutable=True)
    for name, values in sorted(query.lists()):
        if name in PAGE_PARAMETERS:
            known.setlist(name, values)
    known._mutable = False
    return known


def kept_when_sent_whole(chunks, key: str, headers, seconds: int):
    """Passes a streamed download on chunk by chunk, and caches it once the last chunk has gone out."""
    sent, size = [], 0
    for chunk in chunks:
        if sent is not None:
            size += len(chunk)
            if size <= MAX_STREAMED_BYTES:
                sent.append(chunk)
            else:
                sent = None  # too large to keep: streamed anew every time
        yield chunk
    if sent is not None:
        cache.set(key, (b"".join(sent), headers), seconds)
