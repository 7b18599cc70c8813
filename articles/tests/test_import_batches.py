"""After an import a curator sees, per article, what went public and what waits (and why); an import is
undone as a whole, and the refused items wait in the admin to be dated, corrected or dismissed."""

import unicodedata
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import translation

from articles.import_batches import ImportBatch, Refusal
from articles.importer import ArticleImporter
from articles.models import Article
from articles.outcomes import RefusalReason, RefusalStatus
from factories import PersonFactory
from timeline.models import Event, Person
from timeline.outcomes import DraftReason, HistoryReason

pytestmark = pytest.mark.django_db
IMPORT = "/admin/articles/article/import/"


@pytest.fixture(autouse=True)
def day_precise_events_published(monkeypatch):
    """The publishing decision is the learned model's (tested in extraction/tests/test_publishing.py); the
    pages here are tested with a stand-in that publishes what is dated to the day and holds the rest."""

    def judge(extracted, threshold=None):
        for event in extracted.events:
            if event.year_unknown:
                event.draft_reasons = [DraftReason.YEAR_UNKNOWN]
            else:
                event.draft_reasons = [] if event.date.precision == "day" else [DraftReason.DATE_IMPRECISE]

    monkeypatch.setattr("articles.publishing_policy.judge", judge)


# Talks dated by the text, with both ministers named (published at once), and a visit known only to the year.
TALKS_AND_VISIT = (
    "Hai bộ trưởng hội đàm tại Hà Nội\n\n"
    "Ngày 12/4/2022, Bộ trưởng Ngoại giao Nguyễn Minh Khôi hội đàm với Bộ trưởng Ngoại giao Thái Lan "
    "Somchai Wongsakul tại Hà Nội.\n"
    "Năm 2019, Thủ tướng Thái Lan từng thăm chính thức Việt Nam.\n"
)
# "Yesterday": nothing dates it until a curator gives the publication date.
UNDATED_CALL = (
    "Lãnh đạo hai nước điện đàm\n\n"
    "Hôm qua, Thủ tướng Nguyễn Minh Khôi điện đàm với Thủ tướng Thái Lan Anutin Preecha.\n"
)


def test_the_import_page_shows_what_went_public_and_what_waits_and_undo_restores_the_site(staff_in, client):
    known = PersonFactory(name="Nguyễn Minh Khôi")  # on the timeline before the import: it stays
    curator = staff_in("Curator")
    before = client.get("/").content.decode()
    response = curator.post(IMPORT, {"text": TALKS_AND_VISIT})
    batch = ImportBatch.objects.get()
    assert response["Location"] == batch.get_absolute_url()
    talks = Event.objects.get(type="talks")
    visit = Event.objects.get(type="visit")
    assert talks.status == Event.Status.PUBLISHED and visit.draft_reason == DraftReason.DATE_IMPRECISE
    page = curator.get(batch.get_absolute_url()).content.decode()
    public = page[page.index('class="published-events"') : page.index('class="draft-events"')]
    waiting = page[page.index('class="draft-events"') :]
    assert talks.title in public and visit.title not in public
    assert visit.title in waiting and "chỉ biết đến tháng hoặc năm" in waiting
    assert f"/admin/timeline/event/{visit.pk}/change/" in waiting and 'name="_undo"' in page
    assert talks.title in curator.get("/").content.decode()

    response = curator.post(batch.get_absolute_url(), {"_undo": "1"})
    assert response.status_code == 302
    assert not Article.objects.exists() and not Event.objects.exists()
    assert list(Person.objects.all()) == [known]  # the persons the import created went, the known one stayed
    deleted = Event.history.filter(history_type="-", id=talks.pk).get()
    assert deleted.history_change_reason == HistoryReason.IMPORT_UNDONE
    assert client.get("/").content.decode().count("Somchai") == before.count("Somchai") == 0
    page = curator.get(batch.get_absolute_url()).content.decode()
    assert "Đã hoàn tác lúc" in page and 'name="_undo"' not in page


def test_undo_keeps_an_event_another_article_tells_and_only_removes_the_import_s_source(staff_in):
    ArticleImporter().import_text(TALKS_AND_VISIT.replace("Năm 2019", "Ngày 3/9/2019"), source_name="first.txt")
    talks = Event.objects.get(type="talks")
    curator = staff_in("Curator")
    curator.post(IMPORT, {"text": TALKS_AND_VISIT})
    batch = ImportBatch.objects.get()
    assert talks.mentions.count() == 2
    curator.post(batch.get_absolute_url(), {"_undo": "1"})
    talks.refresh_from_db()
    assert talks.status == Event.Status.PUBLISHED and talks.mentions.get().article.source_name == "first.txt"


def test_a_reviewer_sees_the_import_but_cannot_undo_it(staff_in):
    batch = ImportBatch.objects.create(channel="form")
    ArticleImporter(batch=batch).import_text(TALKS_AND_VISIT)
    reviewer = staff_in("Reviewer")
    page = reviewer.get(batch.get_absolute_url())
    assert page.status_code == 200 and 'name="_undo"' not in page.content.decode()
    assert reviewer.post(batch.get_absolute_url(), {"_undo": "1"}).status_code == 403
    assert Event.objects.count() == 2 and ImportBatch.objects.get().undone_at is None


