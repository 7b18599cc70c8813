"""An article's year: given at any precision, read off the URL, or from the timeline; else its events wait undated."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.import_batches import ImportBatch
from articles.importer import ArticleImporter
from articles.models import Article
from timeline.models import Event, Person

pytestmark = pytest.mark.django_db

# Never writes its year: "Chiều 14/3" and "ngày 15/3" only.
YEARLESS = """Ngoại trưởng Việt Nam thăm Peru
Từ ngày 13-16/3, Bộ trưởng Ngoại giao Lê Văn Hải thăm chính thức Peru theo lời mời của Ngoại trưởng Peru Carlos Rivera.
Chiều 14/3, tại Lima, Bộ trưởng Ngoại giao Lê Văn Hải hội đàm với Ngoại trưởng Peru Carlos Rivera.
"""
# Another outlet's telling of the same visit, with its year.
DATED = """Bộ trưởng Lê Văn Hải hội đàm với Ngoại trưởng Peru
Ngày 14/3/2021, tại Lima, Bộ trưởng Ngoại giao Lê Văn Hải hội đàm với Ngoại trưởng Peru Carlos Rivera.
"""


def test_an_article_whose_year_nothing_gives_is_kept_with_year_unknown_drafts():
    report = ArticleImporter().import_text(YEARLESS, source_name="peru.txt")
    assert report.ok and report.needs_date
    article = Article.objects.get()
    assert article.year is None and article.year_basis == ""
    assert list(Article.objects.needing_date()) == [article]
    events = Event.objects.filter(mentions__article=article)
    assert events.count() == 2
    assert all(e.year_unknown and e.status == Event.Status.DRAFT for e in events)
    out = StringIO()
    call_command("export_events", stdout=out)
    assert '"events": []' in out.getvalue().replace("\n", "").replace(" ", "").replace('"events":[]', '"events": []')


def test_a_curator_dates_the_article_once_and_its_drafts_are_replaced():
    importer = ArticleImporter()
    article = importer.import_text(YEARLESS, source_name="peru.txt").article
    importer.set_publication_date(article, "2021-03")
    article.refresh_from_db()
    assert (article.published_display, article.published_source, article.year, article.year_basis) == (
        "2021-03",
        "given",
        2021,
        "given",
    )
    assert not Article.objects.needing_date().exists()
    events = Event.objects.filter(mentions__article=article).order_by("start")
    assert [(e.type, e.start.isoformat(), e.year_unknown) for e in events] == [
        ("visit", "2021-03-13", False),
        ("talks", "2021-03-14", False),
    ]
    assert not Event.objects.filter(year_unknown=True).exists()


def test_importing_the_same_text_again_with_a_date_dates_it_instead_of_refusing(tmp_path):
    (tmp_path / "peru.txt").write_text(YEARLESS, encoding="utf-8")
    call_command("import_articles", str(tmp_path), verbosity=0)
    out = StringIO()
    call_command("import_articles", str(tmp_path), published="2021", stdout=out)
    assert "1 dated again" in out.getvalue()
    article = Article.objects.get()
    assert (article.year, article.published_display) == (2021, "2021")
    assert Event.objects.filter(start__year=2021, year_unknown=False).count() == 2
    # Given again with the same date, it is already imported.
    out = StringIO()
    call_command("import_articles", str(tmp_path), published="2021", stdout=out)
    assert "1 already imported" in out.getvalue()


def test_published_accepts_a_year_a_month_or_a_day_and_names_the_forms_when_wrong(tmp_path):
    (tmp_path / "peru.txt").write_text(YEARLESS, encoding="utf-8")
    with pytest.raises(CommandError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        call_command("import_articles", str(tmp_path), "--published", "03/2021")
    call_command("import_articles", str(tmp_path), "--published", "2021-03", verbosity=0)
    assert Article.objects.get().published_precision == "month"


def test_the_timeline_dates_an_article_that_tells_an_occasion_it_already_holds():
    importer = ArticleImporter()
    importer.import_text(DATED, source_name="dated.txt")
    report = importer.import_text(YEARLESS, source_name="peru.txt")
    article = report.article
    assert (article.year, article.year_basis) == (2021, "timeline")
    assert "14/03/2021" in article.year_source
    talks = Event.objects.filter(type="talks")
    assert talks.count() == 1 and talks.get().mentions.count() == 2  # one occasion, told twice


def test_the_url_gives_the_date_and_its_precision():
    text = "https://tin.example.vn/the-gioi/20210314/hoi-dam-o-lima-991.html\n" + YEARLESS
    ArticleImporter().import_text(text, source_name="url.txt")
    article = Article.objects.get()
    assert (article.published_display, article.published_source, article.year_basis) == ("2021-03-14", "url", "url")


# --- one occasion, one event, across articles -------------------------------------------------

FULL_NAMES = """Thủ tướng Peru thăm Việt Nam
Từ ngày 18-20/10/2021, Thủ tướng Peru Carlos Rivera thăm chính thức Việt Nam.
Chiều 19/10/2021, Thủ tướng Carlos Rivera hội kiến Chủ tịch Quốc hội Phạm Thị Lan.
"""
SHORT_NAMES = """Thủ tướng Peru sẽ thăm Việt Nam
Thủ tướng Peru Rivera sẽ thăm chính thức Việt Nam từ ngày 18/10/2021.
Chiều 19/10/2021, Thủ tướng Peru Rivera sẽ hội kiến Chủ tịch Quốc hội Phạm Thị Lan và chào Tổng Bí thư Trần Văn Nam.
"""


def test_a_short_form_is_the_known_person_and_a_planned_visit_is_the_reported_one():
    importer = ArticleImporter()
    importer.import_text(FULL_NAMES, source_name="full.txt")
    importer.import_text(SHORT_NAMES, source_name="short.txt")
    assert not Person.objects.filter(name="Rivera").exists()
    visit = Event.objects.get(type="visit")
    assert (visit.start.isoformat(), visit.end.isoformat(), visit.mentions.count()) == ("2021-10-18", "2021-10-20", 2)


def test_two_meetings_of_one_day_with_different_counterparts_stay_two():
    importer = ArticleImporter()
    importer.import_text(FULL_NAMES, source_name="full.txt")
    importer.import_text(SHORT_NAMES, source_name="short.txt")
    meetings = Event.objects.filter(type="meeting").order_by("pk")
    counterparts = [sorted(p.person.name for p in m.participations.all()) for m in meetings]
    assert counterparts == [["Carlos Rivera", "Phạm Thị Lan"], ["Carlos Rivera", "Trần Văn Nam"]]
    assert meetings[0].mentions.count() == 2 and meetings[1].mentions.count() == 1


def test_events_under_the_publishing_threshold_are_drafts_that_say_why(settings):
    settings.TIMELINE_PUBLISH_CONFIDENCE = 0.0
    ArticleImporter().import_text(SHORT_NAMES, source_name="short.txt")
    visit = Event.objects.get(type="visit")
    assert visit.status == Event.Status.PUBLISHED and visit.draft_reason == ""
    settings.TIMELINE_PUBLISH_CONFIDENCE = 1.01
    ArticleImporter().import_text("Tin cũ\nNăm 2000, Tổng thống Chile Ana Soto thăm Việt Nam.\n", source_name="old.txt")
    old = Event.objects.get(start__year=2000)
    assert old.status == Event.Status.DRAFT and old.draft_reason


def test_an_office_held_between_a_known_predecessor_and_successor_dates_an_article_that_never_writes_its_year():
    importer = ArticleImporter()
    for name, text in [
        ("a.txt", "Ngày 5/3/2020, Chủ tịch nước Trần Văn Nam tiếp Đại sứ Chile Ana Soto."),
        ("b.txt", "Ngày 20/2/2021, Chủ tịch nước Trần Văn Nam tiếp Đại sứ Peru Luis Ramos."),
    ]:
        importer.import_text(f"Tin\n{text}\n", source_name=name)
    undated = "Tin 3\nChiều 19/10, Chủ tịch nước Trần Văn Nam tiếp Thủ tướng Peru Carlos Rivera.\n"
    # The articles show him in office from 5/3/2020 to 20/2/2021, not when he came or left: 19/10/2021 is as
    # likely as 19/10/2020.
    assert importer.import_text(undated, source_name="c.txt").article.year is None
    for name, text in [
        ("d.txt", "Ngày 10/1/2020, Chủ tịch nước Lê Văn Hòa tiếp Đại sứ Cuba Pedro Díaz."),
        ("e.txt", "Ngày 8/4/2021, Chủ tịch nước Đỗ Minh Quang tiếp Đại sứ Chile Ana Soto."),
    ]:
        importer.import_text(f"Tin\n{text}\n", source_name=name)
    report = importer.import_text(undated.replace("Tin 3", "Tin 4"), source_name="f.txt")
    # Between his predecessor's last day (10/1/2020) and his successor's first (8/4/2021), 19/10 is in 2020 only.
    assert (report.article.year, report.article.year_basis) == (2020, "timeline")
    assert "Chủ tịch nước Trần Văn Nam" in report.article.year_source


def test_published_option_gives_the_year(tmp_path):
    (tmp_path / "a.txt").write_text("Chiều 14/3, Thủ tướng Lê Minh Tâm tiếp Đại sứ Pháp Jean Martin tại Hà Nội.")
    call_command("import_articles", str(tmp_path), published=date(2017, 3, 15), verbosity=0)
    event = Event.objects.get()
    assert event.start == date(2017, 3, 14)
    assert Article.objects.get().published_source == "given"


def test_a_yearless_article_takes_its_occasions_year_from_the_timeline_in_one_reading(monkeypatch):
    import extraction

    ArticleImporter().import_text(
        "Hai Thủ tướng hội đàm\n\nNgày 14/5/2031, Thủ tướng Lê Văn An hội đàm với Thủ tướng Ruritania Ivo Baran.\n",
        source_name="dated.txt",
    )
    readings = []
    real = extraction.extract_article
    monkeypatch.setattr(extraction, "extract_article", lambda *a, **k: readings.append(1) or real(*a, **k))
    ArticleImporter().import_text(
        "Hội đàm cấp cao\n\nChiều 14/5, Thủ tướng Lê Văn An hội đàm với Thủ tướng Ruritania Ivo Baran.\n",
        source_name="yearless.txt",
    )
    assert len(readings) == 1
    assert Article.objects.get(source_name="yearless.txt").year == 2031


WAITING = "Hội đàm cấp cao\n\nChiều 14/5, Thủ tướng Lê Văn An hội đàm với Thủ tướng Ruritania Ivo Baran tại Hà Nội.\n"
DATING = (
    "Hai Thủ tướng hội đàm\n\nNgày 14/5/2031, Thủ tướng Lê Văn An hội đàm với Thủ tướng Ruritania Ivo Baran "
    "tại Hà Nội.\n"
)


def test_an_article_waiting_for_its_year_is_dated_by_an_article_imported_after_it_in_the_same_run(tmp_path):
    (tmp_path / "a-yearless.txt").write_text(WAITING)
    (tmp_path / "b-dated.txt").write_text(DATING)
    out = StringIO()
    call_command("import_articles", str(tmp_path), stdout=out)
    yearless = Article.objects.get(source_name="a-yearless.txt")
    assert yearless.year == 2031 and yearless.year_basis == "timeline"
    assert not Event.objects.filter(year_unknown=True).exists()
    talks = Event.objects.get(type="talks")
    assert talks.start == date(2031, 5, 14) and talks.mentions.count() == 2
    assert "1 dated again; 0 waiting for a date" in out.getvalue()


def test_an_article_a_curator_has_begun_to_date_by_hand_is_left_to_the_curator():
    importer = ArticleImporter()
    importer.import_text(WAITING, source_name="a.txt")
    draft = Event.objects.get(year_unknown=True)
    draft.title = "Hội đàm (curator)"
    draft.mark_curated("title")
    draft.save()
    importer.import_text(DATING, source_name="b.txt")
    assert importer.date_from_timeline() == []
    assert Article.objects.get(source_name="a.txt").year is None
    assert Event.objects.get(pk=draft.pk).title == "Hội đàm (curator)"


def test_undoing_the_import_that_dated_a_waiting_article_leaves_that_article_dated(tmp_path):
    (tmp_path / "a.txt").write_text(WAITING)
    call_command("import_articles", str(tmp_path), stdout=StringIO())
    later = tmp_path / "later"
    later.mkdir()
    (later / "b.txt").write_text(DATING)
    call_command("import_articles", str(later), stdout=StringIO())
    ImportBatch.objects.latest("pk").undo()
    waiting = Article.objects.get(source_name="a.txt")
    assert waiting.year == 2031
    assert [(e.start, e.year_unknown) for e in Event.objects.filter(mentions__article=waiting)] == [
        (date(2031, 5, 14), False)
    ]
