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
    assert text.startswith("60 published events")
    for page in [
        "trivial view",
        "timeline /",
        "timeline, q + type",
        "relationship page",
        "API, one year",
        "TimelineJS",
    ]:
        row = next(line for line in text.splitlines() if line.startswith(page))
        median, p90, ratio, queries, kb = row[24:].split()
        assert float(median) > 0 and float(ratio) > 0
        assert (int(queries) == 0) == (page == "trivial view")  # the pages read the database, the trivial view does not
    assert Event.objects.count() == 0  # the user's database is left alone
