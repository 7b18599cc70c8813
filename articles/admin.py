from django.contrib import admin, messages
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from articles.importer import ArticleImporter
from articles.models import Article


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "outlet", "published", "year", "year_source", "event_count", "imported_at"]
    list_filter = ["outlet", "published_source"]
    search_fields = ["title", "url", "source_name", "raw_text"]
    readonly_fields = ["content_hash", "imported_at", "extracted_at", "events_extracted"]
    actions = ["rerun_extraction"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_events=Count("mentions__event", distinct=True))

    @admin.display(description="events", ordering="n_events")
    def event_count(self, article):
        return article.n_events

    @admin.display(description="events extracted from this article")
    def events_extracted(self, article):
        mentions = article.mentions.select_related("event").order_by("sentence_index")
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{} — {}</a> ({})</li>',
                (
                    (
                        reverse("admin:timeline_event_change", args=[m.event_id]),
                        m.event.display_date(),
                        m.event.title,
                        m.event.get_status_display(),
                    )
                    for m in mentions
                ),
            ),
        )

    @admin.action(description="Re-run extraction on selected articles", permissions=["change"])
    def rerun_extraction(self, request, queryset):
        importer = ArticleImporter()
        for article in queryset:
            report = importer.reextract(article)
            self.message_user(
                request,
                f"{article}: {report.events_created} new events, {report.events_matched} told again",
                messages.SUCCESS,
            )
