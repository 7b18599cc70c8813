"""Writes what the extraction pipeline finds to the database.

The pipeline (articles/extraction/) reads text and returns dataclasses; this
module is the thin layer that turns them into rows, one transaction per
article, without ever overwriting what a curator set:

- an article is identified by its content hash: the same text twice is one article;
- a person is matched by name or alias (curators' aliases included);
- an event is matched to an existing one (overlapping dates, same type family,
  a shared participant or place) and gets a new mention instead of a duplicate;
- a field listed in `curated_fields` is never changed, an existing event's
  status is never changed (a rejected event stays rejected), and a merged
  event's mentions go to the event it was merged into.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles import extraction
from articles.extraction import records as rec
from articles.extraction.folding import fold, nfc
from articles.models import Article, content_hash
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

COUNTRIES_FILE = Path(settings.BASE_DIR) / "fixtures" / "reference" / "countries.json"
PRECISION_RANK = {rec.DAY: 0, rec.MONTH: 1, rec.YEAR: 2}


def publish_threshold() -> float:
    """Events at or above this confidence are published on import; the rest wait as drafts."""
    return float(getattr(settings, "TIMELINE_PUBLISH_CONFIDENCE", 0.6))


class ArticleFileError(Exception):
    """A file that cannot be imported, with the reason in words a curator understands."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


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
    planned: list[str] = field(default_factory=list)  # what a dry run would create

    @property
    def ok(self) -> bool:
        return self.error is None


