"""Jobs on a real Celery worker with Redis as the broker (127.0.0.1:6379/7, or CELERY_TEST_BROKER_URL).

The test starts the worker itself (a subprocess, --pool solo) against the test database, and kills
it at the end; it skips only when Redis is unreachable. 200 articles imported from the admin as a job
give the same timeline as the command, with the progress on the job's page; a worker killed halfway
and a job run again leave no duplicate.
"""

import os
import re
import signal
import subprocess
import sys
import time

import pytest
import redis
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection

from articles import tasks
from articles.curation_models import Job, JobItem
from articles.models import Article
from config.celery import app as celery_app
from timeline.models import Event, Mention, Person

BROKER = os.environ.get("CELERY_TEST_BROKER_URL", "redis://127.0.0.1:6379/7")
pytestmark = [pytest.mark.celery_worker, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

VIETNAMESE = ["Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Minh", "Quốc", "Đức", "Thanh"]
GIVEN = ["Bình", "Hùng", "Dũng", "Sơn", "Long"]
FOREIGN = [("Ấn Độ", "Rajesh", "Kumar"), ("Nhật Bản", "Sato", "Kenji"), ("Ô-xtrây-li-a", "Mark", "Fielding")]
FOREIGN_GIVEN = ["Anil", "Vikram", "Sunil", "Arjun"]


def articles(count: int) -> list[tuple[str, str]]:
    """`count` distinct short articles, each telling one talk between two foreign ministers."""
    texts = []
    for n in range(count):
        minister = f"{VIETNAMESE[n % 10]} {MIDDLE[n // 10 % 5]} {GIVEN[n // 50 % 5]}"
        country, _first, last = FOREIGN[n % 3]
        guest = f"{FOREIGN_GIVEN[n // 3 % 4]} {last}"
        day, month, year = 1 + n % 28, 1 + n // 28 % 12, 2010 + n // 28 // 12
        texts.append(
            (
                f"bai-{n:03d}.txt",
                f"Bộ trưởng Ngoại giao hội đàm với người đồng cấp {country}\n\n"
                f"Ngày {day}/{month}/{year}, Bộ trưởng Ngoại giao {minister} hội đàm với Bộ trưởng Ngoại giao "
                f"{country} {guest} tại Hà Nội.\n",
            )
        )
    return texts


def timeline_snapshot():
    return (
        Article.objects.count(),
        sorted(
            (e.type, e.start, e.end, e.title, tuple(sorted(e.participants.values_list("name", flat=True))))
            for e in Event.objects.all()
        ),
        sorted(Person.objects.values_list("name", flat=True)),
    )


def worker_database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    )


class Worker:
    """Celery workers started and killed by the test; all of them on a queue of this test run alone."""

    def __init__(self, queue: str):
        self.queue = queue
        self.processes: list[subprocess.Popen] = []

    def start(self, **environment) -> subprocess.Popen:
        env = {**os.environ, "CELERY_BROKER_URL": BROKER, "DATABASE_URL": worker_database_url(), "DEBUG": "1"}
        env |= {name: str(value) for name, value in environment.items()}
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo", "-Q", self.queue,
             "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel", "WARNING"],
            cwd=settings.BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen):
        """As a crash or an OOM kill would: no warm shutdown, the job's message is not acknowledged."""
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

    def stop_all(self):
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=30)


@pytest.fixture
def worker():
    try:
        redis.Redis.from_url(BROKER, socket_connect_timeout=1).ping()
    except redis.exceptions.RedisError as exc:
        pytest.skip(f"Redis is unreachable at {BROKER}: {exc}")
    queue = f"curation-test-{os.getpid()}"
    before = {key: celery_app.conf[key] for key in ("broker_url", "task_always_eager", "task_default_queue")}
    celery_app.conf.update(broker_url=BROKER, task_always_eager=False, task_default_queue=queue)
    workers = Worker(queue)
    try:
        yield workers
    finally:
        workers.stop_all()
        redis.Redis.from_url(BROKER).delete(queue)
        celery_app.conf.update(before)
        celery_app.close()  # its connections to Redis: the next test starts afresh


