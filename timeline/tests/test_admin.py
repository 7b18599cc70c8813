"""Curators in the admin: every model usable, edits kept through re-imports, bulk status actions."""

from datetime import date

import pytest
from django.urls import reverse

from articles.import_report import ImportReport
from articles.importer import ArticleImporter
from extraction import records as rec
from factories import ArticleFactory, EventFactory, MentionFactory, PersonFactory
from timeline.models import Event, Mention

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model", ["event", "person", "agreement", "country", "mention", "position", "personalias", "appearance"]
)
def test_every_changelist_opens(admin_client, model):
    EventFactory()
    assert admin_client.get(reverse(f"admin:timeline_{model}_changelist")).status_code == 200


def test_event_changelist_filters_and_search(admin_client):
    EventFactory(title="Hội đàm cấp cao", status="draft", confidence=0.3)
    EventFactory(title="Chuyến thăm khác", status="published", confidence=0.9)
    url = reverse("admin:timeline_event_changelist")
    page = admin_client.get(url, {"status": "draft", "confidence": "low", "q": "Hội đàm"}).content.decode()
    assert "Hội đàm cấp cao" in page and "Chuyến thăm khác" not in page


def test_event_page_shows_the_evidence_escaped(admin_client):
    mention = MentionFactory(sentence="Hai bên <script>alert(1)</script> hội đàm.")
    page = admin_client.get(reverse("admin:timeline_event_change", args=[mention.event_id])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page


def test_publish_and_reject_actions_change_status_and_keep_history(admin_client):
    first, second = EventFactory(status="draft"), EventFactory(status="draft")
    url = reverse("admin:timeline_event_changelist")
    admin_client.post(url, {"action": "publish", "_selected_action": [first.pk, second.pk]})
    assert set(Event.objects.values_list("status", flat=True)) == {"published"}
    admin_client.post(url, {"action": "reject", "_selected_action": [second.pk]})
    second.refresh_from_db()
    assert second.status == "rejected" and "status" in second.curated_fields
    assert second.history.count() >= 3


def _form_data(event, **changes):
    data = {
        "type": event.type, "title": event.title, "title_en": "", "start": event.start.isoformat(),
        "end": event.end.isoformat(), "precision": event.precision, "place": event.place, "status": event.status,
        "confidence": event.confidence,
        "participations-TOTAL_FORMS": 0, "participations-INITIAL_FORMS": 0,
        "mentions-TOTAL_FORMS": event.mentions.count(), "mentions-INITIAL_FORMS": event.mentions.count(),
    }  # fmt: skip
    for n, mention in enumerate(event.mentions.all()):
        data[f"mentions-{n}-id"] = mention.pk
        data[f"mentions-{n}-event"] = event.pk
    data.update(changes)
    return data


def test_an_edit_in_the_change_form_survives_reimport(admin_client):
    article = ArticleFactory(raw_text="Bài gốc", cleaned_text="Bài gốc")
    found = rec.FoundEvent(
        type="talks",
        title="Hội đàm do máy đọc",
        date=rec.DateSpan(date(2024, 5, 3), date(2024, 5, 3), "day"),
        evidence="Ngày 3/5/2024, hai Bộ trưởng hội đàm.",
        participants=[rec.Participant("Lê Văn Thành")],
        confidence=0.9,
    )
    extracted = rec.ExtractedArticle("t", None, "", [], rec.YearGuess(2024, "", 1), events=[found])
    importer = ArticleImporter()
    importer.write_extraction(article, extracted, ImportReport())
    event = Event.objects.get()
    url = reverse("admin:timeline_event_change", args=[event.pk])
    response = admin_client.post(
        url, _form_data(event, title="Hội đàm (biên tập)", start="2024-05-04", end="2024-05-04")
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    event.refresh_from_db()
    assert {"title", "start", "end"} <= set(event.curated_fields)
    assert "hoi dam (bien tap)" in event.search_text
    importer.extract = lambda *a, **k: extracted
    importer.reextract(article)
    event.refresh_from_db()
    assert (event.title, event.start) == ("Hội đàm (biên tập)", date(2024, 5, 4))
    assert Event.objects.count() == 1 and Mention.objects.count() == 1


def test_admin_requires_login(client):
    response = client.get(reverse("admin:timeline_event_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_person_search_finds_aliases(admin_client):
    person = PersonFactory(name="Shinzo Abe")
    person.aliases.create(name="Sin-dô A-bê")
    page = admin_client.get(reverse("admin:timeline_person_changelist"), {"q": "A-bê"}).content.decode()
    assert "Shinzo Abe" in page


def test_article_page_lists_its_events_and_reextraction_action(admin_client):
    mention = MentionFactory()
    page = admin_client.get(reverse("admin:articles_article_change", args=[mention.article_id])).content.decode()
    assert mention.event.title in page
    response = admin_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "rerun_extraction", "_selected_action": [mention.article_id]},
        follow=True,
    )
    assert response.status_code == 200
