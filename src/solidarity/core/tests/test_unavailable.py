"""A database that is away gets a clean 503 with Retry-After, never a trace."""

import pytest
from django.db import OperationalError
from django.test import Client

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
