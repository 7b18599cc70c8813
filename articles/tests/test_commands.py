"""The measuring commands: evaluate_extraction against gold, and the import benchmark."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.django_db


@pytest.mark.slow  # runs manage.py in child processes
def test_evaluate_extraction_scores_with_the_golds_dates_then_as_they_stand_and_leaves_the_database_alone():
    out = StringIO()
    call_command(
        "evaluate_extraction", str(DATA / "gold.json"), str(DATA / "articles"), "--show", "--timeline", stdout=out
    )
    dated, as_they_stand = out.getvalue().split("== as they stand")
    # Given the gold's "2021-03", the year-less "Chiều 14/3" is dated and found; without it, it waits (not exported).
    assert "yearless.txt: events gold 1 exported 1 matched 1 dates-exact 1" in dated
    assert "yearless.txt: events gold 1 exported 0 matched 0" in as_they_stand
    assert "   missed: talks 2021-03-14" in as_they_stand
    for part in (dated, as_they_stand):
        assert "visit.txt: events gold 2" in part
        total, published = part.strip().splitlines()[-2:]
        assert total.startswith("TOTAL events P ") and published.startswith("PUBLISHED mentions ")
        assert " | TIMELINE occasions found " in part
    assert Article.objects.count() == 0


@pytest.mark.slow  # runs manage.py in child processes
def test_evaluate_extraction_bound_and_bad_gold(tmp_path):
    with pytest.raises(CommandError, match="below 0.9"):
        call_command(
            "evaluate_extraction", str(DATA / "gold.json"), str(DATA / "articles"), min_f1=0.9, stdout=StringIO()
        )
    (tmp_path / "gold.json").write_text("[1, 2]")
    with pytest.raises(CommandError, match="gold.json: not a gold file"):
        call_command("evaluate_extraction", str(tmp_path / "gold.json"), str(DATA / "articles"))


@pytest.mark.slow  # runs manage.py in child processes
def test_benchmark_prints_throughput_ratio_and_memory():
    out = StringIO()
    call_command(
        "benchmark_import", articles=4, small=2, large=6, repeat=1, no_jobs=True, source=[DATA / "articles"], stdout=out
    )
    text = out.getvalue()
    assert re.search(r"\(\d+\.\d s, 4 articles and [1-9]\d* events written\)", text), text
    ratio = float(re.search(r"ratio importer / bare pos_tag: (\d+\.\d+)", text).group(1))
    small_mb, large_mb = map(
        float, re.search(r"peak memory: (\d+) MB for 2 articles .*, (\d+) MB for 6", text).groups()
    )
    assert ratio > 0 and small_mb > 0 and large_mb > 0


def test_import_with_jobs_finds_the_same_events_as_one_process(tmp_path):
    """--jobs shares extraction between processes; what lands on the timeline must not change."""
    from timeline.management.measuring import build_corpus
    from timeline.models import Event, Mention

    sources = [DATA / "articles", Path(__file__).resolve().parents[2] / "fixtures" / "articles"]
    build_corpus(sources, 9, tmp_path)  # copies made unique, so that several are in flight at once

    def timeline_after(jobs):
        Event.objects.all().delete()
        Article.objects.all().delete()
        call_command("import_articles", str(tmp_path), jobs=jobs, verbosity=0)
        events = sorted(Event.objects.values_list("type", "start", "end", "title"))
        # Which file told which event: a result paired with the wrong article would show here.
        tellings = sorted(Mention.objects.values_list("article__source_name", "event__title", "sentence_index"))
        return events, tellings, Article.objects.count()

    one_process = timeline_after(1)
    assert one_process[2] == 9 and len(one_process[0]) >= 3
    assert timeline_after(2) == one_process


def test_published_date_dates_relative_words_through_the_command(tmp_path):
    from timeline.models import Event

    (tmp_path / "call.txt").write_text(
        "Hai Thủ tướng điện đàm\n\n"
        "Hôm qua, Thủ tướng Lê Văn An đã điện đàm với Thủ tướng Ô-xtrây-li-a Mark Fielding.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(tmp_path), "--published=2025-03-12", verbosity=0)
    event = Event.objects.get()
    assert (event.type, event.start.isoformat(), event.precision) == ("call", "2025-03-11", "day")
    assert Article.objects.get().published.isoformat() == "2025-03-12"


def test_import_with_jobs_knows_a_short_name_an_earlier_article_taught(tmp_path):
    """A worker extracts the second article before the first is written: the name it reads there ("Thủ tướng
    Tanaka") is the short form the first article taught, as in one process, not a person of its own."""
    from timeline.models import Event, Person

    (tmp_path / "a.txt").write_text(
        "Thủ tướng Nhật Bản thăm Hà Nội\n\n"
        "Ngày 3/4/2021, Thủ tướng Nhật Bản Tanaka Hiroshi hội đàm với Thủ tướng Lê Văn An tại Hà Nội.\n\n"
        "Thủ tướng Tanaka cảm ơn sự đón tiếp trọng thị.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Đại sứ chào Thủ tướng Nhật Bản\n\n"
        "Ngày 9/3/2021, Đại sứ Trần Minh Đức đã chào xã giao Thủ tướng Tanaka tại Tokyo.\n",
        encoding="utf-8",
    )

    def timeline_after(jobs):
        Event.objects.all().delete()
        Person.objects.all().delete()
        Article.objects.all().delete()
        call_command("import_articles", str(tmp_path), jobs=jobs, verbosity=0)
        return sorted(Person.objects.values_list("name", flat=True)), sorted(
            Event.objects.values_list("slug", flat=True)
        )

    one_process = timeline_after(1)
    assert "Tanaka" not in one_process[0]
    assert timeline_after(2) == one_process


def test_publish_puts_the_articles_dated_events_on_the_public_timeline_with_a_reason(tmp_path, settings):
    from timeline.models import Event

    settings.TIMELINE_PUBLISH_CONFIDENCE = 1.01  # the decision alone would publish nothing
    (tmp_path / "call.txt").write_text(
        "Hai Thủ tướng điện đàm\n\n"
        "Ngày 11/3/2025, Thủ tướng Lê Văn An điện đàm với Thủ tướng Ô-xtrây-li-a Mark Fielding.\n",
        encoding="utf-8",
    )
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert not Event.objects.published().exists()
    Article.objects.all().delete()
    Event.objects.all().delete()
    call_command("import_articles", str(tmp_path), "--publish", verbosity=0)
    event = Event.objects.published().get()
    assert event.is_curated("status") and "--publish" in event.history.first().history_change_reason
