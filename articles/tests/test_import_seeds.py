"""End to end: the two seed articles through the real pipeline into the database and out of the export."""

import json
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from articles.models import Article
from timeline.models import Event, Mention, Person, PersonAlias, Position

pytestmark = pytest.mark.django_db
SEEDS = Path(settings.BASE_DIR) / "fixtures" / "articles"


def row_counts():
    return tuple(m.objects.count() for m in (Article, Event, Mention, Person, PersonAlias, Position))


@pytest.fixture(scope="module")
def seeded_once(module_rows_transaction):
    call_command("import_articles", str(SEEDS), verbosity=0)


@pytest.fixture
def seeded(seeded_once, db):
    """The seed articles imported: once for the module, every test in a savepoint of that import."""


def test_the_seed_story_is_on_the_timeline_in_order(seeded):
    events = list(Event.objects.not_rejected().chronological())
    suga = next(e for e in events if e.type == "visit" and e.start == date(2020, 10, 18))
    upgrade = next(e for e in events if e.type == "upgrade" and (e.start.year, e.start.month) == (2023, 11))
    session = next(e for e in events if e.type == "committee_session" and (e.start.year, e.start.month) == (2024, 8))
    assert suga.end == date(2020, 10, 20) and suga.precision == "day"
    assert upgrade.precision == "month"
    # The article gives the visit its days (7-10/8) and does not say on which of them the session sat.
    assert session.precision == "month" and session.part_of.type == "visit"
    assert events.index(suga) < events.index(upgrade) < events.index(session)


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
