"""List shapes the extractor must read, on small made-up statements."""

import pytest

from solidarity.imports.extract import extract_statement


def names(text: str) -> list[str]:
    return [endorser.name for endorser in extract_statement(text).endorsers]


def by_name(text: str) -> dict:
    return {endorser.name: endorser for endorser in extract_statement(text).endorsers}


STATEMENT = (
    "Bread and Roses for All\n\n"
    "We stand together for fair wages and safe work in every port, mill and office, and we "
    "call on all unions to join the campaign for a shorter working week without loss of pay.\n\n"
)


def test_one_per_line_after_slogans_without_heading():
    text = STATEMENT + (
        "Fair wages now!\n\n"
        "Harbour Workers Union\n\n"
        "Federation of Textile Workers (FTW)\n\n"
        "Green Valley Tenants Association\n"
    )
    assert names(text) == [
        "Harbour Workers Union",
        "Federation of Textile Workers",
        "Green Valley Tenants Association",
    ]
    assert by_name(text)["Federation of Textile Workers"].alt_names == ["FTW"]


def test_numbered_list_with_roles_and_honorifics():
    text = STATEMENT + (
        "Signatories:\n"
        "1. Dr Amelia Korver – Lecturer, Northfield University\n"
        "2. Tomás Ibarra – Dockworker\n"
        "3. Prof. Lena Marsh – Eastport College: ‘Proud to sign.’\n"
    )
    found = by_name(text)
    assert list(found) == ["Amelia Korver", "Tomás Ibarra", "Lena Marsh"]
    assert found["Amelia Korver"].affiliation == "Lecturer, Northfield University"
    assert found["Lena Marsh"].affiliation == "Eastport College"
    assert all(endorser.kind == "individual" for endorser in found.values())


def test_letters_after_a_members_name_are_a_title_not_part_of_it():
    text = STATEMENT + (
        "Signatories:\n"
        "Owen Pryce MS\n"
        "Carla Benedetti MEP, Committee on Employment\n"
        "Jana Vogt MdB\n"
        "Coastal Workers MS Association\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Owen Pryce",
        "Carla Benedetti",
        "Jana Vogt",
        "Coastal Workers MS Association",
    ]
    assert found["Carla Benedetti"].affiliation == "Committee on Employment"
    assert found["Coastal Workers MS Association"].kind == "organization"


def test_bulleted_list_with_country_suffixes_in_other_languages():
    text = STATEMENT + (
        "Firmantes:\n"
        "• Liga Socialista Unida – Argentina\n"
        "• Movimento Operário Popular – Brasil\n"
        "• Partido del Trabajo – Estados Unidos y Canadá\n"
    )
    found = by_name(text)
    assert found["Liga Socialista Unida"].countries == ["AR"]
    assert found["Movimento Operário Popular"].countries == ["BR"]
    assert found["Partido del Trabajo"].countries == ["US", "CA"]


def test_run_on_prose_after_a_signing_colon_shares_plural_notes():
    text = STATEMENT + (
        "Bisher haben unterschrieben: Marta Quell (Autorin), Jonas Brede und Ida Lenk "
        "(Musiker), Paul Ecker, Vera Stamm, Otto Rinn (alle Stadtrat Nordhafen). "
        "Weitere folgen.\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Marta Quell",
        "Jonas Brede",
        "Ida Lenk",
        "Paul Ecker",
        "Vera Stamm",
        "Otto Rinn",
    ]
    assert found["Jonas Brede"].affiliation == "Musiker"
    assert found["Paul Ecker"].affiliation == "Stadtrat Nordhafen"
    assert found["Marta Quell"].affiliation == "Autorin"


def test_semicolon_run_with_and_n_others():
    text = STATEMENT + (
        "Signed by: Coastal Fishers Union; Northern Nurses Association; "
        "Riverside Food Bank and 40 others.\n"
    )
    assert names(text) == [
        "Coastal Fishers Union",
        "Northern Nurses Association",
        "Riverside Food Bank",
    ]


