"""Shapes seen only on statements the extractor was not written against.

Every example is invented for this file.
"""

from solidarity.imports.extract import extract_statement

BODY = (
    "We stand together for fair wages and safe work in every port, mill and office, and "
    "we call on all unions to join the campaign for a shorter working week.\n\n"
)


def by_name(text: str) -> dict:
    return {e.name: e for e in extract_statement(text).endorsers}


# 2. entries split wrongly


def test_dash_and_branch_word_stays_in_the_name():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signatories:\n"
            "Federazione Operai Uniti – Trasporti\n"
            "Syndicat Général des Postiers – Solidarité\n"
            "Harbour Workers Union – Brasil\n"
        )
    )
    found = by_name(text)
    assert "Federazione Operai Uniti – Trasporti" in found
    assert "Syndicat Général des Postiers – Solidarité" in found
    assert found["Harbour Workers Union"].countries == ["BR"]


def test_dash_and_a_well_known_city_is_not_part_of_the_name():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signatories:\n"
            "Rete Studenti – Roma\n"
            "Harbour Workers Union – Istanbul\n"
            "Federazione Operai Uniti – Trasporti\n"
        )
    )
    found = by_name(text)
    assert "Rete Studenti" in found
    assert "Harbour Workers Union" in found


def test_dash_after_a_person_is_still_a_role():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signatories:\n"
            "Ana Ruiz – Secretary General\n"
            "Marco Bianchi – Sindaco\n"
            "Harbour Workers Union – ITF\n"
        )
    )
    found = by_name(text)
    assert found["Ana Ruiz"].affiliation == "Secretary General"
    assert found["Harbour Workers Union"].alt_names == ["ITF"]


def test_conjunction_inside_an_organisation_name_in_a_line_list():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signataires :\n"
            "Syndicat des Professeurs du Primaire et Secondaire\n"
            "Union des Cheminots et Dockers\n"
            "Collectif Rivière Libre\n"
        )
    )
    found = by_name(text)
    assert "Syndicat des Professeurs du Primaire et Secondaire" in found
    assert "Union des Cheminots et Dockers" in found


def test_conjunction_inside_a_name_in_a_comma_list():
    body = (
        "Nous sommes solidaires des travailleurs des ports, des usines et des bureaux, et "
        "nous appelons tous les syndicats à rejoindre la campagne.\n\n"
    )
    for sentence in (
        "Cet appel est signé par le Syndicat des Professeurs du Primaire et Secondaire, "
        "l'Union des Cheminots et le Collectif Rivière Libre.\n",
        "Premiers signataires : Syndicat des Professeurs du Primaire et Secondaire (SPPS), "
        "Union des Cheminots, Collectif Rivière Libre.\n",
    ):
        found = by_name("Halte aux expulsions\n\n" + body + sentence)
        assert "Syndicat des Professeurs du Primaire et Secondaire" in found, sentence
        assert "Secondaire" not in found
        assert "Collectif Rivière Libre" in found


def test_name_role_organisation_city_country_is_one_person():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signed:\n"
            "Marta Kowalewska, Senior Lecturer, Institute of Soil Studies, Poznań (Poland)\n"
            "Jonas Vidmar, Researcher, Centre for Seed Ecology, Ljubljana (Slovenia)\n"
            "Ana Ferreira, Professor, University of the Coast, Porto (Portugal)\n"
        )
    )
    found = by_name(text)
    assert set(found) == {"Marta Kowalewska", "Jonas Vidmar", "Ana Ferreira"}
    marta = found["Marta Kowalewska"]
    assert marta.kind == "individual"
    assert marta.countries == ["PL"]
    assert marta.affiliation == "Senior Lecturer, Institute of Soil Studies"


def test_posts_in_other_languages_are_roles_not_people():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Unterzeichnende:\n"
            "Dr. Anna Berg, Wissenschaftliche Mitarbeiterin, Institut für Bodenkunde, Kassel "
            "(Deutschland)\n"
            "Juan Pérez, Profesor Titular, Universidad del Sur, Rosario (Argentina)\n"
            "Leyla Demir, Öğretim Üyesi, Ege Üniversitesi, İzmir (Türkiye)\n"
        )
    )
    found = by_name(text)
    assert set(found) == {"Anna Berg", "Juan Pérez", "Leyla Demir"}
    assert found["Leyla Demir"].countries == ["TR"]
    assert found["Juan Pérez"].affiliation == "Profesor Titular, Universidad del Sur"


