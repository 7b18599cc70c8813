"""End to end: the two seed articles through the real pipeline into the database and out of the export."""

import json
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article
from timeline.models import Event, Mention, Person, PersonAlias, Position

pytestmark = pytest.mark.django_db
SEEDS = Path(settings.BASE_DIR) / "fixtures" / "articles"


def row_counts():
    return tuple(m.objects.count() for m in (Article, Event, Mention, Person, PersonAlias, Position))


@pytest.fixture
def seeded():
    call_command("import_articles", str(SEEDS), verbosity=0)


def test_the_seed_story_is_on_the_timeline_in_order(seeded):
    events = list(Event.objects.published().chronological())
    suga = next(e for e in events if e.type == "visit" and e.start == date(2020, 10, 18))
    upgrade = next(e for e in events if e.type == "upgrade" and (e.start.year, e.start.month) == (2023, 11))
    session = next(e for e in events if e.type == "committee_session" and e.start == date(2024, 8, 7))
    assert suga.end == date(2020, 10, 20) and suga.precision == "day"
    assert upgrade.precision == "month"
    assert session.end == date(2024, 8, 10)
    assert events.index(suga) < events.index(upgrade) < events.index(session)
    assert suga.status == upgrade.status == session.status == Event.Status.PUBLISHED


def test_year_less_dates_get_the_year_the_text_points_to_and_say_so(seeded):
    for article in Article.objects.all():
        assert article.year in (2020, 2024)
        assert article.year_source and article.published_source == ""
    assert Event.objects.filter(start=date(2020, 10, 29), year_inferred=True).exists()


def test_one_person_with_two_offices(seeded):
    person = Person.objects.get(folded_name="bui thanh son")
    titles = set(person.positions.values_list("title", flat=True))
    assert len(titles) >= 2, titles


def test_teasers_of_other_articles_are_not_imported(seeded):
    assert not Person.objects.filter(folded_name__in=["pham viet hung", "pham thanh binh"]).exists()
    assert not Mention.objects.filter(sentence__contains="Marshall").exists()


def test_reimporting_the_seeds_changes_no_row_count(seeded):
    before = row_counts()
    call_command("import_articles", str(SEEDS), verbosity=0)
    assert row_counts() == before


def test_export_has_one_object_per_event_and_article(seeded):
    out = StringIO()
    call_command("export_events", stdout=out)
    export = json.loads(out.getvalue())
    assert {e["article"] for e in export["events"]} == {p.name for p in SEEDS.glob("*.txt")}
    for event in export["events"]:
        assert event["evidence"] and event["type"] and event["start"]
    assert any(p["name"] == "Bùi Thanh Sơn" and len(p["articles"]) == 2 for p in export["persons"])


def test_bad_files_are_reported_and_the_good_ones_still_imported(tmp_path):
    (tmp_path / "good.txt").write_text((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[1]).read_text())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Hà Nội".encode("latin-1", "replace") + b"\xe9t\xe9")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "opinion.txt").write_text("Bình luận: kinh tế thế giới còn nhiều khó khăn, cần kiên nhẫn.")
    err = StringIO()
    with pytest.raises(CommandError) as failed:
        call_command("import_articles", str(tmp_path), verbosity=0, stderr=err)
    message = str(failed.value) + err.getvalue()
    assert "4 file(s) failed" in str(failed.value)
    for name, reason in [
        ("empty.txt", "empty"),
        ("latin1.txt", "not UTF-8"),
        ("photo.txt", "binary"),
        ("opinion.txt", "no datable event"),
    ]:
        assert name in message and reason in message
    # The article with no datable event is kept for curators; the unreadable files write nothing.
    assert Article.objects.count() == 2


def test_published_option_gives_the_year(tmp_path):
    (tmp_path / "a.txt").write_text("Chiều 14/3, Thủ tướng Lê Minh Tâm tiếp Đại sứ Pháp Jean Martin tại Hà Nội.")
    call_command("import_articles", str(tmp_path), published=date(2017, 3, 15), verbosity=0)
    event = Event.objects.get()
    assert event.start == date(2017, 3, 14)
    assert Article.objects.get().published_source == "given"


def test_dry_run_writes_nothing():
    out = StringIO()
    call_command("import_articles", str(SEEDS), dry_run=True, stdout=out)
    assert "would create" in out.getvalue()
    assert Article.objects.count() == 0 and Event.objects.count() == 0
