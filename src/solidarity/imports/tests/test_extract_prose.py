"""Signatories named in running text, and the people named there who did not sign."""

from solidarity.imports.extract import extract_statement


def names(text: str) -> list[str]:
    return [endorser.name for endorser in extract_statement(text).endorsers]


def test_names_listed_in_a_news_report_sentence():
    text = (
        "Civil society writes to the governor\n\n"
        "Sixty groups sent an open letter addressed to Governor Paul Hart asking him to "
        "restore the water subsidy.\n\n"
        "Rosa Itzel, Mateo Quiroga, Laura de la Fuente and groups such as Vecinos Unidos, "
        "Red Comunitaria del Sur and Agua Viva are among those who signed the letter.\n"
    )
    assert names(text) == [
        "Rosa Itzel",
        "Mateo Quiroga",
        "Laura de la Fuente",
        "Vecinos Unidos",
        "Red Comunitaria del Sur",
        "Agua Viva",
    ]


def test_first_signatories_named_after_a_verb():
    text = (
        "Appeal for unity\n\n"
        "The first signatories of the appeal are Inês Barros, Rui Teles, Carla Dias e "
        "Nuno Serra. It was delivered to both federations today.\n"
    )
    assert names(text) == ["Inês Barros", "Rui Teles", "Carla Dias", "Nuno Serra"]


def test_including_a_list_and_more():
    text = (
        "Charities urge a ceasefire\n\n"
        "Today 60 charities have signed a statement calling on the government to act now "
        "and to protect civilians wherever they are.\n\n"
        "60 charities, including Hope Relief UK, Children First, Medical Aid Network and "
        "more have said:\n\n"
        "The bombing must stop.\n"
    )
    found = {e.name: e for e in extract_statement(text).endorsers}
    assert list(found) == ["Hope Relief UK", "Children First", "Medical Aid Network"]
    assert found["Hope Relief UK"].countries == ["GB"]


def test_organisations_of_a_coalition_have_it_as_parent():
    text = (
        "21-05-24.-This statement is from the Left Unity Platform (LUP), an initiative of "
        "several socialist groups to work together in the face of attacks on migrants. "
        "The organisations of the LUP are Red Horizon, Workers Tide and Socialist Commons.\n"
    )
    found = {e.name: e for e in extract_statement(text).endorsers}
    assert list(found) == [
        "Left Unity Platform",
        "Red Horizon",
        "Workers Tide",
        "Socialist Commons",
    ]
    assert found["Red Horizon"].parent == "Left Unity Platform"
    assert found["Left Unity Platform"].parent is None
    coalition = found["Left Unity Platform"]
    assert coalition.alt_names == ["LUP"]
    assert text[coalition.start : coalition.end] == "Left Unity Platform"


def test_joint_statement_by_two_leaders():
    text = (
        "Joint statement by Maria Lenz and Petros Alexiou\n\n"
        "On Monday the two secretaries met in Vienna and discussed the situation in the "
        "region, the war and the tasks of the labour movement.\n"
    )
    assert names(text) == ["Maria Lenz", "Petros Alexiou"]


def test_signed_by_a_person_introduced_by_their_role():
    text = (
        "Letter to the board\n\n"
        "The letter is also signed by the retired judge Helena Vos, who chaired the "
        "inquiry in 2010.\n"
    )
    found = extract_statement(text).endorsers
    assert [e.name for e in found] == ["Helena Vos"]
    assert found[0].kind == "individual"


def test_quoted_people_and_addressees_are_not_signatories():
    text = (
        "Unions call for a ceasefire\n\n"
        "The statement was signed by the Fire Brigades Union, the Teachers Union and the "
        "Trades Council of Leeds, and addressed to Prime Minister John Major.\n\n"
        "“We need peace now,” said Jane Roe, general secretary of the Fire Brigades Union.\n"
    )
    assert names(text) == ["Fire Brigades Union", "Teachers Union", "Trades Council of Leeds"]


def test_a_statement_that_only_quotes_others_has_no_endorsers():
    text = (
        "Support the miners\n\n"
        "Ana Petrenko, chair of the Independent Miners Union, Donetsk region, denounced the "
        "attacks. The Transport Workers Council supported the strike and said the convoy "
        "will leave on Monday.\n\n"
        "“We will not be broken,” said Ana Petrenko.\n\n"
        "Solidarity with the miners!\n"
    )
    assert names(text) == []


def test_places_and_keywords_in_running_text_are_not_names():
    text = (
        "Appeal\n\n"
        "Peace, Bread, Land, Freedom\n\n"
        "Signed in Geneva, Paris, Lisbon and Rome by delegates of the conference.\n"
    )
    assert names(text) == []


def test_org_names_of_a_country_in_running_text_keep_it_as_a_country():
    text = (
        "A call\n\n"
        "The groups that wrote and signed this call – Lucha Roja of Peru, Groupe Ouvrier of "
        "France and the Workers League of New Zealand – agree to meet.\n"
    )
    found = {e.name: e for e in extract_statement(text).endorsers}
    assert found["Lucha Roja"].countries == ["PE"]
    assert found["Groupe Ouvrier"].countries == ["FR"]
    assert found["Workers League"].countries == ["NZ"]
    assert "Workers League of New Zealand" in found["Workers League"].alt_names


