"""List shapes from the nineteenth held-out round. Every example is invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.tests.shapes import BODY


def test_an_issuer_and_the_following_affiliated_unions():
    text = (
        "Joint statement\n\n" + BODY + "Issued by the Congress of Coastal Workers and the "
        "following affiliated unions:\n\n"
        "General Transport Workers' Union (GTWU)\nTeachers Union of the Coast (TUC)\n"
    )
    congress = "Congress of Coastal Workers"
    assert [(e.name, e.parent) for e in extract_statement(text).endorsers] == [
        (congress, None),
        ("General Transport Workers' Union", congress),
        ("Teachers Union of the Coast", congress),
    ]


def test_two_internationals_each_with_its_national_sections():
    text = (
        "Dichiarazione congiunta\n\n" + BODY + "Firmatari:\n"
        "RSL – Rete Sindacale della Logistica e i sindacati affiliati:\n"
        "SLT – Sindicato de la Logística (Spagna)\n"
        "LTU – Lagerarbeiter*innen- und Transportunion (Germania)\n\n"
        "ITL – International Transport and Logistics Network e le sue sezioni nazionali:\n"
        "ITL-Maroc – Syndicat National de la Logistique (Marocco)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.parent) for e in endorsers] == [
        ("Rete Sindacale della Logistica", None),
        ("Sindicato de la Logística", "Rete Sindacale della Logistica"),
        ("Lagerarbeiter*innen- und Transportunion", "Rete Sindacale della Logistica"),
        ("International Transport and Logistics Network", None),
        ("Syndicat National de la Logistique", "International Transport and Logistics Network"),
    ]
