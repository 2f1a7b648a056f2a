"""A person signs in a real browser, without JavaScript, and confirms from the e-mail.

Playwright drives Debian's Chromium (/usr/bin/chromium; never `playwright install`)
against pytest-django's live server, which runs the application in a thread of this
process on the test database. The test then does the worker's round itself, so the
confirmation e-mail lands in django.core.mail.outbox.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import Page

from solidarity.endorsements.emails import confirmations_send_due
from solidarity.endorsements.models import Endorsement, EndorsementStatus
from solidarity.testing.browser import browser_page, screenshot

NAME = "Ана Петрова"
ADDRESS = "ana.petrova@example.org"


@pytest.mark.browser
def test_sign_confirm_and_appear_in_a_browser_without_javascript(
    live_server, statement, request, monkeypatch
):
    with browser_page(monkeypatch) as page:
        try:
            _sign_confirm_and_check(page, live_server, statement, request)
        except BaseException:
            screenshot(page, request, "endorsement-failure.png")
            raise


def _sign_confirm_and_check(page: Page, live_server, statement, request) -> None:
    statement_url = f"{live_server.url}/s/{statement.slug}/"

    response = page.goto(statement_url)
    assert response is not None and response.status == 200
    assert page.locator("h1").inner_text() == "Stop the war"

    form = page.locator("form#endorse-individual")
    form.get_by_label("Your name").fill(NAME)
    form.get_by_label("E-mail").fill(ADDRESS)
    form.get_by_label("Country").select_option("KZ")
    form.get_by_label("Affiliation").fill("Союз журналистов")
    form.get_by_label("Full name").check()
    with page.expect_navigation():
        form.get_by_role("button", name="Endorse").click()

    assert urlsplit(page.url).path == f"/s/{statement.slug}/thanks", page.content()[:3000]
    assert page.locator("h1").inner_text() == "Check your e-mail"

    assert confirmations_send_due() == 1  # the worker's round, with the locmem backend
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [ADDRESS]
    assert "Stop the war" in message.subject
    assert f"Hello {NAME}" in message.body
    link = re.search(r"https?://\S+/e/confirm/\S+", message.body)
    assert link, message.body
    confirm_url = live_server.url + urlsplit(link.group(0)).path

    endorsement = Endorsement.objects.get()
    assert endorsement.status == EndorsementStatus.AWAITING_CONFIRMATION
    assert endorsement.name == NAME and endorsement.country == "KZ"

    # Opening the link shows a button and publishes nothing.
    page.goto(confirm_url)
    assert page.locator("h1").inner_text() == "Confirm your endorsement"
    endorsement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.AWAITING_CONFIRMATION

    with page.expect_navigation():
        page.get_by_role("button", name="Confirm my endorsement").click()
    assert page.locator("h1").inner_text() == "Thank you"
    endorsement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.PUBLISHED

    page.goto(statement_url)
    listed = page.locator("#endorsers ul.individuals > li")
    assert listed.count() == 1
    entry = listed.first.inner_text()
    assert NAME in entry and "Союз журналистов" in entry and "Kazakhstan" in entry
    assert ADDRESS not in page.content()
    assert "1 individual" in page.locator("#endorsers .counts").inner_text()
    page.locator("#endorsers").scroll_into_view_if_needed()
    assert screenshot(page, request, "endorsement-confirmed.png").stat().st_size > 0


@pytest.mark.browser
def test_with_javascript_the_page_solves_the_bot_check(live_server, statement, monkeypatch):
    from solidarity.core import proof_of_work

    monkeypatch.setattr(proof_of_work, "MAX_NUMBER", 5_000)
    with browser_page(monkeypatch, javascript=True) as page:
        page.goto(f"{live_server.url}/s/{statement.slug}/")
        form = page.locator("form#endorse-individual")
        form.get_by_label("Your name").fill("Kim Min-jun")
        form.get_by_label("E-mail").fill("kim@example.org")
        form.get_by_label("Country").select_option("KR")
        # The script fills in the solution in the background.
        page.wait_for_function(
            "document.querySelector('#endorse-individual input[data-challenge]').value !== ''"
        )
        with page.expect_navigation():
            form.get_by_role("button", name="Endorse").click()
    assert Endorsement.objects.get().bot_check_passed is True
