"""The whole extraction: raw article text in, an ExtractedArticle out."""

from __future__ import annotations

from datetime import date

from .agreements import find_agreements
from .cleaning import clean
from .dates import find_page_date, guess_year
from .events import build_events
from .folding import fold
from .persons import KnownNames, find_persons
from .records import ExtractedArticle, Person
from .sentences import split_sentences

_known_cache: dict[int, tuple[list[Person], KnownNames]] = {}


def _known_names(known_persons) -> KnownNames | None:
    """Compiled once per list of known persons (the importer passes the same list for a whole run)."""
    if not known_persons:
        return None
    key = id(known_persons)
    cached = _known_cache.get(key)
    if cached is None or cached[0] is not known_persons:
        _known_cache.clear()
        cached = (known_persons, KnownNames(list(known_persons)))
        _known_cache[key] = cached
    return cached[1]


def extract_article(
    raw_text: str,
    *,
    published: date | None = None,
    known_persons: list[Person] = (),
    source_name: str | None = None,
) -> ExtractedArticle:
    cleaned = clean(raw_text)
    page_date = None if published else find_page_date(raw_text)
    body = cleaned.body
    year = guess_year(f"{cleaned.page_date_line}\n{body}", published)
    sentences = split_sentences(cleaned.paragraphs)
    persons = find_persons(sentences, _known_names(known_persons))
    events = build_events(sentences, persons, year, published or page_date)
    agreements, seen = [], set()
    for sentence in sentences:
        for agreement in find_agreements(sentence, year):
            if fold(agreement.name) not in seen:
                seen.add(fold(agreement.name))
                agreements.append(agreement)
    return ExtractedArticle(
        title=cleaned.title or (sentences[0][:200] if sentences else ""),
        url=cleaned.url,
        cleaned_text=body,
        sentences=sentences,
        year=year,
        published=published or page_date,
        published_source="given" if published else (f"page: {cleaned.page_date_line}" if page_date else ""),
        events=events,
        persons=persons.persons,
        agreements=agreements,
    )
