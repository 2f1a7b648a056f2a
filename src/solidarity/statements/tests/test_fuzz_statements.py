"""Statement texts and translations, fuzzed through the API: a problem, nothing stored."""

import json

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from solidarity.statements.forms import StatementTextForm
from solidarity.statements.models import Statement, StatementTranslation, StatementVersion

FUZZ = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
words = st.text(
    st.characters(categories=["Lu", "Ll", "Lo", "Lm", "Mn", "Mc", "Nd"]), min_size=1, max_size=30
)
CONTROL = "This field may not contain control characters or line breaks."
BIDI = "Directional control characters are not allowed here."
BAD = {
    "\x07": CONTROL,
    "\x7f": CONTROL,
    "\u202d": BIDI,
    "\u2066": BIDI,
    "\ufffd": "This value is not valid.",
}
FIELDS = ["title", "body", "demands", "footnotes"]


def _stored():
    return (
        Statement.objects.count(),
        StatementVersion.objects.count(),
        StatementTranslation.objects.count(),
    )


def _spoil(field, text):
    return [text] if field in {"demands", "footnotes"} else text


@settings(max_examples=40, deadline=None)
@given(words, st.lists(words, min_size=1, max_size=4), st.lists(words, max_size=3))
def test_texts_in_any_script_with_line_breaks_are_accepted(title, paragraphs, demands):
    form = StatementTextForm(
        data={"title": title, "body": "\n\n".join(paragraphs), "demands": demands}
    )
    assert form.is_valid(), form.errors


@FUZZ
@given(words, st.sampled_from(sorted(BAD)), st.sampled_from(FIELDS))
def test_a_bad_statement_is_a_problem_and_stores_nothing(api, organization, text, bad, field):
    cache.clear()
    before = _stored()
    body = {"title": "Peace", "body": "Text", "language": "en", "initiators": [organization.slug]}
    body[field] = _spoil(field, text + bad + text)
    response = api.post("/api/v1/statements", json.dumps(body), content_type="application/json")
    assert response.status_code == 422, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert {"field": field, "message": BAD[bad]} in response.json()["errors"]
    assert _stored() == before


@FUZZ
@given(words, st.sampled_from(sorted(BAD)), st.sampled_from([*FIELDS, "translator"]))
def test_a_bad_edit_or_translation_is_a_problem_and_stores_nothing(
    api, statement, text, bad, field
):
    cache.clear()
    before = _stored()
    spoiled = _spoil(field, text + bad + text)
    if field != "translator":
        response = api.patch(
            f"/api/v1/statements/{statement.slug}",
            json.dumps({field: spoiled}),
            content_type="application/json",
        )
        assert response.status_code == 422, response.content
        assert {"field": field, "message": BAD[bad]} in response.json()["errors"]
    translation = {"language": "es", "title": "Paz", "body": "Texto", field: spoiled}
    response = api.post(
        f"/api/v1/statements/{statement.slug}/translations",
        json.dumps(translation),
        content_type="application/json",
    )
    assert response.status_code == 422, response.content
    assert {"field": field, "message": BAD[bad]} in response.json()["errors"]
    assert _stored() == before


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        ("title=Peace&body=Text", "application/x-www-form-urlencoded", 400),
        ('{"title": "Peace", ', "application/json", 400),
        (b'{"title": "Pe\xe7ace"}', "application/json", 400),
        (json.dumps({"body": "x" * (1024 * 1024)}), "application/json", 413),
        (json.dumps({"body": "x" * 100_001}), "application/json", 422),
        (json.dumps({"demands": ["x"] * 51}), "application/json", 422),
        (json.dumps({"demands": "Peace"}), "application/json", 422),
    ],
)
def test_an_edit_that_is_not_a_text_is_a_problem(api, statement, body, content_type, status):
    before = _stored()
    response = api.patch(f"/api/v1/statements/{statement.slug}", body, content_type=content_type)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["title"]
    assert _stored() == before


@pytest.mark.parametrize("slug", ["a%00b", "%00", "stop the war", "x" * 101])
def test_a_slug_that_cannot_be_one_is_a_problem(client, statement, slug):
    # Regression: a NUL in the address reached the database, which PostgreSQL answers
    # with an error (a 500) instead of "no such statement".
    for path in [f"/api/v1/statements/{slug}", f"/api/v1/statements/{slug}/endorsements"]:
        response = client.get(path)
        assert response.status_code == 422, (path, response.content)
        assert response.json()["errors"][0]["field"] == "slug"


def test_a_language_that_cannot_be_one_is_a_problem(client, statement):
    # Regression, as for the slug: `lang` reached a query with its NUL.
    response = client.get(f"/api/v1/statements/{statement.slug}?lang=es%00")
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "lang", "message": "This value is not valid."}]
    assert client.get(f"/api/v1/statements/{statement.slug}?lang=xx").status_code == 200


def test_an_initiator_that_cannot_be_a_slug_is_a_problem(api, organization):
    before = _stored()
    body = {"title": "Peace", "body": "Text", "language": "en", "initiators": ["a\x00b"]}
    response = api.post("/api/v1/statements", json.dumps(body), content_type="application/json")
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "initiators.0"
    assert _stored() == before
