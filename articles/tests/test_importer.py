"""The importer writes the pipeline's records without duplicates and without touching curators' work.

These tests hand the importer records built here (not the pipeline's output),
so they pin down the database rules alone: matching, re-import, curated fields.
"""

from datetime import date

import pytest

from articles.article_files import ArticleFileError, read_article_file
from articles.importer import ArticleImporter
from articles.models import Article
from articles.outcomes import RefusalReason, SkipReason
from extraction import records as rec
from timeline.models import Event, Mention, Person, PersonAlias, Position

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def publish_what_has_a_year(settings):
    """The database rules alone: every event with a year is published (the decision has its own tests)."""
    settings.TIMELINE_PUBLISH_CONFIDENCE = 0.0


def span(start, end=None, precision=rec.DAY, inferred=False):
    return rec.DateSpan(start=start, end=end or start, precision=precision, year_inferred=inferred)


def extracted(events, persons=(), title="Tin ngoại giao", text="", url=None):
    return rec.ExtractedArticle(
        title=title,
        url=url,
        cleaned_text=text,
        sentences=[e.evidence for e in events],
        year=rec.YearGuess(2019, "text: năm 2019", 0.8),
        events=list(events),
        persons=list(persons),
    )


MINISTER = rec.Person(name="Trần Văn Khải", title="Bộ trưởng Ngoại giao", country="VN")
GUEST = rec.Person(name="Park Min-jun", title="Bộ trưởng Ngoại giao Hàn Quốc", country="KR", aliases=["Park"])


def talks(sentence="Hai Bộ trưởng hội đàm tại Seoul ngày 4/6/2019.", index=0, when=None, confidence=0.9):
    return rec.FoundEvent(
        type="talks",
        title="Hội đàm Bộ trưởng Trần Văn Khải - Park Min-jun",
        date=when or span(date(2019, 6, 4)),
        evidence=sentence,
        sentence_index=index,
        place="Seoul",
        countries=["VN", "KR"],
        participants=[rec.Participant("Trần Văn Khải", "Bộ trưởng Ngoại giao"), rec.Participant("Park Min-jun")],
        confidence=confidence,
    )


def run(raw, records, **kwargs):
    return ArticleImporter().import_text(raw, source_name=kwargs.pop("name", "a.txt"), extracted=records, **kwargs)


def test_import_creates_article_event_persons_and_mention():
    report = run("Bài A", extracted([talks()], [MINISTER, GUEST]))
    assert report.ok and report.created and report.events_created == 1
    event = Event.objects.get()
    assert event.status == Event.Status.PUBLISHED
    assert {p.name for p in event.participants.all()} == {"Trần Văn Khải", "Park Min-jun"}
    assert set(event.countries.values_list("iso", flat=True)) == {"VN", "KR"}
    assert Mention.objects.get().sentence.startswith("Hai Bộ trưởng hội đàm")
    assert PersonAlias.objects.filter(person__name="Park Min-jun", name="Park").exists()
    assert Position.objects.get(person__name="Trần Văn Khải").first_seen == date(2019, 6, 4)


def test_events_under_the_publishing_threshold_wait_as_drafts(settings):
    settings.TIMELINE_PUBLISH_CONFIDENCE = 1.01
    run("Bài A", extracted([talks(confidence=0.2)], [MINISTER, GUEST]))
    assert Event.objects.get().status == Event.Status.DRAFT


def test_same_text_twice_is_one_article_and_creates_nothing_new():
    run("Bài A\nNội dung.", extracted([talks()], [MINISTER, GUEST]))
    counts = (Article.objects.count(), Event.objects.count(), Person.objects.count(), Mention.objects.count())
    report = run("Bài A\r\nNội dung.  ", extracted([talks()], [MINISTER, GUEST]), name="copy.txt")
    assert report.skip == SkipReason.SAME_TEXT
    assert (Article.objects.count(), Event.objects.count(), Person.objects.count(), Mention.objects.count()) == counts


def test_nfd_text_is_the_same_article_as_nfc():
    import unicodedata

    run("Hội đàm ở Hà Nội", extracted([talks()], [MINISTER, GUEST]))
    report = run(unicodedata.normalize("NFD", "Hội đàm ở Hà Nội"), extracted([talks()], [MINISTER, GUEST]))
    assert report.skipped_reason and Article.objects.count() == 1


