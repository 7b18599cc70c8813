"""The timeline: events, the people and agreements involved, and the evidence for each."""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from django.conf import settings
from django.db import models, transaction
from django.db.models import Case, Exists, F, OuterRef, Q, When
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from extraction.event_types import EVENT_TYPES, event_type
from extraction.folding import fold, search_text
from extraction.levels import LEVELS
from extraction.records import DAY, MONTH, PRECISION_RANK, YEAR, iso_bound
from timeline.outcomes import DraftReason, HistoryReason


def unique_slug(model, base: str, instance_pk=None, max_length=80, also_taken=()) -> str:
    """A slug for `base` (folded, so 'Bùi Thanh Sơn' -> 'bui-thanh-son') unique in `model`.

    One query, whatever the number of namesakes: root, root-2, root-3… are read together.
    """
    root = slugify(fold(base))[:max_length].strip("-") or "x"
    taken = set(
        model.objects.filter(slug__startswith=root).exclude(pk=instance_pk).values_list("slug", flat=True)
    ) | set(also_taken)
    slug, n = root, 2
    while slug in taken:
        slug = f"{root}-{n}"
        n += 1
    return slug


class CuratedFieldsMixin(models.Model):
    """Fields a curator has set by hand; imports and re-extraction never overwrite them."""

    curated_fields = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        abstract = True

    def mark_curated(self, *field_names):
        self.curated_fields = sorted(set(self.curated_fields) | set(field_names))

    def is_curated(self, field_name: str) -> bool:
        return field_name in self.curated_fields

    def set_if_not_curated(self, field_name: str, value) -> bool:
        """Set a field from extraction unless a curator owns it; True when it changed."""
        if self.is_curated(field_name) or getattr(self, field_name) == value:
            return False
        setattr(self, field_name, value)
        return True


def move_rows(rows, field: str, survivor, unique_with: tuple[str, ...]):
    """Points the child `rows` of a merged-away object at `survivor` through `field`; a row the
    survivor already has (the same `unique_with` values) is deleted instead of duplicated."""
    present = set(rows.model.objects.filter(**{field: survivor}).values_list(*unique_with))
    for row in rows:
        key = tuple(getattr(row, name) for name in unique_with)
        if key in present:
            row.delete()
        else:
            setattr(row, field, survivor)
            row.save(update_fields=[field])
            present.add(key)


class MergeableMixin:
    """Events and persons merged by a curator point to the one that survives."""

    def survivor(self):
        """The object this one was merged into, following the chain (and never looping); itself if not merged."""
        obj, seen = self, set()
        while obj.merged_into_id and obj.pk not in seen:
            seen.add(obj.pk)
            obj = obj.merged_into
        return obj

    def record_merge_of(self, others):
        """Each of `others` now points here (its public URL redirects here), and the history of both
        sides says so; the caller saves this object."""
        for other in others:
            other.merged_into = self
            other._change_reason = HistoryReason.MERGED_INTO
            other.save()
        self._change_reason = HistoryReason.MERGED_FROM


class Country(models.Model):
    iso = models.CharField(
        max_length=2, unique=True, help_text=_("ISO 3166-1 alpha-2, chữ hoa."), verbose_name=_("mã ISO")
    )
    name_vi = models.CharField(max_length=100, verbose_name=_("tên tiếng Việt"))
    name_en = models.CharField(max_length=100, verbose_name=_("tên tiếng Anh"))

    class Meta:
        verbose_name = _("quốc gia")
        verbose_name_plural = _("quốc gia")
        ordering = ["name_vi"]

    def __str__(self):
        return self.name_vi

    @property
    def name(self) -> str:
        """The name in the page's language."""
        return self.name_en if reading_english() else self.name_vi

    def save(self, *args, **kwargs):
        self.iso = self.iso.upper()
        super().save(*args, **kwargs)


class PersonQuerySet(models.QuerySet):
    def public(self):
        """Persons a reader may see: those taking part in a published event."""
        return self.filter(
            merged_into__isnull=True,
            pk__in=Participation.objects.filter(event__in=Event.objects.published()).values("person_id"),
        )


