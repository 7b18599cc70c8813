"""python manage.py evaluate_extraction GOLD.json ARTICLES_DIR [--show]

Imports the articles into a throw-away SQLite database (the real one is not
touched), exports the events and scores them against the gold annotations.
"""

import json
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from extraction.scoring import score
from timeline.management.scratch_database import ScratchDatabase


class Command(BaseCommand):
    help = "Measure the importer against gold annotations (SCHEMA.md format) in a throw-away database."

    def add_arguments(self, parser):
        parser.add_argument("gold", type=Path, help="Gold file in the SCHEMA.md format.")
        parser.add_argument("articles", type=Path, help="Folder of the annotated .txt articles.")
        parser.add_argument("--show", action="store_true", help="List each missed, extra and wrong event.")
        parser.add_argument("--min-f1", type=float, help="Exit non-zero when the events F1 is below this.")

    def handle(self, *args, gold, articles, show=False, min_f1=None, verbosity=1, **options):
        try:
            gold_data = json.loads(gold.read_text(encoding="utf-8"))
            gold_data["articles"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CommandError(f"{gold}: not a gold file in the SCHEMA.md format ({exc})") from None
        if not articles.is_dir():
            raise CommandError(f"{articles}: no such folder")
        with tempfile.TemporaryDirectory(prefix="evaluate-") as tmp:
            export = self.import_and_export(articles, Path(tmp) / "evaluate.sqlite3", verbosity)
        totals = score(gold_data, export, show=show)
        for line in totals.lines:
            self.stdout.write(line)
        style = self.style.SUCCESS if min_f1 is None or totals.f1 >= min_f1 else self.style.ERROR
        self.stdout.write(style(totals.summary))
        if min_f1 is not None and totals.f1 < min_f1:
            raise CommandError(f"events F1 {totals.f1:.2f} is below {min_f1}")

    def import_and_export(self, articles: Path, database: Path, verbosity: int) -> dict:
        """Runs import_articles and export_events in child processes on a scratch database."""
        scratch = ScratchDatabase(database)
        imported = scratch.run("import_articles", str(articles), "-v", "0")
        if imported.returncode and verbosity >= 1:
            self.stderr.write(imported.stderr.strip())  # failed files are reported, the rest still scored
        return json.loads(scratch.run("export_events", check=True).stdout)
