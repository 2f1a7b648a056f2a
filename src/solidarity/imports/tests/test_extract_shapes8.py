"""List shapes from the eighth held-out round. Every example is invented for this file."""

from solidarity.imports.extract import INDIVIDUAL, ORGANIZATION, extract_statement
from solidarity.imports.tests.shapes import BODY, names


def test_pictographs_bullet_a_social_media_posts_list():
    text = (
        "Proud to share that our letter is out 🏠✊\n\n" + BODY + "📄 The letter — signatories:\n"
        "🔹 Tenants Union of Braga\n"
        "✅ Housing Now Collective\n"
        "➡️ Association of Residents of Vale Verde\n"
        "1️⃣ Network for the Right to the City\n\n"
        "#housing #righttothecity\n"
    )
    assert names(text) == [
        "Tenants Union of Braga",
        "Housing Now Collective",
        "Association of Residents of Vale Verde",
        "Network for the Right to the City",
    ]


def test_a_boards_links_to_other_posts_contact_and_imprint_are_no_signatories():
    text = (
        "[공동성명] 돌봄 노동자의 권리를 보장하라\n\n" + BODY + "서명 단체\n"
        "1. 돌봄노동자연대\n2. 희망의료생협\n3. 평등노동네트워크\n\n"
        "문의: 김하늘 정책국장 (010-0000-0000, press@example.kr)\n\n"
        "◀ 이전글  [논평] 국정감사 결과에 대한 입장\n"
        "▶ 다음글  [보도자료] 실태조사 발표\n\n"
        "돌봄노동자연대 | 서울시 중구 ○○로 1, 2층 | 대표: 이정민 | 사업자등록번호 000-00-00000\n"
    )
    assert names(text) == ["돌봄노동자연대", "희망의료생협", "평등노동네트워크"]


def test_a_town_after_a_dash_under_organisations_keeps_an_organisation():
    text = (
        "Sign-on letter | Plains Health Coalition\nMenu\nHome  Campaigns  Resources  Contact\n"
        "SIGN-ON LETTER OPPOSING CLINIC CUTS\nDear Senator,\n"
        + BODY
        + "Signatories:\nOrganizations\n"
        "Prairie Health Coalition – Des Moines, IA\n"
        "Bluestem Family Clinic – Emporia, KS\n"
        "Rural Patients First – Sioux Falls, SD\n"
        "Individuals\n"
        "Dr. Harold Jensen, MD – Mitchell, SD\n"
        "Samantha Oduya – Cedar Rapids, IA\n"
        "Linda Ruiz, RN – Dodge City, KS\n"
        "Thomas Akers – Grand Island, NE\n"
        "Beatrice Holm – Aberdeen, SD\n"
        "Gregory Falk – Jamestown, ND\n"
        "Carol Ann Pruitt – Hays, KS\n"
        "Luis Carrasco – Sioux City, IA\n"
    )
    kinds = {e.name: e.kind for e in extract_statement(text).endorsers}
    assert kinds == {
        "Prairie Health Coalition": ORGANIZATION,
        "Bluestem Family Clinic": ORGANIZATION,
        "Rural Patients First": ORGANIZATION,
        "Harold Jensen": INDIVIDUAL,
        "Samantha Oduya": INDIVIDUAL,
        "Linda Ruiz": INDIVIDUAL,
        "Thomas Akers": INDIVIDUAL,
        "Beatrice Holm": INDIVIDUAL,
        "Gregory Falk": INDIVIDUAL,
        "Carol Ann Pruitt": INDIVIDUAL,
        "Luis Carrasco": INDIVIDUAL,
    }


