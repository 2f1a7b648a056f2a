"""Countries from headings, suffixes, parentheses and the organisation's own name."""

import pytest

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.countries import countries_in_name, country_list


def countries_of(text: str) -> dict[str, list[str]]:
    return {e.name: e.countries for e in extract_statement(text).endorsers}


@pytest.mark.parametrize(
    ("written", "codes"),
    [
        ("Brasil", ["BR"]),
        ("México", ["MX"]),
        ("Mexico", ["MX"]),
        ("Estados Unidos y Australia", ["US", "AU"]),
        ("Deutschland", ["DE"]),
        ("Россия", ["RU"]),
        ("Україна", ["UA"]),
        ("Ελλάδα", ["GR"]),
        ("Türkiye", ["TR"]),
        ("مصر", ["EG"]),
        ("대한민국", ["KR"]),
        ("UK", ["GB"]),
        ("France, Italia et Portugal", ["FR", "IT", "PT"]),
    ],
)
def test_country_names_in_the_shipped_languages(written, codes):
    assert country_list(written) == codes


@pytest.mark.parametrize("written", ["Europe", "Bohemia & Moravia", "Lucca", "Workers Party"])
def test_places_that_are_not_countries(written):
    assert country_list(written) is None


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Communist Party of Norway", ["NO"]),
        ("Belgian Workers Party", ["BE"]),
        ("Brazilian Communist Party", ["BR"]),
        ("Argentine Workers Current", ["AR"]),
        ("Конфедерация труда России", ["RU"]),
        ("Κομμουνιστικό Κόμμα Ελλάδας", ["GR"]),
        ("Oxfam GB", ["GB"]),
        ("Grupo Obrero (CI)", []),
        ("International Socialist Tendency", []),
    ],
)
def test_countries_an_organisation_name_states(name, codes):
    assert countries_in_name(name) == codes


def test_suffixes_parentheses_and_headings():
    text = (
        "A statement for peace\n\nWe stand for peace.\n\n"
        "Signatories:\n"
        "Liga Obrera – Uruguay\n"
        "Frente Popular, Paraguay\n"
        "Unión Campesina (Bolivia)\n"
        "Ελλάδα\n"
        "Εργατικό Κέντρο Πειραιά\n"
    )
    assert countries_of(text) == {
        "Liga Obrera": ["UY"],
        "Frente Popular": ["PY"],
        "Unión Campesina": ["BO"],
        "Εργατικό Κέντρο Πειραιά": ["GR"],
    }


def test_people_named_like_places_are_people_without_a_country():
    text = (
        "Appello per la pace\n\nChiediamo la pace.\n\n"
        "Firmatari:\n"
        "Guadalupe Simões\n"
        "Franco Bellini\n"
        "Jordan Mbeki\n"
    )
    for endorser in extract_statement(text).endorsers:
        assert endorser.kind == "individual"
        assert endorser.countries == []


def test_a_nationality_before_a_person_is_their_country():
    text = (
        "Climate letter\n\nThe open letter was signed by thousands. "
        "Also signing were the singer Maya Lund, the Italian Paolo Rinaldi and "
        "the actor Sam Okoye.\n"
    )
    found = countries_of(text)
    assert found["Paolo Rinaldi"] == ["IT"]
    assert found["Maya Lund"] == []


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("الاتحاد العام التونسي للشغل", ["TN"]),
        ("الحزب الشيوعي المغربي", ["MA"]),
        ("الحزب الشيوعي", []),
    ],
)
def test_arabic_adjectives_of_countries(name, codes):
    assert countries_in_name(name) == codes


def test_country_headings_without_colons_that_spell_language_codes():
    # "France", "Canada", "Suisse" are runs of two-letter language codes ("fr an ce"),
    # but a word is no line of language links.
    text = (
        "Libérez les défenseurs de la rivière\n\n"
        "Nous demandons la libération immédiate des militants arrêtés pour avoir défendu "
        "la rivière contre la pollution de la mine, et l'abandon de toutes les poursuites.\n\n"
        "Premiers signataires\n\n"
        "Sénégal\n"
        "Collectif Rivière Propre\n"
        "Ligue des Pêcheurs du Fleuve\n\n"
        "France\n"
        "Association Eau Partagée\n"
        "Comité Vallée Solidaire\n\n"
        "Canada\n"
        "Réseau Mines Justes\n"
    )
    found = countries_of(text)
    assert found["Ligue des Pêcheurs du Fleuve"] == ["SN"]
    assert found["Association Eau Partagée"] == ["FR"]
    assert found["Comité Vallée Solidaire"] == ["FR"]
    assert found["Réseau Mines Justes"] == ["CA"]


