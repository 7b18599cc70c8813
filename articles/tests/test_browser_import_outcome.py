"""In a real browser, as a Curator (not a superuser): paste an article, see which of its events went public
and which wait and why, undo the import and find the site as it was; then import a file the importer
refuses, find it in the admin, give it a date and see its events extracted."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from playwright.sync_api import expect

from articles.tests.test_import_batches import TALKS_AND_VISIT, UNDATED_CALL, day_precise_events_published  # noqa: F401
from timeline.models import Event
from timeline.tests.browser import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_curator_sees_what_went_public_undoes_it_and_dates_a_refused_file(
    browser, live_server, django_user_model, tmp_path
):
    call_command("create_roles", verbosity=0)
    curator = django_user_model.objects.create_user("bien-tap", password="a-long-passphrase", is_staff=True)
    curator.groups.add(Group.objects.get(name="Curator"))
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    reader = browser.new_page()
    reader.goto(live_server.url + "/")
    site_before = reader.locator("main").inner_text()

    page.goto(live_server.url + "/admin/")
    page.locator("#id_username").fill("bien-tap")
    page.locator("#id_password").fill("a-long-passphrase")
    page.locator("input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    # Paste an article: the page after the import says what went public and what waits, and why.
    page.goto(live_server.url + "/admin/articles/article/import/")
    page.locator("#id_text").fill(TALKS_AND_VISIT)
    page.locator("input[name=_import]").click()
    page.wait_for_url(re.compile(r"/admin/articles/importbatch/\d+/change/$"))
    talks, visit = Event.objects.get(type="talks"), Event.objects.get(type="visit")
    expect(page.locator(".published-events")).to_contain_text(talks.title)
    expect(page.locator(".draft-events")).to_contain_text(visit.title)
    expect(page.locator(".draft-events")).to_contain_text("chỉ biết đến tháng hoặc năm")
    screenshot(page, "import-outcome-01-what-went-public")
    reader.goto(live_server.url + "/")
    expect(reader.locator("main")).to_contain_text(talks.title)

    # Undo it: the events, the article and the persons it brought go, and the site is as it was.
    page.locator("input[name=_undo]").click()
    expect(page.locator(".messagelist .success")).to_contain_text("Đã hoàn tác")
    assert not Event.objects.exists()
    reader.goto(live_server.url + "/")
    assert reader.locator("main").inner_text() == site_before

    # A file the importer cannot date: it waits in the admin, is given a date, and its events are extracted.
    undated = tmp_path / "dien-dam.txt"
    undated.write_text(UNDATED_CALL, encoding="utf-8")
    page.goto(live_server.url + "/admin/articles/article/import/")
    page.locator("#id_files").set_input_files(str(undated))
    page.locator("input[name=_import]").click()
    page.wait_for_url(re.compile(r"/admin/articles/importbatch/\d+/change/$"))
    expect(page.locator(".refused-items")).to_contain_text("không tìm thấy sự kiện có ngày")
    page.goto(live_server.url + "/admin/")
    page.get_by_role("link", name="Mục bị từ chối chờ xử lý").click()
    page.locator("#result_list tbody tr", has_text="dien-dam.txt").locator("input.action-select").check()
    page.locator("select[name=action]").select_option("give_date")
    page.locator("button[name=index]").click()
    page.locator("#id_published").fill("2023-05-20")
    screenshot(page, "import-outcome-02-give-a-date")
    page.locator(".submit-row input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/articles/importbatch/\d+/change/$"))
    call = Event.objects.get()
    assert call.type == "call" and call.start.isoformat() == "2023-05-19"
    expect(page.locator("#content")).to_contain_text(call.title)
    screenshot(page, "import-outcome-03-dated")
