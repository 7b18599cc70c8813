"""The public pages beyond the timeline itself: eras, relationships, agreements, articles, languages, TimelineJS."""

import json
from datetime import date

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


def pair_event(other_iso, **fields):
    """A published event of the home country (Việt Nam) with `other_iso`."""
    event = EventFactory(**fields)
    event.countries.add(CountryFactory(iso="VN"), CountryFactory(iso=other_iso))
    return event


@pytest.fixture
def korea_story():
    """A relationship whose establishment and latest upgrade articles tell (the reference ladder has two steps
    between them: four eras, the last still running)."""
    first = pair_event(
        "KR",
        title="Hai nước thiết lập quan hệ ngoại giao",
        type="other",
        start=date(1992, 12, 22),
        establishes_relations=True,
        level="diplomatic_relations",
    )
    pair_event("KR", title="Thủ tướng thăm Seoul", type="visit", start=date(2001, 4, 2))
    upgrade = pair_event(
        "KR",
        title="Hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
        type="upgrade",
        start=date(2022, 12, 5),
        level="comprehensive_strategic_partnership",
    )
    later = pair_event("KR", title="Hội đàm cấp cao tại Hà Nội", type="talks", start=date(2023, 6, 23))
    pair_event("IN", title="Chuyến thăm New Delhi", type="visit", start=date(2023, 1, 10))
    return first, upgrade, later


def test_relationship_page_has_only_that_pair_and_its_eras(client, korea_story):
    page = client.get("/relations/vn-kr/").content.decode()
    assert "Hội đàm cấp cao tại Hà Nội" in page and "Chuyến thăm New Delhi" not in page
    eras = page[page.index('class="eras"') : page.index("</section>")]
    assert "Thiết lập quan hệ ngoại giao" in eras and "Đối tác chiến lược toàn diện" in eras
    assert eras.index("22/12/1992") < eras.index("5/12/2022")
    # The band: entries after the upgrade belong to the last era (the fourth), the visit of 2001 to the first.
    assert 'in-era era-3">' in page[page.index("Hội đàm cấp cao") - 400 : page.index("Hội đàm cấp cao")]
    assert "Giai đoạn mới của quan hệ Việt Nam – Hàn Quốc: Đối tác chiến lược toàn diện" in page
    # The landing: the current level and since when.
    landing = page[page.index('class="current-level"') : page.index('class="eras"')]
    assert "Đối tác chiến lược toàn diện" in landing and "5/12/2022" in landing
    assert client.get("/relations/vn-xx/").status_code == 404


def test_home_country_left_implicit_still_belongs_to_the_pair(client):
    event = EventFactory(title="Đại sứ trình quốc thư tại Canberra")
    event.countries.add(CountryFactory(iso="AU"))
    CountryFactory(iso="VN")
    assert "trình quốc thư" in client.get("/relations/vn-au/").content.decode()
    listed = client.get("/relations/").content.decode()
    australia = listed[listed.index('href="/relations/vn-au/"') :]
    assert '<span class="count">1 sự kiện' in australia[: australia.index("</li>")]


def test_a_relationship_takes_events_naming_the_pair_or_the_other_country_alone():
    """The home country may be left unnamed, but an event of the other country with a third one is not
    the pair's; with the home country named too, it is (a multilateral meeting both attended)."""
    countries = {iso: CountryFactory(iso=iso) for iso in ("VN", "KR", "US")}
    told = {}
    for isos in ("VN KR", "KR", "KR US", "VN KR US", "VN US"):
        told[isos] = EventFactory(title=isos)
        told[isos].countries.add(*(countries[iso] for iso in isos.split()))
    found = set(Event.objects.between_countries("vn", "kr").values_list("title", flat=True))
    assert found == {"VN KR", "KR", "VN KR US"}
    assert set(Event.objects.between_countries("kr", "us").values_list("title", flat=True)) == {"KR US", "VN KR US"}
    assert not Event.objects.between_countries("vn", "xx").exists()


def test_eras_hidden_on_the_mixed_timeline_when_relationships_differ(client, korea_story):
    pair_event(
        "IN",
        title="Nâng cấp quan hệ lên Đối tác chiến lược",
        type="upgrade",
        start=date(2016, 9, 3),
        level="comprehensive_strategic_partnership",
    )
    assert 'class="eras"' not in client.get("/").content.decode()
    assert 'class="eras"' in client.get("/relations/vn-in/").content.decode()


