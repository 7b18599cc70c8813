"""The way an article comes in, whichever door it comes by (the command, the admin's form, a feed, a job):
read it, have it extracted once, write it to the timeline in one transaction.

- an article is identified by its content hash: the same text twice is one article (given again
  with a publication date, the stored article is dated and re-extracted instead);
- an article whose year nothing gives (not the caller, the URL, the page, the text, nor the
  timeline: an occasion already on it) is kept, its year-less events drafts marked year unknown;
- the rows are written by the TimelineWriter (articles/timeline_writer.py), which never overwrites what a
  curator set; what is published at once is the publishing policy's (articles/publishing_policy.py).
"""

from __future__ import annotations

from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

import extraction
from articles.article_files import max_article_chars, too_long
from articles.import_lock import lock_out_other_importers
from articles.import_report import ImportReport
from articles.models import URL_MAX_CHARS, Article, content_hash, outlet_from_url
from articles.outcomes import RefusalReason, SkipReason
from articles.sources import ArticleSource
from articles.timeline_knowledge import DatabaseKnowledge
from articles.timeline_writer import TimelineWriter
from extraction import records as rec
from extraction.pipeline import known_names
from extraction.publication import parse_published, span_at
from extraction.timeline_knowledge import year_from_timeline
from timeline.models import Event, Mention, Participation, Person


