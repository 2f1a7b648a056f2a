"""Bad input to both ways of endorsing, fuzzed: a clear 4xx with a message, nothing stored.

The HTML forms answer 400 with the form shown again and the error on it; the API
answers problem+json. Counts are taken before and after each generated request.
"""

import json
from urllib.parse import quote_from_bytes

import pytest
from django.core import mail
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from solidarity.endorsements.forms import IndividualEndorsementForm, OrganizationEndorsementForm
from solidarity.endorsements.models import Endorsement
from solidarity.organizations.models import Organization

FUZZ = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
PROBLEM = "application/problem+json"
MEGABYTE = 1024 * 1024

names = st.text(
    st.characters(categories=["Lu", "Ll", "Lo", "Lm", "Mn", "Mc", "Nd"]), min_size=1, max_size=40
)
CONTROL = "This field may not contain control characters or line breaks."
BIDI = "Directional control characters are not allowed here."
GARBLED = "This value is not valid."
NUL = "Null characters are not allowed."  # Django's own, said before ours
# One character that makes a name unacceptable, and the message that says why.
bad_characters = st.one_of(
    st.characters(categories=["Cc"]).map(lambda c: (c, NUL if c == "\x00" else CONTROL)),
    st.sampled_from("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069").map(
        lambda c: (c, BIDI)
    ),
    st.just(("\ufffd", GARBLED)),
)
INDIVIDUAL = {"name": "Ana", "email": "ana@example.org", "country": "AR", "display": "full"}
ORGANIZATION = {
    "org_name": "Sindicato",
    "org_countries": "AR",
    "org_kind": "union",
    "signer_name": "Rosa",
    "signer_role": "Secretary",
    "email": "rosa@example.org",
}


def _spoiled(name, bad, where):
    # Inside the name: at either end, what str.strip() takes for a space is stripped.
    where = 1 + where % len(name)
    return name + name[:where] + bad + name[where:] + name


def _stored():
    return Endorsement.objects.count(), Organization.objects.count(), len(mail.outbox)


@pytest.fixture
def unchanged(db):
    """Asserts, when called, that nothing was stored since the fixture was set up."""
    before = _stored()
    return lambda: _stored() == before


# The forms, as the HTML pages and the API use them


@settings(max_examples=40, deadline=None)
@given(names, names, names)
def test_names_in_any_script_are_accepted_by_both_forms(name, signer, organization):
    assert IndividualEndorsementForm(data=INDIVIDUAL | {"name": name}).is_valid()
    form = OrganizationEndorsementForm(
        data=ORGANIZATION | {"signer_name": signer, "org_name": organization}
    )
    # organization_find needs no query when no registered organisation is named.
    assert form.is_valid(), form.errors


@settings(max_examples=40, deadline=None)
@given(names, bad_characters, st.integers(min_value=0), st.sampled_from(["name", "affiliation"]))
def test_the_individual_form_names_the_field_and_the_reason(name, bad, where, field):
    character, message = bad
    form = IndividualEndorsementForm(data=INDIVIDUAL | {field: _spoiled(name, character, where)})
    assert not form.is_valid()
    assert message in form.errors[field]


@pytest.mark.django_db
@settings(max_examples=40, deadline=None)
@given(
    names,
    bad_characters,
    st.integers(min_value=0),
    st.sampled_from(["org_name", "signer_name", "signer_role", "org_alt_names"]),
)
def test_the_organisation_form_names_the_field_and_the_reason(name, bad, where, field):
    character, message = bad
    if field == "org_alt_names" and character in "\n\r\x0b\x0c\x1c\x1d\x1e\x85":
        return  # a line break there starts another name, which is what it means
    data = ORGANIZATION | {field: _spoiled(name, character, where)}
    form = OrganizationEndorsementForm(data=data)
    assert not form.is_valid()
    assert message in form.errors[field]


# The HTML form posts


