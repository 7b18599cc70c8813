"""python manage.py benchmark_site [--events 10000] [--requests 20] [--database-url postgres://user@host:5432/x]

Seeds a throw-away database (SQLite, or a new database on the PostgreSQL server of --database-url,
dropped afterwards) with N published events (with participants, countries and sources) in a child
process, then requests the public pages through Django's test client and prints each page's median
and 90th-percentile time beside a trivial view's, measured in the same run, with the number of
queries and the size of the page: cold (every cache emptied before each request, as after any change),
uncached (built anew, what is drawn from all the events kept per state of the timeline), then served
from the page cache. Ratios to the trivial view are the figures to compare: the machines are shared and
noisy.
"""

import json
import statistics
import tempfile
import time
from datetime import date, timedelta
from importlib import import_module
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.http import HttpResponse
from django.test import Client
from django.test.utils import override_settings
from django.urls import path

from extraction.reference import countries
from timeline.management.measuring import ScratchDatabase

PAGES = [
    ("trivial view", "/__trivial__/"),
    ("timeline /", "/"),
    ("timeline, one year", "/?year=2015"),
    ("timeline, q + type", "/?q=hoi+dam&type=talks"),
    ("relationship page", "/relations/vn-kr/"),
    ("API, first page", "/api/events.json"),
    ("API, one year", "/api/events.json?year_from=2015&year_to=2015"),
    ("TimelineJS, one year", "/api/timelinejs.json?year_from=2015&year_to=2015"),
]


def trivial(request):
    return HttpResponse("ok")


# The project's URLs plus the trivial view, for the child process only.
urlpatterns = [path("__trivial__/", trivial), *import_module(settings.ROOT_URLCONF).urlpatterns]


