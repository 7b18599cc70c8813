"""Rendered public pages, cached until anything published changes.

A page is stored under the current `PublishedVersion` token with its language and full URL. Any
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
from django.http import HttpResponse
from django.utils.translation import get_language

from timeline.models import PublishedVersion

PUBLIC_APPS = {"timeline", "articles"}
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Content-Language", "Link")


def published_changed():
    """Drops every cached page: call it with any write that sends no model signal (bulk_create, update)."""
    updated = PublishedVersion.objects.filter(pk=1).update(token=secrets.token_hex(16))
    if not updated:
        PublishedVersion.objects.create(pk=1, token=secrets.token_hex(16))


def current_token() -> str:
    return PublishedVersion.objects.filter(pk=1).values_list("token", flat=True).first() or "none"


def shows_publicly(model) -> bool:
    return (
        model._meta.app_label in PUBLIC_APPS
        and model._meta.model_name != "publishedversion"  # by name: migrations have their own model classes
        and not model.__name__.startswith("Historical")
    )


@receiver(pre_save)
@receiver(pre_delete)
def _model_changing(sender, **kwargs):
    if shows_publicly(sender) and not kwargs.get("raw"):
        published_changed()


@receiver(m2m_changed)
def _relation_changing(sender, action, **kwargs):
    if action.startswith("pre_") and shows_publicly(kwargs["model"]):
        published_changed()


def cached_public_page(view):
    """Serves a GET or HEAD of a public page from the cache while nothing published has changed.

    Only complete 200 responses are kept, and none that hands out a CSRF token or a cookie.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = settings.TIMELINE_CACHE_SECONDS
        if request.method not in ("GET", "HEAD") or seconds <= 0:
            return view(request, *args, **kwargs)
        url = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"page:{current_token()}:{get_language()}:{url}"
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            return response
        response = view(request, *args, **kwargs)
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        ):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            headers = [(name, response[name]) for name in KEPT_HEADERS if name in response]
            cache.set(key, (response.content, headers), seconds)
        return response

    return wrapper
