"""Positions seen only on the placeholder day of a year-unknown event (year 4) learn their days again from the
dated events that show the person in that office, or keep none: a placeholder is no day."""

from django.db import migrations
from django.db.models import Max, Min

PLACEHOLDER_BEFORE = "1000-01-01"  # the placeholder year is 4; no diplomatic event is dated before this


def days_from_dated_events(apps, schema_editor):
    Position = apps.get_model("timeline", "Position")
    Participation = apps.get_model("timeline", "Participation")
    for position in Position.objects.filter(first_seen__lt=PLACEHOLDER_BEFORE) | Position.objects.filter(
        last_seen__lt=PLACEHOLDER_BEFORE
    ):
        seen = Participation.objects.filter(
            person_id=position.person_id, role=position.title, event__year_unknown=False
        ).aggregate(first=Min("event__start"), last=Max("event__start"))
        position.first_seen, position.last_seen = seen["first"], seen["last"]
        position.save(update_fields=["first_seen", "last_seen"])


class Migration(migrations.Migration):
    dependencies = [("timeline", "0016_source_dates_and_names")]

    operations = [migrations.RunPython(days_from_dated_events, migrations.RunPython.noop)]
