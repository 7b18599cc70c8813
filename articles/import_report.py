"""What one import did with one article: created or matched, skipped and why, or refused."""

from __future__ import annotations

from dataclasses import dataclass, field

from articles.models import Article
from articles.outcomes import refusal_text


@dataclass
class ImportReport:
    source_name: str = ""
    article: Article | None = None
    created: bool = False
    events_created: int = 0
    events_matched: int = 0
    persons_created: int = 0
    error: str | None = None
    skipped_reason: str = ""
    skip: str = ""  # a SkipReason code (articles/outcomes.py)
    refusal: str = ""  # a RefusalReason code
    dated: bool = False  # an article already imported got its publication date and was re-extracted
    planned: list[str] = field(default_factory=list)  # what a dry run would create

    @property
    def needs_date(self) -> bool:
        """Nothing gave the article's year: its year-less events wait as drafts for a curator's date."""
        return self.article is not None and self.article.year is None

    @property
    def ok(self) -> bool:
        return self.error is None

    def refuse(self, code: str, detail: str = ""):
        self.refusal, self.error = code, refusal_text(code, detail)
