import json
from importlib import import_module

import pytest
from django.apps import apps
from hypothesis import given
from hypothesis import strategies as st

from solidarity.endorsements.models import Endorsement
from solidarity.endorsements.services import endorsement_confirm, endorsement_submit_organization
from solidarity.endorsements.tokens import endorsement_token
from solidarity.organizations.models import Organization
from solidarity.organizations.names import mixed_script_words, search_key, skeleton
from solidarity.organizations.selectors import organization_find, organization_search
from solidarity.organizations.services import organization_create


def test_search_key_ignores_case_and_accents_but_keeps_scripts():
    assert search_key("Movimiento Obrero Unído") == search_key("movimiento obrero unido")
    assert search_key("  MOVIMIENTO   Obrero ") == "movimiento obrero"
    assert search_key("노동자연대") == "노동자연대"
    assert search_key("Ένωση Εργατών") == search_key("ΕΝΩΣΗ ΕΡΓΑΤΩΝ")


@given(st.text(max_size=40))
def test_search_key_is_idempotent(text):
    assert search_key(search_key(text)) == search_key(text)


@pytest.mark.parametrize(("written", "key"), [("㎴", "pv"), ("Ⅻ Congress", "xii congress")])
def test_compatibility_characters_fold_to_the_key_of_what_they_stand_for(written, key):
    # "㎴" decomposes to "pV": folding before decomposing left a capital in the key.
    assert search_key(written) == key == search_key(key)


@pytest.mark.parametrize(
    ("name", "suspicious"),
    [
        ("W\u043erkers Solidarity League", ["W\u043erkers"]),  # Cyrillic о inside Latin
        ("Workers Solidarity League", []),
        ("노동자연대 Workers Solidarity", []),  # two scripts, one per word
        ("Ένωση Εργατών 2024", []),
        ("Союз рабочих", []),
    ],
)
def test_words_mixing_scripts_are_found(name, suspicious):
    assert mixed_script_words(name) == suspicious


def test_look_alikes_share_a_skeleton():
    assert skeleton("W\u043erkers S\u043elidarity") == skeleton("Workers Solidarity")
    assert skeleton("Workers Solidarity") != skeleton("Workers Unity")


def test_organisations_are_found_by_any_name_in_any_case_and_accent(organization, editor):
    other = organization_create(
        acting_user=editor,
        name="Movimiento Obrero Unído",
        alt_names=["United Workers Movement"],
        kind="union",
        countries=["AR"],
    )
    assert organization_search(query="노동자연대") == [organization]
    assert organization_search(query="workers solidarity") == [organization]
    assert organization_search(query="movimiento obrero unido") == [other]
    assert organization_search(query="UNITED workers") == [other]
    assert organization_search(query="wsl") == [organization]
    assert organization_search(query="   ") == []
    assert organization_find(reference="MOVIMIENTO OBRERO UNIDO") == other


def test_a_look_alike_of_a_verified_organisation_is_flagged(organization, editor):
    Organization.objects.filter(pk=organization.pk).update(verified=True)
    impostor = organization_create(
        acting_user=editor, name="W\u043erkers Solidarity League", kind="union", countries=["KR"]
    )
    kinds = sorted(w["kind"] for w in impostor.name_warnings)
    assert kinds == ["looks_like", "mixed_script"]
    assert {"kind": "looks_like", "slug": organization.slug, "name": organization.name} in (
        impostor.name_warnings
    )
    honest = organization_create(
        acting_user=editor, name="Workers Unity Front", kind="union", countries=["KR"]
    )
    assert honest.name_warnings == []


def test_the_api_reports_name_warnings(api, organization):
    Organization.objects.filter(pk=organization.pk).update(verified=True)
    response = api.post(
        "/api/v1/organizations",
        json.dumps(
            {"name": "Workers S\u043elidarity League", "kind": "union", "countries": ["KR"]}
        ),
        content_type="application/json",
    )
    assert response.status_code == 201
    assert {w["kind"] for w in response.json()["name_warnings"]} == {"looks_like", "mixed_script"}


def test_moderators_see_the_warning_in_the_queue(client, editor, statement, organization):
    Organization.objects.filter(pk=organization.pk).update(verified=True)
    endorsement_submit_organization(
        statement=statement,
        signer_name="Mallory",
        signer_role="Secretary",
        email="mallory@example.org",
        proposed_organization={
            "name": "W\u043erkers Solidarity League",
            "alt_names": [],
            "countries": ["KR"],
            "kind": "union",
            "parent": "",
        },
    )
    endorsement = Endorsement.objects.get()
    endorsement_confirm(token=endorsement_token(endorsement.public_id))
    client.force_login(editor)
    page = client.get(f"/manage/statements/{statement.slug}/moderation").content.decode()
    assert "mixes letters of several scripts" in page
    assert "looks like that of the verified organisation" in page


def test_stored_keys_folded_the_old_way_are_folded_again(editor):
    refold = import_module("solidarity.organizations.migrations.0004_refold_name_keys").refold
    organization = organization_create(
        acting_user=editor, name="Harbour™ Workers", kind="union", countries=["GB"]
    )
    Organization.objects.filter(pk=organization.pk).update(name_key="harbourTM workers")
    refold(apps, None)
    organization.refresh_from_db()
    assert organization.name_key == search_key("Harbour™ Workers") == "harbourtm workers"
