"""List shapes from the rounds of the fourth session of 2026-11-24. Every example is
invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.tests.shapes import BODY


def test_affiliates_sharing_one_word_with_their_federation_stay_its_affiliates():
    text = (
        "Stop the evictions\n\n" + BODY + "Signed:\n\n"
        "World Alliance of Street Traders (WAST) and its affiliates:\n"
        "Coastal Market Traders Union – Kenya\n"
        "Harbour Hawkers' Association – Ghana\n"
        "Hill Vendors Collective – Nepal\n"
    )
    parents = [(e.name, e.parent) for e in extract_statement(text).endorsers]
    alliance = "World Alliance of Street Traders"
    assert parents == [
        (alliance, None),
        ("Coastal Market Traders Union", alliance),
        ("Harbour Hawkers' Association", alliance),
        ("Hill Vendors Collective", alliance),
    ]


def test_an_international_named_by_its_acronym_takes_the_name_its_page_spells_out():
    text = (
        "GAHW — Global Alliance of Home Workers\nHome | About | Campaigns\n\n"
        "Fair pay now\n\n" + BODY + "This statement is endorsed by GAHW and its affiliates:\n\n"
        "Home Workers Union of Sindh\n"
        "Coastal Weavers Cooperative\n"
    )
    endorsers = extract_statement(text).endorsers
    alliance = "Global Alliance of Home Workers"
    assert [(e.name, e.alt_names, e.parent) for e in endorsers] == [
        (alliance, ["GAHW"], None),
        ("Home Workers Union of Sindh", [], alliance),
        ("Coastal Weavers Cooperative", [], alliance),
    ]


def test_member_organisations_in_russian_and_greek_headings():
    russian = (
        "Заявление\n\n" + BODY + "Подписали:\n\n"
        "Союз работников связи (СРС) и его членские организации:\n"
        "— Профсоюз почтовиков Севера (Казахстан)\n"
        "— Союз операторов связи (Армения)\n"
    )
    greek = (
        "Κοινή δήλωση\n\n" + BODY + "Υπογράφουν:\n\n"
        "Ένωση Ναυτεργατών Αιγαίου\n\n"
        "Ομοσπονδία Εργαζομένων Λιμένων (ΟΕΛ) και τα σωματεία-μέλη της:\n"
        "– Σωματείο Λιμενεργατών Βόλου\n"
        "– Σωματείο Γερανοφόρων Πάτρας\n\n"
        "Κύπρος:\n"
        "Συντεχνία Λιμενεργατών Λεμεσού\n"
    )
    russian_parents = [e.parent for e in extract_statement(russian).endorsers]
    assert russian_parents == [None, "Союз работников связи", "Союз работников связи"]
    federation = "Ομοσπονδία Εργαζομένων Λιμένων"
    greek_parents = [(e.name, e.parent) for e in extract_statement(greek).endorsers]
    assert greek_parents == [
        ("Ένωση Ναυτεργατών Αιγαίου", None),
        (federation, None),
        ("Σωματείο Λιμενεργατών Βόλου", federation),
        ("Σωματείο Γερανοφόρων Πάτρας", federation),
        ("Συντεχνία Λιμενεργατών Λεμεσού", None),
    ]


def test_headings_that_name_the_parent_of_the_lines_below():
    text = (
        "RENA · Red de Educadores por la Niñez Andina\n\nDeclaración\n\n" + BODY + "Firman:\n\n"
        "Red de Educadores por la Niñez Andina – RENA\n\n"
        "Organizaciones miembro de la RENA:\n"
        "– Colectivo Aula Abierta\n"
        "– Asociación Maestros del Altiplano\n\n"
        "Otras organizaciones:\n"
        "Fundación Pizarra Verde\n"
    )
    network = "Red de Educadores por la Niñez Andina"
    assert [(e.name, e.parent) for e in extract_statement(text).endorsers] == [
        (network, None),
        ("Colectivo Aula Abierta", network),
        ("Asociación Maestros del Altiplano", network),
        ("Fundación Pizarra Verde", None),
    ]


def test_a_heading_inside_the_list_names_the_listed_signatory_by_its_acronym():
    text = (
        "Κοινή δήλωση\n\n" + BODY + "Υπογράφουν:\n\n"
        "Δίκτυο Αλιέων Αιγαίου (Aegean Fishers Network – AFN)\n\n"
        "Σωματεία-μέλη του AFN:\n\n"
        "Ελλάδα\n• Σύλλογος Αλιέων Καλύμνου\n\n"
        "Κύπρος\n• Συντεχνία Αλιέων Πάφου\n"
    )
    network = "Δίκτυο Αλιέων Αιγαίου"
    assert [(e.name, e.countries, e.parent) for e in extract_statement(text).endorsers] == [
        (network, [], None),
        ("Σύλλογος Αλιέων Καλύμνου", ["GR"], network),
        ("Συντεχνία Αλιέων Πάφου", ["CY"], network),
    ]


def test_members_marked_with_dashes_end_at_the_unmarked_lines_after_a_blank():
    text = (
        "Κοινή δήλωση\n\n" + BODY + "Υπογράφουν:\n\n"
        "ΟΜΟΣΠΟΝΔΙΑ ΑΡΤΟΠΟΙΩΝ ΕΛΛΑΔΑΣ\nκαι τα σωματεία-μέλη της:\n"
        "– ΣΩΜΑΤΕΙΟ ΑΡΤΟΠΟΙΩΝ ΠΑΤΡΑΣ\n– ΣΩΜΑΤΕΙΟ ΑΡΤΟΠΟΙΩΝ ΛΑΡΙΣΑΣ\n\n"
        "ΕΝΩΣΗ ΚΑΤΑΝΑΛΩΤΩΝ ΚΡΗΤΗΣ\nΚΙΝΗΣΗ ΓΙΑ ΤΟ ΨΩΜΙ\n"
    )
    parents = [e.parent for e in extract_statement(text).endorsers]
    federation = "ΟΜΟΣΠΟΝΔΙΑ ΑΡΤΟΠΟΙΩΝ ΕΛΛΑΔΑΣ"
    assert parents == [None, federation, federation, None, None]


def test_an_entry_that_says_whose_section_or_member_it_is():
    text = (
        "Joint statement\n\n" + BODY + "Signed:\n\n"
        "International Federation of Ferry Workers (IFFW)\n"
        "Baltic Ferry Crews Alliance (BFCA), the Nordic region of the IFFW\n"
        "Harbour Pilots Guild of Canada (section of IFFW)\n"
        "Liman Emekçileri Derneği (Türkiye, IFFW üyesi)\n"
        "Rosa Lindqvist, member of the Board of Lund Ferry Trust\n"
    )
    federation = "International Federation of Ferry Workers"
    assert [(e.name, e.countries, e.parent) for e in extract_statement(text).endorsers] == [
        (federation, [], None),
        ("Baltic Ferry Crews Alliance", [], federation),
        ("Harbour Pilots Guild of Canada", ["CA"], federation),
        ("Liman Emekçileri Derneği", ["TR"], federation),
        ("Rosa Lindqvist", [], None),
    ]


def test_a_sentence_that_lists_two_internationals_with_their_members_in_turn():
    text = (
        "Déclaration commune\n\n" + BODY + "Cette déclaration est signée par la Fédération "
        "internationale des cheminots (FIC) et ses sections : l'Union des cheminots de Lyon "
        "(France), la Ligue des aiguilleurs (Belgique) ; par le Réseau africain du rail (RAR) "
        "et ses organisations membres : Syndicat du rail de Thiès (Sénégal), Collectif des "
        "gares (Bénin) ; ainsi que par l'Amicale suisse des conducteurs, section de la FIC, "
        "et par l'Observatoire des transports de Genève.\n"
    )
    federation, network = "Fédération internationale des cheminots", "Réseau africain du rail"
    assert [(e.name, e.countries, e.parent) for e in extract_statement(text).endorsers] == [
        (federation, [], None),
        ("Union des cheminots de Lyon", ["FR"], federation),
        ("Ligue des aiguilleurs", ["BE"], federation),
        (network, [], None),
        ("Syndicat du rail de Thiès", ["SN"], network),
        ("Collectif des gares", ["BJ"], network),
        ("Amicale suisse des conducteurs", ["CH"], federation),
        ("Observatoire des transports de Genève", [], None),
    ]


def test_members_on_indented_lines_under_their_association_in_german():
    text = (
        "Offener Brief\n\n" + BODY + "Die Unterzeichnenden:\n\n"
        "Bündnis Faire Mieten Kassel\n"
        "Dachverband der Mietervereine Hessen e.V. (DMH)\n"
        "   mit seinen Mitgliedsverbänden:\n"
        "   – Mieterverein Fulda\n"
        "   – Mieterinitiative Marburg\n"
        "Arbeitsgemeinschaft Wohnen im Alter (AGWA)\n"
        "   – Seniorennetz Wetzlar\n"
        "Sozialverband Nordhessen\n"
    )
    dachverband = "Dachverband der Mietervereine Hessen e.V."
    agwa = "Arbeitsgemeinschaft Wohnen im Alter"
    assert [(e.name, e.parent) for e in extract_statement(text).endorsers] == [
        ("Bündnis Faire Mieten Kassel", None),
        (dachverband, None),
        ("Mieterverein Fulda", dachverband),
        ("Mieterinitiative Marburg", dachverband),
        (agwa, None),
        ("Seniorennetz Wetzlar", agwa),
        ("Sozialverband Nordhessen", None),
    ]


def test_a_table_column_names_the_network_each_organisation_belongs_to():
    text = (
        "Manifest\n\n" + BODY + "Signen el manifest:\n\n"
        "Entitat\tPoblació\tXarxa / federació\n"
        "Xarxa de Casals del Penedès\tVilafranca\t—\n"
        "Casal Popular La Teixidora\tSant Sadurní\tXarxa de Casals del Penedès\n"
        "Ateneu del Castell\tGelida\tXarxa de Casals del Penedès\n"
        "Centre Cultural El Roure\tOlesa\t—\n"
    )
    network = "Xarxa de Casals del Penedès"
    assert [(e.name, e.parent) for e in extract_statement(text).endorsers] == [
        (network, None),
        ("Casal Popular La Teixidora", network),
        ("Ateneu del Castell", network),
        ("Centre Cultural El Roure", None),
    ]


def test_the_opening_says_whose_members_sign_under_a_heading_that_names_none():
    text = (
        "Stop the lockout\n\nWe, the undersigned affiliates of the International Federation "
        "of Rail and Tram Workers, stand with the locked-out drivers of Eastfield.\n\n"
        + BODY
        + "Affiliates endorsing the statement\n\n"
        "Union of Tram Drivers (UTD)\nRail Signal Workers Association\n\n"
        "Supporting organisations:\nEastfield Trades Council\n"
    )
    federation = "International Federation of Rail and Tram Workers"
    assert [(e.name, e.parent) for e in extract_statement(text).endorsers] == [
        ("Union of Tram Drivers", federation),
        ("Rail Signal Workers Association", federation),
        ("Eastfield Trades Council", None),
    ]


def test_the_opening_names_the_union_listed_first_and_its_members_follow():
    text = (
        "بيان مشترك\n\nنحن، النقابات المنضوية في الاتحاد العربي لعمال الموانئ والمنظمات "
        "الصديقة الموقعة أدناه، نعلن رفضنا لقرار الخصخصة.\n\n" + BODY + "الموقعون:\n\n"
        "• الاتحاد العربي لعمال الموانئ\n"
        "• نقابة عمال ميناء صفاقس (تونس)\n"
        "• نقابة عمال ميناء وهران (الجزائر)\n\n"
        "المنظمات الصديقة:\n"
        "• شبكة عمال البحر في المتوسط\n"
    )
    union = "الاتحاد العربي لعمال الموانئ"
    assert [e.parent for e in extract_statement(text).endorsers] == [None, union, union, None]


def test_a_japanese_list_with_full_width_brackets_and_prefectures():
    text = (
        "共同声明\n\n" + BODY + "呼びかけ団体\n"
        "・港湾労働者ネットワーク（Harbour Workers Network／HWN）\n\n"
        "賛同団体\n"
        "北海の漁民を守る会（北海道）　　　　　瀬戸内の海と暮らしの会（広島県）\n"
        "港の子ども食堂（神戸市）　　　　　　　釜山港湾労働者連帯（韓国）\n"
        "ながさき平和ネット（長崎県）　　　　　沖縄の海を守る会（沖縄県）\n\n"
        "個人賛同者\n"
        "山田花子（弁護士）\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("港湾労働者ネットワーク", "organization", []),
        ("北海の漁民を守る会", "organization", []),
        ("瀬戸内の海と暮らしの会", "organization", []),
        ("港の子ども食堂", "organization", []),
        ("釜山港湾労働者連帯", "organization", ["KR"]),
        ("ながさき平和ネット", "organization", []),
        ("沖縄の海を守る会", "organization", []),
        ("山田花子", "individual", []),
    ]
    assert endorsers[0].alt_names == ["Harbour Workers Network", "HWN"]
    assert endorsers[-1].affiliation == "弁護士"


def test_names_between_middle_dots_after_the_region_they_are_from():
    text = (
        "Carta aberta\n\n" + BODY + "ASSINAM ESTA CARTA:\n\n"
        "Minas Gerais: Rádio Serra Verde 104,9 FM · Associação Cultural do Barreiro · "
        "Coletivo Onda Preta\n\n"
        "Pernambuco: Rádio Maré Alta · Coletivo Voz do Agreste (Caruaru)\n"
    )
    assert [(e.name, e.countries) for e in extract_statement(text).endorsers] == [
        ("Rádio Serra Verde 104,9 FM", []),
        ("Associação Cultural do Barreiro", []),
        ("Coletivo Onda Preta", []),
        ("Rádio Maré Alta", []),
        ("Coletivo Voz do Agreste", []),
    ]


def test_a_counted_heading_and_regions_labels_before_runs_of_names():
    text = (
        "공동성명\n\n" + BODY + "2024년 3월 2일\n\n"
        "택배노동자 과로사 대책을 촉구하는 노동·시민사회단체 (총 41개 단체)\n\n"
        "[전국] 택배노동자연대, 물류노동희망센터, 청년유니온\n\n"
        "[광주·전남] 광주노동인권센터(Gwangju Labour Rights Centre), 전남이동노동자쉼터\n\n"
        "외 36개 단체\n"
    )
    assert [e.name for e in extract_statement(text).endorsers] == [
        "택배노동자연대",
        "물류노동희망센터",
        "청년유니온",
        "광주노동인권센터",
        "전남이동노동자쉼터",
    ]


def test_a_pdf_table_in_wide_gaps_with_a_title_column_and_a_wrapped_last_cell():
    text = (
        "Offener Brief\n\n" + BODY + "Erstunterzeichnende Personen\n\n"
        "Name                  Titel          Institution / Funktion\n"
        "Aigner, Lena          Dr.in          Institut für Bodenkunde, Hochschule Tirol\n"
        "Brandl, Otto          Prof. Dr.      Zentrum für Raumplanung, Planungshochschule\n"
        "                                     (Schweiz)\n"
        "Czerny, Ida           Mag.a          Landwirtin, Weinviertel\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [e.name for e in endorsers] == ["Lena Aigner", "Otto Brandl", "Ida Czerny"]
    assert endorsers[1].affiliation == (
        "Prof. Dr., Zentrum für Raumplanung, Planungshochschule (Schweiz)"
    )


def test_a_news_page_lists_signatories_after_its_related_links_and_before_comments():
    text = (
        "Entidades lançam carta aberta contra a mina\n\n" + BODY + "LEIA TAMBÉM\n"
        "• Seca no Cerrado: rio mais baixo em 40 anos\n\n"
        "Confira a lista de entidades signatárias:\n\n"
        "Associação Quilombola Serra Alta\nInstituto Vereda Viva\nFórum das Águas do Planalto\n\n"
        "Comentários\n"
        "Os comentários são de responsabilidade exclusiva de seus autores e não representam "
        "a opinião deste site.\n\n"
        "Marcos T. Lima\nParabéns às entidades.\nResponder\n"
    )
    assert [e.name for e in extract_statement(text).endorsers] == [
        "Associação Quilombola Serra Alta",
        "Instituto Vereda Viva",
        "Fórum das Águas do Planalto",
    ]


def test_lettered_sub_items_are_the_members_of_the_numbered_item_above():
    text = (
        "Lettre ouverte\n\n" + BODY + "Premiers signataires :\n\n"
        "1. Fédération des locataires du Nord (FLN)\n"
        "   a) Amicale des locataires de Roubaix\n"
        "   b) Collectif Logis Digne Lille\n"
        "2. Droit au Toit 59\n"
        "3. Personnalités :\n"
        "   a) Claire Dumas, avocate au barreau de Lille\n"
    )
    federation = "Fédération des locataires du Nord"
    assert [(e.name, e.parent) for e in extract_statement(text).endorsers] == [
        (federation, None),
        ("Amicale des locataires de Roubaix", federation),
        ("Collectif Logis Digne Lille", federation),
        ("Droit au Toit 59", None),
        ("Claire Dumas", None),
    ]


def test_a_row_of_organisations_in_columns_without_a_header():
    text = (
        "Manifest\n\n" + BODY + "ENTITATS ADHERIDES\n\n"
        "Associació de Veïns del Port\tAteneu Popular de Salou\tFederació de Cases de la Vila\n"
        "Sindicat d'Estudiants de Reus\tAmics del Tren de Valls\tXarxa de Joves del Camp\n\n"
        "ADHESIONS INDIVIDUALS\n\n"
        "Marta Vives\tregidora\tAjuntament de Valls\n"
    )
    assert [e.name for e in extract_statement(text).endorsers] == [
        "Associació de Veïns del Port",
        "Ateneu Popular de Salou",
        "Federació de Cases de la Vila",
        "Sindicat d'Estudiants de Reus",
        "Amics del Tren de Valls",
        "Xarxa de Joves del Camp",
        "Marta Vives",
    ]


def test_a_line_in_lower_case_under_a_persons_name_is_their_post():
    text = (
        "Apel\n\n" + BODY + "Podpisy:\n\n"
        "NOWAK Anna\nradna Dzielnicy Podgórze\n"
        "KOWALSKI Jan\nmieszkaniec ul. Długiej 5\n"
        "prof. LIS Ewa\n"
        "WRÓBEL Piotr\nfotograf przyrody\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.affiliation) for e in endorsers] == [
        ("Anna Nowak", "radna Dzielnicy Podgórze"),
        ("Jan Kowalski", "mieszkaniec ul. Długiej 5"),
        ("Ewa Lis", None),
        ("Piotr Wróbel", "fotograf przyrody"),
    ]


def test_an_opening_that_signs_and_then_lists_grievances_after_a_colon():
    text = (
        "بيان مشترك\n\n"
        "نحن، النقابات الموقعة أدناه، نعلن رفضنا القاطع للشروط التي تفرضها شركة «سريعة» على "
        "آلاف السائقين في المنطقة: عمولات مرتفعة، وغياب أي تغطية اجتماعية.\n\n"
        + BODY
        + "الموقعون:\n• نقابة سائقي الأجرة بتونس\n• رابطة ناقلي البضائع بصفاقس\n"
    )
    assert [e.name for e in extract_statement(text).endorsers] == [
        "نقابة سائقي الأجرة بتونس",
        "رابطة ناقلي البضائع بصفاقس",
    ]


def test_a_name_cut_on_a_plural_possessive_goes_on_after_and():
    text = (
        "Save our libraries\n\n" + BODY + "The letter was signed by the Riverside Readers' "
        "Club, Eastfield Tenants' and Residents' Association and Ryhope Community Choir.\n"
    )
    assert [(e.name, e.kind) for e in extract_statement(text).endorsers] == [
        ("Riverside Readers' Club", "organization"),
        ("Eastfield Tenants' and Residents' Association", "organization"),
        ("Ryhope Community Choir", "organization"),
    ]


def test_towns_after_commas_that_the_lists_people_name_as_where_they_are():
    text = (
        "Appello\n\n" + BODY + "Primi firmatari\n\n"
        "Giulia Landi, maestra, Vergato\nMarco Neri, pediatra, Porretta Terme\n"
        "Anna Sala, scrittrice\n\n"
        "Hanno aderito:\n"
        "Circolo La Fornace, Porretta Terme\nCooperativa Il Faggio, Vergato\n"
        "Comitato Scuole di Montagna\nFederazione Lavoratori della Scuola, Bologna\n"
    )
    organisations = [e for e in extract_statement(text).endorsers if e.kind == "organization"]
    assert [e.name for e in organisations] == [
        "Circolo La Fornace",
        "Cooperativa Il Faggio",
        "Comitato Scuole di Montagna",
        "Federazione Lavoratori della Scuola",
    ]


def test_a_run_of_names_after_a_regions_name_or_a_group_label():
    text = (
        "Carta aberta\n\n" + BODY + "ASSINAM ESTA CARTA:\n\n"
        "Rio Grande do Sul: Rádio Pampa Livre · Associação Gaúcha de Rádios\n\n"
        "Apoios internacionais: Red Andina de Radios (Peru) · Radio Tierra Fértil (Argentina)\n"
    )
    assert [(e.name, e.countries) for e in extract_statement(text).endorsers] == [
        ("Rádio Pampa Livre", []),
        ("Associação Gaúcha de Rádios", []),
        ("Red Andina de Radios", ["PE"]),
        ("Radio Tierra Fértil", ["AR"]),
    ]


def test_the_names_a_letter_is_copied_to_sign_nothing():
    text = (
        "List otwarty\n\n" + BODY + "Sygnatariusze:\n\n"
        "Stowarzyszenie Przyjaciół Narwi\nFundacja Czysta Wisła\nKlub Kajakowy Wiosło\n\n"
        "Do wiadomości:\nRada Gospodarki Wodnej\nAgencja Żeglugi Śródlądowej\n"
    )
    assert [e.name for e in extract_statement(text).endorsers] == [
        "Stowarzyszenie Przyjaciół Narwi",
        "Fundacja Czysta Wisła",
        "Klub Kajakowy Wiosło",
    ]


def test_a_genitive_heading_names_the_parent_as_the_page_writes_it():
    text = (
        "Мережа «Чиста ріка» — об'єднання громадських організацій басейну Десни.\n\n"
        "Заява\n\n" + BODY + "Підписали:\n\n"
        "Члени Мережі «Чиста ріка»:\n"
        "🔹 Чернігівський еко-клуб «Десна»\n"
        "🔹 Громадська ініціатива «Берег»\n"
    )
    network = "Мережа «Чиста ріка»"
    assert [e.parent for e in extract_statement(text).endorsers] == [network, network]


def test_a_forwarded_subject_loses_the_request_after_its_bar():
    text = (
        "De: Ana Lopes <ana@mail.example>\nPara: redacao@jornal.example\n"
        "Assunto: Fwd: CARTA ABERTA – Despejos no Bairro Alto | pedido de divulgação\n\n"
        + BODY
        + "Assinam:\nAssociação de Moradores do Bairro Alto\nColetivo Casa Digna\n"
    )
    assert extract_statement(text).title == "CARTA ABERTA – Despejos no Bairro Alto"


def test_a_table_copied_one_cell_a_line_gives_each_person_post_place_and_town():
    text = (
        "Appello\n\n" + BODY + "Primi firmatari\n\n"
        "Elisa Moretti\nassistente sociale\nDistretto socio-sanitario Pedemontano\nBassano\n"
        "Luca Ferri\npediatra di libera scelta\nAmbulatorio pediatrico associato\nTreviso\n"
        "\nFRANCIA\nCollectif Santé Pour Tous\nLigue des Soignants\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind) for e in endorsers] == [
        ("Elisa Moretti", "individual"),
        ("Luca Ferri", "individual"),
        ("Collectif Santé Pour Tous", "organization"),
        ("Ligue des Soignants", "organization"),
    ]
    assert endorsers[0].affiliation == (
        "assistente sociale, Distretto socio-sanitario Pedemontano, Bassano"
    )


def test_nordic_and_other_organisation_words_in_compounds():
    text = (
        "Nordiskt uttalande\n\n" + BODY + "Undertecknare:\n\n"
        "Hamnklubben Göteborg\nStuveriarbetarföreningen Malmö\nKranførerforening Aarhus\n"
        "Satamatyöntekijöiden Yhdistys\nHafnarverkamannafélag Reykjavíkur\n"
        "Συντεχνία Λιμενεργατών Λεμεσού\n"
    )
    assert {e.kind for e in extract_statement(text).endorsers} == {"organization"}


def test_personal_signatures_head_the_people_of_a_list():
    text = (
        "Declaración\n\n" + BODY + "Organizaciones:\n– Asamblea del Agua de Tarija\n"
        "– Colectivo Ríos Vivos\n\nFirmas personales:\n"
        "– Rosa Quispe Mamani, dirigenta comunal\n– Gustavo Ledesma, ingeniero\n"
    )
    kinds = [(e.name, e.kind) for e in extract_statement(text).endorsers]
    assert kinds[2:] == [("Rosa Quispe Mamani", "individual"), ("Gustavo Ledesma", "individual")]
