"""List shapes from the round on holdout53 (2026-11-25, ninth session): the labour
movement's signatures collected by e-mail, federations that head their member unions by
acronym or "on behalf of", sectors over a confederation's unions. Every example is
invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.countries import countries_in_name
from solidarity.imports.extract.document import read_page
from solidarity.imports.tests.shapes import BODY, by_name


def test_e_mail_signatures_between_delimiters_give_each_signer_and_a_persons_post():
    read = by_name(
        "Solidarity with the striking gear workers\n\n" + BODY + "Signatures received so far:\n\n"
        "--\n"
        "Greta Holm\n"
        "Works council chair, Nordlicht Pumpen GmbH, Kiel\n"
        "Tel. 0431 555 0199\n"
        "greta.holm@nordlicht.example\n\n"
        "--\n"
        "Works Council of Falkenhorst Kabel AG\n"
        "Council office, building 4\n"
        "Postfach 12 34, 24103 Kiel\n\n"
        "--\n"
        "Best regards\n"
        "Jonas Weber\n"
        "Shop steward, Hafenlogistik Süd GmbH\n"
        "Member of the district committee of the metalworkers' union\n\n"
        "--\n"
        "Lena Brandt\n"
        "Works council member, Ostsee Zahnrad GmbH, Lübeck\n"
        "Sent from my phone. Please excuse typos.\n\n"
        "Please send further signatures to this address by Friday, we hand them over on Saturday.\n"
    )
    assert list(read) == [
        "Greta Holm",
        "Works Council of Falkenhorst Kabel AG",
        "Jonas Weber",
        "Lena Brandt",
    ]
    assert read["Greta Holm"].affiliation == "Works council chair, Nordlicht Pumpen GmbH, Kiel"
    assert read["Jonas Weber"].affiliation == "Shop steward, Hafenlogistik Süd GmbH"
    assert read["Works Council of Falkenhorst Kabel AG"].kind == "organization"


def test_a_sender_who_signs_as_the_readers_own_is_no_signer():
    read = by_name(
        "Liebe Kolleginnen und Kollegen,\n\n"
        "anbei der Text der Erklärung und darunter alle Unterschriften, die bis heute Mittag "
        "eingegangen sind. Weitere Unterschriften bitte bis Freitag an diese Adresse.\n\n"
        "Solidarische Grüße\n"
        "euer Solikreis\n\n"
        "Solidaritätserklärung\n\n" + BODY + "Unterzeichnende:\n\n"
        "Betriebsrat der Nordlicht Pumpen GmbH\n"
        "Vertrauenskörper der Hafenlogistik Süd\n"
        "Jugend- und Auszubildendenvertretung der Ostsee Zahnrad GmbH\n"
    )
    assert "euer Solikreis" not in read
    assert "Vertrauenskörper der Hafenlogistik Süd" in read


def test_one_signature_delimiter_is_the_senders_own_not_a_list():
    read = by_name(
        "Solidarity with the striking gear workers\n\n" + BODY + "Signed:\n\n"
        "Dock Workers Union of Kiel\n"
        "Metalworkers Union, Lübeck branch\n"
        "Tenants Network Hamburg\n\n"
        "--\n"
        "Jonas Weber\n"
        "Press officer\n"
        "Tel. 0431 555 0199\n"
    )
    assert list(read) == [
        "Dock Workers Union of Kiel",
        "Metalworkers Union, Lübeck branch",
        "Tenants Network Hamburg",
    ]


def test_a_heading_that_names_the_federation_by_acronym_over_it_and_its_members():
    read = by_name(
        "Solidarity with the dockers\n\n" + BODY + "Signed by the GFPW and its member unions:\n\n"
        "1. Global Federation of Port Workers (GFPW)\n"
        "2. Dock Workers Union of Kenya\n"
        "3. Harbour Employees Union of Ghana\n\n"
        "Also supported by:\n\n"
        "4. Tenants Network Berlin\n"
        "5. Migrant Workers Centre Lisbon\n"
    )
    assert list(read) == [
        "Global Federation of Port Workers",
        "Dock Workers Union of Kenya",
        "Harbour Employees Union of Ghana",
        "Tenants Network Berlin",
        "Migrant Workers Centre Lisbon",
    ]
    assert read["Global Federation of Port Workers"].parent is None
    assert read["Dock Workers Union of Kenya"].parent == "Global Federation of Port Workers"
    assert read["Harbour Employees Union of Ghana"].parent == "Global Federation of Port Workers"
    # "Also supported by:" opens another part of the list: no members of the federation.
    assert read["Tenants Network Berlin"].parent is None


def test_the_signing_verb_may_come_before_the_federation_in_the_heading():
    read = by_name(
        "Звернення профспілок\n\n"
        "Ми, незалежні профспілки, закликаємо міжнародний профспілковий рух підтримати "
        "працівників, які захищають свої права в умовах воєнного стану, і вимагаємо "
        "скасувати обмеження трудових прав.\n\n"
        "Звернення підписали ОНП та її членські організації:\n\n"
        "1. Об'єднання незалежних профспілок (ОНП)\n"
        "2. Профспілка гірників Полісся\n"
        "3. Вільна профспілка освітян Поділля\n\n"
        "Також підтримали:\n\n"
        "4. Студентська профспілка «Рівні»\n"
    )
    members = ["Профспілка гірників Полісся", "Вільна профспілка освітян Поділля"]
    assert all(read[name].parent == "Об'єднання незалежних профспілок" for name in members)
    assert read["Об'єднання незалежних профспілок"].parent is None
    assert read["Студентська профспілка «Рівні»"].parent is None


def test_sectors_over_a_confederations_unions_are_no_signatories():
    read = by_name(
        "Nota de apoio à greve\n\n"
        "A central e os sindicatos filiados manifestam total apoio aos trabalhadores em greve "
        "e exigem a reabertura imediata das negociações com a direção da empresa.\n\n"
        "Assinam esta nota a CSTR e os seguintes sindicatos filiados:\n\n"
        "Central Sindical dos Trabalhadores Reunidos (CSTR)\n\n"
        "Metalúrgicos\n"
        "Sindicato dos Metalúrgicos do Vale Verde\n"
        "Sindicato dos Operários de Autopeças de Lagoa Seca\n\n"
        "Educação e cultura\n"
        "Sindicato dos Professores da Rede Municipal\n\n"
        "Também assinam:\n\n"
        "Comissão de Fábrica da Montadora Rubi\n"
        "Coletivo de Mulheres Metalúrgicas\n"
    )
    assert list(read) == [
        "Central Sindical dos Trabalhadores Reunidos",
        "Sindicato dos Metalúrgicos do Vale Verde",
        "Sindicato dos Operários de Autopeças de Lagoa Seca",
        "Sindicato dos Professores da Rede Municipal",
        "Comissão de Fábrica da Montadora Rubi",
        "Coletivo de Mulheres Metalúrgicas",
    ]
    central = "Central Sindical dos Trabalhadores Reunidos"
    assert read["Sindicato dos Professores da Rede Municipal"].parent == central
    assert read["Comissão de Fábrica da Montadora Rubi"].parent is None


def test_a_heading_on_behalf_of_a_confederation_is_the_parent_of_its_bodies_not_a_signer():
    read = by_name(
        "Motion de soutien aux grévistes\n\n"
        "Les organisations syndicales soussignées apportent leur soutien plein et entier aux "
        "salariés en grève et demandent l'ouverture immédiate de négociations sérieuses.\n\n"
        "Premiers signataires :\n\n"
        "Pour la Confédération Syndicale Unitaire (CSU) :\n"
        "– Union locale CSU de Lorient\n"
        "– Section syndicale CSU Chantiers du Blavet\n"
        "– Anne Le Floch, déléguée syndicale CSU\n\n"
        "Collectifs et associations :\n"
        "– Comité de soutien aux grévistes du Blavet\n"
        "– Association des retraités de la navale\n"
    )
    assert "Confédération Syndicale Unitaire" not in read
    confederation = "Confédération Syndicale Unitaire"
    assert read["Union locale CSU de Lorient"].parent == confederation
    assert read["Section syndicale CSU Chantiers du Blavet"].parent == confederation
    # A person signs with her post; only an organisation is a member of another.
    assert read["Anne Le Floch"].parent is None
    assert read["Comité de soutien aux grévistes du Blavet"].parent is None


def test_unions_affiliated_to_a_turkish_confederation_by_its_acronym():
    read = by_name(
        "Grevdeki işçilerle dayanışma\n\n"
        "Konfederasyonumuz ve bağlı sendikalarımız, haklarını savunan döküm işçilerinin "
        "yanındadır ve işverenden toplu sözleşme masasına derhal dönmesini talep eder.\n\n"
        "İmzacılar:\n\n"
        "Emekçi Sendikaları Konfederasyonu (ESK)\n\n"
        "ESK'ye bağlı sendikalar:\n"
        "Metal Emekçileri Sendikası\n"
        "Liman ve Lojistik Emekçileri Sendikası\n"
    )
    assert read["Metal Emekçileri Sendikası"].parent == "Emekçi Sendikaları Konfederasyonu"
    assert (
        read["Liman ve Lojistik Emekçileri Sendikası"].parent == "Emekçi Sendikaları Konfederasyonu"
    )


def test_a_unions_local_body_named_with_its_union_belongs_to_it():
    read = by_name(
        "Pronunciamiento de solidaridad\n\n"
        "Las organizaciones abajo firmantes respaldamos a los mineros en huelga y exigimos "
        "a la empresa que reinstale a los trabajadores despedidos sin condiciones.\n\n"
        "Suscriben: Sección 12 del Sindicato Democrático de Trabajadores Mineros (Sonora); "
        "Comité de Huelga de la Mina El Roble; Ortsvorstand Kassel der Gewerkschaft Bergbau "
        "und Energie (Alemania); Profra. Alma Rosa Vidal, secretaria de la Sección 12; "
        "Mtro. Ramiro Beltrán, delegado escolar.\n"
    )
    assert (
        read["Sección 12 del Sindicato Democrático de Trabajadores Mineros"].parent
        == "Sindicato Democrático de Trabajadores Mineros"
    )
    assert (
        read["Ortsvorstand Kassel der Gewerkschaft Bergbau und Energie"].parent
        == "Gewerkschaft Bergbau und Energie"
    )
    assert read["Comité de Huelga de la Mina El Roble"].parent is None
    # "Profra." and "Mtro." are Mexican titles, not names or the end of a sentence.
    assert read["Alma Rosa Vidal"].affiliation == "secretaria de la Sección 12"
    assert read["Ramiro Beltrán"].affiliation == "delegado escolar"


def test_a_korean_unions_branch_belongs_to_the_union_its_name_opens_with():
    read = by_name(
        "[공동성명] 물류센터 파업 노동자들의 요구를 수용하라\n\n"
        "우리는 폭염 속에서 일하는 물류센터 노동자들의 파업을 지지하며 회사가 즉각 교섭에 "
        "나설 것을 요구한다. 노동자의 안전은 협상의 대상이 아니다.\n\n"
        "[노동조합]\n"
        "전국물류노동조합 인천지부\n"
        "전국물류노동조합 부천지역 택배지회\n"
        "청년노동자모임\n"
    )
    assert read["전국물류노동조합 인천지부"].parent == "전국물류노동조합"
    assert read["전국물류노동조합 부천지역 택배지회"].parent == "전국물류노동조합"
    assert read["청년노동자모임"].parent is None


def test_a_forwarders_signature_above_the_forwarded_letter_is_no_signer():
    read = by_name(
        "From: Carla Mendez <cmendez@federation.example>\n"
        "Sent: Tuesday, March 10, 2026 7:42 AM\n"
        "To: Affiliates <affiliates@lists.federation.example>\n"
        "Subject: FW: Letter of support for the bus drivers' strike\n\n"
        "Friends,\n\n"
        "Below is the letter that went to the transit authority last night with every "
        "signature we received by the deadline. Please post it on your bulletin boards.\n\n"
        "In solidarity,\n\n"
        "Carla Mendez\n"
        "Communications Coordinator\n"
        "River Counties Labor Federation\n"
        "(209) 555-0143 | cmendez@federation.example\n\n"
        "________________________________\n"
        "From: Strike Support <support@federation.example>\n"
        "Sent: Monday, March 9, 2026 11:15 PM\n"
        "To: Transit Authority Board <board@transit.example>\n"
        "Subject: Letter of support for the bus drivers' strike\n\n" + BODY + "Signed,\n\n"
        "River Counties Labor Federation\n"
        "Tomasz Kowal, Shop Steward, Amalgamated Transit Workers, Local 9\n"
        "Amalgamated Transit Workers, Local 9\n"
        "Rita Osei, Business Agent, Valley Operating Engineers, Local 18\n"
    )
    assert list(read) == [
        "River Counties Labor Federation",
        "Tomasz Kowal",
        "Amalgamated Transit Workers, Local 9",
        "Rita Osei",
    ]
    # A shop steward's and a business agent's posts, and the local they hold them in.
    assert read["Tomasz Kowal"].affiliation == "Shop Steward, Amalgamated Transit Workers, Local 9"
    assert read["Rita Osei"].affiliation == "Business Agent, Valley Operating Engineers, Local 18"


def test_a_table_of_delegates_under_a_heading_that_names_their_country():
    read = by_name(
        "Carta de delegadas y delegados de base\n\n"
        "Las delegadas y los delegados abajo firmantes expresamos nuestro apoyo a los "
        "trabajadores del ingenio en huelga y exigimos el pago inmediato de los salarios.\n\n"
        "Delegadas y delegados de Argentina\n\n"
        "N°\tApellido y nombre\tCargo y organización\tProvincia\n"
        "1\tFerreyra, Ana Laura\tDelegada general, Sindicato del Ingenio El Sauce\tTucumán\n"
        "2\tGarcía de la Torre, Ana\tDelegada, Comisión Interna del Frigorífico Norte\tSalta\n"
        "3\tMedina, Ramón\tDelegado, Sindicato Minero de la Puna\tJujuy\n\n"
        "Adhesiones internacionales\n\n"
        "N°\tApellido y nombre\tCargo y organización\tPaís\n"
        "4\tTechera, Álvaro\tDelegado, Sindicato Único de la Caña\tUruguay\n"
    )
    assert list(read) == [
        "Ana Laura Ferreyra",
        "Ana García de la Torre",
        "Ramón Medina",
        "Álvaro Techera",
    ]
    assert read["Ana Laura Ferreyra"].countries == ["AR"]
    assert read["Ana García de la Torre"].affiliation == (
        "Delegada, Comisión Interna del Frigorífico Norte"
    )
    assert read["Álvaro Techera"].countries == ["UY"]


def test_kind_words_head_a_part_and_a_boards_officers_sign_only_for_it():
    read = by_name(
        "Κοινή ανακοίνωση σωματείων\n\n"
        "Τα σωματεία που υπογράφουν στηρίζουν τους απεργούς λιμενεργάτες και καλούν την "
        "εταιρεία να επαναπροσλάβει αμέσως τους απολυμένους συναδέλφους τους.\n\n"
        "Σωματεία\n"
        "Σωματείο Εργαζομένων στις Αποθήκες Σίνδου\n"
        "Σωματείο Οικοδόμων Λαγκαδά\n\n"
        "Επιτροπές αγώνα και συλλογικότητες\n"
        "Επιτροπή Αγώνα Εργαζομένων στον 6ο Προβλήτα\n"
        "Συνέλευση Εργαζομένων στον Επισιτισμό\n\n"
        "Για το Δ.Σ. του Σωματείου Λιμενεργατών\n"
        "Ο Πρόεδρος                          Ο Γενικός Γραμματέας\n"
        "Νίκος Παππάς                        Γιώργος Λάμπρου\n"
    )
    assert list(read) == [
        "Σωματείο Εργαζομένων στις Αποθήκες Σίνδου",
        "Σωματείο Οικοδόμων Λαγκαδά",
        "Επιτροπή Αγώνα Εργαζομένων στον 6ο Προβλήτα",
        "Συνέλευση Εργαζομένων στον Επισιτισμό",
    ]


def test_italian_workplace_delegates_under_sectors_of_the_economy():
    read = by_name(
        "Logistica, i delegati firmano l'appello\n\n"
        "È partita la raccolta di firme tra RSU, RLS e delegati di tutte le categorie a "
        "sostegno dei facchini in sciopero contro il cambio d'appalto nel polo logistico.\n\n"
        "Noi rappresentanti sindacali esprimiamo piena solidarietà alle lavoratrici e ai "
        "lavoratori in sciopero e chiediamo al committente di garantire la clausola sociale.\n\n"
        "Primi firmatari\n\n"
        "Metalmeccanici\n"
        "RSU Fonderie Riunite Val d'Enza\n"
        "Chiara Moretti, RSU Oleodinamica Emiliana, Modena\n"
        "Luca Ferri, RLS Carrelli Elevatori Padani, Bologna\n\n"
        "Scuola e università\n"
        "RSU Istituto Tecnico Valle del Savio\n"
        "Assemblea precari della ricerca di Bologna\n\n"
        "Dans la même rubrique\n"
        "Sciopero nei magazzini: le ragioni dei facchini\n"
    )
    assert list(read) == [
        "RSU Fonderie Riunite Val d'Enza",
        "Chiara Moretti",
        "Luca Ferri",
        "RSU Istituto Tecnico Valle del Savio",
        "Assemblea precari della ricerca di Bologna",
    ]
    # "RSU" is a workplace's union body, "RLS" a safety representative's post.
    assert read["Chiara Moretti"].affiliation == "RSU Oleodinamica Emiliana"
    assert read["Luca Ferri"].affiliation == "RLS Carrelli Elevatori Padani"


def test_a_korean_boards_parts_people_then_international_groups_and_its_navigation():
    read = by_name(
        "[연대성명] 물류센터 노동자들의 파업을 지지한다\n\n"
        "우리는 폭염 속에서 일하는 물류센터 노동자들의 파업을 지지하며 회사가 즉각 교섭에 "
        "나설 것을 요구한다. 노동자의 안전은 협상의 대상이 아니다.\n\n"
        "[개인]\n"
        "김민서 (전국물류노동조합 인천지부 지부장)\n"
        "응우옌 반 탄 (이주노동자)\n\n"
        "[국제연대]\n"
        "Warehouse Workers Organizing Network Chicago (미국)\n"
        "Lagerarbeiter*innen-Initiative Hamburg (독일)\n\n"
        "목록 이전글: 물류센터 폭염 실태조사 결과 발표 다음글: 연대 문화제 안내\n"
    )
    assert list(read) == [
        "김민서",
        "응우옌 반 탄",
        "Warehouse Workers Organizing Network Chicago",
        "Lagerarbeiter*innen-Initiative Hamburg",
    ]
    assert read["응우옌 반 탄"].kind == "individual"
    assert read["Warehouse Workers Organizing Network Chicago"].kind == "organization"
    assert read["Lagerarbeiter*innen-Initiative Hamburg"].countries == ["DE"]


def test_a_companys_legal_form_is_no_country_code():
    assert countries_in_name("Gesamtbetriebsrat der Eisenmann Kabelwerke KG") == []
    assert countries_in_name("Brenninger Logistik SE") == []
    assert countries_in_name("Oxfam GB") == ["GB"]


def test_a_sentence_that_counts_a_federations_affiliates_heads_them():
    read = by_name(
        "Global dockers stand with the port workers\n\n"
        "Affiliates of the Global Federation of Port Workers (GFPW) declared their full "
        "solidarity with the port workers on strike against platform hiring.\n\n"
        + BODY
        + "This statement is endorsed by 3 GFPW affiliates in 3 countries:\n\n"
        "ARGENTINA\n"
        "Federación de Trabajadores Portuarios (FETRAP)\n\n"
        "KENYA\n"
        "Dock and Harbour Employees Union of Kenya\n\n"
        "SPAIN\n"
        "Sindicato Estatal de Estibadores\n"
    )
    federation = "Global Federation of Port Workers"
    assert read["Federación de Trabajadores Portuarios"].parent == federation
    assert read["Federación de Trabajadores Portuarios"].countries == ["AR"]
    assert read["Sindicato Estatal de Estibadores"].parent == federation


def test_a_sheet_exported_with_semicolons_under_a_polish_e_mail():
    read = by_name(
        "Od: Kolektyw Lokatorski Grochów <kontakt@grochow.example>\n"
        "Do: sympatycy@grochow.example\n"
        "Temat: Stanowisko + lista podpisów\n\n"
        "Cześć wszystkim,\n\n"
        "poniżej przesyłamy treść naszego stanowiska razem z listą podpisów zebranych przez "
        "formularz. Lista jest wklejona prosto z arkusza.\n\n"
        "Solidarnie,\n"
        "Tomasz Wrona\n"
        "sekretariat Kolektywu\n"
        "tel. 600 000 000\n\n"
        "My, niżej podpisane organizacje lokatorskie i mieszkańcy, sprzeciwiamy się kolejnym "
        "podwyżkom czynszów w lokalach komunalnych oraz eksmisjom bez lokalu zamiennego.\n\n"
        "Lp.;Nazwa / Imię i nazwisko;Typ;Funkcja, organizacja;Miasto;Kraj\n"
        "1;Kolektyw Lokatorski Grochów;organizacja;;Warszawa;Polska\n"
        "2;Wrzesińska, Katarzyna;osoba prywatna;lokatorka, Kolektyw Lokatorski Grochów;"
        "Warszawa;Polska\n"
        "3;Nájemnický kruh Žižkov;organizacja;;Praga;Czechy\n"
    )
    assert list(read) == [
        "Kolektyw Lokatorski Grochów",
        "Katarzyna Wrzesińska",
        "Nájemnický kruh Žižkov",
    ]
    assert read["Katarzyna Wrzesińska"].affiliation == "lokatorka, Kolektyw Lokatorski Grochów"
    assert read["Nájemnický kruh Žižkov"].countries == ["CZ"]


def test_groups_in_the_name_column_with_no_organisation_are_groups():
    read = by_name(
        "Freeze rents on the estates\n\n" + BODY + "Name\tOrganisation\tCity\tCountry\n"
        "Lea Bridge Renters Mutual\t—\tLondon\tUK\n"
        "Maya Okonjo\tSecretary, Dalston Lane Tenants' Association\tLondon\tUK\n"
        "Northfield Housing Action Group\t—\tLeeds\tUK\n"
        "Ngozi Eze-Williams\tWriter\tLagos\tNigeria\n"
    )
    assert read["Lea Bridge Renters Mutual"].kind == "organization"
    assert read["Northfield Housing Action Group"].kind == "organization"
    assert read["Maya Okonjo"].kind == "individual"
    # "Ngozi" is a given name, not "NGO".
    assert read["Ngozi Eze-Williams"].kind == "individual"


def test_a_threads_list_goes_on_from_one_post_to_the_next():
    text = (
        "Rede Costeira de Justiça Climática\n"
        "@redecosteira.example\n"
        "NOTA PÚBLICA 🧵 (1/4)\n\n"
        "Não à perfuração na foz do rio: o nosso mar não está à venda\n\n"
        "Nós, povos das águas, das ilhas e das periferias, dizemos NÃO à abertura de uma "
        "nova fronteira de petróleo na costa. Segue o fio 👇\n"
        "14 de março de 2025 às 09:12\n\n"
        "Rede Costeira de Justiça Climática @redecosteira.example · 14 mar\n"
        "(2/4) Assinam esta nota: Rede Costeira de Justiça Climática, Coletivo Jovens do "
        "Tapajós, Associação de Pescadoras Artesanais de Soure,\n"
        "💬 1   🔁 64   ♡ 210\n\n"
        "Rede Costeira de Justiça Climática @redecosteira.example · 14 mar\n"
        "(3/4) Comitê Popular das Ilhas, Cooperativa de Catadoras Mãos da Maré e Brigada "
        "Climática do Guamá.\n"
    )
    read = by_name(text)
    # The account's name over its handle is no title; the label over it is none either.
    assert extract_statement(text).title == (
        "Não à perfuração na foz do rio: o nosso mar não está à venda"
    )
    assert list(read) == [
        "Rede Costeira de Justiça Climática",
        "Coletivo Jovens do Tapajós",
        "Associação de Pescadoras Artesanais de Soure",
        "Comitê Popular das Ilhas",
        "Cooperativa de Catadoras Mãos da Maré",
        "Brigada Climática do Guamá",
    ]


def test_a_heading_right_under_a_closing_line_opens_an_international_and_its_sections():
    read = by_name(
        "Заява: права жінок не можна відкладати\n\n"
        "Уже третій рік жінки тримають на собі тил: лікарні, школи, волонтерські кухні. "
        "Ми вимагаємо, щоб відбудова не відбувалася за рахунок їхніх прав і зарплат.\n"
        "Ми — не «тимчасовий ресурс».\n"
        "Заяву підтримали:\n\n"
        "Міжнародна феміністична мережа «Сестри без кордонів» (Sisters Without Borders) та "
        "її секції:\n"
        "– Сестри без кордонів (Україна)\n"
        "– Siostry bez Granic (Польща)\n"
        "– Schwestern ohne Grenzen (Німеччина)\n"
    )
    assert list(read) == [
        "Міжнародна феміністична мережа «Сестри без кордонів»",
        "Сестри без кордонів",
        "Siostry bez Granic",
        "Schwestern ohne Grenzen",
    ]
    assert (
        read["Siostry bez Granic"].parent == "Міжнародна феміністична мережа «Сестри без кордонів»"
    )
    assert read["Siostry bez Granic"].countries == ["PL"]


def test_persian_posts_and_a_leaflets_imprint():
    read = by_name(
        "بیانیه برای حقابه دریاچه\n\n"
        "ما امضاکنندگان این بیانیه از مسئولان می‌خواهیم که حقابه زیست‌محیطی دریاچه را به‌طور "
        "کامل و بی‌درنگ رهاسازی کنند و آمار سدها را منتشر کنند.\n\n"
        "امضاکنندگان:\n\n"
        "۱. انجمن دوستداران دریاچه (تبریز)\n"
        "۲. دکتر مریم احمدی، استاد بازنشستهٔ هیدرولوژی\n"
        "۳. علیرضا قاسمی، کارشناس منابع آب\n\n"
        "Stampato in proprio – Comitato per il lago, Casella postale 42\n"
    )
    assert list(read) == ["انجمن دوستداران دریاچه", "مریم احمدی", "علیرضا قاسمی"]
    assert read["مریم احمدی"].affiliation == "استاد بازنشستهٔ هیدرولوژی"


def test_greek_member_collectives_and_a_networks_members_by_its_acronym_and_name():
    read = by_name(
        "Κοινή δήλωση: Σπίτια για να ζούμε\n\n"
        "Οι συλλογικότητες που υπογράφουν ζητούν να σταματήσουν οι εξώσεις και να μπει "
        "όριο στη βραχυχρόνια μίσθωση που αδειάζει τις γειτονιές της πόλης.\n\n"
        "Υπογράφουν:\n\n"
        "Στεγαστικό Συντονιστικό Πειραιά, με τις συλλογικότητες-μέλη του:\n"
        "Συνέλευση Ενοικιαστών Πειραιά\n"
        "Συνέλευση Γειτονιάς Καστέλλας\n\n"
        "Προσυπογράφουν επίσης:\n"
        "Συνέλευση Ενοικιαστών Θεσσαλονίκης / Thessaloniki Tenants' Assembly\n"
        "Mieter*innen-Initiative Neukölln (Γερμανία)\n"
        "Οργανώσεις-μέλη του δικτύου MRN – Mediterranean Renters Network:\n"
        "Inquilinos Unidos de Triana (Ισπανία)\n"
        "Inquilini in Rete Bari (Ιταλία)\n"
    )
    coordination = "Στεγαστικό Συντονιστικό Πειραιά"
    assert read["Συνέλευση Ενοικιαστών Πειραιά"].parent == coordination
    assert read[coordination].parent is None
    assert read["Inquilini in Rete Bari"].parent == "Mediterranean Renters Network"
    assert read["Mieter*innen-Initiative Neukölln"].parent is None


def test_a_petition_sites_starter_and_addressee_are_page_furniture():
    page = read_page(
        "İstanbul Sözleşmesi'nden vazgeçmiyoruz\n\n"
        "Kampanyayı başlatan: Ege Kadın Meclisi\n"
        "Muhatap: Aile ve Sosyal Hizmetler Bakanlığı\n\n"
        "Kadına yönelik şiddete karşı mücadelenin en önemli araçlarından biri olan sözleşmeden "
        "vazgeçmiyoruz ve koruma kararlarının eksiksiz uygulanmasını talep ediyoruz.\n"
    )
    assert [line.text.split(":")[0] for line in page.lines][:2] == [
        "İstanbul Sözleşmesi'nden vazgeçmiyoruz",
        "Kadına yönelik şiddete karşı mücadelenin en önemli araçlarından biri olan sözleşmeden "
        "vazgeçmiyoruz ve koruma kararlarının eksiksiz uygulanmasını talep ediyoruz.",
    ]


def test_greek_countersigners_one_by_one_and_from_a_country_or_a_town():
    read = by_name(
        "Κοινή δήλωση: Σπίτια για να ζούμε\n\n"
        "Οι συλλογικότητες που υπογράφουν ζητούν να σταματήσουν οι εξώσεις και να μπει "
        "όριο στη βραχυχρόνια μίσθωση που αδειάζει τις γειτονιές της πόλης.\n\n"
        "Υπογράφουν:\n\n"
        "Στεγαστικό Συντονιστικό Πειραιά\n\n"
        "Προσυπογράφουν επίσης:\n"
        "Mieter*innen-Initiative Neukölln (Γερμανία)\n"
        "Από την Κύπρο: Σύνδεσμος Ενοικιαστών Λεμεσού· Όμιλος Κατοίκων Πάφου.\n"
        "Λισαβόνα: Coletivo Telhado Comum (Πορτογαλία)\n"
    )
    assert list(read) == [
        "Στεγαστικό Συντονιστικό Πειραιά",
        "Mieter*innen-Initiative Neukölln",
        "Σύνδεσμος Ενοικιαστών Λεμεσού",
        "Όμιλος Κατοίκων Πάφου",
        "Coletivo Telhado Comum",
    ]
    # "από την Κύπρο": Cyprus in the accusative.
    assert read["Όμιλος Κατοίκων Πάφου"].countries == ["CY"]
    assert read["Coletivo Telhado Comum"].countries == ["PT"]