def test_event_told_by_two_articles_is_one_event_with_two_mentions_and_the_precise_date():
    vague = talks("Tháng 6/2019, hai Bộ trưởng đã hội đàm.", when=span(date(2019, 6, 1), date(2019, 6, 30), rec.MONTH))
    run("Bài A", extracted([vague], [MINISTER, GUEST]), name="a.txt")
    run("Bài B", extracted([talks()], [MINISTER, GUEST]), name="b.txt")
    event = Event.objects.get()
    assert event.mentions.count() == 2
    assert (event.start, event.precision) == (date(2019, 6, 4), rec.DAY)


def test_talks_told_after_a_vaguer_meeting_of_the_same_article_join_the_talks_told_before_not_a_second_event():
    month = span(date(2019, 6, 1), date(2019, 6, 30), rec.MONTH)
    run("Bài A", extracted([talks("Tháng 6/2019, hai Bộ trưởng sẽ hội đàm.", when=month)], [MINISTER, GUEST]))
    also_met = rec.FoundEvent(
        type="meeting", title="Bộ trưởng Trần Văn Khải gặp", date=month, evidence="Ông còn gặp giới doanh nghiệp.",
        participants=[rec.Participant("Trần Văn Khải", "Bộ trưởng Ngoại giao")],
    )  # fmt: skip
    run("Bài B", extracted([also_met, talks(index=1)], [MINISTER, GUEST]), name="b.txt")
    talks_events = Event.objects.filter(type="talks")
    assert talks_events.count() == 1
    assert (talks_events.get().start, talks_events.get().mentions.count()) == (date(2019, 6, 4), 2)


def test_talks_another_outlet_told_are_the_talks_of_their_very_day_not_the_meeting_of_the_day_before():
    run("Bài A", extracted([talks()], [MINISTER, GUEST]), name="a.txt")
    received = rec.FoundEvent(
        type="meeting", title="Bộ trưởng Trần Văn Khải tiếp Park Min-jun", date=span(date(2019, 6, 3)),
        evidence="Chiều 3/6, Bộ trưởng tiếp Bộ trưởng Park tại nhà riêng.", countries=["VN", "KR"],
        participants=[rec.Participant("Trần Văn Khải", "Bộ trưởng Ngoại giao"), rec.Participant("Park Min-jun")],
    )  # fmt: skip
    run("Bài B", extracted([received, talks(index=1)], [MINISTER, GUEST]), name="b.txt")
    talks_event = Event.objects.get(type="talks")
    assert talks_event.mentions.count() == 2
    assert Event.objects.filter(type="meeting", start=date(2019, 6, 3)).count() == 1


def test_talks_one_outlet_dates_a_day_later_than_another_are_one_event():
    run("Bài A", extracted([talks()], [MINISTER, GUEST]), name="a.txt")
    next_day = talks("Hôm qua, hai Bộ trưởng hội đàm tại Seoul.", when=span(date(2019, 6, 5)))
    run("Bài B", extracted([next_day], [MINISTER, GUEST]), name="b.txt")
    assert Event.objects.get().mentions.count() == 2


def test_two_events_read_from_one_sentence_are_both_kept():
    first, second = talks(), talks()
    second.participants = [rec.Participant("Lee Jae-won")]
    run("Bài A", extracted([first, second], [MINISTER, GUEST]))
    assert Event.objects.count() == 2


def test_a_bare_surname_is_not_merged_into_someone_else_of_unknown_country():
    Person.objects.create(name="Park Min-jun").aliases.create(name="Park")
    person, created = ArticleImporter().person_for(rec.Person(name="Park", title="Thủ tướng"))
    assert created and person.name == "Park"


def test_a_full_name_sharing_a_short_form_with_someone_else_is_another_person():
    Person.objects.create(name="Park Min-jun").aliases.create(name="Park")
    person, created = ArticleImporter().person_for(
        rec.Person(name="Park Ji-won", title="Bộ trưởng", country="KR", aliases=["Park"])
    )
    assert created and person.name == "Park Ji-won"


