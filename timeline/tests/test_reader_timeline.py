"""What a first-time reader sees: the overview, key moments, countries and directions, English pages,
honest dates, and the ways to cite and follow (issue 12)."""

import json
import re
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from factories import (
    AgreementFactory,
    ArticleFactory,
    CountryFactory,
    EventFactory,
    MentionFactory,
    ParticipationFactory,
    PersonFactory,
)
from timeline.models import Event

pytestmark = pytest.mark.django_db


def pair_event(iso="JP", **fields):
    event = EventFactory(**fields)
    event.countries.add(CountryFactory(iso="VN"), CountryFactory(iso=iso))
    return event


@pytest.fixture
def seed_story():
    """The seed story: a Prime Minister's visit, an upgrade, a committee session; and a condolence book."""
    visit = pair_event(type="visit", title="Thủ tướng Suga thăm Việt Nam", start=date(2020, 10, 18), place="Việt Nam")
    visit.end = date(2020, 10, 20)
    visit.visitor, visit.host = CountryFactory(iso="JP"), CountryFactory(iso="VN")
    visit.save()
    ParticipationFactory(event=visit, person=PersonFactory(name="Suga Yoshihide"), role="Thủ tướng Nhật Bản")
    upgrade = pair_event(
        type="upgrade",
        title="Nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
        level="comprehensive_strategic_partnership",
        start=date(2023, 11, 1),
        precision="month",
    )
    upgrade.end = date(2023, 11, 30)
    upgrade.save()
    session = pair_event(
        type="committee_session",
        title="Phiên họp thứ 12 Ủy ban Hợp tác Việt Nam-Nhật Bản",
        ordinal=12,
        start=date(2024, 8, 7),
        place="Tokyo",
    )
    condolence = pair_event(type="other", title="Ghi sổ tang", start=date(2025, 10, 23))
    for event in (visit, upgrade, session, condolence):
        MentionFactory(event=event)
        event.refresh_search_text()
    return visit, upgrade, session, condolence


def get(client, url, **params):
    return client.get(url, params).content.decode()


# --- the overview ---------------------------------------------------------------------------


def test_overview_draws_years_types_eras_and_key_moments_with_a_text_equivalent(client, seed_story):
    visit, upgrade, session, condolence = seed_story
    page = get(client, "/relations/vn-jp/")
    svg = page[page.index("<svg") : page.index("</svg>")]
    # Years from the first event to the last, each with events a link to that year.
    assert 'href="#y2020"' in svg and 'href="#y2024"' in svg and 'href="#y2021"' not in svg
    assert "2020: 1 sự kiện" in svg
    assert 'class="bar type-visit"' in svg and 'class="bar type-upgrade"' in svg
    # The era as a band, named with its pair; key moments marked, the condolence book not.
    assert "Việt Nam – Nhật Bản: Đối tác chiến lược toàn diện" in svg
    for key in (visit, upgrade, session):
        assert f'href="/events/{key.slug}/"' in svg
    assert condolence.slug not in svg
    # The same figures as text: a table and the key moments in order.
    table = page[page.index('class="overview-table"') :]
    assert "<table>" in table and '<th scope="row">2023</th>' in table
    moments = table[table.index('class="moments"') :]
    assert moments.index("2020") < moments.index("11/2023") < moments.index("2024")


def test_overview_links_years_to_their_page_when_the_timeline_is_shown_a_year_at_a_time(client, settings):
    settings.TIMELINE_ALL_YEARS_UP_TO = 2
    for year in (2019, 2020, 2021):
        pair_event(start=date(year, 5, 1))
    svg = get(client, "/")[: get(client, "/").index("</svg>")]
    assert 'href="?year=2019"' in svg and 'aria-current="page"' in svg


def test_purpose_line_and_overview_come_before_the_first_event(client, seed_story):
    page = get(client, "/")
    assert page.index('class="purpose"') < page.index("<svg") < page.index('class="entry')
    assert page.index('type="search"') < page.index('class="entry')  # the search box is not hidden


