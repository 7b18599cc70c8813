"""Articles from the web: a page fetched by URL or saved as .html, turned into text and metadata.

The fetch is bounded (a timeout, a size limit, a content-type check) and each failure is a
FetchError naming the URL and saying why in words a curator understands. The main text comes from
trafilatura; the title, outlet and canonical URL from the page's metadata (trafilatura), the
publication date from its metadata (htmldate) or else from a date line at the top of the text,
read by dateparser.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import dateparser
import htmldate
import requests
import trafilatura
from django.conf import settings
from django.utils.translation import gettext as _

from articles.importer import ArticleFileError

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
    return source.startswith(("http://", "https://"))


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


def refuse_unsafe_address(url: str) -> None:
    """FetchError unless `url` is http(s) on a host whose every address is public: a curator's link (or a
    feed's, or a redirect's) must not make the server reach its own network — the database, Redis, a
    cloud's metadata service. CURATION_FETCH_PRIVATE_ADDRESSES=1 allows them (an intranet outlet, tests)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, _("không phải địa chỉ http:// hoặc https://"))
    if settings.CURATION_FETCH_PRIVATE_ADDRESSES:
        return
    try:
        found = addresses_of(parts.hostname)
    except (OSError, UnicodeError, ValueError):
        raise FetchError(url, _("không tìm thấy máy chủ %(host)s") % {"host": parts.hostname}) from None
    for text in found:
        address = ipaddress.ip_address(text.split("%")[0])
        if address.version == 6 and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global:
            raise FetchError(
                url,
                _(
                    "%(host)s là địa chỉ nội bộ (%(address)s): không lấy trang từ mạng nội bộ "
                    "(CURATION_FETCH_PRIVATE_ADDRESSES=1 cho phép, cả ở tiến trình Celery)"
                )
                % {"host": parts.hostname, "address": address},
            )


def get_following_redirects(url: str, **request) -> requests.Response:
    """The response at the end of `url`'s redirects, each hop's address checked before it is asked
    (requests would follow a redirect to a private address unchecked). The caller closes it."""
    for _hop in range(MAX_REDIRECTS + 1):
        refuse_unsafe_address(url)
        response = requests.get(url, allow_redirects=False, stream=True, **request)
        if not response.is_redirect:
            return response
        response.close()
        url = urljoin(url, response.headers["Location"])
    raise requests.TooManyRedirects


def fetch(url: str, *, accept: tuple[str, ...] = HTML_TYPES, what: str = "") -> Fetched:
    """The body of `url`, or FetchError: not http(s), a private address, no answer in time, an error
    status, another content type than `accept`, or more than CURATION_FETCH_MAX_BYTES (checked as it
    arrives)."""
    what = what or _("trang web")
    timeout = float(settings.CURATION_FETCH_TIMEOUT)
    limit = int(settings.CURATION_FETCH_MAX_BYTES)
    headers = {"User-Agent": settings.CURATION_FETCH_USER_AGENT, "Accept": ", ".join(accept)}
    try:
        with get_following_redirects(url, headers=headers, timeout=timeout) as response:
            if response.status_code >= 400:
                answer = {"status": response.status_code, "reason": response.reason}
                raise FetchError(url, _("máy chủ trả lời %(status)s %(reason)s") % answer)
            content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if content_type not in accept:
                raise FetchError(
                    url,
                    _("máy chủ gửi %(type)s, không phải %(what)s") % {"type": content_type or "?", "what": what},
                )
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit():
                refuse_oversized(url, int(declared))
            body, deadline = bytearray(), time.monotonic() + 3 * timeout
            for chunk in response.iter_content(64 * 1024):
                body += chunk
                if len(body) > limit:
                    raise FetchError(url, _("nội dung nặng hơn giới hạn %(limit)s") % sizes(len(body), limit))
                if time.monotonic() > deadline:
                    seconds = {"seconds": f"{3 * timeout:g}"}
                    raise FetchError(url, _("nội dung không về hết trong %(seconds)s giây") % seconds)
            charset = CHARSET.search(response.headers.get("Content-Type", ""))
            return Fetched(response.url, content_type, bytes(body), charset.group(1) if charset else "")
    except requests.Timeout:
        raise FetchError(url, _("không có trả lời trong %(seconds)s giây") % {"seconds": f"{timeout:g}"}) from None
    except requests.TooManyRedirects:
        raise FetchError(url, _("chuyển hướng quá nhiều lần")) from None
    except requests.ConnectionError as exc:
        raise FetchError(url, _("không kết nối được (%(error)s)") % {"error": type(exc).__name__}) from None
    except requests.RequestException as exc:
        raise FetchError(url, _("lấy trang thất bại (%(error)s)") % {"error": type(exc).__name__}) from None


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