def test_country_headings_group_the_lines_below():
    text = STATEMENT + (
        "Signatories:\n"
        "Chile\n"
        "Sindicato Portuario del Norte\n"
        "Colectivo Tierra Viva\n"
        "Deutschland\n"
        "Gewerkschaft Hafen und Logistik\n"
    )
    found = by_name(text)
    assert found["Sindicato Portuario del Norte"].countries == ["CL"]
    assert found["Colectivo Tierra Viva"].countries == ["CL"]
    assert found["Gewerkschaft Hafen und Logistik"].countries == ["DE"]


def test_inverted_names_are_put_in_natural_order():
    text = STATEMENT + ("Signatories:\nOkafor, Chidi\nLindqvist, Maja\nMoreau, Jeanne\n")
    found = by_name(text)
    assert list(found) == ["Chidi Okafor", "Maja Lindqvist", "Jeanne Moreau"]
    assert found["Chidi Okafor"].alt_names == ["Okafor, Chidi"]
    assert found["Chidi Okafor"].kind == "individual"


def test_acronym_name_pairs():
    text = STATEMENT + (
        "Signatories:\n"
        "ITF-UL – International Tram Federation United Locals\n"
        "NWU – National Weavers Union\n"
    )
    found = by_name(text)
    assert found["International Tram Federation United Locals"].alt_names == ["ITF-UL"]
    assert found["National Weavers Union"].alt_names == ["NWU"]


def test_native_and_latin_alternate_names():
    text = STATEMENT + (
        "Signatories:\n"
        "노동자연대/Workers Solidarity Circle\n"
        "Movimiento Obrero del Sur / Southern Workers Movement\n"
        "Рабочая Солидарность (Workers Solidarity)\n"
    )
    found = by_name(text)
    assert found["노동자연대"].alt_names == ["Workers Solidarity Circle"]
    assert found["Movimiento Obrero del Sur"].alt_names == ["Southern Workers Movement"]
    assert found["Рабочая Солидарность"].alt_names == ["Workers Solidarity"]
    assert all(endorser.kind == "organization" for endorser in found.values())


def test_sections_under_an_international():
    text = STATEMENT + (
        "Signatories:\n"
        "International Workers Current and its sections:\n"
        "Workers Current of Peru\n"
        "Corriente Obrera – Uruguay\n"
    )
    found = by_name(text)
    assert found["International Workers Current"].parent is None
    assert found["Workers Current of Peru"].parent == "International Workers Current"
    assert found["Corriente Obrera"].parent == "International Workers Current"
    assert found["Corriente Obrera"].countries == ["UY"]


def test_offsets_point_at_the_entry_in_the_text():
    text = STATEMENT + "Signatories:\nHarbour Workers Union\nTenants Association of Eastport\n"
    for endorser in extract_statement(text).endorsers:
        assert text[endorser.start : endorser.end].startswith(endorser.name)


def test_person_role_organisation_and_country_on_one_line():
    text = STATEMENT + (
        "Signatories:\n"
        "Ana Ruiz, teacher, Union of Educators, Argentina\n"
        "Marie Dubois (CGT, France)\n"
        "Sindicato Unificado de Trabajadores, Chile\n"
    )
    found = by_name(text)
    assert found["Ana Ruiz"].affiliation == "teacher, Union of Educators"
    assert found["Ana Ruiz"].countries == ["AR"]
    assert found["Marie Dubois"].kind == "individual"
    assert found["Marie Dubois"].affiliation == "CGT"
    assert found["Marie Dubois"].countries == ["FR"]
    assert found["Sindicato Unificado de Trabajadores"].countries == ["CL"]


def test_sub_headings_say_which_entries_are_people():
    text = STATEMENT + (
        "Organisations:\n"
        "Harbour Workers Union\n"
        "Solidarność Portowa\n"
        "Personalidades:\n"
        "Teresa Campagna\n"
        "Lena Holm\n"
    )
    found = by_name(text)
    assert found["Solidarność Portowa"].kind == "organization"
    assert found["Teresa Campagna"].kind == "individual"
    assert found["Lena Holm"].kind == "individual"


