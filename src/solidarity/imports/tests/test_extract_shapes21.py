"""List shapes from the rounds on holdout45 (2026-11-24, sixth session): internationals
and their sections in more languages and scripts. Every example is invented for this
file."""

from solidarity.imports.extract import preload
from solidarity.imports.extract.countries import _name_index, language_adjective_code
from solidarity.imports.extract.entries import parse_entry
from solidarity.imports.extract.givennames import _given_names
from solidarity.imports.extract.headings import heading_demonyms
from solidarity.imports.extract.memberships import find_acronyms, member_owner
from solidarity.imports.extract.places import _town_hashes
from solidarity.imports.tests.shapes import BODY, by_name


def test_a_serbian_list_with_a_network_and_its_members_in_two_scripts():
    read = by_name(
        "Заједничка изјава / Zajednička izjava\n\n" + BODY + "Потписници / Potpisnici:\n\n"
        "Мрежа радника „Исток“ / Mreža radnika „Istok“ (MRI) и њене чланице:\n"
        "  Синдикат „Искра“ / Sindikat „Iskra“ (Србија)\n"
        "  Sindikat lučkih radnika „Mol“ (Hrvatska)\n"
        "  Удружење радника „Планина“ / Udruženje radnika „Planina“ (Црна Гора)\n\n"
        "Остали потписници / Ostali potpisnici:\n"
        "  Колектив „Ватра“, Ниш\n\n"
        "Појединци / Pojedinci:\n"
        "  Ана Петровић, социолошкиња (Србија)\n\n"
        "Коментари (2)\n\n"
        "Марко Т.\nОдлично, свака част.\n"
    )
    network = "Мрежа радника „Исток“"
    assert list(read) == [
        network,
        "Синдикат „Искра“",
        "Sindikat lučkih radnika „Mol“",
        "Удружење радника „Планина“",
        "Колектив „Ватра“",
        "Ана Петровић",
    ]
    assert read["Синдикат „Искра“"].parent == network
    assert read["Удружење радника „Планина“"].countries == ["ME"]
    assert read["Sindikat lučkih radnika „Mol“"].countries == ["HR"]
    assert read["Колектив „Ватра“"].parent is None
    assert read["Ана Петровић"].kind == "individual"


def test_an_international_signing_through_its_member_organisations():
    read = by_name(
        "Nota conjunta\n\n" + BODY + "Assinam:\n\n"
        "Rede Lusófona de Estivadores (RLE), através das suas organizações-membro:\n\n"
        "BRASIL\nSindicato dos Estivadores de Santos\n\n"
        "PORTUGAL\nSindicato dos Estivadores de Lisboa\n"
    )
    assert read["Sindicato dos Estivadores de Santos"].parent == "Rede Lusófona de Estivadores"
    assert read["Sindicato dos Estivadores de Lisboa"].countries == ["PT"]


def test_sections_and_groups_of_an_acronym_spelled_out_above():
    read = by_name(
        "Заявление\n\n" + BODY + "Подписали:\n\n"
        "Международный рабочий союз (МРС) / International Workers' Union (IWU)\n\n"
        "Секции и группы МРС:\n"
        "— Рабочий союз «Рассвет» (Казахстан)\n"
        "— ბათუმის მუშათა კავშირი / Союз рабочих Батуми\n"
        "— Рабочий кружок «Луч» (Москва) — российская секция МРС\n"
    )
    parent = "Международный рабочий союз"
    # A Georgian name is written without capitals: it goes on with the list.
    assert [read[name].parent for name in list(read)[1:]] == [parent, parent, parent]
    assert read["Рабочий кружок «Луч»"].countries == ["RU"]
    assert read["Рабочий кружок «Луч»"].alt_names == []


def test_a_section_after_a_dash_names_its_international_not_its_place():
    assert member_owner("российская секция МРП") == "МРП"
    assert member_owner("section belge de l'EEB") == "EEB"
    assert member_owner("EEB Almanya seksiyonu") == "EEB"
    french = parse_entry("Union des Travailleurs (UT) – section française de l'EEB", 0)
    assert french is not None and french.member_of == "EEB" and french.countries == ["FR"]
    local = parse_entry("Associazione Medici per l'Ambiente – sezione di Novara", 0)
    assert local is not None and local.member_of is None
    # "İzmir Şubesi", capitalised, is the branch's own name.
    branch = parse_entry("ÇHD – Çağdaş Hukukçular Derneği İzmir Şubesi", 0)
    assert branch is not None and branch.member_of is None


