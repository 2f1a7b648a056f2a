"""List shapes from the tenth held-out round. Every example is invented for this file."""

from solidarity.imports.extract import INDIVIDUAL, ORGANIZATION, extract_statement
from solidarity.imports.tests.shapes import BODY, names


def test_each_signer_with_a_post_and_a_quoted_reason():
    text = (
        "Open letter of scholars for free unions\n\n" + BODY + "Signatories:\n\n"
        "Olena Marchuk\nhistorian, Kyiv Institute of Social Studies\n"
        "Why I signed: «Without free unions there is no free country.»\n\n"
        "Prof. Taras Hrynko\nLviv Polytechnic Academy\n"
        "Why I signed: «Workers should not pay for the war with their rights.»\n\n"
        "Roman Kulyk\nUniversity of Toronto Scarborough (Canada)\n"
        "Why I signed: «Diaspora solidarity matters.»\n\n"
        "Sign the letter | Share\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.affiliation, e.countries) for e in endorsers] == [
        ("Olena Marchuk", INDIVIDUAL, "historian, Kyiv Institute of Social Studies", []),
        ("Taras Hrynko", INDIVIDUAL, "Lviv Polytechnic Academy", []),
        ("Roman Kulyk", INDIVIDUAL, "University of Toronto Scarborough", ["CA"]),
    ]


def test_a_single_issuers_sign_off_is_no_list():
    text = (
        "الاتحاد العام لنقابات عمال الورق\n"
        "بيان صادر عن المجلس التنفيذي للاتحاد العام لنقابات عمال الورق\n\n"
        "عقد المجلس التنفيذي للاتحاد اجتماعه الدوري وناقش أوضاع العمال في المطابع بعد إعلان "
        "إدارة الشركة نيتها صرف مئة وعشرين عاملاً دون دفع التعويضات التي ينص عليها القانون.\n\n"
        "المجلس التنفيذي\n"
        "الاتحاد العام لنقابات عمال الورق\n\n"
        "شارك: فيسبوك | واتساب\n"
    )
    assert names(text) == []


def test_a_grid_of_cards_gives_each_name_its_country_on_the_next_line():
    text = (
        "Manifesto pela justiça climática\n\n" + BODY + "Quem assina\n\n"
        "Coletivo Maré Cheia\nBrasil\n"
        "Asociación Tierra Roja\nParaguai\n"
        "Articulação Ribeirinha do Tapajós\nBrasil\n"
        "Climate Youth Accra\nGana\n"
        "Carregar mais\n\n"
        "Assine o manifesto\n"
        "Nome da organização\nPaís\nE-mail\nEnviar\n\n"
        "Clima Justo © Todos os direitos reservados\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("Coletivo Maré Cheia", ORGANIZATION, ["BR"]),
        ("Asociación Tierra Roja", ORGANIZATION, ["PY"]),
        ("Articulação Ribeirinha do Tapajós", ORGANIZATION, ["BR"]),
        ("Climate Youth Accra", ORGANIZATION, ["GH"]),
    ]


def test_country_headings_each_over_one_name_stay_headings():
    text = (
        "Joint statement\n\n" + BODY + "Signed by:\n\n"
        "Brasil\nColetivo Maré Cheia\nParaguai\nAsociación Tierra Roja\n"
        "Chile\nAsamblea por el Agua\nPerú\nRed Andina del Agua\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Coletivo Maré Cheia", ["BR"]),
        ("Asociación Tierra Roja", ["PY"]),
        ("Asamblea por el Agua", ["CL"]),
        ("Red Andina del Agua", ["PE"]),
    ]


def test_a_party_named_with_and_a_bloc_and_a_footers_links():
    text = (
        "Gemeinsame Erklärung\n\n" + BODY + "Unterzeichnende Parteien\n\n"
        "Schweiz\nParti Solidarité et Gauche\n\n"
        "Portugal\nBloco Popular de Esquerda\n\n"
        "Impressum  Datenschutz\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Parti Solidarité et Gauche", ["CH"]),
        ("Bloco Popular de Esquerda", ["PT"]),
    ]


