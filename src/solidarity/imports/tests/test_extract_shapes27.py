"""List shapes from the round on holdout57 (2026-11-25, eleventh session): campaigns in
action, their form exports, petition pages, mailing-list digests, convoy teams and tables
of a union's primary organisations. Every example is invented for this file."""

from solidarity.imports.tests.shapes import BODY, by_name


def test_a_form_export_with_snake_case_labels_and_a_refused_consent():
    read = by_name(
        "id;fecha_registro;tipo;nombre (organización, o Apellidos, Nombre);siglas;ciudad;"
        "estado_provincia;pais;cargo_u_organizacion;comentario;publicar\n"
        "1;2025-03-01 10:02:11;prueba;PRUEBA - borrar;;;;;;;no\n"
        "2;2025-03-01 11:15:40;organizacion;Unión de Recolectores del Valle Seco;URVS;"
        'Ensenada;Baja California;México;;"Contamos con ustedes; boicot total";si\n'
        "3;2025-03-01 12:20:05;individuo;Paredes Luna, Carmen Julia;;Tijuana;Baja California;"
        "México;abogada laboral;;si\n"
        "4;2025-03-02 08:45:51;organizacion;Colectivo Mesa Común;;Oaxaca;Oaxaca;México;;;no\n"
        "5;2025-03-02 09:30:12;organizacion;Red de Consumo Solidario del Norte;;Monterrey;"
        "Nuevo León;México;;;si\n"
    )
    assert list(read) == [
        "Unión de Recolectores del Valle Seco",
        "Carmen Julia Paredes Luna",
        "Red de Consumo Solidario del Norte",
    ]
    assert read["Unión de Recolectores del Valle Seco"].alt_names == ["URVS"]
    assert read["Carmen Julia Paredes Luna"].kind == "individual"
    assert read["Red de Consumo Solidario del Norte"].countries == ["MX"]


def test_a_spreadsheet_with_a_consent_question_as_its_last_column():
    read = by_name(
        "CARTA DE APOIO À OCUPAÇÃO DA FÁBRICA\t\t\t\t\n" + BODY + "Carimbo de data/hora\t"
        "Nome (entidade ou pessoa)\tTipo\tCidade\tPaís\tAutoriza divulgação?\n"
        "03/04/2025 10:11:12\tAssociação de Moradores do Morro Alto\tEntidade\tSalvador\tBrasil"
        "\tSim\n"
        "03/04/2025 11:20:33\tJoana Prates Lima\tPessoa\tSalvador\tBrasil\tNão\n"
        "03/04/2025 12:41:09\tCooperativa Tecelãs do Recôncavo\tEntidade\tCachoeira\tBrasil"
        "\tSim\n"
    )
    assert list(read) == [
        "Associação de Moradores do Morro Alto",
        "Cooperativa Tecelãs do Recôncavo",
    ]
    assert read["Cooperativa Tecelãs do Recôncavo"].countries == ["BR"]


def test_a_petitions_latest_signers_give_their_country_and_its_links_sign_nothing():
    read = by_name(
        "Soutien aux grévistes de l'entrepôt\n\n" + BODY + "Premiers signataires :\n"
        "Comité de soutien de Nantes (Nantes, France)\n"
        "Collectif Solidarité Namur (Namur, Belgique)\n\n"
        "Dernières signatures\n"
        "Maëlle Guérin · Rennes, France · il y a 2 heures\n"
        "Oscar Delvaux · Liège, Belgique · il y a 1 jour\n"
        "Voir les 212 autres signatures\n\n"
        "Signer cette pétition\nPrénom\nNom\nAdresse e-mail\n"
        "☐ Afficher mon nom publiquement\n"
    )
    assert list(read) == [
        "Comité de soutien de Nantes",
        "Collectif Solidarité Namur",
        "Maëlle Guérin",
        "Oscar Delvaux",
    ]
    assert read["Oscar Delvaux"].countries == ["BE"]


