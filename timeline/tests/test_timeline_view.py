"""The public timeline: the seed story in order, dates as readers write them, escaped, in Vietnamese."""

from datetime import date

import pytest
from django.core.management import call_command
from django.urls import reverse

from factories import ArticleFactory, EventFactory, MentionFactory, ParticipationFactory, PersonFactory
from timeline.dates import format_span

pytestmark = pytest.mark.django_db


def test_seed_story_in_chronological_order(client, settings):
    settings.TIMELINE_PUBLISH_CONFIDENCE = 0.0  # the story as a curator publishes it: every dated event
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
    assert '<blockquote lang="vi">Hai Bộ trưởng đã hội đàm tại Seoul.</blockquote>' in page
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


def test_person_page_shows_offices_over_the_span_the_sources_support(client):
    person = PersonFactory(name="Đỗ Hải Yến")
    deputy = EventFactory(start=date(2015, 3, 4))
    year_only = EventFactory(start=date(2022, 1, 1), end=date(2022, 12, 31), precision="year")
    month_only = EventFactory(start=date(2023, 10, 1), end=date(2023, 10, 31), precision="month")
    ParticipationFactory(person=person, event=deputy, role="Thứ trưởng")
    ParticipationFactory(person=person, event=year_only, role="Bộ trưởng")
    ParticipationFactory(person=person, event=month_only, role="Bộ trưởng Ngoại giao")
    ParticipationFactory(person=person, event=EventFactory(status="draft", start=date(2025, 1, 2)), role="Bộ trưởng")
    page = client.get(f"/people/{person.slug}/").content.decode()
    offices = page[page.index('class="positions"') : page.index("</ul>", page.index('class="positions"'))]
    assert offices.index("Thứ trưởng") < offices.index("Bộ trưởng")
    # "Bộ trưởng" and "Bộ trưởng Ngoại giao" are one office, from 2022 (a year-only date) to 10/2023;
    # the draft of 2025 is not a source a reader can check.
    assert 'Bộ trưởng Ngoại giao <span class="span">(theo nguồn: 2022 – 10/2023)</span>' in offices
    assert offices.count("Bộ trưởng") == 1 and "01/01/2022" not in page
    english = client.get(f"/en/people/{person.slug}/").content.decode()
    assert (
        'Minister of Foreign Affairs <span class="span">(according to the sources: 2022 – Oct 2023)</span>' in english
    )


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


def test_a_year_unknown_date_shows_its_day_and_month_and_says_the_year_is_unknown():
    event = EventFactory(start=date(4, 6, 14), end=date(4, 6, 16), status="draft", year_unknown=True)
    assert event.display_date("vi") == "14–16/6 (năm chưa rõ)"
    assert event.display_date("en") == "14–16 Jun (year unknown)"
