"""Every shipped language renders the main pages in that language, fully."""

import html
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import get_language_info

LOCALE = Path(settings.BASE_DIR) / "locale"
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<option[^>]*>.*?</option>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def untranslated(text: str, language: str) -> list[str]:
    """English source sentences of our catalogue that appear as they are."""
    found = []
    for entry in polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po")):
        source = " ".join(re.sub(r"%\(\w+\)s|<[^>]+>", " ", entry.msgid).split())
        if len(source.split()) >= 3 and entry.msgstr != entry.msgid and source in text:
            found.append(source)
    return found


def test_every_shipped_language_has_a_catalogue():
    for code in OTHER_LANGUAGES:
        assert (LOCALE / code / "LC_MESSAGES" / "django.mo").exists(), code


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_statement_page_and_forms_render_in_the_language(client, statement, language):
    response = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": language})
    page = response.content.decode()
    direction = "rtl" if get_language_info(language)["bidi"] else "ltr"
    assert f'<html lang="{language}" dir="{direction}">' in page
    assert untranslated(visible_text(page), language) == []


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_a_refused_form_explains_itself_in_the_language(client, statement, language):
    response = client.post(
        f"/s/{statement.slug}/endorse/individual",
        {"name": "", "email": "nope", "country": "XX", "display": "full"},
        headers={"Accept-Language": language},
    )
    assert response.status_code == 400
    assert untranslated(visible_text(response.content.decode()), language) == []
