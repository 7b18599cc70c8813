"""The review queue built for speed: drafts first, the waiting work counted on /admin/, duplicates as pairs
with a merge button, persons written two ways suggested and merged, a keyboard path through the drafts."""

import json
import re
from datetime import date

import pytest
from django.urls import reverse

from articles.import_batches import Refusal
from factories import ArticleFactory, CountryFactory, EventFactory, MentionFactory, ParticipationFactory, PersonFactory
from timeline.models import Event, Person
from timeline.outcomes import DraftReason, HistoryReason
from timeline.tests.test_admin import _form_data

pytestmark = pytest.mark.django_db
EVENTS = "/admin/timeline/event/"
PERSONS = "/admin/timeline/person/"


def attendees(client, event) -> list[str]:
    page = client.get(event.get_absolute_url()).content.decode()
    schema = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL).group(1)
    return [person["name"] for person in json.loads(schema).get("attendee", [])]


def test_one_person_written_in_two_orders_is_suggested_and_after_the_merge_listed_once(staff_in, client):
    japan = CountryFactory(iso="JP")
    one_report = EventFactory(type="meeting", title="Gặp Đại sứ Nhật Bản")
    other_report = EventFactory(type="meeting", title="Tiếp Đại sứ Nhật Bản", start=one_report.start)
    ParticipationFactory(event=one_report, person=PersonFactory(name="Ito Naoki", country=japan))
    ParticipationFactory(event=other_report, person=PersonFactory(name="Naoki Ito", country=japan))
    one_report.merge_from([other_report])  # two reports of one meeting, merged by a curator
    assert sorted(attendees(client, one_report)) == ["Ito Naoki", "Naoki Ito"]

    curator = staff_in("Curator")
    page = curator.get(PERSONS).content.decode()
    suggestions = page[page.index('id="suggestions-heading"') :]
    assert "Ito Naoki" in suggestions and "Naoki Ito" in suggestions and "Gộp…" in suggestions
    first, second = Person.objects.order_by("pk")
    curator.post(
        PERSONS,
        {"action": "merge_selected", "_selected_action": [first.pk, second.pk], "confirm": "yes", "survivor": first.pk},
    )
    assert attendees(client, one_report) == ["Ito Naoki"]
    assert "Naoki Ito" not in curator.get(PERSONS).content.decode().split('id="result_list"')[0]


def test_a_name_in_another_script_is_suggested_as_the_same_person(admin_client):
    china = CountryFactory(iso="CN")
    PersonFactory(name="Tập Cận Bình", country=china)
    PersonFactory(name="Xi Jinping", country=china)
    PersonFactory(name="Lý Cường", country=china)  # someone else
    page = admin_client.get(PERSONS).content.decode()
    row = next(row for row in page.split("<tr>") if "Tập Cận Bình" in row and "suggestions" not in row)
    assert "Xi Jinping" in row and "Lý Cường" not in row


def test_drafts_come_first_and_duplicates_are_pairs_with_a_merge_button(admin_client):
    EventFactory(title="Cuộc gặp đã công khai", start=date(2020, 1, 5), status="published")
    EventFactory(title="Bản nháp năm sau", start=date(2024, 6, 1), status="draft")
    person = PersonFactory()
    one = EventFactory(type="talks", start=date(2023, 3, 5), title="Hội đàm bản tin một")
    other = EventFactory(type="talks", start=date(2023, 3, 5), title="Hội đàm bản tin hai")
    for event in (one, other):
        ParticipationFactory(event=event, person=person)
    page = admin_client.get(EVENTS).content.decode()
    assert page.index("Bản nháp năm sau") < page.index("Cuộc gặp đã công khai")
    assert "Cặp có thể trùng (1)" in page
    pairs = admin_client.get(EVENTS, {"duplicates": "yes"}).content.decode()
    panel = pairs[pairs.index('id="pairs-heading"') : pairs.index("</section>", pairs.index('id="pairs-heading"'))]
    assert "Hội đàm bản tin một" in panel and "Hội đàm bản tin hai" in panel
    assert f'name="_selected_action" value="{one.pk}"' in panel and 'value="merge_selected"' in panel


def test_the_year_filter_offers_no_placeholder_year(admin_client):
    EventFactory(start=date(2024, 5, 3), status="published")
    EventFactory(start=date(4, 7, 26), status="draft", year_unknown=True)
    page = admin_client.get(EVENTS).content.decode()
    assert "?year=2024" in page and "?year=4" not in page


