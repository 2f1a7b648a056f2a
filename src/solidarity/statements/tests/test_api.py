import json

import pytest
from django.test import Client

from solidarity.organizations.models import Membership


def post(client, path, body=None, **kw):
    return client.post(path, json.dumps(body or {}), content_type="application/json", **kw)


def patch(client, path, body):
    return client.patch(path, json.dumps(body), content_type="application/json")


def test_create_organisation_makes_the_caller_owner(api, editor):
    response = post(
        api,
        "/api/v1/organizations",
        {
            "name": "노동자연대",
            "alt_names": ["Workers Solidarity"],
            "acronym": "WS",
            "kind": "union",
            "countries": ["kr"],
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["slug"] == "ws" and body["countries"] == ["KR"]
    assert body["alt_names"] == ["Workers Solidarity"]
    assert Membership.objects.get(organization__slug="ws").user == editor


def test_writes_need_a_token(client, organization):
    response = post(client, "/api/v1/organizations", {"name": "X", "countries": ["FR"]})
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    bad = Client(headers={"Authorization": "Bearer sol_wrong"})
    assert post(bad, "/api/v1/organizations", {"name": "X", "countries": ["FR"]}).status_code == 401


def test_invalid_country_is_a_problem_and_changes_nothing(api):
    response = post(api, "/api/v1/organizations", {"name": "X", "kind": "ngo", "countries": ["ZZ"]})
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"][0]["field"] == "countries"


def test_statement_lifecycle(api, client, organization):
    created = post(
        api,
        "/api/v1/statements",
        {
            "title": "Peace",
            "body": "Text *one*",
            "language": "en",
            "initiators": [organization.slug],
            "demands": ["Ceasefire!"],
            "footnotes": ["Ref."],
        },
    )
    assert created.status_code == 201, created.content
    slug = created.json()["slug"]
    assert created.json()["status"] == "draft"
    assert client.get(f"/api/v1/statements/{slug}").status_code == 404  # drafts are private
    published = post(api, f"/api/v1/statements/{slug}/publish")
    assert published.json() == {"slug": slug, "status": "open", "version": 1}

    edited = patch(api, f"/api/v1/statements/{slug}", {"body": "Text *two*"})
    assert edited.status_code == 200 and edited.json()["draft_version"] == 2
    public = client.get(f"/api/v1/statements/{slug}").json()
    assert public["version"] == 1 and public["body"] == "Text *one*"
    assert public["initiators"][0]["slug"] == organization.slug
    assert public["counts"] == {"organizations": 0, "individuals": 0, "withheld": 0}

    assert post(api, f"/api/v1/statements/{slug}/publish").json()["version"] == 2
    assert client.get(f"/api/v1/statements/{slug}").json()["body"] == "Text *two*"
    assert post(api, f"/api/v1/statements/{slug}/close").json()["status"] == "closed"
    refused = post(api, f"/api/v1/statements/{slug}/close")
    assert refused.status_code == 409
    assert post(api, f"/api/v1/statements/{slug}/reopen").json()["status"] == "open"


def test_statement_needs_known_initiators(api):
    response = post(
        api,
        "/api/v1/statements",
        {"title": "T", "body": "B", "language": "en", "initiators": ["nobody"]},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "initiators"


def test_unknown_statement_is_a_404_problem(client, db):
    response = client.get("/api/v1/statements/does-not-exist")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("language", ["es", "ru", "ar"])
def test_problem_messages_follow_the_language(client, statement, language):
    response = post(
        client,
        f"/api/v1/statements/{statement.slug}/endorsements",
        {"kind": "individual"},
        headers={"Accept-Language": language},
    )
    assert response.status_code == 422
    assert response.json()["detail"] != "This field is required."


def test_openapi_document(client):
    document = client.get("/api/v1/openapi.json").json()
    paths = document["paths"]
    for path in [
        "/api/v1/organizations",
        "/api/v1/statements",
        "/api/v1/statements/{slug}",
        "/api/v1/statements/{slug}/publish",
        "/api/v1/statements/{slug}/endorsements",
        "/api/v1/statements/{slug}/endorsements/pending",
        "/api/v1/endorsements/confirm",
        "/api/v1/endorsements/withdraw",
        "/api/v1/endorsements/{endorsement_id}/approve",
        "/api/v1/endorsements/{endorsement_id}/reject",
    ]:
        assert path in paths, path
    assert client.get("/api/v1/docs").status_code == 404