class Person(MergeableMixin, CuratedFieldsMixin):
    name = models.CharField(max_length=200, verbose_name=_("tên"))
    slug = models.SlugField(max_length=90, unique=True, blank=True, verbose_name=_("đường dẫn"))
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="persons", verbose_name=_("quốc gia")
    )
    photo = models.ImageField(upload_to="persons/", blank=True, verbose_name=_("ảnh"))
    folded_name = models.CharField(max_length=200, db_index=True, editable=False, default="")
    search_text = models.TextField(blank=True, editable=False, help_text="Folded name and aliases.")
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("đã gộp vào")
    )

    objects = PersonQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("nhân vật")
        verbose_name_plural = _("nhân vật")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Person, self.name, self.pk)
        self.folded_name = fold(self.name)
        self.search_text = self.compute_search_text()
        super().save(*args, **kwargs)

    def compute_search_text(self) -> str:
        names = [self.name]
        if self.pk:
            names += list(self.aliases.values_list("name", flat=True))
        return search_text(*names)

    def get_absolute_url(self):
        return reverse("person-detail", args=[self.slug])

    @property
    def all_names(self) -> list[str]:
        return [self.name, *self.aliases.values_list("name", flat=True)]

    def offices_seen(self) -> list["OfficeSeen"]:
        """The offices the published events give this person, each with the span the sources support
        (first and last event, at those events' precision). One office written shorter ('Bộ trưởng') and
        longer ('Bộ trưởng Ngoại giao') is one office, named by its longest form."""
        from timeline.vocabulary import same_office_key

        rows = (
            self.participations.filter(event__in=Event.objects.published())
            .exclude(role="")
            .select_related("event")
            .order_by("event__start")
        )
        offices: dict[str, OfficeSeen] = {}
        for row in rows:
            key = same_office_key(row.role)
            office = offices.setdefault(key, OfficeSeen(row.role, row.event, row.event))
            office.first = min(office.first, row.event, key=lambda e: e.start)
            office.last = max(office.last, row.event, key=lambda e: e.end)
        for key in sorted(offices, key=len):
            longer = [other for other in offices if other != key and other.startswith(key + " ")]
            if longer:
                into = offices[max(longer, key=len)]
                office = offices.pop(key)
                into.first = min(into.first, office.first, key=lambda e: e.start)
                into.last = max(into.last, office.last, key=lambda e: e.end)
        return sorted(offices.values(), key=lambda office: office.first.start)

    def merge_from(self, others) -> int:
        """Makes this person the one the others were: their names become aliases here, and their
        participations, appearances, positions and aliases move here; each other points here (its
        page redirects, and the importer resolves its names to this person from now on)."""
        others = [other for other in others if other.pk != self.pk]
        with transaction.atomic():
            for other in others:
                known = set(self.aliases.values_list("folded", flat=True)) | {self.folded_name}
                for name in [other.name, *other.aliases.values_list("name", flat=True)]:
                    if fold(name) not in known:
                        PersonAlias.objects.create(person=self, name=name)
                        known.add(fold(name))
                other.aliases.all().delete()
                move_rows(other.participations.all(), "person", self, unique_with=("event_id",))
                move_rows(other.appearances.all(), "person", self, unique_with=("article_id",))
                for position in other.positions.all():
                    same = self.positions.filter(title=position.title).first()
                    if same:
                        same.extend_to(position.first_seen)
                        same.extend_to(position.last_seen)
                        same.save()
                        position.delete()
                    else:
                        position.person = self
                        position.save(update_fields=["person"])
                if self.country_id is None and other.country_id:
                    self.country_id = other.country_id
            self.record_merge_of(others)
            self.save()  # refreshes the folded search text with the new aliases
            for event in self.events.all():
                event.refresh_search_text()
        return len(others)


@dataclass
class OfficeSeen:
    """An office as the sources show it: the events that first and last name the person in it."""

    title: str
    first: "Event"
    last: "Event"

    def span(self) -> str:
        """'2022 – 10/2023' ('2022 – Oct 2023' in English): no more precise than the events' dates."""
        from timeline.dates import format_bound

        language = reader_language()
        first = format_bound(self.first.start, self.first.precision, language)
        last = format_bound(self.last.end, self.last.precision, language)
        return first if first == last else f"{first} – {last}"


class PersonAlias(models.Model):
    """Another name of a person: a short form ("Suga"), a transliteration ("Sin-dô A-bê")."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases", verbose_name=_("nhân vật"))
    name = models.CharField(max_length=200, verbose_name=_("tên"))
    folded = models.CharField(max_length=200, db_index=True, editable=False)

    class Meta:
        verbose_name = _("tên khác")
        verbose_name_plural = _("tên khác")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["person", "folded"], name="unique_alias_per_person")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.folded = fold(self.name)
        super().save(*args, **kwargs)


class Position(models.Model):
    """An office a person held, as the articles show it: first and last date seen."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="positions", verbose_name=_("nhân vật"))
    title = models.CharField(max_length=300, verbose_name=_("chức vụ"))
    organisation = models.CharField(max_length=300, blank=True, verbose_name=_("cơ quan"))
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("quốc gia")
    )
    first_seen = models.DateField(null=True, blank=True, verbose_name=_("thấy lần đầu"))
    last_seen = models.DateField(null=True, blank=True, verbose_name=_("thấy lần cuối"))

    class Meta:
        verbose_name = _("chức vụ")
        verbose_name_plural = _("chức vụ")
        ordering = ["person", "first_seen"]
        constraints = [models.UniqueConstraint(fields=["person", "title"], name="unique_position_title")]

    def __str__(self):
        return f"{self.title} ({self.person})"

    def extend_to(self, day: date | None):
        """Widen first/last seen so they cover `day`."""
        if day is None:
            return
        if self.first_seen is None or day < self.first_seen:
            self.first_seen = day
        if self.last_seen is None or day > self.last_seen:
            self.last_seen = day


