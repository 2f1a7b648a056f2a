"""List shapes from the round on holdout55 (2026-11-25, tenth session): party youth
wings, student unions and internationals with their sections, as pasted from PDFs, press
e-mails, messenger channels and threads. Every example is invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.tests.shapes import BODY, by_name


def test_arabic_ordinal_parts_give_the_network_its_members_and_end_them_at_the_supporters():
    read = by_name(
        "بيان مشترك حول حق السكن الطلابي\n\n" + BODY + "الموقعون:\n\n"
        "أولاً – شبكة الطلبة المتوسطية (STM) ومنظماتها الأعضاء:\n"
        "١. اتحاد طلبة الواحات (تونس)\n"
        "٢. رابطة الطلبة الأحرار (المغرب)\n"
        "٣. النادي الجامعي للحوار (لبنان)\n\n"
        "ثانياً – منظمات داعمة:\n"
        "٤. مرصد الحريات الأكاديمية\n"
        "٥. جمعية الطلبة المهاجرين\n"
    )
    assert list(read) == [
        "شبكة الطلبة المتوسطية",
        "اتحاد طلبة الواحات",
        "رابطة الطلبة الأحرار",
        "النادي الجامعي للحوار",
        "مرصد الحريات الأكاديمية",
        "جمعية الطلبة المهاجرين",
    ]
    assert read["رابطة الطلبة الأحرار"].parent == "شبكة الطلبة المتوسطية"
    assert read["رابطة الطلبة الأحرار"].countries == ["MA"]
    assert read["مرصد الحريات الأكاديمية"].parent is None


def test_a_name_written_in_lower_case_in_a_tables_name_column_is_read():
    read = by_name(
        "Gemeinsame Erklärung der Jugendverbände\n\n" + BODY + "Unterzeichnende:\n\n"
        "Nr.\tOrganisation\tKürzel\tLand\n"
        "1\tJunge Linke Hessen\tJLH\tDeutschland\n"
        "2\tbündnis kritischer studierender nord\tbks-nord\tDeutschland\n"
        "3\tGrüne Schülerinnen Tirol\tGST\tÖsterreich\n"
    )
    assert list(read) == [
        "Junge Linke Hessen",
        "bündnis kritischer studierender nord",
        "Grüne Schülerinnen Tirol",
    ]
    assert read["bündnis kritischer studierender nord"].countries == ["DE"]


def test_a_kind_heading_in_sentence_case_without_a_colon_is_no_signer():
    read = by_name(
        "Κοινή δήλωση για τη φοιτητική στέγη\n\n" + BODY + "ΥΠΟΓΡΑΦΟΥΝ\n\n"
        "Φοιτητικοί σύλλογοι και σχήματα\n"
        "Φοιτητικός Σύλλογος «Πρόοδος»\n"
        "Ανεξάρτητο Σχήμα Φοιτητών Πάτρας «Κύμα»\n\n"
        "Πρόσωπα\n"
        "Παπαδάκη, Μαρία – μέλος ΔΣ, Φοιτητικός Σύλλογος «Πρόοδος»\n"
    )
    assert "Φοιτητικοί σύλλογοι και σχήματα" not in read
    assert "Φοιτητικός Σύλλογος «Πρόοδος»" in read
    assert read["Μαρία Παπαδάκη"].kind == "individual"


def test_who_wrote_and_laid_out_a_document_signs_nothing_but_its_imprint_keeps_the_date():
    read = by_name(
        "Declaración de Rosario\n\n" + BODY + "Firman:\n\n"
        "Federación Universitaria del Litoral (FUL)\n"
        "Centro de Estudiantes de Ingeniería\n\n"
        "Redacción: comisión de prensa del encuentro\n"
        "Diseño: Taller Gráfico Sur\n"
    )
    assert list(read) == [
        "Federación Universitaria del Litoral",
        "Centro de Estudiantes de Ingeniería",
    ]
    dated = extract_statement(
        "Aufruf für gute Pflege\n\n" + BODY + "Es unterzeichnen:\n\n"
        "Betriebsgruppe Klinikum Nord\nPflegebündnis Ost\n\n"
        "Redaktion: Karl Brenner · Stand: 04.05.2026\n"
    )
    assert dated.date == "2026-05-04"
    assert [endorser.name for endorser in dated.endorsers] == [
        "Betriebsgruppe Klinikum Nord",
        "Pflegebündnis Ost",
    ]


THREAD_HEADER = "Students Together\n@StudentsTogetherX\n"


def test_a_thread_list_goes_on_in_the_next_post_under_its_accounts_name_and_handle():
    read = by_name(
        THREAD_HEADER + "🧵 JOINT STATEMENT: Fund our colleges\n\n"
        "Today student unions from across the country released a joint statement against the "
        "cuts to college budgets and the closure of programmes that students depend on. (1/3)\n\n"
        + THREAD_HEADER
        + "Signed by: Lakeview Students' Union (LSU), Harbour College Student Association, "
        "Pine Ridge Graduate Society, (2/3)\n\n"
        + THREAD_HEADER
        + "Northgate Student Federation, Riverside Polytechnic Students' Council, "
        "and 12 others. (3/3)\n\n"
        "Relevant people\n\n" + THREAD_HEADER + "Follow\n"
        "A national alliance of student unions.\n"
    )
    assert list(read) == [
        "Lakeview Students' Union",
        "Harbour College Student Association",
        "Pine Ridge Graduate Society",
        "Northgate Student Federation",
        "Riverside Polytechnic Students' Council",
    ]


def test_people_with_a_post_and_a_union_each_are_set_apart_by_semicolons():
    read = by_name(
        "Joint statement on tuition\n\n" + BODY + "Student leaders signing in solidarity: "
        "Ana Duarte, President, Lakeview Students' Union; Marc Lévesque, VP External, HCSA; "
        "Tomas Reyes, Graduate Commissioner, Pine Ridge Graduate Society.\n"
    )
    assert list(read) == ["Ana Duarte", "Marc Lévesque", "Tomas Reyes"]
    assert read["Marc Lévesque"].affiliation == "VP External, HCSA"
    assert read["Marc Lévesque"].kind == "individual"


def test_a_press_e_mails_signature_under_its_rule_is_no_signer():
    read = by_name(
        "« Personne n'est illégal » : déclaration commune\n\n" + BODY + "Signataires :\n\n"
        "Jeunesses Solidaires de France (JSF)\n"
        "Jeunes Solidaires du Luxembourg\n\n"
        "— FIN —\n\n"
        "__________________________________________________\n"
        "Inès Vasseur-Kane\n"
        "Secrétaire générale\n"
        "Réseau des Jeunesses Solidaires – Solidarity Youth Network\n"
        "Rue de l'Exemple 00, 1000 Bruxelles\n"
        "www.jeunesses-solidaires.example\n"
    )
    assert list(read) == ["Jeunesses Solidaires de France", "Jeunes Solidaires du Luxembourg"]


def test_a_youth_wing_described_after_a_comma_is_an_organisation_with_its_party():
    read = by_name(
        "Nota conjunta das juventudes\n\n" + BODY + "Assinam esta nota: Juventude Verde "
        "Popular (JVP); Levante Jovem Solidário, juventude do Partido Rede Popular; "
        "União dos Estudantes do Agreste (UEA).\n"
    )
    assert read["Levante Jovem Solidário"].kind == "organization"
    assert read["Levante Jovem Solidário"].parent == "Partido Rede Popular"


def test_a_messenger_posts_comments_and_the_people_who_support_it_personally():
    read = by_name(
        "Студенческий голос\n12 480 подписчиков\n\n"
        "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ СТУДЕНЧЕСКИХ ОРГАНИЗАЦИЙ\n\n"
        "Мы, независимые студенческие союзы и советы из трёх стран региона, заявляем о "
        "недопустимости выселения студентов из общежитий посреди учебного года.\n\n"
        "Подписали:\n\n"
        "🇰🇿 Казахстан\n• Студенческий совет Северного университета\n\n"
        "🇰🇬 Кыргызстан\n• Союз студентов-медиков Нарына\n\n"
        "Также поддержали лично:\n"
        "• Айдана Бекова, председатель студенческого совета Северного университета\n\n"
        "🔥 412  👍 188\n\n"
        "💬 37 комментариев\n\n"
        "Ержан М.\n"
        "Наконец-то! У нас в общаге уже месяц нет горячей воды.\n"
    )
    assert list(read) == [
        "Студенческий совет Северного университета",
        "Союз студентов-медиков Нарына",
        "Айдана Бекова",
    ]
    assert read["Союз студентов-медиков Нарына"].countries == ["KG"]
    assert read["Айдана Бекова"].countries == []


def test_a_platforms_components_have_it_as_parent_and_its_handle_as_another_name():
    read = by_name(
        "Genç Barınma Platformu\n@GencBarinma\n🧵 ORTAK AÇIKLAMA: Barınma bir haktır!\n\n"
        "Yurt ücretlerine yapılan zamma karşı platform bileşenleri ve gençlik örgütleri ortak "
        "açıklama yaptı. Kamu yurtlarının kapasitesi iki katına çıkarılsın. (1/3)\n\n"
        "Genç Barınma Platformu\n@GencBarinma\n"
        "Platform bileşenleri:\n"
        "1. ÖDA – Öğrenci Dayanışma Ağı\n"
        "2. Ege Gençlik Meclisi (2/3)\n\n"
        "Genç Barınma Platformu\n@GencBarinma\n"
        "Açıklamaya kişisel olarak imza verenler:\n"
        "– Elif Şahin, Eş Sözcü, Yeni Umut Partisi Gençlik Meclisi (3/3)\n"
    )
    assert read["Öğrenci Dayanışma Ağı"].parent == "Genç Barınma Platformu"
    assert read["Ege Gençlik Meclisi"].parent == "Genç Barınma Platformu"
    assert read["Elif Şahin"].affiliation == "Eş Sözcü, Yeni Umut Partisi Gençlik Meclisi"
    assert "@GencBarinma" not in read


def test_a_union_and_its_local_cells_on_its_line():
    read = by_name(
        "Заява молодіжних організацій\n\n" + BODY + "Заяву підписали:\n\n"
        "• Молоді Демократи Поділля / Young Democrats of Podillia\n"
        "• Студентська спілка «Крок» / Student Union Krok, та її осередки: Київський "
        "осередок, Одеський осередок\n"
        "• Молодіжний центр «Міст»\n"
    )
    assert read["Київський осередок"].parent == "Студентська спілка «Крок»"
    assert read["Одеський осередок"].parent == "Студентська спілка «Крок»"
    assert read["Молодіжний центр «Міст»"].parent is None


def test_a_report_without_a_list_names_more_signers_in_a_sentence_after_a_signing_word():
    read = by_name(
        "COMUNICADO DE PRENSA\n\n"
        "La declaración fue firmada por la Federación de Docentes Rurales (FEDORU) y la "
        "Unión de Maestras del Norte (UMN), que participaron del encuentro regional realizado "
        "el fin de semana en la ciudad de Posadas.\n\n"
        "También firmaron a título personal la secretaria general de FEDORU, Marta Benítez, "
        'y el ex concejal Julio "Tano" Ferreyra.\n'
    )
    assert "Federación de Docentes Rurales" in read
    assert 'Julio "Tano" Ferreyra' in read


def test_a_channels_pinned_and_forwarded_marks_are_no_title():
    read = extract_statement(
        "Голос студентов\n12 480 подписчиков\n\n📌 Закреплённое сообщение\n\n"
        "Голос студентов\nПереслано из: Студенческий союз «Кадам»\n\n"
        "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ СТУДЕНЧЕСКИХ СОЮЗОВ\n\n"
        "Мы, студенческие союзы и советы, заявляем о недопустимости выселения студентов из "
        "общежитий посреди учебного года и требуем заморозить плату за проживание.\n\n"
        "Подписали:\n• Студенческий союз «Кадам»\n• Совет студентов Южного университета\n"
    )
    assert read.title == "СОВМЕСТНОЕ ЗАЯВЛЕНИЕ СТУДЕНЧЕСКИХ СОЮЗОВ"


def test_a_joint_texts_kind_before_its_title_lists_no_one():
    read = by_name(
        "Juventudes lançam nota conjunta\n\n"
        "Em reunião realizada na capital, dirigentes de juventudes partidárias e entidades "
        "estudantis aprovaram o texto abaixo, que será entregue ao tribunal nesta semana.\n\n"
        "NOTA CONJUNTA DAS JUVENTUDES: O VOTO É NOSSO\n\n"
        "As juventudes partidárias e as entidades estudantis abaixo assinadas vêm a público "
        "manifestar preocupação com as ameaças a candidatas e candidatos jovens e exigir "
        "proteção a quem faz campanha nas ruas e nas escolas.\n\n"
        "Assinam: Juventude "
        "Verde Popular (JVP); União dos Estudantes do Agreste (UEA).\n"
    )
    assert list(read) == ["Juventude Verde Popular", "União dos Estudantes do Agreste"]


def test_youth_wings_as_a_heading_in_sentence_case_are_no_signer():
    read = by_name(
        "Κοινή δήλωση για τη στέγη\n\n" + BODY + "ΥΠΟΓΡΑΦΟΥΝ\n\n"
        "Νεολαίες κομμάτων\n"
        "Νεολαία Οικολογικής Αριστεράς (ΝΟΑ)\n"
        "Νέοι Σοσιαλιστές Κρήτης\n"
    )
    assert list(read) == ["Νεολαία Οικολογικής Αριστεράς", "Νέοι Σοσιαλιστές Κρήτης"]


def test_a_pdfs_header_under_a_page_number_and_a_rule_is_no_signer():
    page_header = "Κοινό Δίκτυο Φοιτητών"
    read = by_name(
        page_header + "\n\nΚοινή δήλωση για τις εστίες\n\n" + BODY + "                — 1 —\n"
        "________________________________________\n" + page_header + "\n\n"
        "Υπογράφουν:\n"
        "Φοιτητικός Σύλλογος Βόλου\n"
        "Σύλλογος Μεταπτυχιακών Φοιτητών Κρήτης\n"
    )
    assert list(read) == ["Φοιτητικός Σύλλογος Βόλου", "Σύλλογος Μεταπτυχιακών Φοιτητών Κρήτης"]
