"""What one import wrote, so that a curator sees what went public and may undo it; and what it refused.

An ImportBatch is one import (the admin's form or a job, a feed, the command): the importer records in
it, article by article and inside the article's transaction, the articles, events, persons and agreements
it created and the events it told again. Undoing the batch removes what it created that nothing else
uses now, and records every removal in the history.

A Refusal is a file, text or URL that gave no article or an article with no event: it stays in the admin
with its reason and text until a curator gives it a date, corrects it or dismisses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db import models, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.curation_models import Job, JobItem
from articles.outcomes import ImportChannel, RefusalReason, RefusalStatus
from articles.row_inserts import insert_ignoring_conflicts
from timeline.models import Agreement, Event, Person
from timeline.outcomes import HistoryReason


@dataclass
class ArticleOutcome:
    """What one article of a batch put on the timeline, as the batch page lists it."""

    article: object
    created: bool
    published: list = field(default_factory=list)
    drafts: list = field(default_factory=list)
    rejected: list = field(default_factory=list)


class ImportBatch(models.Model):
    channel = models.CharField(_("cách nhập"), max_length=10, choices=ImportChannel.choices)
    job = models.OneToOneField(
        Job, null=True, blank=True, on_delete=models.SET_NULL, related_name="batch", verbose_name=_("công việc nền")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("người nhập"),
    )
    created_at = models.DateTimeField(_("nhập lúc"), auto_now_add=True)
    undone_at = models.DateTimeField(_("hoàn tác lúc"), null=True, blank=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("người hoàn tác"),
    )
    articles_told = models.ManyToManyField(
        "articles.Article", related_name="import_batches", blank=True, verbose_name=_("bài đã đọc")
    )
    articles_created = models.ManyToManyField("articles.Article", related_name="+", blank=True)
    events_created = models.ManyToManyField(Event, related_name="+", blank=True)
    events_told = models.ManyToManyField(Event, related_name="+", blank=True)
    persons_created = models.ManyToManyField(Person, related_name="+", blank=True)
    agreements_created = models.ManyToManyField(Agreement, related_name="+", blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("lần nhập")
        verbose_name_plural = _("các lần nhập")

    def __str__(self):
        return f"#{self.pk} {self.get_channel_display()}"

    def get_absolute_url(self):
        return reverse("admin:articles_importbatch_change", args=[self.pk])

    @classmethod
    def of_job(cls, job: Job) -> ImportBatch:
        """The batch of an import job (the same one when the job is run again)."""
        channel = ImportChannel.FEED if job.kind == Job.Kind.FEEDS else ImportChannel.JOB
        batch, _created = cls.objects.get_or_create(
            job=job, defaults={"channel": channel, "created_by": job.created_by}
        )
        return batch

    def record(self, article, new_article: bool, events, new_events, person_ids, agreement_ids):
        """What the importer just wrote for `article` (called inside the article's transaction)."""
        new_ids = {event.pk for event in new_events}
        self._link("articles_told", "article_id", {article.pk})
        if new_article:
            self._link("articles_created", "article_id", {article.pk})
        self._link("events_created", "event_id", new_ids)
        self._link("events_told", "event_id", {event.pk for event in events} - new_ids)
        self._link("persons_created", "person_id", set(person_ids))
        self._link("agreements_created", "agreement_id", set(agreement_ids))
        if new_article and not events:
            Refusal.objects.create(
                batch=self,
                source=(article.source_name or article.url or str(article))[:1000],  # as the curator named it
                url=article.url or "",
                reason=RefusalReason.NO_EVENT,
                article=article,
            )

    def _link(self, relation: str, column: str, ids: set[int]):
        """Adds `ids` to one of the batch's relations in one insert, none when there is nothing to add.

        Not `.add()`: that reads the rows already there first and sends m2m signals, a query and more per
        relation and article; the batch is the admin's own record (no public page shows it, so the signals
        change no cached page), and a row already there is skipped by the insert itself. Nor `bulk_create`:
        six of these an article, its construction cost more than the writing (articles/row_inserts.py)."""
        through = getattr(ImportBatch, relation).through
        insert_ignoring_conflicts(through, ("importbatch_id", column), [(self.pk, pk) for pk in sorted(ids)])

    def outcomes(self) -> list[ArticleOutcome]:
        """Per article: the events it tells that are public, those waiting as drafts (with why), those rejected."""
        created = set(self.articles_created.values_list("pk", flat=True))
        told = []
        for article in self.articles_told.order_by("pk"):
            outcome = ArticleOutcome(article, article.pk in created)
            events = Event.objects.filter(mentions__article=article, merged_into__isnull=True).distinct()
            for event in events.order_by("start", "pk"):
                {
                    Event.Status.PUBLISHED: outcome.published,
                    Event.Status.DRAFT: outcome.drafts,
                    Event.Status.REJECTED: outcome.rejected,
                }[event.status].append(event)
            told.append(outcome)
        return told

    def summary_lines(self) -> list[str]:
        """The outcome as the command prints it, in the language of LANGUAGE_CODE, with where to see or undo it."""
        lines = []
        for outcome in self.outcomes():
            reasons = sorted({str(event.get_draft_reason_display()) for event in outcome.drafts if event.draft_reason})
            lines.append(
                gettext("%(article)s: %(public)d sự kiện công khai, %(drafts)d chờ duyệt%(why)s")
                % {
                    "article": outcome.article,
                    "public": len(outcome.published),
                    "drafts": len(outcome.drafts),
                    "why": f" ({'; '.join(reasons)})" if reasons else "",
                }
            )
        lines.append(gettext("Xem hoặc hoàn tác lần nhập này: %(url)s") % {"url": self.get_absolute_url()})
        return lines

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    def undo(self, user=None) -> dict[str, int]:
        """Removes what this import created and nothing else tells or uses now; counts what went.

        An event it created goes unless an article it did not read tells it too (then only this import's
        mentions go, with its articles); an event it told again loses this import's mentions and goes back
        to draft when no source is left; a person or agreement it created goes when no event or article
        names it any more. Each removal is in the history with the reason "import undone"."""
        removed = {"articles": 0, "events": 0, "persons": 0, "agreements": 0}
        with transaction.atomic():
            read = set(self.articles_told.values_list("pk", flat=True))
            created_articles = list(self.articles_created.all())
            for event in self.events_created.all():
                if not event.mentions.exclude(article_id__in=read).exists():
                    event._change_reason = HistoryReason.IMPORT_UNDONE
                    event.delete()
                    removed["events"] += 1
            for article in created_articles:
                article._change_reason = HistoryReason.IMPORT_UNDONE
                article.delete()
                removed["articles"] += 1
            for person in self.persons_created.filter(merged_into__isnull=True):
                merged_here = Person.objects.filter(merged_into=person).exists()  # its old names redirect here
                if not (person.participations.exists() or person.appearances.exists() or merged_here):
                    person._change_reason = HistoryReason.IMPORT_UNDONE
                    person.delete()
                    removed["persons"] += 1
            for agreement in self.agreements_created.all():
                if not agreement.events.exists():
                    agreement._change_reason = HistoryReason.IMPORT_UNDONE
                    agreement.delete()
                    removed["agreements"] += 1
            self.refusals.filter(status=RefusalStatus.WAITING).update(status=RefusalStatus.DISMISSED)
            self.undone_at, self.undone_by = timezone.now(), user
            self.save(update_fields=["undone_at", "undone_by"])
        return removed


class RefusalQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=RefusalStatus.WAITING)


