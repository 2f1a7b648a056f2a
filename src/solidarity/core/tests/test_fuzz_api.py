"""Schemathesis against the OpenAPI document: no 5xx, every answer as documented.

Each operation gets a bounded number of generated requests, in-process through the WSGI
application. Half of them name real objects (the statement, the organisation, an
endorsement awaiting approval, a live confirmation token) so that the fuzzing reaches
past the 404s, and half carry a valid Bearer token.
"""

import re

import pytest
import schemathesis
from django.core import mail, signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from solidarity.endorsements.emails import confirmations_send_due
from solidarity.endorsements.services import (
    endorsement_confirm,
    endorsement_submit_organization,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
# Unknown query parameters are ignored by design (shared links carry tracking ones), so
# adding them does not make a request invalid.
schema.config.generation.update(allow_extra_parameters=False)


@pytest.fixture(autouse=True)
def keep_connection(db):
    # Django's test client keeps the test's connection, and so its transaction, open
    # across requests by not closing it when a request ends; the WSGI app needs the same.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def known(statement, organization):
    """Real values for the path parameters and tokens the generator cannot guess."""
    endorsement_submit_organization(
        statement=statement,
        signer_name="Rosa",
        signer_role="Secretary",
        email="rosa@union.example",
        proposed_organization={"name": "Sindicato Fuzz", "countries": ["AR"], "kind": "union"},
    )
    confirmations_send_due()
    token = re.search(r"/e/confirm/(\S+)", mail.outbox[-1].body).group(1)
    pending = endorsement_confirm(token=token)
    assert pending.status == "awaiting_approval"
    return {
        "statement": statement.slug,
        "organization": organization.slug,
        "endorsement_id": pending.pk,
        "token": token,
    }


def _aim_at_known_objects(case, known):
    for name in case.path_parameters or {}:
        if name == "slug":
            is_organization = case.path.startswith("/api/v1/organizations")
            case.path_parameters[name] = known["organization" if is_organization else "statement"]
        elif name in known:
            case.path_parameters[name] = known[name]
    if isinstance(case.body, dict) and "token" in case.body:
        case.body["token"] = known["token"]


@schema.parametrize()
@schema.given(aim=st.booleans(), authenticated=st.booleans())
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_answers_as_documented(case, aim, authenticated, known, token):
    if aim and not case.meta.generation.mode.is_negative:
        _aim_at_known_objects(case, known)
    headers = {"Authorization": f"Bearer {token}"} if authenticated else {}
    case.call_and_validate(headers=headers, checks=CHECKS)
