"""Dates in the shipped languages, with month names from CLDR."""

import pytest

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.dates import find_date


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("March 13, 2022", "2022-03-13"),
        ("Feb 26th, 2022", "2022-02-26"),
        ("2 mar 2022, 10:58", "2022-03-02"),
        ("13 de marzo de 2022", "2022-03-13"),
        ("13 de março de 2022", "2022-03-13"),
        ("le 3 février 2022", "2022-02-03"),
        ("13. Juli 2012", "2012-07-13"),
        ("1 marzo 2018 | 15:14", "2018-03-01"),
        ("13 марта 2022 г.", "2022-03-13"),
        ("13 березня 2022", "2022-03-13"),
        ("14 Ιουνίου 2012", "2012-06-14"),
        ("13 Mart 2022", "2022-03-13"),
        ("13 مارس 2022", "2022-03-13"),
        ("2022년 3월 13일", "2022-03-13"),
        ("2022-03-13", "2022-03-13"),
        ("13.03.2022", "2022-03-13"),
    ],
)
def test_full_dates_in_any_language(written, iso):
    found = find_date(written)
    assert found is not None
    assert found[0] == iso


@pytest.mark.parametrize("written", ["Wednesday 18 October", "Ende März 2012", "31 February 2022"])
def test_no_date_without_day_month_and_year(written):
    assert find_date(written) is None


def test_news_item_opening_with_a_short_numeric_date():
    text = "21-01-26.-Esta declaración es de la Coordinadora de Vecinos, que llama a marchar."
    assert extract_statement(text).date == "2026-01-21"


def test_byline_date_wins_over_dates_in_the_body():
    text = (
        "Open letter on the port strike\n\n"
        "Harbour Committee 4 May 2023\n\n"
        "In a letter sent on January 22nd, 2003 and again on 1 March 2010, we asked the port "
        "authority to recognise the union and to stop the lockouts that began in the winter.\n"
    )
    assert extract_statement(text).date == "2023-05-04"


def test_photo_caption_date_is_not_the_statement_date():
    text = (
        "No to the eviction of the market\n\n"
        "Rally at the market gates, Feb 26th, 2022\n"
        "Photo: Harbour Press\n\n"
        "We, the undersigned, oppose the eviction of the traders from the old market hall and "
        "ask the council to withdraw its decision.\n"
    )
    assert extract_statement(text).date is None


def test_date_only_inside_a_long_paragraph_is_not_taken():
    text = (
        "A call for unity\n\n"
        "We met in Lisbon and, after the congress of 12 December 2002, the groups decided to "
        "work together on a common platform for the struggles of the coming years.\n"
    )
    assert extract_statement(text).date is None


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2023. 3. 14.", "2023-03-14"),
        ("١٤ آذار ٢٠٢٣", "2023-03-14"),
        ("14 de setiembre de 2021", "2021-09-14"),
    ],
)
def test_regional_month_names_and_forms(written, iso):
    found = find_date(written)
    assert found is not None
    assert found[0] == iso


def test_the_statements_own_date_wins_over_the_pages_publication_date():
    text = (
        "No to the strike ban\n"
        "Published 15 March 2023\n\n"
        "We call on all unions to resist the ban on strikes in the ports and railways, and to "
        "organise solidarity with every worker who defies it.\n\n"
        "Athens, 12 March 2023\n"
    )
    assert extract_statement(text).date == "2023-03-12"
    only_published = text.replace("Athens, 12 March 2023\n", "")
    assert extract_statement(only_published).date == "2023-03-15"


@pytest.mark.parametrize(
    ("posted", "signed", "iso"),
    [
        ("Publié le 31 octobre 2026", "Thiès, le 30 octobre 2026", "2026-10-30"),
        ("15.10.2026 | Aktuelles", "Nordtal, 14. Oktober 2026", "2026-10-14"),
        ("Κυριακή, 8 Νοεμβρίου 2026", "Λάρισα, 7 Νοεμβρίου 2026", "2026-11-07"),
    ],
)
def test_the_signing_dateline_over_the_page_date(posted, signed, iso):
    text = (
        f"Weavers' Solidarity\n\n{posted}\n\n"
        "We stand together with the weavers of the Riverside mills, who have been on strike "
        "for three weeks against the closure of their workshops.\n\n"
        f"{signed}\n\nHarbour Workers Union\nGreen Valley Tenants Association\n"
    )
    assert extract_statement(text).date == iso
