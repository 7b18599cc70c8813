"""The Celery application: long curation work (imports of many files or URLs, feed fetches,
re-extractions) runs on a worker when CELERY_BROKER_URL is set, in the web process otherwise.

    celery -A config worker --loglevel INFO
"""

import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("timeline")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def build_the_rules(**kwargs):
    """A worker process builds the extraction's tables and patterns before its first job, not during it."""
    from extraction.built_once import build_all

    build_all()
