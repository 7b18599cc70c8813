"""Template helpers of the public pages."""

from django import template
from django.urls import translate_url

from extraction.event_types import event_type

register = template.Library()


@register.simple_tag(takes_context=True)
def this_page_in(context, language_code: str) -> str:
    """The URL of the page being read, in another language (filters kept)."""
    request = context["request"]
    return translate_url(request.get_full_path(), language_code)


@register.filter
def type_icon(type_code: str) -> str:
    return event_type(type_code).icon
