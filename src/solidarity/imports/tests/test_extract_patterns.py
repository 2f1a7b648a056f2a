"""List shapes found by a third held-out set, each written here as an invented example.

Every name and text in this file is invented for it.
"""

from solidarity.imports.extract import INDIVIDUAL, ORGANIZATION, extract_statement

BODY = (
    "We stand together for fair wages and safe work in every port, mill and office, and "
    "we call on all unions to join the campaign for a shorter working week.\n\n"
)


def by_name(text: str) -> dict:
    return {e.name: e for e in extract_statement(text).endorsers}


def test_signing_colon_list_goes_on_through_inline_country_headings():
    text = (
        "Shorter Hours Now\n\n"
        + BODY
        + "Signed by: Peru: Lima Bakers Union; River Porters Front; Andes Teachers Circle. "
        "Chile: Valdivia Dockers Union; Southern Fishers Assembly. Norway: Fjord Cooks "
        "Collective; Bergen Tram Workers Club.\n"
    )
    found = by_name(text)
    assert found["Lima Bakers Union"].countries == ["PE"]
    assert found["Andes Teachers Circle"].countries == ["PE"]
    assert found["Southern Fishers Assembly"].countries == ["CL"]
    assert found["Bergen Tram Workers Club"].countries == ["NO"]
    assert not any(name.startswith(("Peru", "Chile")) for name in found)


def test_heading_word_and_colon_open_a_paragraph_list_of_people():
    text = (
        "Shorter Hours Now\n\n"
        + BODY
        + "Individuals: Dr. Tomasz Welling, economist, Harbour College of Trade; Ilse "
        "Marrow (journalist, Ghent); Prof. Omar Castell – Department of History, North "
        "Plain University; Ada Quinlan, retired nurse, Tulle; Adv. Rina Porter, "
        "Coastal Bar Council.\n"
    )
    found = by_name(text)
    assert set(found) == {
        "Tomasz Welling",
        "Ilse Marrow",
        "Omar Castell",
        "Ada Quinlan",
        "Rina Porter",
    }
    assert found["Ada Quinlan"].affiliation == "retired nurse"
    assert all(endorser.kind == INDIVIDUAL for endorser in found.values())
    assert "Harbour College of Trade" not in found


def test_title_abbreviation_does_not_end_the_sentence_of_a_list():
    text = (
        "Shorter Hours Now\n\n"
        + BODY
        + "Adhieren: Marta Quiroga, docente; Pbro. Julián Serrat, párroco; Lic. Irene "
        "Valdés, socióloga; Tomás Bernal, delegado.\n"
    )
    found = by_name(text)
    assert {"Julián Serrat", "Irene Valdés", "Tomás Bernal"} <= set(found)


def test_inverted_names_with_a_post_and_country_after_a_dash():
    text = (
        "Shorter Hours Now\n\n" + BODY + "Signed,\n\n"
        "1. Marlowe, Edith – Institute of Tidal Studies, Ireland\n"
        "2. de la Fuente, Tomás – Universidad del Litoral, Argentina\n"
        "3. Soto Verdugo, Inés – independent researcher, Chile\n"
        "4. Brandt, Oskar – Hanse School of Fisheries, Germany\n"
    )
    found = by_name(text)
    assert set(found) == {
        "Edith Marlowe",
        "Tomás de la Fuente",
        "Inés Soto Verdugo",
        "Oskar Brandt",
    }
    assert found["Edith Marlowe"].countries == ["IE"]
    assert found["Edith Marlowe"].affiliation == "Institute of Tidal Studies"
    assert found["Tomás de la Fuente"].countries == ["AR"]
    assert found["Inés Soto Verdugo"].alt_names == ["Soto Verdugo, Inés"]
    assert found["Inés Soto Verdugo"].countries == ["CL"]


def test_bilingual_headings_and_names_in_two_scripts():
    text = (
        "Shorter Hours Now\n\n" + BODY + "Signed by / 서명 단체\n"
        "Japan / 일본\n"
        "오사카 노동자 모임 (Osaka Workers Circle)\n"
        "International / 국제\n"
        "Harbour Union Forum (Hong Kong)\n"
        "Park Min-seo 박민서, labour lawyer, Busan\n"
        "Yoon Ha-eun (윤하은), researcher, Coastal Labour Institute\n"
    )
    found = by_name(text)
    assert "Japan" not in found and "International" not in found
    assert found["오사카 노동자 모임"].countries == ["JP"]
    assert found["Harbour Union Forum"].countries == ["HK"]
    assert found["Park Min-seo"].alt_names == ["박민서"]
    assert found["Park Min-seo"].kind == INDIVIDUAL
    assert found["Yoon Ha-eun"].alt_names == ["윤하은"]
    assert found["Yoon Ha-eun"].countries == []


