"""The exports in the clients people load them into (issue 18): vobject reads the calendar, feedparser the
Atom feed, a spreadsheet the CSV, a program following `next` the JSON pages; in the page's language,
readable from another site, with nothing stored that a client would choke on (issue 20)."""

import csv
import io
import json
from datetime import date

import feedparser
import pytest
import vobject
from django.test import Client

from factories import ArticleFactory, CountryFactory, EventFactory, MentionFactory, ParticipationFactory, PersonFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db

EXPORTS = ["/api/events.json", "/api/timelinejs.json", "/events.csv", "/events.ics", "/feed.atom"]


def pair_event(iso="JP", **fields):
    event = EventFactory(**fields)
    event.countries.add(CountryFactory(iso="VN"), CountryFactory(iso=iso))
    MentionFactory(event=event)
    event.refresh_search_text()
    return event


@pytest.fixture
def story():
    """A Japanese Prime Minister's visit to Hà Nội (to the day) and an upgrade known only to the month."""
    visit = pair_event(type="visit", title="Thủ tướng Nhật Bản thăm Việt Nam", start=date(2020, 10, 18), place="Hà Nội")
    visit.end = date(2020, 10, 20)
    visit.visitor, visit.host = CountryFactory(iso="JP"), CountryFactory(iso="VN")
    visit.save()
    ParticipationFactory(event=visit, person=PersonFactory(name="Suga Yoshihide"), role="Thủ tướng Nhật Bản")
    upgrade = pair_event(
        type="upgrade",
        title="Nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
        start=date(2023, 11, 1),
        precision="month",
        level="comprehensive_strategic_partnership",
    )
    upgrade.end = date(2023, 11, 30)
    upgrade.save()
    return visit, upgrade


def body(response) -> str:
    return (b"".join(response.streaming_content) if response.streaming else response.content).decode("utf-8")


# --- any site may read them, in either language ----------------------------------------------------


@pytest.mark.parametrize("url", EXPORTS)
def test_every_export_may_be_read_by_a_page_of_another_site_cached_or_not(client, story, url):
    for _ in range(2):  # the second answer comes from the cache
        response = client.get(url, HTTP_ORIGIN="https://newsroom.example")
        body(response)
        assert response.status_code == 200 and response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("url", ["/en/events.csv", "/events.csv?lang=en"])
def test_an_english_csv_has_english_titles_and_places(client, story, url):
    rows = list(csv.DictReader(io.StringIO(body(client.get(url)).lstrip("\ufeff"))))
    visit = next(row for row in rows if row["type"] == "visit")
    assert visit["title"].startswith("Visit from Japan to Viet Nam") and visit["place"] == "Hanoi"
    vietnamese = list(csv.DictReader(io.StringIO(body(client.get("/events.csv")).lstrip("\ufeff"))))
    assert vietnamese[0]["title"] == "Thủ tướng Nhật Bản thăm Việt Nam" and vietnamese[0]["place"] == "Hà Nội"


def test_english_json_timelinejs_calendar_and_feed_have_english_titles(client, story):
    json_rows = client.get("/en/api/events.json").json()["events"]
    assert {row["place"] for row in json_rows} == {"Hanoi", None}
    assert any(row["title"].startswith("Visit from Japan") for row in json_rows)
    timelinejs = client.get("/api/timelinejs.json", {"lang": "en"}).json()
    assert timelinejs["title"]["text"]["headline"] == "Diplomatic timeline"
    assert any("Visit from Japan to Viet Nam" in e["text"]["headline"] for e in timelinejs["events"])
    assert "Aug" not in json.dumps(timelinejs) and "Oct 2020" in json.dumps(timelinejs)
    calendar = vobject.readOne(body(client.get("/en/events.ics")))
    assert any(e.summary.value.startswith("Visit from Japan") for e in calendar.vevent_list)
    assert "Visit from Japan" in client.get("/feed.atom", {"lang": "en"}).content.decode()


def test_a_language_the_site_does_not_have_changes_nothing(client, story):
    assert body(client.get("/events.csv", {"lang": "xx"})) == body(client.get("/events.csv"))


# --- iCalendar, as vobject reads it ------------------------------------------------------------------


def test_vobject_validates_the_calendar_and_finds_its_name_stamps_and_uids(client, story):
    calendar = vobject.readOne(body(client.get("/events.ics")))
    calendar.validate(raiseException=True)  # DTSTAMP and UID are required of every VEVENT
    assert calendar.contents["x-wr-calname"][0].value == "Dòng thời gian ngoại giao"
    assert len(calendar.vevent_list) == 2 and all(e.dtstamp.value for e in calendar.vevent_list)
    named = vobject.readOne(body(client.get("/en/events.ics", {"country": "Japan", "year": "2020"})))
    assert named.contents["x-wr-calname"][0].value == "Diplomatic timeline: Japan · 2020"