def test_a_spreadsheet_pasted_as_csv_is_read_by_its_columns():
    text = (
        "Open letter for the right to study – signatures\n\n" + BODY + "Nome,Organizzazione,Paese\n"
        "Chiara Bellotti,Rete Studenti Medi Ferrara,Italia\n"
        "Marco Russi,,Italia\n"
        'Pablo Serra,"Sindicato de Estudiantes, Valencia",Spagna\n'
        "Nicole Dubreuil,UNEF Lyon,Francia\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.affiliation, e.countries) for e in endorsers] == [
        ("Chiara Bellotti", INDIVIDUAL, "Rete Studenti Medi Ferrara", ["IT"]),
        ("Marco Russi", INDIVIDUAL, None, ["IT"]),
        ("Pablo Serra", INDIVIDUAL, "Sindicato de Estudiantes, Valencia", ["ES"]),
        ("Nicole Dubreuil", INDIVIDUAL, "UNEF Lyon", ["FR"]),
    ]


def test_a_web_table_copied_one_cell_per_line():
    text = (
        "Unions back the energy workers\n\n" + BODY + "Підписанти\nОрганізація\nКраїна\nТип\n"
        "Профспілка енергетиків Полісся\nУкраїна\nгалузева профспілка\n"
        "Związek Zawodowy Energetyków Pomorza\nПольща\nгалузева профспілка\n"
        "Rete Europea Energia\n—\nміжнародна мережа\n\n"
        "Контакт для преси: Олена Коваль, прес-секретар\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("Профспілка енергетиків Полісся", ORGANIZATION, ["UA"]),
        ("Związek Zawodowy Energetyków Pomorza", ORGANIZATION, ["PL"]),
        ("Rete Europea Energia", ORGANIZATION, []),
    ]


def test_headings_in_a_row_are_no_table():
    text = (
        "Stand with the nurses\n\n" + BODY + "Signatories\nOrganisations\n"
        "Eastvale Nurses Union\nCare Workers United (Canada)\n"
    )
    assert names(text) == ["Eastvale Nurses Union", "Care Workers United"]


def test_an_arabic_report_names_the_signatories_in_a_sentence():
    text = (
        "منتدى العمل\nأخبار | تقارير | بيانات\n"
        "عمال التوصيل يستحقون الحماية\n"
        "بقلم: سامر حداد\n"
        "الصورة: عامل توصيل في أحد الشوارع (تصوير: سامي خليل)\n"
        "قالت النقابات والجمعيات الموقعة على البيان إن العاملين في توصيل الطلبات عبر التطبيقات "
        "يعملون منذ سنوات دون عقود مكتوبة أو تأمين صحي أو أي حماية من الحوادث على الطرق، وطالبت "
        "وزارة العمل بإصدار تشريع واضح يعترف بهم كعمال ويضمن لهم الحد الأدنى للأجور.\n"
        "ووقّع على البيان كل من نقابة عمال التوصيل، اتحاد عمال النقل، مرصد العمل الرقمي "
        "ورابطة عمال المطاعم، إضافة إلى عدد من النشطاء المستقلين.\n"
        "التعليقات (٢)\n"
        "أحمد: كل الدعم لهم.\n"
        "سلمى ع.: متى سيناقش البرلمان القانون؟\n"
        "اقرأ أيضاً: إضراب عمال التوصيل يدخل يومه الثالث\n"
    )
    assert names(text) == [
        "نقابة عمال التوصيل",
        "اتحاد عمال النقل",
        "مرصد العمل الرقمي",
        "رابطة عمال المطاعم",
    ]


def test_a_comment_button_at_the_top_opens_no_comment_section():
    text = (
        "File  Edit  View\nComment\nShare\n"
        "Open letter: homes, not assets\n\n" + BODY + "Signatories:\n"
        "Tenants Union of Leeds\nHousing Justice Network\n"
    )
    assert names(text) == ["Tenants Union of Leeds", "Housing Justice Network"]


