"""Outlets' feeds, and the jobs that import, fetch and re-extract in the background.

A Job is a list of JobItems (an uploaded file, a URL, an article to re-extract, a feed to fetch)
processed in order; each item records its outcome, so the admin shows progress, and a job run
again (a retry, a worker killed halfway) goes on with the items still pending. Nothing is
imported twice: a done item is not run again, and the importer skips a text or URL it already has.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from extraction.publication import span_at
from extraction.records import DateSpan
from timeline.precision import Precision

logger = logging.getLogger(__name__)


class Feed(models.Model):
    """An outlet's RSS or Atom feed; `manage.py fetch_feeds` imports its new items."""

    name = models.CharField(_("tên"), max_length=200)
    url = models.URLField(_("địa chỉ RSS/Atom"), max_length=1000, unique=True)
    active = models.BooleanField(_("đang theo dõi"), default=True)
    last_fetched_at = models.DateTimeField(_("lần lấy gần nhất"), null=True, blank=True, editable=False)
    last_result = models.CharField(_("kết quả lần lấy gần nhất"), max_length=500, blank=True, editable=False)
    last_failed = models.BooleanField(_("lần lấy gần nhất bị lỗi"), default=False, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("nguồn tin RSS")
        verbose_name_plural = _("nguồn tin RSS")

    def __str__(self):
        return self.name


class FeedEntry(models.Model):
    """An item a feed listed: fetched and imported once, or its failure recorded (tried again next time)."""

    class Status(models.TextChoices):
        IMPORTED = "imported", _("đã nhập")
        SKIPPED = "skipped", _("đã có")
        FAILED = "failed", _("lỗi")

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="entries", verbose_name=_("nguồn tin"))
    url = models.URLField(_("địa chỉ"), max_length=1000, unique=True)
    title = models.CharField(_("tiêu đề"), max_length=500, blank=True)
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("bài")
    )
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices)
    message = models.CharField(_("ghi chú"), max_length=500, blank=True)
    attempts = models.PositiveSmallIntegerField(_("số lần thử"), default=0)
    fetched_at = models.DateTimeField(_("lấy lúc"), auto_now=True)

    class Meta:
        ordering = ["-fetched_at"]
        verbose_name = _("mục của nguồn tin")
        verbose_name_plural = _("mục của nguồn tin")

    def __str__(self):
        return self.title or self.url


