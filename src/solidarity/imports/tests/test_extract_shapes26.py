"""List shapes from the round on holdout56 (2026-11-25, tenth session): open letters of
professionals and cultural workers, lawyers under their title, writers under their
occupation, a form's export, kinds of signatory heading the names. Every example is
invented for this file."""

from solidarity.imports.tests.shapes import BODY, by_name


def test_french_lawyers_and_spanish_clergy_are_named_without_their_title():
    read = by_name(
        "Tribune : défendre ceux qui défendent\n\n" + BODY + "Signataires :\n\n"
        "Me Hélène DUCLOS, avocate au barreau de Lyon\n"
        "Me Bastien FAURE-LEROY, avocat honoraire\n\n"
        "Rabino Samuel Mizrahi\n"
        "Obispa Marta Solís Vega\n"
        "Past. Andrés Quiroga Lima\n"
    )
    assert list(read) == [
        "Hélène DUCLOS",
        "Bastien FAURE-LEROY",
        "Samuel Mizrahi",
        "Marta Solís Vega",
        "Andrés Quiroga Lima",
    ]
    assert read["Hélène DUCLOS"].affiliation == "avocate au barreau de Lyon"


def test_an_arabic_occupation_before_the_name_is_the_persons_post():
    read = by_name(
        "بيان مشترك: الجامعة ليست هدفاً\n\n" + BODY + "الموقعون:\n\n"
        "- د. رامي الحلو – قسم الفلسفة، جامعة الشمال\n"
        "- الروائية ليلى منصور\n"
        "- الكاتب والمترجم فادي عيسى\n"
        "- الفنانة التشكيلية هند الشامي\n"
        "- الأمينة العامة لمنتدى الثقافة الحرة\n"
    )
    assert read["ليلى منصور"].affiliation == "الروائية"
    assert read["فادي عيسى"].affiliation == "الكاتب والمترجم"
    assert read["هند الشامي"].kind == "individual"
    assert "منتدى الثقافة الحرة" not in read
    assert "لمنتدى الثقافة الحرة" not in read


def test_a_form_export_with_a_city_and_state_column_is_read():
    read = by_name(
        "Carta aberta em defesa do SUS (respostas)\n\n" + BODY + "Carimbo de data/hora\tNome "
        "completo\tCategoria profissional\tInstituição / Entidade\tCidade/UF\tAssina como\n"
        "02/05/2024 08:12:44\tSindicato dos Enfermeiros do Sertão (SES)\tEntidade sindical\t"
        "Sindicato dos Enfermeiros do Sertão\tPetrolina/PE\tEntidade\n"
        "02/05/2024 08:20:03\tCarla Menezes Rocha\tEnfermeira\tHospital Municipal do Sertão\t"
        "Petrolina/PE\tPessoa física\n"
        "02/05/2024 09:02:38\tteste\tteste\tteste\tteste\tPessoa física\n"
    )
    assert list(read) == ["Sindicato dos Enfermeiros do Sertão", "Carla Menezes Rocha"]
    assert read["Carla Menezes Rocha"].affiliation == "Enfermeira, Hospital Municipal do Sertão"
    assert read["Sindicato dos Enfermeiros do Sertão"].kind == "organization"


def test_kinds_of_signatory_joined_by_and_head_the_names_without_being_their_parent():
    read = by_name(
        "Открытое письмо в защиту коллеги\n\n"
        "Мы, журналисты и редакторы, требуем немедленно освободить нашего коллегу и "
        "прекратить его уголовное преследование за профессиональную работу.\n\n"
        "ПОДПИСАЛИ:\n\n"
        "Журналисты и редакторы:\n"
        "— Вера Соколова (Vera Sokolova), главный редактор «Речной газеты»\n"
        "— Артём Ларин, фотограф\n\n"
        "Редакции и объединения:\n"
        "— «Речная газета» (Rechnaya Gazeta)\n"
        "— Союз свободных журналистов\n"
    )
    assert "Журналисты и редакторы" not in read
    assert "Редакции и объединения" not in read
    assert read["Вера Соколова"].kind == "individual"
    assert read["Союз свободных журналистов"].parent is None


def test_a_forms_row_of_starred_fields_and_its_button_are_no_signers():
    read = by_name(
        "Sem terra não há futuro\n\n" + BODY + "Assinam:\n\n"
        "Coletivo Terra Viva\nAssociação dos Pequenos Agricultores do Vale\n\n"
        "Sua organização quer assinar? Preencha o formulário\n"
        "Nome da organização*   Sigla   Cidade/UF   País   E-mail*\n"
        "[ Enviar adesão ]\n"
    )
    assert list(read) == ["Coletivo Terra Viva", "Associação dos Pequenos Agricultores do Vale"]