def test_calendar_uids_do_not_depend_on_the_host_serving_them(client, story, settings):
    settings.ALLOWED_HOSTS = ["mirror.example", "testserver"]
    uids = [
        sorted(e.uid.value for e in vobject.readOne(body(Client().get("/events.ics", HTTP_HOST=host))).vevent_list)
        for host in ("testserver", "mirror.example")
    ]
    assert uids[0] == uids[1] and "testserver" not in uids[0][0]


def test_a_month_precision_event_is_one_all_day_entry_on_its_first_day_marked_as_such(client, story):
    for url, words in [("/events.ics", "chưa rõ ngày"), ("/en/events.ics", "day unknown")]:
        calendar = vobject.readOne(body(client.get(url)))
        upgrade = next(e for e in calendar.vevent_list if e.dtstart.value == date(2023, 11, 1))
        assert upgrade.dtend.value == date(2023, 11, 2)
        assert words in upgrade.summary.value and words in upgrade.description.value
        assert upgrade.contents["x-timeline-date-precision"][0].value == "month"
        visit = next(e for e in calendar.vevent_list if e.dtstart.value == date(2020, 10, 18))
        assert visit.dtend.value == date(2020, 10, 21)  # three whole days: DTEND is exclusive


# --- Atom, as feedparser reads it ---------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/feed.atom", "/en/feed.atom", "/feed.atom?country=Japan"])
def test_feedparser_reads_the_feed_without_complaint_and_finds_its_author(client, story, url):
    feed = feedparser.parse(client.get(url).content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.feed.author and len(feed.entries) == 2


# --- CSV, as a spreadsheet reads it -------------------------------------------------------------------


def test_csv_dates_are_iso_and_no_cell_starts_a_formula(client, story):
    visit, upgrade = story
    visit.title = '=HYPERLINK("http://attacker.example","bấm")'
    visit.save()
    PersonFactory(name="@SUM(1+1)")
    ParticipationFactory(event=upgrade, person=PersonFactory(name="+84 Nguyễn Văn A"))
    ParticipationFactory(event=upgrade, person=PersonFactory(name="-2+3"))
    upgrade.place = "\tcmd|' /C calc'!A0"
    upgrade.save()
    MentionFactory(event=upgrade, article=ArticleFactory(url=None, source_name="=cmd.txt"), sentence_index=5)
    upgrade.mentions.exclude(sentence_index=5).delete()
    rows = list(csv.DictReader(io.StringIO(body(client.get("/events.csv")).lstrip("\ufeff"))))
    assert rows[1]["place"] == "'\tcmd|' /C calc'!A0" and rows[1]["sources"] == "'=cmd.txt"
    assert [row["date"] for row in rows] == ["2020-10-18/2020-10-20", "2023-11"]
    assert rows[0]["title"].startswith("'=HYPERLINK")
    assert rows[1]["participants"] == "'+84 Nguyễn Văn A; -2+3"
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())


# --- JSON pages ---------------------------------------------------------------------------------------


def test_following_next_gives_every_event_once_in_one_order(client, settings):
    settings.TIMELINE_API_PAGE_SIZE = 2
    # Known only to the year or the month, an event sits at the end of its period: the timeline's order
    # is not the order of the start dates, and each page must keep it.
    for n, (start, end, precision) in enumerate(
        [
            (date(2023, 1, 1), date(2023, 12, 31), "year"),
            (date(2023, 3, 5), date(2023, 3, 5), "day"),
            (date(2023, 3, 1), date(2023, 3, 31), "month"),
            (date(2023, 3, 20), date(2023, 3, 20), "day"),
            (date(2022, 12, 30), date(2023, 1, 2), "day"),
            (date(2023, 7, 1), date(2023, 7, 1), "day"),
            (date(2023, 5, 2), date(2023, 5, 2), "day"),
        ]
    ):
        event = EventFactory(title=f"Cuộc gặp thứ tự {n}", start=start, end=end, precision=precision)
        MentionFactory(event=event)
        MentionFactory(event=event, sentence_index=1)  # a second source: two rows, one event
    seen, url = [], "/api/events.json"
    while url:
        page = client.get(url).json()
        seen += list(dict.fromkeys(row["slug"] for row in page["events"]))
        url = page["next"]
    expected = list(Event.objects.published().chronological().values_list("slug", flat=True))
    assert seen == expected and len(seen) == 7