def read_article_file(name: str, data: bytes) -> str:
    """The text of an uploaded or on-disk article, or ArticleFileError saying why not."""
    if not data.strip():
        raise ArticleFileError(name, "the file is empty")
    if b"\x00" in data[:8192]:
        raise ArticleFileError(name, "the file is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFileError(name, f"the file is not UTF-8 (invalid byte at position {exc.start})") from None
    text = nfc(text)
    if not text.strip():
        raise ArticleFileError(name, "the file has no text")
    return text


@lru_cache(maxsize=1)
def reference_countries() -> dict[str, dict]:
    """ISO code -> reference entry (Vietnamese and English names) from fixtures/reference/countries.json."""
    try:
        entries = json.loads(COUNTRIES_FILE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {entry["iso"].upper(): entry for entry in entries}


def extraction_key(found: rec.Event) -> str:
    """What the pipeline read, independent of later curation: type, dates, people."""
    people = ",".join(sorted(fold(p.name) for p in found.participants))
    return f"{found.type}|{found.date.iso('start')}|{found.date.iso('end')}|{people}"[:300]


class ArticleImporter:
    """One import run: caches what it reads from the database once, not per article."""

    def __init__(self):
        self._countries: dict[str, Country] = {}
        self._known_persons: list[rec.Person] | None = None

    # --- reading ---------------------------------------------------------------------------

    def known_persons(self) -> list[rec.Person]:
        """Persons and aliases already in the database (curators' included), for the pipeline."""
        if self._known_persons is None:
            aliases: dict[int, list[str]] = {}
            for person_id, name in PersonAlias.objects.values_list("person_id", "name"):
                aliases.setdefault(person_id, []).append(name)
            self._known_persons = [
                rec.Person(name=name, country=iso, aliases=aliases.get(pk, []))
                for pk, name, iso in Person.objects.filter(merged_into__isnull=True).values_list(
                    "pk", "name", "country__iso"
                )
            ]
        return self._known_persons

    def extract(self, raw_text: str, *, published: date | None = None, source_name: str = ""):
        return extraction.extract_article(
            raw_text, published=published, known_persons=self.known_persons(), source_name=source_name or None
        )

    # --- the whole article ----------------------------------------------------------------

    def import_text(
        self,
        raw_text: str,
        *,
        source_name: str = "",
        url: str | None = None,
        outlet: str = "",
        published: date | None = None,
        dry_run: bool = False,
        extracted: rec.ExtractedArticle | None = None,
    ) -> ImportReport:
        report = ImportReport(source_name=source_name)
        raw_text = nfc(raw_text)
        if not raw_text.strip():
            report.error = "the article has no text"
            return report
        existing = Article.objects.filter(content_hash=content_hash(raw_text)).first()
        if existing:
            report.article = existing
            report.skipped_reason = f"already imported (article {existing.pk})"
            return report
        if extracted is None:
            extracted = self.extract(raw_text, published=published, source_name=source_name)
        url = url or extracted.url
        if url and Article.objects.filter(url=url).exists():
            report.article = Article.objects.get(url=url)
            report.skipped_reason = f"an article with this URL is already imported (article {report.article.pk})"
            return report
        if dry_run:
            report.planned = [
                f"{event.type} {event.date.iso('start')}..{event.date.iso('end')} {event.title}"
                for event in extracted.events
            ]
            return report
        with transaction.atomic():
            article = Article.objects.create(
                url=url or None,
                source_name=source_name,
                title=extracted.title[:500],
                outlet=outlet,
                published=published or extracted.published,
                published_source=(
                    Article.PublishedSource.GIVEN
                    if published
                    else Article.PublishedSource.PAGE
                    if extracted.published
                    else Article.PublishedSource.UNKNOWN
                ),
                year=extracted.year.year,
                year_source=extracted.year.source[:200],
                year_confidence=extracted.year.confidence,
                raw_text=raw_text,
                cleaned_text=extracted.cleaned_text,
            )
            self.write_extraction(article, extracted, report)
        report.article = article
        report.created = True
        if not extracted.events:
            # Kept (with its persons) so that nothing is lost and a curator can date its events by hand,
            # but reported: an importer that finds nothing to put on the timeline must say so.
            report.error = "no datable event found in the article"
        return report

    def reextract(self, article: Article) -> ImportReport:
        """Runs the pipeline again on a stored article; only adds new mentions and candidates."""
        report = ImportReport(source_name=article.source_name, article=article)
        published = article.published if article.published_source == Article.PublishedSource.GIVEN else None
        extracted = self.extract(article.raw_text, published=published, source_name=article.source_name)
        with transaction.atomic():
            article.cleaned_text = extracted.cleaned_text
            article.save(update_fields=["cleaned_text"])
            self.write_extraction(article, extracted, report)
        return report

    # --- writing the pipeline's records ----------------------------------------------------

    def write_extraction(self, article: Article, extracted: rec.ExtractedArticle, report: ImportReport):
        persons: dict[str, Person] = {}
        for found in extracted.persons:
            person, created = self.person_for(found)
            report.persons_created += created
            persons[found.name] = person
            Appearance.objects.get_or_create(article=article, person=person, defaults={"title": found.title[:300]})
        agreements = {found.name: self.agreement_for(found) for found in extracted.agreements}
        for found in extracted.events:
            key = extraction_key(found)
            if Mention.objects.filter(article=article, extraction_key=key).exists():
                continue  # re-extraction of something already read: the curator's version stands
            people = [(persons.get(p.name) or self.person_for(rec.Person(name=p.name))[0], p) for p in found.participants]
            event = self.matching_event(found, [person for person, _ in people], article)
            if event is None:
                event = self.create_event(found)
                report.events_created += 1
            else:
                self.improve_event(event, found)
                report.events_matched += 1
            Mention.objects.get_or_create(
                event=event,
                article=article,
                sentence_index=found.sentence_index,
                defaults={"sentence": found.evidence, "extracted_type": found.type, "extraction_key": key},
            )
            self.add_related(event, found, people, agreements)
            event.refresh_search_text()
        article.extracted_at = timezone.now()
        article.save(update_fields=["extracted_at"])
        self._known_persons = None  # new names and aliases are known to the next article

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
        folded = {fold(name) for name in (found.name, *found.aliases) if name}
        candidates = [
            person.final()
            for person in Person.objects.filter(
                Q(folded_name__in=folded) | Q(aliases__folded__in=folded)
            ).select_related("country").distinct().order_by("pk")
        ]
        if len(found.name.split()) == 1:
            # A bare surname ("Thủ tướng Suga") is another person's short form only when the
            # name is that person's own or the countries agree; otherwise a curator merges them.
            candidates = [
                c for c in candidates
                if fold(c.name) == fold(found.name) or (found.country and c.country and c.country.iso == found.country)
            ]  # fmt: skip
        person = None
        if candidates:
            same_country = [c for c in candidates if found.country and c.country and c.country.iso == found.country]
            person = (same_country or candidates)[0]
        created = person is None
        if created:
            person = Person.objects.create(name=found.name[:200], country=self.country(found.country))
        elif found.country and person.country_id is None and not person.is_curated("country"):
            person.country = self.country(found.country)
            person.save()
        for alias in found.aliases:
            if alias and fold(alias) != fold(person.name):
                PersonAlias.objects.get_or_create(person=person, folded=fold(alias), defaults={"name": alias[:200]})
        if found.aliases or created:
            person.save()  # refreshes the folded search text with the new aliases
        return person, created

    def agreement_for(self, found: rec.Agreement) -> Agreement:
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
        elif found.date and agreement.signed_on is None and not agreement.is_curated("signed_on"):
            agreement.signed_on, agreement.signed_precision = found.date.start, found.date.precision
            agreement.save()
        return agreement

    def matching_event(self, found: rec.Event, people: list[Person], article: Article) -> Event | None:
        """An event already on the timeline that `found` tells again, or None.

        Same type family, overlapping dates, and a shared participant; a date
        known only to the year overlaps with everything that year, so there two
        shared participants (or the same type and place when nobody is named) are needed.
        """
        family = Event.TYPE_FAMILIES.get(found.type, "other")
        types = [t for t, f in Event.TYPE_FAMILIES.items() if f == family]
        candidates = (
            Event.objects.filter(type__in=types)
            .overlapping(found.date.start, found.date.end)
            .exclude(mentions__article=article)  # the pipeline already told this article's events apart
            .prefetch_related("participations")
        )
        person_ids = {person.pk for person in people}
        place = fold(found.place or "")
        coarse = found.date.precision == rec.YEAR
        for candidate in candidates:
            candidate = candidate.final()
            shared_people = person_ids & {p.person_id for p in candidate.participations.all()}
            if shared_people and (len(shared_people) >= 2 or not (coarse or candidate.precision == rec.YEAR)):
                return candidate
            if not person_ids or not candidate.participations.all():
                if candidate.type == found.type and (not place or not candidate.place or fold(candidate.place) == place):
                    return candidate
        return None

    def create_event(self, found: rec.Event) -> Event:
        return Event.objects.create(
            type=found.type,
            title=found.title[:500],
            start=found.date.start,
            end=found.date.end,
            precision=found.date.precision,
            place=(found.place or "")[:200],
            planned=found.planned,
            confidence=found.confidence,
            year_inferred=found.date.year_inferred,
            status=Event.Status.PUBLISHED if found.confidence >= publish_threshold() else Event.Status.DRAFT,
        )

    def improve_event(self, event: Event, found: rec.Event):
        """A second telling may date an event more precisely; curated fields stay as they are."""
        changed = False
        more_precise = PRECISION_RANK.get(found.date.precision, 2) < PRECISION_RANK.get(event.precision, 2)
        if more_precise and not {"start", "end", "precision"} & set(event.curated_fields):
            event.start, event.end, event.precision = found.date.start, found.date.end, found.date.precision
            event.year_inferred = found.date.year_inferred
            changed = True
        if found.place and not event.place:
            changed |= event.set_if_not_curated("place", found.place[:200])
        if event.planned and not found.planned:
            changed |= event.set_if_not_curated("planned", False)
        if found.confidence > event.confidence:
            event.confidence, changed = found.confidence, True
        if changed:
            event.save()

    def add_related(self, event: Event, found: rec.Event, people, agreements: dict[str, Agreement]):
        if not event.is_curated("participants"):
            for person, participant in people:
                role = (participant.role or "")[:300]
                Participation.objects.get_or_create(event=event, person=person, defaults={"role": role})
                if role:
                    self.record_position(person, role, found.date.start)
        if not event.is_curated("countries"):
            isos = set(found.countries) | {person.country.iso for person, _ in people if person.country}
            event.countries.add(*[c for c in (self.country(iso) for iso in sorted(isos)) if c])
        if not event.is_curated("agreements"):
            event.agreements.add(*[agreements[name] for name in found.agreements if name in agreements])

    @staticmethod
    def record_position(person: Person, title: str, seen_on: date):
        position, _ = Position.objects.get_or_create(person=person, title=title)
        before = (position.first_seen, position.last_seen)
        position.extend_to(seen_on)
        if (position.first_seen, position.last_seen) != before:
            position.save()


def import_text(raw_text: str, **kwargs) -> ImportReport:
    """Imports one article's text (see ArticleImporter.import_text)."""
    return ArticleImporter().import_text(raw_text, **kwargs)


def reextract(article: Article) -> ImportReport:
    return ArticleImporter().reextract(article)
