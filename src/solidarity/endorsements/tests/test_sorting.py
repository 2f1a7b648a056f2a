"""Endorser lists sort the way a reader of the page's language expects."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django_countries import countries

from solidarity.core.collation import sorted_for_language
from solidarity.endorsements import selectors
from solidarity.endorsements.models import Endorsement, EndorsementKind
from solidarity.endorsements.selectors import endorser_page
from solidarity.endorsements.services import endorsement_confirm, endorsement_submit_individual
from solidarity.endorsements.tokens import endorsement_token

NAMES = [
    "Zoe Adams",
    "Ángela Ruiz",
    "alberto Sanz",
    "Émile Zola",
    "Ірина Коваль",
    "Євген Мороз",
    "Жанна Бойко",
    "Яна Шевчук",
    "Άλκηστη Παππά",
    "Ωραία Νίκη",
    "김민수",
    "노동자",
    "中村",
    "ليلى حسن",
]


def endorse(statement, names, countries=("ES",)):
    for number, name in enumerate(names):
        endorsement_submit_individual(
            statement=statement,
            name=name,
            email=f"s{number}@example.org",
            country=countries[number % len(countries)],
            display="full",
        )
    for endorsement in Endorsement.objects.filter(statement=statement):
        endorsement_confirm(token=endorsement_token(endorsement.public_id))


def page_of(statement, language, sort, **position):
    return endorser_page(
        statement=statement,
        kind=EndorsementKind.INDIVIDUAL,
        sort=sort,
        language=language,
        page_size=3,
        **position,
    )


def listed(client, statement, language, sort="name"):
    response = client.get(
        f"/api/v1/statements/{statement.slug}/endorsements?sort={sort}",
        headers={"Accept-Language": language},
    )
    return [row["display_name"] for row in response.json()["individuals"]]


def test_names_sort_ignoring_case_and_accents(client, statement):
    endorse(statement, ["Zoe Adams", "Ángela Ruiz", "alberto Sanz", "Émile Zola"])
    assert listed(client, statement, "en") == [
        "alberto Sanz",
        "Ángela Ruiz",
        "Émile Zola",
        "Zoe Adams",
    ]


def test_each_language_puts_its_own_script_first(client, statement):
    endorse(statement, NAMES)
    latin = ["alberto Sanz", "Ángela Ruiz", "Émile Zola", "Zoe Adams"]
    greek = ["Άλκηστη Παππά", "Ωραία Νίκη"]
    # Ukrainian Є and І sort among the letters they belong to, not after Я.
    cyrillic = ["Євген Мороз", "Жанна Бойко", "Ірина Коваль", "Яна Шевчук"]
    arabic = ["ليلى حسن"]
    korean = ["김민수", "노동자", "中村"]
    assert listed(client, statement, "en") == latin + greek + cyrillic + arabic + korean
    assert listed(client, statement, "uk") == cyrillic + latin + greek + arabic + korean
    assert listed(client, statement, "el") == greek + latin + cyrillic + arabic + korean
    assert listed(client, statement, "ar") == arabic + latin + greek + cyrillic + korean
    assert listed(client, statement, "ko") == korean + latin + greek + cyrillic + arabic


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_database_order_matches_python_order(client, statement, language):
    endorse(statement, NAMES)
    assert listed(client, statement, language) == sorted_for_language(NAMES, language, key=str)


def test_countries_sort_by_their_name_in_the_readers_language(client, statement):
    endorse(statement, ["Ana", "Bea", "Cai", "Dan"], countries=("ES", "KR", "DE", "FR"))
    # Spain, South Korea, Germany, France in English; Espagne, Corée du Sud…
    assert listed(client, statement, "en", sort="country") == ["Dan", "Cai", "Bea", "Ana"]
    assert listed(client, statement, "fr", sort="country") == ["Cai", "Bea", "Ana", "Dan"]
    assert listed(client, statement, "de", sort="country") == ["Cai", "Dan", "Ana", "Bea"]


def test_statement_page_sorts_for_its_reader(client, statement):
    endorse(statement, ["Zoe Adams", "Яна Шевчук"])
    english = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "en"})
    russian = client.get(f"/s/{statement.slug}/", headers={"Accept-Language": "ru"})
    english_page, russian_page = english.content.decode(), russian.content.decode()
    assert english_page.index("Zoe Adams") < english_page.index("Яна Шевчук")
    assert russian_page.index("Яна Шевчук") < russian_page.index("Zoe Adams")


@pytest.mark.parametrize("language", ["en", "ru", "ko", "ar", "fr"])
@pytest.mark.parametrize("sort", ["name", "country"])
@pytest.mark.parametrize("landmark_every", [selectors.LANDMARK_EVERY, 2])
def test_pages_walk_the_whole_order_without_gaps(
    statement, language, sort, landmark_every, monkeypatch
):
    # Every second row a landmark: deep pages start from one, as in a long list.
    monkeypatch.setattr(selectors, "LANDMARK_EVERY", landmark_every)
    endorse(statement, NAMES, countries=("ES", "KR", "UA", "", "FR"))
    statement.refresh_from_db()
    walked, page = [], 1
    while True:
        result = page_of(statement, language, sort, page=page)
        walked += [row.public_name for row in result.items]
        if not result.has_next:
            break
        page += 1
    assert page == result.pages == 5
    expected = sorted_for_language(NAMES, language, key=str)
    if sort == "country":
        rows = {row.public_name: row.country.code for row in Endorsement.objects.all()}
        with translation.override(language):
            order = sorted_for_language(
                {code for code in rows.values() if code}, language, key=countries.name
            )
        expected = [name for code in [*order, ""] for name in expected if rows[name] == code]
    assert walked == expected


def _walk(statement, language, sort):
    forward, result = [], page_of(statement, language, sort)
    pages = [result]
    while True:
        forward += [row.public_name for row in result.items]
        if not result.has_next:
            break
        result = page_of(statement, language, sort, after=result.next_cursor)
        pages.append(result)
    backward, result = [], pages[-1]
    while True:
        backward = [row.public_name for row in result.items] + backward
        if not result.has_previous:
            break
        result = page_of(statement, language, sort, before=result.previous_cursor)
    return forward, backward, len(pages)


@pytest.mark.parametrize("language", ["en", "ru", "ko"])
@pytest.mark.parametrize("sort", ["name", "country"])
def test_cursor_links_walk_the_same_order_both_ways(statement, language, sort):
    endorse(statement, NAMES, countries=("ES", "KR", "UA", "", "FR"))
    statement.refresh_from_db()
    by_number = []
    for page in range(1, 6):
        by_number += [
            row.public_name for row in page_of(statement, language, sort, page=page).items
        ]
    forward, backward, pages = _walk(statement, language, sort)
    assert forward == backward == by_number and len(forward) == len(NAMES) and pages == 5


def test_a_malformed_cursor_reads_the_first_page(client, statement):
    endorse(statement, NAMES)
    first = client.get(f"/api/v1/statements/{statement.slug}/endorsements").json()
    odd = client.get(
        f"/api/v1/statements/{statement.slug}/endorsements?people_after=x.'--.1"
    ).json()
    assert odd["individuals"] == first["individuals"]
    assert first["people_next"] is None  # one page of 14 names


def test_a_country_new_since_the_tally_is_listed_last_not_lost(client, statement):
    endorse(statement, ["Ana", "Bea"], countries=("ES", "FR"))
    assert listed(client, statement, "en", sort="country") == ["Bea", "Ana"]  # tally cached
    endorsement_submit_individual(
        statement=statement, name="Aiko", email="aiko@example.org", country="JP", display="full"
    )
    endorsement_confirm(token=endorsement_token(Endorsement.objects.get(name="Aiko").public_id))
    assert listed(client, statement, "en", sort="country") == ["Bea", "Ana", "Aiko"]


def test_pages_by_number_stay_whole_when_a_country_arrives_after_the_landmarks(
    statement, monkeypatch
):
    monkeypatch.setattr(selectors, "LANDMARK_EVERY", 2)
    names = ["Ana", "Bea", "Carla", "Dora", "Eva", "Flor", "Gala"]
    endorse(statement, names, countries=("ES",))
    statement.refresh_from_db()
    assert page_of(statement, "en", "country", page=2).items  # tally and landmarks cached
    # A country that sorts first arrives: every later segment moves down one place.
    newcomers = ["Zoe", "Yara", "Xenia", "Wanda", "Vera"]
    for name in newcomers:
        endorsement_submit_individual(
            statement=statement, name=name, email=f"{name}@example.org", country="AR",
            display="full",
        )  # fmt: skip
        endorsement = Endorsement.objects.get(name=name)
        endorsement_confirm(token=endorsement_token(endorsement.public_id))
    statement.refresh_from_db()
    cache.delete(f"endorser-countries:{statement.pk}:{EndorsementKind.INDIVIDUAL}")  # expired
    walked, page = [], 1
    while True:
        result = page_of(statement, "en", "country", page=page)
        walked += [row.public_name for row in result.items]
        if not result.has_next:
            break
        page += 1
    assert walked == sorted(newcomers) + names
