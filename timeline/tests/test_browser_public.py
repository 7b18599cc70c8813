"""A reader's path through the public site, in a real browser (Chromium, Playwright)."""

import re

import pytest
from django.core.management import call_command

from timeline.tests.browser import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(live_server):
    call_command("import_articles", "fixtures/articles", verbosity=0)
    return live_server.url


def test_reader_filters_searches_opens_an_event_and_its_source_then_reads_in_english(browser, site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + "/")
    assert page.locator("html").get_attribute("lang") == "vi"
    entries = page.locator("li.entry")
    assert entries.count() >= 5
    screenshot(page, "01-timeline")

    # Keyboard: the first Tab lands on the skip link, which is then visible.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.locator("a.skip").bounding_box()["x"] >= 0

    # Two filters: the type "visit" and a first year, sent in the URL.
    page.locator("details.filters-box summary").click()
    page.get_by_label("Chuyến thăm").check()
    page.get_by_label("Từ năm").fill("2020")
    page.get_by_role("button", name="Lọc", exact=True).click()
    page.wait_for_url(re.compile(r"type=visit.*year_from=2020"))
    types = page.locator("li.entry .type").all_inner_texts()
    assert types and all("Chuyến thăm" in t for t in types)
    years = [int(y) for y in page.locator("section.year h2").all_inner_texts()]
    assert years and min(years) >= 2020
    screenshot(page, "02-two-filters")

    # Search typed without diacritics finds the name written with them.
    page.goto(site + "/")
    page.locator("details.filters-box summary").click()
    page.get_by_label("Tìm").fill("bui thanh son")
    page.get_by_label("Tìm").press("Enter")
    page.wait_for_url(re.compile(r"q=bui\+thanh\+son"))
    assert page.locator("li.entry").count() >= 1
    assert "Bùi Thanh Sơn" in page.locator("main").inner_text()
    screenshot(page, "03-search-without-diacritics")

    # An event, then its source article with the evidence sentence marked.
    title = page.locator("li.entry h3 a").first.inner_text()
    page.locator("li.entry h3 a").first.click()
    page.wait_for_url(re.compile(r"/events/[^/]+/$"))
    assert page.locator("h1").inner_text() == title
    assert page.locator("meta[property='og:image']").get_attribute("content").endswith("/share.png")
    image_url = page.locator("meta[property='og:image']").get_attribute("content")
    response = page.request.get(image_url)
    assert response.status == 200, (image_url, response.status, response.text()[:300])
    share = page.locator("img.share")
    share.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('img.share').naturalWidth > 0")
    assert share.evaluate("img => [img.naturalWidth, img.naturalHeight]") == [1200, 630]
    screenshot(page, "04-event")
    page.locator("figure.evidence figcaption a").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+/"))
    assert page.locator("main mark").count() >= 1
    screenshot(page, "05-source-article")

    # The language switch keeps the page and writes dates the English way.
    page.goto(site + "/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"/en/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    text = page.locator("main").inner_text()
    assert "Diplomatic timeline" in page.title() and "Oct 2020" in text
    screenshot(page, "06-english")


def test_timeline_fits_a_phone_screen(browser, site):
    page = browser.new_page(viewport={"width": 375, "height": 800}, is_mobile=True)
    for path in ["/", "/relations/vn-jp/"]:
        page.goto(site + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
    page.goto(site + "/")
    assert page.locator("li.entry").first.is_visible()
    screenshot(page, "07-phone")


CONTRAST_JS = """
() => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 4).map(Number);
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c;
    }
    return [255, 255, 255];
  };
  const worst = [];
  for (const el of document.querySelectorAll('main *, header *, footer *')) {
    const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!text || !el.offsetParent) continue;
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) worst.push([el.tagName, el.className, el.textContent.trim().slice(0, 30), ratio.toFixed(2)]);
  }
  return worst;
}
"""


def test_text_contrast_and_visible_keyboard_focus(browser, site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    for path in ["/", "/relations/vn-jp/", "/en/"]:
        page.goto(site + path)
        page.locator("details").evaluate_all("nodes => nodes.forEach(d => d.open = true)")
        assert page.evaluate(CONTRAST_JS) == [], path  # every text at least 4.5:1 against its background
    # Tab through the first controls: each one that takes the focus shows an outline.
    page.goto(site + "/")
    for _ in range(6):
        page.keyboard.press("Tab")
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("", "none"), page.evaluate("document.activeElement.outerHTML")
