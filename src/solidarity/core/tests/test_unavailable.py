"""A database that is away gets a clean 503 with Retry-After, never a trace."""

import threading
import time

import psycopg
import pytest
from django.conf import settings
from django.db import OperationalError, connection, connections
from django.test import Client

from solidarity.core.postgresql import base as postgresql_base
from solidarity.core.postgresql.base import Outage
from solidarity.statements import views as statement_views


@pytest.fixture
def database_down(monkeypatch):
    def unreachable(**kwargs):
        raise OperationalError("connection refused: is the server running on 127.0.0.1:5432?")

    monkeypatch.setattr(statement_views, "statement_get_public", unreachable)
    monkeypatch.setattr("solidarity.statements.api.statement_get", unreachable)


def test_the_page_says_come_back_in_the_readers_language(statement, database_down):
    client = Client(raise_request_exception=False)
    response = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "en"})
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    page = response.content.decode()
    assert "Back in a moment" in page and "Nothing was saved" in page
    assert "5432" not in page and "Traceback" not in page


def test_the_api_answers_problem_json(statement, database_down):
    client = Client(raise_request_exception=False)
    response = client.get(f"/api/v1/statements/{statement.slug}")
    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert response["Retry-After"] == "10"
    assert response.json()["status"] == 503 and "5432" not in response.content.decode()


def test_other_failures_stay_a_plain_500(statement, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(statement_views, "statement_get_public", broken)
    response = Client(raise_request_exception=False).get(f"/s/{statement.slug}/")
    assert response.status_code == 500 and "Retry-After" not in response
    assert "Something went wrong" in response.content.decode()


def test_while_the_database_is_away_one_request_tries_and_the_others_fail_at_once():
    outage = Outage()
    attempts = []

    def refused():
        attempts.append("refused")
        raise psycopg.OperationalError("connection refused")

    with pytest.raises(psycopg.OperationalError):
        outage.connect(refused)  # the first failure marks it unreachable
    assert outage.unreachable

    probing, release = threading.Event(), threading.Event()

    def slow_then_refused():
        probing.set()
        release.wait(10)
        refused()

    probe = threading.Thread(target=lambda: pytest.raises(
        psycopg.OperationalError, outage.connect, slow_then_refused
    ))  # fmt: skip
    probe.start()
    assert probing.wait(10)
    started = time.monotonic()
    with pytest.raises(psycopg.OperationalError, match="another request is trying it"):
        outage.connect(refused)  # does not wait for the probe, and does not try
    assert time.monotonic() - started < 1
    release.set()
    probe.join(10)
    assert attempts == ["refused", "refused"]
    assert outage.unreachable

    assert outage.connect(lambda: "connection") == "connection"  # the next probe gets in
    assert not outage.unreachable
    assert outage.connect(lambda: "another") == "another"


def test_postgresql_is_reached_through_the_backend_that_knows_outages():
    if connection.vendor == "postgresql":
        assert isinstance(connections["default"], postgresql_base.DatabaseWrapper)
        assert settings.DATABASES["default"]["ENGINE"] == "solidarity.core.postgresql"
    else:
        assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