def test_timeline_and_relationship_pages_keep_a_constant_number_of_queries(client):
    def queries(url):
        cache.clear()  # the overview and type-ahead are cached per state of the events: count them
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context)

    def add(n, offset):
        for i in range(n):
            event = pair_event(type=["visit", "upgrade", "talks"][i % 3], start=date(2000 + (offset + i) % 20, 3, 1))
            ParticipationFactory(event=event, role="Thủ tướng")
            MentionFactory(event=event)

    add(3, 0)
    few = {url: queries(url) for url in ["/", "/relations/vn-jp/", "/?key=1&person=x", "/en/relations/"]}
    add(9, 3)
    more = {url: queries(url) for url in few}
    assert few == more
    # Unchanged events: what is drawn from all of them is not computed again.
    client.get("/")
    assert len_without_cache_clear(client, "/") < more["/"]


def len_without_cache_clear(client, url):
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return len(context)


def test_the_overview_follows_a_newly_published_event(client, seed_story):
    assert "2026" not in get(client, "/")[: get(client, "/").index("</svg>")]
    pair_event(start=date(2026, 1, 5))
    svg = get(client, "/")
    assert 'href="#y2026"' in svg[: svg.index("</svg>")]


# --- key moments, countries, directions -----------------------------------------------------


def test_key_moments_are_drawn_larger_and_can_be_shown_alone(client, seed_story):
    visit, upgrade, session, condolence = seed_story
    minister = pair_event(
        type="visit",
        title="Bộ trưởng thăm Nhật Bản",
        start=date(2022, 1, 5),
        place="Nhật Bản",
        visitor=CountryFactory(iso="VN"),
        host=CountryFactory(iso="JP"),
    )
    ParticipationFactory(event=minister, role="Bộ trưởng Ngoại giao")
    former = pair_event(type="visit", title="Cựu Thủ tướng thăm", start=date(2022, 2, 5))
    ParticipationFactory(event=former, role="nguyên Thủ tướng")
    assert set(Event.objects.key_moments()) == {visit, upgrade, session}
    assert [e.is_key_moment for e in (visit, upgrade, session, condolence, minister, former)] == [True] * 3 + [
        False
    ] * 3
    page = get(client, "/")
    entries = page[page.index('class="entries"') :]
    entry = entries[entries.rindex("<li", 0, entries.index(visit.title)) : entries.index(visit.title)]
    assert "entry type-visit key" in entry
    only = get(client, "/", key="1")
    assert visit.title in only and session.title in only and condolence.title not in only
    assert minister.title not in only


def test_entries_name_their_countries_and_who_went_where(client, seed_story):
    visit, upgrade, session, condolence = seed_story
    india = pair_event(iso="IN", type="committee_session", title="Phiên tham khảo chính trị lần thứ 12", ordinal=12)
    page = get(client, "/")
    assert "Nhật Bản → Việt Nam" in page  # the visit: from Japan to Viet Nam
    assert "Việt Nam – Ấn Độ" in page[page.index(india.title) :]
    english = get(client, "/en/")
    assert "Japan → Viet Nam" in english
    assert "Visit from Japan to Viet Nam by Suga Yoshihide" in english
    assert "12th session of the Viet Nam – India committee" in english


# --- English that is English ----------------------------------------------------------------


def test_english_pages_translate_places_offices_levels_and_mark_the_rest_vietnamese(client, seed_story):
    visit, upgrade, session, condolence = seed_story
    ParticipationFactory(event=session, person=PersonFactory(name="Bùi Thanh Sơn"), role="Chức vụ lạ")
    page = get(client, f"/en/events/{session.slug}/")
    assert "Tokyo" in page and "Place" in page
    assert '<span lang="vi">Chức vụ lạ</span>' in page
    assert '<p class="original-title">Original title: <span lang="vi">' in page
    entry = get(client, "/en/")
    assert "(Prime Minister of Japan)" in entry
    relation = get(client, "/en/relations/vn-jp/")
    assert "Current level: <strong>Comprehensive Strategic Partnership</strong>" in relation
    assert "Thủ tướng" not in entry.replace('lang="vi"', "")[entry.index("<main") :].split("</main>")[0] or (
        '<span lang="vi">' in entry
    )


