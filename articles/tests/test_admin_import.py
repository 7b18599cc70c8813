"""Curators add articles from the admin: pasted or uploaded, the importer's result as messages.

Read in the English admin (/en/admin/): the Vietnamese one says the same (see test_admin_language)."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import constants, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from articles.import_batches import ImportBatch
from articles.importer import ArticleImporter
from articles.models import Article
from timeline.models import Event, Mention

pytestmark = pytest.mark.django_db
IMPORT = "/en/admin/articles/article/import/"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


TEXT = (
    "Bộ trưởng Ngoại giao hai nước hội đàm\n\n"
    "Ngày 5/3/2023, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar "
    "tại Hà Nội.\n"
)
OTHER = (
    "Điện đàm cấp cao\n\nNgày 9/11/2022, Thủ tướng Lê Hồng Phúc điện đàm với Thủ tướng Ô-xtrây-li-a Mark Fielding.\n"
)
# Another outlet's account of the same talks: the event is told again, not created twice.
SAME_TALKS = (
    "Ấn Độ và Việt Nam thúc đẩy hợp tác\n\n"
    "Trong cuộc hội đàm ngày 5/3/2023 tại Hà Nội, Bộ trưởng Ngoại giao Trần Văn Bình và Bộ trưởng Ngoại giao "
    "Ấn Độ Rajesh Kumar nhất trí tăng cường hợp tác.\n"
)


def messages_of(response):
    return [(m.level, str(m)) for m in get_messages(response.wsgi_request)]


def test_pasted_article_is_imported_with_its_events_named(admin_client):
    response = admin_client.post(IMPORT, {"text": TEXT, "published": "2023-03-06", "outlet": "baomoi.example"})
    batch = ImportBatch.objects.get()  # the page of what went public and what waits
    assert response.status_code == 302 and response["Location"] == batch.get_absolute_url()
    article = Article.objects.get()
    assert article.outlet == "baomoi.example" and article.published.isoformat() == "2023-03-06"
    event = Event.objects.get(type="talks")
    ((level, message),) = messages_of(response)
    assert level == constants.SUCCESS
    assert reverse("admin:articles_article_change", args=[article.pk]) in message
    assert "Bộ trưởng Ngoại giao hai nước hội đàm" in message and "1 new event(s)" in message
    assert event.title in message and "5/3/2023" in message


def test_an_event_told_again_is_not_counted_as_a_new_draft(admin_client):
    admin_client.post(IMPORT, {"text": TEXT})
    Event.objects.update(status=Event.Status.DRAFT)
    response = admin_client.post(IMPORT, {"text": SAME_TALKS})
    assert Article.objects.count() == 2 and Event.objects.count() == 1
    assert "0 new event(s) (0 waiting as drafts), 1 told again" in messages_of(response)[-1][1]


def test_two_files_at_once_and_bad_files_reported_by_name(admin_client):
    files = [
        SimpleUploadedFile("hoi-dam.txt", TEXT.encode()),
        SimpleUploadedFile("dien-dam.txt", OTHER.encode()),
        SimpleUploadedFile("rong.txt", b""),
        SimpleUploadedFile("latin1.txt", "Thăm Pháp".encode().replace(b"\xc4\x83", b"\xe3")),
    ]
    response = admin_client.post(IMPORT, {"files": files})
    found = messages_of(response)
    assert set(Article.objects.values_list("source_name", flat=True)) == {"hoi-dam.txt", "dien-dam.txt"}
    successes = [text for level, text in found if level == constants.SUCCESS]
    assert any(t.startswith("hoi-dam.txt: ") for t in successes) and any(
        t.startswith("dien-dam.txt: ") for t in successes
    )
    errors = [text for level, text in found if level == constants.ERROR]
    assert any("rong.txt: the file is empty" in t for t in errors)
    assert any("latin1.txt: the file is not UTF-8" in t for t in errors)


def test_a_failing_article_is_rolled_back_and_the_others_imported(admin_client, monkeypatch):
    extract = ArticleImporter.extract

    def extract_or_fail(self, raw_text, **kwargs):
        if "Mark Fielding" in raw_text:
            raise ValueError("the pipeline broke")
        return extract(self, raw_text, **kwargs)

    monkeypatch.setattr(ArticleImporter, "extract", extract_or_fail)
    files = [SimpleUploadedFile("dien-dam.txt", OTHER.encode()), SimpleUploadedFile("hoi-dam.txt", TEXT.encode())]
    response = admin_client.post(IMPORT, {"files": files})
    assert list(Article.objects.values_list("source_name", flat=True)) == ["hoi-dam.txt"]
    errors = [text for level, text in messages_of(response) if level == constants.ERROR]
    assert len(errors) == 1 and errors[0].startswith("dien-dam.txt: the import failed")


def test_the_same_text_twice_is_one_article(admin_client):
    admin_client.post(IMPORT, {"text": TEXT})
    counts = (Article.objects.count(), Event.objects.count(), Mention.objects.count())
    response = admin_client.post(IMPORT, {"text": TEXT})
    level, message = messages_of(response)[-1]
    assert level == constants.WARNING and "already imported" in message
    assert (Article.objects.count(), Event.objects.count(), Mention.objects.count()) == counts


def test_form_errors_nothing_given_and_url_with_several(admin_client):
    page = admin_client.post(IMPORT, {}).content.decode()
    assert "Paste an article" in page
    files = [SimpleUploadedFile("a.txt", TEXT.encode()), SimpleUploadedFile("b.txt", OTHER.encode())]
    page = admin_client.post(IMPORT, {"files": files, "url": "https://example.vn/a"}).content.decode()
    assert "A URL names one article" in page and Article.objects.count() == 0


def test_a_url_goes_with_one_pasted_text(admin_client):
    admin_client.post(IMPORT, {"text": TEXT, "url": "https://tin.example.vn/hoi-dam"})
    assert Article.objects.get().url == "https://tin.example.vn/hoi-dam"


def test_article_data_in_messages_is_escaped(admin_client):
    text = TEXT.replace("hai nước hội đàm", "hai nước hội đàm <script>alert(1)</script>", 1)
    response = admin_client.post(IMPORT, {"text": text}, follow=True)
    page = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page


def test_the_form_page_and_the_changelist_button(admin_client):
    page = admin_client.get(IMPORT).content.decode()
    assert 'enctype="multipart/form-data"' in page and "csrfmiddlewaretoken" in page and 'name="published"' in page
    changelist = admin_client.get(reverse("admin:articles_article_changelist")).content.decode()
    assert f'href="{IMPORT}"' in changelist


def test_login_and_add_permission_required(client, django_user_model):
    response = client.get(IMPORT)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    user = django_user_model.objects.create_user("reader", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(user)
    assert client.get(IMPORT).status_code == 403
    assert client.post(IMPORT, {"text": TEXT}).status_code == 403 and Article.objects.count() == 0
    assert IMPORT not in client.get(reverse("admin:articles_article_changelist")).content.decode()


@pytest.mark.parametrize("published, shown", [("2023", "2023"), ("2023-03", "2023-03"), ("2023-03-06", "2023-03-06")])
def test_the_admin_takes_a_publication_date_at_any_precision(admin_client, published, shown):
    admin_client.post(IMPORT, {"text": TEXT.replace("5/3/2023", "5/3"), "published": published})
    article = Article.objects.get()
    assert (article.published_display, article.year) == (shown, 2023)


def test_the_admin_names_the_accepted_forms_of_a_bad_publication_date(admin_client):
    response = admin_client.post(IMPORT, {"text": TEXT, "published": "06/03/2023"})
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in response.content.decode()
    assert not Article.objects.exists()