class ArticleImporter(TimelineWriter):
    """One import run: caches what it reads from the database once, not per article."""

    def __init__(self, batch=None):
        super().__init__(batch)
        self._known_persons: list[rec.Person] | None = None
        self._known_by_pk: dict[int, rec.Person] = {}
        self._stale_persons: set[int] = set()
        # The last reading this process made: (what it read, the database's state then, the persons it knew).
        self._last_reading: tuple | None = None

    def forget(self):
        """Drops what this run cached: after a rolled-back article it may name rows that were never saved."""
        self.__init__(self.batch)

    def learn_persons(self, person_ids: set[int]):
        self._stale_persons |= person_ids
        self._known_persons = None  # a reading made before is not one made with what the timeline knows now

    # --- reading ---------------------------------------------------------------------------

    def known_persons(self) -> list[rec.Person]:
        """Persons and aliases already in the database (curators' included), for the pipeline: read once per
        run, then only the persons this run changed read again (a new list: the reading names the one it used)."""
        if self._known_persons is None:
            if not self._known_by_pk:
                self._known_by_pk = _read_persons()
            elif self._stale_persons:
                self._known_by_pk = {**self._known_by_pk, **_read_persons(self._stale_persons)}
            self._stale_persons = set()
            # In one order on every database and however they were read: the first person known by a form is its.
            by_name = sorted(self._known_by_pk.items(), key=lambda item: (item[1].name, item[0]))
            self._known_persons = [person for _, person in by_name]
        return self._known_persons

    def extract(self, raw_text: str, *, published=None, source_name: str = "", year_hint=None):
        """The pipeline's one reading of the article, with what the timeline knows (persons, occasions, terms)."""
        state = database_state()  # before anything is read
        known_persons = self.known_persons()
        extracted = extraction.extract_article(
            raw_text,
            published=published,
            known_persons=known_persons,
            source_name=source_name or None,
            year_hint=year_hint,
            knowledge=DatabaseKnowledge(),
        )
        self._last_reading = (extracted, state, known_persons)
        return extracted

    def _read_on_this_timeline(self, extracted: rec.ExtractedArticle) -> bool:
        """`extracted` is this process's last reading, made with the persons known now, and nothing was written
        to the database since (by this connection or another): reading it again would give it again."""
        if self._last_reading is None:
            return False
        reading, state, known_persons = self._last_reading
        return (
            reading is extracted
            and known_persons is self._known_persons
            and state is not None
            and state == database_state()
        )

    def complete_extraction(self, raw_text: str, extracted: rec.ExtractedArticle, published, source_name: str = ""):
        """`extracted` read again with what the database knows now, when that changes the reading.

        Read once, in the common case; again only when what the timeline knows changed since the reading:
        a worker of --jobs extracts with the persons known when it started, and a name the database has
        learnt since ("Thủ tướng Suga" after an article naming Suga Yoshihide) is read again here, so that
        the timeline is the one a single process makes; an article whose year nothing gave, read by a worker
        (which has no database) or before another importer wrote the occasion it tells, takes the year of
        that occasion (year_from_timeline). Not read again at all when nothing changed since the reading.
        """
        if self._read_on_this_timeline(extracted):
            return extracted
        known = known_names(self.known_persons())
        if known is not None and any(_known_by_another_name(known, person) for person in extracted.persons):
            extracted = self.extract(raw_text, published=published, source_name=source_name)
        if not extracted.year_unknown:
            return extracted
        hint = year_from_timeline(extracted.events, DatabaseKnowledge())
        if hint is None:
            return extracted
        return self.extract(raw_text, published=published, source_name=source_name, year_hint=hint)

    # --- the whole article ----------------------------------------------------------------

    def import_text(self, raw_text: str, *, published=None, dry_run=False, extracted=None, **fields) -> ImportReport:
        """Imports one article's text; `published` as a curator writes it (see ArticleSource.of)."""
        try:
            source = ArticleSource.of(raw_text, published=published, **fields)
        except ValueError as exc:
            report = ImportReport(source_name=fields.get("source_name", ""))
            report.refuse(RefusalReason.BAD_DATE, str(exc))
            return report
        return self.import_source(source, dry_run=dry_run, extracted=extracted)

    def import_source(
        self, source: ArticleSource, *, dry_run: bool = False, extracted: rec.ExtractedArticle | None = None
    ) -> ImportReport:
        """Imports one article: refused with the reason, skipped when known, or extracted once and written in
        one transaction. `extracted` is what a worker of --jobs already read."""
        raw_text, source_name, published = source.text, source.source_name, source.publication
        report = ImportReport(source_name=source_name)
        if not raw_text.strip():
            report.refuse(RefusalReason.NO_TEXT)
            return report
        if "\x00" in raw_text:
            report.refuse(RefusalReason.BINARY, "NUL")
            return report
        if too_long(len(raw_text)):
            report.refuse(RefusalReason.TOO_LONG, f"{len(raw_text):,} > {max_article_chars():,}")
            return report
        digest = content_hash(raw_text)
        hash_checked = extracted is None
        if extracted is None:
            # Known text is skipped before the costly extraction.
            if self._skip_if_imported(digest, None, report):
                return self._date_again(report, published, dry_run)
            extracted = self.extract(raw_text, published=published, source_name=source_name)
        url = source.url or extracted.url
        if url and len(url) > URL_MAX_CHARS:
            report.refuse(RefusalReason.URL_TOO_LONG, f"{len(url):,} > {URL_MAX_CHARS:,}")
            return report
        if dry_run:
            if (url or not hash_checked) and self._skip_if_imported(digest, url, report):
                return self._date_again(report, published, dry_run)
            report.planned = [f"{event.type} {_dates_as_planned(event)} {event.title}" for event in extracted.events]
            return report
        try:
            with transaction.atomic():
                lock_out_other_importers()
                extracted = self.complete_extraction(raw_text, extracted, published, source_name)
                article = Article(
                    url=url or None,
                    source_name=source_name[:255],
                    title=extracted.title[:500],
                    outlet=(source.outlet or outlet_from_url(url))[:200],
                    raw_text=raw_text,
                    cleaned_text=extracted.cleaned_text,
                    extracted_at=timezone.now(),
                )
                self.record_dates(article, extracted)
                article.save()
                self.write_extraction(article, extracted, report, new_article=True)
        except IntegrityError:
            # Another article with this text or URL (told apart by the unique constraints, so that
            # the usual case, a new article, costs no query to check).
            self.forget()
            if self._skip_if_imported(digest, url, report):
                return self._date_again(report, published, dry_run)
            raise
        except Exception:
            self.forget()
            raise
        report.article = article
        report.created = True
        if not extracted.events:
            # Kept (with its persons) so that nothing is lost and a curator can date its events by hand,
            # but reported: an importer that finds nothing to put on the timeline must say so.
            report.refuse(RefusalReason.NO_EVENT)
        return report

    def _skip_if_imported(self, digest: str, url: str | None, report: ImportReport) -> bool:
        """True (with the reason in the report) when this text or this URL is already imported."""
        same_article = Q(content_hash=digest) | Q(url=url) if url else Q(content_hash=digest)
        existing = Article.objects.filter(same_article).order_by("pk").first()
        if existing:
            report.article = existing
            report.skip = SkipReason.SAME_TEXT if existing.content_hash == digest else SkipReason.SAME_URL
            report.skipped_reason = f"{SkipReason(report.skip).label} (#{existing.pk})"
        return existing is not None

    def _date_again(self, report: ImportReport, published: rec.DateSpan | None, dry_run: bool) -> ImportReport:
        """An article imported before, given again with a publication date it lacks: dated instead of skipped."""
        article = report.article
        if published is None or article is None or not self.gives_new_date(article, published):
            return report
        report.skipped_reason = report.skip = ""
        if dry_run:
            report.planned = [f"date article {article.pk} {published.iso()} and extract it again"]
            return report
        dated = self.set_publication_date(article, published)
        dated.dated = True
        return dated

    @staticmethod
    def gives_new_date(article: Article, published: rec.DateSpan) -> bool:
        return (
            article.published_source != Article.PublishedSource.GIVEN
            or article.published != published.start
            or article.published_precision != published.precision
        )

    @staticmethod
    def record_dates(article: Article, extracted: rec.ExtractedArticle):
        """The article's publication date at its precision, and which source decided its year."""
        published = extracted.published
        article.published = published.start if published else None
        article.published_precision = published.precision if published else ""
        article.published_source = extracted.published_source
        article.year = extracted.year.year
        article.year_source = extracted.year.source[:200]
        article.year_basis = extracted.year.basis
        article.year_confidence = extracted.year.confidence

    @staticmethod
    def given_date(article: Article) -> rec.DateSpan | None:
        """The publication date a curator gave the article, at its precision."""
        if article.published_source != Article.PublishedSource.GIVEN or not article.published:
            return None
        return span_at(article.published, article.published_precision)

    def set_publication_date(self, article: Article, published) -> ImportReport:
        """Dates `article` (YYYY, YYYY-MM, YYYY-MM-DD or a date) and extracts it again.

        Its year-unknown drafts, told by no other article, are replaced by what the dated text tells;
        everything else (published events, curated fields, other articles' mentions) stays.
        """
        published = parse_published(published)
        with transaction.atomic():
            article.published = published.start
            article.published_precision = published.precision
            article.published_source = Article.PublishedSource.GIVEN
            article.save()
            undated = set(
                Event.objects.filter(mentions__article=article, year_unknown=True).values_list("pk", flat=True)
            )
            Mention.objects.filter(article=article, event_id__in=undated).delete()
            Event.objects.filter(pk__in=undated, mentions__isnull=True).delete()
            return self.reextract(article)

    def date_from_timeline(self) -> list[ImportReport]:
        """Articles still waiting for their year, read again with what the timeline has learnt since: an
        article imported before the one that dates its occasion ("ngày 5-2" before "ngày 5/2/2026") is dated
        at the end of the run, whatever the order of the files. Only articles whose year-unknown drafts no
        curator has touched: those are left to the curator. Nothing is written for an article the timeline
        still cannot date, and what is written is no part of the run's import batch."""
        reports = []
        for article in _waiting_for_what_the_timeline_learnt():
            drafts = Event.objects.filter(mentions__article=article, year_unknown=True)
            if year_from_timeline(_as_found(drafts), DatabaseKnowledge()) is None:
                # Not asked again until the timeline learns something new of its persons.
                Article.objects.filter(pk=article.pk).update(extracted_at=timezone.now())
                continue
            with transaction.atomic():
                lock_out_other_importers()
                undated = set(drafts.values_list("pk", flat=True))
                Mention.objects.filter(article=article, event_id__in=undated).delete()
                Event.objects.filter(pk__in=undated, mentions__isnull=True).delete()
                article.extracted_at = timezone.now()
                # Not part of this run's import batch: undoing the run leaves the article dated, not without its
                # events (its drafts are gone).
                reports.append(ArticleImporter().reextract(article))
        return reports

    def reextract(self, article: Article) -> ImportReport:
        """Runs the pipeline again on a stored article; only adds new mentions and candidates."""
        report = ImportReport(source_name=article.source_name, article=article)
        extracted = self.extract(article.raw_text, published=self.given_date(article), source_name=article.source_name)
        with transaction.atomic():
            lock_out_other_importers()
            extracted = self.complete_extraction(
                article.raw_text, extracted, self.given_date(article), article.source_name
            )
            article.cleaned_text = extracted.cleaned_text
            self.record_dates(article, extracted)
            article.save()
            self.write_extraction(article, extracted, report)
        return report


