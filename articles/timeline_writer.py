"""Writes what the extraction pipeline read in one article to the timeline's rows, one article at a time,
without ever overwriting what a curator set:

- a person is matched by name or alias (curators' aliases included);
- an event is matched to one the timeline holds (articles/event_matching.py) and gets a new mention
  instead of a duplicate;
- a field listed in `curated_fields` is never changed, an existing event's status is never changed (a
  rejected event stays rejected), and a merged event's mentions go to the event it was merged into.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from articles.event_matching import candidate_events, matching_event
from articles.import_report import ImportReport
from articles.models import Article
from articles.publishing_policy import decide, why_draft
from articles.row_inserts import insert_ignoring_conflicts
from extraction import records as rec
from extraction.folding import fold, search_text
from extraction.persons import office_of
from extraction.reference import countries as reference_countries
from timeline import occasions
from timeline.caching import bulk_written, one_check_per_write, published_changed
from timeline.curated_rows import unique_slugs
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


def extraction_key(found: rec.FoundEvent) -> str:
    """What the pipeline read, independent of later curation: type, dates, people."""
    people = ",".join(sorted(fold(p.name) for p in found.participants))
    return f"{found.type}|{found.date.iso('start')}|{found.date.iso('end')}|{people}"[:300]


def told_dates(found: rec.FoundEvent) -> dict:
    """The Mention fields of the dates the article gives: none when it gives no year."""
    if found.year_unknown:
        return {}
    return {"told_start": found.date.start, "told_end": found.date.end, "told_precision": found.date.precision}


class TimelineWriter:
    """Rows for extracted articles; caches what it reads from the database once per run, not per article."""

    def __init__(self, batch=None):
        self.batch = batch  # an ImportBatch: what each article writes is recorded there, so it can be undone
        self.created_person_ids: set[int] = set()
        self.created_agreement_ids: set[int] = set()
        self._countries: dict[str, Country] = {}
        # (folded name, country) -> (person, folded names it is known by): a name seen again costs no query.
        self._persons: dict[tuple[str, str], tuple[Person, set[str]]] = {}
        self._positions: dict[tuple[int, str], Position] = {}
        self._agreements: dict[tuple[str, str], Agreement] = {}
        # Persons this run created or renamed, or gave an alias or a country: the next article's reading must know
        # them as they are now (read again, those alone).
        self.persons_learnt: set[int] = set()
        self._surnames: set[str] | None = None  # folded names of the persons known by one word only

    def write_extraction(
        self, article: Article, extracted: rec.ExtractedArticle, report: ImportReport, new_article: bool = False
    ):
        """Rows for what the pipeline read in `article`; a new article needs no check for what it already told.

        The queries are made per article, not per event (candidate events, mentions, participants,
        countries and agreements each in one query): the database writes are what --jobs cannot share.
        """
        with one_check_per_write():  # rows note what they touch; at most one new token for the article
            self._write_extraction(article, extracted, report, new_article)

    def _write_extraction(self, article, extracted, report, new_article):
        decide(extracted)
        persons: dict[str, Person] = {}
        appearances = []  # (article, person, title, name as written)
        for found, (person, created) in zip(extracted.persons, self.persons_for(extracted.persons), strict=True):
            report.persons_created += created
            persons[found.name] = person
            appearances.append((article.pk, person.pk, found.title[:300], found.written[:200]))
        insert_ignoring_conflicts(Appearance, ("article_id", "person_id", "title", "name_as_written"), appearances)
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

        candidates = candidate_events([found for found, _, _ in tellings], article, new_article)
        taken: set[int] = set()  # an existing event is told at most once per article
        matches: list[int | None] = [None] * len(tellings)
        # The most precisely told first: the talks of 7/7 are the event of the talks, not a meeting of that month
        # told before them in the article, which would take it and leave them a second event.
        # And an event told with its very type and days is theirs before a near one's: the meeting of 8/11 is not
        # the talks of 9/11 another outlet told, when this article tells those talks too.
        order = sorted(range(len(tellings)), key=lambda i: _precision_first(*tellings[i]))
        for exact in (True, False):
            for i in (i for i in order if matches[i] is None):
                found, _key, people = tellings[i]
                countries = frozenset(country.pk for country in self.countries_of(found, people))
                pool = [c for c in candidates if _told_alike(found, c)] if exact else candidates
                matches[i] = matching_event(found, [person for person, _ in people], pool, taken, countries)
                if matches[i] is not None:
                    taken.add(matches[i])
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
                    **told_dates(found),
                )
                for event, (found, key, _) in zip(events, tellings, strict=True)
            ]
        )
        self.add_related(list(zip(events, tellings, strict=True)), agreements)
        occasions.attach(events)  # a visit's talks, meetings and signings become its parts
        if any(event.status == Event.Status.PUBLISHED for event in events):
            published_changed()  # the bulk inserts above send no signal that would drop the cached pages
        if self.batch is not None:
            self.batch.record(
                article, new_article, events, new_events, self.created_person_ids, self.created_agreement_ids
            )
        self.created_person_ids, self.created_agreement_ids = set(), set()
        if not new_article:
            article.extracted_at = timezone.now()
            article.save(update_fields=["extracted_at"])
        if self.persons_learnt:
            self.learn_persons(self.persons_learnt)  # new names and aliases are known to the next article
            self.persons_learnt = set()

    def learn_persons(self, person_ids: set[int]):
        """The persons of `person_ids` changed: what this run caches of them is out of date."""

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

    def countries_of(self, found: rec.FoundEvent, people) -> list[Country]:
        """The countries an event concerns: those its sentence names and its participants'."""
        isos = set(found.countries) | {person.country.iso for person, _ in people if person.country}
        return list(filter(None, (self.country(iso) for iso in sorted(isos))))

    def person_for(self, found: rec.Person) -> tuple[Person, bool]:
        """The Person for a name the pipeline found: matched by name or alias, else created."""
        return self.persons_for([found])[0]

    def persons_for(self, found_persons: list[rec.Person]) -> list[tuple[Person, bool]]:
        """The Person of each name the pipeline found in an article, and whether it is new: matched by name or
        alias, else created. In a few queries for the whole article, not four per person."""
        unknown: dict[tuple[str, str], rec.Person] = {}
        for found in found_persons:
            if _person_key(found) not in self._persons:
                unknown.setdefault(_person_key(found), found)
        namesakes = self._namesakes({fold(name) for found in unknown.values() for name in _names(found)})
        new: list[Person] = []
        resolved: dict[tuple[str, str], Person] = {}
        for key, found in unknown.items():
            person = self._existing_person(found, namesakes)
            if person is None:
                person = Person(name=found.name[:200], country=self.country(found.country))
                person.search_text = search_text(*sorted({fold(name) for name in _names(found)}))
                new.append(person)
                # A later name of the article that is this one's or one of its aliases is this person too.
                for name in {found.name, *_names(found)}:
                    namesakes.setdefault(fold(name), []).append(person)
            resolved[key] = person
        self._create_persons(new)
        self._remember(resolved)
        self._add_aliases(found_persons)
        results, created = [], {id(person) for person in new}
        for found in found_persons:
            person = self._persons[_person_key(found)][0]
            results.append((person, id(person) in created))
            created.discard(id(person))  # a name written twice is one person created
        return results

    def _namesakes(self, folded: set[str]) -> dict[str, list[Person]]:
        """folded name or alias -> the persons it names, in one query."""
        found: dict[str, list[Person]] = {}
        if not folded:
            return found
        rows = (
            Person.objects.filter(Q(folded_name__in=folded) | Q(aliases__folded__in=folded))
            .select_related("country")
            .annotate(alias=F("aliases__folded"))
            .order_by("pk")
        )
        for person in rows:
            for name in {person.folded_name, person.alias} & folded:
                same = found.setdefault(name, [])
                if all(other.pk != person.pk for other in same):
                    same.append(person)
        return found

    def _existing_person(self, found: rec.Person, namesakes: dict[str, list[Person]]) -> Person | None:
        """The person `found` names among `namesakes` (merged ones followed to their survivor), else the one an
        earlier article knew by a short form of its name; None for a new person."""
        named = {
            id(person): person
            for name in _names(found)
            for person in namesakes.get(fold(name), ())
            if _may_be_named_by(person, name, found)
        }
        candidates = [person.survivor() for person in sorted(named.values(), key=_created_order)]
        if len(found.name.split()) == 1:
            # A bare surname ("Thủ tướng Suga") is another person's short form only when the
            # name is that person's own or the countries agree; otherwise a curator merges them.
            candidates = [
                c for c in candidates
                if fold(c.name) == fold(found.name) or (found.country and c.country and c.country.iso == found.country)
            ]  # fmt: skip
        if not candidates:
            return self._known_by_short_form(found)
        same_country = [c for c in candidates if found.country and c.country and c.country.iso == found.country]
        person = (same_country or candidates)[0]
        if person.pk and found.country and person.country_id is None and not person.is_curated("country"):
            person.country = self.country(found.country)
            person.save()
            self.persons_learnt.add(person.pk)
        return person

    def _create_persons(self, persons: list[Person]):
        """Saves an article's new persons in one insert, with their history rows and unique slugs."""
        if not persons:
            return
        for person, slug in zip(persons, unique_slugs(Person, [person.name for person in persons]), strict=True):
            person.slug, person.folded_name = slug, fold(person.name)
        bulk_create_with_history(persons, Person)
        bulk_written(persons)
        for person in persons:
            self.created_person_ids.add(person.pk)
            self.persons_learnt.add(person.pk)
            if self._surnames is not None and " " not in person.folded_name:
                self._surnames.add(person.folded_name)

    def _remember(self, resolved: dict[tuple[str, str], Person]):
        """Each resolved person cached for the run with the folded names it is known by (its aliases read in one
        query): a name seen again costs no query."""
        known: dict[int, set[str]] = {person.pk: {person.folded_name} for person in resolved.values()}
        old = [pk for pk in known if pk not in self.created_person_ids]
        if old:
            for person_id, folded in PersonAlias.objects.filter(person_id__in=old).values_list("person_id", "folded"):
                known[person_id].add(folded)
        for key, person in resolved.items():
            self._persons[key] = self._persons[(person.folded_name, "")] = (person, known[person.pk])

    def _add_aliases(self, found_persons: list[rec.Person]):
        """The other names the article writes its persons by: the new ones of all its persons in one insert."""
        rows, changed = [], {}
        for found in found_persons:
            person, known = self._persons[_person_key(found)]
            new_aliases = {fold(a): a for a in found.aliases if a and fold(a) not in known}
            rows += [PersonAlias(person=person, name=name[:200], folded=f[:200]) for f, name in new_aliases.items()]
            if new_aliases:
                known |= set(new_aliases)
                changed[person.pk] = (person, known)
        if rows:
            insert_ignoring_conflicts(
                PersonAlias, ("person_id", "name", "folded"), [(row.person_id, row.name, row.folded) for row in rows]
            )
            self.persons_learnt |= {row.person_id for row in rows}
        for person, known in changed.values():
            # The folded search text is derived data: refreshed without a history row of its own (a person just
            # created was given the names of its article already).
            text = search_text(*sorted(known))
            if text != person.search_text:
                person.search_text = text
                Person.objects.filter(pk=person.pk).update(search_text=text)

    def _known_by_short_form(self, found: rec.Person) -> Person | None:
        """The person an earlier article knew only by a surname ("Thủ tướng Suga") that this full name
        ("Suga Yoshihide") begins or ends with: of the same country, or of none but in the same office. It is
        given the full name and keeps the short one as an alias, unless a curator named them."""
        words = found.name.split()
        if len(words) < 2 or not found.country:
            return None
        if self._surnames is None:  # the persons known by one word only, read once per run
            one_word = Person.objects.exclude(folded_name__contains=" ")
            self._surnames = set(one_word.values_list("folded_name", flat=True))
        if not {fold(words[0]), fold(words[-1])} & self._surnames:
            return None
        short = (
            Person.objects.filter(folded_name__in={fold(words[0]), fold(words[-1])})
            .filter(Q(country__iso=found.country) | Q(country__isnull=True))
            .order_by("pk")
            .first()
        )
        if short is None or " " in short.name.strip():
            return None
        short = short.survivor()
        if short.country_id is None:
            offices = {office_of(title) for title in short.positions.values_list("title", flat=True)}
            if not found.title or office_of(found.title) not in offices:
                return None
            short.set_if_not_curated("country", self.country(found.country))
        if not short.is_curated("name"):
            PersonAlias.objects.get_or_create(person=short, folded=fold(short.name), defaults={"name": short.name})
            short.name = found.name[:200]
        short.save()
        self.persons_learnt.add(short.pk)  # the next article's reading knows the full name
        return short

    def agreement_for(self, found: rec.Agreement) -> Agreement:
        keys = [("name", fold(found.name))] + ([("short", found.short_name.casefold())] if found.short_name else [])
        agreement = next((self._agreements[key] for key in keys if key in self._agreements), None)
        if agreement is None:
            agreement = self._stored_agreement(found)
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

    @staticmethod
    def _stored_agreement(found: rec.Agreement) -> Agreement | None:
        """The agreement of that name (folded), else of that short name (any case), in one query: the rows of
        either in the agreements' order, the first of the name's taken before any of the short name's."""
        folded = fold(found.name)
        named = Q(folded_name=folded)
        if found.short_name:
            named |= Q(short_name__iexact=found.short_name)
        rows = list(Agreement.objects.filter(named))
        return next((row for row in rows if row.folded_name == folded), None) or next(iter(rows), None)

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
            level=found.level,
            establishes_relations=found.establishes_relations,
            ordinal=found.ordinal,
            gathering=found.gathering,
            visitor=self.country(found.visitor),
            host=self.country(found.host),
            confidence=_confidence(found),
            year_inferred=found.date.year_inferred,
            year_unknown=found.year_unknown,
            status=Event.Status.DRAFT if why_draft(found) else Event.Status.PUBLISHED,
            draft_reason=why_draft(found)[:300],
        )

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
        if (event.type, found.type) == ("meeting", "talks"):
            # One outlet's "gặp" is another's "hội đàm": the talks' word names the occasion more precisely.
            changed |= event.set_if_not_curated("type", "talks")
        if event.planned and not found.planned:
            changed |= event.set_if_not_curated("planned", False)
        # A fact one telling leaves out, another may give: a field stays as first told (or as curated).
        # Whether a country is set is read from its id (serializable_value): loading the row costs a query.
        for name, value in (
            ("level", found.level),
            ("establishes_relations", found.establishes_relations),
            ("ordinal", found.ordinal),
            ("gathering", found.gathering),
            ("visitor", self.country(found.visitor)),
            ("host", self.country(found.host)),
        ):
            if value and not event.serializable_value(name):
                changed |= event.set_if_not_curated(name, value)
        if _confidence(found) > event.confidence:
            event.confidence, changed = _confidence(found), True
        if changed:
            event.save()

    def add_related(self, told: list, agreements: dict[str, Agreement]):
        """Participants, countries and agreements of the article's events, one insert for each kind.

        `told` pairs each event with the (found event, key, people) that told it; what a curator
        set by hand on an event (its participants, countries or agreements) is left alone.
        """
        # Rows of ids and short strings, inserted without bulk_create's construction (articles/row_inserts.py).
        participations, event_countries, event_agreements, offices = [], [], [], []
        for event, (found, _key, people) in told:
            if not event.is_curated("participants"):
                for person, participant in people:
                    participations.append((event.pk, person.pk, (participant.role or "")[:300]))
                    if participant.role and not found.year_unknown:
                        # An office is seen on the event's day; a year-less day is a placeholder, no day at all.
                        offices.append((person, participant.role[:300], found.date.start))
            if not event.is_curated("countries"):
                for country in self.countries_of(found, people):
                    event_countries.append((event.pk, country.pk))
            if not event.is_curated("agreements"):
                for name in found.agreements:
                    if name in agreements:
                        event_agreements.append((event.pk, agreements[name].pk))
        self.record_positions(offices)
        insert_ignoring_conflicts(Participation, ("event_id", "person_id", "role"), participations)
        insert_ignoring_conflicts(Event.countries.through, ("event_id", "country_id"), event_countries)
        insert_ignoring_conflicts(Event.agreements.through, ("event_id", "agreement_id"), event_agreements)

    def record_positions(self, offices: list[tuple[Person, str, date]]):
        """Each (person, office, day seen) widens that person's Position in that office, created when new.

        In three queries for the article, not two or three per office: the positions not cached yet are read
        together, the new ones inserted together and the widened ones updated together (noted for the cached
        pages as their saves would be). Inside the article's transaction, after its first write: no other
        importer creates the same position meanwhile (the importers' lock, SQLite's one writer)."""
        wanted = {(person.pk, title) for person, title, _ in offices} - self._positions.keys()
        if wanted:
            rows = Position.objects.filter(
                person_id__in={pk for pk, _ in wanted}, title__in={title for _, title in wanted}
            )
            self._positions.update({key: row for row in rows if (key := (row.person_id, row.title)) in wanted})
        new, widened = {}, {}
        for person, title, seen_on in offices:
            key = (person.pk, title)
            position = self._positions.get(key) or new.setdefault(key, Position(person=person, title=title))
            before = (position.first_seen, position.last_seen)
            position.extend_to(seen_on)
            if position.pk and (position.first_seen, position.last_seen) != before:
                widened[key] = position
        if new:
            Position.objects.bulk_create(new.values())
            # Kept only with their keys (returned by the insert on SQLite and PostgreSQL): a row without one
            # is read again by the next article that names it.
            self._positions.update({key: position for key, position in new.items() if position.pk})
        if widened:
            Position.objects.bulk_update(widened.values(), ["first_seen", "last_seen"])
        bulk_written([*new.values(), *widened.values()])


