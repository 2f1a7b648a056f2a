"""List shapes from the thirteenth held-out round. Every example is invented for this file."""

from solidarity.imports.extract import INDIVIDUAL, ORGANIZATION, extract_statement
from solidarity.imports.tests.shapes import BODY


def test_a_form_export_with_timestamps_and_email_columns():
    header = (
        "Marca temporal\tNombre de la organización o persona firmante\tTipo de firma\tPaís\t"
        "Ciudad\tCargo o profesión (solo personas)\tCorreo electrónico de contacto\n"
    )
    rows = (
        "03/02/2025 9:12:44\tCoordinadora del Agua del Valle\tOrganización\tBolivia\t"
        "Cochabamba\t\tcav@agua.example\n"
        "03/02/2025 10:31:57\tMarisol Quispe\tPersona\tBolivia\tEl Alto\tConcejala\t"
        "mq@correo.example\n"
        "03/02/2025 11:02:33\tColectivo Agua Libre\tOrganización\tArgentina\tMendoza\t\t"
        "al@colectivo.example\n"
    )
    text = "DECLARACIÓN POR EL AGUA\n\n" + BODY + "Firmas recibidas:\n\n" + header + rows
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("Coordinadora del Agua del Valle", ORGANIZATION, ["BO"]),
        ("Marisol Quispe", INDIVIDUAL, ["BO"]),
        ("Colectivo Agua Libre", ORGANIZATION, ["AR"]),
    ]


def test_a_social_post_with_handles_and_occupations_before_names():
    text = (
        "Instagram\n검색\n탐색 탭\n릴스\n메시지\n알림\n더 보기\n\n"
        "climate_youth_kr\n인증됨\n\n"
        "climate_youth_kr 📢 [공동성명] 석탄발전 폐쇄, 더 이상 미룰 수 없다\n\n"
        "정부가 발표한 초안은 석탄발전소를 계속 유지하겠다고 합니다. 이는 기후위기 앞에서 "
        "미래세대의 삶을 포기하겠다는 선언과 다름없습니다.\n\n"
        "함께 서명한 단체와 개인 👇\n"
        "✔️ 기후정의청년네트워크 @climate_youth_kr\n"
        "✔️ 부산바다지킴이 @busan_seaguard\n"
        "✔️ 작가 김하늘 @haneul.writes\n"
        "✔️ 귀농 농부 오태민 @taemin_farmer\n\n"
        "…외 118개 단체·개인 (전체 명단은 프로필 링크 🔗)\n"
    )
    statement = extract_statement(text)
    assert statement.title == "[공동성명] 석탄발전 폐쇄, 더 이상 미룰 수 없다"
    assert [(e.name, e.kind, e.affiliation) for e in statement.endorsers] == [
        ("기후정의청년네트워크", ORGANIZATION, None),
        ("부산바다지킴이", ORGANIZATION, None),
        ("김하늘", INDIVIDUAL, "작가"),
        ("오태민", INDIVIDUAL, "귀농 농부"),
    ]
    assert statement.endorsers[0].alt_names == ["@climate_youth_kr"]


def test_a_semicolon_run_with_sections_named_by_the_networks_initials():
    text = (
        "Apelo lusófono\n\n" + BODY + "Assinam: Rede Lusófona de Educação Popular – RLEP; "
        "RLEP – Secção de Angola (Angola); RLEP – Secção de Moçambique (Moçambique); "
        "Federação Nacional dos Professores do Ensino Básico – FENPEB (Portugal); "
        "Associação de Pais e Encarregados de Educação de Luanda (Angola); "
        "Ir. Teresa Ramalho, Congregação das Irmãs do Bom Caminho (Brasil); "
        "Prof.ª Doutora Inês Carvalhal, Universidade do Atlântico (Portugal).\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.parent) for e in endorsers] == [
        ("Rede Lusófona de Educação Popular", ORGANIZATION, None),
        ("RLEP – Secção de Angola", ORGANIZATION, "Rede Lusófona de Educação Popular"),
        ("RLEP – Secção de Moçambique", ORGANIZATION, "Rede Lusófona de Educação Popular"),
        ("Federação Nacional dos Professores do Ensino Básico", ORGANIZATION, None),
        ("Associação de Pais e Encarregados de Educação de Luanda", ORGANIZATION, None),
        ("Teresa Ramalho", INDIVIDUAL, None),
        ("Inês Carvalhal", INDIVIDUAL, None),
    ]


