"""One entry per occasion: a visit and its talks, meetings and signings are grouped, listed once, and
each part keeps its own page; filters and counts still see every part."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from factories import CountryFactory, EventFactory, ParticipationFactory, PersonFactory
from timeline import occasions
from timeline.models import Event

pytestmark = pytest.mark.django_db


def pair_event(iso="JP", **fields):
    event = EventFactory(**fields)
    event.countries.add(CountryFactory(iso="VN"), CountryFactory(iso=iso))
    return event


@pytest.fixture
def visit_week():
    """A prime minister's three-day visit to Japan, with what happened during it and just after."""
    minister = PersonFactory(name="Lê Minh Tâm")
    host = PersonFactory(name="Tanaka Ichiro", country=CountryFactory(iso="JP"))
    visit = pair_event(title="Thủ tướng Lê Minh Tâm thăm Nhật Bản", type="visit", start=date(2022, 3, 7))
    visit.end = date(2022, 3, 9)
    visit.save()
    talks = pair_event(title="Hội đàm hai Thủ tướng tại Tokyo", type="talks", start=date(2022, 3, 8))
    signing = pair_event(title="Lễ ký các văn kiện hợp tác", type="signing", start=date(2022, 3, 8))
    ceremony = pair_event(title="Lễ đón chính thức", type="other", start=date(2022, 3, 7))
    after = pair_event(title="Cuộc gặp sau chuyến thăm", type="meeting", start=date(2022, 3, 11))
    elsewhere = pair_event("KR", title="Hội đàm với Hàn Quốc", type="talks", start=date(2022, 3, 8))
    stranger = pair_event(title="Thứ trưởng gặp Đại sứ", type="meeting", start=date(2022, 3, 8))
    for event in (visit, talks, signing):
        ParticipationFactory(event=event, person=minister, role="Thủ tướng")
    ParticipationFactory(event=talks, person=host, role="Thủ tướng Nhật Bản")
    ParticipationFactory(event=stranger, person=PersonFactory(name="Trần Văn Khác"), role="Thứ trưởng")
    return visit, talks, signing, ceremony, after, elsewhere, stranger


def test_a_visit_takes_the_events_of_its_days_in_its_relationship(visit_week):
    visit, talks, signing, ceremony, after, elsewhere, stranger = visit_week
    occasions.attach([visit])
    parts = set(Event.objects.filter(part_of=visit).values_list("title", flat=True))
    # The talks and the signing share the visitor; the welcome ceremony names no one.
    assert parts == {talks.title, signing.title, ceremony.title}
    # Not after its last day, not another relationship, not a meeting of other people.
    assert not Event.objects.filter(pk__in=[after.pk, elsewhere.pk, stranger.pk], part_of__isnull=False).exists()


def test_a_part_imported_later_joins_its_visit_and_two_visits_never_nest(visit_week):
    visit, talks, *_ = visit_week
    second = pair_event(title="Chủ tịch Quốc hội thăm Nhật Bản", type="visit", start=date(2022, 3, 8))
    occasions.attach([talks, second])
    talks.refresh_from_db()
    second.refresh_from_db()
    assert talks.part_of == visit and second.part_of is None


def test_a_curators_grouping_is_kept_and_a_visit_cannot_be_a_part(visit_week):
    visit, talks, *_ = visit_week
    talks.mark_curated("part_of")
    talks.save()
    occasions.attach([visit])
    talks.refresh_from_db()
    assert talks.part_of is None
    other_visit = pair_event(title="Bộ trưởng thăm Nhật Bản", type="visit", start=date(2022, 3, 8))
    other_visit.part_of = visit
    with pytest.raises(ValidationError):
        other_visit.full_clean()


def test_the_command_groups_what_is_already_there(visit_week):
    visit, talks, signing, *_ = visit_week
    call_command("group_occasions", verbosity=0)
    assert set(visit.parts.values_list("pk", flat=True)) >= {talks.pk, signing.pk}


def test_the_timeline_shows_the_occasion_once_with_its_parts_inside(client, visit_week):
    visit, talks, signing, *_ = visit_week
    occasions.attach([visit])
    page = client.get("/relations/vn-jp/").content.decode()
    start = page.index(f">{visit.title}</a></h3>")
    entry = page[start : page.index('<li class="entry', start)]
    assert talks.title in entry and signing.title in entry
    assert page.count(talks.title) == 1  # inside the visit, not again as an entry of its own
    assert talks.get_absolute_url() in entry  # each part keeps its own page
    # The counts see every event, the parts included.
    assert "7 sự kiện đã xuất bản" in client.get("/").content.decode()


def test_a_filter_that_leaves_the_visit_out_still_finds_its_parts(client, visit_week):
    visit, talks, *_ = visit_week
    occasions.attach([visit])
    page = client.get("/?type=talks").content.decode()
    assert talks.title in page and f">{visit.title}<" not in page
    assert '<li class="entry type-talks' in page


def test_importing_the_seed_groups_the_ministers_visit(client):
    call_command("import_articles", "fixtures/articles", verbosity=0)
    visit = Event.objects.get(type="visit", start=date(2024, 8, 7))
    assert set(visit.parts.values_list("type", flat=True)) == {"talks", "committee_session"}
    assert not Event.objects.filter(type="visit", part_of__isnull=False).exists()


def test_a_parts_page_names_its_occasion_and_the_visits_page_lists_its_parts(client, visit_week):
    visit, talks, *_ = visit_week
    occasions.attach([visit])
    talks_page = client.get(talks.get_absolute_url()).content.decode()
    assert f'<a href="{visit.get_absolute_url()}">{visit.title}</a>' in talks_page
    visit_page = client.get("/en" + visit.get_absolute_url()).content.decode()
    assert "During this occasion" in visit_page and talks.get_absolute_url() in visit_page


def test_an_activity_its_article_gives_no_day_joins_the_visit_that_article_tells(visit_week):
    from factories import ArticleFactory, MentionFactory

    visit, *_ = visit_week
    article, other = ArticleFactory(), ArticleFactory()
    MentionFactory(event=visit, article=article)
    told_together = pair_event(title="Gặp cộng đồng", type="meeting", start=date(2022, 3, 1), precision="month")
    told_apart = pair_event(title="Gặp doanh nghiệp", type="meeting", start=date(2022, 3, 1), precision="month")
    for event in (told_together, told_apart):
        event.end = date(2022, 3, 31)
        event.save()
    MentionFactory(event=told_together, article=article)
    MentionFactory(event=told_apart, article=other)
    occasions.attach([visit])
    told_together.refresh_from_db()
    told_apart.refresh_from_db()
    assert told_together.part_of == visit and told_apart.part_of is None