def _person_key(found: rec.Person) -> tuple[str, str]:
    return fold(found.name), found.country or ""


def _may_be_named_by(person: Person, name: str, found: rec.Person) -> bool:
    """A short form of a full name ("Clinton" of "Hillary Clinton") names no one else written in full ("Bill
    Clinton", also "Clinton" for short): only someone known by that short form alone, or by the same name."""
    full = len(found.name.split()) > 1 and len(name.split()) == 1
    return not full or len(person.name.split()) == 1 or fold(person.name) == fold(found.name)


def _names(found: rec.Person) -> list[str]:
    return [name for name in (found.name, *found.aliases) if name]


def _created_order(person: Person) -> tuple[bool, int]:
    """Rows in the order they were created, a person this article is about to create last."""
    return person.pk is None, person.pk or 0


def _confidence(found: rec.FoundEvent) -> float:
    """What the admin shows as an event's confidence: the publishing decision's probability that it is right."""
    return found.confidence if found.publish_probability is None else found.publish_probability


def _told_alike(found: rec.FoundEvent, candidate) -> bool:
    span = found.date
    return (candidate.type, candidate.start, candidate.end) == (found.type, span.start, span.end)


def _precision_first(found: rec.FoundEvent, _key, people) -> tuple[int, int]:
    return rec.PRECISION_RANK[found.date.precision], -len(people)