@FUZZ
@given(names, bad_characters, st.integers(min_value=0))
def test_a_bad_name_is_shown_on_the_page_and_nothing_is_stored(
    client, statement, unchanged, name, bad, where
):
    cache.clear()  # each post as if alone, under no throttle
    character, message = bad
    response = client.post(
        f"/s/{statement.slug}/endorse/individual",
        INDIVIDUAL | {"name": _spoiled(name, character, where)},
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert unchanged()


@FUZZ
@given(names, st.binary(min_size=1, max_size=6), st.integers(min_value=0))
def test_malformed_utf8_in_a_form_post_is_refused(client, statement, unchanged, name, raw, where):
    cache.clear()  # each post as if alone, under no throttle
    raw = b"\xff" + raw  # \xff is never part of UTF-8
    encoded = name.encode()
    where %= len(encoded) + 1  # anywhere, even inside a character
    value = quote_from_bytes(encoded[:where] + raw + encoded[where:]).encode()
    body = b"name=" + value + b"&email=ana%40example.org&country=AR&display=full"
    response = client.post(
        f"/s/{statement.slug}/endorse/individual",
        body,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    # Django refuses a NUL before any rule of ours looks at the text.
    assert (NUL if b"\x00" in raw else GARBLED) in response.content.decode()
    assert unchanged()


def test_json_posted_to_a_form_is_refused_with_the_form_shown(client, statement, unchanged):
    response = client.post(
        f"/s/{statement.slug}/endorse/organization",
        json.dumps(ORGANIZATION),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert unchanged()


@pytest.mark.parametrize("size", [MEGABYTE - 1000, MEGABYTE + 1])
def test_a_megabyte_name_in_a_form_is_refused(client, statement, unchanged, size):
    response = client.post(
        f"/s/{statement.slug}/endorse/individual", INDIVIDUAL | {"name": "x" * size}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "at most 200 characters" in page or "too large or malformed" in page
    assert unchanged()


# The API


def _post(client, path, body, content_type="application/json"):
    if not isinstance(body, str | bytes):
        body = json.dumps(body)
    return client.post(path, body, content_type=content_type)


def _problem(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    problem = response.json()
    assert problem["status"] == status and problem["title"]
    return problem


@FUZZ
@given(
    names,
    bad_characters,
    st.integers(min_value=0),
    st.sampled_from(["name", "affiliation", "signer_name", "signer_role", "org_name"]),
)
def test_a_bad_name_through_the_api_is_a_problem_naming_the_field(
    client, statement, unchanged, name, bad, where, field
):
    cache.clear()  # each post as if alone, under no throttle
    character, message = bad
    spoiled = _spoiled(name, character, where)
    if field in {"name", "affiliation"}:
        body = {"kind": "individual", "country": "AR", "email": "ana@example.org", "name": "Ana"}
        body[field] = spoiled
    else:
        body = {
            "kind": "organization",
            "organization": {"name": "Sindicato", "countries": ["AR"]},
            "signer_name": "Rosa",
            "signer_role": "Secretary",
            "email": "rosa@example.org",
        }
        if field == "org_name":
            body["organization"]["name"] = spoiled
        else:
            body[field] = spoiled
    problem = _problem(
        _post(client, f"/api/v1/statements/{statement.slug}/endorsements", body), 422
    )
    assert {"field": field, "message": message} in problem["errors"]
    assert unchanged()


def _not_json(text):
    try:
        json.loads(text)
    except ValueError:
        return True
    return False


@FUZZ
@given(st.text(max_size=50).filter(lambda text: text.strip() and _not_json(text)))
def test_invalid_json_is_a_400_problem(client, statement, unchanged, text):
    cache.clear()  # each post as if alone, under no throttle
    problem = _problem(
        _post(client, f"/api/v1/statements/{statement.slug}/endorsements", text), 400
    )
    assert problem["title"] == "The request body is not valid JSON."
    assert unchanged()


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (
            "kind=individual&name=Ana&email=ana%40example.org&country=AR",
            "application/x-www-form-urlencoded",
        ),
        (b"kind=individual&name=Ana\xff", "application/x-www-form-urlencoded"),
        (b'{"kind": "individual", "name": "Ana\xff"}', "application/json"),
        ("kind: individual", "text/plain"),
    ],
)
def test_a_body_that_is_not_json_is_a_400_problem(client, statement, unchanged, body, content_type):
    response = _post(
        client, f"/api/v1/statements/{statement.slug}/endorsements", body, content_type
    )
    _problem(response, 400)
    assert unchanged()


def test_a_megabyte_body_is_a_413_problem(client, statement, unchanged):
    body = INDIVIDUAL | {"kind": "individual", "name": "x" * MEGABYTE}
    problem = _problem(
        _post(client, f"/api/v1/statements/{statement.slug}/endorsements", body), 413
    )
    assert problem["title"] == "The request is too large."
    assert unchanged()


def test_a_field_error_names_the_field_as_sent(client, statement, unchanged):
    # Regression: errors used to name "payload.individual.name", the handler's view of it.
    response = _post(
        client, f"/api/v1/statements/{statement.slug}/endorsements", {"kind": "individual"}
    )
    fields = {error["field"] for error in _problem(response, 422)["errors"]}
    assert fields == {"name", "email", "country"}
    response = _post(
        client,
        f"/api/v1/statements/{statement.slug}/endorsements",
        {"kind": "organization", "organization": {"alt_names": "x"}},
    )
    fields = {error["field"] for error in _problem(response, 422)["errors"]}
    assert fields == {"organization.alt_names", "signer_name", "signer_role", "email"}
    assert unchanged()


@pytest.mark.parametrize("read_language", ["es\x00", "\x00", "e s", "es\n"])
def test_a_read_language_that_is_not_a_language_code_is_a_problem(
    client, statement, unchanged, read_language
):
    # Regression: a NUL here reached the database, which PostgreSQL answers with an error.
    body = {"kind": "individual", "read_language": read_language} | {
        k: v for k, v in INDIVIDUAL.items()
    }
    problem = _problem(
        _post(client, f"/api/v1/statements/{statement.slug}/endorsements", body), 422
    )
    assert problem["errors"] == [{"field": "read_language", "message": GARBLED}]
    assert unchanged()


@FUZZ
@given(st.binary(min_size=1, max_size=20).filter(lambda raw: not raw.isascii()))
def test_raw_bytes_outside_ascii_in_a_form_post_are_refused(client, statement, unchanged, raw):
    # Browsers percent-encode; a body with raw bytes would be read as Latin-1.
    body = b"name=Ana" + raw + b"&email=ana%40example.org&country=AR&display=full"
    response = client.generic(
        "POST",
        f"/s/{statement.slug}/endorse/individual",
        body,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
    assert unchanged()
