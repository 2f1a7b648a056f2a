"""The signing lane answers a person's signature as Django would, or lets Django answer."""

import io
import json

import pytest
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import OperationalError, close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from solidarity.core.crypto import email_hash
from solidarity.endorsements.lane import SigningLane
from solidarity.endorsements.models import Endorsement, EndorsementKind
from solidarity.statements.services import statement_close

PERSON = {"kind": "individual", "name": "Ana López", "email": "ana@example.org", "country": "AR"}


def call(app, path, body: bytes, content_type="application/json", **headers):
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": content_type,
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    answer: dict = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = int(status.split()[0])
        answer["headers"] = dict(response_headers)

    # As Django's test client does: the request must not close the test's connection.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        answer["body"] = b"".join(app(environ, start_response))
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
    answer["headers"].pop("Date", None)
    return answer


class CountingDjango(WSGIHandler):
    """Django's handler, counting the requests the lane hands on."""

    calls = 0

    def __call__(self, environ, start_response):
        type(self).calls += 1
        return super().__call__(environ, start_response)


@pytest.fixture
def lane():
    CountingDjango.calls = 0
    return SigningLane(CountingDjango())


def url(statement):
    return f"/api/v1/statements/{statement.slug}/endorsements"


def test_the_lane_answers_a_signature_exactly_as_django_does(statement, lane):
    django = call(WSGIHandler(), url(statement), json.dumps(PERSON).encode(), ACCEPT_LANGUAGE="es")
    other = {**PERSON, "email": "otra@example.org"}
    fast = call(lane, url(statement), json.dumps(other).encode(), ACCEPT_LANGUAGE="es")
    assert CountingDjango.calls == 0, "the lane handed the signature on"
    assert fast == django
    assert fast["status"] == 202 and fast["headers"]["Content-Language"] == "es"
    signed = Endorsement.objects.get(email_hash=email_hash(PERSON["email"]))
    lane_row = Endorsement.objects.get(email_hash=email_hash(other["email"]))
    for field in ("kind", "status", "display", "public_name", "language", "read_language"):
        assert getattr(lane_row, field) == getattr(signed, field), field
    assert lane_row.kind == EndorsementKind.INDIVIDUAL and lane_row.confirmation_due_at


def test_a_repeat_through_the_lane_answers_the_same_and_adds_nothing(statement, lane):
    first = call(lane, url(statement), json.dumps(PERSON).encode())
    again = {**PERSON, "email": " ANA@example.org", "name": "Someone Else"}
    second = call(lane, url(statement), json.dumps(again).encode())
    assert first == second and first["status"] == 202
    assert Endorsement.objects.count() == 1


@pytest.mark.parametrize(
    "body",
    [
        {**PERSON, "country": "XX"},
        {**PERSON, "name": "Ana\u202eLópez"},
        {**PERSON, "email": "not an address"},
        {**PERSON, "display": "loud"},
        {"kind": "individual", "name": "Ana"},
    ],
)
def test_invalid_input_is_answered_by_django_and_changes_nothing(statement, lane, body):
    fast = call(lane, url(statement), json.dumps(body).encode(), ACCEPT_LANGUAGE="fr")
    django = call(WSGIHandler(), url(statement), json.dumps(body).encode(), ACCEPT_LANGUAGE="fr")
    assert CountingDjango.calls == 1
    assert fast == django and fast["status"] in {400, 422}
    assert not Endorsement.objects.exists()


def test_what_the_lane_does_not_take_goes_to_django(statement, organization, lane, editor):
    organisation = {
        "kind": "organization",
        "organization": {"slug": organization.slug},
        "signer_name": "Rosa",
        "signer_role": "Secretary",
        "email": "rosa@union.example",
    }
    assert call(lane, url(statement), json.dumps(organisation).encode())["status"] == 202
    unknown = call(
        lane, "/api/v1/statements/nothing-here/endorsements", json.dumps(PERSON).encode()
    )
    assert unknown["status"] == 404
    assert call(lane, url(statement), b"{not json")["status"] == 400
    assert CountingDjango.calls == 3
    statement_close(statement=statement, acting_user=editor)
    closed = call(lane, url(statement), json.dumps(PERSON).encode())
    assert closed["status"] == 409 and CountingDjango.calls == 4
    assert Endorsement.objects.filter(kind=EndorsementKind.INDIVIDUAL).count() == 0


def test_a_database_that_is_away_gets_djangos_503_from_the_lane_at_once(
    statement, lane, monkeypatch
):
    def unreachable(instance):
        raise OperationalError("connection refused: is the server running on 127.0.0.1:5432?")

    monkeypatch.setattr("solidarity.endorsements.services.row_insert_unless_conflict", unreachable)
    body = json.dumps(PERSON).encode()
    fast = call(lane, url(statement), body, ACCEPT_LANGUAGE="de")
    assert CountingDjango.calls == 0, "Django would wait for the database a second time"
    django = call(WSGIHandler(), url(statement), body, ACCEPT_LANGUAGE="de")
    assert fast == django
    assert fast["status"] == 503 and fast["headers"]["Retry-After"] == "10"
    assert fast["headers"]["Content-Type"] == "application/problem+json"
    assert "5432" not in fast["body"].decode()


def test_the_thread_keeps_its_connection_until_the_database_fails(statement, lane, monkeypatch):
    """A recorded signature does not finish a request (which hands the connection back
    to the pool, to take it again for the next one); a database error does, so that
    the broken connection goes."""
    finished = []

    def count(**kwargs):
        finished.append(kwargs)

    signals.request_finished.connect(count)
    try:
        assert call(lane, url(statement), json.dumps(PERSON).encode())["status"] == 202
        assert finished == []

        def unreachable(instance):
            raise OperationalError("server closed the connection unexpectedly")

        monkeypatch.setattr(
            "solidarity.endorsements.services.row_insert_unless_conflict", unreachable
        )
        other = {**PERSON, "email": "otra@example.org"}
        assert call(lane, url(statement), json.dumps(other).encode())["status"] == 503
        assert len(finished) == 1
    finally:
        signals.request_finished.disconnect(count)


FIELD_VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["AR", "ar", "XX", "full", "initials", "withheld", "", "es", "a@b.org"]),
    st.integers(),
    st.none(),
    st.lists(st.text(max_size=5), max_size=2),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.fixed_dictionaries(
        {"kind": st.sampled_from(["individual", "individual", "organization", "other"])},
        optional={
            "name": FIELD_VALUES,
            "email": st.one_of(st.emails(), FIELD_VALUES),
            "country": FIELD_VALUES,
            "display": FIELD_VALUES,
            "affiliation": FIELD_VALUES,
            "read_language": FIELD_VALUES,
        },
    )
)
def test_the_lane_accepts_nothing_that_django_refuses(statement, lane, body):
    raw = json.dumps(body).encode()
    fast = call(lane, url(statement), raw)
    # Django, asked the same after the lane: a signature the lane took is a repeat for
    # it (202, byte for byte); anything else must get the very same answer.
    django = call(WSGIHandler(), url(statement), raw)
    assert fast == django, (body, fast, django)
