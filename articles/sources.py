"""One way in: every door an article comes by (the command, the admin's form, a feed, a job) builds an
ArticleSource, its publication date parsed once where it entered and carried as a date and its precision."""

from __future__ import annotations

from dataclasses import dataclass

from extraction.folding import nfc
from extraction.publication import parse_published
from extraction.records import DateSpan


@dataclass(frozen=True)
class ArticleSource:
    text: str  # the article as read: a .txt file, a paste, or a web page's main text
    source_name: str = ""  # the file name, or the URL or feed entry it came from
    url: str | None = None
    outlet: str = ""
    published: DateSpan | None = None  # the curator's publication date, at its precision
    page_published: DateSpan | None = None  # the date a fetched page's metadata or date line gives

    @classmethod
    def of(cls, text: str, *, published=None, page_published=None, **fields) -> ArticleSource:
        """A source from what a door received; `published` as a curator wrote it (YYYY, YYYY-MM, YYYY-MM-DD,
        a date or a DateSpan): ValueError names the accepted forms."""
        return cls(
            nfc(text), published=parse_published(published), page_published=parse_published(page_published), **fields
        )

    @property
    def publication(self) -> DateSpan | None:
        """The date extraction is given: the curator's, else the page's own."""
        return self.published or self.page_published