def wait_for(condition, timeout: float, what: str, every: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    pytest.fail(f"timed out after {timeout} s waiting for {what}")


def test_200_articles_imported_from_the_admin_as_a_job_match_the_command(admin_client, worker, tmp_path):
    texts = articles(200)
    worker.start()
    files = [SimpleUploadedFile(name, text.encode()) for name, text in texts]
    response = admin_client.post("/admin/articles/article/import/", {"files": files})
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == job.get_absolute_url()

    seen = set()  # the progress the job's page showed while the worker ran

    def finished():
        page = admin_client.get(job.get_absolute_url()).content.decode()
        found = re.search(r'<progress max="200" value="(\d+)">', page)
        seen.add(int(found.group(1)))
        job.refresh_from_db()
        return job.finished

    wait_for(finished, 240, "the job to finish", every=0.3)
    assert (job.status, job.processed, job.failed) == ("done", 200, 0), job.error
    assert any(0 < value < 200 for value in seen), seen
    by_job = timeline_snapshot()
    assert by_job[0] == 200 and len(by_job[1]) == 200

    Article.objects.all().delete()
    Event.objects.all().delete()
    Person.objects.all().delete()
    for name, text in texts:
        (tmp_path / name).write_text(text, encoding="utf-8")
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert timeline_snapshot() == by_job


def test_a_job_killed_halfway_and_run_again_leaves_no_duplicate(admin_client, worker, settings):
    texts = articles(80)
    job = Job.create(Job.Kind.IMPORT, [JobItem(source=name, text=text) for name, text in texts])
    first = worker.start()
    tasks.enqueue(job)
    wait_for(lambda: Job.objects.get(pk=job.pk).processed >= 15, 120, "the job to be under way", every=0.05)
    worker.kill(first)
    job.refresh_from_db()
    assert 15 <= job.processed < 80 and job.status == "running"
    settings.CURATION_JOB_STALE_SECONDS = 1  # no sign of life for a second: the job's worker is gone
    time.sleep(1.5)
    page = admin_client.get(f"/admin/articles/job/{job.pk}/change/").content.decode()
    assert "bị gián đoạn" in page and '<meta http-equiv="refresh"' not in page

    worker.start()
    admin_client.post("/admin/articles/job/", {"action": "run_again", "_selected_action": [job.pk]})
    wait_for(lambda: Job.objects.get(pk=job.pk).finished, 120, "the job run again to finish")
    tasks.enqueue(job)  # delivered once more (as a lost acknowledgement would): a done job does nothing
    time.sleep(1)

    job.refresh_from_db()
    assert (job.status, job.processed, job.failed) == ("done", 80, 0)
    assert Article.objects.count() == 80 and Event.objects.count() == 80 and Mention.objects.count() == 80
    # The article being written when the worker died was imported once (by the first run, or rolled back and
    # imported by the second) and reported as imported by the job either way, never as already there.
    assert set(job.items.values_list("status", flat=True)) == {"done"}


def test_a_job_whose_worker_was_killed_is_delivered_again_and_finishes_by_itself(worker):
    """No curator needed: the message was never acknowledged, so a worker (here one that counts a job silent
    for a second as interrupted, and an unacknowledged message as lost after two) runs the job again."""
    texts = articles(40)
    job = Job.create(Job.Kind.IMPORT, [JobItem(source=name, text=text) for name, text in texts])
    first = worker.start()
    tasks.enqueue(job)
    wait_for(lambda: Job.objects.get(pk=job.pk).processed >= 5, 120, "the job to be under way", every=0.05)
    worker.kill(first)
    worker.start(CURATION_JOB_STALE_SECONDS=1)
    wait_for(lambda: Job.objects.get(pk=job.pk).finished, 120, "the job delivered again to finish")
    job.refresh_from_db()
    assert (job.status, job.processed, job.failed, job.attempts) == ("done", 40, 0, 2)
    assert Article.objects.count() == 40 and set(job.items.values_list("status", flat=True)) == {"done"}
