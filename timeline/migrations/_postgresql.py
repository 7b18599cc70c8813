"""What several migrations share: SQL that PostgreSQL alone runs (index kinds SQLite does not have).

The migration loader skips modules whose name starts with "_": this is a helper, not a migration."""

from django.db import migrations


def postgresql_only(sql: str, reverse_sql: str) -> migrations.RunPython:
    """A RunPython that executes `sql` (and `reverse_sql` when unapplied) on PostgreSQL, nothing on SQLite."""

    def on_postgresql(statement):
        def run(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                schema_editor.execute(statement)

        return run

    return migrations.RunPython(on_postgresql(sql), on_postgresql(reverse_sql))
