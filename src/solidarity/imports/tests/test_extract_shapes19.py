"""List shapes from the rounds of the session of 2026-11-25: telling groups from people.
Every example is invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.givennames import (
    holds_personal_name,
    is_given_name,
    opens_with_given_name,
)
from solidarity.imports.tests.shapes import BODY


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_statement(text).endorsers}


def test_given_names_are_known_in_any_script_case_and_accent():
    assert is_given_name("Lupita") and is_given_name("ΝΙΚΟΣ") and is_given_name("Ігор")
    # Places and particles carry no person, whatever the name lists hold.
    assert not is_given_name("France") and not is_given_name("Van")
    assert holds_personal_name("Ana Kowalczyk") and not holds_personal_name("Wspólna Łąka")
    assert opens_with_given_name("Griet Van Acker")
    assert not opens_with_given_name("Terra e Teto Cabo Verde")


def test_a_person_between_groups_stays_a_person_when_her_name_opens_with_a_given_name():
    text = (
        "Save the riverside\n\n" + BODY + "Signed:\n\n"
        "Riverside Tenants Association\n"
        "Harbour Workers Union\n"
        "Lupita Carrasco\n"
        "Coastal Fishers Cooperative\n"
        "Green Valley Collective\n"
    )
    assert kinds(text)["Lupita Carrasco"] == "individual"


def test_two_words_that_name_nobody_among_groups_are_a_group():
    text = (
        "Ratujmy łąki\n\n" + BODY + "Podpisali:\n\n"
        "Stowarzyszenie Mieszkańców Podgórza\n"
        "Wspólna Łąka\n"
        "Jan Kowalski, nauczyciel\n"
        "Fundacja Zielony Kraków\n"
        "Klub Sportowy Wisełka\n"
        "Spółdzielnia Mieszkaniowa Prokocim\n"
        "Kooperatywa Spożywcza Dobre Pole\n"
    )
    result = kinds(text)
    assert result["Wspólna Łąka"] == "organization"
    assert result["Jan Kowalski"] == "individual"
