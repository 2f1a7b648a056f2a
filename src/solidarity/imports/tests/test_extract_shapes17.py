"""List shapes from the rounds of the third session of 2026-11-24. Every example is
invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.columns import ORGANISATION, column_of
from solidarity.imports.extract.places import is_town
from solidarity.imports.tests.shapes import BODY, names


def test_towns_a_gazetteer_knows_after_dashes_are_where_the_groups_are():
    text = (
        "Appello\n\n" + BODY + "Hanno sottoscritto l'appello:\n\n"
        "• Lega Contadini Uniti – Foggia\n"
        "• Associazione Campi Aperti – Caserta\n"
        "• Comitato Acqua Pubblica – Ragusa\n"
        "• Rete Solidale Ionica – Taranto\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [e.name for e in endorsers] == [
        "Lega Contadini Uniti",
        "Associazione Campi Aperti",
        "Comitato Acqua Pubblica",
        "Rete Solidale Ionica",
    ]


def test_known_towns_after_commas_in_part_of_a_list_are_where_the_groups_are():
    text = (
        "Port workers' appeal\n\n" + BODY + "Signatories:\n\n"
        "Argentina\nStevedores Union of the South, Rosario\nRiver Pilots Association\n"
        "Brasil\nAssociação dos Conferentes, Paranaguá\nSindicato dos Portuários\n"
        "France\nSyndicat des Lamaneurs Unis, Marseille\nCollectif des Dockers\n"
        "Union des Grutiers\nAmicale des Pointeurs\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers][::2] == [
        ("Stevedores Union of the South", ["AR"]),
        ("Associação dos Conferentes", ["BR"]),
        ("Syndicat des Lamaneurs Unis", ["FR"]),
        ("Union des Grutiers", ["FR"]),
    ]
    assert endorsers[0].alt_names == ["Stevedores Union of the South, Rosario"]


def test_the_gazetteer_knows_towns_by_their_names_in_the_shipped_scripts():
    assert is_town("San Severo")
    assert is_town("Ужгород")
    assert is_town("Λάρισα")
    assert not is_town("Trasporti")
    assert not is_town("Solidarité")


def test_a_skip_link_and_a_cookie_banners_buttons_are_no_title():
    text = (
        "Saltar al contenido principal\n"
        "Usamos cookies propias y de terceros para mejorar tu experiencia.\n"
        "Aceptar todas\nConfigurar\nRechazar\n\n"
        "¡Que no cierren la biblioteca del barrio!\n\n" + BODY + "Firman:\n\n"
        "Asociación Vecinal Las Acacias\nCentro Cultural La Grieta\n"
    )
    statement = extract_statement(text)
    assert statement.title == "¡Que no cierren la biblioteca del barrio!"
    assert [e.name for e in statement.endorsers] == [
        "Asociación Vecinal Las Acacias",
        "Centro Cultural La Grieta",
    ]


def test_a_press_releases_end_its_notes_and_its_tags_sign_nothing():
    text = (
        "Dockers back the strike\n\n" + BODY + "Signed:\n"
        "Dockers Union of the North – Norway\nPort Workers Federation – Ireland\n\n"
        "Ends\n\nNotes to editors\n"
        "For media enquiries contact the press office: press@dockers.example\n\n"
        "Tags\nInternational\nPorts\nStrikes\nSolidarity\n"
    )
    assert names(text) == ["Dockers Union of the North", "Port Workers Federation"]


def test_a_menu_of_short_items_under_the_sites_name_is_no_list():
    text = (
        "Sindacato dei Servizi Alpini\nChi siamo\nIl sindacato\nLe nostre sedi\n"
        "Contratti collettivi\nConsulenza\nContatti\n\n"
        "Dichiarazione comune sul lavoro stagionale\n\n" + BODY + "Firmatari:\n"
        "Sindacato Lavoratori Alberghieri\nUnione Camerieri di Montagna\n"
    )
    statement = extract_statement(text)
    assert statement.title == "Dichiarazione comune sul lavoro stagionale"
    assert names(text) == ["Sindacato Lavoratori Alberghieri", "Unione Camerieri di Montagna"]


def test_the_footers_links_one_a_line_are_no_list_but_names_under_a_heading_are():
    footer = (
        "\n\nfirmamos.example\nAcerca de\nBlog\nPrensa\nEmpleo\nAyuda\nPolítica de privacidad\n"
    )
    text = "Carta abierta\n\n" + BODY + "Firman:\nAsociación Vecinal Norte\nCentro Cultural Sur\n"
    assert names(text + footer) == ["Asociación Vecinal Norte", "Centro Cultural Sur"]
    acronyms = "Carta abierta\n\n" + BODY + "Firman:\nCGT\nCFDT\nSUD\nUNSA\n"
    assert names(acronyms) == ["CGT", "CFDT", "SUD", "UNSA"]


def test_a_pdf_table_by_seat_and_country_with_a_wrapped_first_cell():
    text = (
        "Offener Brief\n\n" + BODY + "Unterzeichnende Organisationen\n\n"
        "Organisation                          Sitz             Land\n"
        "Bergverein Oberland                   Innsbruck        Österreich\n"
        "Društvo za čiste reke\n"
        "  (Verein für saubere Flüsse)         Kranj            Slowenien\n"
        "Verband der Hüttenwirte (VdH)         München          Deutschland\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Bergverein Oberland", ["AT"]),
        ("Društvo za čiste reke", ["SI"]),
        ("Verband der Hüttenwirte", ["DE"]),
    ]
    assert endorsers[1].alt_names == ["Verein für saubere Flüsse"]


def test_a_german_compound_for_an_office_is_a_post_not_a_second_person():
    text = (
        "Offener Brief\n\n" + BODY + "Unterzeichnende Personen\n\n"
        "Dr. Jakob Auer, Glaziologe, Wien\n"
        "Prof. Dr. Urs Brunner (Schweiz), Alpine Forschungsstelle Davos\n"
        "Sepp Haslwanter, Bergführer, Vent\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries, e.affiliation) for e in endorsers][1:] == [
        ("Urs Brunner", ["CH"], "Alpine Forschungsstelle Davos"),
        ("Sepp Haslwanter", [], "Bergführer"),
    ]


NEWS = (
    "Sindaci e associazioni firmano per l'acqua pubblica\n\n"
    "Una lettera contro la privatizzazione del servizio idrico è stata consegnata ieri alla "
    "Regione. Il documento chiede che la gestione resti in mano ai comuni della valle.\n\n"
)


def test_a_news_report_names_signatories_in_a_sentence_beside_its_list():
    text = (
        NEWS + "Tra i firmatari ci sono la sindaca di Bardi, Marta Ghirardelli, il vicesindaco "
        "di Albareto, Stefano Mori, e il sindaco di Bedonia, Enrico Bertolani, insieme a "
        "numerosi cittadini della valle.\n\n"
        "Hanno aderito anche:\n\n"
        "Comitato Acqua Bene Comune Val Ceno\nAssociazione Fiumi Liberi\n"
    )
    assert names(text) == [
        "Marta Ghirardelli",
        "Stefano Mori",
        "Enrico Bertolani",
        "Comitato Acqua Bene Comune Val Ceno",
        "Associazione Fiumi Liberi",
    ]


def test_the_statements_own_words_about_its_signatories_name_none_beside_its_list():
    text = (
        "Appeal for the river\n\n"
        "We, the undersigned organisations from Kenya, Uganda and Tanzania, signed this "
        "appeal together with the Lake Basin Council and Friends of Nyanza, because the "
        "river belongs to all who live along it.\n\n"
        "Signed:\nRiver Keepers Union\nFishers Cooperative of Kisumu\n"
    )
    assert names(text) == ["River Keepers Union", "Fishers Cooperative of Kisumu"]


def test_a_list_set_in_two_columns_of_a_table_is_read_row_by_row():
    text = (
        "Gemeinsamer Appell\n\n" + BODY + "Die unterzeichnenden Organisationen:\n\n"
        "Organisation\tOrganisation\n"
        "Fahrgastinitiative Spree-Havel\tSozialverband Gerechte Teilhabe (SGT)\n"
        "Erwerbslosenforum Ruhr-Emscher\tBündnis Bezahlbar Mobil\n"
        "Kulturverein Bahnhof Ost\n"
    )
    assert names(text) == [
        "Fahrgastinitiative Spree-Havel",
        "Sozialverband Gerechte Teilhabe",
        "Erwerbslosenforum Ruhr-Emscher",
        "Bündnis Bezahlbar Mobil",
        "Kulturverein Bahnhof Ost",
    ]


def test_countries_said_with_from_and_people_in_a_personal_capacity_lead_their_runs():
    text = (
        "Las ollas no se apagan\n\n" + BODY + "Firmantes:\n\n"
        "Desde Argentina: Colectiva Ollas en Lucha, Red de Comedores del Sur\n"
        "Desde Chile: Coordinadora de Ollas Comunes de Valparaíso\n"
        "A título personal: Lucía Benavídez, investigadora; Graciela Moyano, cocinera\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("Colectiva Ollas en Lucha", "organization", ["AR"]),
        ("Red de Comedores del Sur", "organization", ["AR"]),
        ("Coordinadora de Ollas Comunes de Valparaíso", "organization", ["CL"]),
        ("Lucía Benavídez", "individual", []),
        ("Graciela Moyano", "individual", []),
    ]


def test_a_regions_label_in_brackets_before_each_name_is_no_part_of_it():
    text = (
        "공동성명\n\n" + BODY + "참여 단체\n\n"
        "【서울】 강서돌봄노동자회\n【부산】 동래자전거시민모임\n【대한민국】 공공교통시민행동\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("강서돌봄노동자회", []),
        ("동래자전거시민모임", []),
        ("공공교통시민행동", ["KR"]),
    ]


def test_a_pages_header_label_account_links_and_release_line_are_no_title():
    text = (
        "Se connecter | S'abonner dès 1€\n\n"
        "COLLECTIF DES LOCATAIRES                              COMMUNIQUÉ DE PRESSE\n"
        "Pour diffusion immédiate\n\n"
        "Gel des loyers : 52 organisations réclament des mesures                    1/4\n"
        "Gel des loyers : 52 organisations réclament des mesures\n\n" + BODY + "Signataires :\n"
        "Fédération des locataires du Nord\nAssociation Logement Digne\n\n"
        "← Article précédent : Assemblée générale du collectif\n"
    )
    statement = extract_statement(text)
    assert statement.title == "Gel des loyers : 52 organisations réclament des mesures"
    assert [e.name for e in statement.endorsers] == [
        "Fédération des locataires du Nord",
        "Association Logement Digne",
    ]


def test_a_kind_heading_with_a_peoples_adjective_gives_its_part_of_the_list_a_country():
    text = (
        "بيان مشترك\n\n" + BODY + "المنظمات الموقّعة:\n\n"
        "منظمات لبنانية\n1. مركز الحريات الإعلامية\n2. جمعية صحفيون بلا قيود\n\n"
        "منظمات إقليمية ودولية\n3. مبادرة القلم الحر (مصر)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("مركز الحريات الإعلامية", ["LB"]),
        ("جمعية صحفيون بلا قيود", ["LB"]),
        ("مبادرة القلم الحر", ["EG"]),
    ]


def test_a_letters_address_block_and_a_posts_attachments_sign_nothing():
    text = (
        "Letter on heat safety\n\n" + BODY + "February 20, 2025\n\n"
        "The Honorable Patricia Holloway\nChair, Senate Committee on Labor\nOhio Statehouse\n"
        "Columbus, OH\n\nDear Chair Holloway:\n\n" + BODY + "Sincerely,\n\n"
        "Ohio Fair Work Coalition\nWorkers Center of Dayton\nFaith in Labor Ohio\n\n"
        "Attachments\nheat-letter.pdf (212KB)\nheat-letter.docx (48KB)\n"
    )
    assert names(text) == [
        "Ohio Fair Work Coalition",
        "Workers Center of Dayton",
        "Faith in Labor Ohio",
    ]


def test_a_thread_of_posts_with_its_list_and_the_replies_under_it():
    text = (
        "Yer İşaretleri\n\nTiyatro Ağı\n@tiyatro_ag\n🧵 ORTAK AÇIKLAMA\n"
        "Sahnemize dokunma!\n" + BODY + "Çeviriyi göster\n\n"
        "Tiyatro Ağı @tiyatro_ag · 3 Mar\nİmzacı kurumlar / Saziyên îmzeker:\n"
        "▪️ Şanoya Ronahî / Ronahî Tiyatrosu\n▪️ İstanbul Sahne Emekçileri Derneği\n"
        "▪️ Théâtre de l'Exil Kurde (Fransa) 4/6\n\n"
        "Tiyatro Ağı @tiyatro_ag · 3 Mar\nBireysel imzacılar:\n"
        "Rojda Aydın (oyuncu, Diyarbakır) · Azad Demir (yönetmen) · Hêvî Ekinci (çevirmen) · "
        "Welat Baran (müzisyen, Mardin) · Selma Yıldırım (tiyatro tarihçisi)\n"
        "#Tiyatro #Dayanışma 6/6\n🖼 Fotoğraf: Baran Toprak\n\n"
        "Daha fazla yanıt göster\n\nEmre Kılıç\n@emrekilic_34\n3 Mar\nYanıt olarak @tiyatro_ag\n"
        "Yanınızdayız 👏\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Şanoya Ronahî", []),
        ("İstanbul Sahne Emekçileri Derneği", []),
        ("Théâtre de l'Exil Kurde", ["FR"]),
        ("Rojda Aydın", []),
        ("Azad Demir", []),
        ("Hêvî Ekinci", []),
        ("Welat Baran", []),
        ("Selma Yıldırım", []),
    ]


def test_names_between_spaced_dots_close_on_the_count_of_the_others():
    text = (
        "공동성명\n\n" + BODY + "연명 단체 (가나다순)\n"
        "경기이주노동자센터 · 공익인권법재단 나눔 · 광주이주민지원센터 · 노동인권네트워크 · "
        "희망의 노동법률지원단 외 30개 단체\n"
    )
    assert names(text)[-1] == "희망의 노동법률지원단"


def test_regions_behind_a_pin_head_bullets_and_a_flag_follows_a_bullet():
    text = (
        "Declaración pública\n\n" + BODY + "Firman 🖊️\n\n"
        "📍 Región del Maule\n• Red de Salud Rural del Maule\n"
        "• Sindicato de Temporeras de Curicó\n\n"
        "🌎 Internacionales\n• 🇦🇷 Colectiva Temporeras Unidas de Mendoza\n"
        "• 🇵🇪 Federación de Trabajadoras de Ica\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Red de Salud Rural del Maule", []),
        ("Sindicato de Temporeras de Curicó", []),
        ("Colectiva Temporeras Unidas de Mendoza", ["AR"]),
        ("Federación de Trabajadoras de Ica", ["PE"]),
    ]


def test_a_german_post_in_one_word_is_no_town_among_organisations():
    text = (
        "Gemeinsame Erklärung\n\n" + BODY + "Erstunterzeichner*innen:\n\n"
        "• Mieterinitiative Hermannplatz (Berlin)\n• Stadt für alle Leipzig (Leipzig)\n"
        "• Kiezversammlung Nordstadt (Dortmund)\n• Mieterbeirat Gropiusstadt (Berlin)\n"
        "• Sabine Ohlendorf, Mieterberaterin (Bremen)\n"
    )
    assert extract_statement(text).endorsers[-1].kind == "individual"


def test_a_row_of_two_columns_whose_cells_differ_in_shape_is_still_two_names():
    text = (
        "Solidarity statement\n\n" + BODY + "Other organisations\n\n"
        "Asia Labour Watch Collective (Hong Kong)           Trade Justice Coalition Australia\n"
        "Migrant Workers Solidarity Network (Japan)         Sugar Workers Committee (USA)\n"
        "Fair Sugar Campaign (Netherlands)                  Centre for Plantation (Malaysia)\n"
    )
    assert names(text)[:2] == ["Asia Labour Watch Collective", "Trade Justice Coalition Australia"]


def test_arabics_and_written_onto_each_name_of_a_run_in_prose():
    text = (
        "بيان مشترك\n\n"
        "تطالب المنظمات بوقف التلوث في الخليج وحماية صحة السكان والبحارة في المنطقة.\n\n"
        "ووقّع على البيان كلّ من جمعية واحة قابس للبيئة، والنقابة الجهوية للبحارة، "
        "وجمعية شباب شط السلام.\n"
    )
    assert names(text) == [
        "جمعية واحة قابس للبيئة",
        "النقابة الجهوية للبحارة",
        "جمعية شباب شط السلام",
    ]


def test_back_at_the_margin_after_indented_members_the_sections_have_ended():
    text = (
        "Ortak açıklama\n\n" + BODY + "İmzacılar:\n\n"
        "Mevsimlik Tarım İşçileri Dayanışma Derneği – Türkiye\n"
        "Uluslararası Tarım Emekçileri Federasyonu (UTEF) ve üye sendikaları:\n"
        "   Landarbeiter-Gewerkschaft Süd (Almanya)\n   Unione Braccianti del Sud (İtalya)\n"
        "Prof. Dr. Nermin Aksoy, Kuzey Anadolu Üniversitesi\n"
        "Av. Serkan Yıldız, Tarım İşçileri Hukuk Bürosu\n"
    )
    federation = "Uluslararası Tarım Emekçileri Federasyonu"
    assert [(e.name, e.parent) for e in extract_statement(text).endorsers][1:] == [
        (federation, None),
        ("Landarbeiter-Gewerkschaft Süd", federation),
        ("Unione Braccianti del Sud", federation),
        ("Nermin Aksoy", None),
        ("Serkan Yıldız", None),
    ]


def test_a_ukrainian_legal_form_before_a_quoted_name_makes_it_a_group_among_people():
    text = (
        "Відкритий лист\n\n" + BODY + "Підписали:\n\n"
        "Олена Коваль, директорка школи\nІван Петренко, вчитель\nМарія Шевчук, педагогиня\n"
        "ГО «Батьківський контроль» (Parents' Oversight)\n"
    )
    assert extract_statement(text).endorsers[-1].kind == "organization"


def test_a_report_names_signatories_after_saying_they_signed_not_before():
    text = (
        "Seed law\n\n"
        "Ein von der Feministin und Publizistin Alma Berger initiierter, von 28 Verbänden "
        "unterschriebener offener Brief wurde gestern an die Regierung übergeben.\n\n"
        "Church bodies also signed: the Creation Care Desk and the Justice Office of Nakuru. "
        "Individual signatories include Prof. Samuel Kiprono Rotich, a plant geneticist, "
        "and Dr. Amina Yusuf Haji, a food-security researcher based in Mombasa.\n\n"
        "Signatories:\nKenya Smallholder Seed Network\nSeed Savers Collective of Uganda\n"
    )
    found = names(text)
    assert "Samuel Kiprono Rotich" in found and "Amina Yusuf Haji" in found
    assert not any("Berger" in name or "Feministin" in name for name in found)


def test_a_table_of_organisations_and_their_area():
    text = (
        "Joint letter\n\n" + BODY + "Signatories\n\nOrganisation\tArea\n"
        "Fair Homes Alliance\tNational\nTenant Voice Bristol\tBristol\n"
        "Northern Renters' Network\tLeeds\n"
    )
    assert names(text) == [
        "Fair Homes Alliance",
        "Tenant Voice Bristol",
        "Northern Renters' Network",
    ]


def test_headings_saying_where_from_in_greek_set_and_clear_the_country():
    text = (
        "Κοινή δήλωση\n\n" + BODY + "Υπογράφουν:\n\n"
        "Από την Ελλάδα\nΣωματείο Εργαζομένων Ξενοδοχείων Κρήτης\nΈνωση Εποχικών Εργαζομένων\n\n"
        "Από το εξωτερικό\nUnión de Trabajadores del Turismo (España)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Σωματείο Εργαζομένων Ξενοδοχείων Κρήτης", ["GR"]),
        ("Ένωση Εποχικών Εργαζομένων", ["GR"]),
        ("Unión de Trabajadores del Turismo", ["ES"]),
    ]


def test_a_table_with_an_acronym_column_over_two_printed_pages():
    text = (
        "Gemeinsame Erklärung\n\n" + BODY + "Unterzeichnende Organisationen\n\n"
        "Land\tOrganisation\tKürzel\nDeutschland\tMieterbund Rhein-Ruhr e.V.\tMRR\n"
        "Österreich\tWiener Mieterinnenplattform\tWMP\n"
        "Seite 1 von 2\n\n"
        "Land\tOrganisation\tKürzel\nItalien\tCoordinamento Affittuari Milanesi\tCAM\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries, e.alt_names) for e in endorsers] == [
        ("Mieterbund Rhein-Ruhr e.V.", ["DE"], ["MRR"]),
        ("Wiener Mieterinnenplattform", ["AT"], ["WMP"]),
        ("Coordinamento Affittuari Milanesi", ["IT"], ["CAM"]),
    ]


def test_a_network_signing_with_its_sections_after_a_lead_in():
    text = (
        "Nota pública\n\n" + BODY + "Assinam esta nota a Rede Internacional de Educadores "
        "Populares (RIEP) e suas seções nacionais: RIEP-Brasil, RIEP-Angola e RIEP-Portugal.\n"
    )
    network = "Rede Internacional de Educadores Populares"
    assert [(e.name, e.parent) for e in extract_statement(text).endorsers] == [
        (network, None),
        ("RIEP-Brasil", network),
        ("RIEP-Angola", network),
        ("RIEP-Portugal", network),
    ]


def test_a_pdf_table_flattened_to_single_spaces_across_a_page_header():
    text = (
        "Déclaration commune\n\n" + BODY + "Organisations signataires\n\n"
        "Organisation Sigle Pays\n"
        "Coordination Migrations Bruxelles CMB Belgique\n"
        "Stichting Open Grenzen SOG Pays-Bas\n\n"
        "Déclaration commune – juin 2024 2/3\n\n"
        "Plateforme Ivoirienne des Migrants de Retour PIMR Côte d'Ivoire\n\n"
        "Éditrice responsable : Fatou Ndiaye, rue du Midi 12, Bruxelles\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.alt_names, e.countries) for e in endorsers] == [
        ("Coordination Migrations Bruxelles", ["CMB"], ["BE"]),
        ("Stichting Open Grenzen", ["SOG"], ["NL"]),
        ("Plateforme Ivoirienne des Migrants de Retour", ["PIMR"], ["CI"]),
    ]


def test_quoted_organisations_in_arabic_prose_after_the_signing_word():
    text = (
        "بيان\n\nأصدرت منظمات صحافية بيانًا بعنوان «حرية الصحافة ليست جريمة» أمس.\n\n"
        "ومن أبرز الموقّعين «جمعية إعلاميون بلا قيود» و«تجمّع الصحافيين المستقلين»، "
        "ورئيسة «الشبكة النسوية للإعلام» د. ريم العلي، و«المرصد العربي لحرية التعبير» (الأردن).\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("جمعية إعلاميون بلا قيود", []),
        ("تجمّع الصحافيين المستقلين", []),
        ("المرصد العربي لحرية التعبير", ["JO"]),
    ]


def test_a_tab_table_whose_rows_leave_their_first_or_last_cell_empty():
    text = (
        "Open letter\n\n" + BODY + "Yours faithfully,\n\n"
        "Title\tName\tPosition\tOrganisation\n"
        "\tMokoena, Thandiwe\tChairperson\tWard 14 Residents' Committee\n"
        "Rev.\tJacobs, Willem\tMinister\tJoza Fellowship Church\n"
        "Cllr\tSityana, Mandla\tWard councillor\t\n"
        "\tBooi, Lungile\tPrincipal\tNtsika Primary School\n\n"
        "Reply\n"
    )
    assert names(text) == ["Thandiwe Mokoena", "Willem Jacobs", "Mandla Sityana", "Lungile Booi"]


def test_a_sign_up_forms_fields_below_the_list_are_no_names():
    text = (
        "Offener Brief\n\n" + BODY + "Erstunterzeichnende:\n"
        "Flüchtlingsrat Rhein-Neckar\nInitiative Bleiberecht Mannheim\n\n"
        "Sie möchten den Brief ebenfalls unterzeichnen?\n\n"
        "Vorname*\nNachname*\nOrganisation / Funktion\nOrt*\nE-Mail*\nUnterzeichnen\n"
    )
    assert names(text) == ["Flüchtlingsrat Rhein-Neckar", "Initiative Bleiberecht Mannheim"]


def test_towns_with_a_colon_head_their_groups_and_a_bare_page_number_is_a_header():
    text = (
        "Κοινή δήλωση\n\n" + BODY + "Υπογράφουν:\n\n"
        "Αθήνα:\nΣωματείο Εργαζομένων στη Διανομή\nΣύλλογος Οικοδόμων Πειραιά\n\n"
        "ΚΟΙΝΗ ΔΗΛΩΣΗ – ΚΑΥΣΩΝΑΣ                                      2\n\n"
        "Πάτρα:\nΣύλλογος Λιμενεργατών Πάτρας\n\n"
        "Ηράκλειο Κρήτης:\nΠανκρητική Ένωση Εργατών Γης\n"
    )
    assert names(text) == [
        "Σωματείο Εργαζομένων στη Διανομή",
        "Σύλλογος Οικοδόμων Πειραιά",
        "Σύλλογος Λιμενεργατών Πάτρας",
        "Πανκρητική Ένωση Εργατών Γης",
    ]


def test_two_columns_whose_rows_mostly_differ_in_shape_and_a_name_in_lower_case():
    text = (
        "Aufruf\n\n" + BODY + "Organisationen\n\n"
        "Mieterverein Lindenhof e. V. (Bremen)        Initiative Kiezwohnen Neukölln (Berlin)\n"
        "Mieterinitiative Hafenviertel (Hamburg)      Recht auf Stadt Kiel\n"
        "Bündnis Zwangsräumung Verhindern Hannover    Wohnprojekte-Netzwerk Ostwestfalen\n"
        "ver.di-Ortsverein Lübeck-Süd                 Arbeitslosenzentrum Altona (Hamburg)\n"
    )
    assert names(text) == [
        "Mieterverein Lindenhof e. V.",
        "Initiative Kiezwohnen Neukölln",
        "Mieterinitiative Hafenviertel",
        "Recht auf Stadt Kiel",
        "Bündnis Zwangsräumung Verhindern Hannover",
        "Wohnprojekte-Netzwerk Ostwestfalen",
        "ver.di-Ortsverein Lübeck-Süd",
        "Arbeitslosenzentrum Altona",
    ]


def test_a_column_label_with_a_second_word_after_a_slash():
    assert column_of("Ente / struttura") == ORGANISATION
    assert column_of("Organisation / Funktion") == ORGANISATION
    assert column_of("Bündnis / Kiel") is None


def test_members_of_the_network_named_by_its_first_word_get_its_full_name():
    text = (
        "Red Latinoamericana de Trabajadoras de Plataformas\n\nLos algoritmos no son jefes\n\n"
        + BODY
        + "Firman las organizaciones integrantes de la Red:\n\n"
        "Asociación de Repartidores Autoconvocados (Argentina)\nRiders en Lucha (Chile)\n"
    )
    network = "Red Latinoamericana de Trabajadoras de Plataformas"
    assert [(e.name, e.parent) for e in extract_statement(text).endorsers] == [
        ("Asociación de Repartidores Autoconvocados", network),
        ("Riders en Lucha", network),
    ]


def test_a_pipe_table_by_state_and_a_support_heading_over_other_groups():
    text = (
        "Nota pública\n\n" + BODY + "Assinam:\n\nEntidade | UF\n"
        "Movimento dos Atingidos pelo Rio (MAR) | MG\nInstituto Águas Livres | SP\n"
        "Coletivo de Mulheres Ribeirinhas | BA\n\n"
        "Apoio internacional:\nRed de Ríos Vivos (Colombia)\nRivers Without Borders Network\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.parent) for e in endorsers] == [
        ("Movimento dos Atingidos pelo Rio", None),
        ("Instituto Águas Livres", None),
        ("Coletivo de Mulheres Ribeirinhas", None),
        ("Red de Ríos Vivos", None),
        ("Rivers Without Borders Network", None),
    ]
