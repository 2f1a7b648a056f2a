"""Known general weaknesses of the importer, each with small invented examples."""

import pytest

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.countries import countries_in_name, country_list


def countries_of(text: str) -> dict[str, list[str]]:
    return {e.name: e.countries for e in extract_statement(text).endorsers}


@pytest.mark.parametrize(
    ("written", "codes"),
    [
        ("Turkey", ["TR"]),
        ("Czech Republic", ["CZ"]),
        ("Ivory Coast", ["CI"]),
        ("Burma", ["MM"]),
        ("Macedonia", ["MK"]),
        ("Swaziland", ["SZ"]),
        ("Cape Verde", ["CV"]),
        ("East Timor", ["TL"]),
        ("Palestine", ["PS"]),
        ("Britain", ["GB"]),
        ("Great Britain", ["GB"]),
        ("USA", ["US"]),
        ("U.S.", ["US"]),
        ("U.K.", ["GB"]),
        ("UK", ["GB"]),
        ("South Korea", ["KR"]),
        ("한국", ["KR"]),
        ("남한", ["KR"]),
        ("북한", ["KP"]),
        ("Turkey and Burma", ["TR", "MM"]),
    ],
)
def test_common_country_names_cldr_lacks(written, codes):
    assert country_list(written) == codes


def test_common_country_names_in_a_list():
    text = (
        "Stop the raids\n\nWe stand with the dockers.\n\nSigned:\n\n"
        "Harbour Workers Union – Turkey\nRiver Pilots Association – Ivory Coast\n"
        "Tea Growers Union – Burma\n"
    )
    assert countries_of(text) == {
        "Harbour Workers Union": ["TR"],
        "River Pilots Association": ["CI"],
        "Tea Growers Union": ["MM"],
    }


def kinds_of(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_statement(text).endorsers}


def test_a_person_with_role_and_organisation_under_an_organisations_heading():
    text = (
        "Stop the raids\n\nWe stand with the dockers.\n\nOrganisations:\n\n"
        "Harbour Workers Union\nMaria Costa, secretary, Dock Union\n"
        "Tomasz Nowak, chair, Ferry Crews Association\nRiver Pilots Association\n"
    )
    endorsers = {e.name: e for e in extract_statement(text).endorsers}
    assert endorsers["Maria Costa"].kind == "individual"
    assert endorsers["Maria Costa"].affiliation == "secretary, Dock Union"
    assert endorsers["Tomasz Nowak"].kind == "individual"
    assert endorsers["Harbour Workers Union"].kind == "organization"
    assert endorsers["River Pilots Association"].kind == "organization"


def test_organisation_named_after_a_place_beside_organisations():
    text = (
        "Stop the raids\n\nWe stand with the dockers.\n\nSigned:\n\n"
        "Harbour Workers Union\nSeebrücke Berlin\nSolidaires Bruxelles\n"
        "River Pilots Association\nFerry Crews Association\n"
    )
    assert kinds_of(text) == {
        "Harbour Workers Union": "organization",
        "Seebrücke Berlin": "organization",
        "Solidaires Bruxelles": "organization",
        "River Pilots Association": "organization",
        "Ferry Crews Association": "organization",
    }


def test_people_named_like_places_stay_people_among_people():
    text = (
        "Stop the raids\n\nWe stand with the dockers.\n\nSigned:\n\n"
        "Ana Lima\nJordan Peterson\nMaria Costa\nTomasz Nowak\n"
    )
    assert set(kinds_of(text).values()) == {"individual"}


def test_a_person_with_a_post_beside_organisations_stays_a_person():
    text = (
        "Stop the raids\n\nWe stand with the dockers.\n\nSigned:\n\n"
        "Harbour Workers Union\nAna Lima, secretary, Dock Union\n"
        "River Pilots Association\nFerry Crews Association\n"
    )
    assert kinds_of(text)["Ana Lima"] == "individual"


def test_amman_is_not_oman():
    # عمّان (Amman, with its shadda) is spelled apart from عُمان (Oman).
    assert country_list("عمّان") is None
    assert country_list("عُمان") == ["OM"]


def test_a_city_named_like_a_country_elsewhere_counts_only_alone():
    # Unvocalised عمان is Amman as often as Oman: inside a name it is a city, in a
    # country position on its own it is the country.
    assert countries_in_name("اتحاد عمال عمان") == []
    assert country_list("عمان") == ["OM"]
    # Where the city is in the country it names, nothing is in doubt.
    assert countries_in_name("Sindicato de Cuba") == ["CU"]
    assert countries_in_name("Singapore Dock Workers Union") == ["SG"]
    assert countries_in_name("Kuwait Teachers Society") == ["KW"]


def test_an_arabic_list_with_amman():
    text = (
        "بيان\n\nنحن نقف مع عمال الموانئ في كل مكان ونطالب بالإفراج عنهم فورا.\n\n"
        "الموقعون:\n\nاتحاد عمال الموانئ – عُمان\nرابطة الصحفيين (عمّان)\n"
    )
    assert countries_of(text) == {"اتحاد عمال الموانئ": ["OM"], "رابطة الصحفيين": []}


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Alman Sendikalar Konfederasyonu", ["DE"]),
        ("Rus Gazeteciler Birliği", ["RU"]),
        ("Fransız Öğretmenler Sendikası", ["FR"]),
        ("İspanyol Liman İşçileri Derneği", ["ES"]),
        ("Yunan Denizciler Sendikası", ["GR"]),
        ("Roman Catholic Workers Association", []),
        ("Roman Yazarları Derneği", []),
    ],
)
def test_turkish_country_adjectives(name, codes):
    assert countries_in_name(name) == codes