def test_spanish_name_with_de_los():
    text = (
        "Shorter Hours Now\n\n" + BODY + "Firmantes:\n"
        "Sindicato de Panaderos del Sur\n"
        "María de los Remedios Vela, coordinadora\n"
        "Colectivo Ribera Norte\n"
    )
    assert by_name(text)["María de los Remedios Vela"].kind == INDIVIDUAL


def test_organisations_and_individuals_headings_inside_a_list():
    text = (
        "Shorter Hours Now\n\n" + BODY + "Signatories\n\n"
        "Organisations\n"
        "Harbour Workers Union (UK)\n"
        "Red Lantern (UK)\n"
        "Valley Tenants Federation (Ireland)\n\n"
        "Individuals\n"
        "Nora Pell, nurse, Harbour Hospital\n"
        "Iris Calder, Red Lantern\n"
    )
    found = by_name(text)
    assert "Organisations" not in found and "Individuals" not in found
    assert found["Iris Calder"].kind == INDIVIDUAL


def test_bare_two_word_name_between_organisations_is_a_group():
    text = (
        "Shorter Hours Now\n\n" + BODY + "Firmantes\n\n"
        "- Sindicato de Panaderos del Sur\n"
        "- Chispa Roja\n"
        "- Colectivo Ribera Norte\n"
        "- Federación de Inquilinos de Tarma\n"
        "- Marea Baja\n"
        "- Asociación Vecinal Las Lomas\n"
        "- Rosa Ibarra, abogada laboralista\n"
        "- Dr. Julio Saenz\n"
    )
    found = by_name(text)
    assert found["Chispa Roja"].kind == ORGANIZATION
    assert found["Marea Baja"].kind == ORGANIZATION
    assert found["Rosa Ibarra"].kind == INDIVIDUAL
    assert found["Julio Saenz"].kind == INDIVIDUAL


def test_organisation_nouns_of_the_shipped_languages():
    text = (
        "Shorter Hours Now\n\n" + BODY + "Signatories:\n"
        "Circolo Operaio Valmora\n"
        "Comisión Interna Puerto Alto\n"
        "Σωματείο Οικοδόμων Λάρισας\n"
        "Tersane Komisyonu\n"
    )
    found = by_name(text)
    assert all(endorser.kind == ORGANIZATION for endorser in found.values())


def test_site_name_repeated_over_the_headline_is_not_the_title():
    text = (
        "Harbour Labour Desk\n"
        "Home | About | Reports | Donate\n\n"
        "Statements\n\n"
        "Harbour Labour Desk\n"
        "No more night shifts without pay: a call to the port authorities\n"
        "Posted: 3 March 2025 | Lima / Quito\n\n" + BODY + "Signatories:\n"
        "Lima Bakers Union\n"
        "Quito Porters Front\n"
    )
    result = extract_statement(text)
    assert result.title == "No more night shifts without pay: a call to the port authorities"
    assert result.date == "2025-03-03"


def test_event_date_opening_a_paragraph_is_not_the_statement_date():
    text = (
        "Free the dockers\n"
        "Published 14 May 2025\n\n"
        "On 2 April 2025, the harbour police detained three dockers at the gate of the "
        "northern terminal after a meeting about the new shift rota, and they have been "
        "held without charge ever since.\n\n" + BODY
    )
    assert extract_statement(text).date == "2025-05-14"


def test_long_site_name_over_its_menu_is_not_the_title():
    text = (
        "Alliance of Harbour and River Workers of the Southern Coast (AHRW)\n"
        "Home | The alliance | News | Support us\n\n"
        "News\n\n"
        "Valdivia declaration: the docks belong to those who work them!\n"
        "Valdivia, 5 May 2024\n\n" + BODY
    )
    assert extract_statement(text).title == (
        "Valdivia declaration: the docks belong to those who work them!"
    )