def test_people_in_a_list_of_people_keep_organisation_like_surnames():
    text = STATEMENT + (
        "Firmatari:\nTeresa Campagna\nMarco Bianchi\nPaolo Rossi\nAnna Verdi\nLuca Neri\n"
    )
    assert all(e.kind == "individual" for e in extract_statement(text).endorsers)


def test_a_mixed_list_keeps_its_organisations():
    text = STATEMENT + (
        "Signed:\n"
        "Eastport Trades Council\n"
        "Northern Nurses Association\n"
        "Dr Amira Haddad, GP, Eastport\n"
        "Lena Holm\n"
    )
    found = by_name(text)
    assert found["Eastport Trades Council"].kind == "organization"
    assert found["Northern Nurses Association"].kind == "organization"


def test_table_rows_names_in_capitals_and_bullet_separated_lines():
    text = STATEMENT + (
        "Signatories:\n1\tJUAN PÉREZ\tUruguay\n2\tDUPONT Jeanne\tFrance\n3\tCGT FO\tFrance\n"
    )
    found = by_name(text)
    assert found["JUAN PÉREZ"].kind == "individual"
    assert found["JUAN PÉREZ"].countries == ["UY"]
    assert found["DUPONT Jeanne"].kind == "individual"
    assert found["CGT FO"].kind == "organization"


def test_navigation_after_the_list_is_not_an_endorser():
    text = STATEMENT + (
        "Signatories:\n"
        "Harbour Workers Union\n"
        "Mill Workers League\n"
        "About us\n"
        "Contact\n"
        "Donate\n"
        "Privacy policy\n"
    )
    assert names(text) == ["Harbour Workers Union", "Mill Workers League"]


def test_text_cut_off_inside_the_last_name():
    text = STATEMENT + "Signatories:\nHarbour Workers Union\nMill Workers League\nKarin Bi"
    assert names(text) == ["Harbour Workers Union", "Mill Workers League"]


def test_country_first_lines():
    text = STATEMENT + (
        "Signatories:\n"
        "Argentina: Partido Obrero, Movimiento Socialista de los Trabajadores\n"
        "Brasil – PSTU\n"
    )
    found = by_name(text)
    assert found["Partido Obrero"].countries == ["AR"]
    assert found["Movimiento Socialista de los Trabajadores"].countries == ["AR"]
    assert found["PSTU"].countries == ["BR"]


def test_a_single_inverted_name_among_other_entries():
    text = STATEMENT + (
        "Signatories:\nHarbour Workers Union\nOkafor, Chidi (teacher)\nLena Holm, nurse\n"
    )
    found = by_name(text)
    assert found["Chidi Okafor"].alt_names == ["Okafor, Chidi"]
    assert found["Chidi Okafor"].affiliation == "teacher"
    assert found["Lena Holm"].affiliation == "nurse"


def test_sentence_case_names_after_a_signing_colon():
    text = STATEMENT + (
        "Заявление подписали: Конфедерация труда России (КТР), Союз журналистов и "
        "Московский профсоюз учителей, а также Иван Петров, профессор, и Анна Смирнова.\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Конфедерация труда России",
        "Союз журналистов",
        "Московский профсоюз учителей",
        "Иван Петров",
        "Анна Смирнова",
    ]
    assert found["Конфедерация труда России"].alt_names == ["КТР"]
    assert found["Иван Петров"].affiliation == "профессор"


def test_an_and_inside_an_organisation_name_in_a_run_on_list():
    text = STATEMENT + "Firman: Partido Socialismo y Libertad, Liga Obrera y Redes Unidas.\n"
    assert names(text) == ["Partido Socialismo y Libertad", "Liga Obrera", "Redes Unidas"]


def test_heading_country_wins_over_a_country_in_the_name():
    text = STATEMENT + (
        "İmzacılar:\n"
        "— ALMANYA —\n"
        "• Avrupa Türkiyeli İşçiler Federasyonu\n"
        "• ver.di Berlin\n"
        "— TÜRKİYE —\n"
        "• Devrimci İşçi Sendikaları Konfederasyonu (DİSK)\n"
    )
    found = by_name(text)
    assert found["Avrupa Türkiyeli İşçiler Federasyonu"].countries == ["DE"]
    assert found["ver.di Berlin"].countries == ["DE"]
    assert found["Devrimci İşçi Sendikaları Konfederasyonu"].alt_names == ["DİSK"]
    assert found["Devrimci İşçi Sendikaları Konfederasyonu"].countries == ["TR"]


