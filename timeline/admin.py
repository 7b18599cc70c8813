"""Curation: every model registered, events reviewed with their evidence at hand."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, Q, Value, When
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from extraction.records import YEAR_UNKNOWN
from extraction.sentences import split_sentences
from timeline import review
from timeline.history_admin import HistoryAdmin
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
from timeline.outcomes import HistoryReason
from timeline.thumbnails import thumbnail_url

admin.site.site_header = gettext_lazy("Quản trị dòng thời gian ngoại giao")
admin.site.site_title = gettext_lazy("Quản trị dòng thời gian ngoại giao")
admin.site.index_title = gettext_lazy("Biên tập")
# The review list needs the width: the models are one click away on the index page and in the breadcrumbs.
admin.site.enable_nav_sidebar = False


class CuratedAdminMixin:
    """Whatever a curator changes in a form is theirs: imports never overwrite it."""

    curated_m2m = ()

    def save_model(self, request, obj, form, change):
        if change:
            obj.mark_curated(*[name for name in form.changed_data if name not in self.curated_m2m])
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        touched = [name for name in self.curated_m2m if name in form.changed_data]
        touched += [f.prefix_curated for f in formsets if getattr(f, "prefix_curated", None) and f.has_changed()]
        if change and touched:
            form.instance.mark_curated(*touched)
            form.instance.save(update_fields=["curated_fields"])


class MergeActionMixin:
    """'Merge selected …': a confirmation page to choose the survivor, then Model.merge_from."""

    def merge_weight(self, obj) -> int:
        return 0

    def after_merge(self, request, survivor):
        """What a merge brings together besides the objects themselves."""

    def merge_facts(self, obj) -> list:
        """(label, value) rows shown side by side on the confirmation page."""
        return []

    @admin.action(description=gettext_lazy("Gộp các mục đã chọn thành một…"), permissions=["change"])
    def merge_selected(self, request, queryset):
        objects = list(queryset.order_by("pk"))
        if len(objects) < 2:
            self.message_user(request, _("Hãy chọn ít nhất hai mục để gộp."), messages.ERROR)
            return None
        if request.POST.get("confirm") == "yes":
            survivor = next((obj for obj in objects if str(obj.pk) == request.POST.get("survivor")), None)
            if survivor is None:
                self.message_user(request, _("Hãy chọn mục được giữ lại."), messages.ERROR)
                return None
            count = survivor.merge_from([obj for obj in objects if obj.pk != survivor.pk])
            self.after_merge(request, survivor)
            self.message_user(
                request,
                format_html(
                    '{} <a href="{}">{}</a>.',
                    _("Đã gộp %(n)d mục vào") % {"n": count},
                    reverse(f"admin:{survivor._meta.app_label}_{survivor._meta.model_name}_change", args=[survivor.pk]),
                    survivor,
                ),
                messages.SUCCESS,
            )
            return None
        facts = [self.merge_facts(obj) for obj in objects]
        labels = [label for label, _value in facts[0]]
        return TemplateResponse(
            request,
            "admin/timeline/merge_confirmation.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Gộp %(what)s") % {"what": self.model._meta.verbose_name_plural},
                "opts": self.model._meta,
                "objects": objects,
                "rows": [(label, [obj_facts[n][1] for obj_facts in facts]) for n, label in enumerate(labels)],
                "default": max(objects, key=self.merge_weight),
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


class YearFilter(admin.SimpleListFilter):
    title = gettext_lazy("năm")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        # Not the placeholder year of year-unknown drafts: they are under "needs a date", not in a year.
        years = {d.year for d in Event.objects.filter(year_unknown=False).dates("start", "year")} - {YEAR_UNKNOWN}
        return [(y, y) for y in sorted(years, reverse=True)]

    def queryset(self, request, queryset):
        return queryset.filter(start__year=self.value()) if self.value() else queryset


class CountryFilter(admin.RelatedFieldListFilter):
    """Countries by their name in the admin's language (a Country's str is its Vietnamese name)."""

    def field_choices(self, field, request, model_admin):
        used = Country.objects.filter(pk__in=model_admin.get_queryset(request).values(self.field_path))
        return sorted(((country.pk, country.name) for country in used), key=lambda choice: choice[1])


class ConfidenceFilter(admin.SimpleListFilter):
    title = gettext_lazy("độ tin cậy")
    parameter_name = "confidence"

    def lookups(self, request, model_admin):
        return [(code, label) for code, (label, _q) in review.CONFIDENCE_BANDS.items()]

    def queryset(self, request, queryset):
        band = review.CONFIDENCE_BANDS.get(self.value())
        return queryset.filter(band[1]) if band else queryset


class NeedsReviewFilter(admin.SimpleListFilter):
    title = gettext_lazy("cần xem lại")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("yes", gettext_lazy("năm suy ra, chưa có người tham gia hoặc độ tin cậy thấp"))]

    def queryset(self, request, queryset):
        return queryset.needs_review() if self.value() == "yes" else queryset


class PossibleDuplicatesFilter(admin.SimpleListFilter):
    """The "possible duplicates" queue: same type, overlapping dates, a shared participant."""

    title = gettext_lazy("có thể trùng")
    parameter_name = "duplicates"

    def lookups(self, request, model_admin):
        return [("yes", gettext_lazy("cùng loại, ngày chồng lên nhau, chung người tham gia"))]

    def queryset(self, request, queryset):
        return queryset.filter(pk__in=list(review.possible_duplicates())) if self.value() == "yes" else queryset


class ParticipationInline(admin.TabularInline):
    model = Participation
    autocomplete_fields = ["person"]
    extra = 0


class MentionInline(admin.StackedInline):
    model = Mention
    extra = 0
    fields = ["evidence", "article_link", "sentence_index", "extracted_type"]
    readonly_fields = ["evidence", "article_link", "sentence_index", "extracted_type"]
    can_delete = True
    classes = ["collapse"]

    @admin.display(description=gettext_lazy("bằng chứng"))
    def evidence(self, mention):
        return format_html("<mark>{}</mark>", mention.sentence)

    @admin.display(description=gettext_lazy("bài"))
    def article_link(self, mention):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("admin:articles_article_change", args=[mention.article_id]),
            mention.article,
            reverse("article-detail", args=[mention.article_id]),
            _("trang công khai"),
        )

    def has_add_permission(self, request, obj=None):
        return False


def status_badge(event) -> str:
    return format_html('<span class="badge status-{}">{}</span>', event.status, event.get_status_display())


def confidence_badge(event) -> str:
    band = review.confidence_band(event.confidence)
    css = {"low": "badge-error", "medium": "badge-warning", "high": "badge-success"}[band]
    label = review.CONFIDENCE_BANDS[band][0]
    return format_html(
        '<span class="badge {}" title="{}">{} · {}%</span>', css, event.confidence, label, round(100 * event.confidence)
    )


def reasons_html(reasons) -> str:
    items = []
    for reason in reasons:
        if reason.event_id:
            link = reverse("admin:timeline_event_change", args=[reason.event_id])
            items.append(format_html('<li><a class="badge badge-warning" href="{}">{}</a></li>', link, reason.label))
        else:
            detail = format_html(" ({})", reason.detail) if reason.detail else ""
            items.append(format_html('<li><span class="badge badge-warning">{}{}</span></li>', reason.label, detail))
    return format_html('<ul class="reasons">{}</ul>', format_html_join("", "{}", ((item,) for item in items)))


@admin.register(Event)
class EventAdmin(MergeActionMixin, CuratedAdminMixin, HistoryAdmin):
    list_display = ["display_date", "type", "title_and_reasons", "status_badge", "confidence_band", "sources"]
    list_display_links = ["display_date", "title_and_reasons"]
    list_filter = [
        "status",
        "draft_reason",
        "type",
        YearFilter,
        ("countries", CountryFilter),
        ConfidenceFilter,
        NeedsReviewFilter,
        PossibleDuplicatesFilter,
        "planned",
    ]
    search_fields = ["title", "title_en", "participants__name", "participants__aliases__name", "mentions__sentence"]
    autocomplete_fields = ["countries", "agreements", "part_of"]
    readonly_fields = ["slug", "curated_fields", "merged_into", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", ("start", "end", "precision"), ("type", "status"), "place", "planned"]}),
        (
            gettext_lazy("Chi tiết"),
            {"fields": ["title_en", "part_of", "countries", "agreements", "confidence", "year_inferred"]},
        ),
        (
            gettext_lazy("Dữ liệu hệ thống"),
            {"fields": ["slug", "curated_fields", "merged_into", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]
    inlines = [ParticipationInline, MentionInline]
    actions = ["publish", "reject", "send_back_to_draft", "merge_selected"]
    date_hierarchy = "start"
    curated_m2m = ("countries", "agreements")
    list_per_page = 50
    change_form_template = "admin/timeline/event/change_form.html"
    change_list_template = "admin/timeline/event/change_list.html"

    def get_queryset(self, request):
        return review.for_review(super().get_queryset(request))

    def get_ordering(self, request):
        """Drafts first (the work waiting), then by date."""
        return [Case(When(status=Event.Status.DRAFT, then=Value(0)), default=Value(1)), "start", "pk"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in ("title", "title_en"):
            kwargs["widget"] = forms.TextInput(attrs={"size": 110, "maxlength": 500})  # titles are long sentences
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_urls(self):
        return [
            path("next-draft/", self.admin_site.admin_view(self.next_draft_view), name="timeline_event_next_draft"),
            *super().get_urls(),
        ]

    def next_draft_view(self, request):
        """The keyboard path's entry: the first draft in the review order (or the list when none waits)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        first = Event.objects.filter(status=Event.Status.DRAFT, merged_into__isnull=True).order_by("start", "pk")
        first = first.first()
        if first is None:
            self.message_user(request, _("Không còn bản nháp nào chờ duyệt."), messages.INFO)
            return HttpResponseRedirect(reverse("admin:timeline_event_changelist"))
        return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[first.pk]))

    def changelist_view(self, request, extra_context=None):
        pairs = review.duplicate_pairs()
        context = {
            **(extra_context or {}),
            "possible_duplicates": len(pairs),
            "duplicate_pairs": pairs[:20] if request.GET.get("duplicates") == "yes" else [],
            "can_merge": self.has_change_permission(request),
        }
        return super().changelist_view(request, context)

    def get_changelist_instance(self, request):
        """The page's possible duplicates in two queries, for the reasons of every row."""
        changelist = super().get_changelist_instance(request)
        rows = list(changelist.result_list)
        duplicates = review.possible_duplicates([event.pk for event in rows])
        for event in rows:
            event.reasons_shown = review.reasons_for(event, duplicates)  # not a field: the list's display
        return changelist

    def save_model(self, request, obj, form, change):
        decided = {"_publish": Event.Status.PUBLISHED, "_reject": Event.Status.REJECTED}
        for button, status in decided.items():
            if button in request.POST:
                obj.status = status
                obj.mark_curated("status")
                obj._change_reason = STATUS_REASONS[status]
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.refresh_search_text()  # a curator's new title or participants are searchable at once

    def response_change(self, request, obj):
        if {"_next_draft", "_publish", "_reject"} & set(request.POST):
            done = _("“{}” đã được lưu.")
            if "_publish" in request.POST:
                done = _("“{}” đã được xuất bản.")
            elif "_reject" in request.POST:
                done = _("“{}” đã bị loại.")
            self.message_user(request, format_html(done, obj), messages.SUCCESS)
            following = self.next_draft(obj)
            if following is None:
                self.message_user(request, _("Không còn bản nháp nào chờ duyệt."), messages.INFO)
                return HttpResponseRedirect(reverse("admin:timeline_event_changelist") + "?status__exact=draft")
            return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[following.pk]))
        return super().response_change(request, obj)

    @staticmethod
    def next_draft(event):
        """The draft after this one in the review order (date, then number); the first one after the last."""
        drafts = Event.objects.filter(status=Event.Status.DRAFT, merged_into__isnull=True).exclude(pk=event.pk)
        later = drafts.filter(Q(start__gt=event.start) | Q(start=event.start, pk__gt=event.pk))
        return later.order_by("start", "pk").first() or drafts.order_by("start", "pk").first()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        event = self.get_object(request, object_id)
        context = dict(extra_context or {})
        if event is not None:
            context["evidence"] = evidence_in_context(event)
            context["review_reasons"] = reasons_html(review.reasons_for(event, review.possible_duplicates([event.pk])))
            context["status_badge"] = status_badge(event)
            context["confidence_band"] = confidence_badge(event)
        return super().change_view(request, object_id, form_url, context)

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            if inline.model is Participation:
                formset.prefix_curated = "participants"
            yield formset, inline

    def merge_weight(self, event) -> int:
        return event.mentions.count()  # by default the event told by most sources stays

    def after_merge(self, request, event):
        """Two reports of one meeting may name one person two ways ("Ito Naoki", "Naoki Ito"): merged too,
        so that the event lists each person once (the person merge is in both persons' history)."""
        for kept, *others in review.same_persons_among_participants(event):
            kept.merge_from(others)
            self.message_user(
                request,
                format_html(
                    "{} {} → {}",
                    _("Cùng một người, đã gộp:"),
                    ", ".join(str(other) for other in others),
                    kept,
                ),
                messages.INFO,
            )

    def merge_facts(self, event) -> list:
        mentions = list(event.mentions.select_related("article"))
        return [
            (_("Trạng thái"), status_badge(event)),
            (_("Loại"), event.get_type_display()),
            (_("Ngày"), event.display_date()),
            (_("Địa điểm"), event.place or "—"),
            (_("Quốc gia"), ", ".join(c.name for c in event.countries.all()) or "—"),
            (
                _("Người tham gia"),
                ", ".join(str(p) for p in event.participations.select_related("person")) or "—",
            ),
            (_("Nguồn"), format_html_join(", ", "{}", ((str(m.article),) for m in mentions)) or "—"),
            (
                _("Bằng chứng"),
                format_html_join("", "<blockquote>{}</blockquote>", ((m.sentence,) for m in mentions)) or "—",
            ),
        ]

    @admin.display(description=gettext_lazy("ngày"), ordering="start")
    def display_date(self, event):
        return event.display_date()

    @admin.display(description=gettext_lazy("sự kiện, lý do cần xem và bằng chứng"), ordering="title")
    def title_and_reasons(self, event):
        reasons = getattr(event, "reasons_shown", None)
        if reasons is None:
            reasons = review.reasons_for(event)
        countries = ", ".join(country.name for country in event.countries.all())
        mentions = list(event.mentions.all())
        return format_html(
            "<strong>{}</strong>{}{}{}",
            event.title,
            format_html(' <span class="badge badge-info">{}</span>', countries) if countries else "",
            reasons_html(reasons) if event.status == Event.Status.DRAFT else "",
            format_html('<div class="evidence-cell">“{}”</div>', mentions[0].sentence) if mentions else "",
        )

    @admin.display(description=gettext_lazy("trạng thái"), ordering="status")
    def status_badge(self, event):
        return status_badge(event)

    @admin.display(description=gettext_lazy("độ tin cậy"), ordering="confidence")
    def confidence_band(self, event):
        return confidence_badge(event)

    @admin.display(description=gettext_lazy("số nguồn"), ordering="source_count")
    def sources(self, event):
        return event.source_count

    def _set_status(self, request, queryset, status):
        count = 0
        for event in queryset:  # one by one, so that each change is in the history
            event.status = status
            event.mark_curated("status")
            event._change_reason = STATUS_REASONS[status]
            event.save()
            count += 1
        self.message_user(request, STATUS_MESSAGES[status] % {"n": count}, messages.SUCCESS)

    @admin.action(description=gettext_lazy("Xuất bản các sự kiện đã chọn"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, Event.Status.PUBLISHED)

    @admin.action(description=gettext_lazy("Loại các sự kiện đã chọn"), permissions=["change"])
    def reject(self, request, queryset):
        self._set_status(request, queryset, Event.Status.REJECTED)

    @admin.action(description=gettext_lazy("Đưa các sự kiện đã chọn về bản nháp"), permissions=["change"])
    def send_back_to_draft(self, request, queryset):
        self._set_status(request, queryset, Event.Status.DRAFT)


# What the history records when a curator changes an event's status, and what the admin then says.
STATUS_REASONS = {
    Event.Status.PUBLISHED: HistoryReason.PUBLISHED,
    Event.Status.REJECTED: HistoryReason.REJECTED,
    Event.Status.DRAFT: HistoryReason.SENT_BACK_TO_DRAFT,
}
STATUS_MESSAGES = {
    Event.Status.PUBLISHED: gettext_lazy("Đã xuất bản %(n)d sự kiện."),
    Event.Status.REJECTED: gettext_lazy("Đã loại %(n)d sự kiện."),
    Event.Status.DRAFT: gettext_lazy("Đã đưa %(n)d sự kiện về bản nháp."),
}


def evidence_in_context(event) -> list[dict]:
    """Each evidence sentence with the sentences before and after it in its article."""
    told = []
    for mention in event.mentions.select_related("article").order_by("pk"):
        sentences = split_sentences([line for line in mention.article.cleaned_text.splitlines() if line.strip()])
        at = mention.sentence_index
        if not (0 <= at < len(sentences) and sentences[at].strip() == mention.sentence.strip()):
            at = next((n for n, s in enumerate(sentences) if s.strip() == mention.sentence.strip()), None)
        told.append(
            {
                "mention": mention,
                "before": sentences[at - 1] if at else "",
                "after": sentences[at + 1] if at is not None and at + 1 < len(sentences) else "",
            }
        )
    return told


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    fields = ["name"]
    extra = 1


class PositionInline(admin.TabularInline):
    model = Position
    extra = 0
    autocomplete_fields = ["country"]


@admin.register(Person)
class PersonAdmin(MergeActionMixin, CuratedAdminMixin, HistoryAdmin):
    list_display = ["name", "thumbnail", "country", "event_count"]
    actions = ["merge_selected"]
    list_filter = [("country", CountryFilter)]
    search_fields = ["name", "aliases__name", "folded_name"]
    autocomplete_fields = ["country"]
    readonly_fields = ["slug", "curated_fields", "merged_into"]
    inlines = [PersonAliasInline, PositionInline]
    change_list_template = "admin/timeline/person/change_list.html"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_events=Count("events", distinct=True))

    def changelist_view(self, request, extra_context=None):
        """Above the list: persons who may be one, each with a button to merge them (a confirmation first)."""
        context = {
            **(extra_context or {}),
            "suggestions": review.person_suggestions(),
            "can_merge": self.has_change_permission(request),
        }
        return super().changelist_view(request, context)

    @admin.display(description=gettext_lazy("số sự kiện"), ordering="n_events")
    def event_count(self, person):
        return person.n_events

    @admin.display(description=gettext_lazy("ảnh"))
    def thumbnail(self, person):
        url = thumbnail_url(person)
        return format_html('<img src="{}" width="40" height="40" alt="">', url) if url else ""

    def merge_weight(self, person) -> int:
        return person.participations.count()

    def merge_facts(self, person) -> list:
        positions = person.positions.order_by("first_seen")
        return [
            (_("Quốc gia"), str(person.country or "—")),
            (_("Tên khác"), ", ".join(person.aliases.values_list("name", flat=True)) or "—"),
            (
                _("Chức vụ"),
                "; ".join(
                    f"{p.title} ({p.first_seen:%d/%m/%Y} – {p.last_seen:%d/%m/%Y})" if p.first_seen else p.title
                    for p in positions
                )
                or "—",
            ),
            (
                _("Sự kiện"),
                "; ".join(str(p.event) for p in person.participations.select_related("event").order_by("event__start"))
                or "—",
            ),
        ]


@admin.register(Agreement)
class AgreementAdmin(CuratedAdminMixin, HistoryAdmin):
    list_display = ["name", "short_name", "kind", "signed_on"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]
    autocomplete_fields = ["parties"]
    readonly_fields = ["slug", "curated_fields"]
    curated_m2m = ("parties",)


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["iso", "name_vi", "name_en"]
    search_fields = ["iso", "name_vi", "name_en"]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["event", "article", "sentence_index"]
    search_fields = ["sentence", "event__title"]
    autocomplete_fields = ["event", "article"]


@admin.register(Position)
class PositionAdmin(admin.ModelAdmin):
    list_display = ["person", "title", "first_seen", "last_seen"]
    search_fields = ["person__name", "title"]
    autocomplete_fields = ["person", "country"]


@admin.register(PersonAlias)
class PersonAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "person"]
    search_fields = ["name", "person__name"]
    autocomplete_fields = ["person"]


@admin.register(Appearance)
class AppearanceAdmin(admin.ModelAdmin):
    list_display = ["person", "title", "article"]
    search_fields = ["person__name", "title"]
    autocomplete_fields = ["person", "article"]
