import json
import re

from django.core import mail

from solidarity.endorsements.emails import confirmations_send_due
from solidarity.endorsements.models import Endorsement
from solidarity.endorsements.services import endorsement_confirm, endorsement_submit_individual
from solidarity.endorsements.tokens import endorsement_token

INDIVIDUAL = {
    "name": "Ana María López",
    "email": "ana@example.org",
    "country": "AR",
    "affiliation": "Press union",
    "display": "full",
}


def confirmed(statement, n, display="full", prefix="Person"):
    for i in range(n):
        endorsement_submit_individual(
            statement=statement,
            name=f"{prefix} {i:03d}",
            email=f"{prefix}{i}@example.org",
            country=["AR", "KR", "FR"][i % 3],
            display=display,
        )
    for endorsement in Endorsement.objects.filter(statement=statement):
        endorsement_confirm(token=endorsement_token(endorsement.public_id))
    statement.refresh_from_db()


def test_statement_page_shows_text_demands_notes_and_initiators(client, statement):
    page = client.get(f"/s/{statement.slug}/").content.decode()
    assert "<strong>demand</strong>" in page
    assert "Peace now!" in page and "First reference." in page
    assert "Workers Solidarity League" in page and "노동자연대" in page
    assert "version 1" in page


def test_form_signature_confirm_and_listing(client, statement):
    response = client.post(f"/s/{statement.slug}/endorse/individual", INDIVIDUAL)
    assert response.status_code == 302
    confirmations_send_due()
    assert "ana@example.org" in mail.outbox[0].to
    link = re.search(r"http://\S+/e/confirm/(\S+)", mail.outbox[0].body).group(1)
    assert "Ana María López" not in client.get(f"/s/{statement.slug}/").content.decode()
    assert client.get(f"/e/confirm/{link}").status_code == 200  # a button, nothing confirmed
    assert Endorsement.objects.get().status == "awaiting_confirmation"
    client.post(f"/e/confirm/{link}")
    page = client.get(f"/s/{statement.slug}/").content.decode()
    assert "Ana María López" in page and "Press union" in page
    assert "ana@example.org" not in page


def test_bad_input_is_explained_in_the_language_and_changes_nothing(client, statement):
    response = client.post(
        f"/s/{statement.slug}/endorse/individual",
        {**INDIVIDUAL, "email": "not-an-address", "country": "XX", "name": "A\u202eB"},
        headers={"Accept-Language": "es"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert 'lang="es"' in page
    assert "correo electrónico válid" in page
    assert not Endorsement.objects.exists()


def test_ten_megabyte_fields_are_refused(client, statement):
    response = client.post(
        f"/api/v1/statements/{statement.slug}/endorsements",
        json.dumps({**INDIVIDUAL, "kind": "individual", "name": "x" * 10_000_000}),
        content_type="application/json",
    )
    assert response.status_code == 413
    assert not Endorsement.objects.exists()


def test_public_list_counts_and_withheld_names(client, statement):
    confirmed(statement, 3)
    confirmed(statement, 2, display="withheld", prefix="Hidden")
    body = client.get(f"/api/v1/statements/{statement.slug}/endorsements").json()
    assert body["counts"] == {"organizations": 0, "individuals": 5, "withheld": 2}
    names = [i["display_name"] for i in body["individuals"]]
    assert names == ["Person 000", "Person 001", "Person 002"]
    assert "email" not in json.dumps(body) and "Hidden" not in json.dumps(body)
    page = client.get(f"/s/{statement.slug}/").content.decode()
    assert "Hidden" not in page and "2 names withheld" in page


def test_pages_and_sorting(client, statement):
    confirmed(statement, 55)
    first = client.get(f"/api/v1/statements/{statement.slug}/endorsements").json()
    assert len(first["individuals"]) == 50 and first["next"] == 2
    second = client.get(f"/api/v1/statements/{statement.slug}/endorsements?page=2").json()
    assert len(second["individuals"]) == 5 and second["next"] is None
    by_country = client.get(
        f"/api/v1/statements/{statement.slug}/endorsements?sort=country"
    ).json()["individuals"]
    countries = [i["country"] for i in by_country]
    assert countries == sorted(countries)
    page = client.get(f"/s/{statement.slug}/?people=2&sort=country").content.decode()
    assert "Page 2 of 2" in page
    # The first page's "Next" link carries a cursor; following it gives page 2.
    first = client.get(f"/s/{statement.slug}/").content.decode()
    link = re.search(r'href="\?people=2&amp;people_after=([^&]+)&amp;sort=name', first)
    assert link is not None
    second = client.get(f"/s/{statement.slug}/?people=2&people_after={link[1]}").content.decode()
    assert "Page 2 of 2" in second and "Person 054" in second and "Person 000" not in second


def test_page_view_does_not_count_rows(client, statement, django_assert_max_num_queries):
    confirmed(statement, 5)
    with django_assert_max_num_queries(12) as captured:
        client.get(f"/s/{statement.slug}/")
    assert not [q for q in captured.captured_queries if "COUNT(" in q["sql"].upper()]


def test_no_page_loads_anything_from_another_origin(client, statement):
    response = client.get(f"/s/{statement.slug}/")
    page = response.content.decode()
    assert not re.findall(r"""(?:src|href)=["']https?://""", page)
    assert "default-src 'self'" in response["Content-Security-Policy"]
    # The one script (the bot check's solver) is ours, from a file: nothing inline.
    assert re.findall(r"<script[^>]*>", page) == [
        '<script src="/static/solidarity/proof-of-work.js" defer>'
    ]


def test_arabic_pages_are_right_to_left(client, statement):
    page = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "ar"}).content.decode()
    assert '<html lang="ar" dir="rtl">' in page