def test_short_names_in_parentheses_are_alternate_names_of_organisations():
    text = STATEMENT + "서명: 노동자연대, 전국민주노동조합총연맹(민주노총), 김민준(활동가)\n"
    found = by_name(text)
    assert found["전국민주노동조합총연맹"].alt_names == ["민주노총"]
    assert found["김민준"].kind == "individual"
    assert found["김민준"].affiliation == "활동가"


def test_headings_without_a_colon():
    for heading in ("Primi firmatari", "List of signatories", "Erstunterzeichnende Organisationen"):
        text = STATEMENT + f"{heading}\nHarbour Workers Union\nLena Holm\n"
        assert names(text) == ["Harbour Workers Union", "Lena Holm"], heading


def test_letter_closing_opens_the_list_and_greetings_are_not_names():
    text = (
        "Open letter on academic freedom\n\n"
        "To: Minister Paul Hart\n"
        "Dear Minister Hart,\n\n"
        "We write to express our deep concern at the dismissal of colleagues for their "
        "political views, which threatens the freedom of research and teaching.\n\n"
        "Yours sincerely,\n\n"
        "Jane Hollis, University of Bristol\n"
        "Ahmed Karim\n"
    )
    found = by_name(text)
    assert list(found) == ["Jane Hollis", "Ahmed Karim"]
    assert found["Jane Hollis"].affiliation == "University of Bristol"


@pytest.mark.parametrize(
    "tail",
    [
        "and 40 others",
        "+ 40 more",
        "y 40 organizaciones más",
        "und 40 weitere",
        "e altre 40 adesioni",
        "и ещё 40 подписей",
        "ve 40 imza daha",
        "외 40개 단체",
    ],
)
def test_and_n_others_in_the_shipped_languages_is_not_an_endorser(tail):
    text = STATEMENT + f"Signatories:\nHarbour Workers Union\nMill Workers League\n{tail}\n"
    assert names(text) == ["Harbour Workers Union", "Mill Workers League"]


def test_country_in_brackets_and_headings_with_counts():
    text = STATEMENT + ("Signatories:\nARGENTINA (2)\nPartido Obrero\nAna López [Uruguay]\n")
    found = by_name(text)
    assert found["Partido Obrero"].countries == ["AR"]
    assert found["Ana López"].countries == ["UY"]


def test_sections_under_a_bare_sections_heading_and_in_korean_and_greek():
    english = STATEMENT + (
        "Signatories:\n"
        "International Socialist Current (ISC)\n"
        "Sections:\n"
        "Workers Solidarity Circle (Ireland)\n"
        "Other signatories:\n"
        "Harbour Workers Union\n"
    )
    found = by_name(english)
    assert found["Workers Solidarity Circle"].parent == "International Socialist Current"
    assert found["Harbour Workers Union"].parent is None
    korean = STATEMENT + "서명:\n국제사회주의흐름(ISC)과 그 지부:\n노동자연대 (아일랜드)\n"
    assert by_name(korean)["노동자연대"].parent == "국제사회주의흐름"
    greek = STATEMENT + (
        "Υπογράφουν:\nΔιεθνής Εργατική Ένωση και τα τμήματά της:\nΕργατική Αλληλεγγύη (Ελλάδα)\n"
    )
    assert by_name(greek)["Εργατική Αλληλεγγύη"].parent == "Διεθνής Εργατική Ένωση"


