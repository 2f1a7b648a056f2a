"""Inserting a row in one statement whose SQL is compiled once per process and, on
PostgreSQL, prepared once per connection."""

from functools import cache
from typing import cast

from django.db import connections, router
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper
from django.db.models import Field, Model
from django.db.models.constants import OnConflict
from django.db.models.sql.subqueries import InsertQuery


@cache
def _insert_unless_conflict_sql(model: type[Model], database: str, columns: tuple[str, ...]) -> str:
    """`INSERT … ON CONFLICT DO NOTHING RETURNING pk` for the named fields. Compiling
    it takes longer than running it, and its text never changes: only the values do."""
    fields = [cast(Field, model._meta.get_field(name)) for name in columns]
    query = InsertQuery(model, on_conflict=OnConflict.IGNORE)
    query.insert_values(fields, [model()])
    compiler = query.get_compiler(using=database)
    compiler.returning_fields = [model._meta.pk]
    [(sql, _params)] = compiler.as_sql()
    return sql


@cache
def _columns(model: type[Model]) -> tuple[list[Field], list[Field]]:
    """The model's fields to insert: those always written, and the nullable ones
    without a default, written only when they hold a value."""
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    nullable = [field for field in fields if field.null and not field.has_default()]
    return [field for field in fields if field not in nullable], nullable


def _prepared_cursor(connection: BaseDatabaseWrapper) -> CursorWrapper:
    """A cursor that binds parameters on the server, where PostgreSQL parses and plans
    the statement once per connection instead of for every row. Elsewhere, or while
    queries are logged (the log shows each statement with its values), or with
    preparing turned off: `connection.cursor()`."""
    if (
        connection.vendor != "postgresql"
        or connection.queries_logged
        or connection.settings_dict["OPTIONS"].get("prepare_threshold") is None
    ):
        return connection.cursor()
    from django.db.backends.postgresql.base import (  # type: ignore[attr-defined]
        ServerBindingCursor,  # defined only with psycopg 3
    )

    connection.ensure_connection()
    return connection.make_cursor(ServerBindingCursor(connection.connection))


def row_insert_unless_conflict(instance: Model) -> bool:
    """Insert `instance` unless a unique constraint already holds such a row: one
    statement, so two identical rows racing leave one, a repeat costs no savepoint
    and raises no error, and outside a transaction it commits on its own. Returns
    whether the row was added (its primary key is then set).

    Nullable columns without a default are left out while empty: NULL is what the
    column holds without a value, and a narrower statement costs less to send."""
    model = type(instance)
    database = router.db_for_write(model)
    connection = connections[database]
    always, nullable = _columns(model)
    values = [(field, field.pre_save(instance, add=True)) for field in always]
    for field in nullable:
        value = field.pre_save(instance, add=True)
        if value is not None:
            values.append((field, value))
    sql = _insert_unless_conflict_sql(model, database, tuple(field.name for field, _ in values))
    params = [field.get_db_prep_save(value, connection) for field, value in values]
    with _prepared_cursor(connection) as cursor:
        cursor.execute(sql, params)
        inserted = cursor.fetchone()
    if inserted is None:
        return False
    instance.pk = inserted[0]
    instance._state.adding = False
    instance._state.db = database
    return True
