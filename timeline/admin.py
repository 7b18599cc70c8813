"""Curation: every model registered, events reviewed with their evidence at hand."""

from django.contrib import admin, messages
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

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
from timeline.thumbnails import thumbnail_url


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

    @admin.action(description="Merge selected into one…", permissions=["change"])
    def merge_selected(self, request, queryset):
        objects = list(queryset.order_by("pk"))
        if len(objects) < 2:
            self.message_user(request, "Select at least two to merge.", messages.ERROR)
            return None
        if request.POST.get("confirm") == "yes":
            survivor = next((obj for obj in objects if str(obj.pk) == request.POST.get("survivor")), None)
            if survivor is None:
                self.message_user(request, "Choose the one that stays.", messages.ERROR)
                return None
            count = survivor.merge_from([obj for obj in objects if obj.pk != survivor.pk])
            self.message_user(
                request,
                format_html(
                    'Merged {} into <a href="{}">{}</a>.',
                    count,
                    reverse(f"admin:{survivor._meta.app_label}_{survivor._meta.model_name}_change", args=[survivor.pk]),
                    survivor,
                ),
                messages.SUCCESS,
            )
            return None
        for obj in objects:
            obj.merge_summary = self.merge_summary(obj)
        return TemplateResponse(
            request,
            "admin/timeline/merge_confirmation.html",
            {
                **self.admin_site.each_context(request),
                "title": f"Merge {self.model._meta.verbose_name_plural}",
                "opts": self.model._meta,
                "objects": objects,
                "default": max(objects, key=self.merge_weight),
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


class YearFilter(admin.SimpleListFilter):
    title = "year"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = sorted({d.year for d in Event.objects.dates("start", "year")}, reverse=True)
        return [(y, y) for y in years]

    def queryset(self, request, queryset):
        return queryset.filter(start__year=self.value()) if self.value() else queryset


class ConfidenceFilter(admin.SimpleListFilter):
    title = "confidence"
    parameter_name = "confidence"

    def lookups(self, request, model_admin):
        return [("low", "low (< 0.5)"), ("medium", "medium"), ("high", "high (≥ 0.8)")]

    def queryset(self, request, queryset):
        bands = {
            "low": {"confidence__lt": 0.5},
            "medium": {"confidence__gte": 0.5, "confidence__lt": 0.8},
            "high": {"confidence__gte": 0.8},
        }
        return queryset.filter(**bands[self.value()]) if self.value() in bands else queryset


class NeedsReviewFilter(admin.SimpleListFilter):
    title = "needs review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("yes", "year inferred, no participant or low confidence")]

    def queryset(self, request, queryset):
        return queryset.needs_review() if self.value() == "yes" else queryset


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

    @admin.display(description="evidence")
    def evidence(self, mention):
        return format_html("<mark>{}</mark>", mention.sentence)

    @admin.display(description="article")
    def article_link(self, mention):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">public page</a>',
            reverse("admin:articles_article_change", args=[mention.article_id]),
            mention.article,
            reverse("article-detail", args=[mention.article_id]),
        )

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(MergeActionMixin, CuratedAdminMixin, HistoryAdmin):
    list_display = ["display_date", "type", "title", "status", "confidence", "planned", "year_inferred", "sources"]
    list_filter = ["status", "type", YearFilter, "countries", ConfidenceFilter, NeedsReviewFilter, "planned"]
    search_fields = ["title", "title_en", "participants__name", "participants__aliases__name", "mentions__sentence"]
    autocomplete_fields = ["countries", "agreements"]
    readonly_fields = ["slug", "curated_fields", "merged_into", "created_at", "updated_at"]
    inlines = [ParticipationInline, MentionInline]
    actions = ["publish", "reject", "send_back_to_draft", "merge_selected"]
    date_hierarchy = "start"
    curated_m2m = ("countries", "agreements")
    list_per_page = 50

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(source_count=Count("mentions", distinct=True))

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.instance.refresh_search_text()  # a curator's new title or participants are searchable at once

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            if inline.model is Participation:
                formset.prefix_curated = "participants"
            yield formset, inline

    def merge_weight(self, event) -> int:
        return event.mentions.count()  # by default the event told by most sources stays

    def merge_summary(self, event) -> str:
        return f"{event.get_status_display()}, {event.mentions.count()} source(s), {event.participations.count()} participant(s)"

    @admin.display(description="date", ordering="start")
    def display_date(self, event):
        return event.display_date()

    @admin.display(description="sources", ordering="source_count")
    def sources(self, event):
        return event.source_count

    def _set_status(self, request, queryset, status, label):
        count = 0
        for event in queryset:  # one by one, so that each change is in the history
            event.status = status
            event.mark_curated("status")
            event._change_reason = label
            event.save()
            count += 1
        self.message_user(request, f"{count} event(s) {label}.", messages.SUCCESS)

    @admin.action(description="Publish selected events", permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, Event.Status.PUBLISHED, "published")

    @admin.action(description="Reject selected events", permissions=["change"])
    def reject(self, request, queryset):
        self._set_status(request, queryset, Event.Status.REJECTED, "rejected")

    @admin.action(description="Send selected events back to draft", permissions=["change"])
    def send_back_to_draft(self, request, queryset):
        self._set_status(request, queryset, Event.Status.DRAFT, "sent back to draft")


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
    list_filter = ["country"]
    search_fields = ["name", "aliases__name", "folded_name"]
    autocomplete_fields = ["country"]
    readonly_fields = ["slug", "curated_fields", "merged_into"]
    inlines = [PersonAliasInline, PositionInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_events=Count("events", distinct=True))

    @admin.display(description="events", ordering="n_events")
    def event_count(self, person):
        return person.n_events

    @admin.display(description="photo")
    def thumbnail(self, person):
        url = thumbnail_url(person)
        return format_html('<img src="{}" width="40" height="40" alt="">', url) if url else ""

    def merge_weight(self, person) -> int:
        return person.participations.count()

    def merge_summary(self, person) -> str:
        aliases = ", ".join(person.aliases.values_list("name", flat=True))
        return f"{person.participations.count()} event(s)" + (f"; also {aliases}" if aliases else "")


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
