"""The timeline's filters, in the URL so that a filtered view can be shared and cited.

A reader names people, agreements and countries as they are written ("Bùi Thanh Sơn", "Japan",
"Nhật Bản"); slugs and ISO codes still work, so old links keep theirs. Every value is validated and
bounded: an unknown name or a year out of range is a message on the page (a 400 on the exports, which
call `.qs`), never a silently ignored filter nor a server error; an unknown name suggests the public
ones it begins (`bui` -> Bùi Thanh Sơn). Only public people and agreements are known: a draft one is
exactly as unknown as a name never seen. People and agreements are typed, with a <datalist> for
type-ahead, not chosen from a <select> that would grow with the tables. On the English pages, `q`
understands English words for what the texts say in Vietnamese (english_search).
"""

import re
from functools import lru_cache

import django_filters
from django import forms
from django.core.exceptions import BadRequest, ValidationError
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from extraction.folding import fold
from extraction.levels import LEVELS
from extraction.names import known_names
from extraction.reference import countries, places
from timeline.language import reading_english
from timeline.models import Agreement, Event, Participation, Person
from timeline.safe_text import without_control_characters
from timeline.vocabulary import CITIES_EN, OFFICES_EN, TITLE_HEADS_EN, country_name

MIN_YEAR, MAX_YEAR = 1800, 2200
MAX_VALUES = 20  # per multi-value filter: enough for any reader, and a bound on the query's size
MAX_TEXT = 200  # characters of a typed value
SUGGESTIONS = 5  # public names offered for an unknown one


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
        """The public objects named (a draft or unpublished one is not found, as if unknown)."""
        raise NotImplementedError

    def beginning_with(self, folded: str):
        """Public objects a name or a word of whose name begins with `folded`."""
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
            message = self.not_found % {"names": ", ".join(unknown)}
            suggested = self.suggestions(unknown)
            if suggested:
                message += " " + _("Có phải: %(names)s?") % {"names": ", ".join(suggested)}
            raise ValidationError(message)
        return found

    def suggestions(self, names: list[str]) -> list[str]:
        """The public names nearest to the unknown ones: those they begin, marks and case ignored."""
        suggested = []
        for name in names:
            folded = fold(name)
            if len(folded) >= 2:
                suggested += [obj.name for obj in self.beginning_with(folded)[:SUGGESTIONS]]
        return list(dict.fromkeys(suggested))[:SUGGESTIONS]

    def other_names(self, found) -> set[str]:
        return set()


class PersonsField(NamedObjectsField):
    not_found = _("Không tìm thấy nhân vật: %(names)s.")

    def lookup(self, folded_names, slugs):
        people = Person.objects.public().filter(
            Q(slug__in=slugs) | Q(folded_name__in=folded_names) | Q(aliases__folded__in=folded_names)
        )
        return people.distinct().prefetch_related("aliases")

    def beginning_with(self, folded):
        named = Q(folded_name__startswith=folded) | Q(folded_name__contains=" " + folded)
        return Person.objects.public().filter(named | Q(aliases__folded__startswith=folded)).distinct().order_by("name")

    def other_names(self, found):
        return {alias.folded for person in found for alias in person.aliases.all()}


class AgreementsField(NamedObjectsField):
    not_found = _("Không tìm thấy văn kiện: %(names)s.")

    def lookup(self, folded_names, slugs):
        return (
            Agreement.objects.public()
            .filter(Q(slug__in=slugs) | Q(folded_name__in=folded_names) | Q(short_name__in=slugs))
            .order_by("pk")[:MAX_VALUES]
        )

    def beginning_with(self, folded):
        named = Q(folded_name__startswith=folded) | Q(folded_name__contains=" " + folded)
        return Agreement.objects.public().filter(named).order_by("name")

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
    # One year, as the timeline groups it (by the year an event starts): the window of a long timeline too.
    year = _filter_of(YearField)(field_name="start", lookup_expr="year", label=_("Năm"))
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

    def usable_qs(self, without=()):
        """The events the valid filters select (the page lists the invalid ones as messages), but for the
        filters named in `without`."""
        queryset = self.queryset.all()
        if not self.is_bound:
            return queryset
        self.errors  # noqa: B018 - validates, so that cleaned_data holds the valid values
        for name, value in self.form.cleaned_data.items():
            if name not in without:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def messages(self) -> list[str]:
        """'Nhân vật: Không tìm thấy nhân vật: X.' for each invalid value."""
        return [
            f"{self.form.fields[name].label}: {' '.join(errors)}" if name in self.form.fields else " ".join(errors)
            for name, errors in self.errors.items()
        ]

    def filter_q(self, queryset, name, value):
        # The texts are Vietnamese: an English page's reader writes "Japan", the text says "Nhật Bản".
        return queryset.filter(*english_search(value)) if reading_english() else queryset.search(value)

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
            parts.append(f"“{without_control_characters(data['q'])}”")
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
        if data.get("year"):
            parts.append(str(data["year"]))
        if data.get("year_from") and data.get("year_to"):
            parts.append(f"{data['year_from']}–{data['year_to']}")
        elif data.get("year_from"):
            parts.append(str(_("từ %(year)s")) % {"year": data["year_from"]})
        elif data.get("year_to"):
            parts.append(str(_("đến %(year)s")) % {"year": data["year_to"]})
        if data.get("planned"):
            parts.append(str(_("dự kiến")) if data["planned"] == "yes" else str(_("đã diễn ra")))
        return parts


