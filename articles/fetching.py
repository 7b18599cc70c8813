"""Articles from the web: a page fetched by URL or saved as .html, turned into text and metadata.

The fetch is bounded (a timeout, a size limit, a content-type check) and each failure is a
FetchError naming the URL and saying why in words a curator understands. The main text comes from
trafilatura; the title, outlet and canonical URL from the page's metadata (trafilatura), the
publication date from its metadata (htmldate) or else from a date line at the top of the text,
read by dateparser.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import threading
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import certifi
import dateparser
import htmldate
import trafilatura
import urllib3
from django.conf import settings
from django.utils.translation import gettext as _
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.util.ssl_match_hostname import CertificateError

from articles.article_files import ArticleFileError
from articles.models import URL_MAX_CHARS

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
CHARSET = re.compile(r";\s*charset=\"?([\w.:-]+)", re.IGNORECASE)
# Shorter than this, what trafilatura finds is a menu or a teaser, not an article.
MIN_ARTICLE_CHARS = 200
# A date line is short and near the top: "Thứ Ba, 06/08/2024 08:00 (GMT+7)".
DATE_LINE_MAX_CHARS = 60
DATE_LINE_WITHIN_LINES = 6
MAX_REDIRECTS = 5
DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",  # 06/08/2024 is the 6th of August in Vietnamese pages
    "REQUIRE_PARTS": ["day", "month", "year"],  # a date line without its year gives no publication date
    "RETURN_AS_TIMEZONE_AWARE": False,
}


class FetchError(ArticleFileError):
    """A URL or saved page that gives no article, with the reason."""


def is_url(source: str) -> bool:
    """http(s)://… in any case: a scheme is case-insensitive (`HTTP://` is a URL, not a file name)."""
    return source[:8].lower().startswith(("http://", "https://"))


@dataclass
class Fetched:
    url: str  # after redirects
    content_type: str
    body: bytes
    charset: str = ""  # as the server named it; otherwise the page's own <meta charset> decides

    def html(self) -> str | bytes:
        if self.charset:
            try:
                return self.body.decode(self.charset, errors="replace")
            except LookupError:  # a charset Python does not know: let the page say
                pass
        return self.body


def sizes(size: int, limit: int) -> dict:
    return {"size": f"{size / 1_000_000:g} MB", "limit": f"{limit / 1_000_000:g} MB"}


def addresses_of(host: str) -> list[str]:
    """The IP addresses `host` resolves to."""
    return [sockaddr[0] for *_rest, sockaddr in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)]


def refuse_long_url(url: str) -> None:
    """FetchError for a URL longer than an article's URL may be (1,000 characters): it could be neither
    recorded nor imported, so it is not fetched either."""
    if len(url) > URL_MAX_CHARS:
        limits = {"n": f"{len(url):,}", "limit": f"{URL_MAX_CHARS:,}"}
        raise FetchError(url[:100] + "…", _("địa chỉ dài %(n)s ký tự, quá giới hạn %(limit)s") % limits)


