"""The load benchmark starts gunicorn on loopback, loads it for a bounded time, stops it and reports."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from timeline.models import Event

pytestmark = pytest.mark.django_db


@pytest.mark.slow  # starts gunicorn
def test_benchmark_load_reports_rate_percentiles_and_errors_and_leaves_the_database_alone():
    out = StringIO()
    call_command("benchmark_load", seconds=2, concurrency=2, events=60, workers=1, stdout=out)
    text = out.getvalue()
    assert "2 clients for 2 s against gunicorn (1 workers) on 127.0.0.1:" in text
    assert "requests/s; p50" in text and "p99" in text and "errors: 0" in text and "ms median" in text
    assert Event.objects.count() == 0


def test_benchmark_load_is_bounded():
    with pytest.raises(CommandError, match="bounded"):
        call_command("benchmark_load", seconds=3600)
