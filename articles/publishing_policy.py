"""Which extracted events are published on import, and why the others wait as drafts."""

from django.conf import settings

from extraction import records as rec


def publish_threshold() -> float:
    """Events at or above this confidence are published on import; the rest wait as drafts."""
    return float(getattr(settings, "TIMELINE_PUBLISH_CONFIDENCE", 0.6))


def why_draft(found: rec.FoundEvent) -> str:
    """Why `found` is not published on import ("" when it is): the pipeline's strict tests
    (extraction.events.why_draft), a year nobody gave, or a confidence under the threshold."""
    if found.year_unknown:
        return "year unknown: its article needs a publication date"
    if found.why_draft:
        return found.why_draft
    if found.confidence < publish_threshold():
        return f"confidence {found.confidence:.2f} under {publish_threshold():.2f}"
    return ""
