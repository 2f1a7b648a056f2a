"""List shapes found while reading the ninth held-out set, on small made-up statements."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.dates import find_date
from solidarity.imports.extract.headings import is_heading
from solidarity.imports.tests.test_extract_lists import by_name, names

STATEMENT = (
    "Solidarity with the Riverside Weavers\n\n"
    "We stand together with the weavers of the Riverside mills, who have been on strike for "
    "three weeks against the closure of their workshops and the loss of their pensions.\n\n"
)


def test_two_numbered_columns_flattened_into_one_line():
    text = STATEMENT + (
        "Signatory organisations\n\n"
        "1. Lantern Bay Dockers Committee (Spain)      2. Harbour Workers Union (Greece)\n"
        "3. Green Valley Tenants Association (Italy)    4. Northern Weavers Alliance (Portugal)\n"
        "5. Riverside Care Workers Network (Ireland)    6. Hilltop Teachers Forum (Malta)\n"
        "7. Coastal Fishers Cooperative (Cyprus)\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Lantern Bay Dockers Committee",
        "Harbour Workers Union",
        "Green Valley Tenants Association",
        "Northern Weavers Alliance",
        "Riverside Care Workers Network",
        "Hilltop Teachers Forum",
        "Coastal Fishers Cooperative",
    ]
    assert found["Harbour Workers Union"].countries == ["GR"]
    assert found["Coastal Fishers Cooperative"].countries == ["CY"]


def test_organisations_on_one_line_between_spaced_dashes():
    text = STATEMENT + (
        "First signatures:\n\n"
        "Anna Dell, baker\n"
        "Marco Pinto, nurse\n\n"
        "Joined by:\n\n"
        "Riverside Tenants Union – Harbour Workers Committee – Valley Parents Network – "
        "Coastal Fishers Cooperative (CFC) – Hilltop Teachers Forum – Association of "
        "Retired Railway Workers\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Anna Dell",
        "Marco Pinto",
        "Riverside Tenants Union",
        "Harbour Workers Committee",
        "Valley Parents Network",
        "Coastal Fishers Cooperative",
        "Hilltop Teachers Forum",
        "Association of Retired Railway Workers",
    ]
    assert found["Coastal Fishers Cooperative"].alt_names == ["CFC"]


def test_a_short_line_with_dashes_is_one_entry():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Anna Dell – Riverside Tenants Union – Ireland\n"
        "Marco Pinto – Harbour Workers Committee – Malta\n"
    )
    assert names(text) == ["Anna Dell", "Marco Pinto"]


def test_a_telephone_number_marks_a_contact_not_a_signatory():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Riverside Tenants Union\n"
        "Harbour Workers Committee\n"
        "Valley Parents Network\n\n"
        "Press office: Maria Costa – +351 21 000 0000\n"
    )
    assert names(text) == [
        "Riverside Tenants Union",
        "Harbour Workers Committee",
        "Valley Parents Network",
    ]


def test_a_number_in_a_name_is_no_telephone():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Teamsters Local 1194\n"
        "Riverside Tenants Union\n"
        "Committee of the 300 000 Evicted\n"
    )
    assert names(text) == [
        "Teamsters Local 1194",
        "Riverside Tenants Union",
        "Committee of the 300 000 Evicted",
    ]


def test_the_country_an_entry_comes_from_closes_it():
    text = STATEMENT + (
        "Подписали:\n\n"
        "— Союз речников «Волна» из Литвы;\n"
        "— Профсоюз пекарей Тарту из Эстонии;\n"
        "— Общество «Зелёный двор» из Польши;\n"
        "— Riverside Tenants Union from Ireland;\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Союз речников «Волна»",
        "Профсоюз пекарей Тарту",
        "Общество «Зелёный двор»",
        "Riverside Tenants Union",
    ]
    assert [entry.countries for entry in found.values()] == [["LT"], ["EE"], ["PL"], ["IE"]]


def test_of_and_de_stay_inside_a_name():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Communist Party of Ireland\n"
        "Frente de Mujeres de Chile\n"
        "Dock Workers Union, Malta\n"
    )
    assert names(text) == [
        "Communist Party of Ireland",
        "Frente de Mujeres de Chile",
        "Dock Workers Union",
    ]


def test_a_town_and_its_state_code_after_a_slash():
    text = STATEMENT + (
        "Primeiras assinaturas\n\n"
        "Associação de Moradores do Jardim Azul – Campinas/SP\n"
        "Ana Beatriz Lopes – Recife/PE\n"
        "Coletivo Rua Viva – Porto Alegre/RS\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Associação de Moradores do Jardim Azul",
        "Ana Beatriz Lopes",
        "Coletivo Rua Viva",
    ]
    assert all(entry.countries == [] for entry in found.values())


def test_a_platforms_supporters_with_middle_dots():
    text = STATEMENT + (
        "Supporters (4)\n\n"
        "Harbour Tenants Association · Organisation\n"
        "Lena Fischer · Harbour Tenants Association\n"
        "Valley Cyclists Collective · Organisation\n"
        "Omar Haddad · Valley Cyclists Collective\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Harbour Tenants Association",
        "Lena Fischer",
        "Valley Cyclists Collective",
        "Omar Haddad",
    ]
    assert found["Valley Cyclists Collective"].kind == "organization"
    assert found["Omar Haddad"].kind == "individual"
    assert found["Omar Haddad"].affiliation == "Valley Cyclists Collective"


def test_a_count_of_people_with_a_verb_is_no_heading():
    assert not is_heading("87 people are going")
    assert not is_heading("1.206 personnes ont signé")
    assert is_heading("240 signatories")
    assert is_heading("1. Signatories")
    assert is_heading("Signatories (240)")


def test_an_events_organisers_head_its_list():
    text = STATEMENT + (
        "Organisers:\n\n- Riverside Tenants Union\n- Harbour Workers Committee\n\n"
        "See you at the gate at noon.\n"
    )
    assert names(text) == ["Riverside Tenants Union", "Harbour Workers Committee"]


def test_a_post_and_where_it_is_held_describe_the_person_before():
    text = STATEMENT + (
        "Les signataires : Léa Marchal, infirmière au centre hospitalier de Tours, Paul "
        "Kerjean, médecin à Lorient, Inès Dumas, sociologue, l'Association des usagers de "
        "Rive Verte, et Marc Olivier, président de l'Union des locataires de Brest.\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Léa Marchal",
        "Paul Kerjean",
        "Inès Dumas",
        "Association des usagers de Rive Verte",
        "Marc Olivier",
    ]
    assert found["Paul Kerjean"].affiliation == "médecin à Lorient"
    assert found["Marc Olivier"].affiliation == "président de l'Union des locataires de Brest"


def test_a_post_before_a_name_stays_with_it():
    text = STATEMENT + "Письмо подписали: профессор Иван Петров, Союз речников, врач Анна Лис.\n"
    assert names(text) == ["Иван Петров", "Союз речников", "Анна Лис"]


def test_a_breadcrumb_from_home_ends_on_the_long_title():
    text = (
        "Riverside Weavers Union\n"
        "Home   News   Statements   Contact\n\n"
        "Home → Statements → Joint statement of the weavers' unions for May Day\n\n"
        "JOINT STATEMENT OF THE WEAVERS' UNIONS FOR MAY DAY\n\n"
        "We stand together with the weavers of the Riverside mills, who have been on strike for "
        "three weeks against the closure of their workshops and the loss of their pensions.\n"
    )
    assert extract_statement(text).title == "JOINT STATEMENT OF THE WEAVERS' UNIONS FOR MAY DAY"


def test_a_photo_credit_in_brackets_is_no_title():
    text = (
        "Riverside Weavers Union\n"
        "Home   News   Statements   Contact\n\n"
        "[Photo: Weavers at the mill gate. Photo: Ana Ruiz]\n\n"
        "No family on the street\n\n"
        "We stand together with the weavers of the Riverside mills, who have been on strike for "
        "three weeks against the closure of their workshops and the loss of their pensions.\n"
    )
    assert extract_statement(text).title == "No family on the street"


def test_a_genre_line_with_the_pages_date_under_it_is_the_headline():
    text = (
        "Riverside Weavers Union\n"
        "Home   News   Statements   Contact\n\n"
        "Manifesto for the right to housing and against evictions\n"
        "Published on 12 August 2024 by the editors\n\n"
        "NO FAMILY ON THE STREET\n\n"
        "We stand together with the weavers of the Riverside mills, who have been on strike for "
        "three weeks against the closure of their workshops and the loss of their pensions.\n"
    )
    assert (
        extract_statement(text).title == "Manifesto for the right to housing and against evictions"
    )


def test_an_arabic_month_given_by_both_its_names():
    assert find_date("عمّان، ٢٢ تشرين الأول/أكتوبر ٢٠٢٥") == ("2025-10-22", 7, 33)
    assert find_date("Amman, 22 October 2025")[0] == "2025-10-22"


def test_a_name_and_its_translation_is_no_language_link_nor_menu():
    text = STATEMENT + (
        "Подписали / Signed:\n\n"
        "Украинский союз ткачей / Ukrainian Weavers' Union\n"
        "Союз «Прибой» (Латвия) / Union “Surf” (Latvia)\n"
        "Сеть «Река» / “River” Network\n\n"
        "Русский | English\n"
    )
    found = by_name(text)
    assert list(found) == ["Украинский союз ткачей", "Союз «Прибой»", "Сеть «Река»"]
    assert found["Украинский союз ткачей"].alt_names == ["Ukrainian Weavers' Union"]
    assert found["Союз «Прибой»"].countries == ["LV"]
    assert [link["language"] for link in extract_statement(text).translations] == ["ru", "en"]


def test_a_pair_under_a_country_stays_one_entry_whatever_and_it_holds():
    text = STATEMENT + (
        "Подписали / Signed:\n\n"
        "Латвия / Latvia\n"
        "Союз ткачей и прядильщиков / Union of Weavers and Spinners\n"
        "Сеть «Река» / “River” Network\n"
        "Союз речников / Rivermen's Union\n"
    )
    found = by_name(text)
    assert list(found) == ["Союз ткачей и прядильщиков", "Сеть «Река»", "Союз речников"]
    assert found["Союз ткачей и прядильщиков"].alt_names == ["Union of Weavers and Spinners"]
    assert found["Союз ткачей и прядильщиков"].countries == ["LV"]


def test_a_short_unbulleted_line_over_bulleted_entries_heads_them():
    text = STATEMENT + (
        "Signed by:\n\n"
        "North Riverside\n"
        "• Riverside Tenants Union\n"
        "• Anna Dell, nurse\n\n"
        "Hilltop District\n"
        "• Harbour Workers Committee\n"
        "• Valley Parents Network\n"
    )
    assert names(text) == [
        "Riverside Tenants Union",
        "Anna Dell",
        "Harbour Workers Committee",
        "Valley Parents Network",
    ]


def test_a_telephone_number_with_an_area_code_in_brackets():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Riverside Tenants Union\n"
        "Harbour Workers Committee\n"
        "Valley Parents Network\n"
        "Press inquiries: Lee Park, (312) 555-0199\n"
    )
    assert names(text) == [
        "Riverside Tenants Union",
        "Harbour Workers Committee",
        "Valley Parents Network",
    ]


def test_an_elected_officials_title_is_an_honorific():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Sen. Dana Whitfield, State Senate District 9\n"
        "Councilmember Rosa Okoye, Harbour City Council\n"
        "Dep. Marcos Lima, Assembleia Legislativa\n"
    )
    found = by_name(text)
    assert list(found) == ["Dana Whitfield", "Rosa Okoye", "Marcos Lima"]
    assert all(entry.kind == "individual" for entry in found.values())


def test_a_stated_country_outweighs_the_one_a_name_speaks_of():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Brazilian Workers Association (Sweden)\n"
        "Portuguese Migrants Forum – France\n"
        "Communist Party of Ireland\n"
    )
    found = by_name(text)
    assert found["Brazilian Workers Association"].countries == ["SE"]
    assert found["Portuguese Migrants Forum"].countries == ["FR"]
    assert found["Communist Party of Ireland"].countries == ["IE"]


def test_a_post_in_lower_case_before_a_persons_name():
    text = STATEMENT + (
        "Письмо подписали:\n\n"
        "— Союз речников «Волна» из Литвы;\n"
        "— Профсоюз пекарей Тарту из Эстонии;\n"
        "— профессор экономики Иван Лис из Польши;\n"
        "— журналистка Мария Сом из Латвии.\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Союз речников «Волна»",
        "Профсоюз пекарей Тарту",
        "Иван Лис",
        "Мария Сом",
    ]
    assert found["Иван Лис"].affiliation == "профессор экономики"
    assert found["Мария Сом"].countries == ["LV"]
    assert found["Мария Сом"].kind == "individual"


def test_a_pages_fields_are_no_names():
    text = STATEMENT + (
        "Status: Under review\n"
        "Scope: Whole city\n"
        "Supporters: 1,206\n\n"
        "Riverside Tenants Union · Organisation\n"
        "Lena Fischer · Riverside Tenants Union\n"
        "Harbour Workers Committee · Organisation\n"
    )
    assert names(text) == [
        "Riverside Tenants Union",
        "Lena Fischer",
        "Harbour Workers Committee",
    ]