def test_an_undated_article_waits_as_a_refusal_and_a_date_extracts_its_events(staff_in):
    curator = staff_in("Curator")
    curator.post(IMPORT, {"text": UNDATED_CALL})
    refusal = Refusal.objects.get()
    assert (refusal.reason, refusal.status) == (RefusalReason.NO_EVENT, RefusalStatus.WAITING)
    assert not Event.objects.exists()
    index = curator.get("/admin/").content.decode()
    assert "Mục bị từ chối chờ xử lý" in index and "/admin/articles/refusal/?status__exact=waiting" in index
    response = curator.post(
        "/admin/articles/refusal/",
        {"action": "give_date", "_selected_action": [refusal.pk], "published": "2023-05-20"},
    )
    call = Event.objects.get()
    assert (call.type, call.start.isoformat()) == ("call", "2023-05-19")
    refusal.refresh_from_db()
    assert refusal.status == RefusalStatus.IMPORTED and refusal.article.mentions.exists()
    assert response["Location"] == ImportBatch.objects.latest("pk").get_absolute_url()


def test_an_unreadable_file_is_kept_with_its_reason_until_dismissed(staff_in):
    curator = staff_in("Curator")
    latin1 = SimpleUploadedFile("latin1.txt", "Thăm Lào".encode().replace(b"\xc4\x83", b"\xe3"))
    curator.post(IMPORT, {"files": [latin1]})
    refusal = Refusal.objects.get()
    assert refusal.reason == RefusalReason.NOT_UNICODE and refusal.source == "latin1.txt"
    page = curator.get(f"/en/admin/articles/refusal/{refusal.pk}/change/").content.decode()
    assert "the file is not UTF-8 or UTF-16" in page
    curator.post("/admin/articles/refusal/", {"action": "dismiss", "_selected_action": [refusal.pk]})
    refusal.refresh_from_db()
    assert refusal.status == RefusalStatus.DISMISSED


def test_a_url_the_job_refuses_stays_in_the_admin_naming_the_setting_that_allows_it(staff_in, settings):
    settings.CURATION_FETCH_PRIVATE_ADDRESSES = False
    curator = staff_in("Curator")
    curator.post(IMPORT, {"urls": "http://127.0.0.1:9/bai-viet.html"})
    refusal = Refusal.objects.get()
    assert refusal.reason == RefusalReason.FETCH and refusal.url == "http://127.0.0.1:9/bai-viet.html"
    assert "CURATION_FETCH_PRIVATE_ADDRESSES=1" in refusal.detail  # the setting that would allow it
    with translation.override("en"):
        page = curator.get(f"/en/admin/articles/refusal/{refusal.pk}/change/").content.decode()
    assert "the page could not be fetched" in page
    job_page = curator.get(f"/admin/articles/job/{refusal.job_item.job_id}/change/").content.decode()
    assert "http://127.0.0.1:9/bai-viet.html" in job_page and "địa chỉ nội bộ" in job_page  # every item shown


@pytest.mark.parametrize(
    "language, public, waiting",
    [
        ("vi", "1 sự kiện công khai, 1 chờ duyệt (chỉ biết đến tháng hoặc năm)", "hoàn tác"),
        ("en", "1 made public, 1 waiting for review (known only to the month or the year)", "undo"),
    ],
)
def test_the_command_says_what_went_public_in_the_language_of_language_code(tmp_path, language, public, waiting):
    (tmp_path / "hoi-dam.txt").write_text(TALKS_AND_VISIT, encoding="utf-8")
    out = StringIO()
    with translation.override(language):
        call_command("import_articles", str(tmp_path), stdout=out)
    batch = ImportBatch.objects.get()
    assert batch.channel == "command" and public in out.getvalue() and waiting in out.getvalue()
    assert batch.get_absolute_url() in out.getvalue()
    batch.undo()
    assert not Event.objects.exists() and not Article.objects.exists()


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def windows_1258(text: str) -> bytes:
    """`text` as a legacy Vietnamese file holds it: letters precomposed, tones as combining marks."""
    out = b""
    for char in text:
        letter, *marks = unicodedata.normalize("NFD", char)
        head = unicodedata.normalize("NFC", letter + "".join(m for m in marks if m not in TONES))
        out += (head + "".join(m for m in marks if m in TONES)).encode("cp1258")
    return out


def test_a_file_in_the_legacy_encoding_is_corrected_and_imported_again(staff_in):
    curator = staff_in("Curator")
    legacy = SimpleUploadedFile("cu.txt", windows_1258(TALKS_AND_VISIT))
    curator.post(IMPORT, {"files": [legacy]})
    refusal = Refusal.objects.get()
    assert refusal.reason == RefusalReason.NOT_UNICODE and not Article.objects.exists()
    assert "Bộ trưởng Ngoại giao Nguyễn Minh Khôi" in refusal.text  # read as Windows-1258, for the curator to check
    curator.post("/admin/articles/refusal/", {"action": "import_again", "_selected_action": [refusal.pk]})
    refusal.refresh_from_db()
    assert refusal.status == RefusalStatus.IMPORTED and refusal.article.mentions.count() == 2
