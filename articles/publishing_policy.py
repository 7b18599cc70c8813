"""Which extracted events are published on import, and why the others wait as drafts: the learned decision
of extraction/publishing.py (a probability of being right, and the reasons against it), at the threshold
the model was trained for unless the settings say otherwise."""

from django.conf import settings

from extraction import records as rec
from extraction.publishing import judge


def publish_threshold() -> float | None:
    """The probability at which an event is published on import, when the settings override the
    threshold learned with the publishing model (extraction/publishing.py)."""
    return getattr(settings, "TIMELINE_PUBLISH_CONFIDENCE", None)


def decide(extracted: rec.ExtractedArticle):
    """Gives each of the article's events its probability and, below the threshold, its draft reasons."""
    judge(extracted, threshold=publish_threshold())


def why_draft(found: rec.FoundEvent) -> str:
    """Why `found` is not published on import ("" when it is): the codes of the publishing decision's
    reasons (extraction.publishing.DraftReason, shown in the admin's language by timeline.review)."""
    return ", ".join(found.draft_reasons)