def test_lines_under_a_heading_need_not_be_in_title_case():
    text = STATEMENT + (
        "Erstunterzeichnende:\n"
        "Flüchtlingsrat Nordstadt e.V.\n"
        "ver.di Bezirk Nordstadt\n"
        "Comité de défense des locataires\n"
        "dott.ssa Lucia Bianchi, medico del lavoro\n"
        "Central Unitaria de Trabajadores (CUT), Chile\n"
        "Firman también: Pérez, Juan (docente); Gómez, Ana (Sindicato Médico).\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Flüchtlingsrat Nordstadt e.V.",
        "ver.di Bezirk Nordstadt",
        "Comité de défense des locataires",
        "Lucia Bianchi",
        "Central Unitaria de Trabajadores",
        "Juan Pérez",
        "Ana Gómez",
    ]
    assert found["Flüchtlingsrat Nordstadt e.V."].kind == "organization"
    assert found["Lucia Bianchi"].affiliation == "medico del lavoro"
    assert found["Central Unitaria de Trabajadores"].alt_names == ["CUT"]
    assert found["Central Unitaria de Trabajadores"].countries == ["CL"]
    assert found["Ana Gómez"].affiliation == "Sindicato Médico"


def test_a_run_of_names_on_a_line_under_a_heading_is_split():
    text = STATEMENT + "Firmantes:\nLiga Obrera, Frente Sindical, Ana Ruiz (docente)\n"
    assert names(text) == ["Liga Obrera", "Frente Sindical", "Ana Ruiz"]


def test_what_follows_the_list_on_a_page_is_not_signing():
    text = STATEMENT + (
        "Signed:\n"
        "Eastport Trades Council\n"
        "Northern Nurses Association\n\n"
        "About the campaign\n"
        "The campaign was launched in 2021 by health workers and patients.\n"
        "Contact: press@example.org\n"
        "Download PDF\n"
        "Seguinos en Facebook\n"
        "Más información: prensa@example.org\n"
    )
    result = extract_statement(text)
    assert [e.name for e in result.endorsers] == [
        "Eastport Trades Council",
        "Northern Nurses Association",
    ]
    assert result.demands == []


def test_a_page_cut_off_inside_a_run_of_people():
    text = STATEMENT + (
        "Bis heute haben unterschrieben:\n\n"
        "Erika Lorenz (Ministerin a. D.), Karl Weber (ehemaliger Präsident des Bundesger"
    )
    found = by_name(text)
    assert list(found) == ["Erika Lorenz", "Karl Weber"]
    assert found["Erika Lorenz"].affiliation == "Ministerin a. D."


def test_a_role_on_the_line_under_each_signature():
    text = STATEMENT + (
        "Yours sincerely,\n\n"
        "Jane Doe\n"
        "General Secretary, Harbour Workers Union\n\n"
        "John Roe\n"
        "President, Mill Workers League\n\n"
        "Eastport Trades Council\n"
    )
    found = by_name(text)
    assert list(found) == ["Jane Doe", "John Roe", "Eastport Trades Council"]
    assert found["Jane Doe"].affiliation == "General Secretary, Harbour Workers Union"
    assert found["Eastport Trades Council"].kind == "organization"


def test_numbered_lines_with_country_or_post_after_a_slash():
    text = STATEMENT + (
        "Among others, the appeal was signed by:\n\n"
        "01 - Lega Fluviale Sud / Italia\n"
        "02 - ANPI Brenta / Italia\n"
        "03 - Coordinadora de Barqueros de Tarragona / Spagna\n"
        "04 - Collectif des Écluses / Francia\n"
        "05 - Lucia Marchetti / insegnante, Verona\n"
        "06 - don Paolo Ferri / parroco di Quinto\n"
        "07 - Nikos Vlachos / Δήμος Ύδρας, Grecia\n"
        "08 - Marco Sereni / ex barcaiolo e pittore\n\n"
        "... and 90 more organisations.\n"
    )
    found = by_name(text)
    assert found["Lega Fluviale Sud"].countries == ["IT"]
    # A numbered line is an entry even when it reads like a country heading.
    assert found["ANPI Brenta"].countries == ["IT"]
    # Nor is it the post of the entry above it.
    assert found["Coordinadora de Barqueros de Tarragona"].countries == ["ES"]
    assert found["Lucia Marchetti"].affiliation == "insegnante, Verona"
    assert found["Lucia Marchetti"].countries == []
    assert found["Paolo Ferri"].kind == "individual"
    assert found["Nikos Vlachos"].countries == ["GR"]
    assert found["Marco Sereni"].affiliation == "ex barcaiolo e pittore"


