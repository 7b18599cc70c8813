"""The reader's language: the English pages are under /en/, every other page is Vietnamese."""

from django.utils.translation import get_language


def reading_english() -> bool:
    """True on the English pages (/en/…): names, titles and dates are then given in English."""
    return (get_language() or "").startswith("en")


def reader_language() -> str:
    """ "en" on the English pages, "vi" on the others: the language dates and names are written in."""
    return "en" if reading_english() else "vi"
