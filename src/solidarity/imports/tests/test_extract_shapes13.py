"""List shapes from the fourteenth held-out round. Every example is invented for this file."""

from solidarity.imports.extract import INDIVIDUAL, ORGANIZATION, extract_statement
from solidarity.imports.tests.shapes import BODY, names


def test_bulleted_demands_end_where_the_list_begins_without_a_blank_line():
    text = (
        "Appello: difendiamo i consultori\n" + BODY.strip() + "\nChiediamo:\n"
        "• il ritiro della delibera;\n• nuove assunzioni;\n"
        "Bologna, 12 novembre 2023\nAderiscono:\n"
        "Associazione Medici di Quartiere (Bologna)\n"
        "Sindacato Autonomo Infermieri – SAIT (Modena)\n"
        "Ambiente e Salute OdV (Cesena)\n"
        "Club Alpino Popolare (Ferrara)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [e.name for e in endorsers] == [
        "Associazione Medici di Quartiere",
        "Sindacato Autonomo Infermieri",
        "Ambiente e Salute OdV",
        "Club Alpino Popolare",
    ]
    assert "SAIT" in endorsers[1].alt_names
    assert {e.kind for e in endorsers} == {ORGANIZATION}


def test_a_forwarded_email_in_a_webmail_page_is_titled_by_its_subject():
    text = (
        "Почта\nВходящие 214\nОтправленные\n"
        "Fwd: Обращение в защиту старых домов — просьба распространить\n"
        "Ирина <irina@mail.example>\n"
        "---------- Forwarded message ---------\n"
        "От: Совет по наследию <sovet@nasledie.example>\n"
        "Subject: Обращение в защиту старых домов\n\n"
        "> Мы, архитекторы и жители города, требуем остановить снос старых домов на "
        "набережной и провести экспертизу.\n>\n> Мы требуем:\n"
        "> 1) приостановить снос;\n> 2) провести слушания.\n>\n> Подписали:\n>\n"
        "> 1. Алексей Петров, архитектор, Томск\n> 2. Клуб реконструкции «Острог»\n"
        "> 3. Фонд «Наследие»\n"
    )
    statement = extract_statement(text)
    assert statement.title == "Обращение в защиту старых домов"
    assert [e.name for e in statement.endorsers] == [
        "Алексей Петров",
        "Клуб реконструкции «Острог»",
        "Фонд «Наследие»",
    ]


def test_affiliates_under_country_headings_after_a_vertical_menu():
    text = (
        "DWF\nDock Workers Federation\nAbout\nAffiliates\nCampaigns\nNews\nJoin\n"
        "STATEMENT\nPorts are not for sale\nPublished 30 April 2025\n"
        + BODY
        + "Signed by:\nDock Workers Federation (DWF)\nand its affiliates:\n"
        "Argentina\n– Sindicato Portuario del Sur (SPS)\n"
        "Australia\n– Waterside Alliance (WA)\n"
        "Brazil\n– Federação dos Portuários\n– Sindicato dos Conferentes\n"
    )
    statement = extract_statement(text)
    assert statement.title == "Ports are not for sale"
    assert [(e.name, e.countries, e.parent) for e in statement.endorsers] == [
        ("Dock Workers Federation", [], None),
        ("Sindicato Portuario del Sur", ["AR"], "Dock Workers Federation"),
        ("Waterside Alliance", ["AU"], "Dock Workers Federation"),
        ("Federação dos Portuários", ["BR"], "Dock Workers Federation"),
        ("Sindicato dos Conferentes", ["BR"], "Dock Workers Federation"),
    ]


def test_a_reprinted_statement_under_sector_headings_and_clauses_of_demands():
    text = (
        "Kıyı Haber\n"
        'Ege\'de 42 kurumdan ortak açıklama: "Kıyılar satılık değildir"\n'
        "Açıklamanın tam metni ve imzacılar şöyle:\n"
        "KIYI YAĞMASINA KARŞI ORTAK AÇIKLAMA\n"
        "Kıyılar hepimizindir ve herkesin eşit ve serbestçe yararlanmasına açıktır; bu "
        "nedenle planlanan tüm otel ve marina projeleri durdurulmalıdır.\n"
        "Bizler aşağıda imzası bulunan kurumlar olarak:\n"
        "- Kıyıların imara açılmasına yönelik tüm tahsislerin iptal edilmesini,\n"
        "- Kıyı Kanunu'ndaki istisnaların kaldırılmasını,\n"
        "- yerel halkın karar süreçlerine katılmasını talep ediyoruz.\n"
        "İMZACI KURUMLAR\nDERNEKLER\nEge Kıyıları Koruma Derneği (İzmir)\n"
        "Kent Hakkı Derneği\nSENDİKALAR\nKıyı Emekçileri Sendikası (Kıyı-Sen)\n"
        "PLATFORMLAR VE GİRİŞİMLER\nMuğla Çevre Platformu\n"
        "İMZACI AKADEMİSYEN VE BİREYLER\nDr. Öğr. Üyesi Can Ertürk\n"
    )
    statement = extract_statement(text)
    assert statement.title == "KIYI YAĞMASINA KARŞI ORTAK AÇIKLAMA"
    assert [(e.name, e.kind) for e in statement.endorsers] == [
        ("Ege Kıyıları Koruma Derneği", ORGANIZATION),
        ("Kent Hakkı Derneği", ORGANIZATION),
        ("Kıyı Emekçileri Sendikası", ORGANIZATION),
        ("Muğla Çevre Platformu", ORGANIZATION),
        ("Can Ertürk", INDIVIDUAL),
    ]


def test_a_sentence_above_a_kind_heading_is_not_in_the_list():
    text = (
        "Ortak Açıklama\n"
        "Aşağıda imzası bulunan kurum ve kişiler olarak ruhsatların iptal edilmesini talep "
        "ediyoruz.\n"
        "Bakanlığı süreçleri kamuoyuna açık biçimde yürütmeye çağırıyoruz.\n"
        "İmzacı kurumlar\nÇevre ve Yaşam Platformu\nKaz Dağları Doğa Derneği\n"
    )
    assert names(text) == ["Çevre ve Yaşam Platformu", "Kaz Dağları Doğa Derneği"]


def test_name_post_and_country_between_dashes():
    text = (
        "نداء\n\n" + BODY + "الموقّعون:\n"
        "د. سامي الخوري – أستاذ التاريخ، جامعة الساحل – لبنان\n"
        "أ. د. نبيل عبد الرحمن – عميد كلية الآداب سابقاً – مصر\n"
        "جمعية حماة الذاكرة – جمعية ثقافية – تونس\n"
        "دار الورّاق للنشر – دار نشر – السودان\n"
        "Sara Lindqvist – conservator – Sweden\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("سامي الخوري", INDIVIDUAL, ["LB"]),
        ("نبيل عبد الرحمن", INDIVIDUAL, ["EG"]),
        ("جمعية حماة الذاكرة", ORGANIZATION, ["TN"]),
        ("دار الورّاق للنشر", ORGANIZATION, ["SD"]),
        ("Sara Lindqvist", INDIVIDUAL, ["SE"]),
    ]
    assert endorsers[4].affiliation == "conservator"
