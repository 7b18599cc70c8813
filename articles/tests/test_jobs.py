"""Jobs without a worker (as with bin/serve): they run in the web process; an unreachable broker is said,
not a 500, and the job runs again later; a re-extraction of many articles is a job too."""

from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone, translation

from articles import curation, jobs
from articles.curation_models import Job, JobItem
from articles.importer import ArticleImporter
from articles.models import Article
from config.celery import app as celery_app
from timeline.models import Event

pytestmark = pytest.mark.django_db
TEXT = (
    "Bộ trưởng Ngoại giao hai nước hội đàm\n\n"
    "Ngày 5/3/2023, Bộ trưởng Ngoại giao Trần Văn Bình hội đàm với Bộ trưởng Ngoại giao Ấn Độ Rajesh Kumar "
    "tại Hà Nội.\n"
)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def broker_down():
    before = {key: celery_app.conf[key] for key in ("broker_url", "task_always_eager")}
    celery_app.close()  # connections made to another broker before
    celery_app.conf.update(
        broker_url="redis://127.0.0.1:9/0",
        task_always_eager=False,
        task_publish_retry=False,
        broker_transport_options={"max_retries": 0},  # refused at once: no reconnection attempts to wait for
    )
    yield
    celery_app.conf.update(before, task_publish_retry=True, broker_transport_options={})
    celery_app.close()


def test_without_a_broker_the_job_runs_in_the_web_process(admin_client):
    response = admin_client.post("/en/admin/articles/article/import/", {"text": TEXT})
    job = Job.objects.get()
    assert (job.status, job.processed, job.total) == ("done", 1, 1) and Article.objects.count() == 1
    assert response["Location"] == f"/en/admin/articles/importbatch/{job.batch.pk}/change/"


def test_an_unreachable_broker_is_reported_and_the_job_runs_again_later(admin_client, broker_down):
    response = admin_client.post("/en/admin/articles/article/import/", {"text": TEXT}, follow=True)
    job = Job.objects.get()
    assert response.status_code == 200 and job.status == "failed" and not Article.objects.exists()
    assert f"Job #{job.pk} failed" in response.content.decode()
    celery_app.conf.update(task_always_eager=True)  # the broker is back (here: the web process)
    admin_client.post("/en/admin/articles/job/", {"action": "run_again", "_selected_action": [job.pk]})
    job.refresh_from_db()
    assert job.status == "done" and Article.objects.count() == 1 and Event.objects.count() == 1


def test_re_extraction_of_selected_articles_is_a_job_and_adds_nothing_twice(admin_client):
    article = ArticleImporter().import_text(TEXT, source_name="a.txt").article
    response = admin_client.post(
        "/en/admin/articles/article/", {"action": "rerun_extraction", "_selected_action": [article.pk]}
    )
    job = Job.objects.get()
    assert (job.kind, job.status, job.processed) == ("reextract", "done", 1)
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("extracted again" in m and "0 new event(s)" in m for m in messages)
    assert Event.objects.count() == 1


def test_a_job_run_again_goes_on_with_the_items_still_pending():
    job = Job.create(Job.Kind.IMPORT, [JobItem(source="a.txt", text=TEXT), JobItem(source="b.txt", text="")])
    first = job.items.get(source="a.txt")
    first.status = JobItem.Status.DONE
    first.save()
    jobs.run(job)
    assert not Article.objects.exists()  # the done item was not run again
    assert job.items.get(source="b.txt").status == "failed" and (job.processed, job.failed) == (2, 1)


def test_the_job_page_shows_progress_and_each_items_outcome_escaped(admin_client):
    job = Job.create(
        Job.Kind.IMPORT,
        [JobItem(source="<b>a</b>.txt", text=TEXT), JobItem(source="b.txt", text=TEXT.replace("5/3", "6/3"))],
    )
    job.items.filter(source="b.txt").update(status=JobItem.Status.FAILED, result={"error": "<i>broken</i>"})
    job.refresh_progress()
    page = admin_client.get(f"/en/admin/articles/job/{job.pk}/change/").content.decode()
    assert '<progress max="2" value="1"></progress> 1 / 2' in page
    assert '<meta http-equiv="refresh" content="3">' in page  # refreshes itself while it runs
    assert "&lt;b&gt;a&lt;/b&gt;.txt: waiting" in page and "b.txt: &lt;i&gt;broken&lt;/i&gt;" in page
    for listing in ("/en/admin/articles/job/", "/en/admin/articles/feed/", "/en/admin/articles/article/"):
        assert admin_client.get(listing).status_code == 200


def test_a_job_whose_worker_died_shows_interrupted_and_resumes_as_its_own_import(admin_client, settings):
    """The worker imported the first item's article and died before recording it (kill -9): the job stays
    "running" with no sign of life. Its page says interrupted, stops refreshing and offers to resume; the
    resumed job reports that article as imported by it, not as already there."""
    job = Job.create(
        Job.Kind.IMPORT,
        [JobItem(source="a.txt", text=TEXT), JobItem(source="b.txt", text=TEXT.replace("5/3", "6/3"))],
    )
    assert job.claim()
    item = job.items.get(source="a.txt")
    item.started_at = timezone.now()
    item.save()
    ArticleImporter().import_text(TEXT, source_name="a.txt")  # committed; then the worker was killed
    page = admin_client.get(f"/en/admin/articles/job/{job.pk}/change/").content.decode()
    assert "running" in page and '<meta http-equiv="refresh"' in page  # alive until proven otherwise

    Job.objects.filter(pk=job.pk).update(
        heartbeat_at=timezone.now() - timedelta(seconds=settings.CURATION_JOB_STALE_SECONDS + 1)
    )
    page = admin_client.get(f"/en/admin/articles/job/{job.pk}/change/").content.decode()
    assert "interrupted" in page and '<meta http-equiv="refresh"' not in page
    assert "Resume the job" in page and 'value="run_again"' in page
    listing = admin_client.get("/en/admin/articles/job/").content.decode()
    assert '<span class="badge badge-warning">interrupted</span>' in listing
    with translation.override("vi"):
        assert "bị gián đoạn" in admin_client.get(f"/admin/articles/job/{job.pk}/change/").content.decode()

    admin_client.post("/en/admin/articles/job/", {"action": "run_again", "_selected_action": [job.pk]})
    job.refresh_from_db()
    assert (job.status, job.processed, job.failed) == ("done", 2, 0)
    first = job.items.get(source="a.txt")
    assert first.status == "done" and first.article == Article.objects.get(source_name="a.txt")
    level, summary = curation.item_summary(first)
    assert level == "success" and "article created" in summary and "1 new event(s)" in summary
    assert Article.objects.count() == 2


def test_a_job_running_on_a_live_worker_is_not_run_a_second_time():
    """A message delivered twice (acknowledged late) finds the job running elsewhere and leaves it."""
    job = Job.create(Job.Kind.IMPORT, [JobItem(source="a.txt", text=TEXT)])
    assert job.claim()
    jobs.run(job)
    assert not Article.objects.exists() and Job.objects.get(pk=job.pk).attempts == 1