def test_different_types_on_the_same_days_stay_apart():
    visit = rec.FoundEvent(
        type="visit",
        title="Bộ trưởng Trần Văn Khải thăm Hàn Quốc",
        date=span(date(2019, 6, 3), date(2019, 6, 5)),
        evidence="Bộ trưởng Trần Văn Khải thăm chính thức Hàn Quốc từ ngày 3-5/6.",
        participants=[rec.Participant("Trần Văn Khải")],
        confidence=0.9,
    )
    run("Bài A", extracted([visit, talks(index=1)], [MINISTER, GUEST]))
    assert Event.objects.count() == 2


def test_curated_fields_survive_reextraction_and_rejected_stays_rejected():
    report = run("Bài A", extracted([talks()], [MINISTER, GUEST]))
    event = Event.objects.get()
    event.title = "Tiêu đề do biên tập viên sửa"
    event.status = Event.Status.REJECTED
    event.mark_curated("title", "status")
    event.save()
    again = ArticleImporter()
    again.extract = lambda *a, **k: extracted([talks()], [MINISTER, GUEST])
    again.reextract(report.article)
    event.refresh_from_db()
    assert event.title == "Tiêu đề do biên tập viên sửa"
    assert event.status == Event.Status.REJECTED
    assert Event.objects.count() == 1 and Mention.objects.count() == 1


def test_a_merged_event_gets_the_new_mentions_and_is_not_recreated():
    run("Bài A", extracted([talks()], [MINISTER, GUEST]), name="a.txt")
    loser = Event.objects.get()
    survivor = Event.objects.create(type="talks", title="Hội đàm", start=date(2019, 6, 4), status="published")
    loser.mentions.update(event=survivor)
    loser.merged_into = survivor
    loser.save()
    run("Bài B", extracted([talks("Hôm 4/6/2019 hai bên hội đàm.")], [MINISTER, GUEST]), name="b.txt")
    assert Event.objects.count() == 2
    assert survivor.mentions.count() == 2


def test_curator_alias_resolves_a_new_spelling():
    person = Person.objects.create(name="Shinzo Abe")
    PersonAlias.objects.create(person=person, name="Sin-dô A-bê")
    found = rec.Person(name="Sin-dô A-bê", title="Thủ tướng")
    matched, created = ArticleImporter().person_for(found)
    assert matched == person and not created


def test_person_with_two_offices_is_one_person_with_two_positions():
    first = talks(when=span(date(2015, 3, 2)))
    first.participants = [rec.Participant("Trần Văn Khải", "Thứ trưởng Ngoại giao")]
    later = talks("Bộ trưởng hội đàm.", when=span(date(2019, 6, 4)))
    run("Bài A", extracted([first], [MINISTER]), name="a.txt")
    run("Bài B", extracted([later], [MINISTER, GUEST]), name="b.txt")
    person = Person.objects.get(name="Trần Văn Khải")
    assert list(person.positions.order_by("first_seen").values_list("title", flat=True)) == [
        "Thứ trưởng Ngoại giao",
        "Bộ trưởng Ngoại giao",
    ]


def test_an_office_seen_only_in_a_year_less_article_is_given_no_day():
    undated = talks(when=span(date(rec.YEAR_UNKNOWN, 6, 4)))
    undated.year_unknown = True
    undated.participants = [rec.Participant("Trần Văn Khải", "Thứ trưởng Ngoại giao")]
    run("Bài A", extracted([undated], [MINISTER]))
    # The timeline's knowledge of terms (which dates year-less articles) never reads a placeholder year.
    assert not Position.objects.filter(first_seen__year__lt=1900).exists()
    assert not Position.objects.filter(last_seen__year__lt=1900).exists()


def test_article_without_a_datable_event_is_reported_and_kept_with_its_persons():
    report = run("Một bài bình luận không có sự kiện.", extracted([], [MINISTER]))
    assert report.refusal == RefusalReason.NO_EVENT
    assert Article.objects.count() == 1 and Event.objects.count() == 0
    assert Article.objects.get().appearances.get().person.name == "Trần Văn Khải"