def test_a_site_footer_with_its_address_is_no_signatory():
    read = by_name(
        "Aufruf\n\n" + BODY + "Unterzeichnende Organisationen\n"
        "Mieterverein Nordstadt e.V.\n"
        "Initiative Hausgemeinschaften Süd\n"
        "Recht auf Stadt Gera\n\n"
        "Bündnis Wohnen · c/o Stadtteilladen, Musterstraße 12, 07545 Gera\n"
    )
    assert list(read) == [
        "Mieterverein Nordstadt e.V.",
        "Initiative Hausgemeinschaften Süd",
        "Recht auf Stadt Gera",
    ]


def test_a_korean_page_with_a_network_its_members_and_domestic_groups():
    read = by_name(
        "이주노동자 공동성명\n\n"
        "정부는 고용허가제를 폐지하고 이주노동자의 사업장 변경의 자유를 보장하라. 우리는 모든 "
        "노동자의 평등한 권리를 위해 함께 싸울 것이다.\n\n"
        "■ 공동주최\n"
        "아시아노동자연대네트워크 (Asian Workers Solidarity Network, AWSN)\n\n"
        "■ AWSN 회원단체\n"
        "- 이주노동자평등연대 – 한국\n"
        "- 全国移住者ユニオン (전국이주자유니온, 일본)\n"
        "- 台灣移工聯盟 / Taiwan Migrant Workers Alliance (대만)\n\n"
        "■ 국내 참여단체\n"
        "수원이주노동자쉼터, 민주일반노조연대, 부산이주민연대회의\n\n"
        "■ 해외 지지단체\n"
        "- Migrant Labour Collective (호주)\n"
    )
    network = "아시아노동자연대네트워크"
    assert read["全国移住者ユニオン"].parent == network
    assert read["全国移住者ユニオン"].countries == ["JP"]
    # "국내" (domestic) is the page's own country, Korea, however often it names Japan;
    # the network's members have ended there.
    assert read["수원이주노동자쉼터"].countries == ["KR"]
    assert read["수원이주노동자쉼터"].parent is None
    assert read["Migrant Labour Collective"].countries == ["AU"]
    assert "해외 지지단체" not in read


def test_sections_that_name_only_their_country_belong_to_the_international_above():
    read = by_name(
        "Appel\n\n" + BODY + "Premiers signataires :\n\n"
        "IVe Internationale – Courant Ouvrier (QI-CO)\n"
        "Parti ouvrier (PO) — Section française de la IVe Internationale – Courant Ouvrier\n"
        "Arbeiterbund Nord (ABN) — section allemande\n"
        "Liga Obrera Roja — sección en el Estado español\n"
        "Lega Operaia Rossa — sezione italiana della IVe Internationale – Courant Ouvrier\n"
        "Devrimci İşçi Birliği (DİB), Turquie — section sympathisante\n"
    )
    international = "IVe Internationale – Courant Ouvrier"
    assert read["Arbeiterbund Nord"].parent == international
    assert read["Arbeiterbund Nord"].countries == ["DE"]
    assert read["Liga Obrera Roja"].countries == ["ES"]
    assert read["Lega Operaia Rossa"].countries == ["IT"]
    assert read["Devrimci İşçi Birliği"].parent == international
    assert read["Devrimci İşçi Birliği"].countries == ["TR"]


def test_a_language_adjective_names_its_country():
    assert language_adjective_code("allemande") == "DE"
    assert language_adjective_code("grecque") == "GR"
    assert language_adjective_code("tedesca") == "DE"
    # English and Arabic are the main language of many countries: none is theirs.
    assert language_adjective_code("anglaise") is None


def test_an_international_with_its_national_sections_and_its_running_header():
    read = by_name(
        "APPELLO DEI PORTUALI — 25 aprile 2024          Pag. 1 di 2\n\n"
        "Appello dei portuali\n\n" + BODY + "Promuovono:\n\n"
        "Coordinamento Internazionale dei Portuali (CIP), con le sue sezioni nazionali:\n\n"
        "Italia – Comitato Portuali Liguri (CPL)\n"
        "España / Spagna – Estibadores de Algeciras\n\n"
        "APPELLO DEI PORTUALI — 25 aprile 2024          Pag. 2 di 2\n\n"
        "Türkiye / Turchia – Liman İşçileri Derneği (LİD)\n"
    )
    network = "Coordinamento Internazionale dei Portuali"
    assert list(read) == [
        network,
        "Comitato Portuali Liguri",
        "Estibadores de Algeciras",
        "Liman İşçileri Derneği",
    ]
    assert {read[name].parent for name in list(read)[1:]} == {network}