def test_english_search_understands_english_country_and_place_names(client, seed_story):
    visit, upgrade, session, condolence = seed_story
    korea = pair_event(iso="KR", title="Hội đàm tại Hàn Quốc", place="Hàn Quốc")
    MentionFactory(event=korea)
    korea.refresh_search_text()
    page = get(client, "/en/", q="japan")
    assert session.slug in page and korea.slug not in page
    assert korea.slug in get(client, "/en/", q="republic of korea")


def test_english_share_image_names_the_pair(client, seed_story, settings, tmp_path):
    from timeline.share_images import ShareCard

    settings.MEDIA_ROOT = tmp_path
    visit = seed_story[0]
    card = ShareCard.for_event(visit, "en")
    assert card.site_name == "Diplomatic timeline" and card.countries == "Japan → Viet Nam"
    assert card.title.startswith("Visit from Japan") and card.date == "18–20 Oct 2020"
    assert ShareCard.for_event(visit).countries == "Nhật Bản → Việt Nam"
    page = get(client, f"/en/events/{visit.slug}/")
    assert f"/events/{visit.slug}/share.png?lang=en" in page
    response = client.get(f"/events/{visit.slug}/share.png?lang=en")
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert client.get(f"/events/{visit.slug}/share.png").status_code == 200  # the old URL still works


# --- honest dates ---------------------------------------------------------------------------


def test_year_and_month_precision_events_sit_at_the_end_of_their_period_and_say_so(client):
    october = pair_event(title="Hội đàm tháng Mười", start=date(2022, 10, 5))
    year_only = pair_event(title="Sự kiện chỉ biết năm", start=date(2022, 1, 1), precision="year")
    year_only.end = date(2022, 12, 31)
    year_only.save()
    page = get(client, "/")
    assert page.index(october.title) < page.index(year_only.title)
    assert "(chưa rõ ngày, tháng)" in page
    assert "(day and month unknown)" in get(client, "/en/")


def test_a_planned_event_says_when_and_by_whom_it_was_announced_and_once_past_that_no_report_came(client):
    today = date.today()
    past = pair_event(title="Chuyến thăm dự kiến đã qua", start=today - timedelta(days=800), planned=True)
    MentionFactory(event=past, article=ArticleFactory(outlet="Báo Thế giới", published=date(2021, 3, 4)))
    MentionFactory(event=past, article=ArticleFactory(outlet="Báo Sau", published=date(2021, 5, 6)), sentence_index=1)
    future = pair_event(title="Chuyến thăm sắp tới", start=today + timedelta(days=30), planned=True)
    MentionFactory(event=future, article=ArticleFactory(outlet="Báo Quốc tế", published=date(2025, 1, 2)))
    for url in ("/", past.get_absolute_url()):
        page = get(client, url)
        assert (
            f"đã công bố sẽ diễn ra {past.display_date()}, chưa có tin đã diễn ra (Báo Thế giới công bố ngày 4/3/2021)"
            in page
        )
    assert "dự kiến (Báo Quốc tế công bố ngày 2/1/2025)" in get(client, "/")
    english = get(client, "/en/")
    assert (
        f"announced for {past.display_date('en')}, no report yet that it took place"
        " (announced by Báo Thế giới on 4 Mar 2021)" in english
    )
    assert "planned (announced by Báo Quốc tế on 2 Jan 2025)" in english
    unnamed = pair_event(title="Cuộc gặp dự kiến", start=today + timedelta(days=9), planned=True)
    MentionFactory(event=unnamed, article=ArticleFactory(outlet="", source_name="ban-tin.txt", published=None))
    entry = get(client, f"/events/{unnamed.slug}/")
    assert '<span class="planned">dự kiến</span>' in entry and "ban-tin.txt" not in entry


# --- relationships --------------------------------------------------------------------------