def test_dry_run_writes_nothing():
    report = run("Bài A", extracted([talks()], [MINISTER, GUEST]), dry_run=True)
    assert report.planned and "talks 2019-06-04..2019-06-04" in report.planned[0]
    assert Article.objects.count() == 0 and Event.objects.count() == 0


def test_a_failure_midway_leaves_nothing_half_written(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ArticleImporter, "create_events", explode)
    with pytest.raises(RuntimeError):
        run("Bài A", extracted([talks()], [MINISTER, GUEST]))
    assert Article.objects.count() == 0 and Person.objects.count() == 0


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", RefusalReason.EMPTY),
        (b"   \n\n", RefusalReason.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", RefusalReason.BINARY),
        ("Hà Nội, Việt Nam".encode("latin-1", "replace") + b"\xe0\xe1", RefusalReason.NOT_UNICODE),
    ],
)
def test_bad_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(ArticleFileError) as err:
        read_article_file("bad.txt", data)
    assert err.value.code == reason and err.value.reason.startswith(str(reason.label))
    assert "bad.txt" in str(err.value)


def test_utf8_with_bom_and_nfd_is_read_as_nfc():
    import unicodedata

    text = read_article_file("ok.txt", "\ufeff".encode() + unicodedata.normalize("NFD", "Hà Nội").encode())
    assert text == "Hà Nội"


def test_an_article_naming_many_new_persons_costs_no_more_queries_than_one_naming_two():
    """Persons are matched and created per article, not per person: a delegation of ten costs what a pair does."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def article(day: int, given_names: str):
        people = [
            rec.Person(name=f"Nguyễn Văn {given}", title="Thứ trưởng", country="VN", aliases=[f"N.V.{given}"])
            for given in given_names.split()
        ]
        event = talks(f"Hai đoàn hội đàm tại Seoul ngày {day}/6/2019.", when=span(date(2019, 6, day)))
        event.participants = [rec.Participant(person.name) for person in people]
        return extracted([event], people)

    run("Bài A", article(3, "An"), name="a.txt")  # the countries and the first row of each table
    with CaptureQueriesContext(connection) as two:
        run("Bài B", article(10, "Bình Cường"), name="b.txt")
    with CaptureQueriesContext(connection) as ten:
        run("Bài C", article(20, "Dũng Hải Khoa Long Minh Nam Phong Quang Sơn Tâm"), name="c.txt")
    assert Person.objects.count() == PersonAlias.objects.count() == 13
    assert len(set(Person.objects.values_list("slug", flat=True))) == 13
    assert len(ten.captured_queries) <= len(two.captured_queries)


def test_what_one_run_learns_of_persons_is_what_a_new_run_would_read():
    """An import run reads the known persons once, then again only those it changed: the next article is read
    with the same names, aliases and countries as a run started afresh would read them."""
    Person.objects.create(name="Lê Thị Hoa")  # known before the run, untouched by it
    importer = ArticleImporter()
    assert [p.name for p in importer.known_persons()] == ["Lê Thị Hoa"]
    importer.import_text("Bài A", source_name="a.txt", extracted=extracted([talks()], [MINISTER, GUEST]))
    renamed = rec.Person(name="Park Min-jun", title="Bộ trưởng", country="KR", aliases=["Pắc Min Chun"])
    newcomer = rec.Person(name="Ana Soto", title="Ngoại trưởng", country="CL")
    importer.import_text("Bài B", source_name="b.txt", extracted=extracted([talks()], [renamed, newcomer]))
    learnt = importer.known_persons()
    assert learnt == ArticleImporter().known_persons()
    assert {p.name: set(p.aliases) for p in learnt}["Park Min-jun"] == {"Park", "Pắc Min Chun"}
    assert "Ana Soto" in {p.name for p in learnt}


def test_talks_told_of_a_meeting_already_on_the_timeline_name_it_talks():
    meeting = talks("Hai Bộ trưởng gặp nhau tại Seoul ngày 4/6/2019.")
    meeting.type = "meeting"
    run("Bài A", extracted([meeting], [MINISTER, GUEST]), name="a.txt")
    run("Bài B", extracted([talks()], [MINISTER, GUEST]), name="b.txt")
    assert Event.objects.get().type == "talks"
