"""A real browser for tests: Playwright driving Debian's Chromium, JavaScript off.

Never `playwright install`: the project uses /usr/bin/chromium (apt package
`chromium`), installed by .ci/run when missing.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def browser_page(
    monkeypatch: pytest.MonkeyPatch, *, locale: str = "en-GB", javascript: bool = False
) -> Iterator[Page]:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's `chromium` "
            "(apt-get update && apt-get install -y chromium); never `playwright install`.",
            pytrace=False,
        )
    # The sync API keeps an asyncio loop running in this thread. The test's ORM calls
    # are still synchronous, so allow them; but with a loop running, Django's
    # context-local connection handler gives this code a second connection, which
    # pytest-django does not know about: close it here, or on PostgreSQL it keeps the
    # test database open and dropping it fails at the end of the session.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                java_script_enabled=javascript,
                locale=locale,
                extra_http_headers={"Accept-Language": locale},
            )
            page = context.new_page()
            page.set_default_timeout(15_000)
            yield page
            context.close()
        finally:
            browser.close()
            connections.close_all()


def screenshot(page: Page, request: pytest.FixtureRequest, name: str) -> Path:
    folder = Path(request.config.rootpath) / "test-artifacts"
    folder.mkdir(exist_ok=True)
    path = folder / name
    page.screenshot(path=str(path), full_page=True)
    return path
