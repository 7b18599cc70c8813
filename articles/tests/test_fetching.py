"""Articles from the web, against a local HTTP server: a page imports with its metadata; each way a
fetch can fail says so and writes nothing; a feed fetched twice imports each item once."""

import shutil
import socket
import ssl
import subprocess
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.contrib.messages import constants, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import translation

from articles import fetching
from articles.curation_models import Feed, FeedEntry, Job
from articles.models import Article
from articles.tests.webserver import ARTICLE_PAGE
from timeline.models import Event

pytestmark = pytest.mark.django_db
IMPORT = "/en/admin/articles/article/import/"


@pytest.fixture(autouse=True)
def english(settings):
    settings.CURATION_FETCH_TIMEOUT = 1
    settings.CURATION_FETCH_MAX_BYTES = 5_000_000
    with translation.override("en"):
        yield


def test_a_page_imports_with_title_outlet_canonical_url_and_date_from_its_metadata(web):
    call_command("import_articles", f"{web}/the-gioi/hoi-dam-viet-nhat.html", verbosity=0)
    article = Article.objects.get()
    assert article.title == "Thủ tướng hội đàm với Thủ tướng Nhật Bản"
    assert article.outlet == "Báo Mẫu"
    assert article.url == f"{web}/the-gioi/hoi-dam-viet-nhat.html"
    assert article.published == date(2024, 8, 6)
    assert "Trang chủ" not in article.raw_text and "Bản quyền" not in article.raw_text  # menus and footers left out
    talks = Event.objects.get(type="talks")
    assert talks.start == date(2024, 8, 5)  # "Chiều 5/8" dated by the page's publication year


def test_a_date_line_under_the_title_gives_the_date_when_the_metadata_has_none(web):
    call_command("import_articles", f"{web}/the-gioi/dien-dam.html", verbosity=0)
    article = Article.objects.get()
    assert article.published == date(2024, 3, 12)
    assert Event.objects.get().start == date(2024, 3, 11)


def test_a_saved_page_imports_like_the_url(tmp_path):
    saved = tmp_path / "hoi-dam.html"
    saved.write_text(ARTICLE_PAGE.format(base="https://baomau.example"), encoding="utf-8")
    call_command("import_articles", str(saved), verbosity=0)
    article = Article.objects.get()
    assert article.url == "https://baomau.example/the-gioi/hoi-dam-viet-nhat.html"
    assert (article.outlet, article.published) == ("Báo Mẫu", date(2024, 8, 6))
    call_command("import_articles", str(saved), verbosity=0)  # the same page again: nothing new
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/trang-chu.html", "no article text found on the page"),
        ("/khong-co.html", "the server answered 404 Not Found"),
        ("/huge.html", "the response is 50 MB, more than the limit of 5 MB"),
        ("/huge-unsized.html", "the response is larger than the limit of 5 MB"),
        ("/data.json", "the server sent application/json, not a web page"),
    ],
)
def test_each_failure_says_why_and_writes_nothing(web, path, reason):
    url = f"{web}{path}"
    with pytest.raises(CommandError) as failed:
        call_command("import_articles", url, verbosity=0)
    assert f"{url}: {reason}" in str(failed.value)
    assert Article.objects.count() == 0 and Event.objects.count() == 0


def test_a_server_that_does_not_answer_in_time_is_named_with_the_timeout(web, settings):
    settings.CURATION_FETCH_TIMEOUT = 0.1  # the test server holds /slow.html for seconds
    url = f"{web}/slow.html"
    with pytest.raises(CommandError) as failed:
        call_command("import_articles", url, verbosity=0)
    assert f"{url}: no answer within 0.1 s" in str(failed.value)
    assert Article.objects.count() == 0


def test_a_page_on_the_servers_own_network_is_not_fetched(web, settings):
    settings.CURATION_FETCH_PRIVATE_ADDRESSES = False  # as deployed: the test server is on loopback
    url = f"{web}/the-gioi/hoi-dam-viet-nhat.html"
    with pytest.raises(CommandError) as failed:
        call_command("import_articles", url, verbosity=0)
    assert f"{url}: 127.0.0.1 is a private address (127.0.0.1): pages are not fetched from" in str(failed.value)
    assert web.requests == [] and Article.objects.count() == 0