class AgreementQuerySet(models.QuerySet):
    def public(self):
        """Agreements a reader may see: named (not an empty or one-letter extraction) and part of a
        published event."""
        return self.exclude(name__regex=r"^\W*\w?\W*$").filter(
            pk__in=Event.agreements.through.objects.filter(event__in=Event.objects.published()).values("agreement_id")
        )


class Agreement(CuratedFieldsMixin):
    class Kind(models.TextChoices):
        TREATY = "treaty", _("Hiệp ước / công ước")
        TRADE = "trade_agreement", _("Hiệp định thương mại")
        PARTNERSHIP = "partnership", _("Khuôn khổ đối tác")
        MOU = "mou", _("Bản ghi nhớ")
        LOAN = "loan", _("Khoản vay")
        OTHER = "other", _("Khác")

    name = models.CharField(max_length=500, verbose_name=_("tên"))
    slug = models.SlugField(max_length=90, unique=True, blank=True, verbose_name=_("đường dẫn"))
    short_name = models.CharField(max_length=100, blank=True, verbose_name=_("tên ngắn"))
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER, verbose_name=_("loại"))
    signed_on = models.DateField(null=True, blank=True, verbose_name=_("ngày ký"))
    signed_precision = models.CharField(
        max_length=5,
        choices=[(DAY, DAY), (MONTH, MONTH), (YEAR, YEAR)],
        blank=True,
        verbose_name=_("độ chính xác của ngày ký"),
    )
    effective_on = models.DateField(null=True, blank=True, verbose_name=_("ngày có hiệu lực"))
    parties = models.ManyToManyField(Country, blank=True, related_name="agreements", verbose_name=_("các bên"))
    folded_name = models.CharField(max_length=500, db_index=True, editable=False)

    objects = AgreementQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("văn kiện")
        verbose_name_plural = _("văn kiện")
        ordering = ["name"]

    def __str__(self):
        return self.short_name or self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Agreement, self.short_name or self.name, self.pk)
        self.folded_name = fold(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("agreement-detail", args=[self.slug])


def reading_english() -> bool:
    """True on the English pages (/en/…): names, titles and dates are then given in English."""
    return (get_language() or "").startswith("en")


def reader_language() -> str:
    """ "en" on the English pages, "vi" on the others: the language dates and names are written in."""
    return "en" if reading_english() else "vi"


def home_country() -> str:
    """The country whose press the articles come from; its own events often leave it unnamed."""
    return getattr(settings, "TIMELINE_HOME_COUNTRY", "VN").upper()


@dataclass
class Era:
    """A period of a relationship at one level, from the event that set the level to the next one.

    Plain values, not the event itself: eras are kept in the cache between requests, and unpickling
    model instances (with their prefetched countries) cost more than drawing the page."""

    index: int
    label: str
    start: date
    end: date | None  # None: the level still holds
    pair: tuple[str, ...] = ()  # the ISO codes of the relationship: an era's label always names its pair
    slug: str = ""  # the event that set the level: its page, its own end and precision
    event_end: date | None = None
    precision: str = "day"

    def get_absolute_url(self) -> str:
        return reverse("event-detail", args=[self.slug])

    def display_date(self) -> str:
        """The date of the event that set the level, as the page's reader writes it."""
        from timeline.dates import format_span

        return format_span(self.start, self.event_end, self.precision, reader_language())

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def covers(self, event: "Event") -> bool:
        """The event happened during this era and in this era's relationship."""
        return self.contains(event.start) and set(self.pair) <= set(event.shown_relationship)

    @property
    def display_label(self) -> str:
        """The level in the page's language (a level the vocabulary does not know stays Vietnamese)."""
        from timeline.vocabulary import level_en

        return (level_en(self.label) or self.label) if reading_english() else self.label

    @property
    def label_is_vietnamese(self) -> bool:
        return self.display_label == self.label

    @property
    def pair_codes(self) -> list[str]:
        """The pair's ISO codes, the home country first: ['VN', 'JP']."""
        return sorted(self.pair, key=lambda iso: (iso != home_country(), iso))

    @property
    def pair_name(self) -> str:
        from timeline.vocabulary import country_name

        return " – ".join(country_name(iso, reading_english()) for iso in self.pair_codes)


# Types that are key moments of a relationship whoever takes part; a visit is one at the highest level.
KEY_MOMENT_TYPES = ("upgrade", "committee_session")


def placed_on():
    """The day an event sits on in the timeline's order: one known only to the month or the year sits at
    the end of that month or year (its `end`), not on its first day. The order and its index use it."""
    return Case(When(precision=DAY, then=F("start")), default=F("end"))


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Event.Status.PUBLISHED, merged_into__isnull=True)

    def not_rejected(self):
        """What the export shows: drafts and published events, not rejected or merged-away ones."""
        return self.exclude(status=Event.Status.REJECTED).filter(merged_into__isnull=True)

    def chronological(self):
        """Oldest first, each event where its date puts it (`placed_on`)."""
        return self.order_by(placed_on(), "start", "end", "pk")

    def key_moments(self):
        """The events that shape a relationship (the rule of Event.is_key_moment, in SQL): upgrades and
        establishments of relations, committee sessions, and visits at the highest level."""
        from timeline.vocabulary import HEAD_OFFICES_WRITTEN

        heads = Q()
        for office in HEAD_OFFICES_WRITTEN:
            heads |= Q(role__istartswith=office)
        return self.filter(
            Q(type__in=KEY_MOMENT_TYPES)
            | Q(title__icontains="thiết lập quan hệ")
            | Q(
                type=Event.Type.VISIT,
                pk__in=Participation.objects.filter(heads, event__type=Event.Type.VISIT).values("event_id"),
            )
        ).exclude(type=Event.Type.ANNIVERSARY)

    def search(self, query: str):
        """Accent- and case-insensitive search over titles, evidence and participants' names."""
        words = fold(query).split()
        qs = self
        for word in words:
            qs = qs.filter(search_text__contains=word)
        return qs

    def between_countries(self, *isos):
        """Events involving every country named.

        The home country (settings.TIMELINE_HOME_COUNTRY) is often left implicit by its own
        press ("the visit to Japan"), so in a pair with it an event also counts when it names
        the other country and no country outside the pair.
        """
        isos = list(dict.fromkeys(iso.upper() for iso in isos))  # a code named twice is one condition, not two
        home = home_country()
        # EXISTS per event, not IN (all events of a country): a page's window of a few hundred events is
        # checked against the index, instead of hashing every event that names the home country.
        # The countries by id, not by a join on their codes: the planner then knows how many events
        # each names (the statistics of the link table) and picks the index for a small window.
        ids = dict(Country.objects.filter(iso__in=isos).values_list("iso", "id"))
        if len(ids) < len(isos):
            return self.none()
        links = Event.countries.through.objects
        names = links.filter(event_id=OuterRef("pk"))
        qs = self
        for iso in isos:
            if not (iso == home and len(isos) > 1):
                qs = qs.filter(Exists(names.filter(country_id=ids[iso])))
        if home in isos and len(isos) > 1:
            # "Names the home country, or no country outside the group", written as one NOT EXISTS: an OR
            # of two subqueries makes PostgreSQL hash every event of the home country (all of them).
            home_named = links.filter(event_id=OuterRef("event_id"), country_id=ids[home])
            outside_without_home = names.exclude(country_id__in=ids.values()).filter(~Exists(home_named))
            qs = qs.filter(~Exists(outside_without_home))
        return qs

    def relationship_counts(self) -> list[tuple["Country", "Country", int]]:
        """(home country, other country, number of events) for every relationship of these events."""
        home = home_country()
        by_event: dict[int, set[str]] = {}
        for event_id, iso in Event.countries.through.objects.filter(event__in=self).values_list(
            "event_id", "country__iso"
        ):
            by_event.setdefault(event_id, set()).add(iso)
        counts: dict[str, int] = {}
        for isos in by_event.values():
            for iso in isos - {home}:
                counts[iso] = counts.get(iso, 0) + 1
        countries = {c.iso: c for c in Country.objects.filter(iso__in=[home, *counts])}
        if home not in countries:
            return []
        return sorted(
            ((countries[home], countries[iso], n) for iso, n in counts.items() if iso in countries),
            key=lambda row: (-row[2], row[1].name_vi),
        )

    def relationship_summaries(self) -> list[tuple["Country", "Country", int, tuple[int, int]]]:
        """(home country, other country, number of events, (first year, last year)) per relationship."""
        home = home_country()
        by_event: dict[int, tuple[set[str], int]] = {}
        for event_id, iso, start in Event.countries.through.objects.filter(event__in=self).values_list(
            "event_id", "country__iso", "event__start"
        ):
            by_event.setdefault(event_id, (set(), start.year))[0].add(iso)
        summaries: dict[str, list] = {}
        for isos, year in by_event.values():
            for iso in isos - {home}:
                row = summaries.setdefault(iso, [0, year, year])
                row[0], row[1], row[2] = row[0] + 1, min(row[1], year), max(row[2], year)
        countries = {c.iso: c for c in Country.objects.filter(iso__in=[home, *summaries])}
        if home not in countries:
            return []
        return sorted(
            (
                (countries[home], countries[iso], n, (first, last))
                for iso, (n, first, last) in summaries.items()
                if iso in countries
            ),
            key=lambda row: (-row[2], row[1].name_vi),
        )

    def eras_to_show(self, pair=()) -> list["Era"]:
        """The eras of `pair`'s relationship; without a pair, the eras of these events when they all
        belong to one relationship (those of several relationships would interleave: none then)."""
        if len(pair) == 2:
            return self.between_countries(*pair).eras()
        eras = self.eras()
        return eras if len({era.pair for era in eras}) <= 1 else []

    def eras(self) -> list["Era"]:
        """The levels of a relationship: each era starts at an upgrade (or the establishment of
        relations) among these events and runs to the next one."""
        starts = list(
            self.filter(Q(type=Event.Type.UPGRADE) | Q(title__icontains="thiết lập quan hệ"))
            .exclude(type=Event.Type.ANNIVERSARY)
            .order_by("start", "pk")
            .prefetch_related("countries")
        )
        eras = []
        for n, event in enumerate(starts):
            following = starts[n + 1] if n + 1 < len(starts) else None
            end = following.start - timedelta(days=1) if following else None
            eras.append(
                Era(
                    index=n,
                    label=event.relationship_level(),
                    start=event.start,
                    end=end,
                    pair=event.relationship(),
                    slug=event.slug,
                    event_end=event.end,
                    precision=event.precision,
                )
            )
        return eras

    def needs_review(self):
        return self.filter(Q(year_inferred=True) | Q(participations__isnull=True) | Q(confidence__lt=0.5)).distinct()