def test_a_name_and_its_translation_after_a_slash_stay_a_pair():
    text = STATEMENT + (
        "Signatories:\n"
        "Movimiento Ribereño del Sur / Southern Riverbank Movement\n"
        "Harbour Workers Union\n"
    )
    found = by_name(text)
    assert found["Movimiento Ribereño del Sur"].alt_names == ["Southern Riverbank Movement"]


def test_semicolon_paragraph_of_inverted_names_with_posts_in_parentheses():
    text = STATEMENT + (
        "Individual signatures: Robledo Saénz, Clara (geógrafa, Universidad del Sur); "
        "Montero Gil, Andrés (arquitecto); Paredes, Nuria (actriz); Villar Ortiz, "
        "Julia (trabajadora social).\n"
    )
    found = by_name(text)
    assert found["Clara Robledo Saénz"].affiliation == "geógrafa, Universidad del Sur"
    assert found["Clara Robledo Saénz"].alt_names == ["Robledo Saénz, Clara"]
    assert {"Andrés Montero Gil", "Nuria Paredes", "Julia Villar Ortiz"} <= set(found)


def test_contact_lines_under_the_list_are_no_signatories():
    text = STATEMENT + (
        "Signatories:\n"
        "Harbour Workers Union\n"
        "Green Valley Tenants Association\n"
        "Riverside Food Bank\n"
        "Press contact: Olga Marsh, Harbour Workers Union, +44 20 5550 1234, olga@harbour.example\n"
        "Para sumar tu firma: firmas@valle.example\n"
        "Valley Watch — c/o Casa del Pueblo, Main Street 4 | https://valley.example\n"
    )
    assert names(text) == [
        "Harbour Workers Union",
        "Green Valley Tenants Association",
        "Riverside Food Bank",
    ]


def test_a_long_name_with_many_particles_stays_an_entry_under_a_heading():
    text = STATEMENT + (
        "Premiers signataires\n\n"
        "Collectif Rivière Propre\n"
        "Réseau Togolais pour la Défense des Droits de l'Enfant et de la Famille (RTDDEF)\n"
        "Ligue des Pêcheurs du Fleuve\n"
    )
    found = by_name(text)
    whole = "Réseau Togolais pour la Défense des Droits de l'Enfant et de la Famille"
    assert found[whole].alt_names == ["RTDDEF"]
    assert "Ligue des Pêcheurs du Fleuve" in found


def test_an_acronym_counts_the_initial_after_an_elided_article():
    text = STATEMENT + (
        "Signed by: Harbour Workers Union, Comité pour l'Eau et l'Environnement (CEE), "
        "Green Valley Tenants Association.\n"
    )
    assert "Comité pour l'Eau et l'Environnement" in by_name(text)


def test_a_contact_line_ends_the_list():
    text = STATEMENT + (
        "Signatories:\n"
        "Harbour Workers Union\n"
        "Green Valley Tenants Association\n"
        "To add your organisation: join@harbour.example\n"
        "From the archive\n"
        "The Council approves a new plan for the old harbour district\n"
    )
    assert names(text) == ["Harbour Workers Union", "Green Valley Tenants Association"]


def test_the_following_affiliates_on_the_line_under_the_international():
    text = STATEMENT + (
        "Signed:\n\n"
        "World Federation of River Boatmen (WFRB)\n"
        "and the following affiliates:\n\n"
        "CHILE\n"
        "Sindicato de Lancheros del Maule\n\n"
        "NORWAY\n"
        "Elvearbeidernes Forbund\n"
        "Fjord Ferry Workers Union\n"
    )
    found = by_name(text)
    assert found["World Federation of River Boatmen"].parent is None
    assert found["Sindicato de Lancheros del Maule"].parent == "World Federation of River Boatmen"
    assert found["Sindicato de Lancheros del Maule"].countries == ["CL"]
    assert found["Fjord Ferry Workers Union"].parent == "World Federation of River Boatmen"
    assert found["Fjord Ferry Workers Union"].countries == ["NO"]