def is_private(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Loopback, private, link-local, reserved…: anything not on the public internet."""
    return not address.is_global


def checked_address(url: str) -> str:
    """The address to connect to for `url`, once its host is checked: FetchError unless `url` is http(s) on
    a host whose every address is public. A curator's link (or a feed's, or a redirect's) must not make the
    server reach its own network — the database, Redis, a cloud's metadata service;
    CURATION_FETCH_PRIVATE_ADDRESSES=1 allows them (an intranet outlet, tests). The fetch connects to the
    address returned, never resolving the host again: a DNS answer that changes between the check and the
    connection (DNS rebinding) cannot lead it elsewhere."""
    refuse_long_url(url)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, _("không phải địa chỉ http:// hoặc https://"))
    try:
        found = [ipaddress.ip_address(text.split("%")[0]) for text in addresses_of(parts.hostname)]
    except (OSError, UnicodeError, ValueError):
        raise FetchError(url, _("không tìm thấy máy chủ %(host)s") % {"host": parts.hostname}) from None
    if not found:
        raise FetchError(url, _("không tìm thấy máy chủ %(host)s") % {"host": parts.hostname})
    for address in found:
        if address.version == 6 and address.ipv4_mapped:
            address = address.ipv4_mapped
        if is_private(address) and not settings.CURATION_FETCH_PRIVATE_ADDRESSES:
            raise FetchError(
                url,
                _(
                    "%(host)s là địa chỉ nội bộ (%(address)s): không lấy trang từ mạng nội bộ "
                    "(CURATION_FETCH_PRIVATE_ADDRESSES=1 cho phép, cả ở tiến trình Celery)"
                )
                % {"host": parts.hostname, "address": address},
            )
    return str(found[0])


class Deadline:
    """The end of a whole fetch (CURATION_FETCH_TOTAL_SECONDS), whatever the server does: at that moment
    the connection in use is shut, so a server that trickles its headers or its body a byte at a time is
    cut there, not after one socket timeout per byte."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.connection: HTTPConnection | None = None
        # Kept apart: http.client forgets the connection's socket once a response that closes it has begun.
        self.sock: socket.socket | None = None
        self.timer = threading.Timer(seconds, self.cut)
        self.timer.daemon = True

    def cut(self):
        if self.sock is not None:
            with suppress(OSError):
                self.sock.shutdown(socket.SHUT_RDWR)

    def passed(self) -> bool:
        return time.monotonic() >= self.ends

    def remaining(self, timeout: float) -> float:
        return max(0.01, min(timeout, self.ends - time.monotonic()))

    def close(self):
        if self.connection is not None:
            self.connection.close()
        if self.sock is not None:
            self.sock.close()

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.cancel()


def connect(url: str, deadline: Deadline, timeout: float) -> HTTPConnection:
    """A connection to the checked address of `url`'s host; for https, the TLS name (SNI) and the
    certificate checked are the host's."""
    parts = urlsplit(url)
    address = checked_address(url)
    if parts.scheme == "https":
        connection = HTTPSConnection(
            address,
            parts.port or 443,
            timeout=deadline.remaining(timeout),
            server_hostname=parts.hostname,
            assert_hostname=parts.hostname,
            cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(),
        )
    else:
        connection = HTTPConnection(address, parts.port or 80, timeout=deadline.remaining(timeout))
    deadline.connection = connection
    connection.connect()
    deadline.sock = connection.sock
    if deadline.passed():  # connected just as the deadline passed: cut() found no socket yet
        deadline.cut()
    return connection


class TooManyRedirects(Exception):
    pass


def get_following_redirects(url: str, deadline: Deadline, headers: dict, timeout: float):
    """(the final URL, the response at the end of `url`'s redirects), each hop's address checked before it is
    asked and connected to as checked. The caller closes the response."""
    for _hop in range(MAX_REDIRECTS + 1):
        connection = connect(url, deadline, timeout)
        parts = urlsplit(url)
        target = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        host = parts.netloc.rsplit("@", 1)[-1]  # as the URL names it, port included
        connection.request("GET", target, headers={**headers, "Host": host}, preload_content=False)
        response = connection.getresponse()
        location = response.headers.get("Location")
        if response.status not in (301, 302, 303, 307, 308) or not location:
            return url, response
        response.release_conn()
        connection.close()
        url = urljoin(url, location)
    raise TooManyRedirects


def fetch(url: str, *, accept: tuple[str, ...] = HTML_TYPES, what: str = "") -> Fetched:
    """The body of `url`, or FetchError: not http(s), a private address, no answer in time, an error
    status, another content type than `accept`, more than CURATION_FETCH_MAX_BYTES (checked as it
    arrives), or not all there within CURATION_FETCH_TOTAL_SECONDS."""
    what = what or _("trang web")
    timeout = float(settings.CURATION_FETCH_TIMEOUT)
    limit = int(settings.CURATION_FETCH_MAX_BYTES)
    headers = {"User-Agent": settings.CURATION_FETCH_USER_AGENT, "Accept": ", ".join(accept)}
    with Deadline(float(settings.CURATION_FETCH_TOTAL_SECONDS)) as deadline:
        try:
            return read_response(url, deadline, headers, timeout, limit, accept, what)
        except FetchError:
            raise
        except Exception as exc:
            if deadline.passed():
                seconds = {"seconds": f"{deadline.seconds:g}"}
                raise FetchError(url, _("nội dung không về hết trong %(seconds)s giây") % seconds) from None
            if isinstance(exc, (socket.timeout, TimeoutError, urllib3.exceptions.TimeoutError)):
                seconds = {"seconds": f"{timeout:g}"}
                raise FetchError(url, _("không có trả lời trong %(seconds)s giây") % seconds) from None
            if isinstance(exc, TooManyRedirects):
                raise FetchError(url, _("chuyển hướng quá nhiều lần")) from None
            if isinstance(exc, (OSError, urllib3.exceptions.HTTPError, http.client.HTTPException, CertificateError)):
                raise FetchError(url, _("không kết nối được (%(error)s)") % {"error": type(exc).__name__}) from None
            raise
        finally:
            deadline.close()


def read_response(url, deadline: Deadline, headers, timeout, limit, accept, what) -> Fetched:
    url, response = get_following_redirects(url, deadline, headers, timeout)
    if response.status >= 400:
        answer = {"status": response.status, "reason": response.reason}
        raise FetchError(url, _("máy chủ trả lời %(status)s %(reason)s") % answer)
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type not in accept:
        raise FetchError(
            url, _("máy chủ gửi %(type)s, không phải %(what)s") % {"type": content_type or "?", "what": what}
        )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit():
        refuse_oversized(url, int(declared))
    body = bytearray()
    for chunk in response.stream(64 * 1024):
        body += chunk
        if len(body) > limit:
            raise FetchError(url, _("nội dung nặng hơn giới hạn %(limit)s") % sizes(len(body), limit))
    if deadline.passed():  # cut: what arrived is not the whole page
        raise TimeoutError
    charset = CHARSET.search(response.headers.get("Content-Type", ""))
    return Fetched(url, content_type, bytes(body), charset.group(1) if charset else "")


@dataclass
class WebArticle:
    """What the importer needs of a page."""

    text: str  # the title, then the main text, as the importer reads a pasted article
    title: str
    outlet: str
    url: str | None
    published: date | None
    published_from: str  # "metadata", "date line: …" or ""


def date_from_line(text: str) -> tuple[date | None, str]:
    """The date of a date line near the top of the text ('Thứ Ba, 06/08/2024 08:00'), and the line."""
    for line in text.splitlines()[:DATE_LINE_WITHIN_LINES]:
        line = line.strip()
        if not line or len(line) > DATE_LINE_MAX_CHARS or not re.search(r"\d", line):
            continue
        parsed = dateparser.parse(line, languages=["vi", "en"], settings=DATEPARSER_SETTINGS)
        if parsed:
            return parsed.date(), line
    return None, ""


def read_page(html: str | bytes, *, name: str, url: str | None = None) -> WebArticle:
    """The article in a page: FetchError (naming `name`) when the page holds none."""
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    body = (document.text or "").strip() if document else ""
    if len(body) < MIN_ARTICLE_CHARS:
        raise FetchError(name, _("không tìm thấy bài viết trên trang"))
    title = (document.title or "").strip()
    published, published_from = None, ""
    found = htmldate.find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if found:
        published, published_from = date.fromisoformat(found), "metadata"
    else:
        published, line = date_from_line(body)
        published_from = f"date line: {line}" if published else ""
    canonical = document.url if document.url and is_url(document.url) else url
    return WebArticle(
        text=f"{title}\n\n{body}" if title and not body.startswith(title) else body,
        title=title,
        outlet=(document.sitename or document.hostname or "").strip()[:200],
        url=canonical,
        published=published,
        published_from=published_from,
    )


def fetch_article(url: str) -> WebArticle:
    fetched = fetch(url)
    return read_page(fetched.html(), name=url, url=fetched.url)


def refuse_oversized(name: str, size: int):
    """FetchError when `size` bytes pass CURATION_FETCH_MAX_BYTES: a saved page gets the fetched ones' limit."""
    limit = int(settings.CURATION_FETCH_MAX_BYTES)
    if size > limit:
        raise FetchError(name, _("nội dung nặng %(size)s, quá giới hạn %(limit)s") % sizes(size, limit))


def read_saved_page(path: Path | str) -> WebArticle:
    """A page saved from the browser (.html): its canonical URL, if it names one, is the article's."""
    path = Path(path)
    refuse_oversized(str(path), path.stat().st_size)
    data = path.read_bytes()
    if not data.strip():
        raise FetchError(str(path), _("tệp rỗng"))
    return read_page(data, name=str(path))