def test_bracketed_two_letter_codes_are_countries_when_the_list_uses_them():
    text = (
        "OFFENER BRIEF: KEIN AUSBAU DER LANDSTRASSE\n\n" + BODY + "Alle Unterzeichnenden (8)\n"
        "Plattform Verkehrswende Murtal (AT)\n"
        "Radlobby Murau (AT)\n"
        "Naturschutzbund Obersteiermark (AT)\n"
        "Zelena Obala (SI)\n"
        "Bürgerinitiative Lebenswertes Ennstal (AT)\n"
        "Attac Oststeiermark (AT)\n"
        "Pro Bahn Schweiz – Sektion Zürichsee (CH)\n"
        "Levegő Munkacsoport Győr (HU)\n\n"
        "Gefällt mir: Lädt…\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("Plattform Verkehrswende Murtal", ORGANIZATION, ["AT"]),
        ("Radlobby Murau", ORGANIZATION, ["AT"]),
        ("Naturschutzbund Obersteiermark", ORGANIZATION, ["AT"]),
        ("Zelena Obala", ORGANIZATION, ["SI"]),
        ("Bürgerinitiative Lebenswertes Ennstal", ORGANIZATION, ["AT"]),
        ("Attac Oststeiermark", ORGANIZATION, ["AT"]),
        ("Pro Bahn Schweiz – Sektion Zürichsee", ORGANIZATION, ["CH"]),
        ("Levegő Munkacsoport Győr", ORGANIZATION, ["HU"]),
    ]


def test_a_lone_bracketed_two_letter_acronym_stays_an_acronym():
    text = (
        "Joint statement\n\n" + BODY + "Signatories:\n"
        "Partido dos Trabalhadores (PT)\nUnited Dock Union\nTenants League of Porto\n"
    )
    endorsers = {e.name: e for e in extract_statement(text).endorsers}
    assert endorsers["Partido dos Trabalhadores"].alt_names == ["PT"]
    assert endorsers["Partido dos Trabalhadores"].countries == []


def test_greek_bodies_and_citizens_with_latin_names_and_a_press_contact():
    text = (
        "Κοινή δήλωση για τη διαφάνεια\n\n" + BODY + "Συνυπογράφουν\nΦορείς\n"
        "Ένωση Πολιτών Κέρκυρας (Enosi Politon Kerkyras)\n"
        "Ελληνικό Παρατηρητήριο Ελευθεριών (Elliniko Paratiritirio Eleftherion)\n"
        "Σύλλογος Δημοσιογράφων Λάρισας (Syllogos Dimosiografon Larisas)\n"
        "Πολίτες\n"
        "Κος Νίκος Αλεξίου (Nikos Alexiou), δικηγόρος\n"
        "Σοφία Πέτρου (Sofia Petrou), οικονομολόγος\n\n"
        "Για επικοινωνία με τον Τύπο: Στέλιος Μαρκου\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind) for e in endorsers] == [
        ("Ένωση Πολιτών Κέρκυρας", ORGANIZATION),
        ("Ελληνικό Παρατηρητήριο Ελευθεριών", ORGANIZATION),
        ("Σύλλογος Δημοσιογράφων Λάρισας", ORGANIZATION),
        ("Νίκος Αλεξίου", INDIVIDUAL),
        ("Σοφία Πέτρου", INDIVIDUAL),
    ]


def test_contact_labels_credits_sorting_and_pastors_in_other_languages():
    text = (
        "Ortak Açıklama\n\n" + BODY + "İmzacılar:\n"
        "Kuzey Ege Çevre Derneği\nPastorin Friederike Janssen\nİzmir Barosu Çevre Komisyonu\n\n"
        "Basın iletişim: Orhan Kayalı\n"
        "للتواصل الإعلامي: ليلى منصور\n"
        "Fotoğraf: Kaz Dağları'nda sondaj alanı.\n"
        "Ordenar por: Mejores ▾\n"
    )
    assert names(text) == [
        "Kuzey Ege Çevre Derneği",
        "Friederike Janssen",
        "İzmir Barosu Çevre Komisyonu",
    ]