def test_a_blogs_update_sentence_local_units_and_how_to_join_are_no_signatories():
    text = (
        "Offener Brief: Klimaschutz jetzt!\n\n" + BODY + "Unterzeichnende:\n"
        "– Schulstreik fürs Klima Tirol\n"
        "– Naturjugend Bayern Nord\n"
        "– Secours Fraternel Lyon\n"
        "– Médecins du Quotidien – antenne de Lyon\n\n"
        "UPDATE (12.10.2023): Es haben weitere Organisationen und Personen unterschrieben – "
        "danke! Neue Unterzeichner*innen:\n"
        "– Omas gegen Erderhitzung Tirol\n"
        "– Bergbauernvereinigung Osttirol\n"
        "– Klimastreik Zürich Oberland\n\n"
        "Wer noch unterschreiben will: Kommentar oder Mail an mich.\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind) for e in endorsers] == [
        ("Schulstreik fürs Klima Tirol", ORGANIZATION),
        ("Naturjugend Bayern Nord", ORGANIZATION),
        ("Secours Fraternel Lyon", ORGANIZATION),
        ("Médecins du Quotidien – antenne de Lyon", ORGANIZATION),
        ("Omas gegen Erderhitzung Tirol", ORGANIZATION),
        ("Bergbauernvereinigung Osttirol", ORGANIZATION),
        ("Klimastreik Zürich Oberland", ORGANIZATION),
    ]


def test_a_given_country_over_the_names_and_turkish_group_words():
    text = (
        "Ortak Açıklama: İklim İçin Adalet\n\n" + BODY + "İmzacı kurumlar:\n"
        "Avrupa Türkiyeli Göçmen İşçiler Federasyonu (Almanya)\n"
        "Mimarlar İklim Girişimi\n"
        "Kent Hakkı Ağı\n"
        "Ekoloji Öğrencileri Topluluğu\n"
        "Zeytinliklerin Dostları\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("Avrupa Türkiyeli Göçmen İşçiler Federasyonu", ORGANIZATION, ["DE"]),
        ("Mimarlar İklim Girişimi", ORGANIZATION, []),
        ("Kent Hakkı Ağı", ORGANIZATION, []),
        ("Ekoloji Öğrencileri Topluluğu", ORGANIZATION, []),
        ("Zeytinliklerin Dostları", ORGANIZATION, []),
    ]


def test_a_countrys_section_before_the_sections_own_name():
    text = (
        "Κοινή δήλωση\n\n" + BODY + "Υπογράφουν:\n"
        "– Τμήμα Ελλάδας – Ένωση Ενοικιαστών Πειραιά\n"
        "– Τμήμα Ιταλίας – Unione Inquilini di Lecce\n"
        "– Section France – Union des Locataires de Lille\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Ένωση Ενοικιαστών Πειραιά", ["GR"]),
        ("Unione Inquilini di Lecce", ["IT"]),
        ("Union des Locataires de Lille", ["FR"]),
    ]


def test_a_paragraph_opening_with_a_signing_word_adds_signatories_beside_the_list():
    text = (
        "Ni un despido más\n\n" + BODY + "¡Abajo el ajuste!\n\n"
        "Adhieren a esta declaración la Federación de Trabajadores de la Pesca del Chubut; "
        "el Sindicato Único de Recolectores de Durazno; la Asociación de Docentes Rurales de "
        "Rocha; y el Colectivo Feminista Las Pibas del Sur.\n\n"
        "Firman:\nCentral de Trabajadores Rurales\nSindicato Metalúrgico de Rosario\n"
    )
    assert sorted(names(text)) == sorted(
        [
            "Federación de Trabajadores de la Pesca del Chubut",
            "Sindicato Único de Recolectores de Durazno",
            "Asociación de Docentes Rurales de Rocha",
            "Colectivo Feminista Las Pibas del Sur",
            "Central de Trabajadores Rurales",
            "Sindicato Metalúrgico de Rosario",
        ]
    )


def test_a_three_part_semicolon_run_drops_its_articles_and_its_and():
    text = (
        "Ni un despido más\n\n" + BODY + "Adhieren a esta declaración la Federación de "
        "Trabajadores de la Pesca del Chubut; el Sindicato Único de Recolectores de Salto; y el "
        "Colectivo Feminista Las Pibas.\n\nFirman:\nCentral de Trabajadores Rurales\n"
        "Sindicato Metalúrgico de Rosario\n"
    )
    assert "Colectivo Feminista Las Pibas" in names(text)
    assert "Sindicato Único de Recolectores de Salto" in names(text)


def test_a_date_line_above_a_photo_credit_or_with_the_pages_links_dates_the_page():
    dated_over_credit = (
        "Öğretmenlerle dayanışma\n26 Kasım 2024 - 13:05 | Haber Merkezi\n\n"
        "Fotoğraf: Deniz Aslan\n\n" + BODY + "İmzacılar:\nEğitim Sendikası\nÖğretmenler Derneği\n"
    )
    dated_with_links = (
        "Solidarity with the textile strikers\n"
        "Published: 14 March 2025 | Category: International solidarity | Print | Email\n\n"
        + BODY
        + "Signed:\nTextile Workers Union\nGarment Workers Federation\n"
    )
    assert extract_statement(dated_over_credit).date == "2024-11-26"
    assert extract_statement(dated_with_links).date == "2025-03-14"