class Refusal(models.Model):
    """A file, text or URL an import refused, kept with what the curator needs to give it another try."""

    batch = models.ForeignKey(
        ImportBatch,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="refusals",
        verbose_name=_("lần nhập"),
    )
    job_item = models.OneToOneField(JobItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    source = models.CharField(_("nguồn"), max_length=1000, help_text=_("Tên tệp, địa chỉ URL hoặc bài."))
    url = models.URLField(_("địa chỉ URL"), max_length=1000, blank=True)
    text = models.TextField(_("văn bản"), blank=True, help_text=_("Văn bản hoặc HTML đã nhận; sửa rồi nhập lại."))
    is_html = models.BooleanField(_("là trang HTML"), default=False)
    outlet = models.CharField(_("báo"), max_length=200, blank=True)
    reason = models.CharField(_("lý do"), max_length=20, choices=RefusalReason.choices)
    detail = models.CharField(_("chi tiết"), max_length=500, blank=True)
    status = models.CharField(
        _("trạng thái"), max_length=10, choices=RefusalStatus.choices, default=RefusalStatus.WAITING, db_index=True
    )
    article = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("bài")
    )
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("người xử lý"),
    )

    objects = RefusalQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("mục bị từ chối")
        verbose_name_plural = _("mục bị từ chối")

    def __str__(self):
        return self.source

    def close(self, status: str, user=None, article=None):
        self.status, self.resolved_by = status, user
        self.article = article or self.article
        self.save(update_fields=["status", "resolved_by", "article"])


@receiver(post_save, sender=JobItem)
def _keep_refused_job_item(sender, instance, update_fields=None, **kwargs):
    """A job item that failed (a page that could not be fetched, a file the importer refused) stays in the
    admin as a Refusal, with its text; an article kept without events is recorded by its batch instead."""
    if instance.status != JobItem.Status.FAILED or instance.job.kind != Job.Kind.IMPORT:
        return
    result = instance.result or {}
    code = result.get("refusal") or (
        RefusalReason.FETCH if instance.url and not instance.text else RefusalReason.FAILED
    )
    Refusal.objects.update_or_create(
        job_item=instance,
        defaults={
            "batch": ImportBatch.objects.filter(job_id=instance.job_id).first(),
            "source": instance.source,
            "url": instance.url,
            "text": instance.text,
            "is_html": instance.is_html,
            "outlet": instance.outlet,
            "reason": code if code in RefusalReason.values else RefusalReason.FAILED,
            "detail": str(result.get("error", ""))[:500],
        },
    )
