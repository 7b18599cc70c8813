"""Filters in the URL, diacritic-free search, and the exports that take the same filters."""

import csv
import io
import json
from datetime import date

import pytest
from icalendar import Calendar

from timeline.tests.factories import (
    AgreementFactory,
    CountryFactory,
    EventFactory,
    MentionFactory,
    ParticipationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    vn, jp, kr = CountryFactory(iso="VN"), CountryFactory(iso="JP"), CountryFactory(iso="KR")
    son = PersonFactory(name="Bùi Thanh Sơn")
    dung = PersonFactory(name="Đặng Văn Dũng")
    visit = EventFactory(type="visit", title="Thăm Nhật Bản", start=date(2020, 10, 18), end=date(2020, 10, 20))
    visit.countries.add(vn, jp)
    ParticipationFactory(event=visit, person=son)
    talks = EventFactory(type="talks", title="Hội đàm với Hàn Quốc", start=date(2023, 5, 2), planned=True)
    talks.countries.add(vn, kr)
    ParticipationFactory(event=talks, person=dung)
    for event in (visit, talks):
        MentionFactory(event=event)
        event.refresh_search_text()
    return visit, talks


def titles(client, **params):
    page = client.get("/", params).content.decode()
    return {t for t in ["Thăm Nhật Bản", "Hội đàm với Hàn Quốc"] if t in page}


@pytest.mark.parametrize("q", ["bui thanh son", "BÙI THANH SƠN", "Bùi Thanh Sơn", "thanh son"])
def test_search_ignores_diacritics_and_case(client, story, q):
    assert titles(client, q=q) == {"Thăm Nhật Bản"}


def test_d_with_stroke_folds_to_d(client, story):
    assert titles(client, q="dang van dung") == {"Hội đàm với Hàn Quốc"}


def test_filters_combine_and_live_in_the_url(client, story):
    assert titles(client, type=["visit", "meeting"]) == {"Thăm Nhật Bản"}
    assert titles(client, pair="vn-kr") == {"Hội đàm với Hàn Quốc"}
    assert titles(client, year_from=2021) == {"Hội đàm với Hàn Quốc"}
    assert titles(client, year_to=2021, country="JP") == {"Thăm Nhật Bản"}
    assert titles(client, planned="yes") == {"Hội đàm với Hàn Quốc"}
    assert titles(client, person=story[0].participants.get().slug) == {"Thăm Nhật Bản"}


def test_filter_form_has_no_select_per_person(client, story):
    for n in range(300):
        PersonFactory(name=f"Người thứ {n}")
        AgreementFactory()
    page = client.get("/").content.decode()
    # Type-ahead offers the people of published events only (the 300 new ones take part in none).
    assert "Người thứ 1" not in page and 'value="Bùi Thanh Sơn"' in page
    assert "<select" not in page.replace('<select name="planned"', "")


def test_json_export_takes_the_filters(client, story):
    data = json.loads(client.get("/api/events.json", {"type": "talks"}).content)
    assert [e["title"] for e in data["events"]] == ["Hội đàm với Hàn Quốc"]
    assert data["events"][0]["start"] == "2023-05-02"


def test_csv_export_opens_in_a_spreadsheet(client, story):
    content = client.get("/events.csv", {"q": "bui thanh son"}).getvalue().decode("utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))
    assert rows[0][:3] == ["date", "start", "end"] and len(rows) == 2
    assert rows[1][0] == "18–20/10/2020" and "Bùi Thanh Sơn" in rows[1][7]


def test_ics_feed_has_all_day_events(client, story):
    calendar = Calendar.from_ical(client.get("/events.ics").getvalue())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    visit = events["Thăm Nhật Bản"]
    assert visit.decoded("dtstart") == date(2020, 10, 18) and visit.decoded("dtend") == date(2020, 10, 21)
