"""What a curator's job does with each of its items: import an article (text, saved page or URL),
re-extract one, fetch a feed; and the outcome in a sentence for the admin."""

from __future__ import annotations

import logging
from datetime import date
from time import mktime

import feedparser
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _

from articles.curation_models import Feed, FeedEntry, Job, JobItem
from articles.fetching import FEED_TYPES, FetchError, fetch, fetch_article, read_page
from articles.import_report import ImportReport
from articles.importer import ArticleImporter
from articles.models import URL_MAX_CHARS, Article
from articles.outcomes import SkipReason
from articles.sources import ArticleSource
from timeline.models import Event, Mention

logger = logging.getLogger(__name__)

# --- items -----------------------------------------------------------------------------------


def process_item(item: JobItem, importer: ArticleImporter):
    """(status, result, article) of one job item."""
    if item.job.kind == Job.Kind.REEXTRACT:
        report = importer.reextract(item.article)
        return JobItem.Status.DONE, report_result(report), item.article
    if item.job.kind == Job.Kind.FEEDS:
        counts = fetch_feed(item.feed, importer, beat=item.job.beat)
        return (JobItem.Status.FAILED if counts.get("error") else JobItem.Status.DONE), counts, None
    try:
        report, published_from = import_item(item, importer)
    except FetchError as exc:
        return JobItem.Status.FAILED, {"error": exc.reason, "refusal": exc.code}, None
    if report.skipped_reason and item.imported_here(report.article):
        report = imported_in_an_earlier_run(report.article, report.source_name)
    result = report_result(report) | {"published_from": published_from}
    if report.skipped_reason:
        return JobItem.Status.SKIPPED, result, report.article
    if report.article is None:
        return JobItem.Status.FAILED, result, None
    return JobItem.Status.DONE, result, report.article


def import_item(item: JobItem, importer: ArticleImporter) -> tuple[ImportReport, str]:
    """Imports what the item names; a known text given again with its publication date is dated with it."""
    if item.url and not item.text:
        page = fetch_article(item.url)
    elif item.is_html:
        page = read_page(item.text, name=item.source, url=item.url or None)
    else:
        page = None
    source = ArticleSource.of(
        page.text if page else item.text,
        source_name=item.source[:255],
        url=(page.url if page else None) or item.url or None,
        outlet=item.outlet or (page.outlet if page else ""),
        published=item.given_date(),
        page_published=page.published if page else None,
    )
    report = importer.import_source(source)
    from_where = "given" if source.published else (page.published_from if page and page.published else "")
    return report, from_where


def imported_in_an_earlier_run(article: Article, source_name: str) -> ImportReport:
    """The report of an article this item imported in a run whose worker died before recording it: its
    events told by no other article are the ones it created."""
    events = set(Event.objects.filter(mentions__article=article).values_list("pk", flat=True))
    told_elsewhere = set(
        Mention.objects.filter(event__in=events).exclude(article=article).values_list("event_id", flat=True)
    )
    return ImportReport(
        source_name=source_name,
        article=article,
        created=True,
        events_created=len(events - told_elsewhere),
        events_matched=len(told_elsewhere),
    )


def report_result(report: ImportReport) -> dict:
    """What the admin says about an imported article, kept on the job item."""
    article = report.article
    result = {"error": report.error or "", "skipped": report.skip, "refusal": report.refusal}
    if article is None or report.skipped_reason:
        return result
    events = list(Event.objects.filter(mentions__article=article).distinct().order_by("start", "pk"))
    # A new event is told by this article alone; one told again also has an earlier article's mention.
    told_before = set(
        Mention.objects.filter(event__in=events).exclude(article=article).values_list("event_id", flat=True)
    )
    return result | {
        "title": article.title,
        "events_created": report.events_created,
        "events_matched": report.events_matched,
        "drafts": sum(1 for e in events if e.pk not in told_before and e.status == Event.Status.DRAFT),
        "events": [f"{event.display_date('vi')} {event.title}" for event in events],
    }


