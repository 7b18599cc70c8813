import logging

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from articles.forms import ArticleImportForm
from articles.importer import ArticleFileError, ArticleImporter, read_article_file
from articles.models import Article
from timeline.history_admin import HistoryAdmin
from timeline.models import Event, Mention

logger = logging.getLogger(__name__)


@admin.register(Article)
class ArticleAdmin(HistoryAdmin):
    list_display = ["__str__", "outlet", "published", "year", "year_source", "event_count", "imported_at"]
    list_filter = ["outlet", "published_source"]
    search_fields = ["title", "url", "source_name", "raw_text"]
    readonly_fields = ["content_hash", "imported_at", "extracted_at", "events_extracted"]
    actions = ["rerun_extraction"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_events=Count("mentions__event", distinct=True))

    def get_urls(self):
        return [
            path("import/", self.admin_site.admin_view(self.import_view), name="articles_article_import"),
            *super().get_urls(),
        ]

    def import_view(self, request):
        """Paste or upload articles; the importer runs on each, one transaction per article."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            importer = ArticleImporter()
            texts = [("pasted text", data["text"])] if data["text"].strip() else []
            for upload in data["files"]:
                try:
                    texts.append((upload.name, read_article_file(upload.name, upload.read())))
                except ArticleFileError as exc:
                    self.message_user(
                        request, f"{exc.name}: {exc.reason}. Nothing was imported from it.", messages.ERROR
                    )
            for name, text in texts:
                try:
                    report = importer.import_text(
                        text,
                        source_name=name,
                        url=data["url"] or None,
                        outlet=data["outlet"],
                        published=data["published"],
                    )
                except Exception as exc:  # noqa: BLE001 - its transaction is rolled back; the others still go in
                    logger.exception("admin import of %s failed", name)
                    self.message_user(
                        request,
                        f"{name}: the import failed ({type(exc).__name__}; the details are in the server log). "
                        "Nothing was imported from it.",
                        messages.ERROR,
                    )
                    continue
                self.report(request, name, report)
            return redirect("admin:articles_article_changelist")
        return TemplateResponse(
            request,
            "admin/articles/article/import_form.html",
            {
                **self.admin_site.each_context(request),
                "form": form,
                "opts": self.model._meta,
                "title": "Import articles",
            },
        )

    def report(self, request, name, report):
        """One message per article; everything that comes from the article is escaped."""
        if report.skipped_reason:
            self.message_user(
                request,
                format_html(
                    '{}: {} (<a href="{}">see it</a>).',
                    name,
                    report.skipped_reason,
                    reverse("admin:articles_article_change", args=[report.article.pk]),
                ),
                messages.WARNING,
            )
            return
        if report.article is None:
            self.message_user(request, f"{name}: {report.error}.", messages.ERROR)
            return
        article = report.article
        events = list(Event.objects.filter(mentions__article=article).distinct().order_by("start", "pk"))
        # A new event is told by this article alone; one told again also has an earlier article's mention.
        told_before = set(
            Mention.objects.filter(event__in=events).exclude(article=article).values_list("event_id", flat=True)
        )
        drafts = sum(1 for e in events if e.pk not in told_before and e.status == Event.Status.DRAFT)
        self.message_user(
            request,
            format_html(
                '{}: <a href="{}">article created</a>{}, {} new event(s) ({} waiting as drafts), {} told again{}{}',
                name,
                reverse("admin:articles_article_change", args=[article.pk]),
                format_html(" “{}”", article.title) if article.title and article.title != name else "",
                report.events_created,
                drafts,
                report.events_matched,
                ": " if events else ".",
                "; ".join(f"{event.display_date('vi')} {event.title}" for event in events),
            ),
            messages.WARNING if report.error else messages.SUCCESS,
        )
        if report.error:
            self.message_user(
                request, f"{name}: {report.error}; a curator can add its events by hand.", messages.WARNING
            )

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
