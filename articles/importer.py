"""Writes what the extraction pipeline finds to the database.

The pipeline (extraction/) reads text and returns dataclasses; this
module is the thin layer that turns them into rows, one transaction per
article, without ever overwriting what a curator set:

- an article is identified by its content hash: the same text twice is one article (given again
  with a publication date, the stored article is dated and re-extracted instead);
- an article whose year nothing gives (not the caller, the URL, the page, the text, nor the
  timeline: an occasion already on it) is kept, its year-less events drafts marked year unknown;
- a person is matched by name or alias (curators' aliases included);
- an event is matched to an existing one (overlapping dates, same type family,
  a shared participant or place) and gets a new mention instead of a duplicate;
- a field listed in `curated_fields` is never changed, an existing event's
  status is never changed (a rejected event stays rejected), and a merged
  event's mentions go to the event it was merged into.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

import extraction
from articles.models import Article, content_hash, outlet_from_url
from articles.outcomes import RefusalReason, SkipReason, refusal_text
from extraction import records as rec
from extraction.event_types import event_type, same_family_codes
from extraction.folding import fold, nfc, search_text
from extraction.persons import office_of
from extraction.pipeline import known_names
from extraction.publication import parse_published
from extraction.reference import countries as reference_countries
from timeline.caching import published_changed
from timeline.models import (
    Agreement,
    Appearance,
    Country,
    Event,
    Mention,
    Participation,
    Person,
    PersonAlias,
    Position,
)
from timeline.outcomes import DraftReason

# Any constant identifies the importers' PostgreSQL advisory lock; this one spells "timeline".
IMPORT_LOCK = 0x74696D656C696E65
URL_MAX_CHARS = Article._meta.get_field("url").max_length


def max_article_chars() -> int:
    return int(getattr(settings, "TIMELINE_MAX_ARTICLE_CHARS", 200_000))


def evidence_sentence(sentence: str) -> str:
    """The evidence as quoted: a run-on "sentence" (a page without punctuation) is cut at a word boundary
    to TIMELINE_MAX_EVIDENCE_CHARS, with an ellipsis, so that no quote is a whole page."""
    limit = int(getattr(settings, "TIMELINE_MAX_EVIDENCE_CHARS", 1_000))
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def lock_out_other_importers():
    """Within the caller's transaction, waits until no other importer is writing, on PostgreSQL.

    Matching (is this person, agreement or event already known?) then creating is one step: two
    importers doing it at once would both create the same person or event. Extraction, the costly
    part, still runs in parallel; only the writes of one article at a time wait. SQLite lets one
    writer at a time in anyway (the article's first statement is a write)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK])


# How long the timeline must know someone in an office for its first and last days to stand for the term.
TERM = timedelta(days=300)


def publish_threshold() -> float:
    """Events at or above this confidence are published on import; the rest wait as drafts."""
    return float(getattr(settings, "TIMELINE_PUBLISH_CONFIDENCE", 0.6))


class ArticleFileError(Exception):
    """A file that cannot be imported, with the reason in words a curator understands."""

    def __init__(self, name: str, reason: str, code: str = RefusalReason.FETCH):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
        self.code = code


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
    skip: str = ""  # SkipReason
    refusal: str = ""  # RefusalReason
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


def too_long(chars: int, unit: str = "") -> str | None:
    """The reason an article of `chars` characters (or bytes) is refused, or None."""
    limit = max_article_chars()
    if chars <= limit:
        return None
    return refusal_text(RefusalReason.TOO_LONG, f"{chars:,}{unit and ' ' + unit} > {limit:,}")


def decode_utf16(data: bytes) -> str | None:
    """The text of UTF-16 data (with a byte-order mark, or without one when every other byte is NUL)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif len(data) % 2 == 0 and data[1::2].count(0) > len(data) // 4:
        encodings = ["utf-16-le"]
    elif len(data) % 2 == 0 and data[0::2].count(0) > len(data) // 4:
        encodings = ["utf-16-be"]
    else:
        return None
    try:
        text = data.decode(encodings[0])
    except UnicodeDecodeError:
        return None
    # Binary data with many zero bytes may decode too, as nonsense: text is (almost) all printable.
    printable = sum(char.isprintable() or char in "\n\r\t" for char in text)
    return text if "\x00" not in text and printable >= 0.95 * len(text) else None


def read_article_file(name: str, data: bytes) -> str:
    """The text of an uploaded or on-disk article (UTF-8, or UTF-16), or ArticleFileError saying why not."""
    if not data.strip():
        raise ArticleFileError(name, refusal_text(RefusalReason.EMPTY), RefusalReason.EMPTY)
    # UTF-8 takes at most 4 bytes a character: a file beyond that is refused before it is decoded.
    if len(data) > 4 * max_article_chars():
        raise ArticleFileError(name, too_long(len(data), "bytes"), RefusalReason.TOO_LONG)
    text = decode_utf16(data)
    if text is None:
        if b"\x00" in data:
            reason = refusal_text(RefusalReason.BINARY, f"NUL @ {data.index(0)}")
            raise ArticleFileError(name, reason, RefusalReason.BINARY)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            reason = refusal_text(RefusalReason.NOT_UNICODE, f"@ {exc.start}")
            raise ArticleFileError(name, reason, RefusalReason.NOT_UNICODE) from None
    text = nfc(text)
    if not text.strip():
        raise ArticleFileError(name, refusal_text(RefusalReason.NO_TEXT), RefusalReason.NO_TEXT)
    if reason := too_long(len(text)):
        raise ArticleFileError(name, reason, RefusalReason.TOO_LONG)
    return text


def extraction_key(found: rec.FoundEvent) -> str:
    """What the pipeline read, independent of later curation: type, dates, people."""
    people = ",".join(sorted(fold(p.name) for p in found.participants))
    return f"{found.type}|{found.date.iso('start')}|{found.date.iso('end')}|{people}"[:300]


@dataclass
class CandidateEvent:
    """What matching needs of an event already on the timeline: plain values, no model instance."""

    pk: int
    type: str
    start: date
    end: date
    precision: str
    place: str
    merged_into_id: int | None
    person_ids: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, event: Event) -> CandidateEvent:
        return cls(
            event.pk, event.type, event.start, event.end, event.precision, event.place, event.merged_into_id,
            set(event.participations.values_list("person_id", flat=True)),
        )  # fmt: skip


class ArticleImporter:
    """One import run: caches what it reads from the database once, not per article."""

    def __init__(self, batch=None):
        self.batch = batch  # an ImportBatch: what each article writes is recorded there, so it can be undone
        self.created_person_ids: set[int] = set()
        self.created_agreement_ids: set[int] = set()
        self._countries: dict[str, Country] = {}
        self._known_persons: list[rec.Person] | None = None
        # (folded name, country) -> (person, folded names it is known by): a name seen again costs no query.
        self._persons: dict[tuple[str, str], tuple[Person, set[str]]] = {}
        self._positions: dict[tuple[int, str], Position] = {}
        self._agreements: dict[tuple[str, str], Agreement] = {}
        self._aliases_added = False

    def forget(self):
        """Drops what this run cached: after a rolled-back article it may name rows that were never saved."""
        self.__init__(self.batch)

    # --- reading ---------------------------------------------------------------------------

    def known_persons(self) -> list[rec.Person]:
        """Persons and aliases already in the database (curators' included), for the pipeline."""
        if self._known_persons is None:
            aliases: dict[int, list[str]] = {}
            for person_id, name in PersonAlias.objects.values_list("person_id", "name"):
                aliases.setdefault(person_id, []).append(name)
            # The office each last held, for telling another form of a name from a namesake.
            offices = dict(Position.objects.order_by("last_seen", "pk").values_list("person_id", "title"))
            self._known_persons = [
                rec.Person(name=name, title=offices.get(pk, ""), country=iso, aliases=aliases.get(pk, []))
                for pk, name, iso in Person.objects.filter(merged_into__isnull=True).values_list(
                    "pk", "name", "country__iso"
                )
            ]
        return self._known_persons

    def extract(self, raw_text: str, *, published=None, source_name: str = "", year_hint=None):
        return extraction.extract_article(
            raw_text,
            published=published,
            known_persons=self.known_persons(),
            source_name=source_name or None,
            year_hint=year_hint,
        )

    def complete_extraction(self, raw_text: str, extracted: rec.ExtractedArticle, published, source_name: str = ""):
        """`extracted` read again with what the database knows now, when that changes the reading.

        A worker of --jobs extracts with the persons known when it started: a name the database has
        learnt since ("Thủ tướng Suga" after an article naming Suga Yoshihide) is read again here, so
        that the timeline is the one a single process makes. An article whose year nothing gave takes
        the year of the occasions already on the timeline that it tells (year_from_timeline).
        """
        known = known_names(self.known_persons())
        if known is not None and any(
            person.name not in known.canonical and known.same_person(person.name, person.title, person.country)
            for person in extracted.persons
        ):
            extracted = self.extract(raw_text, published=published, source_name=source_name)
        if not extracted.year_unknown:
            return extracted
        hint = self.year_from_timeline(extracted)
        if hint is None:
            return extracted
        return self.extract(raw_text, published=published, source_name=source_name, year_hint=hint)

    # --- the whole article ----------------------------------------------------------------

    def import_text(
        self,
        raw_text: str,
        *,
        source_name: str = "",
        url: str | None = None,
        outlet: str = "",
        published=None,
        dry_run: bool = False,
        extracted: rec.ExtractedArticle | None = None,
    ) -> ImportReport:
        """Imports one article; `published` is a date, or a string YYYY, YYYY-MM or YYYY-MM-DD."""
        report = ImportReport(source_name=source_name)
        raw_text = nfc(raw_text)
        if not raw_text.strip():
            report.refuse(RefusalReason.NO_TEXT)
            return report
        if "\x00" in raw_text:
            report.refuse(RefusalReason.BINARY, "NUL")
            return report
        if too_long(len(raw_text)):
            report.refuse(RefusalReason.TOO_LONG, f"{len(raw_text):,} > {max_article_chars():,}")
            return report
        try:
            published = parse_published(published)
        except ValueError as exc:
            report.refuse(RefusalReason.BAD_DATE, str(exc))
            return report
        digest = content_hash(raw_text)
        hash_checked = extracted is None
        if extracted is None:
            # Known text is skipped before the costly extraction.
            if self._skip_if_imported(digest, None, report):
                return self._date_again(report, published, dry_run)
            extracted = self.extract(raw_text, published=published, source_name=source_name)
        url = url or extracted.url
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
                    outlet=(outlet or outlet_from_url(url))[:200],
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
        return parse_published(article.published_display)

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

    # --- writing the pipeline's records ----------------------------------------------------

    def write_extraction(
        self, article: Article, extracted: rec.ExtractedArticle, report: ImportReport, new_article: bool = False
    ):
        """Rows for what the pipeline read in `article`; a new article needs no check for what it already told.

        The queries are made per article, not per event (candidate events, mentions, participants,
        countries and agreements each in one query): the database writes are what --jobs cannot share.
        """
        persons: dict[str, Person] = {}
        appearances = []
        for found in extracted.persons:
            person, created = self.person_for(found)
            report.persons_created += created
            persons[found.name] = person
            appearances.append(Appearance(article=article, person=person, title=found.title[:300]))
        Appearance.objects.bulk_create(appearances, ignore_conflicts=True)
        agreements = {found.name: self.agreement_for(found) for found in extracted.agreements}

        already_read = (
            set()
            if new_article
            else set(Mention.objects.filter(article=article).values_list("extraction_key", flat=True))
        )
        tellings = []  # (found event, its extraction key, [(Person, participant)])
        for found in extracted.events:
            key = extraction_key(found)
            if key in already_read:
                continue  # re-extraction of something already read: the curator's version stands
            people = [
                (persons.get(p.name) or self.person_for(rec.Person(name=p.name))[0], p) for p in found.participants
            ]
            tellings.append((found, key, people))

        candidates = self.candidate_events([found for found, _, _ in tellings], article, new_article)
        taken: set[int] = set()  # an existing event is told at most once per article
        matches = []
        for found, _key, people in tellings:
            match = self.matching_event(found, [person for person, _ in people], candidates, taken)
            if match is not None:
                taken.add(match)
            matches.append(match)
        existing = Event.objects.in_bulk([pk for pk in matches if pk is not None])
        events, new_events = [], []
        for match, (found, _key, people) in zip(matches, tellings, strict=True):
            if match is None:
                event = self.new_event(found, search_text=self.telling_search_text(found, people))
                new_events.append(event)
                report.events_created += 1
            else:
                event = existing[match]
                self.improve_event(event, found)
                extended = search_text(event.search_text, self.telling_search_text(found, people))
                if extended != event.search_text:
                    event.search_text = extended
                    Event.objects.filter(pk=event.pk).update(search_text=event.search_text)
                report.events_matched += 1
            events.append(event)
        self.create_events(new_events)

        Mention.objects.bulk_create(
            [
                Mention(
                    event=event,
                    article=article,
                    sentence_index=found.sentence_index,
                    sentence=evidence_sentence(found.evidence),
                    extracted_type=found.type,
                    extraction_key=key,
                )
                for event, (found, key, _) in zip(events, tellings, strict=True)
            ]
        )
        self.add_related(list(zip(events, tellings, strict=True)), agreements)
        published_changed()  # the bulk inserts above send no signal that would drop the cached pages
        if self.batch is not None:
            self.batch.record(
                article, new_article, events, new_events, self.created_person_ids, self.created_agreement_ids
            )
        self.created_person_ids, self.created_agreement_ids = set(), set()
        if not new_article:
            article.extracted_at = timezone.now()
            article.save(update_fields=["extracted_at"])
        if report.persons_created or self._aliases_added:
            self._known_persons = None  # new names and aliases are known to the next article
            self._aliases_added = False

    def telling_search_text(self, found: rec.FoundEvent, people) -> str:
        """Folded words a reader may search this telling by: title, place, evidence, participants' names."""
        parts = [found.title, found.place or "", evidence_sentence(found.evidence)]
        for person, _ in people:
            parts += sorted(self._persons.get((person.folded_name, ""), (None, {person.folded_name}))[1])
            parts.append(person.folded_name)
        return search_text(*parts)

    def country(self, iso: str | None) -> Country | None:
        if not iso:
            return None
        iso = iso.upper()
        if iso not in self._countries:
            entry = reference_countries().get(iso, {})
            self._countries[iso], _ = Country.objects.get_or_create(
                iso=iso, defaults={"name_vi": entry.get("vi", iso), "name_en": entry.get("en", iso)}
            )
        return self._countries[iso]

    def person_for(self, found: rec.Person) -> tuple[Person, bool]:
        """The Person for a name the pipeline found: matched by name or alias, else created."""
        key = (fold(found.name), found.country or "")
        if key in self._persons:
            person, known = self._persons[key]
            created = False
        else:
            person, created = self._find_or_create_person(found)
            if created:
                self.created_person_ids.add(person.pk)
            known = {person.folded_name, *person.aliases.values_list("folded", flat=True)}
            self._persons[key] = self._persons[(person.folded_name, "")] = (person, known)
        new_aliases = {fold(a): a for a in found.aliases if a and fold(a) not in known}
        if new_aliases:
            PersonAlias.objects.bulk_create(
                [
                    PersonAlias(person=person, name=name[:200], folded=folded[:200])
                    for folded, name in new_aliases.items()
                ],
                ignore_conflicts=True,
            )
            known |= set(new_aliases)
            self._aliases_added = True
            # The folded search text is derived data: refreshed without a history row of its own.
            person.search_text = search_text(*sorted(known))
            Person.objects.filter(pk=person.pk).update(search_text=person.search_text)
        return person, created

    def _find_or_create_person(self, found: rec.Person) -> tuple[Person, bool]:
        folded = {fold(name) for name in (found.name, *found.aliases) if name}
        candidates = [
            person.survivor()
            for person in Person.objects.filter(Q(folded_name__in=folded) | Q(aliases__folded__in=folded))
            .select_related("country")
            .distinct()
            .order_by("pk")
        ]
        if len(found.name.split()) == 1:
            # A bare surname ("Thủ tướng Suga") is another person's short form only when the
            # name is that person's own or the countries agree; otherwise a curator merges them.
            candidates = [
                c for c in candidates
                if fold(c.name) == fold(found.name) or (found.country and c.country and c.country.iso == found.country)
            ]  # fmt: skip
        if not candidates:
            return Person.objects.create(name=found.name[:200], country=self.country(found.country)), True
        same_country = [c for c in candidates if found.country and c.country and c.country.iso == found.country]
        person = (same_country or candidates)[0]
        if found.country and person.country_id is None and not person.is_curated("country"):
            person.country = self.country(found.country)
            person.save()
        return person, False

    def agreement_for(self, found: rec.Agreement) -> Agreement:
        keys = [("name", fold(found.name))] + ([("short", found.short_name.casefold())] if found.short_name else [])
        agreement = next((self._agreements[key] for key in keys if key in self._agreements), None)
        if agreement is None:
            agreement = (
                Agreement.objects.filter(folded_name=fold(found.name)).first()
                or (found.short_name and Agreement.objects.filter(short_name__iexact=found.short_name).first())
                or None
            )
        if agreement is None:
            agreement = Agreement.objects.create(
                name=found.name[:500],
                short_name=found.short_name[:100],
                kind=found.kind if found.kind in Agreement.Kind.values else Agreement.Kind.OTHER,
                signed_on=found.date.start if found.date else None,
                signed_precision=found.date.precision if found.date else "",
            )
            self.created_agreement_ids.add(agreement.pk)
        elif found.date and agreement.signed_on is None and not agreement.is_curated("signed_on"):
            agreement.signed_on, agreement.signed_precision = found.date.start, found.date.precision
            agreement.save()
        self._agreements.update(dict.fromkeys(keys, agreement))
        return agreement

    def candidate_events(
        self, found_events: list[rec.FoundEvent], article: Article, new_article: bool
    ) -> list[CandidateEvent]:
        """In two light queries, the events on the timeline that the article's events might tell again."""
        if not found_events:
            return []
        overlapping = Q()
        for found in found_events:
            overlapping |= Q(start__lte=found.date.end, end__gte=found.date.start)
        rows = Event.objects.filter(
            overlapping, type__in=same_family_codes(found.type for found in found_events), year_unknown=False
        )
        if not new_article:
            # The pipeline already told this article's events apart: they never match each other.
            rows = rows.exclude(mentions__article=article)
        candidates = [
            CandidateEvent(*row)
            for row in rows.order_by("start", "end", "pk").values_list(
                "pk", "type", "start", "end", "precision", "place", "merged_into_id"
            )
        ]
        by_pk = {candidate.pk: candidate for candidate in candidates}
        for event_id, person_id in Participation.objects.filter(event_id__in=by_pk).values_list(
            "event_id", "person_id"
        ):
            by_pk[event_id].person_ids.add(person_id)
        return candidates

    def matching_event(
        self, found: rec.FoundEvent, people: list[Person], candidates: list[CandidateEvent], taken=frozenset()
    ) -> int | None:
        """The primary key of the event among `candidates` that `found` tells again, or None.

        Same type family, overlapping dates, and a shared participant but no two different
        counterparts (A meeting B and A meeting C are two events); a date
        known only to the year overlaps with everything that year, so there two
        shared participants (or the same type and place when nobody is named) are needed.
        """
        if found.year_unknown:
            return None  # its year is a placeholder: it waits for its article's date, not matched by it
        family = event_type(found.type).family
        person_ids = {person.pk for person in people}
        place = fold(found.place or "")
        coarse = found.date.precision == rec.YEAR
        for candidate in candidates:
            if event_type(candidate.type).family != family:
                continue
            if not (candidate.start <= found.date.end and candidate.end >= found.date.start):
                continue
            if candidate.merged_into_id:
                candidate = CandidateEvent.of(Event.objects.get(pk=candidate.pk).survivor())
            if candidate.pk in taken:
                continue
            shared_people = person_ids & candidate.person_ids
            if shared_people and person_ids - shared_people and candidate.person_ids - shared_people:
                continue  # A meeting B is not A meeting C, on the same day or not
            if shared_people and (len(shared_people) >= 2 or not (coarse or candidate.precision == rec.YEAR)):
                return candidate.pk
            nobody_named = not person_ids or not candidate.person_ids
            same_place = not place or not candidate.place or fold(candidate.place) == place
            if nobody_named and candidate.type == found.type and same_place:
                return candidate.pk
        return None

    def year_from_timeline(self, extracted: rec.ExtractedArticle) -> rec.YearGuess | None:
        """The year an article that never writes it tells, from the occasions already on the timeline.

        An undated telling ("chiều 19/10, Thủ tướng A hội đàm với Thủ tướng B") of an occasion the
        timeline holds with its year (same type family, a shared participant, the day and month inside
        its dates, both known to the day) votes for that year; the year with most votes wins, a tie
        gives none. Failing that, the office terms the timeline knows (year_from_offices).
        """
        undated = [e for e in extracted.events if e.year_unknown and e.participants and e.date.precision == rec.DAY]
        if not undated:
            return None
        names = {fold(p.name) for e in undated for p in e.participants}
        ids_by_name: dict[str, set[int]] = {}
        for pk, folded, alias in Person.objects.filter(
            Q(folded_name__in=names) | Q(aliases__folded__in=names)
        ).values_list("pk", "folded_name", "aliases__folded"):
            for name in {folded, alias} & names:
                ids_by_name.setdefault(name, set()).add(pk)
        person_ids = set().union(*ids_by_name.values()) if ids_by_name else set()
        if not person_ids:
            return None
        rows = (
            Event.objects.not_rejected()
            .filter(year_unknown=False, participations__person_id__in=person_ids)
            .filter(precision=rec.DAY)
            .values_list("pk", "type", "start", "end", "title")
            .distinct()
        )
        held = {}
        for pk, kind, start, end, title in rows:
            held.setdefault(pk, (kind, start, end, title))
        people_of = {}
        for event_id, person_id in Participation.objects.filter(event_id__in=held).values_list("event_id", "person_id"):
            people_of.setdefault(event_id, set()).add(person_id)
        votes: dict[int, list[str]] = {}
        for found in undated:
            ids_here = set().union(*(ids_by_name.get(fold(p.name), set()) for p in found.participants))
            family = event_type(found.type).family
            for pk, (kind, start, end, title) in held.items():
                if not (people_of.get(pk, set()) & ids_here) or event_type(kind).family != family:
                    continue
                for year in {start.year, end.year}:
                    moved = _in_year(found.date, year)
                    if moved and moved[0] <= end and moved[1] >= start:
                        votes.setdefault(year, []).append(f"{title} ({start:%d/%m/%Y})")
        if not votes:
            return self.year_from_offices(undated, ids_by_name)
        ranked = sorted(votes.items(), key=lambda item: len(item[1]), reverse=True)
        if len(ranked) > 1 and len(ranked[0][1]) == len(ranked[1][1]):
            return None
        year, reasons = ranked[0]
        return rec.YearGuess(year, f"timeline: {reasons[0]}"[:200], 0.6, "timeline")

    def year_from_offices(self, undated: list[rec.FoundEvent], ids_by_name: dict[str, set[int]]):
        """The one year in which every dated telling falls within the office terms other articles tell.

        "Chủ tịch nước X" on 19/10 falls within X's term as the timeline knows it (the first and last
        day other articles show X in that office); only a term the timeline knows for most of a year
        counts, so that one article's day is not taken for a whole term. None unless one year fits all.
        """
        person_ids = set().union(*ids_by_name.values())
        terms = Position.objects.filter(person_id__in=person_ids, first_seen__isnull=False, last_seen__isnull=False)
        terms = [t for t in terms.values_list("person_id", "title", "first_seen", "last_seen") if t[3] - t[2] >= TERM]
        fitting, reason = None, ""
        for found in undated:
            for participant in found.participants:
                ids = ids_by_name.get(fold(participant.name), set())
                for person_id, title, first, last in terms:
                    if person_id not in ids or not participant.role or office_of(title) != office_of(participant.role):
                        continue
                    years = set()
                    for year in range(first.year, last.year + 1):
                        moved = _in_year(found.date, year)
                        if moved and first <= moved[0] <= last:
                            years.add(year)
                    fitting = years if fitting is None else fitting & years
                    reason = f"{title} {participant.name}, {first:%m/%Y}–{last:%m/%Y}"
        if not fitting or len(fitting) != 1:
            return None
        return rec.YearGuess(fitting.pop(), f"timeline: {reason}"[:200], 0.5, "timeline")

    def new_event(self, found: rec.FoundEvent, search_text: str = "") -> Event:
        """An unsaved Event for `found`; create_events saves the article's new events together."""
        return Event(
            search_text=search_text,
            type=found.type,
            title=found.title[:500],
            start=found.date.start,
            end=found.date.end,
            precision=found.date.precision,
            place=(found.place or "")[:200],
            planned=found.planned,
            confidence=found.confidence,
            year_inferred=found.date.year_inferred,
            year_unknown=found.year_unknown,
            status=Event.Status.DRAFT if self.why_draft(found) else Event.Status.PUBLISHED,
            draft_reason=self.why_draft(found)[:300],
        )

    @staticmethod
    def why_draft(found: rec.FoundEvent) -> str:
        """Why `found` is not published on import ("" when it is): the pipeline's strict tests
        (extraction.events.why_draft), a year nobody gave, or a confidence under the threshold."""
        if found.year_unknown:
            return DraftReason.YEAR_UNKNOWN
        if found.why_draft:
            return DraftReason.of_extraction(found.why_draft)
        if found.confidence < publish_threshold():
            return DraftReason.LOW_CONFIDENCE
        return ""

    def create_events(self, events: list[Event]):
        """Saves new events in one insert, with their history rows and unique slugs."""
        if not events:
            return
        Event.assign_unique_slugs(events)
        bulk_create_with_history(events, Event)

    def improve_event(self, event: Event, found: rec.FoundEvent):
        """A second telling may date an event more precisely; curated fields stay as they are."""
        changed = event.take_date_if_more_precise(
            found.date.start, found.date.end, found.date.precision, found.date.year_inferred
        )
        if found.place and not event.place:
            changed |= event.set_if_not_curated("place", found.place[:200])
        if event.planned and not found.planned:
            changed |= event.set_if_not_curated("planned", False)
        if found.confidence > event.confidence:
            event.confidence, changed = found.confidence, True
        if changed:
            event.save()

    def add_related(self, told: list, agreements: dict[str, Agreement]):
        """Participants, countries and agreements of the article's events, one insert for each kind.

        `told` pairs each event with the (found event, key, people) that told it; what a curator
        set by hand on an event (its participants, countries or agreements) is left alone.
        """
        participations, event_countries, event_agreements = [], [], []
        for event, (found, _key, people) in told:
            if not event.is_curated("participants"):
                for person, participant in people:
                    participations.append(
                        Participation(event=event, person=person, role=(participant.role or "")[:300])
                    )
                    if participant.role:
                        self.record_position(person, participant.role[:300], found.date.start)
            if not event.is_curated("countries"):
                isos = set(found.countries) | {person.country.iso for person, _ in people if person.country}
                for country in filter(None, (self.country(iso) for iso in sorted(isos))):
                    event_countries.append(Event.countries.through(event=event, country=country))
            if not event.is_curated("agreements"):
                for name in found.agreements:
                    if name in agreements:
                        event_agreements.append(Event.agreements.through(event=event, agreement=agreements[name]))
        Participation.objects.bulk_create(participations, ignore_conflicts=True)
        Event.countries.through.objects.bulk_create(event_countries, ignore_conflicts=True)
        Event.agreements.through.objects.bulk_create(event_agreements, ignore_conflicts=True)

    def record_position(self, person: Person, title: str, seen_on: date):
        key = (person.pk, title)
        position = self._positions.get(key)
        if position is None:
            position, _ = Position.objects.get_or_create(person=person, title=title)
            self._positions[key] = position
        before = (position.first_seen, position.last_seen)
        position.extend_to(seen_on)
        if (position.first_seen, position.last_seen) != before:
            position.save(update_fields=["first_seen", "last_seen"])


def _dates_as_planned(event: rec.FoundEvent) -> str:
    if event.year_unknown:
        return f"{event.date.start:%d/%m}..{event.date.end:%d/%m} (year unknown)"
    return f"{event.date.iso('start')}..{event.date.iso('end')}"


def _in_year(span: rec.DateSpan, year: int) -> tuple[date, date] | None:
    """A year-unknown span's dates moved into `year` (None when its day does not exist that year)."""
    shift = year - span.start.year
    try:
        return span.start.replace(year=year), span.end.replace(year=span.end.year + shift)
    except ValueError:
        return None


def import_text(raw_text: str, **kwargs) -> ImportReport:
    """Imports one article's text (see ArticleImporter.import_text)."""
    return ArticleImporter().import_text(raw_text, **kwargs)


def reextract(article: Article) -> ImportReport:
    return ArticleImporter().reextract(article)
