"""The statement around the list: title, issuer, language, body, demands, notes, links."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.document import is_noise
from solidarity.imports.extract.text import split_lines

PAGE = """Share with your friends
Menu

Harbour workers' appeal
Harbour workers against the war: an appeal to all dockers

Statement by the Coordinating Committee of Harbour Unions (CCHU)

Rally at the docks, 3 May 2022
Photo: Port Press
Este artículo en Español
Este artigo em Português

Dockers in many ports have refused to load weapons.[1] We call on every union to follow.

The war profits nobody but the arms makers. [2]

Stop the arms shipments!
Solidarity with the dockers!

Notes
[1] Port report, May 2022, https://example.org/report
[2] Arms trade figures, 2021.

Share with your friends
"""


def test_page_noise_is_left_out_of_the_body():
    result = extract_statement(PAGE)
    assert "Share with your friends" not in result.body
    assert "Photo:" not in result.body
    assert "Rally at the docks" not in result.body
    assert "Este artículo" not in result.body
    assert "Menu" not in result.body
    assert "Dockers in many ports have refused" in result.body


def test_fuller_title_below_the_page_headline():
    assert extract_statement(PAGE).title == (
        "Harbour workers against the war: an appeal to all dockers"
    )


def test_issuer_with_its_acronym():
    assert extract_statement(PAGE).issuer == "Coordinating Committee of Harbour Unions (CCHU)"


def test_demands_are_the_short_exclamations():
    assert extract_statement(PAGE).demands == [
        "Stop the arms shipments!",
        "Solidarity with the dockers!",
    ]


def test_numbered_footnotes_under_their_heading():
    assert extract_statement(PAGE).footnotes == [
        "[1] Port report, May 2022, https://example.org/report",
        "[2] Arms trade figures, 2021.",
    ]


def test_translation_links():
    assert extract_statement(PAGE).translations == [
        {"language": "es", "label": "Este artículo en Español", "url": None},
        {"language": "pt", "label": "Este artigo em Português", "url": None},
    ]


def test_a_single_issuer_without_a_list_has_no_endorsers():
    assert extract_statement(PAGE).endorsers == []


def test_trailing_slogans_without_exclamation_marks():
    text = (
        "Workers of the port\n\n"
        "We stand by the strike that began last week, and we call for support.\n\n"
        "Open the ports to aid\n\n"
        "No weapons through our docks\n\n"
        "Support the strike fund\n"
    )
    assert extract_statement(text).demands == [
        "Open the ports to aid",
        "No weapons through our docks",
        "Support the strike fund",
    ]


def test_language_of_the_text():
    samples = {
        "en": "We call on the workers of the world to stand with the people and their unions.",
        "es": "Llamamos a los trabajadores del mundo a unirse con el pueblo y sus sindicatos.",
        "pt": "Apelamos aos trabalhadores para que se unam com o povo e os seus sindicatos.",
        "fr": "Nous appelons les travailleurs du monde à se tenir aux côtés des peuples.",
        "de": "Wir rufen die Arbeiter der Welt auf, sich mit den Gewerkschaften zu verbinden.",
        "it": "Chiediamo ai lavoratori di tutto il mondo di stare con il popolo e i sindacati.",
        "ru": "Мы призываем рабочих всего мира поддержать народ и его профсоюзы.",
        "uk": "Ми закликаємо робітників усього світу підтримати народ і його профспілки.",
        "tr": "Tüm dünya işçilerini halkın ve sendikaların yanında olmaya çağırıyoruz.",
        "el": "Καλούμε τους εργαζόμενους όλου του κόσμου να σταθούν στο πλευρό του λαού.",
        "ar": "ندعو عمال العالم إلى الوقوف مع الشعب ونقاباته.",
        "ko": "우리는 전 세계 노동자들이 민중과 함께 설 것을 호소한다.",
    }
    for language, text in samples.items():
        assert extract_statement(text).language == language, language


def test_title_quoted_in_a_news_report():
    text = (
        "Politics\n\n"
        "Forty groups wrote to the mayor.\n\n"
        "‘Water is not for sale’, title of the letter, was published on Monday by the "
        "Neighbourhood Water Committee.\n"
    )
    assert extract_statement(text).title == "Water is not for sale"


def test_signature_counter_is_not_the_title():
    text = "Signatories #812 and counting\n\nStatement on Press Freedom\n\nWe defend the press.\n"
    assert extract_statement(text).title == "Statement on Press Freedom"


def test_as_json_has_exactly_the_agreed_fields():
    text = PAGE + "\nSignatories:\nDockers Union of Eastport\nSailors League (SL)\n"
    result = extract_statement(text).as_json()
    assert list(result) == [
        "title",
        "date",
        "language",
        "issuer",
        "body",
        "demands",
        "footnotes",
        "translations",
        "endorsers",
    ]
    assert list(result["endorsers"][0]) == [
        "name",
        "alt_names",
        "kind",
        "countries",
        "affiliation",
        "parent",
    ]


def test_blog_furniture_is_noise():
    text = (
        "Solidarity with the strikers\n\n"
        "We send our greetings to the strikers of the harbour and pledge our support.\n\n"
        "Posted by Red Notes at 10:30 AM\n"
        "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest\n"
        "Labels: strikes, ports\n"
        "No comments:\n"
        "Newer Post Older Post Home\n"
    )
    assert extract_statement(text).body == (
        "We send our greetings to the strikers of the harbour and pledge our support."
    )


WEB_PAGE = """Skip to content
Home | About | Campaigns | News | Contact
Home › News › Statements
We use cookies to give you the best experience on our website. Accept
Stop the evictions now
Published 14 March 2023 · 4 min read
Share this
This article in: Español | Français | Deutsch

