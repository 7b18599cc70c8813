"""The history's change reasons, recorded as codes, shown in the admin's language."""

from django import template

from timeline.outcomes import HistoryReason

register = template.Library()


@register.filter
def history_reason(code) -> str:
    return HistoryReason.label_of(code)