def test_a_turkish_list_of_an_international_its_sections_and_supporters_by_country():
    read = by_name(
        "Grev için dayanışma\n\n" + BODY + "İmzacılar\n\n"
        "Enternasyonal İşçi Birliği (EİB) ve seksiyonları\n"
        "1. Enternasyonal İşçi Birliği (EİB) – Koordinasyon\n"
        "2. İşçi Birliği – Türkiye seksiyonu\n"
        "3. Arbeiterbund Solidarität (ABS) – EİB Almanya seksiyonu\n\n"
        "Türkiye'den destekleyen örgütler\n"
        "4. Dokuma İşçileri Sendikası (DİS)\n"
        "5. Ege Kadın Meclisi\n\n"
        "Yurtdışından destekleyen örgütler\n"
        "6. Textile Solidarity Network (Birleşik Krallık)\n"
    )
    international = "Enternasyonal İşçi Birliği"
    assert read["İşçi Birliği"].parent == international
    assert read["İşçi Birliği"].countries == ["TR"]
    assert read["Arbeiterbund Solidarität"].countries == ["DE"]
    assert read["Dokuma İşçileri Sendikası"].countries == ["TR"]
    assert read["Ege Kadın Meclisi"].parent is None
    assert read["Textile Solidarity Network"].countries == ["GB"]


def test_a_kind_heading_names_its_country_by_an_adjective():
    assert heading_demonyms("Organizzazioni italiane") == ["IT"]
    assert heading_demonyms("Organisations françaises") == ["FR"]
    assert heading_demonyms("Türkiye'den destekleyen örgütler") == ["TR"]


def test_a_youth_organisation_belongs_to_its_party():
    assert member_owner("organisation de jeunesse du POR") == "POR"
    assert member_owner("TİDES'in gençlik örgütü") == "TİDES"
    youth = parse_entry(
        "Jeunesse ouvrière révolutionnaire (organisation de jeunesse du POR, France)", 0
    )
    assert youth is not None and youth.member_of == "POR" and youth.countries == ["FR"]


def test_a_network_with_its_member_groups_under_country_headings():
    read = by_name(
        "Gemeinsame Erklärung\n\n" + BODY + "Erstunterzeichnende:\n\n"
        "Europäisches Netzwerk Selbstorganisierter Gruppen (ENSG)\n"
        "mit seinen Mitgliedsgruppen:\n\n"
        "Deutschland\n"
        "  - Verein migrantischer Arbeiter*innen, Köln\n"
        "  - Solidarische Ärzt*innen Leipzig\n"
        "Österreich\n"
        "  - Kollektiv Ankommen Graz\n\n"
        "Weitere Organisationen:\n\n"
        "Deutschland\n"
        "Solidarische Ärzt*innen Kassel\n"
        "Anwält*innenkollektiv Bleiberecht Frankfurt\n"
        "Flüchtlingsrat Nordhessen e.V.\n"
    )
    network = "Europäisches Netzwerk Selbstorganisierter Gruppen"
    assert read["Kollektiv Ankommen Graz"].parent == network
    assert read["Kollektiv Ankommen Graz"].countries == ["AT"]
    # A group whose name opens on a post's word ("Anwält…") is no post of the line above.
    assert read["Anwält*innenkollektiv Bleiberecht Frankfurt"].parent is None
    assert read["Anwält*innenkollektiv Bleiberecht Frankfurt"].countries == ["DE"]


def test_members_named_on_their_international_s_line_keep_it_as_parent():
    read = by_name(
        "Κοινή δήλωση\n\n" + BODY + "Υπογράφουν:\n\n"
        "ΕΛΛΑΔΑ\n"
        "  - Φοιτητικός Σύλλογος Πάτρας\n"
        "  - Ένωση Εκπαιδευτικών Βόλου\n\n"
        "ΔΙΕΘΝΩΣ\n"
        "Διεθνής Ένωση Φοιτητών – International Union of Students (IUS), με τα μέλη της: "
        "Rete Studentesca (Ιταλία), Sindicato de Estudiantes (Ισπανία) και Frente "
        "Estudiantil (Χιλή).\n"
    )
    assert read["Rete Studentesca"].parent == "Διεθνής Ένωση Φοιτητών"
    assert read["Frente Estudiantil"].countries == ["CL"]


def test_a_bilingual_heading_names_the_network_its_members_belong_to():
    text = (
        "Мережа «Руки разом»\n\n" + BODY + "Підписали:\n\n"
        "Учасники мережі «Руки разом» / Members of the Hands Together network:\n\n"
        "ПОЛЬЩА / POLAND\n"
        "Związek Pracowników Sezonowych\n\n"
        "ЛИТВА / LITHUANIA\n"
        "Darbininkų solidarumo centras\n"
    )
    assert by_name(text)["Darbininkų solidarumo centras"].parent == "Мережа «Руки разом»"
    assert (
        by_name(text.replace("Мережа «Руки разом»\n\n", "Заява\n\n"))[
            "Darbininkų solidarumo centras"
        ].parent
        == "Руки разом"
    )


