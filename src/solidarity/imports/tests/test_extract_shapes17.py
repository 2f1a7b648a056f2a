"""List shapes from the rounds of the third session of 2026-11-24. Every example is
invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.places import is_town
from solidarity.imports.tests.shapes import BODY


def test_towns_a_gazetteer_knows_after_dashes_are_where_the_groups_are():
    text = (
        "Appello\n\n" + BODY + "Hanno sottoscritto l'appello:\n\n"
        "• Lega Contadini Uniti – Foggia\n"
        "• Associazione Campi Aperti – Caserta\n"
        "• Comitato Acqua Pubblica – Ragusa\n"
        "• Rete Solidale Ionica – Taranto\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [e.name for e in endorsers] == [
        "Lega Contadini Uniti",
        "Associazione Campi Aperti",
        "Comitato Acqua Pubblica",
        "Rete Solidale Ionica",
    ]


def test_known_towns_after_commas_in_part_of_a_list_are_where_the_groups_are():
    text = (
        "Port workers' appeal\n\n" + BODY + "Signatories:\n\n"
        "Argentina\nStevedores Union of the South, Rosario\nRiver Pilots Association\n"
        "Brasil\nAssociação dos Conferentes, Paranaguá\nSindicato dos Portuários\n"
        "France\nSyndicat des Lamaneurs Unis, Marseille\nCollectif des Dockers\n"
        "Union des Grutiers\nAmicale des Pointeurs\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers][::2] == [
        ("Stevedores Union of the South", ["AR"]),
        ("Associação dos Conferentes", ["BR"]),
        ("Syndicat des Lamaneurs Unis", ["FR"]),
        ("Union des Grutiers", ["FR"]),
    ]
    assert endorsers[0].alt_names == ["Stevedores Union of the South, Rosario"]


def test_the_gazetteer_knows_towns_by_their_names_in_the_shipped_scripts():
    assert is_town("San Severo")
    assert is_town("Ужгород")
    assert is_town("Λάρισα")
    assert not is_town("Trasporti")
    assert not is_town("Solidarité")
