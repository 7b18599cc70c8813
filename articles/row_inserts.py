"""Plain rows inserted with one prepared statement, for the importer's hottest inserts.

An article's import writes a few rows of integers and short strings to many tables (its import batch's
relations, its events' participants and countries): building each `bulk_create` costs Django far more than
the database spends writing the row. Here the statement is written once per table, columns and number of
rows, by the database's own operations (so on SQLite and PostgreSQL alike), and a row already there is
skipped as `bulk_create(..., ignore_conflicts=True)` skips it. Only for models whose rows nothing else
derives (no signal, no default, no primary key to read back): the values are written as given.
"""

from __future__ import annotations

from functools import lru_cache

from django.db import connections, router
from django.db.models.constants import OnConflict


def insert_ignoring_conflicts(model, columns: tuple[str, ...], rows: list[tuple]):
    """Inserts `rows` (values in the order of `columns`) into `model`'s table in one statement; a row that
    would break a unique constraint is left out, as `bulk_create(..., ignore_conflicts=True)` leaves it."""
    if not rows:
        return
    alias = router.db_for_write(model)
    connection = connections[alias]
    # As many rows a statement as the database takes parameters (SQLite's limit), as bulk_create batches them.
    per_statement = (connection.features.max_query_params or len(rows) * len(columns)) // len(columns)
    with connection.cursor() as cursor:
        for first in range(0, len(rows), per_statement):
            batch = rows[first : first + per_statement]
            statement = _statement(alias, model._meta.db_table, columns, len(batch))
            cursor.execute(statement, [value for row in batch for value in row])


@lru_cache(maxsize=512)
def _statement(alias: str, table: str, columns: tuple[str, ...], count: int) -> str:
    ops = connections[alias].ops
    row = f"({', '.join(['%s'] * len(columns))})"
    return " ".join(
        filter(
            None,
            (
                ops.insert_statement(on_conflict=OnConflict.IGNORE),
                ops.quote_name(table),
                f"({', '.join(map(ops.quote_name, columns))})",
                "VALUES",
                ", ".join([row] * count),
                ops.on_conflict_suffix_sql(None, OnConflict.IGNORE, None, None),
            ),
        )
    )
