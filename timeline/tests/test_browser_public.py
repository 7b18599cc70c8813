"""A first-time reader's path through the public site, in a real browser (Chromium, Playwright), at a
desktop width (1366 px) and a phone's (375 px), in both languages; axe-core checks every page type."""

import re

import pytest
from django.core.management import call_command

from timeline.tests.browser import SCREENSHOTS, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 375, "height": 740}  # a phone's first screen, under the browser's own bars
DOCS_SCREENSHOT = SCREENSHOTS.parents[1] / "docs" / "timeline.png"


@pytest.fixture
def site(live_server, settings):
    """The seed articles (the Việt Nam–Japan story, every dated event published), and one agreement on a
    published event."""
    from timeline.models import Agreement, Event

    settings.TIMELINE_PUBLISH_CONFIDENCE = 0.0
    call_command("import_articles", "fixtures/articles", verbosity=0)
    # The facts the extraction records carry (the level of the upgrade, the session's number), as the
    # importer writes them into Event's fields.
    Event.objects.filter(type="upgrade", level="").update(level="comprehensive_strategic_partnership")
    Event.objects.filter(type="committee_session", ordinal=None).update(ordinal=12)
    agreement = Agreement.objects.create(name="Tuyên bố chung về Đối tác chiến lược toàn diện")
    Event.objects.published().get(type="upgrade").agreements.add(agreement)
    return live_server.url


def open_page(browser, viewport):
    return browser.new_page(viewport=viewport, is_mobile=viewport["width"] < 500)


def page_types(site):
    """One URL of every public page type, read off the site itself (slugs and ids as imported)."""
    from articles.models import Article
    from timeline.models import Agreement, Event, Person

    event = Event.objects.published().get(type="upgrade")
    person = Person.objects.public().get(name="Bùi Thanh Sơn")
    return {
        "timeline": "/",
        "filtered": "/?person=Bùi Thanh Sơn&type=visit",
        "relationship": "/relations/vn-jp/",
        "relationships": "/relations/",
        "event": event.get_absolute_url(),
        "person": person.get_absolute_url(),
        "agreement": Agreement.objects.public().order_by("pk").first().get_absolute_url(),
        "article": Article.objects.order_by("pk").first().get_absolute_url(),
        "not-found": "/no-such-page/",
    }


def test_first_screen_on_a_phone_shows_the_overview_and_an_event(browser, site):
    page = open_page(browser, PHONE)
    page.goto(site + "/")
    chart = page.locator("svg.overview-chart:visible").bounding_box()
    first_event = page.locator("li.entry").first.bounding_box()
    assert chart["y"] + chart["height"] <= PHONE["height"], chart
    assert first_event["y"] + 40 <= PHONE["height"], first_event  # at least its date and title line
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # The purpose of the site is said before any event.
    assert page.locator("p.purpose").bounding_box()["y"] < first_event["y"]


def test_reader_finds_the_seed_story_from_the_overview_in_two_clicks(browser, site):
    page = open_page(browser, DESKTOP)
    page.goto(site + "/")
    # 1: the overview's key-moments link keeps the visit, the upgrade and the committee session.
    page.locator("section.overview").get_by_role("link", name="Chỉ xem các mốc quan trọng").click()
    page.wait_for_url(re.compile(r"key=1"))
    entries = page.locator("li.entry h3").all_inner_texts()
    story = [
        next(i for i, t in enumerate(entries) if "Suga" in t and "thăm" in t),
        next(i for i, t in enumerate(entries) if "Nâng cấp quan hệ" in t),
        next(i for i, t in enumerate(entries) if "Phiên họp thứ 12" in t),
    ]
    assert story == sorted(story)
    assert "mốc quan trọng" in page.locator("h1").inner_text()
    # 2: the committee session's page, with its sources.
    page.locator("li.entry h3 a", has_text="Phiên họp thứ 12").click()
    page.wait_for_url(re.compile(r"/events/[^/]+/$"))
    assert "Phiên họp thứ 12" in page.locator("h1").inner_text()
    assert page.locator("figure.evidence").count() >= 1


def test_the_overview_years_lead_to_their_events(browser, site):
    page = open_page(browser, DESKTOP)
    page.goto(site + "/relations/vn-jp/")
    assert "Đối tác chiến lược toàn diện" in page.locator(".current-level").inner_text()
    page.locator("svg.overview-chart:visible a[href='#y2023']").click()
    page.wait_for_url(re.compile(r"#y2023$"))
    assert page.locator("#y2023").is_visible()


def test_filters_by_name_say_what_they_show_and_answer_a_bad_value(browser, site):
    page = open_page(browser, DESKTOP)
    page.goto(site + "/")
    page.locator("details.more-filters summary").click()
    page.get_by_label("Nhân vật").fill("Bùi Thanh Sơn")
    page.get_by_role("checkbox", name="Chuyến thăm").check()
    page.locator("details.more-filters").get_by_role("button", name="Lọc").click()
    page.wait_for_url(re.compile(r"person=B"))
    assert page.locator("li.entry").count() >= 1
    h1 = page.locator("h1").inner_text()
    assert "Bùi Thanh Sơn" in h1 and "Chuyến thăm" in h1 and "Bùi Thanh Sơn" in page.title()
    screenshot(page, "filtered-by-name")
    page.goto(site + "/?person=Ai+Do&year_from=0")
    alert = page.get_by_role("alert").inner_text()
    assert "Không tìm thấy nhân vật: Ai Do." in alert and "Từ năm" in alert
    # Search typed without diacritics, in the box that is always visible.
    page.goto(site + "/")
    page.get_by_label("Tìm", exact=True).fill("bui thanh son")
    page.get_by_label("Tìm", exact=True).press("Enter")
    page.wait_for_url(re.compile(r"q=bui\+thanh\+son"))
    assert "Bùi Thanh Sơn" in page.locator("main").inner_text()


