"""The admin with some work in it (the seed articles imported, a refused article, a job, a feed), and the
address of every page a curator may open there: shared by the role and the language tests."""

from contextlib import suppress
from pathlib import Path

from django.conf import settings
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from articles import jobs
from articles.curation_models import Feed, Job, JobItem
from articles.import_batches import ImportBatch
from articles.importer import ArticleImporter
from articles.outcomes import ImportChannel
from articles.tests.corpora import ANNOTATED_CORPORA

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "articles"
UNDATED = "Hai thủ tướng điện đàm\n\nHôm qua, Thủ tướng Nguyễn Minh Khôi điện đàm với Thủ tướng Lào Bounmy Keo.\n"


def admin_with_work() -> ImportBatch:
    """The seed articles (and the annotated corpora, when named) and an undated one imported in one batch; a
    finished job; a feed."""
    batch = ImportBatch.objects.create(channel=ImportChannel.COMMAND)
    importer = ArticleImporter(batch=batch)
    for path in sorted(SEEDS.glob("*.txt")):
        importer.import_text(path.read_text(encoding="utf-8"), source_name=path.name)
    importer.import_text(UNDATED, source_name="undated.txt")
    for corpus in ANNOTATED_CORPORA:  # real articles of many outlets, when the environment names them
        for path in sorted((corpus / "articles").glob("*.txt")):
            importer.import_text(path.read_text(encoding="utf-8"), source_name=path.name)
    job = Job.create(Job.Kind.IMPORT, [JobItem(source="undated.txt", text=UNDATED)])
    jobs.run(job)
    Feed.objects.create(name="Báo mẫu", url="https://bao.example/rss")
    return batch


# The views a curator opens most: what the quick test suite crawls. CI crawls every view (`-m slow`).
EVERYDAY_MODELS = ("timeline.event", "articles.article", "auth.user")


def admin_pages(models: tuple[str, ...] | None = None) -> list[str]:
    """Every admin view (without the language prefix), or those of `models` ('app.model'): the index, each
    model's list, the form of its first object, that object's history, its add form, and the curators' own
    pages."""
    pages = [reverse("admin:index"), reverse("admin:articles_article_import")]
    pages.append(reverse("admin:timeline_event_changelist") + "?duplicates=yes")
    pages.append(reverse("admin:articles_article_changelist") + "?needs_date=yes")
    for model in admin.site._registry:
        if models is not None and model._meta.label_lower not in models:
            continue
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        pages.append(reverse(f"{name}_changelist"))
        pages.append(reverse(f"{name}_add"))
        first = model.objects.order_by("pk").first()
        if first is None:
            continue
        pages.append(reverse(f"{name}_change", args=[first.pk]))
        with suppress(NoReverseMatch):  # a model without a history page
            pages.append(reverse(f"{name}_history", args=[first.pk]))
    return [page.removeprefix("/en") for page in pages]


def model_of(page: str) -> str:
    """'articles.article' for /admin/articles/article/…, '' for the index."""
    parts = page.split("?")[0].strip("/").split("/")
    return f"{parts[1]}.{parts[2]}" if len(parts) >= 3 else ""