def test_preload_reads_the_tables_before_the_first_import():
    for loader in (_town_hashes, _given_names, _name_index):
        loader.cache_clear()
    preload()
    assert all(
        loader.cache_info().currsize == 1 for loader in (_town_hashes, _given_names, _name_index)
    )


PETITION = (
    "Abaixo-assinado: Não ao fechamento da UBS Vila Nova!\n"
    "1.204 pessoas assinaram. Vamos chegar a 1.500!\n\n"
    "Por que isso é importante\n"
    "A Unidade Básica de Saúde atende mais de 9 mil moradores de quatro bairros e a "
    "Secretaria anunciou que a unidade será fechada sem consulta aos moradores.\n\n"
    "Assinaturas recentes\n"
    "{lines}"
    "Mostrar mais assinaturas ▾\n"
    "Comentários (Facebook)\n"
    "Dona Zélia Moura · Contagem\n"
    "Minha mãe faz tratamento lá há 20 anos.\n"
)


def test_a_petition_s_recent_signatures_are_its_list_unless_they_are_a_ticker():
    signers = (
        "Maria Aparecida Souto — Contagem, MG\n"
        "José Ribamar Falcão — Betim, MG\n"
        "Coletivo Mulheres da Vila — Contagem, MG\n"
        "Thaís Lopes Arruda, enfermeira — Belo Horizonte, MG\n"
    )
    read = by_name(PETITION.format(lines=signers))
    assert list(read) == [
        "Maria Aparecida Souto",
        "José Ribamar Falcão",
        "Coletivo Mulheres da Vila",
        "Thaís Lopes Arruda",
    ]
    ticker = (
        "Maria S. assinou há 3 minutos\nJosé F. assinou há 7 minutos\nAna P. assinou há 9 minutos\n"
    )
    assert by_name(PETITION.format(lines=ticker)) == {}


def test_a_semicolon_run_of_people_with_their_posts_and_towns():
    read = by_name(
        "Tribune\n\n" + BODY + "Personnalités signataires : Élise Garnier, maraîchère à Die ; "
        "Pierre-Yves Kerbrat, paysan boulanger, Quimper ; Sandrine Oyono, présidente de "
        "parents d'élèves, Bordeaux ; Thomas Rigaud, enseignant, Toulouse.\n"
    )
    # "Kerbrat" ends like a German council ("Stadtrat") but is a Breton surname.
    assert list(read) == ["Élise Garnier", "Pierre-Yves Kerbrat", "Sandrine Oyono", "Thomas Rigaud"]
    assert read["Pierre-Yves Kerbrat"].affiliation == "paysan boulanger, Quimper"


def test_persian_demands_close_on_their_semicolon_and_titles_are_no_names():
    read = by_name(
        "بیانیهٔ مشترک\n\n" + BODY + "ما خواستار موارد زیر هستیم:\n"
        "۱. حق‌آبهٔ زیست‌محیطی دریاچه بی‌درنگ رهاسازی شود؛\n"
        "۲. طرح‌های انتقال آب متوقف شود؛\n\n"
        "امضاکنندگان:\n"
        "۱. انجمن دوستداران دریاچه\n"
        "۲. دکتر مریم احمدی\n"
        "۳. مهندس علیرضا قاسمی\n"
    )
    assert list(read) == ["انجمن دوستداران دریاچه", "مریم احمدی", "علیرضا قاسمی"]


def test_bracketed_parts_of_a_korean_list_with_their_names_on_the_line():
    read = by_name(
        "공공돌봄 공동성명\n\n"
        "정부는 돌봄 노동자의 처우를 개선하고 공공 돌봄을 확대하라. 우리는 모든 돌봄 노동자의 "
        "권리를 위해 함께 싸울 것이며, 지역의 돌봄 기관과 이용자, 가족 모두가 안전하게 "
        "돌봄을 주고받을 수 있는 사회를 만들기 위해 끝까지 연대할 것이다.\n\n"
        "[이 성명에 함께한 단체 및 개인]\n\n"
        "[전국] 공공돌봄네트워크, 돌봄과인권연구소, 여성노동자권리센터\n\n"
        "[서울] 마포 주민돌봄모임, 서울돌봄시민행동, 서울요양보호사협회\n\n"
        "[개인] 김영숙(요양보호사, 서울), 이정훈(사회복지학과 교수), 박수진(간호사)\n"
    )
    assert {"공공돌봄네트워크", "서울요양보호사협회", "김영숙", "박수진"} <= set(read)
    assert read["김영숙"].kind == "individual"


