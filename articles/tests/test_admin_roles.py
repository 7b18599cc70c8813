"""Each role opens every admin view (job pages, import pages and refused items included): a Curator reads
and changes the curated data, a Reviewer reads it and changes nothing, and neither manages accounts."""

import pytest

from articles.curation_models import Job
from articles.import_batches import ImportBatch
from articles.tests.admin_pages import EVERYDAY_MODELS, admin_pages, admin_with_work, model_of
from timeline.models import Event

pytestmark = pytest.mark.django_db
# Accounts and login records are the administrator's: no curator role reads them.
ACCOUNTS = {"auth.user", "auth.group", "axes.accessattempt", "axes.accessfailurelog", "axes.accesslog"}


@pytest.fixture(scope="module")
def work_rows(module_rows_transaction):
    return admin_with_work().pk


@pytest.fixture
def work(work_rows, db):
    """The admin with work in it, written once for the module: each test in a savepoint of it."""
    return ImportBatch.objects.get(pk=work_rows)


@pytest.mark.parametrize("role, may_change", [("Curator", True), ("Reviewer", False)])
@pytest.mark.parametrize(
    "models",
    [pytest.param(EVERYDAY_MODELS, id="everyday"), pytest.param(None, marks=pytest.mark.slow, id="every-view")],
)
def test_every_admin_view_as_each_role(staff_in, work, role, may_change, models):
    client = staff_in(role)
    for page in admin_pages(models):
        response = client.get(page, follow=page.endswith("/add/"))
        model = model_of(page)
        if model in ACCOUNTS:
            assert response.status_code == 403, page
            continue
        if page.endswith(("/add/", "/article/import/")):
            # Only the curated data a curator may add by hand: imports, batches and refusals come from imports.
            addable = model not in {"articles.job", "articles.importbatch", "articles.refusal"}
            assert response.status_code == (200 if may_change and addable else 403), page
            continue
        assert response.status_code == 200, page
        body = response.content.decode()
        if page.endswith("/change/") and model not in {"articles.importbatch"}:
            assert ('name="_save"' in body) == may_change, page
        if "/history/" not in page and page.endswith("/admin/timeline/event/"):
            assert ('value="publish"' in body) == may_change


@pytest.mark.parametrize("role", ["Curator", "Reviewer"])
def test_the_job_page_shows_every_item_to_each_role(staff_in, work, role):
    page = staff_in(role).get(Job.objects.get().get_absolute_url()).content.decode()
    assert "undated.txt" in page and "đã có" in page  # the item and its outcome: the text was imported before


def test_the_curator_may_undo_an_import_and_the_reviewer_may_not(staff_in, work):
    events = Event.objects.count()
    reviewer = staff_in("Reviewer")
    assert reviewer.post(work.get_absolute_url(), {"_undo": "1"}).status_code == 403
    assert Event.objects.count() == events
    reviewer.logout()
    curator = staff_in("Curator")
    assert curator.post(work.get_absolute_url(), {"_undo": "1"}).status_code == 302
    assert ImportBatch.objects.get(pk=work.pk).undone_at is not None and Event.objects.count() < events
