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
import threading
from contextlib import contextmanager
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
    """Drops every cached page: call it with any write that sends no model signal (bulk_create, update).
    One statement that writes the row or creates it: two importers changing it first at once cannot clash."""
    if getattr(_batch, "touches", None) is not None:
        _batch.renewed = True  # one_check_per_write need not check nor renew again
    PublishedVersion.objects.bulk_create(
        [PublishedVersion(pk=1, token=secrets.token_hex(16))],
        update_conflicts=True,
        unique_fields=["id"],
        update_fields=["token"],
    )


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


# What a row touches that a public page may show, per model: an event, a person, an agreement or an article
# (checked against what is public), ALWAYS (a country, a published event being saved, a kind of row not
# listed) or NEVER (jobs, feeds, import batches: the admin's own work). Saving or deleting a row that is not,
# and was not, on a public page (a draft that stays a draft, a job, a person no published event names)
# leaves the cached pages alone.
ALWAYS, NEVER = ("always", None), ("never", None)
TOUCHES = {
    "timeline.event": lambda event: ALWAYS if event.status == Event.Status.PUBLISHED else ("event", event.pk),
    "timeline.participation": lambda row: ("event", row.event_id),
    "timeline.mention": lambda row: ("event", row.event_id),
    "timeline.person": lambda person: ("person", person.pk),
    "timeline.personalias": lambda row: ("person", row.person_id),
    "timeline.position": lambda row: ("person", row.person_id),
    "timeline.appearance": lambda row: ("person", row.person_id),
    "timeline.agreement": lambda agreement: ("agreement", agreement.pk),
    "articles.article": lambda article: ("article", article.pk),
    "articles.feed": lambda row: NEVER,
    "articles.feedentry": lambda row: NEVER,
    "articles.job": lambda row: NEVER,
    "articles.jobitem": lambda row: NEVER,
    "articles.importbatch": lambda row: NEVER,
    "articles.refusal": lambda row: NEVER,
}
PUBLIC = {
    "event": lambda ids: Event.objects.published().filter(pk__in=ids),
    "person": lambda ids: Person.objects.public().filter(pk__in=ids),
    "agreement": lambda ids: Agreement.objects.public().filter(pk__in=ids),
    "article": lambda ids: Event.objects.published().filter(mentions__article_id__in=ids),
}


def touched(instance) -> tuple[str, object]:
    touches = TOUCHES.get(instance._meta.label_lower)
    return ALWAYS if touches is None else touches(instance)


def any_public(touches) -> bool:
    """Whether any of `touches` ((kind, id) pairs) is, or was until this change, on a public page."""
    ids: dict[str, set] = {}
    for kind, pk in touches:
        if kind == "always":
            return True
        if kind in PUBLIC and pk:
            ids.setdefault(kind, set()).add(pk)
    return any(PUBLIC[kind](pks).exists() for kind, pks in ids.items())


def may_change_public_pages(instance) -> bool:
    """Saving or deleting `instance` can change what a public page shows (see TOUCHES)."""
    return any_public([touched(instance)])


# Inside an import's write of one article, rows only note what they touch: one check, and at most one new
# token, when the article is written (not a query per row).
_batch = threading.local()


@contextmanager
def one_check_per_write():
    _batch.touches, _batch.renewed = set(), False
    touches = _batch.touches
    try:
        yield
    finally:
        _batch.touches = None
    # A token renewed during the write (a published event written) already stands for all of it: the
    # transaction commits the rows and the token together, so a second one would change nothing.
    if not _batch.renewed and any_public(touches):
        published_changed()


def bulk_written(instances):
    """A bulk write of `instances` (which sends no model signal) noted as their saves would note them: inside
    an import's write, only what they touch; elsewhere, a new token when a public page may show them."""
    for instance in instances:
        _note(instance)


def _note(instance):
    batch = getattr(_batch, "touches", None)
    if batch is not None:
        batch.add(touched(instance))
    elif may_change_public_pages(instance):
        published_changed()


@receiver(pre_save)
@receiver(pre_delete)
def _model_changing(sender, instance, **kwargs):
    if shows_publicly(sender) and not kwargs.get("raw"):
        _note(instance)


@receiver(m2m_changed)
def _relation_changing(sender, instance, action, **kwargs):
    if action.startswith("pre_") and shows_publicly(kwargs["model"]):
        _note(instance)


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