The council has announced a new wave of evictions. We, the undersigned, call on all
tenants' unions to resist them and to give shelter to the families threatened.

Stop the evictions!

Signatories:
— UNITED KINGDOM —
• Tenants Union of Eastport
— FRANCE —
* Collectif Logement Pour Tous

Related articles
Dockers refuse to load arms
Nurses strike for safe staffing
"""


def test_menus_breadcrumbs_cookies_and_related_articles_are_page_noise():
    result = extract_statement(WEB_PAGE)
    assert result.title == "Stop the evictions now"
    assert result.body == (
        "The council has announced a new wave of evictions. We, the undersigned, call on all"
        "\n\ntenants' unions to resist them and to give shelter to the families threatened."
        "\n\nStop the evictions!"
    )
    assert result.demands == ["Stop the evictions!"]
    assert [e.name for e in result.endorsers] == [
        "Tenants Union of Eastport",
        "Collectif Logement Pour Tous",
    ]
    assert [e.countries for e in result.endorsers] == [["GB"], ["FR"]]


def test_one_line_of_links_to_several_languages():
    assert extract_statement(WEB_PAGE).translations == [
        {"language": "es", "label": "Español", "url": None},
        {"language": "fr", "label": "Français", "url": None},
        {"language": "de", "label": "Deutsch", "url": None},
    ]


def test_title_above_the_lead_picture_credit_is_kept():
    text = (
        "Accept all\n"
        "Solidarity with the dockers of Eastport\n"
        "Photo: Harbour Press\n\n"
        "We send our greetings to the strikers of the harbour and pledge our support.\n"
    )
    assert extract_statement(text).title == "Solidarity with the dockers of Eastport"


def test_site_name_kicker_and_byline_above_the_title():
    text = (
        "Harbour Workers Network\n"
        "Menu\n"
        "Search\n"
        "Statements\n"
        "Joint statement\n"
        "No to the new strike ban\n"
        "By Editorial Team\n"
        "14 March 2023\n\n"
        "The government wants to ban strikes in ports and railways. We call on all workers "
        "to resist it and on unions everywhere to show their solidarity.\n"
    )
    result = extract_statement(text)
    assert result.title == "No to the new strike ban"
    assert result.date == "2023-03-14"
    assert result.body.startswith("The government wants to ban strikes")


def test_a_short_title_without_a_menu_under_it_stays_the_title():
    text = (
        "Bread and roses\n"
        "A call from the textile unions of the north to every mill town\n\n"
        "We stand together for fair wages and safe work in every mill and call on all unions "
        "to join the campaign.\n"
    )
    assert extract_statement(text).title == "Bread and roses"


def test_photo_credits_in_their_usual_forms_are_noise():
    text = (
        "Solidarity with the dockers\n"
        "Photo by Jane Doe\n"
        "사진=하버통신\n"
        "© Harbour Press\n\n"
        "We send our greetings to the strikers of the harbour and pledge our support.\n"
    )
    assert extract_statement(text).body == (
        "We send our greetings to the strikers of the harbour and pledge our support."
    )


def test_a_torn_off_drop_cap_marks_running_text_not_a_title():
    text = (
        "D ockers in the north walked out on Monday and were joined by the nurses.\n\n"
        "A call to the unions\n"
    )
    assert extract_statement(text).title is None


def test_demands_listed_under_their_heading_are_not_signatories():
    text = (
        "A programme for the crisis\n\n"
        "The crisis deepens every month and the working class pays for it. We propose the "
        "following demands to every union and every working-class party in the region.\n\n"
        "Our Demands\n\n"
        "1. Free Public Transport\n"
        "2. Nationalise The Energy Companies\n"
        "3. A Sliding Scale Of Wages\n\n"
        "Harbour Workers Union\n"
        "Mill Workers League\n"
        "Dockers Committee of Eastport\n"
    )
    result = extract_statement(text)
    assert result.demands == [
        "Free Public Transport",
        "Nationalise The Energy Companies",
        "A Sliding Scale Of Wages",
    ]
    assert [e.name for e in result.endorsers] == [
        "Harbour Workers Union",
        "Mill Workers League",
        "Dockers Committee of Eastport",
    ]


def test_one_word_section_titles_are_not_signatories():
    text = (
        "Ukraine: the way forward\n\n"
        "The war has entered its second year. Millions of people have been displaced and the "
        "economy is in ruins, while the oligarchs grow richer.\n\n"
        "Background\nHistory\nPerspectives\n\n"
        "We call for solidarity with the workers of Ukraine.\n"
    )
    assert extract_statement(text).endorsers == []


def test_page_furniture_in_other_languages():
    text = (
        "Saltar al contenido\n"
        "Menú\n"
        "EN | ES | FR\n"
        "¡No a la ley antihuelga!\n"
        "Tiempo de lectura: 4 min\n"
        "Compartir en Facebook\n\n"
        "El gobierno quiere prohibir las huelgas en puertos y ferrocarriles. Llamamos a todos "
        "los trabajadores a resistir.\n"
    )
    result = extract_statement(text)
    assert result.title == "¡No a la ley antihuelga!"
    assert result.body.startswith("El gobierno quiere prohibir")


def test_the_fuller_title_below_a_headline_and_a_summary():
    text = (
        "Call for a conference of dockers\n"
        "The four unions of the northern ports call for a conference of dockers' unions on "
        "the basis of ten points.\n"
        "Call for an International Conference of the Dockers' Unions of the North Sea\n"
        "The unions that wrote this call agree to meet in the spring and invite all others.\n"
    )
    result = extract_statement(text)
    assert result.title == (
        "Call for an International Conference of the Dockers' Unions of the North Sea"
    )
    assert result.body.startswith("The four unions of the northern ports")


def test_an_undated_caption_written_as_a_sentence_is_not_the_title():
    text = (
        "Home | News | Contact\n"
        "Workers march through the centre of the city on the first of May.\n"
        "Photo: Harbour Press\n"
        "Stop the strike ban now\n\n"
        "The government wants to ban strikes in ports and railways. We call on all workers "
        "to resist it and on unions everywhere to show their solidarity.\n"
    )
    assert extract_statement(text).title == "Stop the strike ban now"


def test_language_codes_apart_are_links_a_word_is_not():
    lines = split_lines("en es fr\nDE | PT\nFrance\nCanada\n")
    assert [is_noise(lines, index) for index in range(len(lines))] == [True, True, False, False]


def test_a_menu_spaced_with_double_blanks_marks_the_site_name():
    menus = split_lines(
        "Home  About  Campaigns  Local groups  Donate\nShare  Tweet  Email  Print\n"
    )
    assert all(is_noise(menus, index) for index in range(len(menus)))
    text = (
        "Skip to main content\n"
        "Harbour Rights Now\n"
        "Home  About  Campaigns  Local groups  Donate\n"
        "We use cookies to improve your experience. Accept all | Reject\n\n"
        "Home › Campaigns › Open letters\n\n"
        "OPEN LETTER\n"
        "Keep the river ferries running: a letter to the transport minister\n"
        "Posted 4 March 2025 by Campaigns team · 5 min read\n\n"
        "Share  Tweet  Email  Print\n\n"
        "[Photo: ferry worker Ana Ruiz at the pier. Credit: Tom Lee / Harbour Rights Now]\n\n"
        "Dear Minister,\n\n"
        "We are writing to you as ferry workers, passengers and residents of the river "
        "towns who depend on the ferries every day of the year.\n"
    )
    result = extract_statement(text)
    assert result.title == "Keep the river ferries running: a letter to the transport minister"


def test_a_site_name_of_any_length_over_its_menu_is_not_the_title():
    text = (
        "Southern Network of Women Textile Workers\n"
        "Who we are ▾   Campaigns ▾   Statements   Contact\n\n"
        "Statements\n\n"
        "Stop the night shifts without transport\n\n"
        "Filed in Statements, Labour rights\n\n"
        "We, the undersigned organisations, denounce the decision of the garment plants "
        "of the northern zone to run night shifts without safe transport for the workers.\n"
    )
    assert extract_statement(text).title == "Stop the night shifts without transport"


def test_an_acronym_and_the_full_name_over_the_menu_are_the_site():
    text = (
        "WFRB\n"
        "World Federation of River Boatmen and Ferry Workers\n"
        "About us | Affiliates | Campaigns | News | Contact\n\n"
        "You are here: Home » Statements\n"
        "Search this site\n\n"
        "Reinstate the ferry crews of Port Alden now\n\n"
        "Publié le 12 mars 2025 à 08h30 — Mis à jour le 13 mars 2025\n\n"
        "For the ninth day, the ferry crews of Port Alden have been locked out by the "
        "operator after they refused to accept the replacement of permanent crews.\n"
    )
    assert extract_statement(text).title == "Reinstate the ferry crews of Port Alden now"


def test_labelled_breadcrumbs_and_arrows_are_navigation():
    lines = split_lines(
        "You are here: Home » Statements\nSie sind hier: Start > Aktuelles > Briefe\n"
        "Главная → Новости → Заявления\n"
    )
    assert all(is_noise(lines, index) for index in range(len(lines)))


def test_a_byline_split_by_bars_gives_the_date():
    text = (
        "The River Post\n\n"
        "Ferry crews demand a safe river\n"
        "By Ana Ruiz | March 3, 2025 | Updated 3:42 p.m.\n\n"
        "More than twenty unions and residents' groups sent an open letter on Monday to the "
        "transport minister, demanding that the river ferries keep running all winter.\n"
    )
    assert extract_statement(text).date == "2025-03-03"


def test_the_line_of_the_person_responsible_for_the_page_is_furniture():
    lines = split_lines(
        "V.i.S.d.P.: Jonas Weber, Bündnis Wesertal, Bahnhofstr. 3, 34369 Wesertal\n"
        "Directeur de la publication : Paul Martin\n"
    )
    assert all(is_noise(lines, index) for index in range(len(lines)))
