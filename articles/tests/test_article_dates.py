"""An article's year: given at any precision, read off the URL, or from the timeline; else its events wait undated."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.importer import ArticleImporter
from articles.models import Article
from timeline.models import Event

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