def test_relationships_page_shows_each_pairs_current_level_and_span(client, seed_story):
    pair_event(iso="KR", start=date(2001, 4, 2))
    page = get(client, "/relations/")
    japan = page[page.index("Việt Nam – Nhật Bản") :]
    japan = japan[: japan.index("</li>")]
    assert "4 sự kiện, 2020–2025" in japan and "từ 27/11/2023" in japan
    assert "1 sự kiện, 2001<" in page


def test_relationship_page_lists_the_people_who_appear_most(client, seed_story):
    son = PersonFactory(name="Bùi Thanh Sơn")
    for event in seed_story[1:]:
        ParticipationFactory(event=event, person=son)
    page = get(client, "/relations/vn-jp/")
    top = page[page.index('class="top-people"') :]
    assert top.index("Bùi Thanh Sơn") < top.index("Suga Yoshihide") and "(3)" in top


# --- citing and following -------------------------------------------------------------------


def test_event_page_has_a_cite_line_and_schema_org_json_ld(client, seed_story):
    session = seed_story[2]
    session.mentions.first().article.__class__.objects.filter(pk=session.mentions.first().article_id).update(
        outlet="baoquocte.vn", title="Bài </script><b>x</b>"
    )
    page = get(client, f"/events/{session.slug}/")
    cite = page[page.index('class="cite"') :]
    assert "7/8/2024" in cite and "baoquocte.vn (2/2/2024)" in cite
    assert f"http://testserver/events/{session.slug}/" in cite
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "</script>" not in raw and "<b>" not in raw  # escaped like json_script
    data = json.loads(raw)
    assert data["@type"] == "Event" and data["startDate"] == "2024-08-07" and data["location"]["name"] == "Tokyo"


def test_atom_feed_of_new_events_takes_the_filters(client, seed_story):
    pair_event(iso="KR", title="Hội đàm Hàn Quốc")
    response = client.get("/feed.atom", {"country": "Hàn Quốc"})
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    feed = response.content.decode()
    assert "Hội đàm Hàn Quốc" in feed and "Thủ tướng Suga" not in feed
    assert re.search(
        r'<link href="http://testserver/feed\.atom\?country=[^"]+" rel="self"', feed
    )  # subscribes to this view
    assert "Republic of Korea" in client.get("/en/feed.atom", {"country": "KR"}).content.decode()
    assert client.get("/feed.atom", {"year_from": "1e5"}).status_code == 400


def test_sitemap_lists_public_pages_in_both_languages(client, seed_story):
    draft = pair_event(status="draft", title="Bản nháp")
    sitemap = get(client, "/sitemap.xml")
    assert f"/events/{seed_story[0].slug}/" in sitemap and f"/en/events/{seed_story[0].slug}/" in sitemap
    assert "/relations/vn-jp/" in sitemap and draft.slug not in sitemap


def test_agreement_without_published_events_or_name_has_no_public_page(client):
    lonely = AgreementFactory(name="Hiệp định không có sự kiện")
    mangled = AgreementFactory(name="–")
    EventFactory().agreements.add(mangled)
    draft = EventFactory(status="draft")
    draft.agreements.add(lonely)
    assert client.get(lonely.get_absolute_url()).status_code == 404
    assert client.get(mangled.get_absolute_url()).status_code == 404


def test_article_page_shows_outlet_date_and_link_without_empty_separators(client):
    without_url = ArticleFactory(url=None, outlet="", published=None, year=2024, year_source="text: 2024")
    MentionFactory(article=without_url)
    page = get(client, f"/articles/{without_url.pk}/")
    assert "suy ra từ" not in page and "· ·" not in page
    assert "Báo</dt><dd>chưa rõ" in page and "không có đường dẫn" in page
    assert "theo nội dung bài" in page


def test_404_page_offers_search_and_ways_back(client):
    response = client.get("/en/no-such-page/")
    page = response.content.decode()
    assert response.status_code == 404 and 'type="search"' in page and 'href="/en/relations/"' in page