def test_site_name_with_a_tagline_and_a_long_date_line():
    text = (
        "Factory Floor\n"
        "workers' newspaper\n"
        "Home | Who we are | Unions | Contact\n\n"
        "Unions\n\n"
        "Public note in defence of the refinery workers of Puerto Alto\n"
        "17 September 2024 · Updated on 18 September 2024 at noon\n\n"
        "Share: WhatsApp | Facebook | Telegram\n\n" + BODY
    )
    assert extract_statement(text).title == (
        "Public note in defence of the refinery workers of Puerto Alto"
    )


def test_bilingual_headline_keeps_the_first_language():
    text = (
        "Common Border / Frontera Común\n"
        "Home | Inicio   About | Quiénes somos\n\n"
        "Statements / Declaraciones\n\n"
        "Stop fast-track deportations at the northern border\n"
        "Alto a las deportaciones exprés en la frontera norte\n"
        "June 28, 2024 / 28 de junio de 2024\n\n" + BODY
    )
    assert extract_statement(text).title == "Stop fast-track deportations at the northern border"


def test_members_of_a_coalition_named_before_a_signing_colon():
    text = (
        "Land to those who work it\n\n"
        "Meeting in Tarma, the members of the Andean Peasant-Workers Land Coalition (APWLC) "
        "and their allies denounce the seizure of farmland by agribusiness across the "
        "region since 2020.\n\n"
        + BODY
        + "Ont signé la déclaration les membres de la APWLC : Union paysanne du Pérou, "
        "Fédération des éleveurs de Bolivie, Front rural de Tarma et Socialist Party of "
        "Ecuador.\n"
    )
    found = by_name(text)
    parent = "Andean Peasant-Workers Land Coalition"
    assert found["Union paysanne du Pérou"].parent == parent
    assert found["Union paysanne du Pérou"].countries == ["PE"]
    assert found["Socialist Party of Ecuador"].parent == parent
    assert found["Socialist Party of Ecuador"].countries == ["EC"]


def test_capital_heading_named_by_an_adjective_among_country_headings():
    text = (
        "Shorter Hours Now\n\n" + BODY + "Firmantes\n\n"
        "CHILE\n"
        "- Sindicato de Estibadores de Talcahuano\n\n"
        "ESTADO ESPAÑOL\n"
        "- Coordinadora de Estibadores de Vigo\n"
        "- Marea Obrera\n"
    )
    found = by_name(text)
    assert "ESTADO ESPAÑOL" not in found
    assert found["Coordinadora de Estibadores de Vigo"].countries == ["ES"]
    assert found["Marea Obrera"].countries == ["ES"]


def test_russian_genitive_country_and_a_country_after_a_post():
    text = (
        "Свободу активистам\n\n" + BODY + "Подписали:\n"
        "1. Союз свободных профсоюзов Казахстана\n"
        "2. Рабочая солидарность Узбекистана\n"
        "3. Павел Орлов — профсоюзный юрист, Томск (Россия)\n"
    )
    found = by_name(text)
    assert found["Союз свободных профсоюзов Казахстана"].countries == ["KZ"]
    assert found["Павел Орлов"].countries == ["RU"]


def test_related_links_under_translated_or_longer_headings_are_not_signatories():
    for heading in (
        "Más noticias / More news",
        "More campaigns",
        "Das könnte Sie auch interessieren",
    ):
        text = (
            "Shorter Hours Now\n\n" + BODY + "Signatories:\n"
            "Lima Bakers Union\n"
            "Quito Porters Front\n\n"
            f"{heading}\n"
            "Harbour Strike Enters Third Week\n"
            "Tenants Win Rent Freeze\n"
        )
        assert set(by_name(text)) == {"Lima Bakers Union", "Quito Porters Front"}, heading


def test_paragraph_ending_on_a_colon_is_no_parent_heading():
    text = (
        "Land to those who work it\n\n"
        + BODY
        + "Signed by the members of the Andean Land Coalition: Union paysanne du Pérou, "
        "Front rural de Tarma and Socialist Party of Ecuador; and by the allied "
        "organisations below:\n\n"
        "1. Radio Cumbre Libre\n"
        "2. Comité de vigilance de Puno\n"
        "3. Farmers' Voice Cusco\n"
    )
    found = by_name(text)
    assert found["Front rural de Tarma"].parent == "Andean Land Coalition"
    assert found["Radio Cumbre Libre"].parent is None
    assert found["Farmers' Voice Cusco"].parent is None
