"""The review queue says why: each draft's reasons, countries and evidence in the list; the evidence in
its context at the top of the form; save and publish, save and open the next draft; possible duplicates;
undated articles dated once; persons who may be one; the merge page with the facts side by side."""

from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from articles.importer import ArticleImporter
from articles.models import Article
from factories import (
    ArticleFactory,
    CountryFactory,
    EventFactory,
    MentionFactory,
    ParticipationFactory,
    PersonFactory,
    PositionFactory,
)
from timeline.models import Event

pytestmark = pytest.mark.django_db
EVENTS = "/en/admin/timeline/event/"
ARTICLES = "/en/admin/articles/article/"
PERSONS = "/en/admin/timeline/person/"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_each_draft_shows_its_reasons_countries_and_evidence_in_the_list(admin_client):
    article = ArticleFactory(year=2024, year_source="text: 7/7/2024", year_basis="text")
    draft = EventFactory(
        status="draft",
        title="Hội đàm cấp cao",
        confidence=0.3,
        year_inferred=True,
        planned=True,
        draft_reason="visit_incomplete",
    )
    draft.countries.add(CountryFactory(iso="JP"))
    MentionFactory(event=draft, article=article, sentence="Hai bên <b>hội đàm</b> tại Tokyo.")
    twin = EventFactory(status="draft", type=draft.type, start=draft.start, title="Cuộc gặp tại Tokyo")
    person = PersonFactory()
    ParticipationFactory(event=twin, person=person)
    ParticipationFactory(event=EventFactory(status="published", type=draft.type, start=draft.start), person=person)
    page = admin_client.get(EVENTS, {"status__exact": "draft"}).content.decode()
    row = page[page.index("Hội đàm cấp cao") : page.index("</tr>", page.index("Hội đàm cấp cao"))]
    reasons = [
        "a visit without its visiting or host country",
        "year inferred (a dated event in the article: 7/7/2024)",
        "no participant",
    ]
    for reason in [*reasons, "low confidence", "single source"]:
        assert reason in row
    assert "planned, yet the date has passed" in row  # 3/5/2024 is past
    assert "Japan" in row and "Nhật Bản" not in row and "Hai bên &lt;b&gt;hội đàm&lt;/b&gt; tại Tokyo." in row
    assert 'class="badge status-draft"' in row and "low · 30%" in row
    twin_row = page[page.index("Cuộc gặp tại Tokyo") :]
    assert "possible duplicate of #" in twin_row[: twin_row.index("</tr>")]


def test_possible_duplicates_queue(admin_client):
    person = PersonFactory()
    first = EventFactory(type="talks", start=date(2023, 3, 5), title="Hội đàm thứ nhất")
    second = EventFactory(type="talks", start=date(2023, 3, 5), end=date(2023, 3, 6), title="Hội đàm thứ hai")
    EventFactory(type="talks", start=date(2023, 3, 5), title="Hội đàm khác")  # nobody shared
    for event in (first, second):
        ParticipationFactory(event=event, person=person)
    page = admin_client.get(EVENTS, {"duplicates": "yes"}).content.decode()
    assert "Hội đàm thứ nhất" in page and "Hội đàm thứ hai" in page and "Hội đàm khác" not in page
    assert 'href="?duplicates=yes">Possible duplicate pairs (1)</a>' in admin_client.get(EVENTS).content.decode()


def test_the_form_opens_with_the_evidence_in_context_and_publishes_then_opens_the_next_draft(admin_client):
    text = (
        "Hai nước hội đàm\n\nChiều 4/3/2023, đoàn đại biểu đến Hà Nội. "
        "Ngày 5/3/2023, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar. "
        "Hai bên nhất trí tăng cường hợp tác.\n"
    )
    ArticleImporter().import_text(text, source_name="hoi-dam.txt")
    Event.objects.update(status="draft")
    event = Event.objects.get(type="talks")
    later = EventFactory(status="draft", start=date(2023, 4, 1), title="Bản nháp sau")
    url = reverse("admin:timeline_event_change", args=[event.pk])
    page = admin_client.get(url).content.decode()
    panel = page[page.index('class="evidence-panel"') : page.index("</section>")]
    assert page.index("</section>") < page.index('id="id_title"')  # at the top, above title and date
    assert "đoàn đại biểu đến Hà Nội" in panel and "<mark>Ngày 5/3/2023" in panel
    assert "Hai bên nhất trí tăng cường hợp tác." in panel
    assert 'name="_publish"' in page and 'name="_next_draft"' in page

    data = form_data(event, _publish="Save and publish")
    response = admin_client.post(url, data)
    event.refresh_from_db()
    assert event.status == "published" and "status" in event.curated_fields
    assert response["Location"] == reverse("admin:timeline_event_change", args=[later.pk])

    later_url = reverse("admin:timeline_event_change", args=[later.pk])
    response = admin_client.post(later_url, form_data(later, _next_draft="next", title="Bản nháp đã sửa"))
    later.refresh_from_db()
    assert later.title == "Bản nháp đã sửa" and later.status == "draft"
    assert response["Location"].endswith("?status__exact=draft")  # no other draft: back to the queue