def test_event_page_shows_agreements_neighbours_and_share_image(client, korea_story):
    first, upgrade, later = korea_story
    upgrade.agreements.add(AgreementFactory(name="Tuyên bố chung về quan hệ đối tác"))
    page = client.get(upgrade.get_absolute_url()).content.decode()
    assert "Tuyên bố chung về quan hệ đối tác" in page
    assert "Thủ tướng thăm Seoul" in page and "Hội đàm cấp cao tại Hà Nội" in page  # before / after
    assert "Chuyến thăm New Delhi" not in page  # another relationship
    assert f'property="og:image" content="http://testserver/events/{upgrade.slug}/share.png"' in page
    assert f'<img class="share" src="http://testserver/events/{upgrade.slug}/share.png"' in page
    assert 'alt="Ảnh chia sẻ: 5/12/2022' in page


def test_agreement_page_lists_its_events(client):
    agreement = AgreementFactory(name="Hiệp định Đối tác kinh tế")
    event = EventFactory(title="Ký Hiệp định Đối tác kinh tế", type="signing")
    event.agreements.add(agreement)
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "<h1>Hiệp định Đối tác kinh tế</h1>" in page and "Ký Hiệp định Đối tác kinh tế" in page


def test_article_page_shows_the_evidence_sentences_not_the_outlets_text(client):
    article = ArticleFactory(
        cleaned_text="Đoạn mở đầu của tòa soạn.\nNgày 2/3/2021, hai Bộ trưởng <b>hội đàm</b> tại Hà Nội. Câu khác.",
        outlet="Báo Ngoại giao",
        url="https://news.example/bai.html",
    )
    event = EventFactory(title="Hội đàm hai Bộ trưởng")
    sentence = "Ngày 2/3/2021, hai Bộ trưởng <b>hội đàm</b> tại Hà Nội."
    MentionFactory(event=event, article=article, sentence=sentence, sentence_index=1)
    page = client.get(article.get_absolute_url()).content.decode()
    evidence = page[page.index('id="s1"') : page.index("</figure>", page.index('id="s1"'))]
    assert "Ngày 2/3/2021, hai Bộ trưởng &lt;b&gt;hội đàm&lt;/b&gt; tại Hà Nội." in evidence
    assert f'<a href="{event.get_absolute_url()}">' in evidence and "<b>hội đàm" not in page
    assert "Đoạn mở đầu của tòa soạn" not in page and "Câu khác" not in page
    assert "Báo Ngoại giao" in page and 'href="https://news.example/bai.html"' in page and "2/2/2024" in page


def test_english_pages_translate_the_interface_and_dates_not_the_titles(client, korea_story):
    page = client.get("/en/relations/vn-kr/").content.decode()
    assert '<html lang="en">' in page
    assert "Eras of the relationship" in page and "Korea" in page
    assert "5 Dec 2022" in page and "5/12/2022" not in page
    # No curator's English title: one composed in English from the type and the countries.
    assert "Hội đàm cấp cao tại Hà Nội" not in page
    assert "Talks between Viet Nam and Republic of Korea" in page
    # The switch leads to the same page in the other language, filters kept.
    vi = client.get("/relations/vn-kr/?type=visit").content.decode()
    assert 'href="/en/relations/vn-kr/?type=visit" hreflang="en"' in vi
    assert (
        'href="/relations/vn-kr/?type=visit" hreflang="vi"'
        in client.get("/en/relations/vn-kr/?type=visit").content.decode()
    )


def test_english_title_given_by_a_curator_is_shown_on_english_pages(client):
    event = EventFactory(title="Hội đàm cấp cao", title_en="Summit talks")
    assert "Summit talks" in client.get("/en/").content.decode()
    assert "Summit talks" not in client.get("/").content.decode()
    assert "Summit talks" in client.get(f"/en{event.get_absolute_url()}").content.decode()