def seed(count: int):
    """`count` published events over 30 years, 2–3 participants, 2 countries and 1 source each."""
    from extraction.folding import fold
    from timeline.models import Country, Event, Mention, Participation, Person

    Article = Mention._meta.get_field("article").related_model  # timeline never imports articles

    # The home country (settings) and four partners, named as the reference data names them.
    reference = countries()
    home = settings.TIMELINE_HOME_COUNTRY
    isos = [home, *(iso for iso in ("KR", "JP", "US", "FR", "DE") if iso in reference and iso != home)][:5]
    countries_made = [
        Country.objects.create(iso=iso, name_vi=reference[iso]["vi"], name_en=reference[iso]["en"]) for iso in isos
    ]
    persons = Person.objects.bulk_create(
        [
            Person(name=f"Nguyễn Văn Thử {n}", slug=f"nguyen-van-thu-{n}", folded_name=f"nguyen van thu {n}")
            for n in range(500)
        ]
    )
    articles = Article.objects.bulk_create(
        [Article(title=f"Bài số {n}", raw_text=f"Bài số {n}", content_hash=f"{n:064x}", source_name=f"a{n}.txt")
         for n in range(max(1, count // 5))]
    )  # fmt: skip
    # Upgrades of relations are rare (they start the eras): one in a thousand events, as in real timelines.
    types = [t for t, _ in Event.Type.choices if t != Event.Type.UPGRADE]
    events = []
    for n in range(count):
        start = date(1995, 1, 1) + timedelta(days=(n * 30 * 365) // count)
        kind = Event.Type.UPGRADE if n % 1000 == 999 else types[n % len(types)]
        title = f"Hội đàm cấp cao lần thứ {n}" if kind == "talks" else f"Sự kiện ngoại giao số {n}"
        events.append(
            Event(
                type=kind,
                title=title,
                slug=f"e-{n}",
                start=start,
                end=start,
                status="published",
                confidence=0.9,
                search_text=fold(title),
            )
        )
    events = Event.objects.bulk_create(events, batch_size=2000)
    participations = [
        Participation(event=event, person=persons[(n * 7 + k) % 500], role="Bộ trưởng")
        for n, event in enumerate(events)
        for k in range(2 + n % 2)
    ]
    Participation.objects.bulk_create(participations, batch_size=5000)
    pairs = [(event, (countries_made[0], countries_made[1 + n % 4])) for n, event in enumerate(events)]
    Event.countries.through.objects.bulk_create(
        [Event.countries.through(event=event, country=country) for event, both in pairs for country in both],
        batch_size=5000,
    )
    mentions = [
        Mention(event=event, article=articles[n % len(articles)], sentence=event.title + ".", sentence_index=n)
        for n, event in enumerate(events)
    ]
    Mention.objects.bulk_create(mentions, batch_size=5000)


class Command(BaseCommand):
    help = "Median response times of the public pages with N events, beside a trivial view's (prints ratios)."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=10_000)
        parser.add_argument("--requests", type=int, default=20, help="Timed requests per page (after one warm-up).")
        parser.add_argument(
            "--database-url",
            help="A PostgreSQL server (postgres://user:password@host:port/any): the benchmark creates its own "
            "database there and drops it afterwards. Default: a SQLite file.",
        )
        parser.add_argument("--child", action="store_true", help="(internal) measure against DATABASE_URL.")
        parser.add_argument("--seed-only", action="store_true", help="(internal) with --child: seed, do not measure.")

    def handle(self, *args, events, requests, database_url=None, child=False, seed_only=False, **options):
        if child:
            self.prepare(events)
            return None if seed_only else self.measure(requests)
        with (
            tempfile.TemporaryDirectory(prefix="benchmark-site-") as tmp,
            ScratchDatabase(Path(tmp) / "site.sqlite3", production=True, server_url=database_url) as scratch,
        ):
            result = scratch.run("benchmark_site", "--child", "--events", str(events), "--requests", str(requests))
            if result.returncode:
                raise CommandError(f"the measuring process failed:\n{result.stderr[-2000:]}")
            rows = json.loads(result.stdout.strip().splitlines()[-1])
        engine = "PostgreSQL" if database_url else "SQLite"
        self.stdout.write(f"{events:,} published events on {engine}; {requests} requests per page, after one warm-up")
        self.stdout.write(
            "cold: every cache emptied first (the first request after a change); uncached: the page built anew "
            "(what is drawn from all events is kept per state of the timeline); cached: the page cache"
        )
        self.stdout.write(
            f"{'page':24} {'cold ms':>8} {'queries':>8} │ {'uncached':>8} {'p90 ms':>8} {'× trivial':>10} "
            f"{'queries':>8} │ {'cached ms':>9} {'× trivial':>10} {'queries':>8} {'KB':>8}"
        )
        trivial, trivial_cached = rows[0]["median"], rows[0]["cached_median"]
        for row in rows:
            self.stdout.write(
                f"{row['name']:24} {row['cold_median']:8.1f} {row['cold_queries']:8d} │ "
                f"{row['median']:8.1f} {row['p90']:8.1f} {row['median'] / trivial:10.1f} {row['queries']:8d} │ "
                f"{row['cached_median']:9.2f} {row['cached_median'] / trivial_cached:10.1f} "
                f"{row['cached_queries']:8d} {row['kb']:8.1f}"
            )

    def prepare(self, events: int):
        seed(events)
        connection = connections["default"]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # As autovacuum soon would: the planner knows the tables' sizes, index-only scans work.
                cursor.execute("VACUUM ANALYZE")

    def measure(self, requests: int):
        client = Client()
        rows = []
        # Production settings, except static files: the manifest would need a collectstatic first.
        storages = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        with override_settings(ROOT_URLCONF=__name__, STORAGES=storages):
            for name, url in PAGES:
                row = {"name": name}
                with override_settings(TIMELINE_CACHE_SECONDS=0):
                    cold = self.time_page(client, url, max(3, requests // 4), cold=True)
                    row |= {"cold_median": cold["median"], "cold_queries": cold["queries"]}
                    row |= self.time_page(client, url, requests)
                with override_settings(TIMELINE_CACHE_SECONDS=3600):
                    cached = self.time_page(client, url, requests)
                row |= {"cached_median": cached["median"], "cached_queries": cached["queries"]}
                rows.append(row)
        self.stdout.write(json.dumps(rows))

    def time_page(self, client, url: str, requests: int, cold: bool = False) -> dict:
        """Median and 90th percentile in ms after one warm-up request, with the queries of one request.
        `cold`: every cache emptied before each request, as after any change to what is published."""
        response = client.get(url)
        if response.status_code != 200:
            raise CommandError(f"{url}: HTTP {response.status_code}")
        queries = []
        if cold:
            cache.clear()
        with connections["default"].execute_wrapper(lambda execute, *args: queries.append(1) or execute(*args)):
            client.get(url)
        times = []
        for _ in range(requests):
            if cold:
                cache.clear()
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        return {
            "median": statistics.median(times),
            "p90": times[int(0.9 * (len(times) - 1))],
            "queries": len(queries),
            "kb": len(response.content) / 1024,
        }
