"""Celery tasks: a curator's job run on the worker (or in the web process without a broker)."""

from celery import shared_task
from django.db import DatabaseError

from articles.curation_models import Job

MAX_RETRIES = 3


@shared_task(bind=True, acks_late=True, max_retries=MAX_RETRIES)
def run_job(self, job_id: int):
    """Runs the job's pending items. A database or broker hiccup retries it (the done items are not run
    again); when the retries are spent, the job is marked failed with the error."""
    job = Job.objects.filter(pk=job_id).first()
    if job is None:
        return
    try:
        job.run()
    except (DatabaseError, OSError) as exc:
        if self.request.retries >= MAX_RETRIES or self.request.is_eager:
            job.record_failure(exc)
            raise
        raise self.retry(exc=exc, countdown=2 ** (self.request.retries + 1)) from exc
    except Exception as exc:
        job.record_failure(exc)
        raise