def test_a_redirect_to_the_servers_own_network_is_refused_before_it_is_followed(web, settings, monkeypatch):
    """A public page may redirect anywhere: each hop is checked, not only the curator's URL."""
    settings.CURATION_FETCH_PRIVATE_ADDRESSES = False
    private = fetching.is_private
    # The test server stands for a public outlet (its loopback address counted as public for the check).
    monkeypatch.setattr(fetching, "is_private", lambda address: str(address) != "127.0.0.1" and private(address))
    url = f"{web}/moved.html"
    with pytest.raises(CommandError) as failed:
        call_command("import_articles", url, verbosity=0)
    assert "169.254.169.254 is a private address" in str(failed.value)
    assert web.requests == ["/moved.html"] and Article.objects.count() == 0


def test_a_url_that_is_no_web_address_is_refused_by_the_form(admin_client):
    page = admin_client.post(IMPORT, {"urls": "ftp://baomau.example/a"}).content.decode()
    assert "“ftp://baomau.example/a” is not an http:// or https:// address" in page
    assert Article.objects.count() == 0 and Job.objects.count() == 0


def test_the_admin_imports_urls_and_names_each_failure(admin_client, web):
    urls = f"{web}/the-gioi/hoi-dam-viet-nhat.html\n{web}/khong-co.html\n"
    response = admin_client.post(IMPORT, {"urls": urls})
    found = [(m.level, str(m)) for m in get_messages(response.wsgi_request)]
    article = Article.objects.get()
    assert article.outlet == "Báo Mẫu" and article.published == date(2024, 8, 6)
    assert any(level == constants.SUCCESS and "article created" in text for level, text in found)
    assert (
        constants.ERROR,
        f"{web}/khong-co.html: the server answered 404 Not Found. Nothing was imported from it.",
    ) in found
    job = Job.objects.get()
    assert (job.kind, job.status, job.total, job.processed, job.failed) == ("import", "done", 2, 2, 1)


def test_a_feed_fetched_twice_imports_each_item_once(web):
    feed = Feed.objects.create(name="Báo Mẫu – Thế giới", url=f"{web}/rss.xml")
    call_command("fetch_feeds", verbosity=0)
    assert Article.objects.count() == 2
    entries = {entry.url.removeprefix(web): entry for entry in FeedEntry.objects.all()}
    assert entries["/the-gioi/hoi-dam-viet-nhat.html"].status == "imported"
    assert entries["/the-gioi/dien-dam.html"].status == "imported"
    assert entries["/missing.html"].status == "failed" and "404" in entries["/missing.html"].message
    feed.refresh_from_db()
    assert feed.last_result == "2 new, 0 already known, 1 failed" and not feed.last_failed

    call_command("fetch_feeds", verbosity=0)
    assert Article.objects.count() == 2
    assert web.requests.count("/the-gioi/hoi-dam-viet-nhat.html") == 1  # a known item is not even fetched
    assert FeedEntry.objects.get(url=f"{web}/missing.html").attempts == 2  # a failed one is tried again
    feed.refresh_from_db()
    assert feed.last_result == "0 new, 2 already known, 1 failed"


def test_an_entry_with_an_over_long_link_fails_alone_and_the_feed_goes_on(web):
    feed = Feed.objects.create(name="Báo Mẫu", url=f"{web}/rss-long-link.xml")
    call_command("fetch_feeds", verbosity=0)
    long_entry = FeedEntry.objects.get(title="Liên kết quá dài")
    assert long_entry.status == "failed" and len(long_entry.url) == 1000
    assert "characters long, more than the limit of 1,000" in long_entry.message
    assert Article.objects.get().title == "Thủ tướng hội đàm với Thủ tướng Nhật Bản"  # the next entry imported
    assert not any("aaaa" in path for path in web.requests)  # the long link was never fetched
    feed.refresh_from_db()
    assert feed.last_result == "1 new, 0 already known, 1 failed" and not feed.last_failed


def test_an_over_long_url_is_refused_by_the_command_before_fetching_and_by_the_form(web, admin_client):
    url = f"{web}/the-gioi/{'a' * 1200}.html"
    with pytest.raises(CommandError) as failed:
        call_command("import_articles", url, verbosity=0)
    assert "characters long, more than the limit of 1,000" in str(failed.value)
    response = admin_client.post(IMPORT, {"urls": url})
    assert response.status_code == 200
    assert "characters long, more than the limit of 1,000" in response.content.decode()
    assert web.requests == [] and not Job.objects.exists() and not Article.objects.exists()


def test_a_feed_that_is_not_a_feed_is_reported_and_recorded(web):
    Feed.objects.create(name="Sai", url=f"{web}/data.json")
    with pytest.raises(CommandError) as failed:
        call_command("fetch_feeds", verbosity=0)
    assert f"{web}/data.json: the server sent application/json, not an RSS or Atom feed" in str(failed.value)
    feed = Feed.objects.get()
    assert feed.last_failed and "application/json" in feed.last_result
    assert Article.objects.count() == 0


