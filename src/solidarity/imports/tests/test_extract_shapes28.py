"""List shapes from the round on holdout58 (2026-11-25, eleventh session): statements of
cooperatives, tenants, farmers and fishers, as leaflets, threads, spreadsheets and news
reports print them. Every example is invented for this file."""

from solidarity.imports.tests.shapes import BODY, by_name


def test_a_leaflets_runs_between_middle_dots_wrapped_under_two_headings():
    read = by_name(
        "¡LA TIERRA NO SE VENDE!\n\n"
        "El Ayuntamiento quiere subastar los huertos públicos del barrio. Si se venden, "
        "nadie de nuestros barrios podrá volver a cultivar en ellos.\n\n"
        "CONVOCAN\n\n"
        "ASOCIACIÓN VECINAL LA ALAMEDA · COOPERATIVA AGRÍCOLA\n"
        "TIERRA COMÚN · HUERTOS URBANOS DEL RABAL · COLECTIVO\n"
        "SEMILLA NEGRA · PLATAFORMA EN DEFENSA DE LA HUERTA\n\n"
        "APOYAN\n\n"
        "Lucía Baigorri, hortelana · Andrés Calvo Pueyo, vecino\n"
        "del Rabal · Nerea Lasierra, maestra\n\n"
        "Instagram / X: @tierranosevende\n"
    )
    assert list(read) == [
        "ASOCIACIÓN VECINAL LA ALAMEDA",
        "COOPERATIVA AGRÍCOLA TIERRA COMÚN",
        "HUERTOS URBANOS DEL RABAL",
        "COLECTIVO SEMILLA NEGRA",
        "PLATAFORMA EN DEFENSA DE LA HUERTA",
        "Lucía Baigorri",
        "Andrés Calvo Pueyo",
        "Nerea Lasierra",
    ]
    assert read["Andrés Calvo Pueyo"].kind == "individual"


def test_a_spreadsheets_note_column_withdraws_a_row_and_its_country_column_decides():
    read = by_name(
        "Ortak Açıklama: Köyümüzün suyu satılık değildir – İmzacılar;;;;;\n" + BODY + ";;;;;\n"
        "Zaman damgası;Kurum / Kişi adı;Kısaltma;Tür;Ülke;Not\n"
        "01.05.2025 09:12;Ova Su Kooperatifleri Birliği;OSKB;Kurum;Türkiye;çağrıcı\n"
        "01.05.2025 10:30;Avrupa Türkiyeli Üreticiler Derneği;;Kurum;Almanya;\n"
        "02.05.2025 11:45;Maden Karşıtı Yaylalar Platformu;MKYP;Kurum;Türkiye;"
        "İPTAL – imzasını geri çekti\n"
    )
    assert list(read) == [
        "Ova Su Kooperatifleri Birliği",
        "Avrupa Türkiyeli Üreticiler Derneği",
    ]
    assert read["Avrupa Türkiyeli Üreticiler Derneği"].countries == ["DE"]


def test_a_threads_list_broken_off_on_an_ellipsis_goes_on_in_the_next_post():
    read = by_name(
        "Tenants Together 🏘️\n@tenantstogether.example\n"
        "🧵 1/3 STATEMENT: Homes, not holiday lets. Tenants' unions and housing co-ops from "
        "across the country call on councils to cap short lets in every town. Thread 👇\n\n"
        "Tenants Together 🏘️ @tenantstogether.example · 4 Mar\n"
        "2/3 Signed so far by: Tenants Together, Leeds Renters' Union, Hull Housing Co-op "
        "Federation, Bath Community Land Trust …\n\n"
        "Tenants Together 🏘️ @tenantstogether.example · 4 Mar\n"
        "3/3 … Cork Co-operative Housing Network (Ireland), Cllr Anita Rowe (Hackney) and 30 "
        "others.\n"
    )
    assert list(read) == [
        "Tenants Together",
        "Leeds Renters' Union",
        "Hull Housing Co-op Federation",
        "Bath Community Land Trust",
        "Cork Co-operative Housing Network",
        "Anita Rowe",
    ]
    assert read["Cork Co-operative Housing Network"].countries == ["IE"]


def test_a_heading_over_members_wrapped_at_an_e_mails_width():
    read = by_name(
        "Subject: Seed sovereignty declaration\n\n" + BODY + "SIGNATORIES\n\n"
        "Coastal Peasants and Fishers Alliance (CPFA) and its\n"
        "member organisations:\n"
        "- Volta Smallholders Federation - Ghana\n"
        "- Lake Kivu Fisherfolk Network - Rwanda\n\n"
        "Other signatory organisations:\n"
        "- Seed Commons Collective - Kenya\n"
    )
    assert read["Coastal Peasants and Fishers Alliance"].parent is None
    assert read["Lake Kivu Fisherfolk Network"].parent == "Coastal Peasants and Fishers Alliance"
    assert read["Lake Kivu Fisherfolk Network"].countries == ["RW"]
    assert read["Seed Commons Collective"].parent is None


