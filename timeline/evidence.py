"""The evidence for each event: the sentence of an article that tells it, and the dates that article gives."""

from datetime import date

from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from timeline.precision import Precision


class Mention(models.Model):
    """Evidence: the sentence of an article that tells an event."""

    event = models.ForeignKey(
        "timeline.Event", on_delete=models.CASCADE, related_name="mentions", verbose_name=_("sự kiện")
    )
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="mentions", verbose_name=_("bài")
    )
    sentence = models.TextField(verbose_name=_("câu bằng chứng"))
    sentence_index = models.PositiveIntegerField(default=0, verbose_name=_("số thứ tự câu"))
    extracted_type = models.CharField(
        max_length=20,
        blank=True,
        help_text=_("Loại sự kiện mà bộ nhập đọc được ở đây."),
        verbose_name=_("loại trích xuất"),
    )
    extraction_key = models.CharField(
        max_length=300,
        blank=True,
        db_index=True,
        help_text=_("Điều bộ nhập đã đọc ở đây (loại, ngày, người): trích xuất lại bỏ qua những gì đã đọc."),
        verbose_name=_("khóa trích xuất"),
    )
    # The dates this article gives the event, which may be coarser or other than the timeline's ("tháng 4" where
    # another outlet wrote "14/4"; the arrival day where another gave the whole visit): empty when the article
    # gives no year. A source is cited for what it says.
    told_start = models.DateField(null=True, blank=True, verbose_name=_("ngày bắt đầu theo bài"))
    told_end = models.DateField(null=True, blank=True, verbose_name=_("ngày kết thúc theo bài"))
    told_precision = models.CharField(
        max_length=5, choices=Precision.choices, blank=True, verbose_name=_("độ chính xác theo bài")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("tạo lúc"))

    class Meta:
        verbose_name = _("bằng chứng")
        verbose_name_plural = _("bằng chứng")
        ordering = ["article", "sentence_index"]
        constraints = [
            models.UniqueConstraint(fields=["event", "article", "sentence_index"], name="unique_mention_sentence")
        ]

    def __str__(self):
        # Whole words: a word cut in two reads as neither language's.
        return f"{self.article}: {Truncator(self.sentence).words(14)}"

    @property
    def dates(self) -> tuple[date, date, str]:
        """(start, end, precision) as this article tells the event: the event's own when the article gave no
        year or a curator has set the event's dates (their reading of every source stands)."""
        event = self.event
        if self.told_start is None or event.dates_curated:
            return event.start, event.end, event.precision
        return self.told_start, self.told_end, self.told_precision

    @property
    def told_otherwise(self) -> bool:
        """The article dates the event otherwise than the timeline does."""
        return self.dates != (self.event.start, self.event.end, self.event.precision)
