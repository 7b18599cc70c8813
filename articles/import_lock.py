"""One importer writes at a time: the PostgreSQL advisory lock the importers' transactions take."""

from django.db import connection

# Any constant identifies the importers' PostgreSQL advisory lock; this one spells "timeline".
IMPORT_LOCK = 0x74696D656C696E65


def lock_out_other_importers():
    """Within the caller's transaction, waits until no other importer is writing, on PostgreSQL.

    Matching (is this person, agreement or event already known?) then creating is one step: two
    importers doing it at once would both create the same person or event. Extraction, the costly
    part, still runs in parallel; only the writes of one article at a time wait. SQLite lets one
    writer at a time in anyway (the article's first statement is a write)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK])