def test_a_run_of_names_hard_wrapped_by_a_mailing_list_is_read_whole():
    read = by_name(
        "From: Tom Hale <tom@lists.example>\nSubject: Joint statement: two towns, one fight\n\n"
        "Dear all,\n\nBelow is the statement agreed at last night's online meeting with our\n"
        "colleagues across the sea. Please circulate widely and send signatures to me.\n\n"
        "Signed (organisations): Leeds Refuse Workers' Branch; Harbour Street Tenants\n"
        "Association; Calder Valley Solidarity Kitchen; Association des éboueurs de\n"
        "Tanger; Wakefield Strike Support Group.\n\n"
        "Individuals: Ann Dobson (Branch Secretary, Leeds Refuse Workers' Branch); Karim\n"
        "Haddou (refuse collector, Tangier); Cllr Peter Moss (Harbour ward councillor).\n"
    )
    assert list(read)[:5] == [
        "Leeds Refuse Workers' Branch",
        "Harbour Street Tenants Association",
        "Calder Valley Solidarity Kitchen",
        "Association des éboueurs de Tanger",
        "Wakefield Strike Support Group",
    ]
    assert read["Ann Dobson"].affiliation == "Branch Secretary, Leeds Refuse Workers' Branch"
    assert read["Karim Haddou"].kind == "individual"


def test_a_networks_local_nodes_in_a_numbered_list_and_a_group_of_foreign_signers():
    read = by_name(
        "Non carichiamo armi\n\n" + BODY + "ADESIONI PERVENUTE\n\n"
        "1. Collettivo Portuali di Ancona\n"
        "2. Rete Lavoro e Pace e i suoi nodi territoriali:\n"
        "   – Nodo di Pescara\n"
        "   – Nodo di Bari\n"
        "3. Giulia Sarti, consigliera comunale (Ancona)\n\n"
        "Adesioni internazionali\n"
        "4. Sindicato Estibador Solidario (Spagna)\n"
    )
    assert list(read) == [
        "Collettivo Portuali di Ancona",
        "Rete Lavoro e Pace",
        "Nodo di Pescara",
        "Nodo di Bari",
        "Giulia Sarti",
        "Sindicato Estibador Solidario",
    ]
    assert read["Nodo di Bari"].parent == "Rete Lavoro e Pace"
    assert read["Nodo di Bari"].kind == "organization"
    assert read["Sindicato Estibador Solidario"].parent is None


def test_a_channels_comment_count_heads_readers_not_signers():
    read = by_name(
        "Солидарность с шахтёрами\n\n"
        "Мы поддерживаем требования бастующих шахтёров и призываем профсоюзы других стран "
        "присоединиться к сбору средств для семей горняков.\n\n"
        "Подписали:\n• Рабочий клуб Темиртау\n• Профсоюз горняков Экибастуза\n\n"
        "👁 5,2K\n\nКомментарии: 14\n\nАйгуль С.\nКуда переводить деньги?\n"
    )
    assert list(read) == ["Рабочий клуб Темиртау", "Профсоюз горняков Экибастуза"]


