"""A curator's main path in the admin, in a real browser: import, review, fix, publish, see it public."""

import re

import pytest
from playwright.sync_api import expect

from timeline.models import Event
from timeline.tests.browser import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTICLE = (
    "Bộ trưởng Ngoại giao hai nước hội đàm\n\n"
    "Ngày 5/3/2023, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar tại Hà Nội.\n"
)


def test_curator_imports_fixes_the_date_publishes_and_sees_it_on_the_timeline(
    browser, live_server, settings, django_user_model
):
    settings.TIMELINE_PUBLISH_CONFIDENCE = 1.01  # everything the importer finds waits for review
    django_user_model.objects.create_superuser("curator", "curator@example.org", "a-long-passphrase")
    page = browser.new_page(viewport={"width": 1280, "height": 900})

    page.goto(live_server.url + "/admin/")
    # The admin speaks the site's default language (Vietnamese): controls are found by name, not label.
    page.locator("#id_username").fill("curator")
    page.locator("#id_password").fill("a-long-passphrase")
    page.locator("input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(live_server.url + "/admin/articles/article/")
    page.get_by_role("link", name="Import articles").click()
    page.locator("#id_text").fill(ARTICLE)
    screenshot(page, "curator-01-import")
    page.locator("input[type=submit][value=Import]").click()
    expect(page.locator(".messagelist")).to_contain_text("article created")
    screenshot(page, "curator-02-imported")

    page.goto(live_server.url + "/admin/timeline/event/?status__exact=draft")
    row = page.locator("#result_list tbody tr", has_text="Trần Văn Bình")
    assert row.count() == 1
    title = Event.objects.get(type="talks").title
    reader = browser.new_page()
    reader.goto(live_server.url + "/")
    assert title not in reader.content()  # a draft is not public
    row.locator("th a, td a").first.click()
    page.locator("#id_start").fill("2023-03-06")
    page.locator("#id_end").fill("2023-03-06")
    page.locator("input[name=_save]").click()
    page.wait_for_url(re.compile(r"/admin/timeline/event/(\?.*)?$"))
    expect(page.locator(".messagelist .success")).to_have_count(1)

    page.goto(live_server.url + "/admin/timeline/event/?status__exact=draft")
    page.locator("#result_list tbody tr", has_text="Trần Văn Bình").locator("input.action-select").check()
    page.locator("select[name=action]").select_option("publish")
    page.locator("button[name=index]").click()
    expect(page.locator(".messagelist")).to_contain_text("published")
    screenshot(page, "curator-03-published")

    page.goto(live_server.url + "/")
    entry = page.locator("li.entry", has_text=title)
    assert entry.count() == 1 and "6/3/2023" in entry.inner_text()
    screenshot(page, "curator-04-public")
    assert "start" in Event.objects.get(type="talks").curated_fields  # a re-import keeps the curator's date