def filters_key(query, ignoring=("page",)) -> list:
    """The filters of a query string in a fixed order, without the paging parameters: what a cached count
    or overview of the filtered events depends on."""
    return sorted((name, values) for name, values in query.lists() if name not in ignoring)


# --- English search -------------------------------------------------------------------------------
# The stored texts are Vietnamese (titles, evidence, names as the press writes them). An English reader's
# words are read as what they name: a type ("visit", "committee"), an ordinal ("12th"), a level, an office,
# a place ("Tokyo", "Japan") or a person the name reference knows ("Wang Yi", written "Vương Nghị"); each
# matches the event's fields or the Vietnamese words, or the word itself (an English title, a Latin name).

ENGLISH_GRAMMAR_WORDS = {"a", "an", "the", "of", "and", "in", "to", "with", "on", "at", "for", "by", "from"}
ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")


def _contains(folded: str) -> Q:
    return Q(search_text__contains=folded)


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(re.sub(r"[^\w]+", " ", fold(text)).split())


@lru_cache(maxsize=1)
def english_vocabulary() -> dict[tuple[str, ...], Q]:
    """Folded English words (a tuple: several make one phrase) -> what they find. Built once per process
    from the vocabularies the pages translate with (types, levels, offices, places, names)."""
    vocabulary: dict[tuple[str, ...], Q] = {}

    def add(english: str, found: Q):
        words = _phrase(english)
        if words:
            vocabulary[words] = vocabulary.get(words, Q()) | found

    with translation.override("en"):
        type_names = {code: [TITLE_HEADS_EN.get(code, ""), str(label)] for code, label in Event.Type.choices}
    for code, names in type_names.items():
        for word in {word for name in names for word in _phrase(name)} - ENGLISH_GRAMMAR_WORDS - {"relations"}:
            if code != "other":
                add(word, Q(type=code))
    for level in LEVELS:
        add(level.en, Q(level=level.code) | _contains(fold(level.vi)))
    for vietnamese, english in OFFICES_EN.items():
        add(english, _contains(vietnamese))
    for entry in countries().values():
        add(entry["en"], _contains(fold(entry["vi"])))
    for vietnamese, english in CITIES_EN.items():
        add(english, _contains(fold(vietnamese)))
    for known in set(known_names().values()):
        add(known.en, Q())
        for form in known.forms:
            add(known.en, _contains(fold(form)))
    return vocabulary


def english_search(query: str) -> list[Q]:
    """The conditions an English query sets, one per word or phrase (all must hold): 'Wang Yi visit' ->
    [names 'Wang Yi' or 'Vương Nghị', a visit or 'visit']. Longest phrases first; an unknown word is
    looked for as it is written."""
    vocabulary = english_vocabulary()
    longest = max(map(len, vocabulary), default=1)
    words = _phrase(query)
    conditions, at = [], 0
    while at < len(words):
        for size in range(min(longest, len(words) - at), 0, -1):
            phrase = words[at : at + size]
            found = vocabulary.get(phrase)
            if found is None and size == 1 and phrase[0].endswith("s"):
                found = vocabulary.get((phrase[0][:-1],))  # "visits"
            if found is not None:
                conditions.append(found | _contains(" ".join(phrase)))
                at += size
                break
        else:
            word = words[at]
            ordinal = ORDINAL.fullmatch(word)
            if ordinal:
                n = int(ordinal.group(1))
                conditions.append(Q(ordinal=n) | _contains(f"thu {n}") | _contains(word))
            elif word not in ENGLISH_GRAMMAR_WORDS:
                conditions.append(_contains(word))
            at += 1
    return conditions