def test_capital_headings_with_an_international_part_and_a_people_part():
    text = (
        "Όχι στις εξορύξεις στο Αιγαίο\n\n"
        "Ζητούμε από την κυβέρνηση να ανακαλέσει αμέσως τις άδειες έρευνας υδρογονανθράκων "
        "στο Αιγαίο και να προστατεύσει τις θάλασσες και τους ψαράδες των νησιών μας.\n\n"
        "ΥΠΟΓΡΑΦΟΥΝ\n\n"
        "ΕΛΛΑΔΑ\n"
        "• Σύλλογος Ψαράδων Νάξου\n"
        "• Περιβαλλοντική Ένωση Σάμου\n\n"
        "ΙΤΑΛΙΑ\n"
        "• Comitato Mare Pulito Bari\n\n"
        "INTERNATIONAL\n"
        "• Aegean Seas Alliance (ASA)\n"
        "• Blue Coast Network\n\n"
        "ΠΡΟΣΩΠΙΚΟΤΗΤΕΣ\n"
        "• Ελένη Σταύρου, βιολόγος\n"
        "• Νίκος Δημάκης, ψαράς, Νάξος\n"
    )
    found = {e.name: e for e in extract_statement(text).endorsers}
    assert "INTERNATIONAL" not in found
    assert found["Σύλλογος Ψαράδων Νάξου"].countries == ["GR"]
    assert found["Comitato Mare Pulito Bari"].countries == ["IT"]
    assert found["Aegean Seas Alliance"].countries == []
    assert found["Blue Coast Network"].countries == []
    assert found["Ελένη Σταύρου"].kind == "individual"
    assert found["Νίκος Δημάκης"].countries == []


def test_kyrgyzstan_by_the_name_it_uses_in_russian():
    assert country_list("Кыргызстан") == ["KG"]
    assert countries_in_name("Союз шахтёров Кыргызстана") == ["KG"]


def test_domestic_and_overseas_parts_of_a_list():
    text = (
        "Stop the ferry closures\n\n"
        "The government of Chile plans to close the island ferries this winter. Workers in "
        "Chile and their allies abroad call on the ministry to keep every line running.\n\n"
        "Signatories:\n\n"
        "[Domestic]\n"
        "Sindicato de Lancheros del Maule\n"
        "Red Isleña de Chiloé\n\n"
        "[Overseas]\n"
        "Harbour Workers Union (Canada)\n"
        "River Ferry Crews Network\n"
    )
    found = countries_of(text)
    assert found["Sindicato de Lancheros del Maule"] == ["CL"]
    assert found["Red Isleña de Chiloé"] == ["CL"]
    assert found["Harbour Workers Union"] == ["CA"]
    assert found["River Ferry Crews Network"] == []


def test_korean_home_heading_gives_the_country_the_text_names():
    text = (
        "이주노동자 차별 중단하라\n\n"
        "한국 정부는 이주노동자의 사업장 변경을 제한하고 있다. 우리는 한국 정부에 이 제도를 "
        "즉각 폐지할 것을 요구한다. 이주노동자도 노동자다.\n\n"
        "참가단체\n\n"
        "[국내]\n"
        "새벽이주노동자센터, 푸른강노동상담소, 다솜이주민연대\n\n"
        "[해외]\n"
        "Migrant Workers Forum (네팔)\n"
        "River Workers Network\n"
        "Lanka Labour Solidarity Centre (스리랑카)\n"
    )
    found = countries_of(text)
    assert found["새벽이주노동자센터"] == ["KR"]
    assert found["Migrant Workers Forum"] == ["NP"]
    assert found["River Workers Network"] == []


@pytest.mark.parametrize(
    "written",
    ["فلسطين", "Palestina", "Palästina", "Палестина", "Filistin", "Παλαιστίνη", "팔레스타인"],
)
def test_palestine_by_its_short_name(written):
    assert country_list(written) == ["PS"]


def test_arabic_country_and_regional_headings_and_an_ev():
    text = (
        "أوقفوا الترحيل\n\n"
        "نحن المنظمات الموقعة أدناه نطالب السلطات بوقف عمليات الترحيل القسري فورًا وضمان "
        "حماية جميع المهاجرين وحقوقهم الأساسية دون أي تمييز أو استثناء.\n\n"
        "الموقعون:\n\n"
        "الأردن:\n"
        "مركز النهضة للدعم القانوني\n\n"
        "فلسطين:\n"
        "اتحاد لجان العمل الطلابي\n\n"
        "منظمات إقليمية:\n"
        "الشبكة العربية للعدالة المناخية\n\n"
        "أوروبا:\n"
        "Rettungsnetz Ostsee e.V. (ألمانيا)\n"
        "Rete Mare Aperto (إيطاليا)\n"
    )
    found = countries_of(text)
    assert found["اتحاد لجان العمل الطلابي"] == ["PS"]
    assert found["الشبكة العربية للعدالة المناخية"] == []
    assert found["Rettungsnetz Ostsee e.V."] == ["DE"]