def test_addressees_named_after_the_signing_sentence_are_left_out():
    text = (
        "Académicos piden frenar la reforma\n\n"
        "Más de 300 académicos firmaron una carta dirigida a la ministra de Educación, "
        "Carolina Vidal, en la que exigen retirar la reforma.\n\n"
        "El manifiesto es subscrito por figuras como Rita Horta, Paulo Lobo e Joana Reis, e "
        "foi entregue ao Presidente da República, Mário Soares Lima.\n"
    )
    assert names(text) == ["Rita Horta", "Paulo Lobo", "Joana Reis"]


def test_names_in_the_paragraph_after_the_signing_need_an_introduction():
    signing = (
        "Tribune contre la réforme\n\n"
        "Plus de 150 personnalités ont signé une tribune publiée ce matin pour appeler à la "
        "grève générale dans tout le pays.\n\n"
    )
    welcomed = signing + "Les syndicats CGT, CFDT et FO ont salué l'initiative du collectif.\n"
    introduced = signing + (
        "On compte notamment Lina Roche, Hugo Marchal, Inès Brun et bien d'autres.\n"
    )
    assert names(welcomed) == []
    assert names(introduced) == ["Lina Roche", "Hugo Marchal", "Inès Brun"]


def test_dateline_opening_a_paragraph_gives_the_date():
    text = (
        "Lettera aperta sul clima\n\n"
        "Roma, 10 ottobre 2022 – La lettera, firmata da Luca Verdi, Sara Monti e Piero "
        "Galli, chiede al governo di dichiarare l'emergenza climatica.\n"
    )
    result = extract_statement(text)
    assert result.date == "2022-10-10"
    assert [e.name for e in result.endorsers] == ["Luca Verdi", "Sara Monti", "Piero Galli"]


def test_organisation_names_in_sentence_case_in_running_text():
    text = (
        "Appello per la sicurezza sul lavoro\n\n"
        "Roma, 3 marzo 2023 – Hanno aderito all'appello la Fiom, l'Arci, la Rete degli "
        "studenti medi e il Coordinamento nazionale dei lavoratori precari, che chiedono una "
        "legge sugli appalti.\n"
    )
    assert names(text) == [
        "Fiom",
        "Arci",
        "Rete degli studenti medi",
        "Coordinamento nazionale dei lavoratori precari",
    ]


def test_offsets_of_names_in_running_text():
    text = (
        "Civil society writes to the governor\n\n"
        "Rosa Itzel, Mateo Quiroga and groups such as Vecinos Unidos are among those who "
        "signed the letter.\n"
    )
    for endorser in extract_statement(text).endorsers:
        assert text[endorser.start : endorser.end] == endorser.name


def test_a_range_of_signatories_from_one_to_another():
    text = (
        "Open letter on the rivers\n\n"
        "The letter was signed within a day by thousands of people, scientists and artists "
        "among them.\n\n"
        "From Marta Lindqvist , who has campaigned for clean rivers for years, to Tomas "
        "Berger , the painter of the Danube series.\n\n"
        "The unions CGT and FO welcomed it.\n"
    )
    assert names(text) == ["Marta Lindqvist", "Tomas Berger"]


def test_a_headline_with_a_colon_is_no_list_and_leaves_the_report_to_be_read():
    text = (
        "THE RIVER POST\n"
        "News  Regions  Environment  Opinion\n\n"
        "45 groups to Ministry: stop the Lowland Dam project\n\n"
        "Published 3 May 2025\n\n"
        "Forty-five organisations on Monday urged the water minister to halt the dam, "
        "saying it would flood the farms of more than two thousand families in the valley.\n\n"
        "The letter was signed by the Lowland Farmers Union, Valley Water Watch, "
        "Riverbank Fishers Association, Green Delta Network and Hill Tenants Council, "
        "and 40 other organizations.\n"
    )
    assert names(text) == [
        "Lowland Farmers Union",
        "Valley Water Watch",
        "Riverbank Fishers Association",
        "Green Delta Network",
        "Hill Tenants Council",
    ]


def test_an_and_inside_a_run_belongs_to_a_name_that_it_completes():
    text = (
        "Groups demand the river be protected\n\n"
        "The statement was signed by River Watch Movement, Clean Air Coalition, Housing "
        "and Tenants Association, Tenant Rights and Justice Centre, Green Valley Collective "
        "and People's Kitchen Network, and 12 other organisations.\n"
    )
    assert names(text) == [
        "River Watch Movement",
        "Clean Air Coalition",
        "Housing and Tenants Association",
        "Tenant Rights and Justice Centre",
        "Green Valley Collective",
        "People's Kitchen Network",
    ]


def test_an_and_between_people_inside_a_run_still_separates_them():
    text = (
        "Teachers back the strike\n\n"
        "The letter was signed by Marta Ruiz and Tomás Vidal, Elena Soto, Pablo Gil and "
        "the Riverside Teachers Union.\n"
    )
    assert names(text) == [
        "Marta Ruiz",
        "Tomás Vidal",
        "Elena Soto",
        "Pablo Gil",
        "Riverside Teachers Union",
    ]