def test_a_reports_run_of_names_each_with_its_article_joins_only_the_last_two():
    read = by_name(
        "Inquilinos contra los desalojos\n\n"
        "Firmaron el documento la Federación de Inquilinos del Oeste; la Cooperativa de "
        "Vivienda y Consumo Los Horneros Ltda.; el Frente Barrial por la Tierra y la "
        "Vivienda; la Mutual Techo Digno y la Asamblea de Inquilinas de Salta.\n\n"
        "A título personal suscribieron Marta Oviedo Ruiz (concejala, Salta); el padre "
        "Ramón Paz (parroquia San Roque) y Diego Farías (periodista).\n"
    )
    assert "Cooperativa de Vivienda y Consumo Los Horneros Ltda" in read
    assert "Frente Barrial por la Tierra y la Vivienda" in read
    assert "Asamblea de Inquilinas de Salta" in read
    assert "Marta Oviedo Ruiz" in read
    assert not any(name.startswith("A título") for name in read)
    assert "Consumo Los Horneros Ltda" not in read


def test_a_networks_member_associations_and_a_given_name_in_a_region():
    read = by_name(
        "Appel des pêcheurs artisans\n\n" + BODY + "Signataires :\n\n"
        "🇸🇳 Sénégal\nUnion locale des pêcheurs de Rufisque\n"
        "Réseau Côte Vivante, et ses associations membres :\n"
        "    – Association des pêcheurs de Yenne\n"
        "    – Comité de plage de Bargny\n\n"
        "🇧🇷 Brésil\nAssociação Agroecológica Mar Aberto – Santa Catarina\n"
    )
    assert read["Comité de plage de Bargny"].parent == "Réseau Côte Vivante"
    assert read["Comité de plage de Bargny"].countries == ["SN"]
    assert read["Associação Agroecológica Mar Aberto – Santa Catarina"].countries == ["BR"]


def test_a_demand_opening_with_we_and_a_form_row_are_no_signers():
    read = by_name(
        "Offener Brief: Die Siedlung bleibt!\n\n"
        "Die Bewohnerinnen und Bewohner haben mit zwei Genossenschaften ein Konzept für "
        "die Übernahme der Siedlung vorgelegt, mit Dauerwohnrecht und fairen Mieten.\n\n"
        "Wir fordern den Stadtrat auf,\n"
        "1. den Verkaufsbeschluss auszusetzen,\n"
        "2. das Konzept zu prüfen.\n\n"
        "Unterzeichnende:\n"
        "Wohnungsgenossenschaft Am Hang eG\nMieterverein Südstadt\n\n"
        "Unterschreiben Sie mit:\nName   E-Mail   PLZ\n"
    )
    assert list(read) == ["Wohnungsgenossenschaft Am Hang eG", "Mieterverein Südstadt"]


def test_arabic_and_russian_titles_and_a_korean_union():
    read = by_name(
        "نداء الفلاحين الصغار\n\n"
        "نحن الموقعين أدناه نطالب بوقف نزع الأراضي الفلاحية من صغار الفلاحين وإشراكهم في "
        "كل قرار يخص الماء والأرض.\n\n"
        "الموقعون:\n"
        "- الحاج محمد الساهلي\n"
        "- شبكة الأرض والماء – تونس / Réseau Terre et Eau\n"
    )
    assert "محمد الساهلي" in read
    assert read["شبكة الأرض والماء"].countries == ["TN"]
    assert read["شبكة الأرض والماء"].alt_names == ["Réseau Terre et Eau"]
    russian = by_name(
        "Заявление о праве на воду\n\n"
        "Мы требуем прекратить отключение воды в сёлах и вернуть общинам право "
        "распоряжаться каналами.\n\n"
        "Подписали:\n• Др. Анна Соколова, гидролог\n• Сеть водопользователей Чуйской долины\n"
    )
    assert "Анна Соколова" in russian
    korean = by_name(
        "[공동성명] 세입자에게 안전한 집을\n\n"
        "우리는 전세사기 피해자 구제를 위한 특별법 개정을 즉각 요구한다.\n\n"
        "[참여단체]\n부산 청년세입자 유니온\n세입자연대\n"
    )
    assert list(korean) == ["부산 청년세입자 유니온", "세입자연대"]
