"""Curation of articles: importing (text, files, saved pages, URLs) as jobs, the "needs a date" queue,
feeds, and the jobs' progress."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from trafilatura.utils import decode_file

from articles import curation, tasks
from articles.article_files import ArticleFileError, read_article_file
from articles.curation import import_item
from articles.curation_models import Feed, FeedEntry, Job, JobItem
from articles.fetching import FetchError, refuse_oversized
from articles.forms import ArticleImportForm, PublicationDateForm
from articles.import_batches import ImportBatch, Refusal
from articles.importer import ArticleImporter
from articles.models import Article
from articles.outcomes import ImportChannel, RefusalReason, RefusalStatus
from extraction.folding import nfc
from timeline.history_admin import HistoryAdmin

MESSAGE_LEVELS = {
    "info": messages.INFO,
    "success": messages.SUCCESS,
    "warning": messages.WARNING,
    "error": messages.ERROR,
}


class NeedsDateFilter(admin.SimpleListFilter):
    """The "needs a date" queue: articles whose year nothing gave, or that gave no event."""

    title = gettext_lazy("cần ngày đăng")
    parameter_name = "needs_date"

    def lookups(self, request, model_admin):
        return [
            ("yes", gettext_lazy("chưa có năm hoặc chưa có sự kiện")),
            ("no_events", gettext_lazy("chưa có sự kiện")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.needing_date()
        if self.value() == "no_events":
            return queryset.filter(n_events=0)
        return queryset


def legacy_text(raw: bytes) -> str:
    """A file that is not UTF-8 read as Windows-1258, the Vietnamese legacy encoding: kept on the refused
    item for the curator to check, correct and import again."""
    return nfc(raw.decode("cp1258", errors="replace"))


class JobsMixin:
    """Runs a job (on the worker, or here without a broker) and tells the curator how it went."""

    def start_job(self, request, kind: str, items: list[JobItem], done_url: str, batch: ImportBatch | None = None):
        """Runs the items as a job; `batch` (created before, when the form already refused files) records
        what it writes. A job that finishes at once leads to its batch's page: what went public, what waits."""
        job = Job.create(kind, items, user=request.user)
        if batch is None:
            batch = ImportBatch.of_job(job)
        else:
            batch.job = job
            batch.save(update_fields=["job"])
        tasks.enqueue(job)
        job.refresh_from_db()
        if not job.finished:
            self.message_user(
                request,
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("Công việc #%(n)s đang chạy trong nền (%(total)s mục).") % {"n": job.pk, "total": job.total},
                    job.get_absolute_url(),
                    _("Xem tiến độ"),
                ),
                messages.INFO,
            )
            return redirect(job.get_absolute_url())
        for item in job.items.select_related("job").order_by("position"):
            level, text = curation.item_summary(item)
            self.message_user(request, text, MESSAGE_LEVELS[level])
        if job.status == Job.Status.FAILED:
            failed = _("Công việc #%(n)s thất bại: %(error)s") % {"n": job.pk, "error": job.error}
            self.message_user(request, failed, messages.ERROR)
            return redirect(job.get_absolute_url())
        return redirect(batch.get_absolute_url() if kind == Job.Kind.IMPORT else done_url)


