"""The timeline's filters, in the URL so that a filtered view can be shared and cited.

A reader names people, agreements and countries as they are written ("Bùi Thanh Sơn", "Japan",
"Nhật Bản"); slugs and ISO codes still work, so old links keep theirs. Every value is validated and
bounded: an unknown name or a year out of range is a message on the page (a 400 on the exports, which
call `.qs`), never a silently ignored filter nor a server error. People and agreements are typed, with
a <datalist> for type-ahead, not chosen from a <select> that would grow with the tables.
"""

import re

import django_filters
from django import forms
from django.core.exceptions import BadRequest, ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from extraction.folding import fold
from extraction.reference import countries, places
from timeline.language import reading_english
from timeline.models import Agreement, Event, Participation, Person
from timeline.vocabulary import country_name, english_place_names_to_vietnamese

MIN_YEAR, MAX_YEAR = 1800, 2200
MAX_VALUES = 20  # per multi-value filter: enough for any reader, and a bound on the query's size
MAX_TEXT = 200  # characters of a typed value


class InvalidFilter(BadRequest):
    """A filter value the site cannot use: the exports answer 400 with it."""


def _split(value: str) -> list[str]:
    parts = [part.strip() for part in value.split(",") if part.strip()]
    if len(parts) > MAX_VALUES:
        raise ValidationError(_("Tối đa %(n)d giá trị."), params={"n": MAX_VALUES})
    return parts


def country_iso(name: str) -> str | None:
    """An ISO code from a code ('JP', 'jp') or a name in either language, marks and case ignored."""
    if len(name) == 2 and name.upper() in countries():
        return name.upper()
    folded = fold(name)
    if folded == "vietnam":
        return "VN"
    for written, place in places().items():
        if place.is_country and fold(written) == folded:
            return place.country
    return None


class CountriesField(forms.CharField):
    """'Nhật Bản, Japan, JP' (or the old 'VN JP') -> ['JP', 'VN']."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return []
        isos, unknown = [], []
        for part in _split(value):
            iso = country_iso(part)
            codes = part.split()
            if iso is None and len(codes) > 1 and all(len(code) == 2 and country_iso(code) for code in codes):
                isos += [country_iso(code) for code in codes]  # "vn jp": codes written with spaces
                continue
            (isos.append(iso) if iso else unknown.append(part))
        if len(isos) > MAX_VALUES:
            raise ValidationError(_("Tối đa %(n)d giá trị."), params={"n": MAX_VALUES})
        if unknown:
            raise ValidationError(_("Không biết quốc gia: %(names)s."), params={"names": ", ".join(unknown)})
        return list(dict.fromkeys(isos))


class PairField(forms.CharField):
    """'vn-jp' -> ['VN', 'JP']."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return []
        isos = [country_iso(code) for code in value.split("-")]
        if len(isos) != 2 or None in isos or isos[0] == isos[1]:
            raise ValidationError(_("Cặp quan hệ không hợp lệ: %(value)s (ví dụ: vn-jp)."), params={"value": value})
        return isos


class NamedObjectsField(forms.CharField):
    """Objects named by slug, name or alias (marks and case ignored), several separated by commas."""

    not_found = _("Không tìm thấy: %(names)s.")

    def lookup(self, folded_names: list[str], slugs: list[str]):
        raise NotImplementedError

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return []
        names = _split(value)
        found = list(self.lookup([fold(name) for name in names], names))
        known = {fold(obj.name) for obj in found} | {obj.slug for obj in found} | self.other_names(found)
        unknown = [name for name in names if fold(name) not in known and name not in known]
        if unknown:
            raise ValidationError(self.not_found, params={"names": ", ".join(unknown)})
        return found

    def other_names(self, found) -> set[str]:
        return set()


class PersonsField(NamedObjectsField):
    not_found = _("Không tìm thấy nhân vật: %(names)s.")

    def lookup(self, folded_names, slugs):
        people = Person.objects.filter(
            Q(slug__in=slugs) | Q(folded_name__in=folded_names) | Q(aliases__folded__in=folded_names),
            merged_into__isnull=True,
        ).distinct()
        return people.prefetch_related("aliases")

    def other_names(self, found):
        return {alias.folded for person in found for alias in person.aliases.all()}


class AgreementsField(NamedObjectsField):
    not_found = _("Không tìm thấy văn kiện: %(names)s.")

    def lookup(self, folded_names, slugs):
        return Agreement.objects.filter(
            Q(slug__in=slugs) | Q(folded_name__in=folded_names) | Q(short_name__in=slugs)
        ).order_by("pk")[:MAX_VALUES]

    def other_names(self, found):
        return {fold(a.short_name) for a in found if a.short_name}


class YearField(forms.IntegerField):
    def __init__(self, **kwargs):
        super().__init__(min_value=MIN_YEAR, max_value=MAX_YEAR, **kwargs)


class BoundedMultipleChoiceField(forms.MultipleChoiceField):
    def clean(self, value):
        if value and len(value) > MAX_VALUES:
            raise ValidationError(_("Tối đa %(n)d giá trị."), params={"n": MAX_VALUES})
        return super().clean(value)


class EventFilterForm(forms.Form):
    def clean(self):
        data = super().clean()
        if data.get("year_from") and data.get("year_to") and data["year_from"] > data["year_to"]:
            self.add_error("year_to", _("Năm kết thúc trước năm bắt đầu."))
        return data


