"""A local HTTP server for the fetch tests (no outside network): saved pages, a feed, and the
failures a newsroom meets (404, a slow server, a huge response, something that is not a page)."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE_PAGE = """<!doctype html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>Thủ tướng hội đàm với Thủ tướng Nhật Bản | Báo Mẫu</title>
<meta property="og:title" content="Thủ tướng hội đàm với Thủ tướng Nhật Bản">
<meta property="og:site_name" content="Báo Mẫu">
<link rel="canonical" href="{base}/the-gioi/hoi-dam-viet-nhat.html">
<meta property="article:published_time" content="2024-08-06T08:30:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a> <a href="/kinh-te">Kinh tế</a></nav>
<article>
<h1>Thủ tướng hội đàm với Thủ tướng Nhật Bản</h1>
<p>Chiều 5/8, tại Tokyo, Thủ tướng Phạm Văn Khải hội đàm với Thủ tướng Nhật Bản Sato Kenji trong khuôn khổ
chuyến thăm chính thức Nhật Bản. Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, đầu tư và
giáo dục, đồng thời thúc đẩy giao lưu nhân dân giữa hai nước.</p>
<p>Sau hội đàm, hai Thủ tướng chứng kiến lễ trao đổi nhiều văn kiện hợp tác giữa các bộ, ngành của hai nước
trong các lĩnh vực năng lượng, giao thông và nông nghiệp.</p>
</article>
<footer>Bản quyền thuộc về Báo Mẫu</footer>
</body></html>"""

# No date in the metadata: the date line under the title gives it (dateparser).
DATE_LINE_PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Bộ trưởng Ngoại giao điện đàm với người đồng cấp Ấn Độ</title>
</head><body><main><article>
<h1>Bộ trưởng Ngoại giao điện đàm với người đồng cấp Ấn Độ</h1>
<p>Thứ Ba, 12/03/2024 10:15 (GMT+7)</p>
<p>Ngày 11/3, Bộ trưởng Ngoại giao Trần Quốc Hưng điện đàm với Bộ trưởng Ngoại giao Ấn Độ Vikram Rao về hợp tác
song phương. Hai Bộ trưởng nhất trí thúc đẩy các cơ chế hợp tác và trao đổi đoàn các cấp trong thời gian tới,
đồng thời phối hợp chặt chẽ tại các diễn đàn đa phương.</p>
</article></main></body></html>"""

# No publication date anywhere: the year of "Ngày 14/6" is inferred from the text ("7/7/2022"), wrongly.
INFERRED_YEAR_PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Chủ tịch nước hội đàm với Tổng thống Hàn Quốc</title>
<meta property="og:site_name" content="Tin Mẫu"></head><body><article>
<h1>Chủ tịch nước hội đàm với Tổng thống Hàn Quốc</h1>
<p>Ngày 14/6, tại Seoul, Chủ tịch nước Lê Minh Tâm hội đàm với Tổng thống Hàn Quốc Park Jun-ho. Hai bên nhất trí
đưa quan hệ hai nước phát triển sâu rộng hơn trong thời gian tới.</p>
<p>Ngày 7/7/2022, hai nước đã ký Bản ghi nhớ về hợp tác thương mại; kim ngạch thương mại song
phương tăng mạnh, đạt mức cao kỷ lục trong lịch sử quan hệ hai nước.</p>
</article></body></html>"""

NO_ARTICLE_PAGE = """<!doctype html><html><head><title>Trang chủ</title></head><body>
<nav><a href="/a">Thế giới</a> <a href="/b">Kinh tế</a> <a href="/c">Thể thao</a></nav></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Báo Mẫu - Thế giới</title><link>{base}/</link><description>Tin</description>
<item><title>Thủ tướng hội đàm với Thủ tướng Nhật Bản</title><link>{base}/the-gioi/hoi-dam-viet-nhat.html</link>
<pubDate>Tue, 06 Aug 2024 08:30:00 +0700</pubDate></item>
<item><title>Bộ trưởng điện đàm</title><link>{base}/the-gioi/dien-dam.html</link>
<pubDate>Tue, 12 Mar 2024 10:15:00 +0700</pubDate></item>
<item><title>Bài đã gỡ</title><link>{base}/missing.html</link></item>
</channel></rss>"""

# A feed whose first item links to a 1,200-character URL (no article's URL may be that long).
FEED_WITH_A_LONG_LINK = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Báo Mẫu</title><link>{base}/</link><description>Tin</description>
<item><title>Liên kết quá dài</title><link>{base}/the-gioi/{padding}.html</link></item>
<item><title>Thủ tướng hội đàm với Thủ tướng Nhật Bản</title><link>{base}/the-gioi/hoi-dam-viet-nhat.html</link></item>
</channel></rss>"""

