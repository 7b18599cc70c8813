"""A curator's main path in the admin, in a real browser: import (pasted or from a URL), see why a draft
needs attention, fix it from the evidence, publish, merge two persons from a suggestion, see it public."""

import re

import pytest
from playwright.sync_api import expect

from factories import CountryFactory, PersonFactory, PositionFactory
from timeline.models import Event, Person
from timeline.tests.browser import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTICLE = (
    "Bộ trưởng Ngoại giao hai nước hội đàm\n\n"
    "Ngày 5/3/2023, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar "
    "tại Hà Nội.\n"
)


def test_curator_imports_fixes_the_date_publishes_and_sees_it_on_the_timeline(
    browser,
    live_server,
    settings,
    django_user_model,
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
    page.get_by_role("link", name="Nhập bài viết").click()
    page.locator("#id_text").fill(ARTICLE)
    screenshot(page, "curator-01-import")
    page.locator("input[name=_import]").click()
    expect(page.locator(".messagelist")).to_contain_text("đã tạo bài")
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
    expect(page.locator(".messagelist")).to_contain_text("Đã xuất bản 1 sự kiện")
    screenshot(page, "curator-03-published")

    page.goto(live_server.url + "/")
    entry = page.locator("li.entry", has_text=title)
    assert entry.count() == 1 and "6/3/2023" in entry.inner_text()
    screenshot(page, "curator-04-public")
    assert "start" in Event.objects.get(type="talks").curated_fields  # a re-import keeps the curator's date


def log_in(chromium, live_server, django_user_model):
    django_user_model.objects.create_superuser("curator", "curator@example.org", "a-long-passphrase")
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(live_server.url + "/admin/")
    page.locator("#id_username").fill("curator")
    page.locator("#id_password").fill("a-long-passphrase")
    page.locator("input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def test_curator_imports_a_url_sees_why_fixes_the_year_from_the_evidence_publishes_and_merges_persons(
    browser,
    live_server,
    settings,
    django_user_model,
    web,
):
    settings.TIMELINE_PUBLISH_CONFIDENCE = 1.01  # everything the importer finds waits for review
    japan = CountryFactory(iso="JP")
    PositionFactory(person=PersonFactory(name="Suga", country=japan), title="Thủ tướng")
    PositionFactory(person=PersonFactory(name="Suga Yoshihide", country=japan), title="Thủ tướng Nhật Bản")
    page = log_in(browser, live_server, django_user_model)

    page.goto(live_server.url + "/admin/articles/article/import/")
    page.locator("#id_urls").fill(f"{web}/the-gioi/hoi-dam-han-quoc.html")
    page.locator("input[name=_import]").click()
    expect(page.locator(".messagelist")).to_contain_text("đã tạo bài")
    screenshot(page, "curator-05-imported-from-url")

    page.goto(live_server.url + "/admin/timeline/event/?status__exact=draft&type__exact=talks")
    row = page.locator("#result_list tbody tr", has_text="Park Jun-ho")
    # Why it needs attention, and from where.
    expect(row).to_contain_text("năm suy ra (một sự kiện có năm trong bài: 7/7/2022)")
    expect(row).to_contain_text("Hàn Quốc")  # the countries it concerns
    expect(row).to_contain_text("Ngày 14/6, tại Seoul")  # what the evidence says
    screenshot(page, "curator-06-reasons")
    row.locator("th a, td a").first.click()
    panel = page.locator(".evidence-panel")
    expect(panel).to_contain_text("Ngày 14/6, tại Seoul")
    assert panel.bounding_box()["y"] < page.locator("#id_start").bounding_box()["y"]  # evidence first
    page.locator("#id_start").fill("2024-06-14")
    page.locator("#id_end").fill("2024-06-14")
    screenshot(page, "curator-07-evidence-at-the-top")
    page.locator("input[name=_publish]").click()
    expect(page.locator(".messagelist .success")).to_contain_text("đã được xuất bản")
    talks = Event.objects.get(type="talks")
    assert (talks.status, talks.start.isoformat()) == ("published", "2024-06-14")

    page.goto(live_server.url + "/admin/timeline/person/")
    suggestion = page.locator("tr", has_text="Suga Yoshihide").filter(has=page.locator("button"))
    suggestion.locator("button").click()
    expect(page.locator(".merge-table")).to_contain_text("Thủ tướng Nhật Bản")  # the facts side by side
    page.locator("input[name=survivor]").nth(1).check()  # the full name stays
    screenshot(page, "curator-08-merge-persons")
    page.locator("input[type=submit][value='Có, gộp lại']").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã gộp 1 mục vào")
    assert Person.objects.get(name="Suga").merged_into == Person.objects.get(name="Suga Yoshihide")

    page.goto(live_server.url + "/")
    expect(page.locator("li.entry", has_text="Park Jun-ho")).to_contain_text("14/6/2024")