def _filter_of(field: type[forms.Field]) -> type[django_filters.Filter]:
    """A django-filter Filter whose form field is `field` (django-filter takes the class as an attribute)."""
    return type(f"{field.__name__}Filter", (django_filters.Filter,), {"field_class": field})


class BoundedMultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    field_class = BoundedMultipleChoiceField


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_q", label=_("Tìm"), max_length=MAX_TEXT, widget=forms.TextInput(attrs={"type": "search"})
    )
    type = BoundedMultipleChoiceFilter(choices=Event.Type.choices, widget=forms.CheckboxSelectMultiple, label=_("Loại"))
    key = _filter_of(forms.BooleanField)(method="filter_key", widget=forms.CheckboxInput, label=_("Chỉ mốc quan trọng"))
    country = _filter_of(CountriesField)(
        method="filter_country",
        label=_("Quốc gia"),
        max_length=MAX_TEXT,
        widget=forms.TextInput(attrs={"list": "country-names", "autocomplete": "off"}),
    )
    pair = _filter_of(PairField)(method="filter_pair", label=_("Cặp quan hệ (vd. vn-jp)"), max_length=20)
    person = _filter_of(PersonsField)(
        method="filter_person",
        label=_("Nhân vật"),
        max_length=MAX_TEXT,
        widget=forms.TextInput(attrs={"list": "person-names", "autocomplete": "off"}),
    )
    agreement = _filter_of(AgreementsField)(
        method="filter_agreement",
        label=_("Văn kiện"),
        max_length=MAX_TEXT * 2,
        widget=forms.TextInput(attrs={"list": "agreement-names", "autocomplete": "off"}),
    )
    year_from = _filter_of(YearField)(field_name="end", lookup_expr="year__gte", label=_("Từ năm"))
    year_to = _filter_of(YearField)(field_name="start", lookup_expr="year__lte", label=_("Đến năm"))
    planned = django_filters.ChoiceFilter(
        choices=[("yes", _("dự kiến")), ("no", _("đã diễn ra"))],
        method="filter_planned",
        label=_("Trạng thái"),
        empty_label=_("Tất cả"),
    )

    class Meta:
        model = Event
        fields = []
        form = EventFilterForm

    @property
    def qs(self):
        """The filtered events; a value the site cannot use is an error, not a filter silently dropped."""
        if self.is_bound and self.errors:
            raise InvalidFilter("; ".join(self.messages()))
        return super().qs

    def usable_qs(self):
        """The events the valid filters select (the page lists the invalid ones as messages)."""
        return super().qs

    def messages(self) -> list[str]:
        """'Nhân vật: Không tìm thấy nhân vật: X.' for each invalid value."""
        return [
            f"{self.form.fields[name].label}: {' '.join(errors)}" if name in self.form.fields else " ".join(errors)
            for name, errors in self.errors.items()
        ]

    def filter_q(self, queryset, name, value):
        # The texts are Vietnamese: an English page's reader writes "Japan", the text says "Nhật Bản".
        return queryset.search(english_place_names_to_vietnamese(value) if reading_english() else value)

    def filter_key(self, queryset, name, value):
        return queryset.key_moments() if value else queryset

    def filter_country(self, queryset, name, value):
        return queryset.between_countries(*value) if value else queryset

    def filter_pair(self, queryset, name, value):
        return queryset.between_countries(*value) if value else queryset

    def filter_person(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(pk__in=Participation.objects.filter(person__in=value).values("event_id"))

    def filter_agreement(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(pk__in=Event.agreements.through.objects.filter(agreement__in=value).values("event_id"))

    def filter_planned(self, queryset, name, value):
        return queryset.filter(planned=value == "yes")

    def description(self) -> list[str]:
        """What the valid filters select, in words, for the h1 and <title>: ['Chuyến thăm', 'Nhật Bản', …]."""
        if not self.is_bound:
            return []
        self.errors  # noqa: B018 - validates, so that cleaned_data holds the valid values
        data = self.form.cleaned_data
        english = reading_english()
        parts = []
        if data.get("q"):
            parts.append(f"“{data['q']}”")
        if data.get("type"):
            labels = dict(Event.Type.choices)
            parts.append(", ".join(str(labels[code]) for code in data["type"]))
        if data.get("key"):
            parts.append(str(_("mốc quan trọng")))
        for isos in (data.get("country"), data.get("pair")):
            if isos:
                parts.append(" – ".join(country_name(iso, english) for iso in isos))
        for objects in (data.get("person"), data.get("agreement")):
            if objects:
                parts.append(", ".join(str(obj.name) for obj in objects))
        if data.get("year_from") and data.get("year_to"):
            parts.append(f"{data['year_from']}–{data['year_to']}")
        elif data.get("year_from"):
            parts.append(str(_("từ %(year)s")) % {"year": data["year_from"]})
        elif data.get("year_to"):
            parts.append(str(_("đến %(year)s")) % {"year": data["year_to"]})
        if data.get("planned"):
            parts.append(str(_("dự kiến")) if data["planned"] == "yes" else str(_("đã diễn ra")))
        return parts


def bounded_int(value, low: int, high: int) -> int | None:
    """An integer from the URL within [low, high], or None (unicode digits and '1e5' are not integers here)."""
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]{1,9}", value):
        return None
    number = int(value)
    return number if low <= number <= high else None


def filters_key(query, ignoring=("page",)) -> list:
    """The filters of a query string in a fixed order, without the paging parameters: what a cached count
    or overview of the filtered events depends on."""
    return sorted((name, values) for name, values in query.lists() if name not in ignoring)
