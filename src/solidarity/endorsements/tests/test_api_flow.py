import json
import re

from django.core import mail

from solidarity.endorsements.emails import confirmations_send_due


def test_individual_and_organization_flow_through_the_api(client, api, statement):
    r = client.get(f"/s/{statement.slug}/")
    assert r.status_code == 200, r.content[:2000]
    r = client.post(
        f"/api/v1/statements/{statement.slug}/endorsements",
        json.dumps(
            {
                "kind": "individual",
                "name": "Ana López",
                "email": "ana@example.org",
                "country": "AR",
                "display": "full",
            }
        ),
        content_type="application/json",
    )
    assert r.status_code == 202, r.content
    assert confirmations_send_due() == 1  # what the worker does next
    assert len(mail.outbox) == 1
    token = re.search(r"/e/confirm/(\S+)", mail.outbox[0].body).group(1)
    r = client.post(
        "/api/v1/endorsements/confirm", {"token": token}, content_type="application/json"
    )
    assert r.json()["status"] == "published", r.content
    r = client.get(f"/api/v1/statements/{statement.slug}/endorsements")
    r = client.post(
        f"/api/v1/statements/{statement.slug}/endorsements",
        json.dumps(
            {
                "kind": "organization",
                "organization": {"name": "Sindicato X", "countries": ["ar"]},
                "signer_name": "B",
                "signer_role": "sec",
                "email": "b@x.org",
            }
        ),
        content_type="application/json",
    )
    assert r.status_code == 202, r.content
    assert confirmations_send_due() == 1
    token = re.search(r"/e/confirm/(\S+)", mail.outbox[1].body).group(1)
    client.post(f"/e/confirm/{token}")
    r = api.get(f"/api/v1/statements/{statement.slug}/endorsements/pending")
    eid = r.json()[0]["id"]
    r = api.post(f"/api/v1/endorsements/{eid}/approve")
    r = client.get(f"/s/{statement.slug}/")
    assert "Sindicato X" in r.content.decode()
    r = client.post(
        f"/api/v1/statements/{statement.slug}/endorsements",
        json.dumps(
            {
                "kind": "individual",
                "name": "A\u202eB",
                "email": "bad",
                "country": "XX",
                "display": "full",
            }
        ),
        content_type="application/json",
        headers={"Accept-Language": "es"},
    )
    r = client.post(
        f"/api/v1/statements/{statement.slug}/endorsements", "{bad", content_type="application/json"
    )