def test_greek_towns_in_capitals_head_their_groups_and_local_committees_their_network():
    read = by_name(
        "Αλληλεγγύη στους πλημμυροπαθείς\n\n"
        "Τα σωματεία και οι συλλογικότητες που υπογράφουν οργανώνουν αυτοκινητοπομπή με "
        "τρόφιμα και είδη πρώτης ανάγκης για τα χωριά που επλήγησαν από τις πλημμύρες.\n\n"
        "Υπογράφουν:\n\n"
        "ΠΑΤΡΑ\nΣωματείο Οικοδόμων Αχαΐας\nΣυνεταιρισμός Ταχυμεταφορών «Δρόμος»\n\n"
        "ΛΑΡΙΣΑ\nΕπιτροπή Κατοίκων Νεάπολης\n\n"
        "ΑΠΟ ΤΟ ΕΞΩΤΕΡΙΚΟ\nSolidaritätskreis Hellas Bremen (Γερμανία)\n\n"
        "Δίκτυο Εργατικής Αλληλεγγύης – τοπικές επιτροπές:\n"
        "Επιτροπή Αλληλεγγύης Καλλιθέας\nΕπιτροπή Αλληλεγγύης Βόλου\n"
    )
    assert "ΠΑΤΡΑ" not in read
    assert "ΑΠΟ ΤΟ ΕΞΩΤΕΡΙΚΟ" not in read
    assert read["Solidaritätskreis Hellas Bremen"].countries == ["DE"]
    assert read["Επιτροπή Αλληλεγγύης Βόλου"].parent == "Δίκτυο Εργατικής Αλληλεγγύης"


def test_a_korean_name_with_its_latin_form_then_a_post_after_a_slash():
    read = by_name(
        "[공동성명] 배달노동자에게 안전한 노동을\n\n"
        "우리는 폭염 속에서 일하는 배달노동자의 안전을 위해 플랫폼 기업이 즉각 대책을 "
        "마련할 것을 요구한다.\n\n"
        "[참여 개인]\n"
        "한지우(Han Ji-woo) / 공인노무사\n"
        "오세린(Oh Se-rin) / 구의원\n"
        "마츠모토 하루(Matsumoto Haru) / 배달원, 일본\n"
    )
    assert list(read) == ["한지우", "오세린", "마츠모토 하루"]
    assert read["한지우"].alt_names == ["Han Ji-woo"]
    assert read["오세린"].affiliation == "구의원"
    assert read["마츠모토 하루"].countries == ["JP"]


def test_a_table_row_of_a_union_and_its_primary_organisations_numbered_under_it():
    read = by_name(
        "Спільна заява про побратимство\n\n"
        "Ми, профспілки та ініціативи залізничників, домовилися про побратимство і спільну "
        "підтримку працівників у разі конфліктів з адміністрацією.\n\n"
        "Підписанти:\n\n"
        "№\tОрганізація / особа\tМісто, країна\n"
        "1\tПрофспілка «Колія свободи» (Trade Union “Free Track”) та її первинні "
        "організації:\tЛьвів, Україна\n"
        "1.1\tПервинна профспілкова організація ст. Стрий\tСтрий, Україна\n"
        "1.2\tПервинна профспілкова організація депо Самбір\tСамбір, Україна\n"
        "2\tKolejarze Razem – Koło Przemyśl\tPrzemyśl, Польща\n"
        "3\tОлена Гнатюк (Olena Hnatiuk), голова ППО ст. Стрий\tСтрий, Україна\n"
    )
    assert list(read) == [
        "Профспілка «Колія свободи»",
        "Первинна профспілкова організація ст. Стрий",
        "Первинна профспілкова організація депо Самбір",
        "Kolejarze Razem – Koło Przemyśl",
        "Олена Гнатюк",
    ]
    assert read["Первинна профспілкова організація депо Самбір"].parent == (
        "Профспілка «Колія свободи»"
    )
    assert read["Kolejarze Razem – Koło Przemyśl"].countries == ["PL"]
    assert read["Олена Гнатюк"].kind == "individual"


def test_numbered_convoy_teams_head_their_bulleted_groups():
    read = by_name(
        "Convoy solidario al norte\n\n" + BODY + "Organizaciones que integran el convoy:\n\n"
        "Equipo 1 — Antofagasta\n"
        "• Sindicato de Choferes del Desierto\n"
        "• Comité Vecinal La Chimba\n\n"
        "Equipo 2 — Delegaciones internacionales (se suman en la frontera)\n"
        "• Colectivo Altiplano Solidario (Bolivia)\n"
    )
    assert list(read) == [
        "Sindicato de Choferes del Desierto",
        "Comité Vecinal La Chimba",
        "Colectivo Altiplano Solidario",
    ]
    assert read["Colectivo Altiplano Solidario"].countries == ["BO"]


