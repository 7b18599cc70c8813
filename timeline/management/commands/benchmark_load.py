"""python manage.py benchmark_load [--concurrency 50] [--seconds 30] [--events 2000] [--database-url postgres://…]
[--during-import 200] [--redis-url redis://127.0.0.1:6379/5]

A bounded load on loopback: seeds a throw-away database (a new one on the PostgreSQL server of
--database-url, dropped afterwards; else SQLite), starts gunicorn on 127.0.0.1 with production settings,
sends it a mix of public pages and exports from `--concurrency` clients for `--seconds`, stops it, and
prints requests/s, the 50th, 90th and 99th percentile times and every error. With --during-import N, an
`import_articles` of N new articles runs at the same time, and the load goes on until it ends: no request
may fail while the timeline is being written.
"""

import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.client import HTTPConnection
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from timeline.management.measuring import ScratchDatabase

# What readers ask for: the timeline (latest year, another year, a search), a relationship, event pages, exports.
URLS = [
    "/", "/en/", "/?year=2015", "/?q=hoi+dam&type=talks", "/relations/", "/relations/vn-kr/",
    "/api/events.json", "/api/events.json?type=visit", "/api/timelinejs.json?year_from=2015&year_to=2015",
    "/events.ics?year_from=2020&year_to=2020", "/events/e-1/", "/events/e-7/", "/people/nguyen-van-thu-0/",
]  # fmt: skip
IMPORT_CAP_SECONDS = 900  # the load stops by itself even if the import never ends


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Load:
    """`concurrency` threads, each sending one request at a time to 127.0.0.1 until `stop` is set."""

    def __init__(self, port: int, concurrency: int):
        self.port, self.concurrency = port, concurrency
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.times: list[float] = []
        self.by_url: dict[str, list[float]] = {}
        self.errors: Counter = Counter()

    def client(self, offset: int):
        n = offset
        while not self.stop.is_set():
            url = URLS[n % len(URLS)]
            n += 1
            started = time.perf_counter()
            try:
                connection = HTTPConnection("127.0.0.1", self.port, timeout=60)
                connection.request("GET", url, headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"})
                response = connection.getresponse()
                response.read()
                connection.close()
                error = f"HTTP {response.status} {url}" if response.status >= 400 else None
            except OSError as exc:
                error = f"{type(exc).__name__} {url}"
            elapsed = (time.perf_counter() - started) * 1000
            with self.lock:
                self.times.append(elapsed)
                self.by_url.setdefault(url, []).append(elapsed)
                if error:
                    self.errors[error] += 1

    def run(self, until) -> float:
        """Runs the clients until `until()` is true; returns the seconds it took."""
        threads = [threading.Thread(target=self.client, args=(n,), daemon=True) for n in range(self.concurrency)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        while not until(time.perf_counter() - started):
            time.sleep(0.2)
        self.stop.set()
        for thread in threads:
            thread.join(timeout=70)
        return time.perf_counter() - started


class Command(BaseCommand):
    help = "A bounded load on loopback against gunicorn (started and stopped here): requests/s, p50, p99, errors."

    def add_arguments(self, parser):
        parser.add_argument("--concurrency", type=int, default=50)
        parser.add_argument("--seconds", type=float, default=30)
        parser.add_argument("--events", type=int, default=2000, help="Published events seeded (default 2000).")
        parser.add_argument("--workers", type=int, default=3, help="gunicorn sync workers (default 3).")
        parser.add_argument("--database-url", help="A PostgreSQL server: a database is created there and dropped.")
        parser.add_argument(
            "--redis-url",
            help="Share the page cache between the workers through this Redis: a database of its own (written to).",
        )
        parser.add_argument(
            "--during-import", type=int, default=0, metavar="N", help="Import N new articles during the load."
        )

    def handle(self, *args, concurrency, seconds, events, workers, database_url, redis_url, during_import, **options):
        if events < 10:
            raise CommandError("--events must be at least 10: the pages loaded name events e-1 and e-7")
        if not 1 <= concurrency <= 200 or not 0 < seconds <= 600:
            raise CommandError("--concurrency must be 1–200 and --seconds at most 600: the load is bounded")
        with (
            tempfile.TemporaryDirectory(prefix="benchmark-load-") as tmp,
            ScratchDatabase(Path(tmp) / "site.sqlite3", production=True, server_url=database_url) as scratch,
        ):
            seeded = scratch.run("benchmark_site", "--child", "--seed-only", "--events", str(events))
            if seeded.returncode:
                raise CommandError(f"seeding failed:\n{seeded.stderr[-2000:]}")
            env = scratch.env | {"TRUSTED_PROXY_COUNT": "0"}  # the load comes straight, not through a proxy
            if redis_url:
                env["REDIS_URL"] = redis_url
            # Production static files: the manifest that DEBUG=0 asks for (written to STATIC_ROOT, ignored by git).
            scratch.run("collectstatic", "--noinput", "-v", "0", check=True)
            port = free_port()
            server_log = (Path(tmp) / "gunicorn.log").open("w+")  # a pipe nobody reads would block the workers
            server = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "config.wsgi", "--bind", f"127.0.0.1:{port}",
                 "--workers", str(workers), "--no-control-socket", "--log-level", "warning", "--timeout", "60"],
                cwd=settings.BASE_DIR, env=env, stderr=server_log, text=True,
            )  # fmt: skip
            try:
                self.wait_until_listening(port, server, server_log)
                importer = self.start_import(scratch, env, Path(tmp), during_import) if during_import else None
                load = Load(port, concurrency)
                self.stdout.write(
                    f"{concurrency} clients for {seconds:g} s against gunicorn ({workers} workers) "
                    f"on 127.0.0.1:{port}, "
                    f"{events:,} events on {'PostgreSQL' if database_url else 'SQLite'}"
                    + (f", while importing {during_import} articles" if importer else "")
                )
                import_started = time.perf_counter()
                duration = load.run(
                    lambda elapsed: elapsed >= seconds
                    and (importer is None or importer.poll() is not None or elapsed >= IMPORT_CAP_SECONDS)
                )
                self.report(load, duration)
                if load.errors:
                    server_log.seek(0)
                    self.stdout.write("gunicorn's log ends with:\n" + server_log.read()[-3000:])
                if importer:
                    self.report_import(importer, time.perf_counter() - import_started)
            finally:
                server.send_signal(signal.SIGTERM)
                try:
                    server.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    server.kill()
        if load.errors or (importer and importer.returncode):
            raise CommandError("errors under load (see above)")

    def wait_until_listening(self, port: int, server: subprocess.Popen, server_log):
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if server.poll() is not None:
                server_log.seek(0)
                raise CommandError(f"gunicorn did not start:\n{server_log.read()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise CommandError("gunicorn did not listen within 60 s")

    def start_import(self, scratch: ScratchDatabase, env: dict, tmp: Path, count: int) -> subprocess.Popen:
        from timeline.management.measuring import build_corpus

        sources = [Path(settings.BASE_DIR) / "fixtures" / "articles"]
        build_corpus(sources, count, tmp / "articles")
        return subprocess.Popen(
            [*scratch.manage, "import_articles", str(tmp / "articles"), "-v", "0"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    def report(self, load: Load, duration: float):
        times = sorted(load.times)
        if not times:
            raise CommandError("no request completed")

        def percentile(p):
            return times[min(len(times) - 1, int(p / 100 * len(times)))]

        self.stdout.write(
            f"{len(times):,} requests in {duration:.1f} s: {len(times) / duration:.1f} requests/s; "
            f"p50 {statistics.median(times):.0f} ms, p90 {percentile(90):.0f} ms, p99 {percentile(99):.0f} ms, "
            f"max {times[-1]:.0f} ms; errors: {sum(load.errors.values())}"
        )
        for url, url_times in sorted(load.by_url.items(), key=lambda item: -statistics.median(item[1])):
            self.stdout.write(f"  {statistics.median(url_times):8.0f} ms median  {len(url_times):5d} × {url}")
        for error, count in load.errors.most_common(20):
            self.stdout.write(f"  {count:6d} × {error}")

    def report_import(self, importer: subprocess.Popen, elapsed: float):
        if importer.poll() is None:
            importer.send_signal(signal.SIGTERM)
            importer.wait(timeout=30)
            self.stdout.write(f"the import was still running after {elapsed:.0f} s and was stopped")
            return
        stderr = importer.stderr.read()
        self.stdout.write(f"the import ended in {elapsed:.0f} s with exit code {importer.returncode}")
        if importer.returncode:
            self.stdout.write(stderr[-2000:])