def test_json_lists_only_persons_who_take_part_in_a_published_event(client, story):
    visit, _upgrade = story
    article = visit.mentions.get().article
    draft = EventFactory(status="draft")
    ParticipationFactory(event=draft, person=PersonFactory(name="Người chỉ ở bản nháp"))
    for person in (PersonFactory(name="Tên rác"), draft.participants.get(), visit.participants.get()):
        person.appearances.create(article=article, title="")
    names = [person["name"] for person in client.get("/api/events.json").json()["persons"]]
    assert names == ["Suga Yoshihide"]


def test_a_leader_written_in_vietnamese_is_exported_with_the_name_english_readers_use(client):
    talks = EventFactory(title="Hội đàm", start=date(2024, 6, 20))
    ParticipationFactory(event=talks, person=PersonFactory(name="Vương Nghị"))
    MentionFactory(event=talks)
    assert client.get("/api/events.json").json()["events"][0]["participants"] == ["Vương Nghị (Wang Yi)"]
    assert client.get("/en/api/events.json").json()["events"][0]["participants"] == ["Wang Yi"]


# --- event pages' JSON-LD -----------------------------------------------------------------------------


def json_ld(client, url) -> dict:
    page = client.get(url).content.decode()
    start = page.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    return json.loads(page[start : page.index("</script>", start)])


def test_json_ld_gives_whole_dates_the_precision_a_located_place_and_the_share_image(client, story):
    visit, upgrade = story
    data = json_ld(client, upgrade.get_absolute_url())
    assert (data["startDate"], data["endDate"]) == ("2023-11-01", "2023-11-30")
    assert "11/2023 (chưa rõ ngày)" in data["description"]
    assert data["image"].endswith(f"/events/{upgrade.slug}/share.png")
    visit_data = json_ld(client, "/en" + visit.get_absolute_url())
    assert visit_data["location"] == {
        "@type": "Place",
        "name": "Hanoi",
        "address": {"@type": "PostalAddress", "addressCountry": "VN", "addressLocality": "Hanoi"},
    }
    assert visit_data["image"].endswith("share.png?lang=en")


def test_json_ld_places_a_visit_without_a_place_in_its_host_country(client, story):
    visit, _upgrade = story
    visit.place = ""
    visit.host = CountryFactory(iso="VN")
    visit.save()
    location = json_ld(client, visit.get_absolute_url())["location"]
    assert location["address"] == {"@type": "PostalAddress", "addressCountry": "VN"}


# --- control characters (issue 20) ---------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/feed.atom", "/en/feed.atom", "/", "/en/", *EXPORTS[:4]])
def test_a_control_character_in_the_query_is_never_a_server_error(story, url):
    for query in ("\x01", "Nhật\x1fBản", "\x7f\x9b"):
        response = Client(raise_request_exception=False).get(url, {"q": query})
        assert response.status_code == 200, repr(query)


def test_a_control_character_in_a_stored_title_reaches_no_page_feed_or_export(client, story):
    visit, _upgrade = story
    visit.title = "Thủ tướng\x01 Nhật Bản\x1b thăm Việt Nam\x7f"
    visit.save()
    article = ArticleFactory(title="Bài\x02 báo", outlet="Báo\x03")
    MentionFactory(event=visit, article=article, sentence="Câu\x04 bằng chứng.", sentence_index=3)
    urls = ["/", "/en/", visit.get_absolute_url(), article.get_absolute_url(), *EXPORTS, "/en/feed.atom"]
    for url in urls:
        response = client.get(url)
        text = body(response)
        assert response.status_code == 200, url
        assert not any(character in text for character in "\x01\x02\x03\x04\x1b\x7f"), url
    assert feedparser.parse(client.get("/feed.atom").content).bozo == 0


def test_a_search_over_several_lines_names_the_calendar_on_one_line(client, story):
    calendar = vobject.readOne(body(client.get("/events.ics", {"q": "Nhật\nBản"})))
    assert calendar.contents["x-wr-calname"][0].value == "Dòng thời gian ngoại giao: “Nhật Bản”"


def test_the_english_pages_link_the_english_downloads(client, story):
    page = client.get("/en/relations/vn-jp/").content.decode()
    downloads = page[page.index('id="downloads-heading"') :]
    for url in EXPORTS:
        assert f'href="/en{url}?' in downloads, url
    assert 'href="/api/events.json?' in client.get("/").content.decode()
