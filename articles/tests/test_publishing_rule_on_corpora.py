"""Over annotated corpora imported together, nothing is public that the publishing rule holds back: a
published event is dated by a year something gave, and the decision gave it the probability the threshold
asks. The corpora are not part of the repository: TIMELINE_TEST_ANNOTATED_CORPORA names folders holding gold.json and
articles/ (the shared development corpora); without it the test is skipped."""

import contextlib

import pytest
from django.core.management import CommandError, call_command

from articles.tests.corpora import ANNOTATED_CORPORA
from extraction.publishing import shipped_model
from timeline.models import Event

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.mark.skipif(not ANNOTATED_CORPORA, reason="TIMELINE_TEST_ANNOTATED_CORPORA names no annotated corpus")
def test_nothing_is_published_that_the_publishing_rule_holds_back():
    for corpus in ANNOTATED_CORPORA:
        # An article with no datable event is refused (and kept for a curator); the others go in.
        with contextlib.suppress(CommandError):
            call_command("import_articles", str(corpus / "articles"), verbosity=0)
    published = Event.objects.published()
    assert published.exists()
    threshold = shipped_model().threshold
    assert not published.filter(year_unknown=True).exists()
    assert not published.filter(confidence__lt=threshold).exists()
    drafts = Event.objects.filter(status=Event.Status.DRAFT)
    assert not drafts.filter(draft_reason="").exists()  # every draft says why it waits
