"""The timeline's filters, in the URL so that a filtered view can be shared and cited.

Person and agreement are given by slug in a text box: a <select> with one option
per row would grow with the tables (django-filter's ModelChoiceFilter does that).
"""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from timeline.models import Event


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Tìm"))
    type = django_filters.MultipleChoiceFilter(
        choices=Event.Type.choices, widget=forms.CheckboxSelectMultiple, label=_("Loại")
    )
    country = django_filters.CharFilter(method="filter_country", label=_("Quốc gia (mã ISO)"))
    pair = django_filters.CharFilter(method="filter_pair", label=_("Cặp quan hệ (vd. vn-jp)"))
    person = django_filters.CharFilter(field_name="participants__slug", distinct=True, label=_("Nhân vật"))
    agreement = django_filters.CharFilter(field_name="agreements__slug", distinct=True, label=_("Văn kiện"))
    year_from = django_filters.NumberFilter(field_name="end", lookup_expr="year__gte", label=_("Từ năm"))
    year_to = django_filters.NumberFilter(field_name="start", lookup_expr="year__lte", label=_("Đến năm"))
    planned = django_filters.ChoiceFilter(
        choices=[("yes", _("dự kiến")), ("no", _("đã diễn ra"))], method="filter_planned", label=_("Trạng thái")
    )

    class Meta:
        model = Event
        fields = []

    def filter_q(self, queryset, name, value):
        return queryset.search(value)

    def filter_country(self, queryset, name, value):
        return queryset.between_countries(*[iso for iso in value.replace(",", " ").split() if len(iso) == 2])

    def filter_pair(self, queryset, name, value):
        isos = [iso for iso in value.split("-") if len(iso) == 2]
        return queryset.between_countries(*isos) if len(isos) == 2 else queryset.none()

    def filter_planned(self, queryset, name, value):
        return queryset.filter(planned=value == "yes")
