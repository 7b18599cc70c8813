"""Celery tasks: a curator's job run on the worker (or in the web process without a broker)."""

import logging

from celery import shared_task
from django.db import DatabaseError
from kombu.exceptions import OperationalError

from articles import jobs
from articles.curation_models import Job

logger = logging.getLogger(__name__)

MAX_RETRIES = 3


@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES)
def run_job(self, job_id: int):
    """Runs the job's pending items. A database or broker hiccup retries it (the done items are not run
    again); when the retries are spent, the job is marked failed with the error."""
    job = Job.objects.filter(pk=job_id).first()
    if job is None:
        return
    try:
        jobs.run(job)
    except (DatabaseError, OSError) as exc:
        if self.request.retries >= MAX_RETRIES or self.request.is_eager:
            job.record_failure(exc)
            raise
        raise self.retry(exc=exc, countdown=2 ** (self.request.retries + 1)) from exc
    except Exception as exc:
        job.record_failure(exc)
        raise


def enqueue(job: Job) -> bool:
    """On the worker when a broker is configured; otherwise now, in this process. False (and the job marked
    failed, to be run again later) when the broker cannot be reached."""
    try:
        # A connection of its own, to the broker the settings name now (not one pooled earlier).
        with run_job.app.connection_for_write() as connection:
            run_job.apply_async((job.pk,), connection=connection)
    except (OperationalError, OSError) as exc:
        logger.exception("job %s could not be queued", job.pk)
        job.record_failure(exc)
        return False
    return True
