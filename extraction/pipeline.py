"""The whole extraction: raw article text in, an ExtractedArticle out."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .agreements import find_agreements
from .article_today import article_today
from .cleaning import clean
from .dates import forget_sentences
from .dating import Evidence, date_article
from .events import build_events
from .folding import fold
from .persons import KnownNames, PersonIndex, find_persons
from .publication import YearBasis, parse_published
from .records import DAY, YEAR_UNKNOWN, DateSpan, ExtractedArticle, Person, YearGuess
from .sentences import split_sentences
from .timeline_knowledge import TimelineKnowledge, year_from_timeline
from .transliteration import holder_sounding_like

_known_cache: dict[int, tuple[list[Person], KnownNames]] = {}


def known_names(known_persons) -> KnownNames | None:
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


# A page's date line more than this before a day the article reports as past is not the day it was written.
LATER_VIEW = timedelta(days=30)


def _reported_after(found_on: DateSpan | None, events) -> DateSpan | None:
    """A day the text reports as past, without its year, well after the page's date line ("Chiều 15/4, … rời
    Hà Nội, kết thúc chuyến thăm" under "Thứ Sáu, 09/01/2026"): the line is then when the page was seen or
    last changed, and the news is of the year before."""
    if found_on is None:
        return None
    return next(
        (
            event.date
            for event in events
            if not event.planned
            and event.date.year_inferred
            and event.date.precision == DAY
            and event.date.start > found_on.end + LATER_VIEW
        ),
        None,
    )


def _dated_events(evidence: Evidence, body: str, sentences: list[str], persons):
    """The article's year, its publication date and its events, dated by the first dating rule that answers."""
    dated = date_article(evidence)
    year, found_on = dated.year, dated.published
    if year.basis == YearBasis.PAGE:
        events = _events_in_year(year, found_on, body, sentences, persons)
        news = _reported_after(found_on, events)
        if news is None:
            return year, found_on, events
        year = replace(year, year=year.year - 1, source=f"{year.source}, later than the news of {news.text}")
        found_on = None
    return year, found_on, _events_in_year(year, found_on, body, sentences, persons)


def _events_in_year(year: YearGuess, found_on: DateSpan | None, body: str, sentences: list[str], persons):
    year_unknown = year.year is None
    working_year = YearGuess(YEAR_UNKNOWN, "", 0.0) if year_unknown else year
    # Relative words ("sáng nay", "hôm qua") need the day the article was written: its publication day,
    # else the day it calls "today" itself ("sáng nay (11/10)").
    today = article_today(body, working_year, found_on)
    events = build_events(sentences, persons, working_year, today or found_on)
    if year_unknown:
        for event in events:
            event.year_unknown = event.date.year_inferred
    return events


# "hồi tháng 2/2022", "năm ngoái": a sentence that writes its year tells background, whoever held office then.
# "dưới thời người tiền nhiệm Junichiro Koizumi", "cựu Tổng thống X": out of that office by the news's day.
FORMER_BEFORE = re.compile(r"\b(?:người tiền nhiệm|cựu|nguyên|cố(?! gắng))\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b|\bnăm (?:ngoái|trước|tới|sau)\b", re.IGNORECASE)


def _offices_of_the_news(sentences: list[str], persons: PersonIndex) -> tuple[tuple[str, str], ...]:
    """(name, office) of the persons the article names in a sentence that writes no year: the terms of those
    named only in its dated background ("chuyến thăm của Chủ tịch nước X hồi tháng 2/2022") rule no year out."""
    told = list(zip(sentences, persons.by_sentence, strict=False))
    of_the_news = {
        mention.name for sentence, mentions in told if not YEAR_WRITTEN.search(sentence) for mention in mentions
    }
    of_the_news -= {
        mention.name for sentence, mentions in told for mention in mentions
        if FORMER_BEFORE.search(sentence, max(0, mention.offset - 40), mention.offset)
    }  # fmt: skip
    # (A transliteration the names reference does not know is read as the office holder it sounds like.)
    return tuple(
        (holder_sounding_like(p.name, p.title, p.country) or p.name, p.title)
        for p in persons.persons
        if p.title and p.name in of_the_news
    )


def extract_article(
    raw_text: str,
    *,
    published: DateSpan | date | str | None = None,
    known_persons: list[Person] = (),
    source_name: str | None = None,
    year_hint: YearGuess | None = None,
    knowledge: TimelineKnowledge | None = None,
) -> ExtractedArticle:
    """The article's events, persons and agreements.

    `published` is the caller's publication date at any precision ("2020", "2020-10", a date);
    without it the URL, the page's date line, the text's own dated facts, then `year_hint` (what the
    importer's timeline knows) give the year: the first of dating.YEAR_RULES that answers; then, for an
    article that never writes its year, `knowledge` (the timeline's occasions and terms, plain data), in
    the same call: only the events are read again, with the year it gives.
    When nothing gives a year, dates written without one keep their day and month in the
    placeholder year YEAR_UNKNOWN and their events say year_unknown, for a curator to date.
    """
    forget_sentences()  # the dates of this article's sentences are read once each, not kept for the next
    cleaned = clean(raw_text)
    body = cleaned.body
    sentences = split_sentences(cleaned.paragraphs)
    persons = find_persons(sentences, known_names(known_persons), headline=cleaned.title or "")
    given = parse_published(published)
    offices = _offices_of_the_news(sentences, persons)
    evidence = Evidence(cleaned.dating_text, given, cleaned.url, tuple(cleaned.page_date_lines), year_hint, offices)
    year, found_on, events = _dated_events(evidence, body, sentences, persons)
    hint = year_from_timeline(events, knowledge) if year.year is None and knowledge is not None else None
    if hint is not None:
        year, found_on, events = _dated_events(replace(evidence, year_hint=hint), body, sentences, persons)
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
        published=found_on,
        published_source=year.basis if found_on is not None else "",
        events=events,
        persons=persons.persons,
        agreements=agreements,
        encoding_problem=cleaned.encoding_problem,
    )
