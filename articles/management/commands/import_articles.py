"""python manage.py import_articles PATH_OR_URL... [--published YYYY-MM-DD] [--dry-run] [--jobs N]"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.fetching import fetch_article, is_url, read_saved_page
from articles.importer import ArticleFileError, ArticleImporter, ImportReport, read_article_file


def article_files(paths: list[str]) -> list[Path]:
    """The .txt files named, and those inside the folders named, in a stable order (URLs and
    saved .html pages are read by `web_pages`)."""
    files = []
    for raw in paths:
        path = Path(raw)
        if is_url(raw) or (path.suffix.lower() in (".html", ".htm") and path.is_file()):
            continue
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.txt") if p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise CommandError(f"{raw}: no such file or folder")
    return files


_worker_known_persons: list = []


def _start_worker(known_persons):
    """Each worker process gets the known persons once, not with every article."""
    global _worker_known_persons
    _worker_known_persons = known_persons


def _extract_in_worker(job):
    """Runs in a worker process: the CPU-heavy extraction, no database access."""
    text, published, name = job
    from extraction import extract_article

    try:
        return extract_article(text, published=published, known_persons=_worker_known_persons, source_name=name)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
        return exc


class Command(BaseCommand):
    help = "Import Vietnamese news articles (.txt files or folders of them) and extract their events."

    def add_arguments(self, parser):
        parser.add_argument(
            "paths",
            nargs="+",
            help="Article files (.txt, UTF-8; first line may be the URL), folders, saved pages (.html) or URLs.",
        )
        parser.add_argument(
            "--published", type=date.fromisoformat, help="Publication date (YYYY-MM-DD) for every article given."
        )
        parser.add_argument("--dry-run", action="store_true", help="Print what would be created; write nothing.")
        parser.add_argument(
            "--jobs",
            type=int,
            default=1,
            help="Share the work among N processes: this one writes to the database and helps extract.",
        )

    def handle(self, *args, paths=(), published=None, dry_run=False, jobs=1, verbosity=1, **options):
        files = article_files(list(paths))
        web = [raw for raw in paths if is_url(raw) or raw.lower().endswith((".html", ".htm"))]
        if not files and not web:
            raise CommandError("no .txt article files found in " + ", ".join(paths))
        importer = ArticleImporter()
        texts, failures = [], []
        for path in files:
            try:
                texts.append((path, read_article_file(str(path), path.read_bytes())))
            except (ArticleFileError, OSError) as exc:
                failures.append(f"{path}: {getattr(exc, 'reason', exc)}")
                self.stderr.write(self.style.ERROR(f"FAILED {path}: {getattr(exc, 'reason', exc)}"))

        extracted = self.extract_all(importer, texts, published, jobs)
        totals = dict(articles=0, events=0, matched=0, persons=0, skipped=0)
        for n, ((path, text), result) in enumerate(zip(texts, extracted, strict=True), start=1):
            if isinstance(result, Exception):
                report = ImportReport(source_name=path.name, error=f"extraction failed: {result!r}")
            else:
                report = importer.import_text(
                    text, source_name=path.name, published=published, dry_run=dry_run, extracted=result
                )
            self.report(path, report, verbosity)
            if not report.ok:
                failures.append(f"{path}: {report.error}")
            elif report.skipped_reason:
                totals["skipped"] += 1
            else:
                totals["articles"] += report.created
                totals["events"] += report.events_created
                totals["matched"] += report.events_matched
                totals["persons"] += report.persons_created
            if verbosity >= 1 and len(texts) >= 50 and n % 50 == 0:
                self.stdout.write(f"… {n}/{len(texts)} articles")
        for source in web:  # pages from the web: fetched (or read) and imported one by one
            try:
                page = fetch_article(source) if is_url(source) else read_saved_page(source)
            except (ArticleFileError, OSError) as exc:
                failures.append(f"{source}: {getattr(exc, 'reason', exc)}")
                self.stderr.write(self.style.ERROR(f"FAILED {source}: {getattr(exc, 'reason', exc)}"))
                continue
            report = importer.import_text(
                page.text,
                source_name=source[:255],
                url=page.url,
                outlet=page.outlet,
                published=published or page.published,
                dry_run=dry_run,
            )
            self.report(source, report, verbosity)
            if not report.ok:
                failures.append(f"{source}: {report.error}")
            elif report.skipped_reason:
                totals["skipped"] += 1
            else:
                totals["articles"] += report.created
                totals["events"] += report.events_created
                totals["matched"] += report.events_matched
                totals["persons"] += report.persons_created

        if verbosity >= 1:
            verb = "would import" if dry_run else "imported"
            self.stdout.write(
                self.style.SUCCESS(
                    f"{verb} {totals['articles']} articles: {totals['events']} new events, "
                    f"{totals['matched']} told again, {totals['persons']} new persons; "
                    f"{totals['skipped']} already imported; {len(failures)} failed"
                )
            )
        if failures:
            raise CommandError(f"{len(failures)} file(s) failed:\n" + "\n".join(failures))

    def extract_all(self, importer: ArticleImporter, texts, published, jobs):
        """The pipeline's results in the order of `texts`, as they come (an exception for a failed one).

        With --jobs N, N processes share the work: N-1 workers extract ahead while this process
        writes to the database, and whenever the next article is not ready yet this process
        extracts one itself, taken from the far end of the queue. No process waits while work is
        left, and there are never more busy processes than N (a writer beside N extracting
        workers would make N+1 share N cores). At most `window` articles are in flight, so memory
        does not grow with the corpus.
        """

        def extract_here(index):
            path, text = texts[index]
            try:
                return importer.extract(text, published=published, source_name=path.name)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the others
                return exc

        if jobs <= 1 or len(texts) < 2:
            for index in range(len(texts)):
                yield extract_here(index)
            return
        workers = max(1, min(jobs, os.cpu_count() or 1) - 1)
        window = 8 * workers
        queued: dict[int, object] = {}  # index -> Future, in submission order
        done_here: dict[int, object] = {}
        submitted = 0
        with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(importer.known_persons(),)) as pool:
            for index in range(len(texts)):
                while submitted < len(texts) and submitted < index + window:
                    path, text = texts[submitted]
                    queued[submitted] = pool.submit(_extract_in_worker, (text, published, path.name))
                    submitted += 1
                if index in done_here:
                    yield done_here.pop(index)
                    continue
                future = queued.pop(index)
                while not future.done():
                    stolen = next((i for i in reversed(queued) if queued[i].cancel()), None)
                    if stolen is None:
                        break  # everything else is already being extracted: wait for this one
                    del queued[stolen]
                    done_here[stolen] = extract_here(stolen)
                yield future.result()

    def report(self, path: Path, report: ImportReport, verbosity: int):
        if not report.ok:
            self.stderr.write(self.style.ERROR(f"FAILED {path}: {report.error}"))
        elif verbosity < 1:
            return
        elif report.skipped_reason:
            if verbosity >= 2:
                self.stdout.write(f"skipped {path}: {report.skipped_reason}")
        elif report.planned:
            self.stdout.write(f"{path}: would create {len(report.planned)} events")
            for line in report.planned:
                self.stdout.write(f"  {line}")
        elif verbosity >= 2:
            self.stdout.write(
                f"{path}: {report.events_created} new events, {report.events_matched} told again, "
                f"{report.persons_created} new persons"
            )
