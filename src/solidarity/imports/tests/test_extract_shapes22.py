"""List shapes from the round on holdout48 (2026-11-24, seventh session): form exports and
printed tables with more column labels, petitions' signers with their town and time,
runs that close on a list of another kind, sections named in the genitive. Every example
is invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.columns import column_of
from solidarity.imports.extract.countries import country_code, names_places_only
from solidarity.imports.extract.entries import parse_entry
from solidarity.imports.extract.languages import detect_language
from solidarity.imports.extract.lines import several_organisations
from solidarity.imports.extract.text import Span, split_items
from solidarity.imports.tests.shapes import BODY, by_name, names


def test_column_labels_of_inverted_names_job_titles_and_how_one_signs():
    assert column_of("Name, Vorname") == "name"
    assert column_of("Nom, prénom") == "name"
    assert column_of("Job title / role") == "role"
    assert column_of("Signing as") == "kind"
    # A town and its country are no labels.
    assert column_of("Berlin, Germany") is None


def test_a_form_export_with_a_timestamp_column_and_a_signing_as_column():
    read = by_name(
        "Open letter: fair pay for ward cleaners\n\n" + BODY + "Signatures (form export):\n\n"
        "Timestamp\tFull name\tJob title / role\tOrganisation / institution\tCountry\tSigning as\n"
        "01/03/2025 10:02:11\tAmara Obi\tWard nurse\tLakeside General Hospital\tNigeria"
        "\tIndividual\n"
        "01/03/2025 10:15:40\tCleaners United North\t\t\tUK\tOrganisation\n"
        "01/03/2025 11:31:05\tDr. Tomás Vidal\tSurgeon\tHospital del Mar Alto\tChile\tIndividual\n"
        "01/03/2025 12:47:52\tAmara Obi\tWard nurse\tLakeside General Hospital\tNigeria"
        "\tIndividual\n"
    )
    assert list(read) == ["Amara Obi", "Cleaners United North", "Tomás Vidal"]
    assert read["Cleaners United North"].kind == "organization"
    assert read["Cleaners United North"].countries == ["GB"]
    assert read["Tomás Vidal"].kind == "individual"
    assert read["Tomás Vidal"].countries == ["CL"]
    assert read["Amara Obi"].affiliation == "Ward nurse, Lakeside General Hospital"


def test_a_printed_table_of_inverted_names_with_country_codes_then_an_annex_of_demands():
    read = by_name(
        "Offener Brief zur Bezahlung der Lehrbeauftragten\n\n"
        "Wir, Lehrende an Hochschulen in Deutschland, Österreich und der Schweiz, fordern "
        "eine faire Bezahlung der Lehrbeauftragten und feste Verträge für Daueraufgaben.\n\n"
        "Nr.  Name, Vorname          Titel        Institution                     Land\n"
        "1    Albrecht, Jana            Prof. Dr.    Universität Halde               DE\n"
        "2    Moser, Florian            Dr.          Universität Alpbach             AT\n"
        "3    Keller, Rahel                          Hochschule Seeland              CH\n\n"
        "Anhang: Forderungen der Lehrbeauftragten (Auszug)\n"
        "1. Mindesthonorar von 60 Euro je Stunde\n"
        "2. Bezahlung der Vorbereitungszeit\n"
        "3. Verträge über mindestens zwei Semester\n"
    )
    assert list(read) == ["Jana Albrecht", "Florian Moser", "Rahel Keller"]
    assert [read[name].countries for name in read] == [["DE"], ["AT"], ["CH"]]


def test_a_petitions_signers_with_town_country_and_time_then_their_comments():
    text = (
        "Kampanya: Tersane işçileri geri alınsın!\n\n"
        "Tersanede çalışan yüz yirmi işçi sendikaya üye oldukları için işten atıldı. "
        "Onların işlerine geri dönmesini ve sendika hakkının tanınmasını istiyoruz.\n\n"
        "Son imzalayanlar\n\n"
        "Gülay Ertan\n"
        "İzmir, Türkiye · 12 dakika önce\n\n"
        "Hakan Özer\n"
        "Köln, Almanya · 1 saat önce\n"
        '"Babam da tersanede çalıştı, sonuna kadar yanınızdayız."\n\n'
        "Nermin Ak\n"
        "Mersin, Türkiye · 2 saat önce\n\n"
        "Bu kampanyayı imzalayarak Kullanım Koşulları'nı ve Gizlilik Politikası'nı kabul "
        "etmiş olursunuz.\n"
    )
    read = by_name(text)
    assert list(read) == ["Gülay Ertan", "Hakan Özer", "Nermin Ak"]
    assert read["Hakan Özer"].countries == ["DE"]
    assert read["Nermin Ak"].countries == ["TR"]
    assert read["Gülay Ertan"].affiliation is None


def test_a_ticker_of_recent_signers_with_name_and_time_on_one_line_stays_furniture():
    text = (
        BODY + "Signed by:\n\nHarbour Workers Union\nLantern Bay Dockers Committee\n\n"
        "Recent signatures\n"
        "Jo K., Leeds — 3 minutes ago\n"
        "R. Amin — 1 hour ago\n"
    )
    assert names(text) == ["Harbour Workers Union", "Lantern Bay Dockers Committee"]


def test_a_semicolon_run_of_people_that_closes_on_organisations_introduced_by_commas():
    read = by_name(
        "Carta aberta pela saúde pública\n\n"
        "Os profissionais de saúde abaixo exigem a reabertura imediata dos leitos fechados e "
        "a contratação de equipes completas para os hospitais municipais da cidade.\n\n"
        "Assinam a carta: Dra. Irene Matos, médica sanitarista, professora da Faculdade de "
        "Medicina; Caio Duarte, psiquiatra, CAPS Vila Sol; Lia Ramos, enfermeira; Ruy Prado, "
        "fisioterapeuta, Hospital do Bosque; além das entidades Coletivo Saúde em Luta, Rede "
        "de Médicas e Médicos pela Vida, Associação de Moradores do Jardim Sol.\n"
    )
    assert list(read) == [
        "Irene Matos",
        "Caio Duarte",
        "Lia Ramos",
        "Ruy Prado",
        "Coletivo Saúde em Luta",
        "Rede de Médicas e Médicos pela Vida",
        "Associação de Moradores do Jardim Sol",
    ]
    assert read["Caio Duarte"].affiliation == "psiquiatra, CAPS Vila Sol"
    assert read["Rede de Médicas e Médicos pela Vida"].kind == "organization"


def test_one_words_two_genders_inside_an_organisations_name_are_no_two_names():
    text = "Associazione Lavoratrici e Lavoratori del Porto, Collettivo Mare e Libreria Il Faro"
    items = [item.span.text for item in split_items(Span(text, 0, len(text)))]
    assert items == [
        "Associazione Lavoratrici e Lavoratori del Porto",
        "Collettivo Mare",
        "Libreria Il Faro",
    ]
    # Colleagues of both genders name nobody.
    text = "seine Kolleginnen und Kollegen aus den Betriebsräten: Ute Brand"
    assert len(split_items(Span(text, 0, len(text)))) == 2


def test_member_of_in_the_genitive_after_a_dash_and_country():
    read = by_name(
        "Oświadczenie\n\n"
        "Nauczyciele z wielu krajów wspierają strajk w szkołach i żądają podwyżek dla "
        "wszystkich pracowników oświaty oraz mniejszych klas w szkołach wiejskich.\n\n"
        "Sygnatariusze:\n\n"
        "1. Europejska Sieć Szkół Publicznych (ESSP)\n"
        "2. Inicjatywa Nauczycielska „Kreda” – Polska (członek ESSP)\n"
        "3. Odborová iniciativa učitelů Brno [Inicjatywa Nauczycieli Brno] – Czechy "
        "(członek ESSP)\n"
        "4. Związek Nauczycieli Wiejskich – Polska\n"
    )
    network = "Europejska Sieć Szkół Publicznych"
    assert read["Inicjatywa Nauczycielska „Kreda”"].parent == network
    assert read["Inicjatywa Nauczycielska „Kreda”"].countries == ["PL"]
    assert read["Odborová iniciativa učitelů Brno"].parent == network
    assert read["Związek Nauczycieli Wiejskich"].parent is None


def test_a_ukrainian_member_and_a_spanish_integrante_give_the_parent():
    read = by_name(
        "Declaración\n\n" + BODY + "Firman:\n\n"
        "1. Red Internacional de Juventudes Obreras (RIJO)\n"
        "2. Juventud Obrera en Lucha, Argentina – integrante de la Red Internacional de "
        "Juventudes Obreras\n"
        "3. Izquierda Joven de Aragón, Estado español – integrante de la RIJO\n"
        "4. Спілка студентів «Край», Україна — член RIJO\n"
    )
    network = "Red Internacional de Juventudes Obreras"
    assert read["Juventud Obrera en Lucha"].parent == network
    assert read["Izquierda Joven de Aragón"].parent == network
    assert read["Izquierda Joven de Aragón"].countries == ["ES"]
    assert read["Спілка студентів «Край»"].parent == network


def test_another_scripts_form_with_its_translation_and_country_after_a_dash():
    entry = parse_entry(
        "Εργατική Ένωση Λιμανιού – Ergatikí Énosi Limanioú (Unión Obrera del Puerto), Grecia", 0
    )
    assert entry is not None
    assert entry.name == "Εργατική Ένωση Λιμανιού"
    assert entry.alt_names == ["Ergatikí Énosi Limanioú", "Unión Obrera del Puerto"]
    assert entry.countries == ["GR"]


def test_a_stage_name_in_quotes_is_an_alternate_name():
    entry = parse_entry('Kofi Mensah in arte "Kay M." (rapper)', 0)
    assert entry is not None
    assert entry.name == "Kofi Mensah"
    assert entry.alt_names == ["Kay M."]
    assert entry.affiliation == "rapper"


def test_a_quote_opened_in_a_name_keeps_its_closing_mark():
    entry = parse_entry("Inicjatywa „Tablica” – Polska", 0)
    assert entry is not None
    assert entry.name == "Inicjatywa „Tablica”"
    entry = parse_entry('Centro de Estudos "Maria Clara"', 0)
    assert entry is not None
    assert entry.name == 'Centro de Estudos "Maria Clara"'


def test_where_signatories_come_from_is_no_signatory():
    assert names_places_only("Europa y África")
    assert names_places_only("América Latina")
    assert not names_places_only("Red de Europa")
    result = extract_statement(
        "Declaración conjunta\n\n"
        "Las organizaciones firmantes, partidos y grupos juveniles de América Latina, Europa y "
        "África, denunciamos el decreto contra el derecho de huelga y llamamos a la solidaridad "
        "con los trabajadores en lucha.\n\n"
        "Firman:\n\nPartido Obrero del Sur\nLiga Socialista del Norte\nUnión Juvenil del Este\n"
    )
    assert [endorser.name for endorser in result.endorsers] == [
        "Partido Obrero del Sur",
        "Liga Socialista del Norte",
        "Unión Juvenil del Este",
    ]


def test_an_italian_greeting_of_both_genders_is_no_entry():
    text = (
        "Lettera aperta: solidarietà ai facchini del porto\n\nCare e cari,\n\n"
        "vi scriviamo per sostenere la lotta dei facchini del magazzino contro i licenziamenti "
        "e per chiedere il rispetto del contratto nazionale.\n\n"
        "Firmano:\n\nCollettivo Mare\nLibreria Il Faro\nFestival Onde Lunghe\n"
    )
    read = by_name(text)
    assert list(read) == ["Collettivo Mare", "Libreria Il Faro", "Festival Onde Lunghe"]
    assert {endorser.kind for endorser in read.values()} == {"organization"}


def test_albanian_maltese_and_turkish_group_names_are_organisations():
    read = by_name(
        "Κοινή δήλωση\n\n" + BODY + "Υπογράφουν:\n\n"
        "Lëvizja Punëtore e Portit / Εργατικό Κίνημα του Λιμανιού (Αλβανία)\n"
        "Organizzazzjoni Ħaddiema Maltija / Οργάνωση Εργαζομένων Μάλτας (Μάλτα)\n"
        "Genç Direniş / Νεανική Αντίσταση (Τουρκία)\n"
    )
    assert {endorser.kind for endorser in read.values()} == {"organization"}


def test_polish_chinese_and_japanese_pages_are_told_apart():
    assert (
        detect_language(
            "Nauczyciele z wielu krajów wspierają strajk i żądają, aby władze przywróciły "
            "wynagrodzenia oraz zatrzymały zamykanie szkół w województwie."
        )
        == "pl"
    )
    assert detect_language("我們支持漁工組織工會的權利，並要求政府保障漁工的勞動條件。") == "zh"
    assert (
        detect_language("私たちは漁業で働く人々の権利を守るために、この声明に賛同します。") == "ja"
    )


def test_country_names_in_political_and_official_use():
    assert country_code("Estado español") == "ES"
    assert country_code("Aotearoa New Zealand") == "NZ"


# The round on holdout49.


def test_a_spreadsheet_with_a_notes_column_leaves_out_a_withdrawn_signature():
    read = by_name(
        "Apel mieszkańców – lista sygnatariuszy\n\n"
        "Lp.\tImię i nazwisko / Nazwa\tTyp\tFunkcja / instytucja\tMiasto\tKraj\tUwagi\n"
        "1\tŁódzkie Porozumienie Sąsiadów\torganizacja\t\tŁódź\tPolska\t\n"
        "2\tKowalska, Anna\tosoba\tradna osiedla\tŁódź\tPolska\t\n"
        "3\tWrona, Tomasz\tosoba\tprzedsiębiorca\tŁódź\tPolska\tpodpis wycofany – nie publikować\n"
        "4\tSchmidt, Katrin\tosoba\tBetriebsrätin\tZittau\tNiemcy\t\n"
    )
    assert list(read) == ["Łódzkie Porozumienie Sąsiadów", "Anna Kowalska", "Katrin Schmidt"]
    assert read["Łódzkie Porozumienie Sąsiadów"].kind == "organization"
    assert read["Katrin Schmidt"].kind == "individual"
    assert read["Katrin Schmidt"].countries == ["DE"]


def test_members_affiliated_to_an_acronym_then_more_signers_in_a_sentence():
    read = by_name(
        "Nota de solidariedade\n\n" + BODY + "Confira quem assina a nota:\n\n"
        "• Sindicato dos Mineiros do Norte – Brasil\n"
        "• Federação Internacional dos Mineiros (FIM)\n\n"
        "Entidades filiadas à FIM:\n"
        "• Zambia Miners' Union (ZMU) – Zâmbia\n"
        "• Sindicato Minero de Oruro – Bolívia\n\n"
        "Também assinam a Frente de Mulheres Mineiras e o Coletivo Carvão sem Fome, de "
        "Maputo.\n\n"
        "Procurada pela reportagem, a Mineradora Vale Norte não respondeu até a publicação "
        "desta matéria. O porta-voz do governo provincial, Armando Lopes, disse que a "
        "situação está sob controle e que a polícia só agiu para garantir a circulação.\n"
    )
    federation = "Federação Internacional dos Mineiros"
    assert list(read) == [
        "Sindicato dos Mineiros do Norte",
        federation,
        "Zambia Miners' Union",
        "Sindicato Minero de Oruro",
        "Frente de Mulheres Mineiras",
        "Coletivo Carvão sem Fome",
    ]
    assert read["Zambia Miners' Union"].parent == federation
    assert read["Coletivo Carvão sem Fome"].parent is None


def test_a_network_named_before_a_dash_heads_its_member_organisations():
    read = by_name(
        "Κοινή διακήρυξη\n\n" + BODY + "Υπογράφουν:\n\n"
        "• Εργατική Πρωτοβουλία Πειραιά\n\n"
        "Δίκτυο Λιμανιών της Μεσογείου (Mediterranean Ports Network) – οργανώσεις-μέλη:\n"
        "• Collettivo Portuali Livorno (Ιταλία)\n"
        "• Coordinadora de Estibadores de Valencia (Ισπανία)\n\n"
        "Επίσης υπογράφουν:\n"
        "• Φοιτητικό Σχήμα «Αντεπίθεση»\n"
        "• Ομάδα Εργατικής Υγείας «Κράνος»\n"
    )
    network = "Δίκτυο Λιμανιών της Μεσογείου"
    assert read["Collettivo Portuali Livorno"].parent == network
    assert read["Coordinadora de Estibadores de Valencia"].countries == ["ES"]
    assert read["Φοιτητικό Σχήμα «Αντεπίθεση»"].parent is None
    assert read["Ομάδα Εργατικής Υγείας «Κράνος»"].kind == "organization"


def test_a_post_heading_a_run_of_groups_and_an_event_announced_below():
    read = by_name(
        "Kiezbündnis Nord\n\n"
        "Wir, Nachbar*innen, Initiativen und Läden aus dem Kiez, sagen den streikenden "
        "Fahrer*innen: Ihr seid nicht allein! Wir fordern die Rücknahme der Kündigungen.\n\n"
        "Unterzeichnet haben bisher:\n"
        "Mieterinitiative Sprengel, Nachbarschaftscafé Linde e.V., Kiezküche Nord, "
        "Fahrradwerkstatt Rollwerk\n\n"
        "Solikundgebung: Samstag, 14 Uhr, vor dem Lager Seestraße!\n"
    )
    assert list(read) == [
        "Mieterinitiative Sprengel",
        "Nachbarschaftscafé Linde e.V.",
        "Kiezküche Nord",
        "Fahrradwerkstatt Rollwerk",
    ]


def test_an_acronym_of_the_names_initials_is_no_countrys_code():
    entry = parse_entry("Movimiento Sur Rebelde – MSR", 0)
    assert entry is not None
    assert (entry.name, entry.alt_names, entry.countries) == (
        "Movimiento Sur Rebelde",
        ["MSR"],
        [],
    )
    entry = parse_entry("Movimiento por la Unidad Socialista (MUS)", 0)
    assert entry is not None
    assert (entry.alt_names, entry.countries) == (["MUS"], [])


def test_a_unions_local_by_its_number_is_part_of_its_name():
    entry = parse_entry("Longshore Workers Council, Local 3 (Oakland, USA)", 0)
    assert entry is not None
    assert (entry.name, entry.countries) == ("Longshore Workers Council, Local 3", ["US"])
    entry = parse_entry("Harbor Workers United – Local 7 Oakland", 0)
    assert entry is not None
    assert entry.name == "Harbor Workers United – Local 7 Oakland"


def test_a_dutch_union_named_with_bond_has_its_branch_after_a_dash():
    entry = parse_entry("Belgische Havenbond – Dokwerkers (BHB-D)", 0)
    assert entry is not None
    assert entry.name == "Belgische Havenbond – Dokwerkers"
    assert entry.kind == "organization"


def test_workers_after_and_go_on_the_union_before():
    one = "Sindicato dos Estivadores e Trabalhadores Portuários de Aveiro"
    assert several_organisations(Span(one, 0, len(one))) is None
    two = "Sindicato dos Estivadores e Workers Party of Aveiro"
    found = several_organisations(Span(two, 0, len(two)))
    assert found is not None
    names_read = [entry.name for entry in found]
    assert names_read == ["Sindicato dos Estivadores", "Workers Party of Aveiro"]


def test_a_confederation_and_its_affiliated_unions_in_turkish():
    read = by_name(
        "Ortak açıklama\n\n" + BODY + "İmzacılar:\n\n"
        "Bağımsız Emekçiler Konfederasyonu (BEK) ve bağlı sendikaları:\n"
        "- Tekstil İşçileri Sendikası (Tekstil-Bir)\n"
        "- Liman İşçileri Sendikası (Liman-Bir)\n"
    )
    confederation = "Bağımsız Emekçiler Konfederasyonu"
    assert read["Tekstil İşçileri Sendikası"].parent == confederation
    assert read["Liman İşçileri Sendikası"].parent == confederation


def test_an_italian_article_after_a_preposition_joins_no_two_names():
    text = "Associazione Giuristi per i Diritti dei Migranti, Circolo Arcobaleno e Terra Libera"
    items = [item.span.text for item in split_items(Span(text, 0, len(text)))]
    assert items == [
        "Associazione Giuristi per i Diritti dei Migranti",
        "Circolo Arcobaleno",
        "Terra Libera",
    ]


def test_a_petitions_counted_updates_and_a_sister_with_her_congregation():
    read = by_name(
        "Petizione: contratti per i braccianti\n\n"
        "Chiediamo alla Prefettura l'applicazione del contratto provinciale agricolo a tutti "
        "i lavoratori stagionali e trasporti pubblici gratuiti verso i campi.\n\n"
        "Primi firmatari:\n"
        "- Sr. Agnese Kaboré, Suore Missionarie del Gargano, Foggia\n"
        "- Marco Santi, giornalista\n"
        "- Circolo Arcobaleno Capitanata\n\n"
        "Aggiornamenti (2)\n"
        "17 ottobre 2025 – La petizione ha superato le 10.000 firme!\n"
    )
    assert list(read) == ["Agnese Kaboré", "Marco Santi", "Circolo Arcobaleno Capitanata"]
    assert read["Agnese Kaboré"].kind == "individual"


def test_numbered_names_in_sentence_case_are_entries():
    read = by_name(
        "Спільна заява\n\n" + BODY + "Міжнародні партнери:\n"
        "7. Gewerkschaft Pflege Nord – GPG (Німеччина / Germany)\n"
        "8. Lietuvos slaugytojų profesinė sąjunga (Литва / Lithuania)\n"
        "9. Європейська мережа медичних профспілок (European Network of Health Unions)\n"
        "10. Sjuksköterskornas Fackförbund Väst (Швеція / Sweden)\n"
    )
    assert "Lietuvos slaugytojų profesinė sąjunga" in read
    assert read["Lietuvos slaugytojų profesinė sąjunga"].countries == ["LT"]
    assert "Європейська мережа медичних профспілок" in read


def test_a_table_with_a_place_column_and_a_romanised_names_column():
    read = by_name(
        "アピール賛同者一覧\n\n"
        "私たちは、ミャンマーの芸術家たちへの弾圧に抗議し、拘束されているすべての表現者の即時釈放を"
        "求めます。表現の自由は国境を越えて守られるべき権利です。\n\n"
        "氏名\tローマ字表記\t所属・肩書\n"
        "青木 真理子\tAOKI Mariko\t東都大学教授\n"
        "石川 健\tISHIKAWA Ken\t美術家\n"
        "上田 さやか\tUEDA Sayaka\t映画監督\n"
    )
    assert list(read) == ["青木 真理子", "石川 健", "上田 さやか"]
    assert read["石川 健"].alt_names == ["ISHIKAWA Ken"]
    read = by_name(
        "Carta abierta\n\n" + BODY + "No.\tNombre\tCargo\tInstitución\tEstado / país\n"
        "1\tItzel Cano\tInvestigadora\tInstituto del Sur\tOaxaca\n"
        "2\tAndrés Molina\tProfesor\tUniversidad del Altiplano\tGuatemala\n"
    )
    assert read["Andrés Molina"].countries == ["GT"]
    assert read["Itzel Cano"].countries == []


# The round on holdout51: signers named in prose.


def test_an_arabic_run_set_apart_by_arabic_semicolons_with_posts():
    read = by_name(
        "بيان مشترك: لا لتقييد العمل المدني\n\n"
        "تعبّر الجمعيات والمنظمات والشخصيات الموقّعة أدناه عن رفضها القاطع لمشروع القانون "
        "المتعلّق بتنظيم الجمعيات لما يتضمّنه من قيود على حرية التأسيس والتمويل والنشاط.\n\n"
        "الموقّعون والموقّعات:\n"
        "جمعية نساء الواحات من أجل المساواة؛ الشبكة الوطنية للحقوق البيئية؛ الشبكة الوطنية "
        "للحقوق البيئية – فرع صفاقس؛ الدكتور منير بن سالم، أستاذ القانون العام بجامعة الوسط؛ "
        "جمعية ذاكرة وحقوق؛ الأستاذة سلمى الحمدي، محامية.\n"
    )
    network = "الشبكة الوطنية للحقوق البيئية"
    assert list(read) == [
        "جمعية نساء الواحات من أجل المساواة",
        network,
        "الشبكة الوطنية للحقوق البيئية – فرع صفاقس",
        "منير بن سالم",
        "جمعية ذاكرة وحقوق",
        "سلمى الحمدي",
    ]
    assert read["الشبكة الوطنية للحقوق البيئية – فرع صفاقس"].parent == network
    assert read["منير بن سالم"].kind == "individual"


def test_a_thread_naming_its_cosigners_with_their_accounts():
    read = by_name(
        "Offener Brief\n\n"
        "Heute haben wir unseren offenen Brief an die Landesregierung übergeben. Sieben "
        "Organisationen haben ihn mitgezeichnet – danke an alle, die ihn mitgetragen haben!\n\n"
        "Gezeichnet haben neben uns: Fahrgastbeirat Nord (@fahrgastbeirat@social.example), "
        "VERKEHRSCLUB WEST (@vcw@social.example) und der Verein Lebenswertes Lend.\n"
    )
    assert list(read) == ["Fahrgastbeirat Nord", "VERKEHRSCLUB WEST", "Verein Lebenswertes Lend"]
    assert read["Fahrgastbeirat Nord"].alt_names == ["@fahrgastbeirat@social.example"]


def test_a_japanese_news_report_enumerating_its_signatories():
    read = by_name(
        "干潟の埋め立て中止求め共同声明\n\n"
        "　干潟の一部を埋め立てる計画を巡り、地元の漁業協同組合や研究者らが18日、計画の中止を求める"
        "共同声明を発表した。声明は県知事宛てで、同日、県庁に提出された。\n\n"
        "　呼びかけ人には、東海大学の佐藤花子教授（沿岸生態学）、弁護士の高橋一郎氏、"
        "野鳥観察会代表の鈴木健太氏が名を連ねた。\n\n"
        "　賛同団体には、汐見漁業協同組合、汐見浜を守る市民の会、汐見第二小学校PTAが加わった。"
        "海外からも、韓国の「干潟市民調査団」と台湾の「湿地守護聯盟」が賛同を寄せた。\n"
    )
    assert list(read) == [
        "佐藤花子",
        "高橋一郎",
        "鈴木健太",
        "汐見漁業協同組合",
        "汐見浜を守る市民の会",
        "汐見第二小学校PTA",
        "干潟市民調査団",
        "湿地守護聯盟",
    ]
    assert read["高橋一郎"].kind == "individual"
    assert read["高橋一郎"].affiliation == "弁護士"
    assert read["干潟市民調査団"].countries == ["KR"]
    assert read["湿地守護聯盟"].countries == ["TW"]


def test_korean_names_set_apart_by_bare_dots_after_a_region_label():
    read = by_name(
        "[보도자료] 플랫폼 노동자 산재보험 공동성명\n\n"
        "1. 산재보험법상 요건이 바뀐 뒤에도 여러 플랫폼을 오가며 일하는 노동자 상당수가 여전히 "
        "보험 적용을 받지 못하고 있습니다. 이에 노동자 단체들이 오늘 공동성명을 발표했습니다.\n\n"
        "2. 공동성명에 참여한 단체는 다음과 같습니다.\n\n"
        "[전국] 한국돌봄노동자협회·배달노동자연합 '라이더의 목소리'·택배·물류노동자모임 '상자'\n"
        "[서울] 관악 대리기사 친목회·필리핀 조선·금속노동자연맹\n"
    )
    assert list(read)[:3] == [
        "한국돌봄노동자협회",
        "배달노동자연합 '라이더의 목소리'",
        "택배·물류노동자모임 '상자'",
    ]
    assert "필리핀 조선·금속노동자연맹" in read


def test_a_lists_items_in_a_sentence_lose_their_article():
    entry = parse_entry("la Maison de Quartier Les Étangs", 0)
    assert entry is not None
    assert entry.name == "Maison de Quartier Les Étangs"
    entry = parse_entry("La Poste Solidaire", 0)
    assert entry is not None
    assert entry.name == "La Poste Solidaire"


def test_greek_minutes_set_names_apart_by_the_raised_dot():
    read = by_name(
        "Πρακτικό συνεδρίασης\n\n"
        "Μετά από συζήτηση, η κοινή δήλωση για την προστασία των μελισσών εγκρίνεται ομόφωνα "
        "από τα μέλη του δικτύου που παρευρέθηκαν στη συνεδρίαση.\n\n"
        "Προσυπογράφουν τα ακόλουθα μέλη:\n"
        "Από την Ελλάδα: Μελισσοκομικός Σύλλογος Χαλκιδικής «Η Βασίλισσα»· Αγροτικός "
        "Συνεταιρισμός Κρήτης· Ένωση Νέων Μελισσοκόμων Θεσσαλίας.\n"
    )
    assert list(read) == [
        "Μελισσοκομικός Σύλλογος Χαλκιδικής «Η Βασίλισσα»",
        "Αγροτικός Συνεταιρισμός Κρήτης",
        "Ένωση Νέων Μελισσοκόμων Θεσσαλίας",
    ]
    assert {tuple(endorser.countries) for endorser in read.values()} == {("GR",)}


def test_signers_printed_side_by_side_with_their_posts_under_them():
    read = by_name(
        "Appello per la sanità territoriale\n\n"
        "Chiediamo alla Regione di finanziare le Case della Comunità e di assumere il personale "
        "necessario perché la sanità territoriale non resti sulla carta.\n\n"
        "PRIME FIRMATARIE E PRIMI FIRMATARI\n\n"
        "Prof.ssa Lucia Ferrante                             Dott. Marco Bellandi\n"
        "ordinaria di Igiene e Sanità pubblica,              medico di medicina generale,\n"
        "Università di Valcerrano                            Casole d'Elsa (SI)\n"
        "\n"
        "Dott.ssa Chiara Moretti                             Giuseppe Lo Bianco\n"
        "direttrice del Distretto sanitario                  presidente, Cittadinanza Attiva\n"
        "\n"
        "Dott. Tomás Gutiérrez                               Elisa Romano\n"
        "(Spagna)                                            infermiera di famiglia\n"
    )
    assert set(read) == {
        "Lucia Ferrante",
        "Marco Bellandi",
        "Chiara Moretti",
        "Giuseppe Lo Bianco",
        "Tomás Gutiérrez",
        "Elisa Romano",
    }
    assert read["Lucia Ferrante"].affiliation == (
        "ordinaria di Igiene e Sanità pubblica, Università di Valcerrano"
    )
    assert read["Tomás Gutiérrez"].countries == ["ES"]
    assert read["Elisa Romano"].countries == []


def test_a_word_broken_at_a_columns_edge_goes_on_below_it():
    rows = [
        ("Albrecht, Sabine – Betriebsrätin,", "Nowak, Piotr – Pflegefachkraft,"),
        ("Klinikum Bremen-Mitte", "Klinik am Südpark Berlin"),
        ("", ""),
        ("Keller, Jonas – Personalrat", "Özdemir, Leyla – Jugend- und Azubi-"),
        ("Krankenhaus Kiel", "vertretung, Klinikum Dortmund-West"),
    ]
    printed = "".join(f"{left:<52}{right}".rstrip() + "\n" for left, right in rows)
    read = by_name(
        "Offener Brief der Beschäftigten\n\n"
        "Wir fordern eine bessere Bezahlung und mehr Personal in allen Kliniken des Landes, "
        "damit die Versorgung der Patientinnen und Patienten gesichert bleibt.\n\n"
        "Unterzeichnende:\n\n" + printed
    )
    assert {"Sabine Albrecht", "Piotr Nowak", "Jonas Keller", "Leyla Özdemir"} <= set(read)
    assert not any(name.startswith("vertretung") for name in read)
    assert "Jugend- und Azubivertretung" in (read["Leyla Özdemir"].affiliation or "")
