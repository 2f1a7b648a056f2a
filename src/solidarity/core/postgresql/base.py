"""Django's PostgreSQL backend with one addition: while the database is unreachable,
one request at a time waits to connect and every other one fails at once.

Without it, every request of an outage waits the pool's whole timeout for a connection
that cannot come, holding a server thread, and the 503s arrive in waves seconds
late. With it, the first failure marks the database unreachable; from then on one
request (the probe) tries to connect as before while the others get their 503 at
once, until a probe succeeds.
"""

import threading
from collections.abc import Callable
from typing import Any

import psycopg
from django.db.backends.postgresql import base

OperationalError = psycopg.OperationalError


class Outage:
    """Whether connecting last failed, and whether a request is trying again."""

    def __init__(self) -> None:
        self.unreachable = False
        self._probe = threading.Lock()

    def connect(self, attempt: Callable[[], Any]) -> Any:
        if not self.unreachable:
            try:
                return attempt()
            except OperationalError:
                self.unreachable = True
                raise
        if not self._probe.acquire(blocking=False):
            raise OperationalError(
                "The database was unreachable a moment ago; another request is trying it."
            )
        try:
            connection = attempt()
        finally:
            self._probe.release()
        self.unreachable = False
        return connection


_outages: dict[str, Outage] = {}
_outages_lock = threading.Lock()


def outage(alias: str) -> Outage:
    with _outages_lock:
        return _outages.setdefault(alias, Outage())


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params: dict[str, Any]) -> Any:
        connect = super().get_new_connection
        return outage(self.alias).connect(lambda: connect(conn_params))