def _read_persons(person_ids: set[int] | None = None) -> dict[int, rec.Person]:
    """The persons of `person_ids` (all when None) as the pipeline knows them: name, country, aliases and the
    office each last held (for telling another form of a name from a namesake), in one query.

    Joined, a row per alias and position of a person, in the order the database sorts them: its aliases by
    name, and after them, last, the position seen last (last_seen, then the latest row), as three separate
    queries read them."""
    persons = Person.objects.filter(merged_into__isnull=True)
    if person_ids is not None:
        persons = persons.filter(pk__in=person_ids)
    rows = persons.order_by("pk", "aliases__name", "positions__last_seen", "positions__pk").values_list(
        "pk", "name", "country__iso", "aliases__name", "positions__title"
    )
    read: dict[int, rec.Person] = {}
    for pk, name, iso, alias, office in rows:
        person = read.get(pk) or read.setdefault(pk, rec.Person(name=name, title="", country=iso, aliases=[]))
        if alias is not None and (not person.aliases or person.aliases[-1] != alias):
            person.aliases.append(alias)
        person.title = office or ""
    return read


def database_state() -> tuple | None:
    """What changes whenever the database does, on SQLite: the commits of other connections (data_version) and
    this connection's own changes (total_changes). None elsewhere: there, a reading is always checked again.

    Inside a transaction, reading it also fixes the snapshot the transaction reads: a commit by another
    connection after it makes this transaction's first write fail, as any read would."""
    if connection.vendor != "sqlite":
        return None
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA data_version")
        (version,) = cursor.fetchone()
    return id(connection.connection), version, connection.connection.total_changes


