"""python manage.py import_articles PATH_OR_URL... [--published YYYY[-MM[-DD]]] [--dry-run] [--jobs N]

An article imported before, given again with --published, is dated and extracted again.
"""

from __future__ import annotations

import argparse
import errno
import os
import stat
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.article_files import ArticleFileError, max_article_chars, read_article_file
from articles.fetching import fetch_article, is_url, read_saved_page
from articles.import_batches import ImportBatch
from articles.import_report import ImportReport
from articles.importer import ArticleImporter
from articles.outcomes import ImportChannel
from articles.sources import ArticleSource
from extraction import extract_article
from extraction.publication import parse_published
from timeline.models import Event


def publication_date(value: str):
    """--published: YYYY, YYYY-MM or YYYY-MM-DD (a curator often knows only the month)."""
    try:
        return parse_published(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def number_of_processes(value: str) -> int:
    """--jobs: a whole number of processes, at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes: give a whole number, 1 or more")
    return number


def unreadable(path: Path) -> str:
    """Why `path`, which is neither a regular file nor a folder, cannot be imported."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a loop of symbolic links: its target never resolves"
        if path.is_symlink():
            return "a broken link: its target does not exist"
        if error.errno == errno.ENOENT:
            return "no such file or folder"
        return f"it cannot be read ({error.strerror})"
    kinds = {stat.S_ISFIFO: "a named pipe (FIFO)", stat.S_ISSOCK: "a socket", stat.S_ISCHR: "a device"}
    kind = next((name for test, name in kinds.items() if test(mode)), "a special file")
    return f"not a regular file but {kind}"


def article_files(paths: list[str]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The .txt files named, and those inside the folders named, in a stable order; and every path that
    cannot be read (missing, a broken link, a folder that cannot be listed) with the reason. URLs and
    saved .html pages are fetched or read by `handle`, after the files."""
    files, problems = [], []

    def unreadable_folder(error: OSError):
        problems.append((Path(error.filename or "?"), f"the folder cannot be read ({error.strerror})"))

    for raw in paths:
        path = Path(raw)
        if is_url(raw) or (path.suffix.lower() in (".html", ".htm") and path.is_file()):
            continue
        if path.is_dir():
            found = []
            for folder, subfolders, names in os.walk(path, onerror=unreadable_folder, followlinks=False):
                subfolders.sort()
                for name in names:
                    if not name.endswith(".txt"):
                        continue
                    file = Path(folder) / name
                    if file.is_file():
                        found.append(file)
                    else:
                        problems.append((file, unreadable(file)))
            files += sorted(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append((path, unreadable(path)))
    return files, problems


def read_at_most(path: Path, size: int) -> bytes:
    """The file's first `size` bytes: a huge file is refused without being read into memory."""
    with path.open("rb") as file:
        return file.read(size)


_worker_known_persons: list = []


def _exit_when_orphaned(parent_pid: int):
    """A worker whose parent died (kill -9 leaves no chance to stop the pool) exits instead of
    waiting forever for work that will never come."""
    while os.getppid() == parent_pid:
        time.sleep(1)
    os._exit(1)


def _start_worker(known_persons, parent_pid):
    """Each worker process gets the known persons once, not with every article, and watches its parent."""
    global _worker_known_persons
    _worker_known_persons = known_persons
    threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True).start()


def _extract_in_worker(job):
    """Runs in a worker process: the CPU-heavy extraction, no database access."""
    text, published, name = job

    try:
        return extract_article(text, published=published, known_persons=_worker_known_persons, source_name=name)
    except Exception as exc:  # one bad article must not stop the others
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
            "--published",
            type=publication_date,
            help="Publication date for every article given: YYYY, YYYY-MM or YYYY-MM-DD.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Print what would be created; write nothing.")
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish every dated event these articles tell, as a curator who has read them (the seed story); "
            "each event's history says so. Without it, what is published follows the publishing decision.",
        )
        parser.add_argument(
            "--jobs",
            type=number_of_processes,
            default=1,
            help="Share the work among N processes: this one writes to the database and helps extract.",
        )

    def handle(self, *args, paths=(), published=None, dry_run=False, jobs=1, publish=False, verbosity=1, **options):
        files, problems = article_files(list(paths))
        web = [raw for raw in paths if is_url(raw) or raw.lower().endswith((".html", ".htm"))]
        self.failures = []
        for path, reason in problems:
            self.fail(path, reason)
        if not files and not problems and not web:
            raise CommandError("no .txt article files found in " + ", ".join(paths))
        batch = None if dry_run else ImportBatch.objects.create(channel=ImportChannel.COMMAND)
        importer = ArticleImporter(batch=batch)  # what this run wrote, to be seen and undone in the admin
        self.mode = {"dry_run": dry_run, "publish": publish, "verbosity": verbosity}
        self.totals = dict.fromkeys(("articles", "events", "matched", "persons", "skipped", "undated", "dated"), 0)
        self.import_files(importer, self.read_files(files), published, jobs)
        self.import_pages(importer, web, published)
        if not dry_run:
            for report in importer.date_from_timeline():  # waiting for a date until a later article gave it
                report.dated, self.totals["undated"] = True, self.totals["undated"] - 1
                self.done(report.article.source_name, report)
        if verbosity >= 1:
            self.say_totals(batch)
        if self.failures:
            raise CommandError(f"{len(self.failures)} file(s) failed:\n" + "\n".join(self.failures))

    def fail(self, source, reason: str):
        self.failures.append(f"{source}: {reason}")
        self.stderr.write(self.style.ERROR(f"FAILED {source}: {reason}"))

    def read_files(self, files: list[Path]) -> list[tuple[Path, str]]:
        texts = []
        for path in files:
            try:
                data = read_at_most(path, 4 * max_article_chars() + 1)
                texts.append((path, read_article_file(str(path), data, size=path.stat().st_size)))
            except ArticleFileError as exc:
                self.fail(path, exc.reason)
            except OSError as exc:
                self.fail(path, f"the file cannot be read ({exc.strerror})")
        return texts

    def import_files(self, importer: ArticleImporter, texts, published, jobs):
        extracted = self.extract_all(importer, texts, published, jobs)
        for n, ((path, text), result) in enumerate(zip(texts, extracted, strict=True), start=1):
            if isinstance(result, Exception):
                report = ImportReport(source_name=path.name, error=f"extraction failed: {result!r}")
            else:
                try:
                    source = ArticleSource.of(text, source_name=path.name, published=published)
                    report = importer.import_source(source, dry_run=self.mode["dry_run"], extracted=result)
                except Exception as exc:  # its transaction is rolled back; the others still go in
                    report = ImportReport(source_name=path.name, error=f"the import failed, nothing written: {exc!r}")
            self.done(path, report)
            if self.mode["verbosity"] >= 1 and len(texts) >= 50 and n % 50 == 0:
                self.stdout.write(f"… {n}/{len(texts)} articles")

    def import_pages(self, importer: ArticleImporter, web: list[str], published):
        """Pages from the web: fetched (or read) and imported one by one."""
        for address in web:
            try:
                page = fetch_article(address) if is_url(address) else read_saved_page(address)
            except (ArticleFileError, OSError) as exc:
                self.fail(address, getattr(exc, "reason", exc))
                continue
            source = ArticleSource.of(
                page.text,
                source_name=address[:255],
                url=page.url,
                outlet=page.outlet,
                published=published,
                page_published=page.published,
            )
            self.done(address, importer.import_source(source, dry_run=self.mode["dry_run"]))

    def done(self, source, report: ImportReport):
        if self.mode["publish"] and report.created:  # only articles this run wrote: a curator's later decisions stand
            self.publish_vouched(report)
        self.tally(source, report, self.totals, self.failures, self.mode["verbosity"], self.mode["dry_run"])

    def say_totals(self, batch):
        totals, verb = self.totals, "would import" if self.mode["dry_run"] else "imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {totals['articles']} articles: {totals['events']} new events, "
                f"{totals['matched']} told again, {totals['persons']} new persons; "
                f"{totals['skipped']} already imported; {totals['dated']} dated again; "
                f"{totals['undated']} waiting for a date (year unknown); {len(self.failures)} failed"
            )
        )
        if batch is not None and batch.articles_told.exists():
            self.stdout.write("\n".join(batch.summary_lines()))

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
            except Exception as exc:  # one bad article must not stop the others
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
        with ProcessPoolExecutor(
            workers, initializer=_start_worker, initargs=(importer.known_persons(), os.getpid())
        ) as pool:
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

    @staticmethod
    def publish_vouched(report: ImportReport) -> int:
        """--publish: the article's dated drafts published, a curator having read the article."""
        drafts = Event.objects.filter(
            mentions__article=report.article, status=Event.Status.DRAFT, year_unknown=False
        ).distinct()
        return drafts.set_status_as_curator(
            Event.Status.PUBLISHED, "published with its article (import_articles --publish)"
        )

    def tally(self, source, report: ImportReport, totals: dict, failures: list, verbosity: int, dry_run: bool):
        """Reports one article's import and adds it to the run's totals (or its failures)."""
        self.report(source, report, verbosity)
        if not report.ok:
            failures.append(f"{source}: {report.error}")
        elif report.skipped_reason:
            totals["skipped"] += 1
        else:
            totals["undated"] += report.needs_date and not dry_run
            totals["dated"] += report.dated
            totals["articles"] += report.created
            totals["events"] += report.events_created
            totals["matched"] += report.events_matched
            totals["persons"] += report.persons_created

    def report(self, path: Path, report: ImportReport, verbosity: int):
        if not report.ok:
            self.stderr.write(self.style.ERROR(f"FAILED {path}: {report.error}"))
        elif verbosity < 1:
            return
        elif report.needs_date and not report.planned:
            self.stdout.write(
                f"{path}: year unknown: its events wait as drafts; give it a date with --published YYYY[-MM[-DD]]"
            )
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
