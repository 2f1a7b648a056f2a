"""People versus organisations, from the name and its neighbours."""

import pytest

from solidarity.imports.extract.entries import parse_entry
from solidarity.imports.extract.names import classify_kind


@pytest.mark.parametrize(
    "name",
    [
        "Anuna de Wever van der Heyden",
        "Michael von der Schulenburg",
        "Mansour Haddad",
        "Ana Greenwood",
        "Tom Newsome",
        "Laura de la Fuente",
        "JUAN PÉREZ",
        "DUPONT Jeanne",
        "김민준",
        "محمد علي",
    ],
)
def test_people_whose_names_look_a_little_like_organisations(name):
    assert classify_kind(name) == "individual"


@pytest.mark.parametrize(
    "name",
    [
        "Harbour Workers Union",
        "Green Party of England",
        "Партия левых сил",
        "Confédération générale du travail",
        "노동자연대",
        "الاتحاد العام التونسي للشغل",
        "Oxfam GB",
        "KKE",
        "México Unido Contra la Delincuencia",
    ],
)
def test_organisations_by_their_words_acronyms_and_countries(name):
    assert classify_kind(name) == "organization"


def test_person_of_an_organisation():
    entry = parse_entry("Professor Jane Doe of Oxford University", 0)
    assert entry is not None
    assert (entry.name, entry.affiliation, entry.kind) == (
        "Jane Doe",
        "Oxford University",
        "individual",
    )
    entry = parse_entry("Peter Brandt from Germany", 0)
    assert entry is not None
    assert (entry.name, entry.countries) == ("Peter Brandt", ["DE"])


def test_heading_words_in_capitals_match_without_their_accents():
    from solidarity.imports.extract.lexicon import PEOPLE_HEADINGS

    assert "ΠΡΟΣΩΠΙΚΟΤΗΤΕΣ" in PEOPLE_HEADINGS
    assert "PERSONNALITÉS" in PEOPLE_HEADINGS
    assert "PERSONNALITES" in PEOPLE_HEADINGS
    # In ordinary case a word keeps its accents.
    assert "προσωπικοτητες" not in PEOPLE_HEADINGS


def test_councillor_and_greek_professor_and_father_titles_are_dropped():
    from solidarity.imports.extract.names import strip_honorifics

    assert strip_honorifics("Cllr Maria Lowe") == "Maria Lowe"
    assert strip_honorifics("Cllr. Maria Lowe") == "Maria Lowe"
    assert strip_honorifics("Καθ. Ελένη Σταύρου") == "Ελένη Σταύρου"
    assert strip_honorifics("Πάτερ Νίκος Δημάκης") == "Νίκος Δημάκης"