def test_saved_pages_uploaded_in_the_admin_import_with_their_metadata_and_an_oversized_one_is_refused(
    admin_client, settings
):
    page = ARTICLE_PAGE.format(base="https://baomau.example").encode()
    settings.CURATION_FETCH_MAX_BYTES = len(page) + 10
    files = [SimpleUploadedFile("hoi-dam.html", page), SimpleUploadedFile("lon.html", page + b" " * 20)]
    response = admin_client.post(IMPORT, {"files": files})
    article = Article.objects.get()
    assert (article.outlet, article.published) == ("Báo Mẫu", date(2024, 8, 6))
    assert article.url == "https://baomau.example/the-gioi/hoi-dam-viet-nhat.html"
    errors = [str(m) for m in get_messages(response.wsgi_request) if m.level == constants.ERROR]
    assert errors == [
        f"lon.html: the response is {(len(page) + 20) / 1e6:g} MB, more than the limit of "
        f"{(len(page) + 10) / 1e6:g} MB. Nothing was imported from it."
    ]


def test_the_page_is_fetched_from_the_address_that_was_checked(web, monkeypatch):
    """No second look-up between the check and the connection: a name that resolves to a public address
    for the check and elsewhere a moment later (DNS rebinding) is fetched from the checked address."""
    port = web.rsplit(":", 1)[1]
    looked_up = []
    monkeypatch.setattr(fetching, "addresses_of", lambda host: looked_up.append(host) or ["127.0.0.1"])
    resolve = socket.getaddrinfo

    def rebinding(host, *args, **kwargs):
        if host == "outlet.example":
            raise AssertionError("the host was resolved again after its check")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    fetched = fetching.fetch(f"http://outlet.example:{port}/the-gioi/hoi-dam-viet-nhat.html")
    assert looked_up == ["outlet.example"] and "Sato Kenji" in fetched.body.decode()
    assert web.hosts == [f"outlet.example:{port}"]  # the server was asked for the page of the name given


@pytest.mark.parametrize("path", ["/trickle.html", "/trickle-headers.html"])
def test_a_server_sending_a_byte_at_a_time_is_cut_at_the_total_time(web, settings, path):
    """Each byte comes well within the socket timeout, so only a bound on the whole fetch stops it."""
    # A tenth of a second for the whole fetch (production allows more): about five bytes arrive in it.
    settings.CURATION_FETCH_TIMEOUT, settings.CURATION_FETCH_TOTAL_SECONDS = 5, 0.1
    started = time.monotonic()
    with pytest.raises(fetching.FetchError) as failed:
        fetching.fetch(f"{web}{path}")
    assert 0.1 <= time.monotonic() - started < 1.1
    assert "did not arrive within 0.1 s" in str(failed.value)


@pytest.mark.skipif(not shutil.which("openssl"), reason="openssl makes the test certificate")
def test_https_sends_the_hosts_name_and_checks_the_certificate_against_it(tmp_path, settings, monkeypatch):
    """Connected to the checked address, TLS still names the host (SNI) and checks its certificate for it."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=outlet.example",
         "-addext", "subjectAltName=DNS:outlet.example",
         "-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"],
        check=True, capture_output=True,
    )  # fmt: skip
    asked = {}

    class Page(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            asked["host"] = self.headers["Host"]
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "13")
            self.end_headers()
            self.wfile.write(b"<p>trang</p>\n")

        def log_message(self, *args):
            pass

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    context.sni_callback = lambda sock, name, ctx: asked.update(sni=name)
    server = HTTPServer(("127.0.0.1", 0), Page)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True).start()
    settings.CURATION_FETCH_PRIVATE_ADDRESSES = True
    monkeypatch.setattr(fetching, "addresses_of", lambda host: ["127.0.0.1"])
    monkeypatch.setattr(fetching.certifi, "where", lambda: str(tmp_path / "cert.pem"))
    port = server.server_address[1]
    try:
        assert fetching.fetch(f"https://outlet.example:{port}/a.html").body == b"<p>trang</p>\n"
        assert asked == {"sni": "outlet.example", "host": f"outlet.example:{port}"}
        with pytest.raises(fetching.FetchError, match="could not connect"):
            fetching.fetch(f"https://elsewhere.example:{port}/a.html")  # the certificate is not for this name
    finally:
        server.shutdown()
        server.server_close()
