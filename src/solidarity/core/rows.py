"""Inserting a row in one statement whose SQL is compiled once per process."""

from functools import cache

from django.db import connections, router
from django.db.models import Field, Model
from django.db.models.constants import OnConflict
from django.db.models.sql.subqueries import InsertQuery


@cache
def _insert_unless_conflict_sql(model: type[Model], database: str) -> tuple[str, list[Field]]:
    """`INSERT … ON CONFLICT DO NOTHING RETURNING pk` for every concrete field but the
    primary key. Compiling it takes longer than running it, and its text never changes:
    only the values do."""
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    query = InsertQuery(model, on_conflict=OnConflict.IGNORE)
    query.insert_values(fields, [model()])
    compiler = query.get_compiler(using=database)
    compiler.returning_fields = [model._meta.pk]
    [(sql, _params)] = compiler.as_sql()
    return sql, fields


def row_insert_unless_conflict(instance: Model) -> bool:
    """Insert `instance` unless a unique constraint already holds such a row: one
    statement, so two identical rows racing leave one, a repeat costs no savepoint
    and raises no error, and outside a transaction it commits on its own. Returns
    whether the row was added (its primary key is then set)."""
    model = type(instance)
    database = router.db_for_write(model)
    sql, fields = _insert_unless_conflict_sql(model, database)
    connection = connections[database]
    params = [
        field.get_db_prep_save(field.pre_save(instance, add=True), connection) for field in fields
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        inserted = cursor.fetchone()
    if inserted is None:
        return False
    instance.pk = inserted[0]
    instance._state.adding = False
    instance._state.db = database
    return True
