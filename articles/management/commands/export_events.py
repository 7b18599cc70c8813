"""python manage.py export_events > export.json — the JSON export (docs/export-format.md) of every event not
rejected. Events whose year is unknown (waiting for a curator to date their article) are left out: their dates
are not real.
"""

import json

from django.core.management.base import BaseCommand

from articles.models import Article
from timeline.exports import export_payload
from timeline.models import Event


class Command(BaseCommand):
    help = "Print the JSON export ({'events': [...], 'persons': [...]}) of every event that is not rejected."

    def add_arguments(self, parser):
        parser.add_argument("--published-only", action="store_true", help="Only published events.")
        parser.add_argument("--indent", type=int, default=1)

    def handle(self, *args, published_only=False, indent=1, **options):
        events = Event.objects.published() if published_only else Event.objects.not_rejected()
        events = events.filter(year_unknown=False)
        payload = export_payload(events, articles=Article.objects.all())
        self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=indent))
