import datetime
import json

import pytest
from django.utils import translation

from solidarity.accounts.services import user_create
from solidarity.core.errors import Conflict, PermissionDenied
from solidarity.endorsements.emails import confirmations_send_due
from solidarity.endorsements.models import Endorsement, EndorsementStatus
from solidarity.statements.models import TranslationStatus
from solidarity.statements.services import (
    statement_edit,
    statement_publish,
    statement_translation_save,
)

SPANISH = {
    "language": "es",
    "title": "Paren la guerra",
    "body": "Nosotras y nosotros **exigimos** la paz.",
    "demands": ["¡Paz ya!"],
    "footnotes": ["Primera referencia."],
    "translator": "Lucía Gómez",
    "status": "published",
}


@pytest.fixture
def spanish(statement, editor):
    return statement_translation_save(statement=statement, acting_user=editor, **SPANISH)


def test_a_translation_follows_the_current_version(spanish, statement):
    assert spanish.version == statement.current_version
    assert not spanish.is_outdated


def test_a_new_version_of_the_original_outdates_its_translations(spanish, statement, editor):
    statement_edit(
        statement=statement,
        acting_user=editor,
        title="Stop the war now",
        body="New.",
        demands=[],
        footnotes=[],
    )
    statement_publish(statement=statement, acting_user=editor)
    spanish.refresh_from_db()
    assert spanish.is_outdated
    updated = statement_translation_save(
        statement=statement, acting_user=editor, **{**SPANISH, "body": "Nuevo."}
    )
    assert not updated.is_outdated and updated.pk == spanish.pk


def test_only_editors_translate_and_never_into_the_original_language(statement, editor):
    with pytest.raises(PermissionDenied):
        statement_translation_save(
            statement=statement, acting_user=user_create(email="x@example.org"), **SPANISH
        )
    with pytest.raises(Conflict):
        statement_translation_save(
            statement=statement, acting_user=editor, **{**SPANISH, "language": "en"}
        )


def test_the_page_opens_in_the_readers_language(client, statement, spanish):
    page = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "es"}).content.decode()
    assert "Paren la guerra" in page and "<strong>exigimos</strong>" in page
    assert "¡Paz ya!" in page and "Lucía Gómez" in page
    assert f'hreflang="es" href="/s/{statement.slug}/?lang=es"' in page
    assert f'hreflang="en" href="/s/{statement.slug}/?lang=en"' in page
    original = client.get(
        f"/s/{statement.slug}/?lang=en", headers={"Accept-Language": "es"}
    ).content.decode()
    assert "Stop the war" in original and "Paren la guerra" not in original


def test_without_a_translation_the_reader_is_told_the_original_is_shown(client, statement):
    page = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "ru"}).content.decode()
    assert "Stop the war" in page
    assert 'class="notice"' in page


def test_drafts_are_not_shown_to_readers(client, statement, editor):
    statement_translation_save(
        statement=statement, acting_user=editor, **{**SPANISH, "status": "draft"}
    )
    page = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "es"}).content.decode()
    assert "Paren la guerra" not in page


def test_an_outdated_translation_says_so(client, statement, spanish, editor):
    statement_edit(
        statement=statement,
        acting_user=editor,
        title="Stop the war now",
        body="New.",
        demands=[],
        footnotes=[],
    )
    statement_publish(statement=statement, acting_user=editor)
    page = client.get(f"/s/{statement.slug}/?lang=es").content.decode()
    assert "Paren la guerra" in page
    assert "This translation follows version 1" in page and "(version 2)" in page
    assert 'href="?lang=en"' in page


def test_endorsing_from_a_translation_records_the_language_read(client, statement, spanish):
    response = client.post(
        f"/s/{statement.slug}/endorse/individual",
        {
            "name": "Lucía",
            "email": "lucia@example.org",
            "country": "ES",
            "display": "full",
            "read_language": "es",
        },
    )
    assert response.status_code == 302
    endorsement = Endorsement.objects.get()
    assert endorsement.read_language == "es" and endorsement.statement == statement
    client.post(
        f"/s/{statement.slug}/endorse/individual",
        {
            "name": "Other",
            "email": "o@example.org",
            "country": "ES",
            "display": "full",
            "read_language": "xx",
        },
    )
    assert Endorsement.objects.get(name="Other").read_language == "en"


def test_translations_through_the_api(api, client, statement):
    created = api.post(
        f"/api/v1/statements/{statement.slug}/translations",
        json.dumps(SPANISH),
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["translates_version"] == 1 and not created.json()["outdated"]
    listed = client.get(f"/api/v1/statements/{statement.slug}/translations").json()
    assert [t["language"] for t in listed] == ["es"]
    translated = client.get(f"/api/v1/statements/{statement.slug}?lang=es").json()
    assert translated["title"] == "Paren la guerra" and translated["language"] == "es"
    assert translated["original_language"] == "en" and translated["languages"] == ["en", "es"]
    original = client.get(f"/api/v1/statements/{statement.slug}?lang=ko").json()
    assert original["title"] == "Stop the war" and original["language"] == "en"
    refused = client.post(
        f"/api/v1/statements/{statement.slug}/translations",
        json.dumps(SPANISH),
        content_type="application/json",
    )
    assert refused.status_code == 401


def test_arabic_reader_signs_the_arabic_text_and_gets_an_arabic_email(client, statement, editor):
    from django.core import mail

    statement_translation_save(
        statement=statement,
        acting_user=editor,
        language="ar",
        title="أوقفوا الحرب",
        body="نطالب بالسلام.",
        status="published",
    )
    page = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "ar"})
    assert 'dir="rtl"' in page.content.decode() and "أوقفوا الحرب" in page.content.decode()
    client.post(
        f"/s/{statement.slug}/endorse/individual",
        {
            "name": "Ana López",
            "email": "ana@example.org",
            "country": "EG",
            "display": "full",
            "read_language": "ar",
        },
        headers={"Accept-Language": "ar"},
    )
    assert confirmations_send_due() == 1
    endorsement = Endorsement.objects.get()
    assert (endorsement.language, endorsement.read_language) == ("ar", "ar")
    message = mail.outbox[0]
    assert "Confirm" not in message.subject and "/e/confirm/" in message.body
    assert "أوقفوا الحرب" in message.subject
    html_part = message.alternatives[0][0]
    assert 'lang="ar" dir="rtl"' in html_part


def test_korean_reader_gets_the_korean_interface_and_the_original_text(client, statement, spanish):
    page = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "ko"}).content.decode()
    assert '<html lang="ko" dir="ltr">' in page
    assert "Stop the war" in page and "Paren la guerra" not in page
    notice = page.split('class="notice">', 1)[1].split("</p>", 1)[0]
    assert "한국어" in notice  # the notice names Korean, in Korean


@pytest.mark.parametrize(("language", "era"), [("ru", "г."), ("uk", "р.")])
def test_dates_that_end_in_an_abbreviation_get_no_second_full_stop(
    client, statement, language, era
):
    type(statement).objects.filter(pk=statement.pk).update(
        originally_published_on=datetime.date(2022, 3, 13)
    )
    page = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": language})
    text = page.content.decode()
    assert f"2022 {era}" in text  # the date is there, written the local way
    assert f"{era}." not in text


def test_a_statement_status_and_a_translation_status_are_worded_apart():
    with translation.override("ru"):  # перевод is masculine, подпись feminine
        assert str(TranslationStatus.PUBLISHED.label) == "Опубликован"
        assert str(EndorsementStatus.PUBLISHED.label) == "Опубликована"