def test_professions_over_the_people_and_a_surnames_particle_in_capitals():
    read = by_name(
        "Tribune : nos confrères emprisonnés\n\n" + BODY + "Premiers signataires\n\n"
        "Avocates et avocats\n"
        "Me Nadia BEN YOUSSEF, avocate au barreau de Sfax (Tunisie)\n"
        "Me Louis GARNIER, avocat au barreau de Lille\n\n"
        "Enseignants-chercheurs en droit\n"
        "Inès Roussel, professeure de droit public, Université du Littoral\n"
    )
    assert list(read) == ["Nadia BEN YOUSSEF", "Louis GARNIER", "Inès Roussel"]
    assert read["Nadia BEN YOUSSEF"].kind == "individual"
    assert read["Nadia BEN YOUSSEF"].countries == ["TN"]


def test_a_fellows_letters_after_the_name_and_a_field_of_study_named_by_a_people():
    read = by_name(
        "Release our colleague now\n\n" + BODY + "Signed:\n\n"
        "1. Prof. Ruth Calder FBA, Faculty of Asian and Middle Eastern Studies, University "
        "of Wendover\n"
        "2. Dr Amir Kazemi, Lecturer in Persian, University of Wendover\n"
        "3. Persian Studies Society UK (PSS-UK)\n"
    )
    assert list(read) == ["Ruth Calder", "Amir Kazemi", "Persian Studies Society UK"]
    assert read["Ruth Calder"].affiliation == (
        "Faculty of Asian and Middle Eastern Studies, University of Wendover"
    )
    assert read["Persian Studies Society UK"].countries == ["GB"]


def test_a_network_together_with_its_chapters_and_regional_branches():
    read = by_name(
        "Scientists' statement on loss and damage\n\n" + BODY + "Institutional signatories\n\n"
        "Sahel Water Science Network (SWSN), together with its national chapters:\n"
        "SWSN Mali Chapter\nSWSN Niger Chapter\n\n"
        "Signed:\n\n"
        "The Coastal Radio Alliance (CRA) and its regional chapters: CRA West, CRA Latin "
        "America and the Caribbean, and CRA East;\n"
    )
    assert read["SWSN Niger Chapter"].parent == "Sahel Water Science Network"
    assert read["CRA Latin America and the Caribbean"].parent == "Coastal Radio Alliance"
    assert "The Coastal Radio Alliance" not in read


def test_a_word_table_with_paired_labels_a_page_break_and_the_document_author():
    read = by_name(
        "Κοινή ανακοίνωση για την απεργία\n\n" + BODY + "ΥΠΟΓΡΑΦΟΥΝ\n\n"
        "Α/Α\tΦορέας / Ονοματεπώνυμο\tΙδιότητα – Χώρος εργασίας\n"
        "1\tΣωματείο Εργαζομένων Νοσοκομείου Βόλου\t\n"
        "2\tΑννα Ζήση\tΝοσηλεύτρια, Νοσοκομείο Βόλου\n\n"
        "─── Σελίδα 2 ───\n\n"
        "3\tΣτέλιος Δήμου (Stelios Dimou)\tΠαθολόγος, Νοσοκομείο «Ελπίδα», Λευκωσία (Κύπρος)\n\n"
        "Συντάκτης εγγράφου: Μ. Ρήγας – Τελευταία αποθήκευση: 07/03/2024 22:41\n"
    )
    assert list(read) == ["Σωματείο Εργαζομένων Νοσοκομείου Βόλου", "Αννα Ζήση", "Στέλιος Δήμου"]
    assert read["Αννα Ζήση"].kind == "individual"
    assert read["Στέλιος Δήμου"].countries == ["CY"]


def test_a_petition_sites_kind_and_topic_line_is_no_signer():
    read = by_name(
        "FirmaQui\n\nPetizione · Lavoro · Italia\n\n"
        "Appello dei ricercatori precari\n\n" + BODY + "Primi firmatari:\n"
        "Giulia Ferri, ricercatrice, Università di Pavia\n"
        "Marco Lodi, assegnista, Università di Bologna\n"
    )
    assert list(read) == ["Giulia Ferri", "Marco Lodi"]


