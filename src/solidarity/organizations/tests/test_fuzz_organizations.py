"""The organisation form, fuzzed through the API and the dashboard page."""

import json
import unicodedata

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from solidarity.organizations.forms import OrganizationForm
from solidarity.organizations.models import Organization, OrganizationName

FUZZ = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
names = st.text(
    st.characters(categories=["Lu", "Ll", "Lo", "Lm", "Mn", "Mc", "Nd"]), min_size=1, max_size=40
)
BAD = {
    "\x07": "This field may not contain control characters or line breaks.",
    "\x1b": "This field may not contain control characters or line breaks.",
    "\u202e": "Directional control characters are not allowed here.",
    "\u2067": "Directional control characters are not allowed here.",
    "\ufffd": "This value is not valid.",
}
VALID = {"name": "Sindicato", "kind": "union", "countries": ["AR"]}


def _stored():
    return Organization.objects.count(), OrganizationName.objects.count()


@settings(max_examples=40, deadline=None)
@given(names, st.lists(names, max_size=3))
def test_names_in_any_script_are_accepted_in_nfc(name, alt_names):
    form = OrganizationForm(data=VALID | {"name": name, "alt_names": alt_names})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["name"] == unicodedata.normalize("NFC", name)
    assert form.cleaned_data["alt_names"] == [unicodedata.normalize("NFC", n) for n in alt_names]


@FUZZ
@given(names, st.sampled_from(sorted(BAD)), st.sampled_from(["name", "acronym", "alt_names"]))
def test_a_bad_name_through_the_api_is_a_problem_and_stores_nothing(api, name, bad, field):
    cache.clear()
    before = _stored()
    spoiled = name[:10] + bad + name[:10]  # short enough for an acronym
    body = VALID | {field: [spoiled] if field == "alt_names" else spoiled}
    response = api.post("/api/v1/organizations", json.dumps(body), content_type="application/json")
    assert response.status_code == 422, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert {"field": field, "message": BAD[bad]} in response.json()["errors"]
    assert _stored() == before


@FUZZ
@given(names, st.sampled_from(sorted(BAD)))
def test_a_bad_name_on_the_page_is_shown_and_stores_nothing(client, editor, name, bad):
    cache.clear()
    client.force_login(editor)
    before = _stored()
    response = client.post(
        "/manage/organizations/new", {"name": name + bad + name, "kind": "union", "countries": "AR"}
    )
    assert response.status_code == 400
    assert BAD[bad] in response.content.decode()
    assert _stored() == before


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        ("name=Sindicato&kind=union&countries=AR", "application/x-www-form-urlencoded", 400),
        ('{"name": "Sindicato", "countries": ["AR"]', "application/json", 400),
        (json.dumps(VALID | {"name": "x" * (1024 * 1024)}), "application/json", 413),
        (json.dumps(VALID | {"website": "javascript:alert(1)"}), "application/json", 422),
        (json.dumps(VALID | {"countries": "AR"}), "application/json", 422),
    ],
)
def test_a_body_that_is_not_an_organisation_is_a_problem(api, body, content_type, status):
    before = _stored()
    response = api.post("/api/v1/organizations", body, content_type=content_type)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["title"]
    assert _stored() == before


def test_json_posted_to_the_page_shows_the_form_again(client, editor):
    client.force_login(editor)
    before = _stored()
    response = client.post(
        "/manage/organizations/new", json.dumps(VALID), content_type="application/json"
    )
    # The form fields are not in a JSON body: the form comes back, refused, to fill in.
    assert response.status_code == 400
    assert 'name="name"' in response.content.decode()
    assert "This field is required." in response.content.decode()
    assert _stored() == before
