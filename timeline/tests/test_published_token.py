"""Cached public pages follow what readers see: work behind the scenes does not redraw every page."""

import pytest

from articles.curation_models import Job, JobItem
from factories import EventFactory
from timeline.caching import current_token
from timeline.models import Event

pytestmark = pytest.mark.django_db


def test_jobs_job_items_and_drafts_leave_the_published_token_alone():
    draft = EventFactory(status=Event.Status.DRAFT)
    before = current_token()
    job = Job.objects.create(kind=Job.Kind.IMPORT)
    JobItem.objects.create(job=job, source="a.txt")
    draft.title = "Một tiêu đề khác"
    draft.save()
    assert current_token() == before


def test_publishing_an_event_changes_the_published_token():
    draft = EventFactory(status=Event.Status.DRAFT)
    before = current_token()
    draft.status = Event.Status.PUBLISHED
    draft.save()
    assert current_token() != before


def test_unpublishing_an_event_changes_the_published_token():
    event = EventFactory(status=Event.Status.PUBLISHED)
    before = current_token()
    event.status = Event.Status.DRAFT
    event.save()
    assert current_token() != before