def test_people_with_posts_separated_by_semicolons_in_running_text():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signed by: Marta Kowalewska, Senior Lecturer, Institute of Soil Studies, Poznań "
            "(Poland); Jonas Vidmar, Researcher, Centre for Seed Ecology (Slovenia); Ana "
            "Ferreira, Professor, University of the Coast (Portugal).\n"
        )
    )
    found = by_name(text)
    assert set(found) == {"Marta Kowalewska", "Jonas Vidmar", "Ana Ferreira"}
    assert found["Jonas Vidmar"].countries == ["SI"]
    assert found["Jonas Vidmar"].affiliation == "Researcher, Centre for Seed Ecology"


def test_portuguese_contractions_introduce_prose_items():
    text = (
        "Apelo pela paz\n\n"
        "O apelo foi assinado pela Federação Nacional dos Ferroviários, pelo Sindicato dos "
        "Estivadores do Norte, pelos Movimentos Unidos da Periferia e pela Associação de "
        "Moradores do Vale.\n"
    )
    found = by_name(text)
    assert "Federação Nacional dos Ferroviários" in found
    assert "Sindicato dos Estivadores do Norte" in found
    assert "Associação de Moradores do Vale" in found
    assert not any(name.lower().startswith(("pela ", "pelo ")) for name in found)


def test_contractions_also_open_items_after_pela_and_pelo():
    text = (
        "Apelo pela paz\n\n"
        "A nota é assinada pela Central dos Trabalhadores do Campo, pelo Sindicato dos "
        "Bancários de Lisboa, da Associação Cultural do Porto, do Coletivo Terra e pela "
        "Pastoral da Juventude.\n"
    )
    found = by_name(text)
    assert "Associação Cultural do Porto" in found
    assert "Coletivo Terra" in found
    assert len(found) == 5


def test_one_more_signer_added_with_also_and_an_elided_article():
    cases = (
        (
            "Paremos los desalojos\n\nLa carta fue firmada por la Federación de Inquilinos "
            "de Rosario, el Sindicato de Trabajadores del Puerto y la Casa del Pueblo de "
            "Tucumán, además de la Red de Vecinos del Sur.\n",
            "Red de Vecinos del Sur",
        ),
        (
            "Stop agli sfratti\n\nL'appello è stato sottoscritto dalla Rete degli "
            "Inquilini, dal Sindacato Operai Portuali e dall'Unione Studenti Medi.\n",
            "Unione Studenti Medi",
        ),
        (
            "Halte aux expulsions\n\nL'appel est signé par la Fédération des Locataires, "
            "le Syndicat des Dockers, ainsi que par l'Union des Femmes du Nord.\n",
            "Union des Femmes du Nord",
        ),
    )
    for text, name in cases:
        assert name in by_name(text), name


def test_da_after_a_person_still_says_where_from():
    text = (
        "Apelo pela paz\n\n"
        "O apelo foi assinado por Ana Gomes, da Universidade do Minho, e por Rui Costa, "
        "do Sindicato dos Estivadores.\n"
    )
    found = by_name(text)
    assert "Universidade do Minho" not in found


# 3. page footer and furniture


def test_footer_furniture_ends_the_list():
    for footer in (
        "Related\nWhy the port strike matters\nA year of rent struggles\n",
        "More letters\nLetter to the mayor on housing\nLetter on the river dam\n",
        "Newsletter: your email Subscribe\n",
        "Full name*\nEmail*\nOrganisation\n",
        "Mots-clés : grève, logement, solidarité\n",
        "الوسوم: إضراب، سكن\n",
        "Per aderire scrivi a adesioni@example.org\n",
        "Relacionados\nA greve dos estivadores\nO custo da habitação\n",
        "How to sign\nSend your name to us\n",
        "Abonnez-vous à la newsletter\n",
        "Схожі матеріали\nСтрайк докерів\n",
        "Name*\nE-Mail-Adresse*\nOrganisation\nAbsenden\n",
        "Adhesiones: escribir a firmas@example.org\n",
        "Leave a Reply\nYour email address will not be published. Required fields are marked *\n"
        "Comment *\nName *\nEmail *\nWebsite\nPost Comment\n",
        "Sign the letter\nFirst name\nLast name\nEmail\nOrganisation\nCountry\nSubmit\n",
        "Previous article\nThe dockers' victory\nNext article\nRent strike spreads\n",
        "Últimas noticias\nLa huelga portuaria\nEl alquiler sube\n",
        "Nom\nPrénom\nCourriel\nEnvoyer\n",
        "Unterstützung: bitte schreiben Sie an aufruf@example.org\n",
    ):
        text = (
            "Stop the Cuts\n\n"
            + BODY
            + (
                "Signatories:\n"
                "Harbour Workers Union\n"
                "Green Valley Tenants Association\n"
                "Federation of Textile Workers\n\n"
            )
            + footer
        )
        assert set(by_name(text)) == {
            "Harbour Workers Union",
            "Green Valley Tenants Association",
            "Federation of Textile Workers",
        }, footer