def form_data(event, **changes):
    data = {
        "type": event.type, "title": event.title, "title_en": "", "start": event.start.isoformat(),
        "end": event.end.isoformat(), "precision": event.precision, "place": event.place, "status": event.status,
        "confidence": event.confidence,
        "participations-TOTAL_FORMS": event.participations.count(),
        "participations-INITIAL_FORMS": event.participations.count(),
        "mentions-TOTAL_FORMS": event.mentions.count(), "mentions-INITIAL_FORMS": event.mentions.count(),
    }  # fmt: skip
    for n, participation in enumerate(event.participations.all()):
        data[f"participations-{n}-id"] = participation.pk
        data[f"participations-{n}-event"] = event.pk
        data[f"participations-{n}-person"] = participation.person_id
        data[f"participations-{n}-role"] = participation.role
    for n, mention in enumerate(event.mentions.all()):
        data[f"mentions-{n}-id"] = mention.pk
        data[f"mentions-{n}-event"] = event.pk
    data.update(changes)
    return data


UNDATED = (
    "Bộ trưởng hai nước hội đàm\n\n"
    "Ngày 5/3, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar tại Hà Nội.\n"
)


def test_an_undated_article_waits_in_needs_a_date_and_is_dated_once_at_any_precision(admin_client):
    report = ArticleImporter().import_text(UNDATED, source_name="khong-nam.txt")
    article = report.article
    # Kept, its event waiting as a year-unknown draft.
    assert article.year is None and Event.objects.get().year_unknown and Event.objects.get().status == "draft"
    MentionFactory(article=ArticleFactory(title="Bài đã có ngày", year=2024))
    page = admin_client.get(ARTICLES, {"needs_date": "yes"}).content.decode()
    assert "Bộ trưởng hai nước hội đàm" in page and "Bài đã có ngày" not in page
    assert "Needs a date (1)" in admin_client.get(ARTICLES).content.decode()

    action = {"action": "set_publication_date", "_selected_action": [article.pk]}
    form = admin_client.post(ARTICLES, action).content.decode()
    assert 'name="published"' in form and "Bộ trưởng hai nước hội đàm" in form
    refused = admin_client.post(ARTICLES, {**action, "published": "2023-13"}).content.decode()
    assert "“2023-13” is not a date of the calendar" in refused
    article.refresh_from_db()
    assert article.year is None and not Event.objects.filter(mentions__article=article, year_unknown=False).exists()

    done = admin_client.post(ARTICLES, {**action, "published": "2023"}, follow=True).content.decode()
    assert "published 2023; 1 new event(s), 0 told again" in done
    article.refresh_from_db()
    assert (article.published, article.published_source, article.year) == (date(2023, 1, 1), "given", 2023)
    assert Event.objects.get(mentions__article=article).start == date(2023, 3, 5)
    assert "Bộ trưởng hai nước hội đàm" not in admin_client.get(ARTICLES, {"needs_date": "yes"}).content.decode()


def test_importing_the_undated_text_again_with_its_date_dates_it_instead_of_refusing(admin_client):
    ArticleImporter().import_text(UNDATED, source_name="khong-nam.txt")
    admin_client.post("/en/admin/articles/article/import/", {"text": UNDATED, "published": "2023-03-06"})
    assert Article.objects.count() == 1 and Article.objects.get().published == date(2023, 3, 6)
    assert Event.objects.get().start == date(2023, 3, 5)