class Job(models.Model):
    class Kind(models.TextChoices):
        IMPORT = "import", _("nhập bài")
        REEXTRACT = "reextract", _("trích xuất lại")
        FEEDS = "feeds", _("lấy nguồn tin RSS")

    class Status(models.TextChoices):
        QUEUED = "queued", _("đang chờ")
        RUNNING = "running", _("đang chạy")
        DONE = "done", _("xong")
        FAILED = "failed", _("thất bại")
        # Never stored: a running job whose worker stopped giving signs of life (killed, crashed).
        INTERRUPTED = "interrupted", _("bị gián đoạn")

    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices)
    status = models.CharField(_("trạng thái"), max_length=12, choices=Status.choices, default=Status.QUEUED)
    total = models.PositiveIntegerField(_("tổng số"), default=0)
    processed = models.PositiveIntegerField(_("đã xử lý"), default=0)
    failed = models.PositiveIntegerField(_("lỗi"), default=0)
    error = models.TextField(_("lỗi của công việc"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("số lần chạy"), default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("người tạo")
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    started_at = models.DateTimeField(_("bắt đầu lúc"), null=True, blank=True)
    finished_at = models.DateTimeField(_("xong lúc"), null=True, blank=True)
    # The running worker's sign of life, renewed after each item (and each feed entry).
    heartbeat_at = models.DateTimeField(_("còn chạy lúc"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("công việc nền")
        verbose_name_plural = _("công việc nền")

    def __str__(self):
        return f"#{self.pk} {self.get_kind_display()}"

    def get_absolute_url(self):
        return reverse("admin:articles_job_change", args=[self.pk])

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def interrupted(self) -> bool:
        """Running, but no sign of life for CURATION_JOB_STALE_SECONDS: its worker died with it."""
        stale = timezone.now() - timedelta(seconds=settings.CURATION_JOB_STALE_SECONDS)
        return self.status == self.Status.RUNNING and (self.heartbeat_at is None or self.heartbeat_at < stale)

    @property
    def shown_status(self) -> str:
        """The status a curator reads: `interrupted` for a running job whose worker died."""
        return self.Status.INTERRUPTED if self.interrupted else self.status

    def get_shown_status_display(self) -> str:
        return self.Status(self.shown_status).label

    @property
    def percent(self) -> int:
        return round(100 * self.processed / self.total) if self.total else 100

    @classmethod
    def create(cls, kind: str, items: list[JobItem], user=None) -> Job:
        job = cls.objects.create(kind=kind, total=len(items), created_by=user)
        for position, item in enumerate(items):
            item.job, item.position = job, position
        JobItem.objects.bulk_create(items)
        return job

    def claim(self) -> bool:
        """Marks the job running on this worker, unless it is done or running with a sign of life."""
        now = timezone.now()
        alive = models.Q(
            status=self.Status.RUNNING,
            heartbeat_at__gte=now - timedelta(seconds=settings.CURATION_JOB_STALE_SECONDS),
        )
        return bool(
            Job.objects.filter(pk=self.pk)
            .exclude(status=self.Status.DONE)
            .exclude(alive)
            .update(
                status=self.Status.RUNNING,
                started_at=self.started_at or now,
                heartbeat_at=now,
                attempts=models.F("attempts") + 1,
            )
        )

    def beat(self):
        """A sign of life of the worker running the job."""
        Job.objects.filter(pk=self.pk).update(heartbeat_at=timezone.now())

    def refresh_progress(self):
        counts = dict(self.items.values_list("status").annotate(n=models.Count("pk")))
        self.processed = self.total - counts.get(JobItem.Status.PENDING, 0)
        self.failed = counts.get(JobItem.Status.FAILED, 0)
        Job.objects.filter(pk=self.pk).update(processed=self.processed, failed=self.failed, heartbeat_at=timezone.now())

    def record_failure(self, exc: BaseException):
        self.status, self.error = self.Status.FAILED, f"{type(exc).__name__}: {exc}"[:2000]
        Job.objects.filter(pk=self.pk).update(status=self.status, error=self.error, finished_at=timezone.now())


class JobItem(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("đang chờ")
        DONE = "done", _("xong")
        SKIPPED = "skipped", _("đã có")
        FAILED = "failed", _("lỗi")

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField(default=0)
    source = models.CharField(_("nguồn"), max_length=1000, help_text=_("Tên tệp, địa chỉ URL hoặc bài."))
    text = models.TextField(blank=True, help_text="A pasted or uploaded article, or a saved page's HTML.")
    is_html = models.BooleanField(default=False)
    url = models.URLField(max_length=1000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    # The publication date the curator gave, parsed where it entered: its first day and its precision.
    published_on = models.DateField(null=True, blank=True)
    published_precision = models.CharField(max_length=5, choices=Precision.choices, blank=True)
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("bài")
    )
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.PENDING)
    result = models.JSONField(_("kết quả"), default=dict, blank=True)
    # When it was first run: an article imported since then was imported by this item, even if its worker
    # died before recording it (the run that resumes the job then finds the article already there).
    started_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["job", "position"]
        verbose_name = _("mục công việc")
        verbose_name_plural = _("mục công việc")

    def __str__(self):
        return self.source

    def given_date(self) -> DateSpan | None:
        return span_at(self.published_on, self.published_precision) if self.published_on else None

    def imported_here(self, article) -> bool:
        """`article` was imported by an earlier run of this very item (one its worker did not live to record)."""
        return self.started_at is not None and article is not None and article.imported_at >= self.started_at
