"""python manage.py evaluate_extraction (GOLD.json ARTICLES_DIR | --curated) [--show] [--timeline] [--min-f1 F]

Imports the gold's articles into one throw-away SQLite database (the real one is not touched), one at
a time in the gold's order, each with the gold's `published` (any precision: "2015", "2015-09",
"2015-09-04") as a curator would give it; exports the events and scores them against the gold. Then
does the same again with no publication dates, the articles as they stand. --timeline adds the count
of occasions split over several timeline events or conflated on one (the dedup figure). Each run ends
with the shared scorer's PUBLISHED line: what a reader sees, its trust and recall. --curated scores the
importer against the curators' timeline instead (articles/curated_corpus.py): the curated articles of this
database extracted again into the throw-away one.
"""

import argparse
import json
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.article_files import read_article_file
from articles.curated_corpus import write_curated_corpus
from articles.importer import ArticleImporter
from articles.models import Article
from extraction.scoring import score, score_published
from timeline.exports import export_payload
from timeline.management.measuring import ScratchDatabase
from timeline.models import Event


class Command(BaseCommand):
    help = "Measure the importer against gold annotations (docs/export-format.md) in a throw-away database."

    def add_arguments(self, parser):
        parser.add_argument("gold", type=Path, nargs="?", help="Gold file (docs/export-format.md).")
        parser.add_argument("articles", type=Path, nargs="?", help="Folder of the annotated .txt articles.")
        parser.add_argument(
            "--curated", action="store_true", help="Score against the curators' timeline of this database."
        )
        parser.add_argument("--show", action="store_true", help="List each missed, extra and wrong event.")
        parser.add_argument("--timeline", action="store_true", help="Also count split and conflated occasions.")
        parser.add_argument(
            "--min-f1", type=float, help="Exit non-zero when the events F1 with publication dates is below this."
        )
        # Internal: import into the database of DATABASE_URL and print the export (run in a child process).
        parser.add_argument("--child", choices=["dated", "as-they-stand"], help=argparse.SUPPRESS)

    def handle(self, *args, gold=None, articles=None, curated=False, **options):
        if curated == (gold is not None):
            raise CommandError("give a gold file and its articles folder, or --curated")
        if not curated:
            return self.evaluate(gold, articles, **options)
        with tempfile.TemporaryDirectory(prefix="curated-") as tmp:
            gold, articles, count = write_curated_corpus(Path(tmp))
            if not count:
                raise CommandError("no curated article: no event a curator published, rejected or corrected")
            self.stdout.write(f"the curators' timeline: {count} curated articles")
            return self.evaluate(gold, articles, **options)

    def evaluate(self, gold, articles, show=False, timeline=False, min_f1=None, child=None, **options):
        if articles is None:
            raise CommandError("give the folder of the gold's articles")
        gold_data = self.read_gold(gold)
        if not articles.is_dir():
            raise CommandError(f"{articles}: no such folder")
        if child:
            return self.import_and_print(gold_data, articles, dated=child == "dated")
        results = {}
        for mode, heading in (("dated", "with the gold's publication dates"), ("as-they-stand", "as they stand")):
            with tempfile.TemporaryDirectory(prefix="evaluate-") as tmp:
                export = self.run_child(gold, articles, Path(tmp) / "evaluate.sqlite3", mode)
            totals = score(gold_data, export, show=show, timeline=timeline)
            results[mode] = totals
            self.stdout.write(f"== {heading}")
            for line in totals.lines:
                self.stdout.write(line)
            summary = totals.summary + (f" | {totals.timeline_summary}" if timeline else "")
            failing = mode == "dated" and min_f1 is not None and totals.f1 < min_f1
            self.stdout.write((self.style.ERROR if failing else self.style.SUCCESS)(summary))
            published = score_published(gold_data, export)
            if published is not None:
                self.stdout.write(published.summary)
        if min_f1 is not None and results["dated"].f1 < min_f1:
            raise CommandError(f"events F1 {results['dated'].f1:.2f} is below {min_f1}")

    @staticmethod
    def read_gold(gold: Path) -> dict:
        try:
            data = json.loads(gold.read_text(encoding="utf-8"))
            if not all(isinstance(article["file"], str) for article in data["articles"]):
                raise TypeError("an article without a file name")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CommandError(f"{gold}: not a gold file (docs/export-format.md) ({exc})") from None
        return data

    def run_child(self, gold: Path, articles: Path, database: Path, mode: str) -> dict:
        """migrate, then this command's --child on `database`, in a child process; returns the export."""
        child = ScratchDatabase(database).run("evaluate_extraction", str(gold), str(articles), "--child", mode)
        if child.returncode:
            raise CommandError(f"the import of {articles} failed:\n{child.stderr.strip()}")
        return json.loads(child.stdout)

    def import_and_print(self, gold_data: dict, articles: Path, dated: bool):
        """Each gold article in order, dated by the gold's `published` when `dated`; then the export."""
        importer = ArticleImporter()
        for entry in gold_data["articles"]:
            path = articles / entry["file"]
            if not path.is_file():
                self.stderr.write(f"{path}: missing, not scored")
                continue
            text = read_article_file(str(path), path.read_bytes())
            published = entry.get("published") if dated else None
            report = importer.import_text(text, source_name=path.name, published=published)
            if report.error:
                self.stderr.write(f"{path}: {report.error}")
        importer.date_from_timeline()  # as import_articles does at the end of a run
        events = Event.objects.not_rejected().filter(year_unknown=False)
        self.stdout.write(json.dumps(export_payload(events, articles=Article.objects.all()), ensure_ascii=False))