HUGE = 50 * 1000 * 1000
SLOW_SECONDS = 3
TRICKLE_BYTES, TRICKLE_SECONDS = 3000, 0.02


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def send(self, body: bytes, content_type: str, status: int = 200, length: int | None = None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - the name http.server calls
        base = f"http://{self.headers['Host']}"
        self.server.requests.append(self.path)
        self.server.hosts.append(self.headers["Host"])
        html = "text/html; charset=utf-8"
        try:
            if self.path == "/the-gioi/hoi-dam-viet-nhat.html":
                self.send(ARTICLE_PAGE.format(base=base).encode(), html)
            elif self.path == "/the-gioi/dien-dam.html":
                self.send(DATE_LINE_PAGE.encode(), html)
            elif self.path == "/the-gioi/hoi-dam-han-quoc.html":
                self.send(INFERRED_YEAR_PAGE.encode(), html)
            elif self.path == "/trang-chu.html":
                self.send(NO_ARTICLE_PAGE.encode(), html)
            elif self.path == "/rss.xml":
                self.send(FEED.format(base=base).encode(), "application/rss+xml; charset=utf-8")
            elif self.path == "/rss-long-link.xml":
                feed = FEED_WITH_A_LONG_LINK.format(base=base, padding="a" * 1200)
                self.send(feed.encode(), "application/rss+xml; charset=utf-8")
            elif self.path == "/data.json":
                self.send(b'{"title": "not a page"}', "application/json")
            elif self.path == "/moved.html":  # to a cloud's metadata service, on the server's own network
                self.send_response(302)
                self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
                self.end_headers()
            elif self.path == "/slow.html":
                time.sleep(SLOW_SECONDS)
                self.send(ARTICLE_PAGE.format(base=base).encode(), html)
            elif self.path == "/trickle.html":  # a byte every fiftieth of a second, for a minute
                self.send_response(200)
                self.send_header("Content-Type", html)
                self.send_header("Content-Length", str(TRICKLE_BYTES))
                self.end_headers()
                self.trickle(b"x" * TRICKLE_BYTES)
            elif self.path == "/trickle-headers.html":  # the same, from the status line on
                self.trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * TRICKLE_BYTES)
            elif self.path == "/huge.html":  # says how big it is: refused before reading
                self.send_response(200)
                self.send_header("Content-Type", html)
                self.send_header("Content-Length", str(HUGE))
                self.end_headers()
                self.stream(HUGE)
            elif self.path == "/huge-unsized.html":  # does not say: refused once the limit is passed
                self.send_response(200)
                self.send_header("Content-Type", html)
                self.end_headers()
                self.stream(HUGE)
            else:
                self.send(b"<html><body>Not found</body></html>", html, status=404)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as it should

    def trickle(self, data: bytes):
        for byte in data:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(TRICKLE_SECONDS)

    def stream(self, size: int):
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        sent = 0
        while sent < size:
            self.wfile.write(chunk)
            sent += len(chunk)


@pytest.fixture
def web(settings):
    """The server's base URL; `web.requests` lists the paths asked for. It listens on loopback, which
    a deployment refuses to fetch from: the tests allow it."""
    settings.CURATION_FETCH_PRIVATE_ADDRESSES = True
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.requests = []
    server.hosts = []  # the Host header of each request
    # A short poll: shutdown() waits for the serving loop to notice, 0.5 s per test by default.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()

    class Web(str):
        requests = server.requests
        hosts = server.hosts

    yield Web(f"http://127.0.0.1:{server.server_address[1]}")
    server.shutdown()
    server.server_close()