# 1. title


def test_title_under_masthead_and_breadcrumb():
    for header in (
        "Periódico Voz Obrera\nInicio › Declaraciones\n",
        "Solidaires Sans Murs\n",
        "Press › Statements\n",
        "The Weekly Commons — Open Letters\n",
    ):
        text = header + "\nStop the evictions in the river district\n\n12 March 2024\n\n" + BODY
        assert extract_statement(text).title == "Stop the evictions in the river district", header


def test_title_under_a_periodical_a_site_banner_or_a_dated_masthead():
    headline = "Stop the evictions in the river district"
    for page in (
        "Periódico Voz Obrera\n\n" + headline + "\n\n",
        "The Weekly Commons — Open Letters\n\n" + headline + "\n\n",
        "Open letters\n\n" + headline + "\n\n",
        "Solidaires Sans Murs\n\n12/03/2024\n\n" + headline + "\n\n",
    ):
        assert extract_statement(page + BODY).title == headline, page
    ukrainian = "Соціальний рух — офіційний сайт\n\nЗаява\n\nСтоп виселенням у районі\n\n"
    assert extract_statement(ukrainian + BODY).title == "Стоп виселенням у районі"


def test_title_that_names_its_genre_after_a_dash_stays():
    title = "Solidarity with the dockers — Joint statement"
    for after in ("Harbour news\n\n", "Unions of six ports stand together\n\n12 March 2024\n\n"):
        assert extract_statement(title + "\n\n" + after + BODY).title == title, after


def test_title_under_a_kicker_label():
    for kicker in ("STATEMENT", "Statement |", "OPEN LETTER", "HOUSING RIGHTS"):
        headline = "\nStop the evictions in the river district\n\n"
        text = kicker + headline + "By the Tenants Union, 12 March 2024\n\n" + BODY
        assert extract_statement(text).title == "Stop the evictions in the river district", kicker


def test_short_title_over_its_summary_and_date_stays():
    text = (
        "No Evictions Now\n\n"
        "Tenant unions from six cities demand a stop to evictions this winter.\n\n"
        "12 March 2024\n\n" + BODY
    )
    assert extract_statement(text).title == "No Evictions Now"


def test_title_in_capitals_is_not_a_kicker():
    text = "STOP THE WAR\n\n12 March 2024\n\n" + BODY
    assert extract_statement(text).title == "STOP THE WAR"
    text = "NO TO WAR\n\nJoint appeal of the port unions of the Baltic\n\n" + BODY
    assert extract_statement(text).title == "NO TO WAR"


# 4. section shapes and honorifics


def test_section_and_country_adjective():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signatories:\n"
            "Liga Obrera Internacional (LOI), sección argentina\n"
            "Ligue Socialiste (LS), section française\n"
            "Sozialistische Liga (SL), italienische Sektion\n"
        )
    )
    found = by_name(text)
    assert found["Liga Obrera Internacional"].countries == ["AR"]
    assert found["Liga Obrera Internacional"].alt_names == ["LOI"]
    assert found["Ligue Socialiste"].countries == ["FR"]
    assert found["Sozialistische Liga"].countries == ["IT"]