def test_lines_indented_under_an_organisation_are_its_sections():
    text = (
        "Joint statement: water in community hands\n\n" + BODY + "Signed,\n"
        "Lakeside Water Justice Network – Kenya\n"
        "Global Federation of Public Workers (GFPW)\n"
        "    GFPW Kenya Section – Kenya\n"
        "    GFPW Uganda Section – Uganda\n"
        "Women for Water Equity – United Kingdom\n"
        "Fair Finance Watch Belgium\n"
        "Friends of the Wetlands – Ireland\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.parent, e.kind, e.countries) for e in endorsers] == [
        ("Lakeside Water Justice Network", None, ORGANIZATION, ["KE"]),
        ("Global Federation of Public Workers", None, ORGANIZATION, []),
        ("GFPW Kenya Section", "Global Federation of Public Workers", ORGANIZATION, ["KE"]),
        ("GFPW Uganda Section", "Global Federation of Public Workers", ORGANIZATION, ["UG"]),
        ("Women for Water Equity", None, ORGANIZATION, ["GB"]),
        ("Fair Finance Watch Belgium", None, ORGANIZATION, ["BE"]),
        ("Friends of the Wetlands", None, ORGANIZATION, ["IE"]),
    ]


def test_a_section_in_brackets_gives_a_country_or_stays_in_the_name():
    text = (
        "Nota pública em defesa do SUS\n\n" + BODY + "Assinam esta nota:\n"
        "CONTRASUS – Confederação dos Trabalhadores do SUS\n"
        "Médicos Populares do Brasil\n"
        "ALASC – Associação Latino-Americana de Saúde Comunitária (Seção Brasil)\n"
        "Rede Árabe pelo Direito à Água (فرع عمّان)\n\n"
        "Brasília, 3 de março de 2026.\n"
        "Foto: Agentes comunitárias durante visita domiciliar. Crédito: Joana Paiva\n"
    )
    result = extract_statement(text)
    assert [(e.name, e.countries) for e in result.endorsers] == [
        ("Confederação dos Trabalhadores do SUS", []),
        ("Médicos Populares do Brasil", ["BR"]),
        ("Associação Latino-Americana de Saúde Comunitária", ["BR"]),
        ("Rede Árabe pelo Direito à Água (فرع عمّان)", []),
    ]
    assert result.date == "2026-03-03"


def test_names_each_after_by_the_run_to_the_next_by_the():
    text = (
        "Apelo contra a privatização da água\n\n"
        "Centrais sindicais e movimentos sociais lançaram nesta segunda-feira um apelo contra "
        "a privatização da companhia de saneamento do estado, que deve ser votada em dezembro.\n\n"
        "O apelo é assinado pela Frente Mineira em Defesa da Água, pelo Movimento dos "
        "Atingidos por Represas, pela Central Sindical e Popular Conlutas e pela Pastoral da "
        "Ecologia Integral, entre outras entidades.\n"
    )
    assert names(text) == [
        "Frente Mineira em Defesa da Água",
        "Movimento dos Atingidos por Represas",
        "Central Sindical e Popular Conlutas",
        "Pastoral da Ecologia Integral",
    ]


def test_a_country_with_its_region_before_the_colon_and_a_branch_with_its_acronym():
    text = (
        "Soutien aux enseignants grévistes\n\n" + BODY + "Signataires :\n"
        "Sénégal : Syndicat des enseignants du moyen secondaire\n"
        "Canada (Québec) : Alliance des professeures et professeurs de Laval\n"
        "- Unione Sindacale di Base – Sanità (USB Sanità)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Syndicat des enseignants du moyen secondaire", ["SN"]),
        ("Alliance des professeures et professeurs de Laval", ["CA"]),
        ("Unione Sindacale di Base – Sanità", []),
    ]


