"""Running a curator's job, on the worker or in the web process: its pending items in order, each one's
outcome recorded on it, what the job wrote kept in its import batch (to be seen and undone)."""

from __future__ import annotations

import logging

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles import curation
from articles.curation_models import Job, JobItem
from articles.import_batches import ImportBatch
from articles.importer import ArticleImporter

logger = logging.getLogger(__name__)


def run(job: Job):
    """Processes the pending items in order; safe to run again (a retry, a restarted worker)."""
    if not job.claim():
        return  # done, or running on another worker (a message delivered twice)
    importer = ArticleImporter(batch=ImportBatch.of_job(job))
    try:
        for item in job.items.filter(status=JobItem.Status.PENDING).order_by("position"):
            process(item, importer)
            job.refresh_progress()
    except BaseException:
        # A retry of this task (or a curator) may run it again at once, not only once it looks interrupted.
        Job.objects.filter(pk=job.pk).update(heartbeat_at=None)
        raise
    importer.date_from_timeline()  # articles of the job (or before it) that its later articles date
    job.refresh_progress()
    Job.objects.filter(pk=job.pk).update(status=Job.Status.DONE, finished_at=timezone.now())
    job.refresh_from_db()


def process(item: JobItem, importer: ArticleImporter):
    """Runs one item and records its outcome; one item's failure does not stop the job."""
    if item.started_at is None:
        item.started_at = timezone.now()
        item.save(update_fields=["started_at"])
    try:
        status, result, article = curation.process_item(item, importer)
    except Exception as exc:  # noqa: BLE001 - recorded on the item; the next items still run
        logger.exception("job item %s (%s) failed", item.pk, item.source)
        importer.forget()
        error = _("nhập thất bại (%(error)s)") % {"error": repr(exc)}
        status, result, article = JobItem.Status.FAILED, {"error": str(error)}, None
    item.status, item.result, item.article = status, result, article or item.article
    item.save(update_fields=["status", "result", "article"])