def test_group_heading_and_a_heading_naming_the_international():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signatories:\n"
            "Harbour Workers Union\n"
            "Internationals:\n"
            "Workers League International (WLI)\n"
            "RWI:\n"
            "Partido Obrero (PO), Argentina\n"
            "Liga Obrera (LO), Chile\n"
        )
    )
    found = by_name(text)
    assert set(found) == {
        "Harbour Workers Union",
        "Workers League International",
        "RWI",
        "Partido Obrero",
        "Liga Obrera",
    }
    assert found["Partido Obrero"].parent == "RWI"
    assert found["Workers League International"].parent is None
    text += "Others:\nGreen Valley Tenants Association\n"
    assert by_name(text)["Green Valley Tenants Association"].parent is None


def test_country_heading_with_region():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + ("Signatories:\nCanada (Québec) :\nFront des Locataires\nUnion des Cheminots du Nord\n")
    )
    found = by_name(text)
    assert "Canada (Québec)" not in found and "Canada" not in found
    assert found["Front des Locataires"].countries == ["CA"]


def test_a_heading_naming_the_country_of_a_group():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signatories:\n"
            "Organisations from Brazil:\n"
            "Sindicato dos Metalúrgicos\n"
            "Movimento Sem Teto\n"
            "Argentinian organisations:\n"
            "Partido Obrero\n"
            "Frente de Izquierda\n"
            "International organisations:\n"
            "Workers League International\n"
        )
    )
    found = by_name(text)
    assert found["Movimento Sem Teto"].countries == ["BR"]
    assert found["Partido Obrero"].countries == ["AR"]
    assert found["Workers League International"].countries == []


def test_honorifics_are_dropped():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + ("Signatories:\nDon Paolo Ferri\nprof.ssa Giulia Conti\nSister Mary Doyle\n")
    )
    assert set(by_name(text)) == {"Paolo Ferri", "Giulia Conti", "Mary Doyle"}


def test_an_honorific_word_that_is_a_first_name_stays():
    text = "Stop the Cuts\n\n" + BODY + "Signatories:\nDon Walsh\nAna Ruiz\nPastor Díaz\n"
    assert set(by_name(text)) == {"Don Walsh", "Ana Ruiz", "Pastor Díaz"}


# 5. kind, countries, dates


def test_organisation_words_in_other_languages():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signatories:\n"
            "Serikat Buruh Pelabuhan\n"
            "Pastoral da Terra\n"
            "Casa del Pueblo\n"
            "Ogólnopolski Związek Kolejarzy\n"
            "Hafenarbeitergewerkschaft\n"
            "Flüchtlingsrat Nordheide\n"
            "Kirchengemeinde Ost\n"
            "«Nuova Rotta\n"
            "“Tierra Viva”\n"
        )
    )
    found = by_name(text)
    for name in found:
        assert found[name].kind == "organization", name


def test_a_group_of_people_named_by_a_plural_is_an_organisation():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + ("Signatories:\nEast Bay Dockers\nMujeres Libres Rosario\nAna Ruiz\n")
    )
    found = by_name(text)
    assert found["East Bay Dockers"].kind == "organization"
    assert found["Mujeres Libres Rosario"].kind == "organization"
    assert found["Ana Ruiz"].kind == "individual"


def test_country_after_city_in_parenthesis_and_dash():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signatories:\n"
            "Busan Dock Workers (부산, 대한민국)\n"
            "Border Tenants Network, El Paso – Texas, USA\n"
            "River Union, Porto, Portugal\n"
            "Marta Kowalewska, Lecturer, Kraków (Poland)\n"
            "Liga Obrera (Santa Fe – Argentina)\n"
        )
    )
    found = by_name(text)
    assert found["Busan Dock Workers"].countries == ["KR"]
    assert found["Busan Dock Workers"].alt_names == []
    assert found["Border Tenants Network"].countries == ["US"]
    assert found["River Union"].alt_names == ["River Union, Porto"]
    assert found["Marta Kowalewska"].affiliation == "Lecturer"
    assert found["Marta Kowalewska"].countries == ["PL"]
    assert found["Liga Obrera"].countries == ["AR"]
    assert found["Liga Obrera"].alt_names == []


def test_numeric_dates():
    for line, iso in (
        ("Posted 2024/11/03", "2024-11-03"),
        ("2024/11/03", "2024-11-03"),
        ("03.11.2024", "2024-11-03"),
        ("3-11-2024", "2024-11-03"),
    ):
        text = "Stop the Cuts\n\n" + line + "\n\n" + BODY
        assert extract_statement(text).date == iso, line


