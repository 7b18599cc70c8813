"""A trigram index behind the `q` search on PostgreSQL: search_text LIKE '%word%' becomes an index scan.

SQLite has no such index; there the migration does nothing."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS timeline_event_search_trgm ON timeline_event USING gin (search_text gin_trgm_ops)"
DROP = "DROP INDEX IF EXISTS timeline_event_search_trgm"


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("timeline", "0004_published_version_and_window_indexes")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP)),
    ]