def item_summary(item: JobItem):
    """(level, the outcome as safe HTML): everything from the article is escaped."""
    result = item.result or {}
    name = item.source
    article_link = reverse("admin:articles_article_change", args=[item.article_id]) if item.article_id else ""
    if item.status == JobItem.Status.PENDING:
        return "info", format_html("{}: {}", name, _("đang chờ"))
    if item.job.kind == Job.Kind.FEEDS:
        if result.get("error"):
            return "error", format_html("{}: {}", name, result["error"])
        return "success", format_html("{}: {}", name, _("%(new)d mới, %(known)d đã có, %(failed)d lỗi") % result)
    if item.status == JobItem.Status.SKIPPED:
        return "warning", format_html(
            '{}: {} (<a href="{}">{}</a>).',
            name,
            skip_message(result.get("skipped", ""), item.article_id),
            article_link,
            _("xem bài"),
        )
    if item.status == JobItem.Status.FAILED or not item.article_id:
        return "error", format_html("{}: {}. {}", name, result.get("error", ""), _("Không có gì được nhập từ đó."))
    events = result.get("events", [])
    summary = format_html(
        '{}: <a href="{}">{}</a>{}, {}, {}{}{}',
        name,
        article_link,
        _("đã tạo bài") if item.job.kind == Job.Kind.IMPORT else _("đã trích xuất lại"),
        format_html(" “{}”", result["title"]) if result.get("title") and result["title"] != name else "",
        _("%(n)d sự kiện mới (%(drafts)d chờ duyệt)")
        % {"n": result.get("events_created", 0), "drafts": result.get("drafts", 0)},
        _("%(n)d sự kiện đã có được kể lại") % {"n": result.get("events_matched", 0)},
        ": " if events else ".",
        "; ".join(events),
    )
    if result.get("error"):
        summary = format_html(
            "{} {}", summary, _("Không tìm thấy sự kiện có ngày: bài chờ trong danh sách “cần ngày đăng”.")
        )
        return "warning", summary
    return "success", summary


def skip_message(reason: str, article_pk) -> str:
    """Why the importer skipped an article (a SkipReason; it names the existing one), in the curator's language."""
    if reason == SkipReason.SAME_URL:
        return _("đã có bài với địa chỉ này (bài %(n)s)") % {"n": article_pk}
    return _("đã nhập rồi (bài %(n)s)") % {"n": article_pk}


# --- feeds -----------------------------------------------------------------------------------


def fetch_feed(feed: Feed, importer: ArticleImporter, beat=lambda: None) -> dict:
    """Imports the feed's items not imported yet (by URL, and the importer by text): each once.

    Returns the counts; the feed records them, and each item its outcome. `beat()` is called before each
    entry: the job's sign of life.
    """
    counts = {"new": 0, "known": 0, "failed": 0, "error": ""}
    try:
        fetched = fetch(feed.url, accept=FEED_TYPES, what=_("nguồn tin RSS hoặc Atom"))
        parsed = feedparser.parse(fetched.body)
        if parsed.bozo and not parsed.entries:
            raise FetchError(feed.url, _("không phải nguồn tin RSS hoặc Atom"))
    except FetchError as exc:
        counts["error"] = exc.reason
        Feed.objects.filter(pk=feed.pk).update(
            last_fetched_at=timezone.now(), last_result=exc.reason[:500], last_failed=True
        )
        return counts
    for entry in parsed.entries:
        beat()
        link = entry.get("link", "").strip()
        if not link:
            continue
        # An over-long link is recorded under its first URL_MAX_CHARS characters, as failed.
        recorded_as = link[:URL_MAX_CHARS]
        known = FeedEntry.objects.filter(url=recorded_as).first()
        if (known and known.status != FeedEntry.Status.FAILED) or Article.objects.filter(url=recorded_as).exists():
            counts["known"] += 1
            continue
        try:
            status, message, article = import_feed_entry(link, entry, importer)
        except Exception as exc:  # one bad entry must not stop its feed: it is that entry's failure
            logger.exception("feed %s: the entry %s failed", feed.url, recorded_as)
            status, message, article = FeedEntry.Status.FAILED, _("nhập thất bại (%(error)s)") % {"error": exc}, None
        counts[{"imported": "new", "skipped": "known", "failed": "failed"}[status]] += 1
        FeedEntry.objects.update_or_create(
            url=recorded_as,
            defaults={
                "feed": feed,
                "title": entry.get("title", "")[:500],
                "status": status,
                "message": message[:500],
                "article": article,
                "attempts": (known.attempts if known else 0) + 1,
            },
        )
    summary = _("%(new)d mới, %(known)d đã có, %(failed)d lỗi") % counts
    Feed.objects.filter(pk=feed.pk).update(last_fetched_at=timezone.now(), last_result=summary, last_failed=False)
    return counts


def import_feed_entry(link: str, entry, importer: ArticleImporter) -> tuple[str, str, Article | None]:
    try:
        page = fetch_article(link)
    except FetchError as exc:
        return FeedEntry.Status.FAILED, exc.reason, None
    known = Article.objects.filter(url=page.url).first() if page.url and page.url != link else None
    if known:
        return FeedEntry.Status.SKIPPED, skip_message(SkipReason.SAME_URL, known.pk), known
    published = page.published
    if published is None and entry.get("published_parsed"):
        published = date.fromtimestamp(mktime(entry.published_parsed))
    source = ArticleSource.of(
        page.text, source_name=link[:255], url=page.url or link, outlet=page.outlet, page_published=published
    )
    report = importer.import_source(source)
    if report.skipped_reason:
        return FeedEntry.Status.SKIPPED, skip_message(report.skip, report.article.pk), report.article
    if report.article is None:
        return FeedEntry.Status.FAILED, report.error or "", None
    return FeedEntry.Status.IMPORTED, report.error or "", report.article
