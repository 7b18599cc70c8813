"""A trigram index behind the `q` search on PostgreSQL: search_text LIKE '%word%' becomes an index scan.

SQLite has no such index; there the migration does nothing."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from timeline.migrations._postgresql import postgresql_only

CREATE = "CREATE INDEX IF NOT EXISTS timeline_event_search_trgm ON timeline_event USING gin (search_text gin_trgm_ops)"
DROP = "DROP INDEX IF EXISTS timeline_event_search_trgm"


class Migration(migrations.Migration):
    dependencies = [("timeline", "0004_published_version_and_window_indexes")]

    operations = [
        TrigramExtension(),
        postgresql_only(CREATE, DROP),
    ]