def test_suga_and_suga_yoshihide_are_suggested_and_merged_from_the_suggestion(admin_client):
    japan = CountryFactory(iso="JP")
    short = PersonFactory(name="Suga", country=japan)
    full = PersonFactory(name="Suga Yoshihide", country=japan)
    PositionFactory(person=short, title="Thủ tướng")
    PositionFactory(person=full, title="Thủ tướng Nhật Bản")
    PersonFactory(name="Suga Hiroshi", country=CountryFactory(iso="KR"))  # another country: not suggested
    swapped = PersonFactory(name="Fumio Kishida", country=japan)
    PersonFactory(name="Kishida Fumio", country=japan)
    page = admin_client.get(PERSONS).content.decode()
    section = page[page.index("Possibly the same person") : page.index('id="changelist"')]
    assert "Suga Yoshihide" in section and "same country and office (thu tuong)" in section
    assert "Suga Hiroshi" not in section and "Fumio Kishida" in section and "one name written two ways" in section
    assert section.count("one name written two ways") == 1  # Kishida's two spellings, no one with themself
    assert f'name="_selected_action" value="{short.pk}"' in section and "Merge…</button>" in section

    event = ParticipationFactory(person=short).event
    MentionFactory(event=event, sentence="Thủ tướng Suga thăm Việt Nam.")
    confirm = admin_client.post(
        PERSONS, {"action": "merge_selected", "_selected_action": [short.pk, full.pk]}
    ).content.decode()
    table = confirm[confirm.index('class="merge-table"') :]
    assert "<td>Thủ tướng Nhật Bản</td>" in table and "<td>Thủ tướng</td>" in table and event.title in table
    admin_client.post(
        PERSONS,
        {"action": "merge_selected", "_selected_action": [short.pk, full.pk], "confirm": "yes", "survivor": full.pk},
    )
    short.refresh_from_db()
    assert short.merged_into == full and list(event.participants.all()) == [full]
    assert swapped.pk  # untouched


def test_the_event_merge_page_shows_each_candidates_facts_side_by_side(admin_client):
    first = EventFactory(title="Hội đàm tại Tokyo", place="Tokyo", type="talks")
    second = EventFactory(title="Hội đàm Việt – Nhật", place="", type="talks")
    MentionFactory(event=first, sentence="Hai Thủ tướng hội đàm tại Tokyo.", article=ArticleFactory(title="Báo A"))
    MentionFactory(event=second, sentence="Chiều 3/5, hai bên hội đàm.", article=ArticleFactory(title="Báo B"))
    ParticipationFactory(event=second, person=PersonFactory(name="Sato Kenji"))
    page = admin_client.post(EVENTS, {"action": "merge_selected", "_selected_action": [first.pk, second.pk]})
    table = page.content.decode()
    table = table[table.index('class="merge-table"') :]
    for fact in ("Place", "Participants", "Sources", "Evidence", "Tokyo", "Sato Kenji", "Báo A", "Báo B"):
        assert fact in table
    assert "Hai Thủ tướng hội đàm tại Tokyo." in table and "Chiều 3/5, hai bên hội đàm." in table


def test_the_admin_speaks_vietnamese_by_default_and_english_under_en(admin_client):
    EventFactory(status="draft").countries.add(CountryFactory(iso="JP"))
    with translation.override("vi"):
        page = admin_client.get("/admin/timeline/event/").content.decode()
    for vietnamese in ("Chọn sự kiện để thay đổi", "Quản trị dòng thời gian ngoại giao", "Bởi quốc gia", "Số nguồn"):
        assert vietnamese in page
    for english in ("Django administration", "Show counts", ">Sources<", "Select event"):
        assert english not in page
    assert ">English</a>" in page
    english = admin_client.get(EVENTS).content.decode()
    for text in ("Select event to change", "Diplomatic timeline administration", "By country", "Sources"):
        assert text in english
    assert ">Tiếng Việt</a>" in english


def test_a_reviewer_sees_jobs_and_feeds_but_cannot_run_them(client, django_user_model):
    from articles.curation_models import Feed, Job, JobItem

    call_command("create_roles", verbosity=0)
    reviewer = django_user_model.objects.create_user("reviewer", password="x", is_staff=True)
    reviewer.groups.add(Group.objects.get(name="Reviewer"))
    client.force_login(reviewer)
    job = Job.create(Job.Kind.IMPORT, [JobItem(source="a.txt", text=UNDATED)])
    feed = Feed.objects.create(name="Báo Mẫu", url="http://127.0.0.1:9/rss.xml")
    assert client.get(reverse("admin:articles_job_change", args=[job.pk])).status_code == 200
    client.post("/en/admin/articles/job/", {"action": "run_again", "_selected_action": [job.pk]})
    client.post("/en/admin/articles/feed/", {"action": "fetch_now", "_selected_action": [feed.pk]})
    assert Job.objects.count() == 1 and Job.objects.get().status == "queued" and not Article.objects.exists()
    assert client.post("/en/admin/articles/article/import/", {"text": UNDATED}).status_code == 403