def test_a_mailing_list_archive_and_a_federations_committees():
    text = (
        "[Accueil-info] Déclaration commune : non au centre de rétention\n"
        "Marie Lefèvre marie.lefevre at accueil.example\n\n"
        "Message précédent : [Accueil-info] Permanence juridique du samedi\n"
        "Message suivant : [Accueil-info] Déclaration commune : non au centre de rétention\n"
        "Messages triés par : [ date ] [ thread ] [ subject ] [ author ]\n\n"
        "> " + BODY.strip() + "\n>\n> Signataires :\n"
        "> * Fédération des Comités de Soutien aux Exilés (FCSE), et ses comités :\n"
        ">    - FCSE – comité de Grenoble\n>    - FCSE – comité de Chambéry\n"
        "> * Cercle Laïque du Rhône\n"
    )
    statement = extract_statement(text)
    assert statement.title == "Déclaration commune : non au centre de rétention"
    federation = "Fédération des Comités de Soutien aux Exilés"
    assert [(e.name, e.parent) for e in statement.endorsers] == [
        (federation, None),
        ("FCSE – comité de Grenoble", federation),
        ("FCSE – comité de Chambéry", federation),
        ("Cercle Laïque du Rhône", None),
    ]


def test_a_word_document_with_titles_before_inverted_names_and_footnote_marks():
    text = (
        "Автозбереження\nВимк.\nВідкритий_лист_фінал_v7.docx — Збережено на цьому ПК\n"
        "Файл\nОсновне\nВставлення\nМакет\nРецензування\n\n"
        "ВІДКРИТИЙ ЛИСТ ЩОДО ЗБЕРЕЖЕННЯ МІСЦЕВИХ АРХІВІВ\n\n"
        + BODY
        + "Підписанти (в алфавітному порядку)\n\n"
        "Архівна ініціатива «Пам’ять міста»\n"
        "проф. Бондар, Ірина — завідувачка кафедри, Слобожанський університет\n"
        "д-р Гнатюк, Олег — науковий співробітник, Інститут регіональної історії\n"
        "Василенко, Тарас — історик, Чернігів\n"
        "Дорошенко, Лариса³\n"
        "Кравчук, Максим⁴\n"
    )
    statement = extract_statement(text)
    assert statement.title == "ВІДКРИТИЙ ЛИСТ ЩОДО ЗБЕРЕЖЕННЯ МІСЦЕВИХ АРХІВІВ"
    assert [e.name for e in statement.endorsers] == [
        "Архівна ініціатива «Пам’ять міста»",
        "Ірина Бондар",
        "Олег Гнатюк",
        "Тарас Василенко",
        "Лариса Дорошенко",
        "Максим Кравчук",
    ]


def test_towns_after_slashes_and_a_persons_post_before_them():
    text = (
        "Ortak açıklama\n\n" + BODY + "İmzacı kurumlar:\n"
        "Kuzey Ege Çevre Platformu / Balıkesir\nKent Hakkı Derneği / İstanbul\n"
        "Ekoloji Kolektifi / İstanbul\nDoğa Okulu Derneği / Eskişehir\n\n"
        "İmzacı kişiler:\nProf. Dr. Hülya Demirtaş / Ege Üniversitesi, İzmir\n"
        "Zeynep Karaca (muhtar, Kavurmacılar Köyü) / Edremit\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind) for e in endorsers] == [
        ("Kuzey Ege Çevre Platformu", ORGANIZATION),
        ("Kent Hakkı Derneği", ORGANIZATION),
        ("Ekoloji Kolektifi", ORGANIZATION),
        ("Doğa Okulu Derneği", ORGANIZATION),
        ("Hülya Demirtaş", INDIVIDUAL),
        ("Zeynep Karaca", INDIVIDUAL),
    ]


def test_flags_before_entries_give_their_countries_and_a_footer_with_an_address():
    text = (
        "Dichiarazione congiunta: nessun porto per le armi\n\n" + BODY + "Firmatari:\n\n"
        "🇮🇹 Collettivo Lavoratori Portuali Genova (CLP-G)\n🇬🇷 Σωματείο Εργαζομένων Λιμένα\n"
        "🇫🇷 Collectif des Dockers du Havre\n🌍 International Dockworkers Network\n\n"
        "Porti Aperti – Rete dei lavoratori portuali · c/o Circolo, Via del Molo 1, 16126 "
        "Genova – CF 00000000000\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("Collettivo Lavoratori Portuali Genova", ["IT"]),
        ("Σωματείο Εργαζομένων Λιμένα", ["GR"]),
        ("Collectif des Dockers du Havre", ["FR"]),
        ("International Dockworkers Network", []),
    ]


def test_a_pdf_table_with_columns_set_apart_by_spaces():
    text = (
        "Pour un moratoire sur le lithium\n\n" + BODY + "N°   Nom                    "
        "Organisation                        Pays\n"
        "1    BRUNEL Margaux         Collectif Eaux Vives               France\n"
        "2    TEISSIER Paul          Confédération paysanne de Lozère   France\n"
        "3    OUSMANE Awa            Réseau Sahel Eau                   Sénégal\n"
        "4    Dr LACROIX Hélène      Médecins pour l'Environnement      France\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("Margaux Brunel", INDIVIDUAL, ["FR"]),
        ("Paul Teissier", INDIVIDUAL, ["FR"]),
        ("Awa Ousmane", INDIVIDUAL, ["SN"]),
        ("Hélène Lacroix", INDIVIDUAL, ["FR"]),
    ]