def test_a_threads_signers_from_abroad_follow_on_the_next_line():
    read = by_name(
        "Kamyon şoförleri grevde: dayanışma çağrısı 1/3\n\n"
        "Liman yolunu kapatan şoförlerin taleplerini destekliyor, işverenleri masaya "
        "oturmaya çağırıyoruz.\n\n"
        "İmzacı örgütler: Mersin Kamyoncular Derneği, Adana Lojistik İşçileri Komitesi.\n"
        "Yurt dışından: Fahrer-Solidarität Graz (Avusturya), Comité des routiers de Lyon "
        "(Fransa) 2/3\n"
    )
    assert list(read) == [
        "Mersin Kamyoncular Derneği",
        "Adana Lojistik İşçileri Komitesi",
        "Fahrer-Solidarität Graz",
        "Comité des routiers de Lyon",
    ]
    assert read["Comité des routiers de Lyon"].countries == ["FR"]


def test_an_arabic_leaflets_count_of_others_code_to_scan_and_imprint_sign_nothing():
    read = by_name(
        "نداء لمقاطعة منتجات الشركة\n\n"
        "نحن الموقعين أدناه ندعو إلى مقاطعة منتجات الشركة حتى إرجاع العمال المطرودين إلى "
        "عملهم واحترام الحق النقابي.\n\n"
        "الموقعون – Signataires :\n\n"
        "– النقابة الأساسية لعمال المصنع بسوسة – Syndicat de base des travailleurs de Sousse\n"
        "– لجنة المقاطعة بنابل – Comité de boycott de Nabeul\n\n"
        "وأكثر من 30 جمعية ونقابة ولجنة أخرى في تونس والخارج.\n\n"
        "▣ امسح الرمز للتوقيع على النداء / Scannez pour signer l'appel\n\n"
        "طُبع على نفقة المناضلين – لا يُباع\n"
    )
    assert list(read) == ["النقابة الأساسية لعمال المصنع بسوسة", "لجنة المقاطعة بنابل"]


def test_a_digests_table_of_contents_names_no_signer():
    read = by_name(
        "Send solidarity-list mailing list submissions to\n\tlist@lists.example\n\n"
        "Today's Topics:\n\n"
        "   1. Joint statement: refuse workers' twinning (Tom Hale)\n"
        "   2. Hall for the 20th? (Nia Owusu)\n\n"
        "----------------------------------------------------------------------\n\n"
        "Message: 1\nFrom: Tom Hale <tom@lists.example>\n\n"
        "Our two branches agreed to twin our struggles and to share a strike fund between "
        "the two towns for as long as either is in dispute.\n\n"
        "Signed:\n"
        "Leeds Refuse Workers' Branch\n"
        "Association des éboueurs de Tanger\n"
    )
    assert list(read) == ["Leeds Refuse Workers' Branch", "Association des éboueurs de Tanger"]


def test_a_sign_up_forms_call_now_and_postcode_field_are_no_signers():
    read = by_name(
        "Bündnis Wohnen für alle\n\nAufruf: Mieten runter!\nBisher 2.114 Unterschriften\n"
        "Jetzt unterschreiben\nVorname\nNachname\nPLZ\nE-Mail\n"
        "☐ Meinen Namen öffentlich anzeigen\nUnterschreiben\n\n"
        "Wir fordern einen Mietendeckel für alle Wohnungen in der Stadt und ein Ende der "
        "Zwangsräumungen, bis genug bezahlbarer Wohnraum gebaut ist.\n\n"
        "Erstunterzeichnende:\nMieterinitiative Nordstadt\nGenossenschaft Wohnen am Fluss\n"
    )
    assert list(read) == ["Mieterinitiative Nordstadt", "Genossenschaft Wohnen am Fluss"]
