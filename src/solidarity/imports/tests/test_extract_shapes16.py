"""List shapes from the nineteenth held-out round. Every example is invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.tests.shapes import BODY


def test_an_issuer_and_the_following_affiliated_unions():
    text = (
        "Joint statement\n\n" + BODY + "Issued by the Congress of Coastal Workers and the "
        "following affiliated unions:\n\n"
        "General Transport Workers' Union (GTWU)\nTeachers Union of the Coast (TUC)\n"
    )
    congress = "Congress of Coastal Workers"
    assert [(e.name, e.parent) for e in extract_statement(text).endorsers] == [
        (congress, None),
        ("General Transport Workers' Union", congress),
        ("Teachers Union of the Coast", congress),
    ]


def test_two_internationals_each_with_its_national_sections():
    text = (
        "Dichiarazione congiunta\n\n" + BODY + "Firmatari:\n"
        "RSL – Rete Sindacale della Logistica e i sindacati affiliati:\n"
        "SLT – Sindicato de la Logística (Spagna)\n"
        "LTU – Lagerarbeiter*innen- und Transportunion (Germania)\n\n"
        "ITL – International Transport and Logistics Network e le sue sezioni nazionali:\n"
        "ITL-Maroc – Syndicat National de la Logistique (Marocco)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.parent) for e in endorsers] == [
        ("Rete Sindacale della Logistica", None),
        ("Sindicato de la Logística", "Rete Sindacale della Logistica"),
        ("Lagerarbeiter*innen- und Transportunion", "Rete Sindacale della Logistica"),
        ("International Transport and Logistics Network", None),
        ("Syndicat National de la Logistique", "International Transport and Logistics Network"),
    ]


def test_a_line_of_names_between_spaced_dashes_some_of_them_long():
    text = (
        "Semences paysannes\n\n" + BODY + "Organisations signataires : Réseau Graines "
        "Communes – Collectif Semeurs du Limousin – Association Terre et Partage (Belgique) – "
        "Comité de défense de la biodiversité cultivée de Corse – Union des jardins de Lyon\n"
    )
    assert [(e.name, e.countries) for e in extract_statement(text).endorsers] == [
        ("Réseau Graines Communes", []),
        ("Collectif Semeurs du Limousin", []),
        ("Association Terre et Partage", ["BE"]),
        ("Comité de défense de la biodiversité cultivée de Corse", []),
        ("Union des jardins de Lyon", []),
    ]


def test_entries_set_apart_by_lone_dashes():
    text = (
        "بيان مشترك\n\n" + BODY + "الموقعون:\n"
        "جمعية صحفيون بلا قيود – تونس\n-\nمرصد الحريات الرقمية – لبنان\n-\n"
        "مركز دعم الإعلام المستقل (الأردن)\n-\n"
    )
    assert [(e.name, e.countries) for e in extract_statement(text).endorsers] == [
        ("جمعية صحفيون بلا قيود", ["TN"]),
        ("مرصد الحريات الرقمية", ["LB"]),
        ("مركز دعم الإعلام المستقل", ["JO"]),
    ]


def test_a_press_conferences_programme_then_its_numbered_list_of_groups():
    text = (
        "[보도자료] 사업장 변경 제한 철폐 촉구 공동 기자회견\n\n" + BODY + "2. 순서\n"
        "사회: 김하늘 (공동행동 집행위원)\n여는 발언: 이정민 (공동행동 공동대표)\n"
        "연대 발언: 최유진 변호사\n3. 참가단체(가나다순):\n"
        "가람노동인권센터, 경기이주민지원센터, 공공돌봄연대, 광주이주민건강협회 (총 4개 단체)\n"
        "※ 기자회견 당일 현장에서 사진 촬영 및 인터뷰가 가능합니다.\n"
    )
    assert [e.name for e in extract_statement(text).endorsers] == [
        "가람노동인권센터",
        "경기이주민지원센터",
        "공공돌봄연대",
        "광주이주민건강협회",
    ]


def test_an_academic_degree_before_a_name_and_a_call_to_join():
    text = (
        "Заявление\n\n" + BODY + "Подписали:\nНезависимый профсоюз курьеров (Москва)\n"
        "Объединение водителей «Шашки» (Екатеринбург)\n"
        "к.соц.н. Игорь Лаптев, социолог труда\n\n"
        "Присоединиться к заявлению: напишите на адрес podpis@example.org\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [e.name for e in endorsers] == [
        "Независимый профсоюз курьеров",
        "Объединение водителей «Шашки»",
        "Игорь Лаптев",
    ]
    assert endorsers[2].affiliation == "социолог труда"


def test_organisations_that_demand_something_in_a_joint_statement_sign_it():
    text = (
        "Gemeinsame Erklärung: Heizkosten dürfen niemanden die Wohnung kosten\n\n"
        "Der Mieterbund Rhein-Ruhr e.V., der Sozialverband Gerechtigkeit Jetzt (SGJ) und die "
        "Schuldnerberatung Westfalen-Lippe gGmbH fordern in einer gemeinsamen Erklärung ein "
        "Kündigungsmoratorium für Haushalte, die ihre Nachzahlungen nicht begleichen können.\n\n"
        "Die drei Organisationen fordern die Landesregierung auf, einen Härtefallfonds "
        "einzurichten.\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.alt_names) for e in endorsers] == [
        ("Mieterbund Rhein-Ruhr e.V.", []),
        ("Sozialverband Gerechtigkeit Jetzt", ["SGJ"]),
        ("Schuldnerberatung Westfalen-Lippe gGmbH", []),
    ]


def test_a_unions_officers_sign_under_its_collective_signature():
    text = (
        "[연대 메시지] 파업 중인 창고 노동자들에게 보내는 연대 메시지\n\n"
        + BODY
        + "2024년 1월 17일\n"
        "전국물류연대노동조합 임원 일동\n\n"
        "위원장 김민준 (Kim Min-jun, President)\n"
        "수석부위원장 이서연 (Lee Seo-yeon, First Vice-President)\n"
        "사무처장 최유나 (Choi Yu-na, General Secretary)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.alt_names, e.kind) for e in endorsers] == [
        ("김민준", ["Kim Min-jun"], "individual"),
        ("이서연", ["Lee Seo-yeon"], "individual"),
        ("최유나", ["Choi Yu-na"], "individual"),
    ]


def test_websites_after_names_and_a_blogs_post_navigation():
    text = (
        "Open letter: save the allotments\n\n" + BODY + "Signed:\n\n"
        "Riverside Allotment Holders' Association (riversideplots.example)\n"
        "Greenway Commons (greenwaycommons.example)\n"
        "Leeds Tenants Federation (leedstenants.example)\n"
        "Chapeltown Community Kitchen (chapeltownkitchen.example)\n"
        "Harehills Food Cooperative (harehillsfood.example)\n\n"
        "Post navigation\n← Previous: Spring seed swap at the Hub\n\n"
        "Greenway Commons CIC · The Old Dairy, 14 Cross Flatts Road, Leeds · Company no. 0000000\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind) for e in endorsers] == [
        ("Riverside Allotment Holders' Association", "organization"),
        ("Greenway Commons", "organization"),
        ("Leeds Tenants Federation", "organization"),
        ("Chapeltown Community Kitchen", "organization"),
        ("Harehills Food Cooperative", "organization"),
    ]


def test_a_federations_branches_named_by_its_initials_are_its_sections():
    text = (
        "Comunicato\n\n" + BODY + "Firmano:\n"
        "FILTA – Federazione Italiana Lavoratori Turismo e Accoglienza\n"
        "e i sindacati aderenti:\nFILTA Lombardia\nFILTA Veneto\nFILTA Toscana\n"
    )
    federation = "Federazione Italiana Lavoratori Turismo e Accoglienza"
    assert [(e.name, e.kind, e.parent) for e in extract_statement(text).endorsers] == [
        (federation, "organization", None),
        ("FILTA Lombardia", "organization", federation),
        ("FILTA Veneto", "organization", federation),
        ("FILTA Toscana", "organization", federation),
    ]
