import hashlib
from urllib.parse import urlsplit

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.outcomes import PublishedSource, YearBasis
from extraction.folding import nfc
from timeline.models import Mention
from timeline.precision import Precision


def content_hash(raw_text: str) -> str:
    """The identity of an article's text: the same text imported twice is one article.

    NFC first (the same article arrives in NFC or NFD), then whitespace folded,
    so a re-saved file with other line endings is still the same article.
    """
    canonical = " ".join(nfc(raw_text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def outlet_from_url(url: str | None) -> str:
    if not url:
        return ""
    host = urlsplit(url).hostname or ""
    host = host.rstrip(".")
    for prefix in ("www.", "m.", "id."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host


class ArticleQuerySet(models.QuerySet):
    def needing_date(self):
        """The "needs a date" queue: articles whose year nothing gave (their events wait as 'year unknown'
        drafts) or that told no event at all; a curator's publication date extracts them again."""
        return self.filter(Q(year__isnull=True) | ~Q(pk__in=Mention.objects.values("article_id")))


# The longest source URL an article, a job item or a feed entry keeps (and so the longest accepted).
URL_MAX_CHARS = 1000


class Article(models.Model):
    PublishedSource = PublishedSource  # the import outcomes are written once, in articles/outcomes.py
    YearBasis = YearBasis

    Precision = Precision

    url = models.URLField(max_length=URL_MAX_CHARS, unique=True, null=True, blank=True, verbose_name=_("địa chỉ URL"))
    source_name = models.CharField(
        max_length=255, blank=True, help_text=_("Tên tệp mà bài được nhập từ đó."), verbose_name=_("tên tệp")
    )
    title = models.CharField(max_length=500, blank=True, verbose_name=_("tiêu đề"))
    outlet = models.CharField(max_length=200, blank=True, verbose_name=_("báo"))
    published = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("ngày đăng"),
        help_text=_("Ngày đăng; ngày đầu tháng hoặc đầu năm khi chỉ biết tháng hoặc năm."),
    )
    published_precision = models.CharField(
        max_length=5, choices=Precision.choices, blank=True, verbose_name=_("độ chính xác của ngày đăng")
    )
    published_source = models.CharField(
        max_length=10, choices=PublishedSource.choices, blank=True, verbose_name=_("nguồn ngày đăng")
    )
    year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text=_("Năm cho những ngày không kèm năm trong bài."),
        verbose_name=_("năm"),
    )
    year_source = models.CharField(
        max_length=200,
        blank=True,
        help_text=_(
            "Năm đó lấy từ đâu: “published” (ngày đăng), “page: …” (dòng ngày của trang), “text: …” (văn bản)."
        ),
        verbose_name=_("nguồn của năm"),
    )
    year_basis = models.CharField(
        max_length=10,
        choices=YearBasis.choices,
        blank=True,
        help_text=_("Nguồn nào quyết định năm đó."),
        verbose_name=_("căn cứ của năm"),
    )
    year_confidence = models.FloatField(default=0.0, verbose_name=_("độ tin cậy của năm"))
    raw_text = models.TextField(verbose_name=_("văn bản gốc"))
    cleaned_text = models.TextField(blank=True, verbose_name=_("văn bản đã làm sạch"))
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    imported_at = models.DateTimeField(auto_now_add=True, verbose_name=_("nhập lúc"))
    extracted_at = models.DateTimeField(null=True, blank=True, verbose_name=_("trích xuất lúc"))

    history = HistoricalRecords()
    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        ordering = ["-published", "-imported_at"]

    def __str__(self):
        return self.title or self.source_name or self.url or f"Article {self.pk}"

    def save(self, *args, **kwargs):
        self.raw_text = nfc(self.raw_text)
        self.content_hash = content_hash(self.raw_text)
        if not self.outlet:
            self.outlet = outlet_from_url(self.url)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("article-detail", args=[self.pk])

    @property
    def year_inferred(self) -> bool:
        """True when the article's year-less dates got their year from elsewhere than a given date."""
        return bool(self.year) and self.year_basis != self.YearBasis.GIVEN

    @property
    def published_display(self) -> str:
        """The publication date at its precision: '2020-10-19', '2020-10', '2020'; '' when unknown."""
        if not self.published:
            return ""
        return {"month": f"{self.published:%Y-%m}", "year": f"{self.published:%Y}"}.get(
            self.published_precision, self.published.isoformat()
        )

    @property
    def export_key(self) -> str:
        """How the JSON export names the article: its file name, else its URL."""
        return self.source_name or self.url or str(self.pk)


# Feeds and background jobs live in their own module; imported here so that Django finds them.
from articles.curation_models import Feed, FeedEntry, Job, JobItem  # noqa: E402, F401
from articles.import_batches import ImportBatch, Refusal  # noqa: E402, F401
