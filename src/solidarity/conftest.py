import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from solidarity.accounts.services import api_token_create, user_create
from solidarity.organizations.services import organization_create
from solidarity.statements.services import statement_create, statement_publish


@pytest.fixture(autouse=True)
def default_language():
    # A request in another language leaves it active in the thread; each test starts
    # from the default, as each request and task does.
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def fresh_cache():
    # Throttle counts and used bot-check solutions live in the cache; each test starts
    # with none, as if alone on the server.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(db):
    return user_create(email="editor@workers.example", password="correct horse battery")


@pytest.fixture
def organization(editor):
    return organization_create(
        acting_user=editor,
        name="Workers Solidarity League",
        alt_names=["노동자연대"],
        acronym="WSL",
        kind="union",
        countries=["KR"],
    )


@pytest.fixture
def statement(editor, organization):
    statement = statement_create(
        acting_user=editor,
        title="Stop the war",
        body="We, the undersigned, **demand** peace.",
        language="en",
        initiators=[organization],
        demands=["Peace now!"],
        footnotes=["First reference."],
    )
    statement_publish(statement=statement, acting_user=editor)
    statement.refresh_from_db()
    return statement


@pytest.fixture
def token(editor):
    return api_token_create(user=editor)


@pytest.fixture
def api(token):
    return Client(headers={"Authorization": f"Bearer {token}"})