def test_english_search_finds_the_japan_events_and_english_is_english(browser, site):
    page = open_page(browser, DESKTOP)
    page.goto(site + "/en/?q=japan")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("li.entry").count() >= 3
    text = page.locator("main").inner_text()
    assert "Viet Nam – Japan" in text and "Japan → Viet Nam" in text or "Viet Nam → Japan" in text
    assert "Place: Nhật Bản" not in text
    # Whatever stays Vietnamese is marked so.
    for node in page.locator("main [lang='vi']").all()[:5]:
        assert node.inner_text().strip()
    page.goto(site + "/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"/en/$"))
    assert "Diplomatic timeline" in page.title() and "Oct 2020" in page.locator("main").inner_text()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_type_passes_axe_and_is_photographed_at_both_widths(browser, site, language):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    prefix = "/en" if language == "en" else ""
    for viewport, width_name in [(DESKTOP, "1366"), (PHONE, "375")]:
        page = open_page(browser, viewport)
        for name, path in page_types(site).items():
            response = page.goto(site + prefix + path)
            assert response.status == (404 if name == "not-found" else 200), path
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], (path, width_name)
            screenshot(page, f"{name}-{language}-{width_name}")
            if width_name == "1366" and name == "timeline" and language == "vi":
                page.screenshot(path=str(DOCS_SCREENSHOT))
            # Every part a reader can open is checked too: the filters, the table of the overview.
            page.locator("details").evaluate_all("nodes => nodes.forEach(d => d.open = true)")
            violations = axe.run(page).response["violations"]
            assert violations == [], (
                path,
                width_name,
                [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations],
            )
        page.close()


def test_keyboard_focus_is_visible(browser, site):
    page = open_page(browser, DESKTOP)
    page.goto(site + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    for _ in range(8):
        page.keyboard.press("Tab")
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("", "none"), page.evaluate("document.activeElement.outerHTML")


STORY_LABELS = {
    "vi": ["Suga thăm Việt Nam", "Đối tác chiến lược toàn diện", "Ủy ban Hợp tác lần thứ 12"],
    "en": ["Suga visit", "Comprehensive Strategic Partnership", "12th Cooperation Committee"],
}


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366", "375"])
def test_the_seed_story_is_three_labelled_moments_and_one_entry_per_occasion(browser, site, language, viewport):
    page = open_page(browser, viewport)
    page.goto(site + ("/en" if language == "en" else "") + "/relations/vn-jp/")
    overview = page.locator("section.overview")
    for label in STORY_LABELS[language]:
        # On a wide screen the label is written beside its marker; on a phone, in the numbered list.
        shown = overview.locator("text.moment-label:visible, .moment-list li:visible", has_text=label)
        assert shown.count() == 1, label
        box = shown.first.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], (label, box)
    # Labels in the chart never overlap one another.
    boxes = [node.bounding_box() for node in overview.locator("svg:visible a").all()]
    labels = [box for box in boxes if box["height"] < 25]
    for n, one in enumerate(labels):
        for other in labels[n + 1 :]:
            apart = (
                one["x"] + one["width"] <= other["x"] + 1
                or other["x"] + other["width"] <= one["x"] + 1
                or one["y"] + one["height"] <= other["y"] + 1
                or other["y"] + other["height"] <= one["y"] + 1
            )
            assert apart, (one, other)
    # The minister's visit of August 2024 is one entry, its talks and the committee session inside it.
    visit = page.locator("li.entry", has=page.locator("h3", has_text=re.compile("Bùi Thanh Sơn|Viet Nam to Japan")))
    visit = visit.filter(has=page.locator("time[datetime='2024-08-07']"))
    assert visit.count() == 1
    parts = visit.locator("li.part h4").all_inner_texts()
    assert len(parts) == 2 and any(re.search("Hội đàm|Talks", text) for text in parts), parts
    session = page.locator("h3, h4", has_text=re.compile("Phiên họp thứ 12|12th"))
    assert session.count() == 1 and session.first.evaluate("node => node.tagName") == "H4"
    assert page.locator("li.entry.type-visit h3", has_text="Suga").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    screenshot(page, f"story-{language}-{viewport['width']}")


@pytest.mark.parametrize("path", ["/", "/relations/vn-jp/", "/en/relations/vn-jp/"])
def test_on_a_phone_the_overview_shows_its_whole_span_and_the_text_wraps(browser, site, path):
    page = open_page(browser, PHONE)
    page.goto(site + path)
    chart = page.locator("svg.overview-chart:visible")
    years = chart.locator("text.year").all()
    first, last = years[0], years[-1]
    for year in (first, last):
        box = year.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (year.inner_text(), box)
    assert int(first.text_content()) < int(last.text_content())
    page.locator("details.overview-table summary").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    table = page.locator("details.overview-table table").bounding_box()
    assert table["x"] + table["width"] <= PHONE["width"]
    screenshot(page, "overview-text-375" + path.replace("/", "-").rstrip("-"))
