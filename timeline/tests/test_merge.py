"""Curators merge duplicate events and persons, after a confirmation page; a re-import never undoes it."""

from datetime import date

import pytest

from articles.importer import ArticleImporter
from factories import (
    AgreementFactory,
    ArticleFactory,
    EventFactory,
    MentionFactory,
    ParticipationFactory,
    PersonAliasFactory,
    PersonFactory,
    PositionFactory,
)
from timeline.models import Event, Person
from timeline.outcomes import HistoryReason

pytestmark = pytest.mark.django_db
EVENTS = "/admin/timeline/event/"
PERSONS = "/admin/timeline/person/"


def test_merging_events_asks_first_then_keeps_one_with_both_sources_and_redirects(admin_client):
    precise = EventFactory(title="Hội đàm tại Seoul", start=date(2022, 6, 7))
    vague = EventFactory(
        title="Hội đàm hai Bộ trưởng", start=date(2022, 6, 1), end=date(2022, 6, 30), precision="month"
    )
    MentionFactory(event=precise)
    MentionFactory(event=vague)
    MentionFactory(event=vague)
    ParticipationFactory(event=vague, person=PersonFactory(name="Kim Min-jun"))
    vague.agreements.add(AgreementFactory(name="Bản ghi nhớ hợp tác"))

    page = admin_client.post(EVENTS, {"action": "merge_selected", "_selected_action": [precise.pk, vague.pk]})
    assert page.status_code == 200 and "Có, gộp lại" in page.content.decode()
    assert Event.objects.filter(merged_into__isnull=False).count() == 0  # nothing changed yet
    assert f'value="{vague.pk}" checked' in page.content.decode()  # the one told by most sources

    admin_client.post(
        EVENTS,
        {
            "action": "merge_selected",
            "_selected_action": [precise.pk, vague.pk],
            "confirm": "yes",
            "survivor": vague.pk,
        },
    )
    vague.refresh_from_db()
    precise.refresh_from_db()
    assert precise.merged_into == vague
    assert vague.mentions.count() == 3 and vague.participants.get().name == "Kim Min-jun"
    assert vague.agreements.get().name == "Bản ghi nhớ hợp tác"
    assert (vague.start, vague.precision) == (date(2022, 6, 7), "day")  # the most precise date is kept
    response = admin_client.get(precise.get_absolute_url())
    assert response.status_code == 301 and response["Location"] == vague.get_absolute_url()
    assert precise.history.first().history_change_reason == HistoryReason.MERGED_INTO  # codes, shown as labels
    assert vague.history.first().history_change_reason == HistoryReason.MERGED_FROM
    assert precise.title not in admin_client.get("/").content.decode()


def test_merge_needs_two_and_a_change_permission(admin_client, client, django_user_model):
    event = EventFactory()
    response = admin_client.post(EVENTS, {"action": "merge_selected", "_selected_action": [event.pk]}, follow=True)
    assert "Hãy chọn ít nhất hai mục" in response.content.decode()
    viewer = django_user_model.objects.create_user("viewer", password="x", is_staff=True)
    from django.contrib.auth.models import Permission

    viewer.user_permissions.add(Permission.objects.get(codename="view_event"))
    client.force_login(viewer)
    other = EventFactory()
    client.post(
        EVENTS,
        {"action": "merge_selected", "_selected_action": [event.pk, other.pk], "confirm": "yes", "survivor": event.pk},
    )
    assert Event.objects.filter(merged_into__isnull=False).count() == 0


def test_merging_persons_keeps_names_as_aliases_positions_and_events(admin_client):
    full = PersonFactory(name="Nguyễn Minh Vũ")
    short = PersonFactory(name="Minh Vũ")
    PersonAliasFactory(person=short, name="N. M. Vũ")
    PositionFactory(person=full, title="Thứ trưởng", first_seen=date(2020, 1, 1), last_seen=date(2020, 6, 1))
    PositionFactory(person=short, title="Thứ trưởng", first_seen=date(2021, 3, 1), last_seen=date(2021, 3, 1))
    PositionFactory(person=short, title="Đại sứ", first_seen=date(2018, 1, 1), last_seen=date(2018, 1, 1))
    event = ParticipationFactory(person=short).event

    admin_client.post(
        PERSONS,
        {"action": "merge_selected", "_selected_action": [full.pk, short.pk], "confirm": "yes", "survivor": full.pk},
    )
    short.refresh_from_db()
    assert short.merged_into == full
    assert set(full.aliases.values_list("name", flat=True)) == {"Minh Vũ", "N. M. Vũ"}
    thu_truong = full.positions.get(title="Thứ trưởng")  # one position, its dates widened
    assert (thu_truong.first_seen, thu_truong.last_seen) == (date(2020, 1, 1), date(2021, 3, 1))
    assert full.positions.filter(title="Đại sứ").exists() and not short.positions.exists()
    assert list(event.participants.all()) == [full]
    assert admin_client.get(short.get_absolute_url()).status_code == 301
    assert "minh vu" in Event.objects.get(pk=event.pk).search_text  # found by the merged name too


def test_a_reimport_does_not_undo_a_merge():
    text = (
        "Hai Bộ trưởng hội đàm\n\n"
        "Ngày 12/9/2021, Bộ trưởng Ngoại giao Trần Đức Lâm hội đàm với Bộ trưởng Ngoại giao Ấn Độ Arjun Mehta "
        "tại Hà Nội.\n"
    )
    importer = ArticleImporter()
    article = importer.import_text(text, source_name="a.txt").article
    talks = Event.objects.get(type="talks")
    duplicate = EventFactory(title="Hội đàm (bản trùng)", type="talks", start=talks.start)
    MentionFactory(event=duplicate, article=ArticleFactory())
    talks.merge_from([duplicate])
    lam = Person.objects.get(name="Trần Đức Lâm")
    other = PersonFactory(name="Trần Lâm")
    lam.merge_from([other])

    ArticleImporter().reextract(article)
    # Another outlet writes the merged-away name: the importer now knows it as an alias.
    ArticleImporter().import_text(text.replace("Trần Đức Lâm", "Trần Lâm").replace("Hai", "Các"), source_name="b.txt")
    assert Event.objects.filter(type="talks", merged_into__isnull=True).count() == 1
    assert Event.objects.get(pk=duplicate.pk).merged_into_id == talks.pk
    assert Person.objects.filter(name="Trần Đức Lâm").count() == 1
    assert not Person.objects.filter(name="Trần Lâm", merged_into__isnull=True).exists()
    assert talks.mentions.count() == 3 and list(talks.participants.filter(name__startswith="Trần")) == [lam]