class Event(MergeableMixin, CuratedFieldsMixin):
    # The types, their labels, families and icons come from one list (extraction.event_types).
    Type = models.TextChoices("Type", [(t.code.upper(), (t.code, _(t.label))) for t in EVENT_TYPES])

    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        PUBLISHED = "published", _("Đã xuất bản")
        REJECTED = "rejected", _("Bị loại")

    class Precision(models.TextChoices):
        DAY = DAY, _("ngày")
        MONTH = MONTH, _("tháng")
        YEAR = YEAR, _("năm")

    # The levels of a relationship come from one list (extraction.levels), like the types.
    Level = models.TextChoices("Level", [(level.code.upper(), (level.code, _(level.vi))) for level in LEVELS])

    type = models.CharField(max_length=20, choices=Type.choices, db_index=True, verbose_name=_("loại"))
    title = models.CharField(max_length=500, verbose_name=_("tiêu đề"))
    title_en = models.CharField(
        max_length=500,
        blank=True,
        help_text=_("Tiêu đề tiếng Anh; để trống thì hiện tiêu đề gốc."),
        verbose_name=_("tiêu đề tiếng Anh"),
    )
    slug = models.SlugField(max_length=100, unique=True, blank=True, verbose_name=_("đường dẫn"))
    start = models.DateField(db_index=True, verbose_name=_("ngày bắt đầu"))
    end = models.DateField(verbose_name=_("ngày kết thúc"))
    precision = models.CharField(max_length=5, choices=Precision.choices, default=DAY, verbose_name=_("độ chính xác"))
    place = models.CharField(max_length=200, blank=True, verbose_name=_("địa điểm"))
    countries = models.ManyToManyField(Country, blank=True, related_name="events", verbose_name=_("quốc gia"))
    participants = models.ManyToManyField(
        Person, through="Participation", blank=True, related_name="events", verbose_name=_("người tham gia")
    )
    agreements = models.ManyToManyField(Agreement, blank=True, related_name="events", verbose_name=_("văn kiện"))
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True, verbose_name=_("trạng thái")
    )
    planned = models.BooleanField(
        default=False,
        help_text=_("Được báo trước (“sẽ”, “dự kiến”) chứ chưa được đưa tin là đã diễn ra."),
        verbose_name=_("dự kiến"),
    )
    # The facts eras, key moments and composed titles reason with: fields a curator edits, never read back
    # out of the title (editing a title changes no fact).
    level = models.CharField(
        max_length=60,
        choices=Level.choices,
        blank=True,
        help_text=_("Cấp độ quan hệ mà sự kiện này đưa hai nước lên (nâng cấp quan hệ)."),
        verbose_name=_("cấp độ quan hệ"),
    )
    establishes_relations = models.BooleanField(
        default=False,
        help_text=_("Sự kiện thiết lập quan hệ ngoại giao giữa các nước của nó."),
        verbose_name=_("thiết lập quan hệ"),
    )
    ordinal = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("Số thứ tự của phiên họp, kỳ đối thoại…"), verbose_name=_("lần thứ")
    )
    visitor = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="visits_made",
        verbose_name=_("nước đi thăm"),
    )
    host = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="visits_hosted",
        verbose_name=_("nước chủ nhà"),
    )
    confidence = models.FloatField(default=0.5, verbose_name=_("độ tin cậy"))
    year_inferred = models.BooleanField(
        default=False, help_text=_("Năm không được viết cạnh ngày."), verbose_name=_("năm suy ra")
    )
    year_unknown = models.BooleanField(
        default=False,
        help_text=_("Không gì cho biết năm (năm của ngày chỉ là tạm): là bản nháp cho đến khi bài được ghi ngày."),
        verbose_name=_("chưa biết năm"),
    )
    draft_reason = models.CharField(
        max_length=300,
        choices=DraftReason.choices,
        blank=True,
        help_text=_("Vì sao khi nhập sự kiện được để ở bản nháp thay vì xuất bản."),
        verbose_name=_("lý do là bản nháp"),
    )
    search_text = models.TextField(blank=True, editable=False)
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_events",
        verbose_name=_("đã gộp vào"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("tạo lúc"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("cập nhật lúc"))

    objects = EventQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["search_text"])

    class Meta:
        verbose_name = _("sự kiện")
        verbose_name_plural = _("sự kiện")
        ordering = ["start", "end", "pk"]
        # (status, end) for the "from year" window; the trigram index behind `q` is PostgreSQL's
        # own (migration 0004, pg_trgm): search_text__contains is then an index scan, not a full one.
        # The published timeline in its order, small enough to be read alone (an index-only scan): the
        # year index counts and the pages' windows come from it, not from the whole table.
        indexes = [
            models.Index(fields=["status", "start"]),
            models.Index(fields=["status", "end"]),
            models.Index(
                fields=["start", "end", "id"],
                condition=Q(status="published", merged_into__isnull=True),
                name="event_published_chronological",
            ),
            # The published timeline in the order pages and exports list it (`chronological()`): the first
            # page of a large result is read off this index, not sorted from every event that matches.
            models.Index(
                placed_on(),
                F("start"),
                F("end"),
                F("id"),
                condition=Q(status="published", merged_into__isnull=True),
                name="event_published_placed_order",
            ),
        ]

    def __str__(self):
        return f"{self.display_date()} {self.title}"

    def save(self, *args, **kwargs):
        if self.end is None or self.end < self.start:
            self.end = self.start
        if not self.slug:
            self.slug = unique_slug(Event, self.slug_base(), self.pk, max_length=90)
        super().save(*args, **kwargs)

    def slug_base(self) -> str:
        return f"{self.start:%Y-%m-%d} {self.title}"

    @classmethod
    def assign_unique_slugs(cls, events):
        """Slugs (and ends) for unsaved events about to be bulk-created, in one query, not one per event."""
        wanted = []  # (event, slug): unsaved model instances cannot be dictionary keys
        for event in events:
            if event.end is None or event.end < event.start:
                event.end = event.start
            wanted.append((event, slugify(fold(event.slug_base()))[:90].strip("-") or "x"))
        taken = set(cls.objects.filter(slug__in=[slug for _, slug in wanted]).values_list("slug", flat=True))
        for event, slug in wanted:
            if slug in taken:
                slug = unique_slug(cls, event.slug_base(), max_length=90, also_taken=taken)
            event.slug = slug
            taken.add(slug)

    def get_absolute_url(self):
        return reverse("event-detail", args=[self.slug])

    def display_date(self, language: str | None = None) -> str:
        """The dates as a reader of the page's language writes them ('7–10/8/2024', '7–10 Aug 2024')."""
        from timeline.dates import format_span

        english = language.startswith("en") if language else reading_english()
        text = format_span(self.start, self.end, self.precision, "en" if english else "vi")
        if self.year_unknown:
            # The year is a placeholder until a curator dates the article: the day and month only, said so.
            placeholder = str(self.start.year)
            text = text.removesuffix(f"/{placeholder}").removesuffix(f" {placeholder}")
            return f"{text} ({'year unknown' if english else 'năm chưa rõ'})"
        return text

    @property
    def icon(self) -> str:
        return event_type(self.type).icon

    def get_type_display(self) -> str:
        """The type's label, looked up directly: Django's own hashes every lazy label of the choices on each
        call, which cost a fifth of a long export."""
        return str(Event.Type(self.type).label) if self.type in Event.Type.values else self.type

    @property
    def display_title(self) -> str:
        """On English pages the curator's English title, else one composed in English; otherwise the article's."""
        if not reading_english():
            return self.title
        return self.title_en or self.composed_title_en()

    # --- what a reader sees at a glance: importance, countries, direction, English, honest dates ---

    @cached_property
    def shown_relationship(self) -> tuple[str, ...]:
        """relationship(), once per instance: a page asks it several times of each entry it shows."""
        return self.relationship()

    @property
    def is_key_moment(self) -> bool:
        """Upgrades and establishments of relations, committee sessions, and visits at the level of
        head of state or government: drawn larger, and what `?key=1` keeps (EventQuerySet.key_moments)."""
        from timeline.vocabulary import is_head_office

        if self.type == Event.Type.ANNIVERSARY:
            return False
        if self.type in KEY_MOMENT_TYPES or "thiết lập quan hệ" in self.title.lower():
            return True
        return self.type == Event.Type.VISIT and any(is_head_office(p.role) for p in self.participations.all())

    @property
    def country_names(self) -> str:
        """'Việt Nam – Nhật Bản' (or 'Viet Nam – Japan'): the countries the event concerns."""
        from timeline.vocabulary import country_name

        home = home_country()
        isos = sorted(self.shown_relationship, key=lambda iso: (iso != home, iso))  # the home country first
        return " – ".join(country_name(iso, reading_english()) for iso in isos)

    def visit_route(self) -> tuple[str, str] | None:
        """(visiting country, host country) of a visit in one relationship whose place names the host."""
        from timeline.vocabulary import place_country

        if self.type != Event.Type.VISIT or not self.place:
            return None
        host, pair = place_country(self.place), self.shown_relationship
        if len(pair) != 2 or host not in pair:
            return None
        return next(iso for iso in pair if iso != host), host

    @property
    def route_names(self) -> str:
        """'Nhật Bản → Việt Nam': who went where, for a visit; '' when the sources do not say."""
        from timeline.vocabulary import country_name

        route = self.visit_route()
        return " → ".join(country_name(iso, reading_english()) for iso in route) if route else ""

    @property
    def place_en(self) -> str | None:
        from timeline.vocabulary import place_en

        return place_en(self.place) if self.place else None

    @property
    def display_place(self) -> str:
        """The place in the page's language; one the vocabulary does not know stays Vietnamese."""
        return (self.place_en or self.place) if reading_english() else self.place

    @property
    def place_is_vietnamese(self) -> bool:
        return bool(self.place) and reading_english() and self.place_en is None

    @property
    def place_adds_detail(self) -> bool:
        """False when the place only names a country the entry already names (the host of a visit)."""
        from timeline.vocabulary import place_country, places

        found = places().get(self.place)
        return bool(self.place) and not (
            found and found.is_country and place_country(self.place) in self.shown_relationship
        )

    def composed_title_en(self) -> str:
        """An English title from the type, the countries, the participants and the place, for an event no
        curator has titled in English: 'Visit from Japan to Viet Nam: Suga Yoshihide'."""
        from timeline.vocabulary import TITLE_HEADS_EN, country_name, level_en

        names = [p.person.name for p in self.participations.all()][:3]
        people = ": " + ", ".join(names) if names else ""
        with translation.override("en"):
            pair = self.country_names
        route = self.visit_route()
        if route:
            return f"Visit from {country_name(route[0], True)} to {country_name(route[1], True)}{people}"
        if self.type == Event.Type.UPGRADE:
            level = level_en(self.relationship_level())
            return f"{pair} relations upgraded" + (f" to {level}" if level else "")
        head = TITLE_HEADS_EN.get(self.type) or str(self.get_type_display())
        ordinal = re.search(r"(?:lần |phiên |khóa )?thứ (\d{1,3})\b", self.title)
        if ordinal:
            n = int(ordinal.group(1))
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            head = f"{n}{suffix} {head[:1].lower()}{head[1:]}"
        place = self.place_en
        where = f", in {place}" if place and place not in pair.split(" – ") else ""
        return f"{head}, {pair}{people}{where}" if pair else f"{head}{people}{where}"

    @property
    def title_is_composed(self) -> bool:
        """On an English page without a curator's English title, the title shown is composed."""
        return reading_english() and not self.title_en

    @property
    def planned_unconfirmed(self) -> bool:
        """Announced as planned, and its date has passed with no source saying it took place."""
        return self.planned and self.end < date.today()

    # "nâng cấp quan hệ lên Đối tác chiến lược toàn diện…", "… được nâng lên “Đối tác tin cậy…”"
    LEVEL_QUOTED = re.compile(r"[“\"]([^”\"]{4,})[”\"]")
    LEVEL_AFTER = re.compile(r"\b(?:lên|thành)\s+(.{4,})$", re.IGNORECASE)
    LEVEL_NAMED = re.compile(r"((?:quan hệ )?đối tác\b.*)$", re.IGNORECASE)

    def relationship_level(self) -> str:
        """The level an upgrade event gives a relationship, read off its title."""
        if "thiết lập quan hệ" in self.title.lower() and self.type != Event.Type.UPGRADE:
            return str(_("Thiết lập quan hệ ngoại giao"))
        for pattern in (self.LEVEL_QUOTED, self.LEVEL_AFTER, self.LEVEL_NAMED):
            found = pattern.search(self.title)
            if found:
                level = found.group(1).strip(" .,;:")
                return level[:1].upper() + level[1:]
        return self.title

    def relationship(self) -> tuple[str, ...]:
        """The ISO codes of the countries involved, the home country included when implicit."""
        isos = sorted({country.iso for country in self.countries.all()})
        if len(isos) == 1 and isos[0] != home_country():
            isos = sorted([*isos, home_country()])
        return tuple(isos)

    def neighbours(self) -> tuple["Event | None", "Event | None"]:
        """The published events just before and just after this one in the same relationship."""
        pair = self.relationship()
        same = Event.objects.published().exclude(pk=self.pk)
        if len(pair) == 2:
            same = same.between_countries(*pair)
        before = same.filter(Q(start__lt=self.start) | Q(start=self.start, pk__lt=self.pk)).order_by("-start", "-pk")
        after = same.filter(Q(start__gt=self.start) | Q(start=self.start, pk__gt=self.pk)).order_by("start", "pk")
        return before.first(), after.first()

    def merge_from(self, others) -> int:
        """Makes this event the one that tells what `others` told: their mentions, participants,
        countries and agreements move here, the most precise date wins (unless curated), and each
        other event points here (its public URL redirects). Every change is in the history, and
        the merge is a curator's work: later imports add to this event and never split it again."""
        others = [other for other in others if other.pk != self.pk]
        with transaction.atomic():
            for other in others:
                move_rows(other.mentions.all(), "event", self, unique_with=("article_id", "sentence_index"))
                move_rows(other.participations.all(), "event", self, unique_with=("person_id",))
                self.countries.add(*other.countries.all())
                self.agreements.add(*other.agreements.all())
                self.take_date_if_more_precise(other.start, other.end, other.precision, other.year_inferred)
            self.mark_curated("participants", "countries", "agreements")
            self.record_merge_of(others)
            self.save()
            self.refresh_search_text()
        return len(others)

    @classmethod
    def unpublish_unsourced(cls, event_ids, reason: str) -> int:
        """Published events among `event_ids` that no article tells any more go back to draft, each with
        a history entry saying why: the public timeline shows nothing without its evidence."""
        count = 0
        for event in cls.objects.filter(pk__in=event_ids, status=cls.Status.PUBLISHED, mentions__isnull=True):
            event.status = cls.Status.DRAFT
            event._change_reason = reason
            event.save()
            count += 1
        return count

    def take_date_if_more_precise(self, start: date, end: date, precision: str, year_inferred: bool) -> bool:
        """The more precise date wins (another telling, a merged event), unless a curator set the date."""
        if {"start", "end", "precision"} & set(self.curated_fields):
            return False
        if PRECISION_RANK.get(precision, 2) >= PRECISION_RANK.get(self.precision, 2):
            return False
        self.start, self.end, self.precision, self.year_inferred = start, end, precision, year_inferred
        return True

    def iso(self, which: str = "start") -> str:
        """The bound as the export writes it: YYYY-MM-DD, YYYY-MM or YYYY."""
        return iso_bound(self.start if which == "start" else self.end, self.precision)

    def refresh_search_text(self, save=True):
        """Folded title, English title, evidence sentences and participants' names, for `q`."""
        parts = [self.title, self.title_en, self.place]
        parts += list(self.mentions.values_list("sentence", flat=True))
        for person in self.participants.all():
            parts += person.all_names
        self.search_text = search_text(*parts)
        if save:
            Event.objects.filter(pk=self.pk).update(search_text=self.search_text)