def test_regional_cells_of_a_union_and_specialists_with_a_degree_in_words():
    read = by_name(
        "Звернення музейників\n\n" + BODY + "Звернення підписали:\n\n"
        "Організації\n"
        "Асоціація бібліотекарів України (АБУ) та її регіональні осередки:\n"
        "• Львівський осередок АБУ\n"
        "• Одеський осередок АБУ\n\n"
        "Фахівці (у порядку надходження підписів)\n"
        "1\tканд. іст. наук Ігор Петрук\tархівіст, Київ\n"
        "2\tОлена Шевчук\tбібліотекарка, Луцьк\n"
    )
    assert read["Одеський осередок АБУ"].parent == "Асоціація бібліотекарів України"
    assert "Фахівці" not in read
    assert "Ігор Петрук" in read


def test_a_person_named_twice_then_a_dash_and_the_centre_they_work_at():
    read = by_name(
        "بيان مشترك: الجامعة ليست هدفاً\n\n" + BODY + "الموقعون:\n\n"
        "- د. سمير العلي (Samir Al-Ali) – مركز دراسات الهجرة، بيروت\n"
        "- د. هدى نصار – قسم التاريخ، جامعة الجبل\n"
    )
    assert list(read) == ["سمير العلي", "هدى نصار"]
    assert read["سمير العلي"].affiliation == "مركز دراسات الهجرة، بيروت"
    assert read["سمير العلي"].alt_names == ["Samir Al-Ali"]


def test_a_post_in_lower_case_after_a_name_in_two_forms_and_a_quoted_slogan():
    read = by_name(
        "Открытое письмо журналистов\n\n«СВОБОДУ НАШЕМУ КОЛЛЕГЕ»\n\n"
        "Мы, журналисты и редакторы, требуем немедленно освободить нашего коллегу и "
        "прекратить его уголовное преследование за профессиональную работу.\n\n"
        "ПОДПИСАЛИ:\n"
        "— Ирина Белая (Irina Belaya), обозреватель «Речной газеты» (Тбилиси, Грузия)\n"
        "— Олег Сизов, фотограф\n"
    )
    assert list(read) == ["Ирина Белая", "Олег Сизов"]
    assert read["Ирина Белая"].affiliation == "обозреватель «Речной газеты»"
    assert read["Ирина Белая"].countries == ["GE"]


def test_a_pdfs_columns_set_apart_by_spaces_and_brazils_state_codes():
    read = by_name(
        "Manifesto em defesa dos rios\n\n" + BODY + "Assinam:\n\n"
        "Associação dos Ribeirinhos do Tapajós (PA)      Conselho Indígena do Alto Negro (AM)"
        "      Coletivo Mulheres do Cerrado (GO)\n"
        "Federação dos Pescadores do Amapá (AP)       Rede Quilombola do Vale (MA)        "
        "Sindicato dos Trabalhadores Rurais de Marabá (PA)\n"
    )
    assert list(read) == [
        "Associação dos Ribeirinhos do Tapajós",
        "Conselho Indígena do Alto Negro",
        "Coletivo Mulheres do Cerrado",
        "Federação dos Pescadores do Amapá",
        "Rede Quilombola do Vale",
        "Sindicato dos Trabalhadores Rurais de Marabá",
    ]
    assert read["Rede Quilombola do Vale"].countries == []
    assert read["Conselho Indígena do Alto Negro"].countries == []


def test_a_german_post_before_a_name_in_a_report_and_a_staff_council():
    read = by_name(
        "Offener Brief: Das Werk muss bleiben\n\n" + BODY + "Unterzeichnet haben:\n\n"
        "Bezirksleiterin Annette Kroll\n"
        "Mitarbeitervertretung Klinikum Nordstadt\n"
        "Studentisches Wohnplenum Kassel\n"
    )
    assert read["Annette Kroll"].affiliation == "Bezirksleiterin"
    assert read["Mitarbeitervertretung Klinikum Nordstadt"].kind == "organization"
    assert "Studentisches Wohnplenum Kassel" in read


def test_a_bodys_signature_under_a_rule_is_no_signer():
    read = by_name(
        "Pronunciamiento interreligioso\n\n" + BODY + "Firmantes:\n\n"
        "Congregación de Hermanas del Camino (México)\n"
        "Comunidad Judía Beit Shalom (México)\n\n"
        "---------------------------------------------------------\n\n"
        "Red de Acompañamiento al Migrante\n"
        "Secretaría Técnica · Tapachula, Chiapas\n"
        "Tel. +52 962 555 0134\n"
    )
    assert list(read) == ["Congregación de Hermanas del Camino", "Comunidad Judía Beit Shalom"]
