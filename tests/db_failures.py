"""Real database failures for the tests: a trigger that makes the database itself refuse a write, on SQLite and on
PostgreSQL, so that a test can prove what survives a failure half-way without replacing any of the project's code."""

from __future__ import annotations

from contextlib import contextmanager

from django.db import connection

TRIGGER = "hirfa_test_failure"


@contextmanager
def database_refuses(table: str, column: str, value: str):
    """While inside, the database aborts any UPDATE that sets `table.column` to `value` (as a full disk or a lost
    connection would abort it), failing the whole transaction."""
    vendor = connection.vendor
    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute(
                f"CREATE OR REPLACE FUNCTION {TRIGGER}() RETURNS trigger AS $$ BEGIN "
                f"RAISE EXCEPTION 'the database failed (test)'; END; $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                f'CREATE TRIGGER {TRIGGER} BEFORE UPDATE ON "{table}" FOR EACH ROW '
                f"WHEN (NEW.\"{column}\" = '{value}') EXECUTE FUNCTION {TRIGGER}()"
            )
        else:
            cursor.execute(
                f'CREATE TRIGGER {TRIGGER} BEFORE UPDATE ON "{table}" WHEN NEW."{column}" = \'{value}\' '
                f"BEGIN SELECT RAISE(ABORT, 'the database failed (test)'); END"
            )
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            if vendor == "postgresql":
                cursor.execute(f'DROP TRIGGER IF EXISTS {TRIGGER} ON "{table}"')
                cursor.execute(f"DROP FUNCTION IF EXISTS {TRIGGER}()")
            else:
                cursor.execute(f"DROP TRIGGER IF EXISTS {TRIGGER}")
