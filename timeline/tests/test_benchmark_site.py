"""The site benchmark prints every page's times beside a trivial view's, from a throw-away database."""

from io import StringIO

import pytest
from django.core.management import call_command

from timeline.models import Event

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_benchmark_site_prints_each_page_with_ratio_and_queries():
    out = StringIO()
    call_command("benchmark_site", events=60, requests=2, stdout=out)
    text = out.getvalue()
    assert text.startswith("60 published events on SQLite")
    assert "cold: every cache emptied first" in text
    for page in [
        "trivial view",
        "timeline /",
        "timeline, q + type",
        "relationship page",
        "API, first page",
        "API, one year",
        "TimelineJS",
    ]:
        row = next(line for line in text.splitlines() if line.startswith(page))
        cold, cold_queries, _, median, _p90, ratio, queries, _, cached, _, cached_queries, _kb = row[24:].split()
        assert float(cold) > 0 and float(median) > 0 and float(ratio) > 0 and float(cached) > 0
        assert (int(queries) == 0) == (page == "trivial view")  # the pages read the database, the trivial view does not
        assert int(cold_queries) >= int(queries)  # drawn anew, a page also counts what is otherwise kept
        assert int(cached_queries) <= 1  # a cached page costs at most the read of the published version
    assert Event.objects.count() == 0  # the user's database is left alone


def test_measuring_children_never_reach_the_deployments_cache_broker_or_media(tmp_path, monkeypatch):
    """Run with a deployment's environment, a measurement still writes only to its own scratch places."""
    from timeline.management.measuring import ScratchDatabase

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/1")
    monkeypatch.setenv("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.setenv("MEDIA_ROOT", str(tmp_path / "live-media"))
    scratch = ScratchDatabase(tmp_path / "scratch.sqlite3", production=True)
    shown = (
        scratch.run(
            "shell",
            "-c",
            "from django.conf import settings as s; print(s.CACHES['default']['BACKEND'], "
            "s.CELERY_TASK_ALWAYS_EAGER, s.MEDIA_ROOT, s.DATABASES['default']['NAME'])",
            check=True,
        )
        .stdout.splitlines()[-1]
        .split()
    )  # after the shell's own line about what it imported
    assert shown[:2] == ["django.core.cache.backends.locmem.LocMemCache", "True"]
    assert shown[2].startswith(str(tmp_path)) and "live-media" not in shown[2]
    assert shown[3] == str(tmp_path / "scratch.sqlite3")