def _waiting_for_what_the_timeline_learnt() -> list[Article]:
    """The articles waiting for their year (not given by a curator, drafts untouched by one) for which the
    timeline now holds an occasion known to the day, in a month of their drafts and with someone of theirs,
    that it did not hold when they were read: only those may the timeline date. Four queries in all."""
    waiting = Article.objects.filter(year__isnull=True).exclude(published_source=Article.PublishedSource.GIVEN)
    articles = {article.pk: article for article in waiting.defer("raw_text", "cleaned_text")}  # read if dated
    drafts = Event.objects.filter(year_unknown=True, mentions__article__in=list(articles))
    told: dict[int, list] = {}  # draft -> [articles]
    months: dict[int, set[int]] = {}  # article -> the months of its drafts
    for article_id, pk, start, curated in drafts.values_list("mentions__article_id", "pk", "start", "curated_fields"):
        if curated:
            articles.pop(article_id, None)
        told.setdefault(pk, []).append(article_id)
        months.setdefault(article_id, set()).add(start.month)
    persons: dict[int, set[int]] = {}  # person -> the articles whose drafts name them
    for event_id, person_id in Participation.objects.filter(event_id__in=told).values_list("event_id", "person_id"):
        for article_id in told[event_id]:
            persons.setdefault(person_id, set()).add(article_id)
    found = set()
    dated = Event.objects.filter(year_unknown=False, precision=rec.DAY, participations__person_id__in=list(persons))
    for person_id, start, end, created in dated.values_list("participations__person_id", "start", "end", "created_at"):
        for article_id in persons[person_id]:
            article = articles.get(article_id)
            seen = article is not None and (article.extracted_at is None or created >= article.extracted_at)
            if seen and months[article_id] & {start.month, (end or start).month}:
                found.add(article_id)
    return [articles[pk] for pk in sorted(found)]


def _as_found(drafts) -> list[rec.FoundEvent]:
    """Stored year-unknown drafts as the pipeline's events, for its dating rule to weigh without reading the
    article again."""
    return [
        rec.FoundEvent(
            event.type,
            event.title,
            rec.DateSpan(event.start, event.end or event.start, event.precision),
            "",
            participants=[rec.Participant(p.person.name, p.role) for p in event.participations.all()],
            year_unknown=True,
        )
        for event in drafts.prefetch_related("participations__person")
    ]


def _known_by_another_name(known, person: rec.Person) -> bool:
    """The timeline now knows `person` under another name: an alias of someone else ("Suga", written by an
    earlier article as the short form of Suga Yoshihide), or a short or other form of a known name."""
    same = known.canonical.get(person.name)
    if same is not None:
        return same.name != person.name
    return known.same_person(person.name, person.title, person.country) is not None


def _dates_as_planned(event: rec.FoundEvent) -> str:
    if event.year_unknown:
        return f"{event.date.start:%d/%m}..{event.date.end:%d/%m} (year unknown)"
    return f"{event.date.iso('start')}..{event.date.iso('end')}"


def import_text(raw_text: str, **kwargs) -> ImportReport:
    """Imports one article's text (see ArticleImporter.import_text)."""
    return ArticleImporter().import_text(raw_text, **kwargs)


def reextract(article: Article) -> ImportReport:
    return ArticleImporter().reextract(article)