def test_a_bare_name_under_an_organisations_heading_is_an_organisation():
    text = STATEMENT + (
        "Yours sincerely,\n\n"
        "Organisations\n"
        "Fair Rent Now\n"
        "Harbour Workers Union\n"
        "Tenant Action Camden\n"
        "Ana Ruiz, coordinator, Green Valley Tenants Association\n\n"
        "Individuals\n"
        "Lucy Marsh, retired nurse\n"
    )
    found = by_name(text)
    assert found["Fair Rent Now"].kind == "organization"
    assert found["Tenant Action Camden"].kind == "organization"
    # A person given with a post under the heading stays a person.
    assert found["Ana Ruiz"].kind == "individual"
    assert found["Lucy Marsh"].kind == "individual"


def test_names_above_a_people_heading_in_a_list_of_organisations_are_organisations():
    text = STATEMENT + (
        "Signatories\n\n"
        "Harbour Workers Union\n"
        "Green Valley Tenants Association\n"
        "Coastal Action Network\n"
        "Blue Horizon\n"
        "Terra Nova Marine / Terra Nova Marine Trust\n\n"
        "Personalities\n"
        "Ana Ruiz, marine biologist\n"
        "Lucy Marsh, fisher\n"
    )
    found = by_name(text)
    assert found["Blue Horizon"].kind == "organization"
    assert found["Terra Nova Marine"].kind == "organization"
    assert found["Lucy Marsh"].kind == "individual"


def test_people_above_an_other_individuals_heading_stay_people():
    text = STATEMENT + (
        "Signatories\n\n"
        "Ana Ruiz\n"
        "Lucy Marsh\n"
        "Harbour Workers Union\n\n"
        "Individuals\n"
        "Tom Reyes, fisher\n"
    )
    found = by_name(text)
    assert found["Ana Ruiz"].kind == "individual"
    assert found["Lucy Marsh"].kind == "individual"


def test_arabic_commas_separate_a_person_from_post_and_organisation():
    text = (
        "أوقفوا الترحيل\n\n"
        "نحن المنظمات والشخصيات الموقعة أدناه نطالب السلطات بوقف عمليات الترحيل القسري "
        "فورًا وضمان حماية جميع المهاجرين وحقوقهم الأساسية دون أي تمييز.\n\n"
        "الموقعون:\n"
        "جمعية النهضة للتنمية\n"
        "رابطة المدافعين عن الحقوق\n"
        "كريم بن سالم، أستاذ القانون، جامعة قرطاج\n"
        "ليلى المنصوري، الهيئة الوطنية للصحفيين\n"
    )
    found = by_name(text)
    assert "جامعة قرطاج" in found["كريم بن سالم"].affiliation
    assert found["ليلى المنصوري"].affiliation == "الهيئة الوطنية للصحفيين"
    assert "الهيئة الوطنية للصحفيين" not in found


@pytest.mark.parametrize("heading", ["Recent statements", "Ultimi articoli", "Últimas cartas"])
def test_titles_under_a_recent_posts_heading_after_the_list_are_no_signatories(heading):
    text = STATEMENT + (
        "Signatories:\n"
        "Harbour Workers Union\n"
        "Green Valley Tenants Association\n\n"
        f"{heading}\n"
        "- Solidarity with the Striking Bakers of Northfield\n"
        "- On the Arrest of Reporter Tom Reyes\n"
    )
    assert names(text) == ["Harbour Workers Union", "Green Valley Tenants Association"]


def test_entidades_heads_the_organisations_part():
    text = STATEMENT + (
        "Assinam esta carta:\n\n"
        "Entidades\n"
        "- Rede Cerrado Vivo – Brasil\n"
        "- Coletivo Terra Firme – Brasil\n\n"
        "Personalidades\n"
        "- Ana Ruiz – bióloga, Universidade do Sul\n"
    )
    found = by_name(text)
    assert "Entidades" not in found
    assert found["Rede Cerrado Vivo"].kind == "organization"
    assert found["Coletivo Terra Firme"].countries == ["BR"]


