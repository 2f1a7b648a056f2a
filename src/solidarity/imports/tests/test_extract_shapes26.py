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
