"""An editor imports a statement in a real browser, without JavaScript."""

import pytest
from django.test import Client
from playwright.sync_api import Page

from solidarity.endorsements.models import Endorsement
from solidarity.imports.models import StatementImport
from solidarity.imports.tests.test_import_flow import SOURCE
from solidarity.testing.browser import browser_page, screenshot


@pytest.mark.browser
def test_paste_correct_and_save_a_draft_in_a_browser(
    live_server, editor, organization, request, monkeypatch
):
    client = Client()
    client.force_login(editor)
    with browser_page(monkeypatch) as page:
        page.context.add_cookies(
            [
                {
                    "name": "sessionid",
                    "value": client.cookies["sessionid"].value,
                    "url": live_server.url,
                }
            ]
        )
        try:
            _import(page, live_server, organization, request)
        except BaseException:
            screenshot(page, request, "import-failure.png")
            raise


def _import(page: Page, live_server, organization, request) -> None:
    page.goto(f"{live_server.url}/manage/")
    with page.expect_navigation():
        page.get_by_role("link", name="Import a published statement").click()
    page.get_by_label("Text of the published statement").fill(SOURCE)
    with page.expect_navigation():
        page.get_by_role("button", name="Read the statement").click()
    assert page.locator("h1").inner_text() == "Review the import"
    assert page.locator("mark").count() == 3
    statement_import = StatementImport.objects.get()
    red = next(
        i for i, e in enumerate(statement_import.endorsers) if e["name"] == "Red Hands Collective"
    )
    # The editor fixes a miss: this collective works in two countries.
    page.locator(f"#id_endorsers-{red}-countries").fill("BR, UY")
    page.get_by_label(organization.name).check()
    screenshot(page, request, "import-review.png")
    with page.expect_navigation():
        page.get_by_role("button", name="Save as a draft statement").click()
    assert "/manage/statements/" in page.url, page.content()[:3000]
    statement = StatementImport.objects.get().statement
    assert statement is not None and statement.status == "draft"
    red_hands = Endorsement.objects.get(statement=statement, public_name="Red Hands Collective")
    assert [c.code for c in red_hands.organization.countries] == ["BR", "UY"]