def test_byline_date_beats_footnote_date():
    text = (
        "Stop the Cuts\n\nBy the Tenants Union, 12 March 2024\n\n"
        + BODY
        + "Notes\n1. Report of the council, 3 January 2019.\n"
    )
    assert extract_statement(text).date == "2024-03-12"


def test_posted_date_beats_footnote_date():
    text = (
        "Stop the Cuts\n\nPosted 2024/11/03\n\n"
        + BODY
        + "Notes\n1. Council report, 3 January 2019.\n2. Budget, 5 May 2020.\n"
    )
    assert extract_statement(text).date == "2024-11-03"


def test_a_name_that_opens_like_furniture_is_kept():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signatories:\n"
            "Harbour Workers Union\n"
            "Mais Moradia Coletivo\n"
            "Dockers Newsletter\n"
            "Altri Mondi Associazione\n"
            "Federation of Textile Workers\n"
        )
    )
    assert len(by_name(text)) == 5


def test_reference_dates_do_not_beat_the_page_date():
    for note in ("[1] Council report, 3 January 2019", "¹ Council report, 3 January 2019"):
        text = (
            "Stop the Cuts\n\nPublished 4 November 2024\n\n"
            + BODY
            + "The council cut the budget twice.\n\n"
            + note
            + "\n"
        )
        result = extract_statement(text)
        assert result.date == "2024-11-04", note
        assert result.footnotes == [note]


def test_a_headline_in_an_uncased_script_is_not_an_endorser():
    body = (
        "نحن نقف معا من أجل الأجور العادلة والعمل الآمن في كل ميناء ومصنع ومكتب، وندعو جميع "
        "النقابات إلى الانضمام إلى الحملة من أجل أسبوع عمل أقصر.\n\n"
    )
    headline = "تضامنا مع عمال الموانئ"
    for text in (
        headline + "\n" + body + "الموقعون:\nاتحاد عمال الموانئ (تونس)\nنقابة المعلمين"
        " (المغرب)\n\n" + headline + "\n",
        "الموقعون:\n" + headline + "\nاتحاد عمال الموانئ (تونس)\n",
    ):
        result = extract_statement(text)
        assert result.title == headline
        names = [endorser.name for endorser in result.endorsers]
        assert headline not in names
        assert "اتحاد عمال الموانئ" in names


def test_group_heading_in_ukrainian_and_an_open_for_signing_line():
    body = (
        "Ми, що підписалися нижче, вимагаємо припинити тиск на незалежні профспілки та "
        "негайно звільнити затриманих активістів у всіх регіонах країни.\n\n"
    )
    text = (
        "Стоп тиску на профспілки\n\n"
        + body
        + (
            "Підписали:\n"
            "Незалежна профспілка гірників України\n"
            "Спілка вчителів «Освіта»\n\n"
            "Міжнародні:\n"
            "International Miners' Federation\n\n"
            "Заява відкрита для підписання.\n"
        )
    )
    assert list(by_name(text)) == [
        "Незалежна профспілка гірників України",
        "Спілка вчителів «Освіта»",
        "International Miners' Federation",
    ]


def test_korean_participants_heading_with_names_and_a_postposed_count():
    text = (
        "[공동성명] 최저임금 동결 반대\n\n"
        "우리는 모든 노동자가 인간다운 삶을 누릴 수 있도록 최저임금의 대폭 인상을 요구한다. "
        "정부는 노동자의 목소리에 귀를 기울여야 한다.\n\n"
        "참여단체(5개): 한빛노동상담소, 푸른강시민연대, 새날청년네트워크, "
        "다솜이주민센터, 별빛노동자의집 등 전국 5개 단체\n"
    )
    names = set(by_name(text))
    assert {
        "한빛노동상담소",
        "푸른강시민연대",
        "새날청년네트워크",
        "다솜이주민센터",
        "별빛노동자의집",
    } <= names
    assert not any("단체" in name for name in names)


def test_country_headings_over_lines_of_names_joined_by_commas_and_a_conjunction():
    text = (
        "Parem os despejos\n\n"
        + BODY
        + (
            "Assinam:\n"
            "Angola\n"
            "Associação Rio Claro, Grupo Terra Viva e Plataforma Mar Aberto\n"
            "Portugal\n"
            "Coletivo Ponte Sul, Movimento Casa Digna, Rede Vizinhos Unidos e Centro Aurora\n"
        )
    )
    found = by_name(text)
    for name in ("Associação Rio Claro", "Grupo Terra Viva", "Plataforma Mar Aberto"):
        assert found[name].countries == ["AO"]
    for name in ("Coletivo Ponte Sul", "Movimento Casa Digna", "Centro Aurora"):
        assert found[name].countries == ["PT"]


