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

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from articles import extraction
from articles.extraction import records as rec
from articles.extraction.folding import fold, nfc
from articles.extraction.reference import countries as reference_countries
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


def extraction_key(found: rec.Event) -> str:
    """What the pipeline read, independent of later curation: type, dates, people."""
    people = ",".join(sorted(fold(p.name) for p in found.participants))
    return f"{found.type}|{found.date.iso('start')}|{found.date.iso('end')}|{people}"[:300]


class ArticleImporter:
    """One import run: caches what it reads from the database once, not per article."""

    def __init__(self):
        self._countries: dict[str, Country] = {}
        self._known_persons: list[rec.Person] | None = None
        # (folded name, country) -> (person, folded names it is known by): a name seen again costs no query.
        self._persons: dict[tuple[str, str], tuple[Person, set[str]]] = {}
        self._positions: dict[tuple[int, str], Position] = {}
        self._aliases_added = False

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
                extracted_at=timezone.now(),
            )
            self.write_extraction(article, extracted, report, new_article=True)
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

    def write_extraction(
        self, article: Article, extracted: rec.ExtractedArticle, report: ImportReport, new_article: bool = False
    ):
        """Rows for what the pipeline read in `article`; a new article needs no check for what it already told."""
        persons: dict[str, Person] = {}
        appearances = []
        for found in extracted.persons:
            person, created = self.person_for(found)
            report.persons_created += created
            persons[found.name] = person
            appearances.append(Appearance(article=article, person=person, title=found.title[:300]))
        Appearance.objects.bulk_create(appearances, ignore_conflicts=True)
        agreements = {found.name: self.agreement_for(found) for found in extracted.agreements}
        for found in extracted.events:
            key = extraction_key(found)
            if not new_article and Mention.objects.filter(article=article, extraction_key=key).exists():
                continue  # re-extraction of something already read: the curator's version stands
            people = [(persons.get(p.name) or self.person_for(rec.Person(name=p.name))[0], p) for p in found.participants]
            event = self.matching_event(found, [person for person, _ in people], article)
            if event is None:
                event = self.create_event(found, search_text=self.search_text(found, people))
                report.events_created += 1
            else:
                self.improve_event(event, found)
                parts = dict.fromkeys((event.search_text or "").split(" | ") + self.search_text(found, people).split(" | "))
                if " | ".join(p for p in parts if p) != event.search_text:
                    event.search_text = " | ".join(p for p in parts if p)
                    Event.objects.filter(pk=event.pk).update(search_text=event.search_text)
                report.events_matched += 1
            Mention.objects.create(
                event=event,
                article=article,
                sentence_index=found.sentence_index,
                sentence=found.evidence,
                extracted_type=found.type,
                extraction_key=key,
            )
            self.add_related(event, found, people, agreements)
        if not new_article:
            article.extracted_at = timezone.now()
            article.save(update_fields=["extracted_at"])
        if report.persons_created or self._aliases_added:
            self._known_persons = None  # new names and aliases are known to the next article
            self._aliases_added = False

    def search_text(self, found: rec.Event, people) -> str:
        """Folded words a reader may search this telling by: title, place, evidence, participants' names."""
        parts = [fold(found.title), fold(found.place or ""), fold(found.evidence)]
        for person, _ in people:
            parts += sorted(self._persons.get((person.folded_name, ""), (None, {person.folded_name}))[1])
            parts.append(person.folded_name)
        return " | ".join(dict.fromkeys(p for p in parts if p))

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
            known = {person.folded_name, *person.aliases.values_list("folded", flat=True)}
            self._persons[key] = self._persons[(person.folded_name, "")] = (person, known)
        new_aliases = {fold(a): a for a in found.aliases if a and fold(a) not in known}
        if new_aliases:
            PersonAlias.objects.bulk_create(
                [PersonAlias(person=person, name=name[:200], folded=folded[:200]) for folded, name in new_aliases.items()],
                ignore_conflicts=True,
            )
            known |= set(new_aliases)
            self._aliases_added = True
            # The folded search text is derived data: refreshed without a history row of its own.
            person.search_text = " | ".join(sorted(known))
            Person.objects.filter(pk=person.pk).update(search_text=person.search_text)
        return person, created

    def _find_or_create_person(self, found: rec.Person) -> tuple[Person, bool]:
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
        if not candidates:
            return Person.objects.create(name=found.name[:200], country=self.country(found.country)), True
        same_country = [c for c in candidates if found.country and c.country and c.country.iso == found.country]
        person = (same_country or candidates)[0]
        if found.country and person.country_id is None and not person.is_curated("country"):
            person.country = self.country(found.country)
            person.save()
        return person, False

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

    def create_event(self, found: rec.Event, search_text: str = "") -> Event:
        return Event.objects.create(
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
            status=Event.Status.PUBLISHED if found.confidence >= publish_threshold() else Event.Status.DRAFT,
        )

    def improve_event(self, event: Event, found: rec.Event):
        """A second telling may date an event more precisely; curated fields stay as they are."""
        changed = False
        more_precise = rec.PRECISION_RANK.get(found.date.precision, 2) < rec.PRECISION_RANK.get(event.precision, 2)
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
            Participation.objects.bulk_create(
                [Participation(event=event, person=person, role=(p.role or "")[:300]) for person, p in people],
                ignore_conflicts=True,
            )
            for person, participant in people:
                if participant.role:
                    self.record_position(person, participant.role[:300], found.date.start)
        if not event.is_curated("countries"):
            isos = set(found.countries) | {person.country.iso for person, _ in people if person.country}
            countries = [c for c in (self.country(iso) for iso in sorted(isos)) if c]
            Event.countries.through.objects.bulk_create(
                [Event.countries.through(event=event, country=c) for c in countries], ignore_conflicts=True
            )
        if not event.is_curated("agreements") and found.agreements:
            event.agreements.add(*[agreements[name] for name in found.agreements if name in agreements])

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


def import_text(raw_text: str, **kwargs) -> ImportReport:
    """Imports one article's text (see ArticleImporter.import_text)."""
    return ArticleImporter().import_text(raw_text, **kwargs)


def reextract(article: Article) -> ImportReport:
    return ArticleImporter().reextract(article)
