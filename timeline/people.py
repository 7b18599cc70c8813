"""The people of the timeline: persons, their other names, the offices the articles show them in, and
where each appears."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from extraction.folding import fold, search_text
from extraction.names import english_name
from timeline.curated_rows import CuratedFieldsMixin, MergeableMixin, move_rows, unique_slug
from timeline.dates import format_bound
from timeline.language import reader_language, reading_english
from timeline.vocabulary import same_office_key


def _published_events():
    # Events are defined in timeline.models, which imports this module (the models of one app refer to
    # each other both ways): the queryset is looked up when a query is built, not at import.
    from timeline.models import Event

    return Event.objects.published()


def _published_participations():
    from timeline.models import Participation  # see _published_events

    return Participation.objects.filter(event__in=_published_events())


class PersonQuerySet(models.QuerySet):
    def public(self):
        """Persons a reader may see: those taking part in a published event."""
        return self.filter(
            merged_into__isnull=True,
            pk__in=_published_participations().values("person_id"),
        )


class Person(MergeableMixin, CuratedFieldsMixin):
    name = models.CharField(max_length=200, verbose_name=_("tên"))
    slug = models.SlugField(max_length=90, unique=True, blank=True, verbose_name=_("đường dẫn"))
    country = models.ForeignKey(
        "timeline.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="persons",
        verbose_name=_("quốc gia"),
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

    @property
    def name_en(self) -> str:
        """The form English readers use ('Vương Nghị' -> 'Wang Yi') when the name reference knows the person,
        else the name as the sources write it."""
        return english_name(self.name) or self.name

    @property
    def display_name(self) -> str:
        """The name in the page's language (English pages: `name_en`)."""
        return self.name_en if reading_english() else self.name

    @property
    def name_is_translated(self) -> bool:
        """The page shows another form than the sources' (the sources' form is then given beside it)."""
        return self.display_name != self.name

    def offices_seen(self) -> list[OfficeSeen]:
        """The offices the published events give this person, each with the span the sources support
        (first and last event, at those events' precision). One office written shorter ('Bộ trưởng') and
        longer ('Bộ trưởng Ngoại giao') is one office, named by its longest form."""
        rows = (
            self.participations.filter(event__in=_published_events())
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
    first: object  # the Event that first names the person in the office
    last: object

    def span(self) -> str:
        """'2022 – 10/2023' ('2022 – Oct 2023' in English): no more precise than the events' dates."""
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
        "timeline.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("quốc gia"),
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


class Appearance(models.Model):
    """A person named in an article, with the office the article gives them."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="appearances", verbose_name=_("bài")
    )
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="appearances", verbose_name=_("nhân vật"))
    title = models.CharField(max_length=300, blank=True, verbose_name=_("chức vụ"))
    # How the article writes the name ("Suga" for Suga Yoshihide): a source is cited as it names people.
    name_as_written = models.CharField(max_length=200, blank=True, verbose_name=_("tên như bài viết"))

    class Meta:
        verbose_name = _("lần xuất hiện")
        verbose_name_plural = _("lần xuất hiện")
        constraints = [models.UniqueConstraint(fields=["article", "person"], name="unique_appearance")]

    def __str__(self):
        return f"{self.person} in {self.article}"
