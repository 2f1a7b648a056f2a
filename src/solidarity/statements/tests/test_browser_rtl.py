"""The Arabic statement page in a real browser: mirrored layout, names unharmed."""

import pytest

from solidarity.endorsements.models import Endorsement
from solidarity.endorsements.services import endorsement_confirm, endorsement_submit_individual
from solidarity.endorsements.tokens import endorsement_token
from solidarity.statements.services import statement_translation_save
from solidarity.testing.browser import browser_page, screenshot

ARABIC_TITLE = "أوقفوا الحرب"


@pytest.mark.browser
def test_arabic_reader_gets_the_mirrored_arabic_translation(
    live_server, statement, editor, request, monkeypatch
):
    statement_translation_save(
        statement=statement,
        acting_user=editor,
        language="ar",
        title=ARABIC_TITLE,
        body="نحن الموقّعين أدناه **نطالب** بالسلام.",
        demands=["السلام الآن!"],
        translator="ليلى",
        status="published",
    )
    endorsement_submit_individual(
        statement=statement,
        name="Ana María López",
        email="ana@example.org",
        country="AR",
        display="full",
        affiliation="Sindicato de Prensa",
    )
    endorsement_confirm(token=endorsement_token(Endorsement.objects.get().public_id))

    with browser_page(monkeypatch, locale="ar") as page:
        try:
            page.set_viewport_size({"width": 1000, "height": 900})
            page.goto(f"{live_server.url}/s/{statement.slug}/")
            html = page.locator("html")
            assert html.get_attribute("lang") == "ar" and html.get_attribute("dir") == "rtl"
            title = page.locator("article.statement h1")
            assert title.inner_text() == ARABIC_TITLE
            # Mirrored: the title's text sits against the right edge of the column.
            box = title.locator("bdi").bounding_box()
            column = page.locator("main").bounding_box()
            assert box and column
            right_gap = column["x"] + column["width"] - (box["x"] + box["width"])
            left_gap = box["x"] - column["x"]
            assert right_gap < left_gap
            # A Latin name on the Arabic page is isolated and keeps its own order.
            name = page.locator("#endorsers ul.individuals bdi.name").first
            assert name.inner_text() == "Ana María López"
            assert name.evaluate("e => getComputedStyle(e).direction") == "ltr"
            assert page.locator("main").evaluate("e => getComputedStyle(e).direction") == "rtl"
            assert screenshot(page, request, "statement-arabic.png").stat().st_size > 0
        except BaseException:
            screenshot(page, request, "statement-arabic-failure.png")
            raise
