"""TimelineJS 3, as a newsroom embeds it on its own site: the script from the npm registry, served by a
second local web server (another origin), loading the relationship's export BY URL from the site under
test. That is what fails without `Access-Control-Allow-Origin` ("unexpected error … [abort]")."""

import functools
import os
import shutil
import subprocess
import tarfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from timeline.tests.browser import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TIMELINEJS = "@knight-lab/timelinejs@3"


def unavailable(reason: str):
    """A test that needs the npm registry skips without it, except in CI, where it fails."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def timelinejs_dist(tmp_path_factory):
    """TimelineJS 3's `dist/` folder, packed by npm into a temporary folder outside the repository."""
    npm = shutil.which("npm")
    if npm is None:
        unavailable("npm not found (apt-get install npm)")
    folder = tmp_path_factory.mktemp("timelinejs")
    try:
        packed = subprocess.run(
            [npm, "pack", TIMELINEJS, "--silent"], cwd=folder, capture_output=True, text=True, timeout=180
        )
    except subprocess.TimeoutExpired:
        unavailable("the npm registry did not answer within 180 s")
    if packed.returncode != 0:
        unavailable(f"npm pack {TIMELINEJS} failed (registry unreachable?): {packed.stderr.strip()[-300:]}")
    with tarfile.open(folder / packed.stdout.strip().splitlines()[-1]) as archive:
        archive.extractall(folder, filter="data")
    return folder / "package" / "dist"


@pytest.fixture
def embedding_site(timelinejs_dist, live_server, tmp_path):
    """Another origin: a page embedding TimelineJS with the export's URL, on a port of its own."""
    shutil.copytree(timelinejs_dist, tmp_path / "dist")
    (tmp_path / "index.html").write_text(
        f"""<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="dist/css/timeline.css"><script src="dist/js/timeline.js"></script></head>
<body><div id="embed" style="width: 1000px; height: 600px"></div><script>
window.timeline = new TL.Timeline("embed", "{live_server.url}/api/timelinejs.json?pair=vn-jp");
</script></body></html>""",
        encoding="utf-8",
    )
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()
    server.server_close()


def test_timelinejs_on_another_site_loads_the_relationship_by_url(browser, embedding_site, live_server):
    call_command("import_articles", "fixtures/articles", publish=True, verbosity=0)  # the seed story, public
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    errors, refused = [], []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # What the site under test answers; the embedding page's own favicon, or a web font TimelineJS asks of
    # a CDN that this closed network cannot reach, are not the export's business.
    page.on("requestfailed", lambda r: r.url.startswith(live_server.url) and refused.append((r.url, r.failure)))
    page.on("response", lambda r: r.url.startswith(live_server.url) and r.status >= 400 and refused.append(r.url))
    page.goto(embedding_site)
    # The markers of the events: the export was fetched across origins and drawn. Otherwise TimelineJS
    # says why in its own message box ("unexpected error … [abort]"), which the failure quotes.
    try:
        page.wait_for_selector(".tl-timemarker", timeout=15_000)
    except PlaywrightTimeoutError:
        screenshot(page, "timelinejs-embedded-by-url")
        pytest.fail(f"TimelineJS drew no event: {page.locator('.tl-message-full').all_inner_texts()} {refused}")
    screenshot(page, "timelinejs-embedded-by-url")
    headlines = page.locator(".tl-slide .tl-headline").all_inner_texts()
    assert "Dòng thời gian ngoại giao" in " ".join(headlines)
    assert any("Suga" in headline for headline in headlines), headlines
    assert not errors and not refused, (errors, refused)