@admin.register(Article)
class ArticleAdmin(JobsMixin, HistoryAdmin):
    list_display = ["__str__", "outlet", "published", "year", "year_source", "event_count", "imported_at"]
    list_filter = [NeedsDateFilter, "outlet", "published_source"]
    search_fields = ["title", "url", "source_name", "raw_text"]
    readonly_fields = ["content_hash", "imported_at", "extracted_at", "events_extracted"]
    actions = ["rerun_extraction", "set_publication_date"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_events=Count("mentions__event", distinct=True))

    def get_urls(self):
        return [
            path("import/", self.admin_site.admin_view(self.import_view), name="articles_article_import"),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        needing = Article.objects.needing_date().count()
        return super().changelist_view(request, {**(extra_context or {}), "needing_date": needing})

    def import_view(self, request):
        """Paste, upload or name articles by URL; they are imported as one job, one transaction per article."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        posted = request.method == "POST"
        form = ArticleImportForm(request.POST if posted else None, request.FILES if posted else None)
        if posted and form.is_valid():
            data = form.cleaned_data
            published = data["published"]  # parsed once, by the form: kept as a date and its precision
            dated = {"published_on": published.start, "published_precision": published.precision} if published else {}
            common = {"outlet": data["outlet"], "url": data["url"] or "", **dated}
            batch = ImportBatch.objects.create(channel=ImportChannel.FORM, created_by=request.user)
            items = []
            if data["text"].strip():
                items.append(JobItem(source=_("bài dán vào"), text=data["text"], **common))
            for upload in data["files"]:
                raw = upload.read()
                try:
                    if upload.name.lower().endswith((".html", ".htm")):
                        refuse_oversized(upload.name, len(raw))
                        items.append(JobItem(source=upload.name, text=decode_file(raw), is_html=True, **common))
                    else:
                        items.append(JobItem(source=upload.name, text=read_article_file(upload.name, raw), **common))
                except ArticleFileError as exc:
                    Refusal.objects.create(
                        batch=batch,
                        source=upload.name[:1000],
                        text=legacy_text(raw) if exc.code == RefusalReason.NOT_UNICODE else "",
                        url=data["url"] or "",
                        outlet=data["outlet"],
                        reason=exc.code,
                        detail=exc.reason[:500],
                    )
                    self.message_user(
                        request,
                        _("%(name)s: %(reason)s. Không có gì được nhập từ đó.")
                        % {"name": exc.name, "reason": exc.reason},
                        messages.ERROR,
                    )
            items += [JobItem(source=url, url=url, outlet=data["outlet"], **dated) for url in data["urls"]]
            if not items:
                return redirect(batch.get_absolute_url())
            return self.start_job(
                request, Job.Kind.IMPORT, items, reverse("admin:articles_article_changelist"), batch=batch
            )
        return TemplateResponse(
            request,
            "admin/articles/article/import_form.html",
            {
                **self.admin_site.each_context(request),
                "form": form,
                "opts": self.model._meta,
                "title": _("Nhập bài viết"),
            },
        )

    @admin.display(description=gettext_lazy("số sự kiện"), ordering="n_events")
    def event_count(self, article):
        if article.n_events == 0:
            return format_html('<span class="badge badge-warning">{}</span>', _("chưa có"))
        return article.n_events

    @admin.display(description=gettext_lazy("sự kiện trích xuất từ bài này"))
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

    @admin.action(description=gettext_lazy("Trích xuất lại các bài đã chọn"), permissions=["change"])
    def rerun_extraction(self, request, queryset):
        items = [JobItem(source=str(article)[:1000], article=article) for article in queryset.order_by("pk")]
        return self.start_job(request, Job.Kind.REEXTRACT, items, request.get_full_path())

    @admin.action(description=gettext_lazy("Đặt ngày đăng và trích xuất lại…"), permissions=["change"])
    def set_publication_date(self, request, queryset):
        """The curator gives the date once (YYYY, YYYY-MM or YYYY-MM-DD); each article is re-extracted with it."""
        form = PublicationDateForm(request.POST if "published" in request.POST else None)
        if form.is_valid():
            published = form.cleaned_data["published"]
            batch = ImportBatch.objects.create(channel=ImportChannel.FORM, created_by=request.user)
            importer = ArticleImporter(batch=batch)
            for article in queryset.order_by("pk"):
                report = importer.set_publication_date(article, published)
                self.message_user(
                    request,
                    format_html(
                        '<a href="{}">{}</a>: {}',
                        reverse("admin:articles_article_change", args=[article.pk]),
                        article,
                        _("ngày đăng %(date)s; %(new)d sự kiện mới, %(again)d sự kiện đã có được kể lại")
                        % {
                            "date": request.POST["published"].strip(),
                            "new": report.events_created,
                            "again": report.events_matched,
                        },
                    ),
                    messages.SUCCESS,
                )
            return redirect(batch.get_absolute_url())
        return publication_date_page(self, request, form, queryset)


def publication_date_page(model_admin, request, form, queryset, **context):
    """The page on which a curator gives the selected articles (or refused items) their publication date."""
    return TemplateResponse(
        request,
        "admin/articles/article/publication_date.html",
        {
            **model_admin.admin_site.each_context(request),
            "title": _("Đặt ngày đăng"),
            "opts": model_admin.model._meta,
            "form": form,
            "articles": queryset.order_by("pk"),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            **context,
        },
    )


class FeedEntryInline(admin.TabularInline):
    model = FeedEntry
    fields = ["title", "url", "status", "message", "article", "attempts", "fetched_at"]
    readonly_fields = fields
    extra = 0
    max_num = 0
    can_delete = False
    ordering = ["-fetched_at"]


@admin.register(Feed)
class FeedAdmin(JobsMixin, admin.ModelAdmin):
    list_display = ["name", "url", "active", "last_fetched_at", "last_outcome"]
    list_filter = ["active", "last_failed"]
    search_fields = ["name", "url"]
    readonly_fields = ["last_fetched_at", "last_result"]
    inlines = [FeedEntryInline]
    actions = ["fetch_now"]

    @admin.display(description=gettext_lazy("kết quả lần lấy gần nhất"))
    def last_outcome(self, feed):
        css = "badge-error" if feed.last_failed else "badge-success"
        return format_html('<span class="badge {}">{}</span>', css, feed.last_result) if feed.last_result else "—"

    @admin.action(description=gettext_lazy("Lấy ngay các nguồn tin đã chọn"), permissions=["change"])
    def fetch_now(self, request, queryset):
        items = [JobItem(source=feed.url[:1000], feed=feed) for feed in queryset.order_by("pk")]
        return self.start_job(request, Job.Kind.FEEDS, items, request.get_full_path())


class JobItemInline(admin.TabularInline):
    model = JobItem
    fields = ["outcome"]
    readonly_fields = ["outcome"]
    extra = 0
    max_num = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("job")

    def has_view_permission(self, request, obj=None):
        # The items are the job's own lines: whoever may see the job sees each item's outcome.
        return request.user.has_perm("articles.view_job")

    @admin.display(description=gettext_lazy("kết quả"))
    def outcome(self, item):
        level, text = curation.item_summary(item)
        return format_html('<span class="badge badge-{}">{}</span> {}', level, item.get_status_display(), text)


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    """Progress of the background jobs; a curator may run an unfinished one again (it resumes)."""

    list_display = ["__str__", "status_badge", "progress", "failed", "created_by", "created_at", "finished_at"]
    list_filter = ["kind", "status"]
    fields = [
        "kind",
        "status_badge",
        "progress",
        "failed",
        "error",
        "attempts",
        "created_by",
        "created_at",
        "batch_link",
    ]
    readonly_fields = fields
    inlines = [JobItemInline]
    actions = ["run_again"]
    change_form_template = "admin/articles/job/change_form.html"

    def has_add_permission(self, request):
        return False

    @admin.display(description=gettext_lazy("trạng thái"), ordering="status")
    def status_badge(self, job):
        status = job.shown_status
        css = {"done": "success", "failed": "error", "interrupted": "warning"}.get(status, "info")
        return format_html('<span class="badge badge-{}">{}</span>', css, job.get_shown_status_display())

    @admin.display(description=gettext_lazy("kết quả của lần nhập"))
    def batch_link(self, job):
        batch = ImportBatch.objects.filter(job=job).first()
        if batch is None:
            return "—"
        return format_html('<a href="{}">{}</a>', batch.get_absolute_url(), _("Xem kết quả của lần nhập"))

    @admin.display(description=gettext_lazy("tiến độ"))
    def progress(self, job):
        return format_html(
            '<progress max="{}" value="{}"></progress> {} / {}', job.total or 1, job.processed, job.processed, job.total
        )

    @admin.action(description=gettext_lazy("Chạy lại các công việc chưa xong"), permissions=["change"])
    def run_again(self, request, queryset):
        count = 0
        for job in queryset.exclude(status=Job.Status.DONE):
            if job.status == Job.Status.RUNNING and not job.interrupted:
                continue  # still running on a worker: it goes on by itself
            Job.objects.filter(pk=job.pk).update(
                status=Job.Status.QUEUED, error="", finished_at=None, heartbeat_at=None
            )
            tasks.enqueue(job)
            count += 1
        self.message_user(request, _("%(n)d công việc được chạy lại.") % {"n": count}, messages.SUCCESS)


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    """One import: per article, the events made public, those waiting (and why), the items refused; undo."""

    list_display = ["__str__", "created_by", "created_at", "article_count", "undone_at"]
    list_filter = ["channel"]
    view_on_site = False
    change_form_template = "admin/articles/importbatch/change_form.html"

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # an import is undone (recorded), never forgotten

    def get_fields(self, request, obj=None):
        return ["channel", "job", "created_by", "created_at", "undone_at", "undone_by"]

    def get_readonly_fields(self, request, obj=None):
        return self.get_fields(request, obj)

    @admin.display(description=gettext_lazy("số bài"))
    def article_count(self, batch):
        return batch.articles_told.count()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        batch = self.get_object(request, object_id)
        if batch is not None and request.method == "POST" and "_undo" in request.POST:
            if not self.has_change_permission(request, batch) or batch.undone:
                raise PermissionDenied
            removed = batch.undo(request.user)
            self.message_user(
                request,
                _("Đã hoàn tác lần nhập #%(n)s: đã xóa %(articles)d bài, %(events)d sự kiện, %(persons)d nhân vật, ")
                % {"n": batch.pk, **removed}
                + _("%(agreements)d văn kiện.") % removed,
                messages.SUCCESS,
            )
            return redirect(batch.get_absolute_url())
        context = dict(extra_context or {})
        if batch is not None:
            context["outcomes"] = batch.outcomes()
            context["refusals"] = batch.refusals.all()
            context["can_undo"] = self.has_change_permission(request, batch) and not batch.undone
            # A record of what happened: read, never edited (undoing is the one thing a curator does here).
            context.update(title=_("Kết quả của lần nhập"), show_save=False, show_save_and_continue=False)
        return super().change_view(request, object_id, form_url, context)


class RefusalDateForm(PublicationDateForm):
    """The date the refused items are imported again with (required: that is why they wait)."""


@admin.register(Refusal)
class RefusalAdmin(admin.ModelAdmin):
    """Files, texts and URLs an import refused: given a date, corrected and imported again, or dismissed."""

    list_display = ["source", "reason", "detail", "status", "created_at", "article"]
    list_filter = ["status", "reason"]
    search_fields = ["source", "url", "text"]
    fields = ["source", "reason", "detail", "status", "batch", "article", "url", "outlet", "text"]
    readonly_fields = ["source", "reason", "detail", "status", "batch", "article"]
    actions = ["give_date", "import_again", "dismiss"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=gettext_lazy("Đặt ngày đăng và nhập lại…"), permissions=["change"])
    def give_date(self, request, queryset):
        form = RefusalDateForm(request.POST if "published" in request.POST else None)
        if form.is_valid():
            return self._import_again(request, queryset, form.cleaned_data["published"])
        return publication_date_page(self, request, form, queryset, action_name="give_date")

    @admin.action(description=gettext_lazy("Nhập lại (sau khi sửa văn bản hoặc địa chỉ)"), permissions=["change"])
    def import_again(self, request, queryset):
        return self._import_again(request, queryset, None)

    @admin.action(description=gettext_lazy("Bỏ qua các mục đã chọn"), permissions=["change"])
    def dismiss(self, request, queryset):
        count = 0
        for refusal in queryset.filter(status=RefusalStatus.WAITING):
            refusal.close(RefusalStatus.DISMISSED, request.user)
            count += 1
        self.message_user(request, _("Đã bỏ qua %(n)d mục.") % {"n": count}, messages.SUCCESS)

    def _import_again(self, request, queryset, published):
        """Each waiting item through the importer again, in one batch whose page shows what went public."""
        batch = ImportBatch.objects.create(channel=ImportChannel.FORM, created_by=request.user)
        importer = ArticleImporter(batch=batch)
        for refusal in queryset.filter(status=RefusalStatus.WAITING).order_by("pk"):
            try:
                if refusal.article_id:
                    article = refusal.article
                    report = (
                        importer.set_publication_date(article, published) if published else importer.reextract(article)
                    )
                else:
                    item = JobItem(
                        source=refusal.source,
                        text=refusal.text,
                        is_html=refusal.is_html,
                        url=refusal.url,
                        outlet=refusal.outlet,
                        published_on=published.start if published else None,
                        published_precision=published.precision if published else "",
                    )
                    report, _from = import_item(item, importer)
            except FetchError as exc:
                refusal.detail = exc.reason[:500]
                refusal.save(update_fields=["detail"])
                self.message_user(request, f"{refusal.source}: {exc.reason}", messages.ERROR)
                continue
            article = report.article
            if article is not None and article.mentions.exists():
                refusal.close(RefusalStatus.IMPORTED, request.user, article)
            else:
                refusal.article = article or refusal.article
                refusal.reason = report.refusal or refusal.reason
                refusal.detail = (report.error or "")[:500]
                refusal.save(update_fields=["article", "reason", "detail"])
                self.message_user(
                    request,
                    _("%(name)s: vẫn chưa có sự kiện (%(reason)s).")
                    % {"name": refusal.source, "reason": refusal.get_reason_display()},
                    messages.WARNING,
                )
        return redirect(batch.get_absolute_url())