def test_an_acronym_after_a_conjunction_that_stands_for_both_parts_keeps_one_name():
    text = (
        "Parem os despejos\n\n"
        + BODY
        + (
            "Assinam: Rede Vale Verde, Instituto para a Justiça e Paz Social (IJPS), "
            "Liga dos Pescadores do Norte e Coletivo Mar Alto\n"
        )
    )
    found = by_name(text)
    assert "Instituto para a Justiça e Paz Social" in found
    assert "Paz Social" not in found
    assert {"Rede Vale Verde", "Liga dos Pescadores do Norte", "Coletivo Mar Alto"} <= set(found)


def test_sections_named_after_their_international_end_at_the_first_other_name():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + (
            "Signatories:\n"
            "Open Harbours Federation (OHF) and its sections:\n"
            "Open Harbours Chile\n"
            "Open Harbours Kenya\n"
            "Puertos Abiertos (Open Harbours – Peru)\n"
            "Riverside Tenants Association\n"
            "Northfield Teachers Union\n"
        )
    )
    found = by_name(text)
    parents = {name: entry.parent for name, entry in found.items()}
    assert parents["Puertos Abiertos"] == "Open Harbours Federation"
    assert parents["Riverside Tenants Association"] is None
    assert parents["Northfield Teachers Union"] is None
    assert sum(parent == "Open Harbours Federation" for parent in parents.values()) == 3


KOREAN_BODY = (
    "우리는 모든 노동자가 인간다운 삶을 누릴 수 있도록 최저임금의 대폭 인상을 요구한다. "
    "정부는 노동자의 목소리에 귀를 기울여야 한다. 이주노동자와 비정규직 노동자도 예외가 "
    "아니며 우리는 함께 싸울 것이다. 모든 노동자에게 생활임금을 보장하라는 것이 우리의 "
    "요구이다.\n\n"
)


def test_a_paragraph_of_names_closed_by_a_count_is_a_list_without_a_heading():
    text = (
        "[공동성명] 최저임금 동결 반대\n\n"
        + KOREAN_BODY
        + "한빛노동상담소, 푸른강시민연대, 새날청년네트워크, 다솜이주민센터, "
        "별빛노동자의집 등 전국 5개 단체\n\n"
        "저작권자 © 어느 신문 무단전재 금지\n"
    )
    names = set(by_name(text))
    assert {"한빛노동상담소", "푸른강시민연대", "다솜이주민센터", "별빛노동자의집"} <= names
    assert not any("저작권자" in name or "단체" in name for name in names)


def test_a_paragraph_of_names_closed_by_and_others_is_a_list_without_a_heading():
    text = (
        "Stop the Cuts\n\n"
        + BODY
        + "Riverside Food Bank, Harbour Tenants Union, Northfield Mutual Aid, Green Valley "
        "Teachers, Eastside Workers Centre and 40 other organisations\n"
    )
    names = set(by_name(text))
    assert {"Riverside Food Bank", "Northfield Mutual Aid", "Eastside Workers Centre"} <= names
    assert not any("other" in name for name in names)


def test_a_line_labelled_with_the_texts_genre_is_the_title_among_site_furniture():
    text = (
        "The Harbour Courier\n"
        "Independent news from the coast\n"
        "Home | Labour | Climate | Opinion\n"
        "Support independent journalism\n\n"
        "Open letter: Keep the Harbour Libraries Open\n\n"
        + BODY
        + "Signatories:\nRiverside Tenants Association\nNorthfield Teachers Union\n"
    )
    assert extract_statement(text).title == "Open letter: Keep the Harbour Libraries Open"


def test_a_bracketed_genre_label_opens_the_title():
    text = (
        "어느 신문\n홈 | 노동 | 이주\n\n"
        "[공동성명] 최저임금 동결 반대\n\n"
        + KOREAN_BODY
        + "한빛노동상담소, 푸른강시민연대, 새날청년네트워크, 다솜이주민센터 등 4개 단체\n"
    )
    assert extract_statement(text).title == "[공동성명] 최저임금 동결 반대"