class Participation(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participations", verbose_name=_("sự kiện"))
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="participations", verbose_name=_("nhân vật")
    )
    role = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("Chức vụ của người này khi sự kiện diễn ra."),
        verbose_name=_("chức vụ khi đó"),
    )

    class Meta:
        verbose_name = _("người tham gia")
        verbose_name_plural = _("người tham gia")
        constraints = [models.UniqueConstraint(fields=["event", "person"], name="unique_participant")]

    def __str__(self):
        return f"{self.person} — {self.role}" if self.role else str(self.person)


class Mention(models.Model):
    """Evidence: the sentence of an article that tells an event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions", verbose_name=_("sự kiện"))
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
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("tạo lúc"))

    class Meta:
        verbose_name = _("bằng chứng")
        verbose_name_plural = _("bằng chứng")
        ordering = ["article", "sentence_index"]
        constraints = [
            models.UniqueConstraint(fields=["event", "article", "sentence_index"], name="unique_mention_sentence")
        ]

    def __str__(self):
        return f"{self.article}: {self.sentence[:80]}"


class Appearance(models.Model):
    """A person named in an article, with the office the article gives them."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="appearances", verbose_name=_("bài")
    )
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="appearances", verbose_name=_("nhân vật"))
    title = models.CharField(max_length=300, blank=True, verbose_name=_("chức vụ"))

    class Meta:
        verbose_name = _("lần xuất hiện")
        verbose_name_plural = _("lần xuất hiện")
        constraints = [models.UniqueConstraint(fields=["article", "person"], name="unique_appearance")]

    def __str__(self):
        return f"{self.person} in {self.article}"


class PublishedVersion(models.Model):
    """One row: a token that changes, in the same transaction, with anything a public page may show.

    Rendered pages are cached under it (timeline/caching.py), so a change drops them for every
    process at once, the import command's included; in the database because the default cache
    (local memory) is not shared between processes.
    """

    token = models.CharField(max_length=32, default="initial")

    def __str__(self):
        return self.token