def test_german_compounds_and_academic_titles_in_a_dash_list():
    text = STATEMENT + (
        "Erstunterzeichner:innen:\n\n"
        "– Katholische Arbeitnehmer-Bewegung Nordhessen\n"
        "– Dr. med. Lena Vogt, Oberärztin a.D., Kreiskrankenhaus Wesertal\n"
        "– Jonas Weber, Hebamme, Trendelburg\n"
    )
    found = by_name(text)
    assert found["Katholische Arbeitnehmer-Bewegung Nordhessen"].kind == "organization"
    assert found["Lena Vogt"].affiliation == "Oberärztin a.D., Kreiskrankenhaus Wesertal"
    assert "Kreiskrankenhaus Wesertal" not in found


def test_a_link_with_an_arrow_under_the_list_is_no_signatory():
    text = STATEMENT + (
        "Підписанти:\n\n"
        "1) Профспілка докерів Одеси\n"
        "2) Ірина Коваль, медсестра, м. Львів\n"
        "3) Олег Бондар, шахтар\n\n"
        "Приєднатися до листа можна за посиланням: Підписати звернення →\n\n"
        "Читайте також:\n"
    )
    assert names(text) == ["Профспілка докерів Одеси", "Ірина Коваль", "Олег Бондар"]


def test_a_town_and_state_code_after_a_dash_and_a_local_number():
    text = STATEMENT + (
        "Signatories:\n"
        "1. River Workers Center — Tucson, AZ\n"
        "2. Coletivo Terra Firme – Campinas, SP\n"
        "3. Dockers Local 4471\n"
    )
    found = by_name(text)
    assert found["River Workers Center"].countries == []
    assert found["Coletivo Terra Firme"].countries == []
    assert found["Dockers Local 4471"].kind == "organization"


def test_a_gender_colon_and_a_colon_in_brackets_do_not_open_a_list():
    text = STATEMENT + (
        "Weitere Unterzeichner:innen (Stand: 2. Juli 2025):\n\n"
        "– Bürgerinitiative Gesundheit Fuldatal\n"
        "– Landfrauenverband Wesertal\n"
        "– Jonas Weber, Rettungssanitäter\n"
    )
    assert names(text) == [
        "Bürgerinitiative Gesundheit Fuldatal",
        "Landfrauenverband Wesertal",
        "Jonas Weber",
    ]


def test_a_translation_after_a_dash_and_a_town_marked_as_one():
    text = STATEMENT + (
        "Signatories:\n"
        "Κίνημα Πολιτών Νάξου – Naxos Citizens' Movement\n"
        "Бюро правовой помощи рабочим, г. Караганда\n"
        "Harbour Workers Union\n"
    )
    found = by_name(text)
    assert found["Κίνημα Πολιτών Νάξου"].alt_names == ["Naxos Citizens' Movement"]
    assert "Бюро правовой помощи рабочим" in found


def test_after_a_post_the_rest_of_the_line_is_where_the_person_holds_it():
    text = STATEMENT + (
        "Individuals\n"
        "Maria Lowe, registered manager, Glen Mor Care Home\n"
        "Rev. Tom Reyes, vicar of St Anne's, Hill Side\n"
        "Ana Ruiz, teacher, Juan Pérez, lawyer\n"
    )
    found = by_name(text)
    assert found["Maria Lowe"].affiliation == "registered manager, Glen Mor Care Home"
    assert found["Tom Reyes"].affiliation == "vicar of St Anne's, Hill Side"
    assert "Glen Mor Care Home" not in found
    assert "Hill Side" not in found
    # Another post later on the line: two people.
    assert {"Ana Ruiz", "Juan Pérez"} <= set(found)


def test_a_name_in_a_script_without_capitals_followed_by_its_translation():
    text = STATEMENT + (
        "Signed by: 工友之家 Workers Home Network (Taiwan), 노동인권연구소/Justice and "
        "Migrant Rights Institute (LMRI), Harbour Workers Union and Coastal Fishers "
        "Collective.\n"
    )
    found = by_name(text)
    assert list(found) == [
        "工友之家",
        "노동인권연구소",
        "Harbour Workers Union",
        "Coastal Fishers Collective",
    ]
    assert found["工友之家"].alt_names == ["Workers Home Network"]
    assert found["工友之家"].countries == ["TW"]
    assert "Justice and Migrant Rights Institute" in found["노동인권연구소"].alt_names
