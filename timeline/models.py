"""The timeline: events, the people and agreements involved, and the evidence for each."""

from datetime import date
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Case, Exists, F, OuterRef, Q, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from extraction.event_types import EVENT_TYPES
from extraction.folding import fold, search_text
from extraction.levels import LEVELS
from extraction.records import DAY, PRECISION_RANK, iso_bound
from timeline.curated_rows import CuratedFieldsMixin, MergeableMixin, move_rows, unique_slug, unique_slugs
from timeline.event_display import EventDisplay
from timeline.evidence import Mention  # noqa: F401 - the app's models
from timeline.language import reading_english
from timeline.outcomes import draft_reason_text
from timeline.people import Appearance, OfficeSeen, Person, PersonAlias, Position  # noqa: F401 - the app's models
from timeline.precision import Precision
from timeline.vocabulary import HEAD_OFFICES_WRITTEN, home_country, is_head_office


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
        choices=Precision.choices,
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
        heads = Q()
        for office in HEAD_OFFICES_WRITTEN:
            heads |= Q(role__istartswith=office)
        return self.filter(
            Q(type__in=KEY_MOMENT_TYPES)
            | Q(establishes_relations=True)
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

    def set_status_as_curator(self, status: str, reason: str) -> int:
        """A curator's decision on these events (publish, reject, back to draft): each one saved, so that its
        history says who did it and why, and later imports leave the status alone."""
        count = 0
        for event in self.exclude(status=status):
            event.status = status
            event.mark_curated("status")
            event._change_reason = reason
            event.save()
            count += 1
        return count

    def needs_review(self):
        return self.filter(Q(year_inferred=True) | Q(participations__isnull=True) | Q(confidence__lt=0.5)).distinct()


class Event(EventDisplay, MergeableMixin, CuratedFieldsMixin):
    # The types, their labels, families and icons come from one list (extraction.event_types).
    Type = models.TextChoices("Type", [(t.code.upper(), (t.code, _(t.label))) for t in EVENT_TYPES])

    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        PUBLISHED = "published", _("Đã xuất bản")
        REJECTED = "rejected", _("Bị loại")

    Precision = Precision

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
    gathering = models.CharField(
        max_length=60,
        blank=True,
        help_text=_("Nhóm của hội nghị (asean, asean+3, g20…): hai hội nghị của hai nhóm là hai sự kiện."),
        verbose_name=_("nhóm hội nghị"),
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
    # One occasion, one entry: the talks, meetings and signings of a visit point to the visit
    # (timeline/occasions.py groups them; a curator sets or clears it, and imports then leave it alone).
    part_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
        help_text=_("Chuyến thăm mà sự kiện này là một phần (hội đàm, cuộc gặp, lễ ký… trong chuyến thăm)."),
        verbose_name=_("thuộc dịp"),
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

    def get_draft_reason_display(self) -> str:
        """The importer's reasons (codes, strongest first) in the admin's language."""
        return draft_reason_text(self.draft_reason)

    def save(self, *args, **kwargs):
        if self.end is None or self.end < self.start:
            self.end = self.start
        if not self.slug:
            self.slug = unique_slug(Event, self.slug_base(), self.pk, max_length=90)
        super().save(*args, **kwargs)

    def slug_base(self) -> str:
        return f"{self.start:%Y-%m-%d} {self.title}"

    def clean(self):
        from timeline.occasions import part_of_error  # occasions reads events: a real cycle, broken here

        error = part_of_error(self)
        if error:
            raise ValidationError({"part_of": error})

    @classmethod
    def assign_unique_slugs(cls, events):
        """Slugs (and ends) for unsaved events about to be bulk-created, in one query, not one per event."""
        for event in events:
            if event.end is None or event.end < event.start:
                event.end = event.start
        for event, slug in zip(events, unique_slugs(cls, [event.slug_base() for event in events], 90), strict=True):
            event.slug = slug

    def get_absolute_url(self):
        return reverse("event-detail", args=[self.slug])

    # --- what a reader sees at a glance: importance, countries, direction, English, honest dates ---

    @cached_property
    def shown_relationship(self) -> tuple[str, ...]:
        """relationship(), once per instance: a page asks it several times of each entry it shows."""
        return self.relationship()

    @property
    def is_key_moment(self) -> bool:
        """Upgrades and establishments of relations, committee sessions, and visits at the level of
        head of state or government: drawn larger, and what `?key=1` keeps (EventQuerySet.key_moments)."""
        if self.type == Event.Type.ANNIVERSARY:
            return False
        if self.type in KEY_MOMENT_TYPES or self.establishes_relations:
            return True
        return self.type == Event.Type.VISIT and any(is_head_office(p.role) for p in self.participations.all())

    def visit_route(self) -> tuple[str, str] | None:
        """(visiting country, host country) of a visit, as its `visitor` and `host` fields say (ISO codes)."""
        if self.type != Event.Type.VISIT or not (self.visitor_id and self.host_id):
            return None
        # The countries are prefetched with the event: its visitor and host are among them, no query.
        isos = {country.pk: country.iso for country in self.countries.all()}
        if self.visitor_id not in isos or self.host_id not in isos:
            return None
        return isos[self.visitor_id], isos[self.host_id]

    @property
    def planned_unconfirmed(self) -> bool:
        """Announced as planned, and its date has passed with no source saying it took place."""
        return self.planned and self.end < date.today()

    @property
    def announcement(self):
        """The first article (by publication date) that announced this planned event: when and by which
        outlet it was announced. None for an event not planned; read from the mentions (prefetched with
        their articles on the pages)."""
        if not self.planned:
            return None
        articles = [mention.article for mention in self.mentions.all()]
        return min(
            articles, key=lambda article: (article.published is None, article.published or date.min), default=None
        )

    def relationship(self) -> tuple[str, ...]:
        """The ISO codes of the countries involved, the home country included when implicit."""
        return relationship_of({country.iso for country in self.countries.all()})

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

    @property
    def dates_curated(self) -> bool:
        """A curator set the event's dates: their reading of every source stands."""
        return bool({"start", "end", "precision"} & set(self.curated_fields))

    def take_date_if_more_precise(self, start: date, end: date, precision: str, year_inferred: bool) -> bool:
        """The more precise date wins (another telling, a merged event), unless a curator set the date; of a
        visit's days, the whole span wins over the day of its arrival or of one activity."""
        if self.dates_curated:
            return False
        whole_visit = (
            self.type == "visit"
            and precision == self.precision == DAY
            and start <= self.start
            and self.end <= end
            and end - start > self.end - self.start
        )
        if not whole_visit and PRECISION_RANK.get(precision, 2) >= PRECISION_RANK.get(self.precision, 2):
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


def relationship_of(isos) -> tuple[str, ...]:
    """The relationship of an event concerning the countries `isos`: their ISO codes in order, the home
    country included when implicit (an event of one foreign country is one with the home country)."""
    isos = sorted(set(isos))
    if len(isos) == 1 and isos[0] != home_country():
        isos = sorted([*isos, home_country()])
    return tuple(isos)


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


class PublishedVersion(models.Model):
    """One row: a token that changes, in the same transaction, with anything a public page may show.

    Rendered pages are cached under it (timeline/caching.py), so a change drops them for every
    process at once, the import command's included; in the database because the default cache
    (local memory) is not shared between processes.
    """

    token = models.CharField(max_length=32, default="initial")

    def __str__(self):
        return self.token