def test_the_index_counts_the_waiting_work_with_links(admin_client):
    EventFactory(status="draft", draft_reason=DraftReason.NO_PARTICIPANT)
    EventFactory(status="draft", draft_reason=DraftReason.NO_PARTICIPANT)
    EventFactory(status="draft", draft_reason=f"{DraftReason.DATE_IMPRECISE}, {DraftReason.NO_PARTICIPANT}")
    ArticleFactory(year=None)  # no year, no event: needs a date
    Refusal.objects.create(source="hong.txt", reason="not_unicode")
    page = admin_client.get("/en/admin/").content.decode()
    waiting = page[page.index('id="waiting-heading"') : page.index("</section>", page.index('id="waiting-heading"'))]
    rows = dict(re.findall(r"<a href=\"[^\"]+\">([^<]+)</a></th><td>(\d+)</td>", waiting))
    assert rows["Drafts: no participant named"] == "2" and rows["Drafts: known only to the month or the year"] == "1"
    assert rows["Articles that need a date"] == "1" and rows["Refused items waiting"] == "1"
    assert "draft_reason__startswith=no_participant" in waiting


def test_keyboard_path_open_the_first_draft_reject_publish_next(admin_client):
    first = EventFactory(status="draft", start=date(2024, 1, 1), title="Bản nháp thứ nhất")
    second = EventFactory(status="draft", start=date(2024, 2, 1), title="Bản nháp thứ hai")
    third = EventFactory(status="draft", start=date(2024, 3, 1), title="Bản nháp thứ ba")
    for event in (first, second, third):
        MentionFactory(event=event)
    listing = admin_client.get(EVENTS).content.decode()
    assert 'accesskey="d"' in listing
    response = admin_client.get(reverse("admin:timeline_event_next_draft"))
    assert response["Location"] == reverse("admin:timeline_event_change", args=[first.pk])
    form = admin_client.get(response["Location"]).content.decode()
    assert 'name="_reject" accesskey="r"' in form and 'name="_publish" class="default" accesskey="p"' in form
    assert 'name="title"' in form and 'size="110"' in form  # the title field is wide
    response = admin_client.post(response["Location"], {**_form_data(first), "_reject": "1"})
    assert response["Location"] == reverse("admin:timeline_event_change", args=[second.pk])
    response = admin_client.post(response["Location"], {**_form_data(second), "_publish": "1"})
    assert response["Location"] == reverse("admin:timeline_event_change", args=[third.pk])
    statuses = dict(Event.objects.values_list("title", "status"))
    assert statuses == {"Bản nháp thứ nhất": "rejected", "Bản nháp thứ hai": "published", "Bản nháp thứ ba": "draft"}
    assert first.history.first().history_change_reason == HistoryReason.REJECTED


def test_history_says_what_the_curator_did_in_the_admin_s_language(admin_client):
    event = EventFactory(status="draft")
    admin_client.post(EVENTS, {"action": "publish", "_selected_action": [event.pk]})
    history = reverse("admin:timeline_event_history", args=[event.pk])
    vietnamese = admin_client.get(history).content.decode()
    english = admin_client.get("/en" + history).content.decode()
    assert "<td>xuất bản</td>" in vietnamese and "<td>published</td>" in english
    assert "<td>None</td>" not in english and "Change reason" not in vietnamese


def test_merging_two_reports_of_one_meeting_lists_a_person_named_two_ways_once(admin_client, client):
    japan = CountryFactory(iso="JP")
    one_report = EventFactory(type="meeting", title="Gặp Đại sứ Nhật Bản")
    other_report = EventFactory(type="meeting", title="Tiếp Đại sứ Nhật Bản", start=one_report.start)
    ParticipationFactory(event=one_report, person=PersonFactory(name="Ito Naoki", country=japan))
    ParticipationFactory(event=other_report, person=PersonFactory(name="Naoki Ito", country=japan))
    ParticipationFactory(event=other_report, person=PersonFactory(name="Trần Thị Hạnh"))
    admin_client.post(
        EVENTS,
        {
            "action": "merge_selected",
            "_selected_action": [one_report.pk, other_report.pk],
            "confirm": "yes",
            "survivor": one_report.pk,
        },
    )
    assert sorted(attendees(client, one_report)) == ["Ito Naoki", "Trần Thị Hạnh"]
    merged = Person.objects.get(name="Naoki Ito")
    assert merged.merged_into.name == "Ito Naoki" and merged.history.first().history_change_reason == "merged_into"


def test_history_names_the_changed_fields_and_values_in_the_admin_s_language(admin_client):
    event = EventFactory(status="draft")
    admin_client.post(EVENTS, {"action": "reject", "_selected_action": [event.pk]})
    history = reverse("admin:timeline_event_history", args=[event.pk])
    english = admin_client.get("/en" + history).content.decode()
    vietnamese = admin_client.get(history).content.decode()
    assert "<strong>Status:</strong> Draft → Rejected" in english
    assert "<strong>Trạng thái:</strong> Bản nháp → Bị loại" in vietnamese