def test_organisation_is_found_by_any_of_its_names(client, statement, organization):
    references = ["Workers Solidarity League", "노동자연대", "wsl", organization.slug]
    for number, reference in enumerate(references):
        response = client.post(
            f"/s/{statement.slug}/endorse/organization",
            {
                "organization": reference,
                "signer_name": "Kim",
                "signer_role": "Secretary",
                "email": f"signer{number}@workers.example",
            },
        )
        assert response.status_code == 302, reference
    assert set(Endorsement.objects.values_list("organization", flat=True)) == {organization.pk}


def test_unknown_organisation_asks_for_a_description(client, statement):
    response = client.post(
        f"/s/{statement.slug}/endorse/organization",
        {
            "organization": "Nobody Here",
            "signer_name": "Kim",
            "signer_role": "Secretary",
            "email": "kim@example.org",
        },
    )
    assert response.status_code == 400
    assert "describe yours below" in response.content.decode()
    assert not Endorsement.objects.exists()


def test_country_names_follow_the_page_language(client, statement):
    spanish = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "es"})
    assert "Corea del Sur" in spanish.content.decode()
    english = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "en"})
    assert "South Korea" in english.content.decode()


def test_statement_page_ids_are_unique_and_the_stylesheet_is_served(client, statement):
    page = client.get(f"/s/{statement.slug}/").content.decode()
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', page).group(1)
    assert client.get(stylesheet).status_code == 200


def test_unknown_statement_page_is_a_friendly_404_in_the_language(client, db):
    response = client.get("/s/no-such-statement/", headers={"Accept-Language": "ar"})
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_a_ten_megabyte_form_post_is_refused_in_the_language(client, statement):
    response = client.post(
        f"/s/{statement.slug}/endorse/individual",
        {**INDIVIDUAL, "name": "x" * 10_000_000},
        headers={"Accept-Language": "es"},
    )
    assert response.status_code == 400
    assert 'lang="es"' in response.content.decode()
    assert not Endorsement.objects.exists()


def test_a_refused_form_keeps_the_chosen_countries(client, statement):
    response = client.post(
        f"/s/{statement.slug}/endorse/organization",
        {
            "org_name": "Sindicato",
            "org_countries": ["UY", "AR"],
            "signer_name": "",
            "signer_role": "",
            "email": "x@example.org",
        },
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert '<option value="UY" selected>' in page and '<option value="AR" selected>' in page
    assert 'name="org_countries"' in page and " multiple" in page


def test_a_form_without_its_csrf_token_is_refused_and_explained(statement):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/s/{statement.slug}/endorse/individual", INDIVIDUAL, headers={"Accept-Language": "ru"}
    )
    assert response.status_code == 403
    assert '<html lang="ru"' in response.content.decode()
    assert not Endorsement.objects.exists()
