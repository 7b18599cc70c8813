"""Each source cited for what it says: one occasion told by two outlets is one timeline event, and each
source's row of the export, and its line on the event's page, keep the dates it gives and the name it writes.
A curator's dates stand for every source."""

import pytest

from articles.importer import ArticleImporter
from timeline.exports import export_payload
from timeline.models import Event, Person

pytestmark = pytest.mark.django_db

TO_THE_DAY = "Chiều 12/3/2019, tại Hà Nội, Thủ tướng Nguyễn Văn An đã hội đàm với Tổng thống Pháp Emmanuel Macron.\n"
TO_THE_MONTH = "Tháng 3/2019, Tổng thống Pháp Macron đã hội đàm với Thủ tướng Nguyễn Văn An tại Hà Nội.\n"


@pytest.fixture
def talks():
    importer = ArticleImporter()
    importer.import_text(TO_THE_DAY, source_name="day.txt", published="2019-03-12")
    importer.import_text(TO_THE_MONTH, source_name="month.txt", published="2019-04-02")
    return Event.objects.get(type="talks")


def rows_by_article():
    return {row["article"]: row for row in export_payload(Event.objects.all())["events"]}


def test_each_source_row_keeps_the_dates_and_the_name_its_article_gives(talks):
    rows = rows_by_article()
    assert (talks.start.isoformat(), talks.precision) == ("2019-03-12", "day")  # the timeline keeps the day
    assert (rows["day.txt"]["start"], rows["day.txt"]["precision"]) == ("2019-03-12", "day")
    assert (rows["month.txt"]["start"], rows["month.txt"]["end"], rows["month.txt"]["precision"]) == (
        "2019-03",
        "2019-03",
        "month",
    )
    assert "Emmanuel Macron" in rows["day.txt"]["participants"]
    assert "Emmanuel Macron (Macron)" in rows["month.txt"]["participants"]
    assert rows["day.txt"]["slug"] == rows["month.txt"]["slug"]


def test_the_event_page_says_which_source_dates_it_otherwise(client, talks):
    talks.status = Event.Status.PUBLISHED
    talks.save()
    page = client.get(talks.get_absolute_url()).content.decode()
    assert page.count('class="told"') == 1
    assert "bài này ghi ngày: 3/2019" in page
    english = client.get("/en" + talks.get_absolute_url()).content.decode()
    assert "this source dates it: Mar 2019" in english


def test_a_curators_dates_stand_for_every_source(talks):
    talks.precision = "month"
    talks.mark_curated("precision")
    talks.save()
    rows = rows_by_article()
    assert {(row["start"], row["precision"]) for row in rows.values()} == {("2019-03", "month")}


def test_a_visit_told_by_its_arrival_day_takes_the_whole_span_another_source_gives():
    importer = ArticleImporter()
    importer.import_text(
        "Ngày 18/10, Thủ tướng Peru Carlos Rivera đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam.\n",
        source_name="arrival.txt",
        published="2020-10-18",
    )
    importer.import_text(
        "Thủ tướng Peru Carlos Rivera thăm chính thức Việt Nam từ ngày 18 đến 20/10.\n",
        source_name="span.txt",
        published="2020-10-21",
    )
    visit = Event.objects.get(type="visit")
    assert (visit.start.day, visit.end.day) == (18, 20)
    rows = rows_by_article()
    assert (rows["arrival.txt"]["start"], rows["arrival.txt"]["end"]) == ("2020-10-18", "2020-10-18")


def test_a_person_first_known_by_a_surname_is_the_one_a_later_article_names_in_full():
    importer = ArticleImporter()
    importer.import_text(
        "Ngày 3/5, Thủ tướng Lê Văn An hội đàm với Thủ tướng Nhật Bản Sato.\n",
        source_name="short.txt",
        published="2024-05-03",
    )
    importer.import_text(
        "Ngày 20/6, Thủ tướng Nhật Bản Sato Kenji điện đàm với Thủ tướng Lê Văn An.\n",
        source_name="full.txt",
        published="2024-06-20",
    )
    japanese = Person.objects.filter(country__iso="JP")
    assert [p.name for p in japanese] == ["Sato Kenji"]
    assert "Sato" in japanese[0].all_names
    rows = rows_by_article()
    assert "Sato Kenji (Sato)" in rows["short.txt"]["participants"]
    persons = {p["name"]: p["articles"] for p in export_payload(Event.objects.all())["persons"]}
    assert persons["Sato Kenji (Sato)"] == ["short.txt"] and persons["Sato Kenji"] == ["full.txt"]


def test_a_surname_of_no_known_country_is_the_full_name_in_the_same_office_not_a_namesake():
    importer = ArticleImporter()
    importer.import_text(
        "Ngày 3/5, Đại sứ Trần Văn Bình chào xã giao Thủ tướng Sato.\n",
        source_name="short.txt",
        published="2024-05-03",
    )
    importer.import_text(
        "Ngày 20/6, Thủ tướng Nhật Bản Sato Kenji điện đàm với Thủ tướng Lê Văn An. Phu nhân Sato Mariko dự tiệc.\n",
        source_name="full.txt",
        published="2024-06-20",
    )
    assert sorted(Person.objects.filter(folded_name__startswith="sato").values_list("name", flat=True)) == [
        "Sato Kenji",
        "Sato Mariko",
    ]


def test_each_articles_rows_of_events_of_the_same_days_are_in_the_order_it_tells_them():
    importer = ArticleImporter()
    first = (
        "Chiều 12/3/2019, Tổng thống Pháp Emmanuel Macron hội kiến Thủ tướng Nguyễn Văn An, gặp Chủ tịch Quốc hội "
        "Trần Thị Bình và Chủ tịch nước Lê Văn Cường.\n"
    )
    second = (
        "Chiều 12/3/2019, Tổng thống Pháp Emmanuel Macron hội kiến Chủ tịch nước Lê Văn Cường, gặp Thủ tướng "
        "Nguyễn Văn An và Chủ tịch Quốc hội Trần Thị Bình.\n"
    )
    importer.import_text(first, source_name="first.txt", published="2019-03-12")
    importer.import_text(second, source_name="second.txt", published="2019-03-13")
    rows = export_payload(Event.objects.all())["events"]
    counterparts = {
        name: [next(p for p in row["participants"] if "Macron" not in p) for row in rows if row["article"] == name]
        for name in ("first.txt", "second.txt")
    }
    assert counterparts == {
        "first.txt": ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"],
        "second.txt": ["Lê Văn Cường", "Nguyễn Văn An", "Trần Thị Bình"],
    }
