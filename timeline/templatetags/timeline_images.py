"""{{ person|thumbnail }} and {% share_image_url event %} for templates."""

from django import template
from django.urls import reverse

from timeline.language import reading_english
from timeline.thumbnails import thumbnail_url

register = template.Library()


@register.filter
def thumbnail(person) -> str:
    """URL of the person's 160×160 photo thumbnail, or '' (so `{% if %}` can skip the <img>)."""
    return thumbnail_url(person)


@register.simple_tag(takes_context=True)
def share_image_url(context, event) -> str:
    """Absolute URL of the event's share image in the page's language: og:image must not be a relative URL."""
    path = reverse("event-share-image", args=[event.slug]) + ("?lang=en" if reading_english() else "")
    request = context.get("request")
    return request.build_absolute_uri(path) if request else path
