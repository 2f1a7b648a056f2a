"""List shapes from the rounds of 2026-11-25. Every example is invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.tests.shapes import BODY


def test_affiliates_sharing_one_word_with_their_federation_stay_its_affiliates():
    text = (
        "Stop the evictions\n\n" + BODY + "Signed:\n\n"
        "World Alliance of Street Traders (WAST) and its affiliates:\n"
        "Coastal Market Traders Union – Kenya\n"
        "Harbour Hawkers' Association – Ghana\n"
        "Hill Vendors Collective – Nepal\n"
    )
    parents = [(e.name, e.parent) for e in extract_statement(text).endorsers]
    alliance = "World Alliance of Street Traders"
    assert parents == [
        (alliance, None),
        ("Coastal Market Traders Union", alliance),
        ("Harbour Hawkers' Association", alliance),
        ("Hill Vendors Collective", alliance),
    ]