def test_names_of_a_country_on_one_line_under_its_heading():
    text = (
        "Comunicado conjunto\n\n" + BODY + "Assinam:\n\n"
        "Portugal\n"
        "Coletivo Lusofonia Solidária, Associação Por Timor e pela Lusofonia e GAIA – Grupo de "
        "Acção Ambiental do Porto\n\n"
        "Brasil\n"
        "Rede Brasileira de Justiça Ambiental e Instituto Kwanza\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Coletivo Lusofonia Solidária", ["PT"]),
        ("Associação Por Timor e pela Lusofonia", ["PT"]),
        ("Grupo de Acção Ambiental do Porto", ["PT"]),
        ("Rede Brasileira de Justiça Ambiental", ["BR"]),
        ("Instituto Kwanza", ["BR"]),
    ]


def test_austrian_academic_titles_and_a_diocese():
    text = (
        "Offener Brief: Klimaschutz jetzt\n\n" + BODY + "Unterzeichnende:\n"
        "Univ.-Prof.in Dr.in Karin Hubmer, Universität Graz\n"
        "DI Dr. Alois Pichlmayr, Energieökonom\n"
        "Mag.a Ayşe Demirel – Sozialarbeiterin, Wien\n"
        "Dipl.-Päd. Elisabeth Wallnöfer\n"
        "Pfarrer Josef Sturmberger, Diözese Linz\n"
    )
    assert names(text) == [
        "Karin Hubmer",
        "Alois Pichlmayr",
        "Ayşe Demirel",
        "Elisabeth Wallnöfer",
        "Josef Sturmberger",
    ]


def test_a_letters_byline_greeting_and_closing_count_are_no_signatories():
    text = (
        "Lettre ouverte : Pour des places en garderie\n\n"
        "Collectif de signataires\nLe 17 février 2026\n\n"
        "Madame la Ministre de la Famille,\n\n" + BODY + "Organisations signataires\n\n"
        "Regroupement des centres de la petite enfance\nCollectif Familles d'abord\n\n"
        "Signataires à titre individuel\n\n"
        "Gagnon, Marie-Ève — éducatrice, Sherbrooke\n"
        "Nguyen, Thi Lan — pédiatre, Montréal\n"
        "Bouchard, Jean-François — père de trois enfants, Rimouski\n\n"
        "Cette lettre est également signée par plus de 1 200 parents et éducatrices. "
        "La liste complète est disponible sur le site de la campagne.\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind) for e in endorsers] == [
        ("Regroupement des centres de la petite enfance", ORGANIZATION),
        ("Collectif Familles d'abord", ORGANIZATION),
        ("Marie-Ève Gagnon", INDIVIDUAL),
        ("Thi Lan Nguyen", INDIVIDUAL),
        ("Jean-François Bouchard", INDIVIDUAL),
    ]


def test_a_footer_with_a_po_box_and_its_links_is_no_signatory():
    text = (
        "Joint statement: water is a right\n\n" + BODY + "Signed:\n"
        "Soweto Water Committee\nCape Flats Residents Forum\n\n"
        "Amandla Voices | PO Box 1123, Observatory 7935, Cape Town | About us · Contact · "
        "Privacy policy\n"
    )
    assert names(text) == ["Soweto Water Committee", "Cape Flats Residents Forum"]


def test_a_semicolon_run_of_titled_people_with_posts_and_places():
    text = (
        "Unity statement: save the bay\n\n" + BODY + "Signed by: Samahan ng Mangingisda (SAMA); "
        "Kilusang Dagat; Rev. Fr. Emil Santos, parish priest of San Roque, Navotas; "
        "Sr. Carla Reyes, RGS; Atty. Josefa Cruz, Coastal Legal Aid Desk; "
        "Hon. Arnel Tolosa, Barangay Captain, Tangos North; "
        "Bishop Ernesto Lagos of the Diocese of Bataan; and 120 other organizations.\n"
    )
    assert names(text) == [
        "Samahan ng Mangingisda",
        "Kilusang Dagat",
        "Emil Santos",
        "Carla Reyes",
        "Josefa Cruz",
        "Arnel Tolosa",
        "Ernesto Lagos",
    ]
