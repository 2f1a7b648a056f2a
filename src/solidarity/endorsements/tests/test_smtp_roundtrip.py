"""The confirmation e-mail over real SMTP: the form, the wire, the links, the buttons.

An aiosmtpd server runs in this process on a free local port; Django's SMTP backend
talks to it exactly as it would to a mail relay. The message is parsed back with the
standard library, so headers, encodings and MIME parts are checked as a mail client
would read them, and the links in it are followed with a CSRF-enforcing client.
"""

import email
import re
from email.message import EmailMessage
from email.policy import default as default_policy
from html import escape
from urllib.parse import urlsplit

import pytest
from django.test import Client

from solidarity.endorsements.emails import confirmations_send_due
from solidarity.endorsements.models import Endorsement, EndorsementStatus
from solidarity.endorsements.tests.conftest import Recorder

NAME = "Ana María López"
ADDRESS = "ana@example.org"


def _csrf_client(**headers: str) -> Client:
    return Client(enforce_csrf_checks=True, headers=headers)


def _csrf_post(client: Client, path: str, data: dict | None = None):
    token = client.cookies["csrftoken"].value
    return client.post(path, {**(data or {}), "csrfmiddlewaretoken": token})


def _sign_through_the_form(client, statement) -> None:
    page = client.get(f"/s/{statement.slug}/")
    assert page.status_code == 200
    assert "csrftoken" in client.cookies, "the statement page must set the CSRF cookie"
    form = {
        "name": NAME,
        "email": ADDRESS,
        "country": "AR",
        "affiliation": "Press union",
        "display": "full",
    }
    # Without the token the form is refused: the check is really on.
    assert client.post(f"/s/{statement.slug}/endorse/individual", form).status_code == 403
    response = _csrf_post(client, f"/s/{statement.slug}/endorse/individual", form)
    assert response.status_code == 302, response.content[:2000]
    assert response["Location"] == f"/s/{statement.slug}/thanks"
    assert confirmations_send_due() == 1  # the worker's next round


def _received(server: Recorder) -> EmailMessage:
    assert len(server.envelopes) == 1, f"expected one message, got {len(server.envelopes)}"
    envelope = server.envelopes[0]
    assert envelope.rcpt_tos == [ADDRESS]
    message = email.message_from_bytes(envelope.original_content, policy=default_policy)
    assert isinstance(message, EmailMessage)
    return message


def _parts(message: EmailMessage) -> tuple[str, str]:
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert text is not None and html is not None, "the e-mail needs a text and an HTML part"
    return text.get_content(), html.get_content()


def _link(text: str, action: str) -> str:
    """The path of the confirm or withdraw link, as a mail client would open it."""
    match = re.search(rf"https?://\S+/e/{action}/\S+", text)
    assert match, f"no {action} link in:\n{text}"
    return urlsplit(match.group(0)).path


def _current_endorsers(client: Client, statement) -> str:
    page = client.get(f"/s/{statement.slug}/").content.decode()
    return page.split('id="endorsers"', 1)[1]


def test_confirmation_email_over_smtp_and_confirm_button(smtp_server, statement):
    client = _csrf_client()
    _sign_through_the_form(client, statement)

    message = _received(smtp_server)
    assert message["To"] == ADDRESS
    assert statement.current_version.title in message["Subject"]
    text, html = _parts(message)
    assert f"Hello {NAME}" in text
    assert 'lang="en"' in html
    confirm_path = _link(text, "confirm")
    assert confirm_path.startswith("/e/confirm/")
    assert confirm_path in html, "the HTML part must carry the same link"

    # Opening the link (as a link scanner would) only shows the button.
    response = client.get(confirm_path)
    assert response.status_code == 200
    assert 'method="post"' in response.content.decode()
    assert Endorsement.objects.get().status == EndorsementStatus.AWAITING_CONFIRMATION
    assert escape(NAME) not in _current_endorsers(client, statement)
    assert NAME not in _current_endorsers(client, statement)

    # Pressing it confirms; the CSRF cookie from the statement page is required.
    assert client.post(confirm_path).status_code == 403
    response = _csrf_post(client, confirm_path)
    assert response.status_code == 200, response.content[:2000]
    assert Endorsement.objects.get().status == EndorsementStatus.PUBLISHED
    endorsers = _current_endorsers(client, statement)
    assert NAME in endorsers and "Press union" in endorsers
    assert ADDRESS not in client.get(f"/s/{statement.slug}/").content.decode()


@pytest.mark.parametrize(
    "how",
    [
        {"headers": {"Accept-Language": "es"}},
        {"cookie": "es"},
    ],
    ids=["accept-language", "language-cookie"],
)
def test_email_is_written_in_the_signers_language(how, smtp_server, statement, settings):
    client = _csrf_client(**how.get("headers", {}))
    if "cookie" in how:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = how["cookie"]
    _sign_through_the_form(client, statement)

    assert Endorsement.objects.get().language == "es"
    message = _received(smtp_server)
    assert message["To"] == ADDRESS
    subject = message["Subject"]
    assert statement.current_version.title in subject
    assert subject.startswith("Confirme su adhesión"), subject
    text, html = _parts(message)
    assert 'lang="es"' in html
    assert f"Hola {NAME}" in text or f"Hola, {NAME}" in text, text
    # The link does not depend on the language.
    confirm_path = _link(text, "confirm")
    assert re.fullmatch(r"/e/confirm/[^/]+", confirm_path), confirm_path
    assert _link(text, "withdraw") == confirm_path.replace("/confirm/", "/withdraw/")


def test_withdraw_link_from_the_email(smtp_server, statement):
    client = _csrf_client()
    _sign_through_the_form(client, statement)
    text, _html = _parts(_received(smtp_server))
    assert _csrf_post(client, _link(text, "confirm")).status_code == 200
    assert NAME in _current_endorsers(client, statement)
    statement.refresh_from_db()
    assert statement.individuals_count == 1

    withdraw_path = _link(text, "withdraw")
    response = client.get(withdraw_path)
    assert response.status_code == 200
    assert 'method="post"' in response.content.decode()
    assert Endorsement.objects.get().status == EndorsementStatus.PUBLISHED
    assert NAME in _current_endorsers(client, statement)

    response = _csrf_post(client, withdraw_path)
    assert response.status_code == 200, response.content[:2000]
    endorsement = Endorsement.objects.get()
    assert endorsement.status == EndorsementStatus.WITHDRAWN
    assert endorsement.email_encrypted == ""
    assert endorsement.email_hash is None
    assert endorsement.name == "" and endorsement.public_name == ""
    assert NAME not in _current_endorsers(client, statement)
    statement.refresh_from_db()
    assert statement.individuals_count == 0
    # Withdrawing again is harmless, and confirming a withdrawn endorsement is refused.
    assert _csrf_post(client, withdraw_path).status_code == 200
    assert _csrf_post(client, _link(text, "confirm")).status_code == 409
    assert NAME not in _current_endorsers(client, statement)
