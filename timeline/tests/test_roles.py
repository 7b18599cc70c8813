"""Curator and Reviewer: what each may do in the admin; the public site stays read-only."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError

from factories import EventFactory
from timeline.management.commands import create_roles
from timeline.models import Event

pytestmark = pytest.mark.django_db
EVENTS = "/admin/timeline/event/"


def test_create_roles_is_idempotent():
    call_command("create_roles", verbosity=0)
    first = {g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()}
    call_command("create_roles", verbosity=0)
    again = {g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()}
    assert first == again and set(first) == {"Curator", "Reviewer"}
    assert "change_event" in first["Curator"] and "add_article" in first["Curator"]
    assert first["Reviewer"] and all(code.startswith("view_") for code in first["Reviewer"])


def test_create_roles_names_a_permission_it_cannot_find(monkeypatch):
    monkeypatch.setattr(create_roles, "CURATED_MODELS", [*create_roles.CURATED_MODELS, ("timeline", "meeting")])
    with pytest.raises(CommandError, match=r"timeline\.meeting\.view_meeting"):
        call_command("create_roles", verbosity=0)
    assert not Group.objects.exists()


def test_reviewer_reads_but_cannot_change_publish_or_merge(staff_in):
    event = EventFactory(status="draft", title="Chờ duyệt")
    client = staff_in("Reviewer")
    assert client.get(EVENTS).status_code == 200
    page = client.get(f"{EVENTS}{event.pk}/change/")
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert client.post(f"{EVENTS}{event.pk}/change/", {"title": "Đổi"}).status_code == 403
    changelist = client.get(EVENTS).content.decode()
    assert 'value="publish"' not in changelist and 'value="merge_selected"' not in changelist
    client.post(EVENTS, {"action": "publish", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert event.status == "draft" and event.title == "Chờ duyệt"
    assert client.get("/admin/articles/article/add/").status_code == 403


def test_curator_changes_and_publishes(staff_in):
    event = EventFactory(status="draft")
    client = staff_in("Curator")
    changelist = client.get(EVENTS).content.decode()
    assert 'value="publish"' in changelist and 'value="merge_selected"' in changelist
    client.post(EVENTS, {"action": "publish", "_selected_action": [event.pk]})
    event.refresh_from_db()
    assert event.status == "published"
    assert client.get("/admin/articles/article/add/").status_code == 200


def test_admin_needs_a_login_and_the_public_site_refuses_writes(client):
    response = client.get(EVENTS)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client.post("/", {"title": "x"}).status_code == 405
    assert Event.objects.count() == 0