def test_timelinejs_export_has_dates_groups_ids_eras_and_escaped_text(client, korea_story):
    first, upgrade, later = korea_story
    EventFactory(
        title="<script>x</script> tháng", precision="month", start=date(2023, 8, 1), end=date(2023, 8, 31)
    ).refresh_search_text()
    data = json.loads(client.get("/api/timelinejs.json?pair=vn-kr").content)
    by_id = {e["unique_id"]: e for e in data["events"]}
    entry = by_id[later.slug]
    assert entry["start_date"] == {"year": 2023, "month": 6, "day": 23} and entry["group"] == "Hội đàm"
    assert entry["display_date"] == "23/6/2023"
    assert [era["start_date"] for era in data["eras"]] == [
        {"year": 1992, "month": 12, "day": 22},
        {"year": 2001, "month": 8},  # the reference knows the month of this step, not the day
        {"year": 2009, "month": 10},
        {"year": 2022, "month": 12, "day": 5},
    ]
    assert data["eras"][0]["end_date"] == {"year": 2001, "month": 7, "day": 31}
    month = json.loads(client.get("/api/timelinejs.json?q=thang").content)["events"][0]
    assert month["start_date"] == {"year": 2023, "month": 8} and "&lt;script&gt;" in month["text"]["headline"]


def test_long_timeline_is_shown_a_year_at_a_time(client, settings):
    settings.TIMELINE_ALL_YEARS_UP_TO = 5
    for year in (2019, 2020, 2021):
        for day in range(1, 4):
            EventFactory(title=f"Sự kiện {day}/{year}", start=date(year, 1, day))
    page = client.get("/").content.decode()
    assert "Sự kiện 1/2021" in page and "Sự kiện 1/2019" not in page  # the latest year first
    assert 'href="?year=2019"' in page and "(3)" in page
    page = client.get("/?year=2019").content.decode()
    assert "Sự kiện 1/2019" in page and "Sự kiện 1/2021" not in page


def test_timeline_query_count_does_not_grow_with_the_events(client, settings, django_assert_num_queries):
    settings.TIMELINE_ALL_YEARS_UP_TO = 100_000  # no windowing: every event on one page
    settings.TIMELINE_CACHE_SECONDS = 0  # count the queries of rendering, not of the page cache
    korea = CountryFactory(iso="KR")

    def add(n, first=0):
        for i in range(first, first + n):
            event = EventFactory(title=f"Gặp gỡ số {i}", start=date(2000 + i % 20, 1 + i % 12, 1 + i % 28))
            event.countries.add(korea)
            ParticipationFactory(event=event)
            MentionFactory(event=event)

    def queries(url):
        cache.clear()  # what is drawn from all events is kept while they are unchanged
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context)

    add(3)
    few = queries("/")
    add(12, first=3)
    cache.clear()
    with django_assert_num_queries(few):
        client.get("/")
    assert queries("/?q=gap&type=meeting") == queries("/?q=gap")


def test_public_site_is_read_only(client):
    event = EventFactory()
    for url in ["/", "/relations/", event.get_absolute_url(), "/en/"]:
        assert client.post(url).status_code == 405


def test_pages_have_landmarks_headings_and_image_alt_text(client, korea_story):
    first, upgrade, later = korea_story
    ParticipationFactory(event=later, person=PersonFactory(name="Lê Thị Hoa"))
    for url in [
        "/",
        "/relations/",
        "/relations/vn-kr/",
        upgrade.get_absolute_url(),
        later.participants.first().get_absolute_url(),
    ]:
        page = client.get(url).content.decode()
        assert '<header class="site-header">' in page and '<main id="main"' in page and "<footer" in page
        assert page.count("<h1") == 1, url
        assert all('alt="' in tag for tag in page.split("<img")[1:]), url


def test_a_busy_year_is_paginated(client, settings):
    settings.TIMELINE_PAGE_SIZE = 2
    for day in range(1, 6):
        EventFactory(title=f"Ngày bận {day}", start=date(2022, 3, day))
    page = client.get("/").content.decode()
    assert "Ngày bận 1" in page and "Ngày bận 2" in page and "Ngày bận 3" not in page
    assert 'href="?page=2" rel="next"' in page and "Trang 1/3" in page
    assert "Ngày bận 5" in client.get("/?page=3").content.decode()


def test_article_page_sends_a_reader_to_the_full_text_only_when_there_is_a_link(client):
    linked = ArticleFactory(url="https://news.example/co-duong-dan.html")
    unlinked = ArticleFactory(url=None)
    for article in (linked, unlinked):
        MentionFactory(article=article)
    assert "The full text is in the original article." in client.get(f"/en{linked.get_absolute_url()}").content.decode()
    assert "Toàn văn bài ở bài gốc." not in client.get(unlinked.get_absolute_url()).content.decode()