def test_a_printed_list_s_wrapped_items_lettered_parts_and_anonymous_signers():
    read = by_name(
        "Open letter\n\n" + BODY + "SIGNATORIES\n\n"
        "A. Organisations\n\n"
        "Association for Hispanic Studies in the North (AHSN)\n"
        "Northern Languages Teachers' Forum\n\n"
        "B. Individuals\n\n"
        "1. Prof. Elena Martínez Ruiz, Catedrática de Filología, Universidad de Valdeflores,\n"
        "   Spain\n"
        "2. Dr Rhiannon Pugh, Lecturer in French, Prifysgol Glannau Dyfrdwy\n"
        "3. Emeritus Professor David Lowther, formerly Head of the School of Modern Languages\n"
        "   at the University of Northfield\n"
        "4. Anonymous – Sorocaba\n"
    )
    assert list(read) == [
        "Association for Hispanic Studies in the North",
        "Northern Languages Teachers' Forum",
        "Elena Martínez Ruiz",
        "Rhiannon Pugh",
        "David Lowther",
    ]
    # "Spain" closes the first item; it heads nothing below it.
    assert read["Elena Martínez Ruiz"].countries == ["ES"]
    assert read["Rhiannon Pugh"].countries == []


def test_one_union_named_with_and_is_one_union_under_a_country():
    read = by_name(
        "Firman:\n\n" + BODY + "Firman:\n\nARGENTINA\n"
        "Sindicato de Trabajadores Químicos y Petroquímicos de Campana\n"
        "Central de Trabajadores de Zona Norte\n\n"
        "PARAGUAY\nRELASCA – Capítulo Paraguay\n"
    )
    assert "Sindicato de Trabajadores Químicos y Petroquímicos de Campana" in read
    assert "RELASCA – Capítulo Paraguay" in read


def test_sections_with_their_country_and_whose_section_after_it():
    entry = parse_entry("Vanguardia Obrera Minera – Bolivia (sección de la CIO)", 0)
    assert entry is not None
    assert (entry.name, entry.countries, entry.member_of) == (
        "Vanguardia Obrera Minera",
        ["BO"],
        "CIO",
    )
    # An acronym that holds the country keeps it in the name.
    kept = parse_entry("Comité de Soutien – Belgique (CS-B)", 0)
    assert kept is not None and kept.name == "Comité de Soutien – Belgique"


def test_a_members_heading_in_another_case_takes_the_name_its_acronym_spells():
    read = by_name(
        "Κοινή διακήρυξη\n\n"
        "Τα κόμματα που συμμετέχουν στο Μεσογειακό Δίκτυο Αριστερών Κομμάτων (ΜΔΑΚ) "
        "απευθύνουμε την παρακάτω κοινή διακήρυξη ενόψει της μεγάλης στρατιωτικής άσκησης.\n\n"
        "Κόμματα-μέλη του Μεσογειακού Δικτύου Αριστερών Κομμάτων (ΜΔΑΚ):\n"
        "Εργατική Αριστερή Συσπείρωση (Ελλάδα)\n"
        "Emekçi Sol Hareket (Τουρκία)\n"
        "Izquierda Obrera Mediterránea (Ισπανία)\n"
    )
    assert read["Emekçi Sol Hareket"].parent == "Μεσογειακό Δίκτυο Αριστερών Κομμάτων"
    # Sentence case spells its acronym by every word's initial.
    assert find_acronyms("Конфедерація вільних профспілок Придніпров'я (КВПП)")["КВПП"] == (
        "Конфедерація вільних профспілок Придніпров'я"
    )


def test_a_korean_domestic_heading_is_korea_though_the_page_never_names_it():
    read = by_name(
        "국제 연대 성명\n\n"
        "우리는 해고된 하청 노동자들과 함께하며, 원청이 직접 고용과 안전 대책을 책임질 것을 "
        "요구한다. 모든 노동자가 안전하게 일할 수 있을 때까지 국내외 단체들은 연대할 것이다.\n\n"
        "참여 단체\n\n[국내]\n전국조선하청노동자연대\n거제시민노동연대\n\n"
        "[해외]\nSerikat Buruh Galangan Kapal (인도네시아)\nShipyard Workers Union (필리핀)\n"
    )
    assert read["거제시민노동연대"].countries == ["KR"]
    assert read["Shipyard Workers Union"].countries == ["PH"]
