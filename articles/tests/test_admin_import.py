"""Curators add articles from the admin: pasted or uploaded, the importer's result as messages."""
import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article
from timeline.models import Event

pytestmark = pytest.mark.django_db
IMPORT = "/admin/articles/article/import/"
TEXT = (
    "Bộ trưởng Ngoại giao hai nước hội đàm\n\n"
    "Ngày 5/3/2023, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar tại Hà Nội.\n"
)
OTHER = "Điện đàm cấp cao\n\nNgày 9/11/2022, Thủ tướng Lê Hồng Phúc điện đàm với Thủ tướng Ô-xtrây-li-a Mark Fielding.\n"


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_pasted_article_is_imported_with_its_events_named(admin_client):
    response = admin_client.post(IMPORT, {"text": TEXT, "published": "2023-03-06", "outlet": "baomoi.example"})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.outlet == "baomoi.example" and article.published.isoformat() == "2023-03-06"
    event = Event.objects.get(type="talks")
    (message,) = messages_of(response)
    assert "article created</a>, 1 new event(s)" in message and event.title in message and "5/3/2023" in message


def test_two_files_at_once_and_bad_files_reported_by_name(admin_client):
    files = [
        SimpleUploadedFile("hoi-dam.txt", TEXT.encode()),
        SimpleUploadedFile("dien-dam.txt", OTHER.encode()),
        SimpleUploadedFile("rong.txt", b""),
        SimpleUploadedFile("latin1.txt", "Thăm Pháp".encode("utf-8").replace(b"\xc4\x83", b"\xe3")),
    ]
    response = admin_client.post(IMPORT, {"files": files})
    text = "\n".join(messages_of(response))
    assert Article.objects.count() == 2
    assert set(Article.objects.values_list("source_name", flat=True)) == {"hoi-dam.txt", "dien-dam.txt"}
    assert "rong.txt: the file is empty" in text and "latin1.txt: the file is not UTF-8" in text


def test_the_same_text_twice_is_one_article(admin_client):
    admin_client.post(IMPORT, {"text": TEXT})
    counts = (Article.objects.count(), Event.objects.count())
    response = admin_client.post(IMPORT, {"text": TEXT})
    assert "already imported" in messages_of(response)[-1]
    assert (Article.objects.count(), Event.objects.count()) == counts


def test_form_errors_nothing_given_and_url_with_several(admin_client):
    page = admin_client.post(IMPORT, {}).content.decode()
    assert "Paste an article" in page
    files = [SimpleUploadedFile("a.txt", TEXT.encode()), SimpleUploadedFile("b.txt", OTHER.encode())]
    page = admin_client.post(IMPORT, {"files": files, "url": "https://example.vn/a"}).content.decode()
    assert "A URL names one article" in page and Article.objects.count() == 0


def test_article_data_in_messages_is_escaped(admin_client):
    response = admin_client.post(IMPORT, {"text": TEXT.replace("Hà Nội.", "Hà Nội <script>alert(1)</script>.")}, follow=True)
    page = response.content.decode()
    assert "<script>alert(1)</script>" not in page


def test_login_and_add_permission_required(client, django_user_model):
    assert client.get(IMPORT).status_code == 302
    user = django_user_model.objects.create_user("reader", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(user)
    assert client.get(IMPORT).status_code == 403
    assert client.post(IMPORT, {"text": TEXT}).status_code == 403 and Article.objects.count() == 0
    assert "Import articles" not in client.get("/admin/articles/article/").content.decode()
