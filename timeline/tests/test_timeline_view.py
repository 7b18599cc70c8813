"""The public timeline: the seed story in order, dates as readers write them, escaped, in Vietnamese."""

from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from timeline.dates import format_span
from timeline.tests.factories import ArticleFactory, EventFactory, MentionFactory, ParticipationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def test_seed_story_in_chronological_order(client):
    call_command("import_articles", "fixtures/articles", verbosity=0)
    page = client.get("/").content.decode()
    suga = page.index("18–20/10/2020")
    upgrade = page.index("Nâng cấp quan hệ lên Đối tác chiến lược toàn diện")
    session = page.index("Phiên họp thứ 12 Ủy ban Hợp tác")
    assert suga < upgrade < session
    assert '<html lang="vi">' in page
    assert "7–10/8/2024" in page and "11/2023" in page


def test_only_published_events_grouped_by_year(client):
    EventFactory(title="Sự kiện đã duyệt", start=date(2019, 3, 2))
    EventFactory(title="Bản nháp chưa duyệt", status="draft", start=date(2019, 4, 2))
    EventFactory(title="Sự kiện năm sau", start=date(2021, 1, 5))
    page = client.get("/").content.decode()
    assert "Sự kiện đã duyệt" in page and "Bản nháp chưa duyệt" not in page
    assert 'id="y2019"' in page and 'id="y2021"' in page and 'href="#y2021"' in page


def test_entry_shows_participants_with_office_place_and_sources(client):
    event = EventFactory(title="Hội đàm Bộ trưởng", place="Seoul")
    ParticipationFactory(event=event, person=PersonFactory(name="Trần Quốc Huy"), role="Bộ trưởng Ngoại giao")
    MentionFactory(event=event, article=ArticleFactory(outlet="tin.example.vn"))
    page = client.get("/").content.decode()
    for text in ["Trần Quốc Huy", "Bộ trưởng Ngoại giao", "Seoul", "1 nguồn", "tin.example.vn", "3/5/2024"]:
        assert text in page


def test_article_text_and_names_are_escaped(client):
    event = EventFactory(title="<script>alert('t')</script>")
    ParticipationFactory(event=event, person=PersonFactory(name="<img src=x onerror=alert(1)>"))
    mention = MentionFactory(event=event, sentence="<b>câu</b>")
    for url in ["/", event.get_absolute_url(), reverse("article-detail", args=[mention.article_id])]:
        page = client.get(url).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>câu</b>" not in page


def test_event_page_quotes_evidence_and_links_the_source(client):
    mention = MentionFactory(sentence="Hai Bộ trưởng đã hội đàm tại Seoul.")
    page = client.get(mention.event.get_absolute_url()).content.decode()
    assert "<blockquote>Hai Bộ trưởng đã hội đàm tại Seoul.</blockquote>" in page
    assert reverse("article-detail", args=[mention.article_id]) in page


def test_drafts_are_not_public_and_merged_events_redirect(client):
    draft = EventFactory(status="draft")
    assert client.get(draft.get_absolute_url()).status_code == 404
    survivor, merged = EventFactory(), EventFactory()
    merged.merged_into = survivor
    merged.save()
    response = client.get(merged.get_absolute_url())
    assert response.status_code == 301 and response["Location"] == survivor.get_absolute_url()


def test_english_site(client):
    EventFactory(start=date(2024, 8, 7), end=date(2024, 8, 10))
    page = client.get("/en/").content.decode()
    assert '<html lang="en">' in page


def test_person_page_shows_positions_over_time(client):
    """The offices come from the roles of the published events the person took part in."""
    person = PersonFactory(name="Đỗ Hải Yến")
    for day, role in [
        (date(2015, 1, 1), "Thứ trưởng"),
        (date(2016, 1, 1), "Thứ trưởng"),
        (date(2020, 1, 1), "Bộ trưởng"),
    ]:
        ParticipationFactory(person=person, role=role, event=EventFactory(start=day, end=day))
    page = client.get(person.get_absolute_url()).content.decode()
    assert page.index("Thứ trưởng (01/01/2015 – 01/01/2016)") < page.index("Bộ trưởng (01/01/2020)")


@pytest.mark.parametrize(
    "start, end, precision, language, expected",
    [
        (date(2024, 8, 7), date(2024, 8, 10), "day", "vi", "7–10/8/2024"),
        (date(2024, 8, 7), date(2024, 8, 7), "day", "vi", "7/8/2024"),
        (date(2022, 4, 30), date(2022, 5, 1), "day", "vi", "30/4–1/5/2022"),
        (date(2023, 11, 1), date(2023, 11, 30), "month", "vi", "11/2023"),
        (date(2023, 1, 1), date(2023, 12, 31), "year", "vi", "2023"),
        (date(2024, 8, 7), date(2024, 8, 10), "day", "en", "7–10 Aug 2024"),
        (date(2023, 11, 1), date(2023, 11, 30), "month", "en", "Nov 2023"),
    ],
)
def test_dates_written_as_readers_write_them(start, end, precision, language, expected):
    assert format_span(start, end, precision, language) == expected
