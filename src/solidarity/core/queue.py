"""Enqueueing tasks so that none is lost between a commit and the queue."""

from functools import partial
from typing import Any

from django.db import transaction
from django_tasks.base import Task
from django_tasks_db import DatabaseBackend


def enqueue_durably(task: Task[Any, Any], *args: Any) -> None:
    """Enqueue ``task`` so that it exists exactly when the current transaction commits.

    When tasks live in this database the task row is written in the same transaction
    (an outbox): a process killed after the commit cannot lose it, and a rollback
    takes it away. Another backend gets the task right after the commit; a crash in
    between is what the e-mail sweep is for.
    """
    if isinstance(task.get_backend(), DatabaseBackend):
        task.enqueue(*args)
    else:
        transaction.on_commit(partial(task.enqueue, *args))
