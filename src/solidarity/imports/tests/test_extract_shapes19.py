"""List shapes from the rounds of the fifth session of 2026-11-24: telling groups from
people, printed tables, lists in more scripts. Every example is invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.givennames import (
    holds_personal_name,
    is_given_name,
    opens_with_given_name,
)
from solidarity.imports.extract.headings import kind_under, pure_heading
from solidarity.imports.tests.shapes import BODY, names


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_statement(text).endorsers}


def test_given_names_are_known_in_any_script_case_and_accent():
    assert is_given_name("Lupita") and is_given_name("ΝΙΚΟΣ") and is_given_name("Ігор")
    # Places and particles carry no person, whatever the name lists hold.
    assert not is_given_name("France") and not is_given_name("Van")
    assert holds_personal_name("Ana Kowalczyk") and not holds_personal_name("Wspólna Łąka")
    assert opens_with_given_name("Griet Van Acker")
    assert not opens_with_given_name("Terra e Teto Cabo Verde")


def test_a_person_between_groups_stays_a_person_when_her_name_opens_with_a_given_name():
    text = (
        "Save the riverside\n\n" + BODY + "Signed:\n\n"
        "Riverside Tenants Association\n"
        "Harbour Workers Union\n"
        "Lupita Carrasco\n"
        "Coastal Fishers Cooperative\n"
        "Green Valley Collective\n"
    )
    assert kinds(text)["Lupita Carrasco"] == "individual"


def test_two_words_that_name_nobody_among_groups_are_a_group():
    text = (
        "Ratujmy łąki\n\n" + BODY + "Podpisali:\n\n"
        "Stowarzyszenie Mieszkańców Podgórza\n"
        "Wspólna Łąka\n"
        "Jan Kowalski, nauczyciel\n"
        "Fundacja Zielony Kraków\n"
        "Klub Sportowy Wisełka\n"
        "Spółdzielnia Mieszkaniowa Prokocim\n"
        "Kooperatywa Spożywcza Dobre Pole\n"
    )
    result = kinds(text)
    assert result["Wspólna Łąka"] == "organization"
    assert result["Jan Kowalski"] == "individual"


def test_signing_words_of_more_languages_open_a_list_whose_names_look_like_little():
    swedish = (
        "Rädda folkets hus\n\n" + BODY + "Undertecknare:\n\n"
        "Norrbygdens kulturförening\n"
        "Älvdalens folkhögskola\n"
        "Karin Lindström, bibliotekarie\n"
    )
    dutch = (
        "Red de bibliotheek\n\n" + BODY + "Ondertekenaars:\n\n"
        "Buurtwerk De Linde\n"
        "Wijkraad van het oude centrum\n"
        "Pieter de Vries, leraar\n"
    )
    assert names(swedish) == [
        "Norrbygdens kulturförening",
        "Älvdalens folkhögskola",
        "Karin Lindström",
    ]
    assert names(dutch) == [
        "Buurtwerk De Linde",
        "Wijkraad van het oude centrum",
        "Pieter de Vries",
    ]


def test_a_kind_word_and_words_in_lower_case_head_the_people_below():
    text = (
        "Hamnarna ska vara öppna\n\n" + BODY + "Undertecknare\n\n"
        "Sverige\n"
        "Hamnklubben Väst\n"
        "Stuveriarbetarföreningen Norr\n\n"
        "Färöarna\n"
        "Havnarfelag Tórshavnar\n\n"
        "Personer i eget namn\n"
        "Lindgren, Maria, docent i arbetsrätt, Göteborg\n"
        "Holm, Erik, sjömanspräst, Hisingen\n"
    )
    endorsers = extract_statement(text).endorsers
    people = [(e.name, e.kind, e.countries) for e in endorsers if e.kind == "individual"]
    assert "Personer i eget namn" not in [e.name for e in endorsers]
    assert people == [("Maria Lindgren", "individual", []), ("Erik Holm", "individual", [])]


def test_polish_titles_and_a_double_surname_in_capitals():
    text = (
        "Apel w sprawie drzew\n\n" + BODY + "Podpisy:\n\n"
        "prof. dr hab. KOWALCZYK Barbara\n"
        "dendrolog, Uniwersytet Rolniczy\n"
        "dr NOWAK-LEWANDOWSKA Ewa\n"
        "architektka krajobrazu\n"
        "MAZUR Piotr\n"
        "mieszkaniec ul. Lipowej 17\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.affiliation) for e in endorsers] == [
        ("Barbara Kowalczyk", "individual", "dendrolog, Uniwersytet Rolniczy"),
        ("Ewa Nowak-Lewandowska", "individual", "architektka krajobrazu"),
        ("Piotr Mazur", "individual", "mieszkaniec ul. Lipowej 17"),
    ]
    priest = "Apel\n\n" + BODY + "Podpisali:\n\nks. Tadeusz Pawlak\nAnna Zych\n"
    assert names(priest) == ["Tadeusz Pawlak", "Anna Zych"]


def test_two_cells_a_row_under_a_heading_of_their_own_beside_columns():
    text = (
        "Ratujmy rzeki\n\n" + BODY + "Sygnatariusze:\n\n"
        "Organizacje członkowskie:\n"
        "Stowarzyszenie Przyjaciół Bugu (Włodawa)      Fundacja Dzika Rzeka (Kraków)\n"
        "Klub Kajakowy Wiosło (Gorzów)                Inicjatywa Wolna Narew (Łomża)\n"
        "Koło Wędkarzy Brzana (Nowy Sącz)             Towarzystwo Doliny Pilicy (Radom)\n"
        "Organizacje partnerskie z zagranicy:\n"
        "Spolek pro řeku Moravu (Czechy)              Flussbündnis Spreewald (Niemcy)\n"
    )
    found = names(text)
    assert found[-2:] == ["Spolek pro řeku Moravu", "Flussbündnis Spreewald"]
    assert len(found) == 8


def test_a_semicolon_run_of_groups_and_people_written_surname_first():
    text = (
        "Salviamo il mulino\n\n" + BODY + "Hanno firmato l'appello: Comitato Mulino Vivo; "
        "Ferrandi, Giovanna (insegnante in pensione); Corale Santa Cecilia; Bonfanti, "
        "Carlo, consigliere comunale; Cattaneo Ripamonti, Elisabetta (architetta); "
        "Circolo Arci La Fornace.\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.affiliation) for e in endorsers] == [
        ("Comitato Mulino Vivo", None),
        ("Giovanna Ferrandi", "insegnante in pensione"),
        ("Corale Santa Cecilia", None),
        ("Carlo Bonfanti", "consigliere comunale"),
        ("Elisabetta Cattaneo Ripamonti", "architetta"),
        ("Circolo Arci La Fornace", None),
    ]


def test_a_social_post_in_polish_ends_its_list_at_the_counts_and_buttons():
    text = (
        "Ratujmy park\n12 września 2024\n\n" + BODY + "List podpisali:\n\n"
        "1. Stowarzyszenie Zielony Park\n"
        "2. Anna Nowak, radna dzielnicy\n"
        "3. Fundacja Ptasi Azyl\n\n"
        "👍 486 · 97 komentarzy · 212 udostępnień\n\n"
        "Lubię to!   Komentarz   Udostępnij\n\n"
        "Paweł Kowal\n"
        "Podpisuję się obiema rękami!\n"
    )
    assert names(text) == ["Stowarzyszenie Zielony Park", "Anna Nowak", "Fundacja Ptasi Azyl"]


def test_two_people_with_names_of_their_own_on_one_line_are_two_endorsers():
    text = (
        "Rädda huset\n\n" + BODY + "Undertecknare:\n\n"
        "Kulturföreningen Norrsken\n"
        "Lina Andersson & Jonas Berglund, Kalix\n"
        "Karin och Per Lind\n"
    )
    assert names(text) == [
        "Kulturföreningen Norrsken",
        "Lina Andersson",
        "Jonas Berglund",
        "Karin och Per Lind",
    ]


def test_a_japanese_list_of_few_words_a_line_goes_on_to_its_end():
    text = (
        "干潟を守る共同声明\n\n" + BODY + "賛同者(順不同・敬称略)\n"
        "川辺を守る会\n"
        "山田 太郎(弁護士)\n"
        "Green Ribbon Osaka\n"
        "Tanaka Hiroshi (photographer)\n"
        "みどりの手\n"
        "高橋 由紀子\n"
        "干潟ネット東海\n"
        "ケン(ミュージシャン)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.affiliation) for e in endorsers][-4:] == [
        ("みどりの手", "organization", None),
        ("高橋 由紀子", "individual", None),
        ("干潟ネット東海", "organization", None),
        ("ケン", "individual", "ミュージシャン"),
    ]
    assert endorsers[1].kind == "individual" and endorsers[1].affiliation == "弁護士"


def test_an_artist_known_by_one_name_and_a_post_is_a_person():
    text = (
        "Save the river\n\n" + BODY + "Signed:\n\n"
        "River Alliance\n"
        "Nyota, musician\n"
        "Wairimu Kamau, teacher\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.affiliation) for e in endorsers][1] == (
        "Nyota",
        "individual",
        "musician",
    )


ITALIAN_TABLE = """Appello per le biblioteche

Chiediamo alla Regione di garantire almeno una biblioteca pubblica ogni 15.000 abitanti.

Prime firme

N.   Firmatario / Ente                            Qualifica                        Comune (Prov.)
1    Rete delle Biblioteche di Quartiere                                           Bologna (BO)
2    Giulia Ferrandi                              bibliotecaria                    Bergamo (BG)
3    Rosalia Vitrano                              assessora alla Cultura, Comune   Bagheria (PA)
                                                  di Bagheria
4    Efisio Melis                                                                  Cagliari (CA)

                                   — 1 —
Appello per le biblioteche

5    Nicola D'Addario                             insegnante                       Bari (BA)
6    Circolo Culturale Il Faro                                                     Napoli (NA)

Per aderire: appello@biblioteche.example
"""


def test_a_printed_table_keeps_its_empty_cells_wrapped_cells_and_page_breaks():
    endorsers = extract_statement(ITALIAN_TABLE).endorsers
    assert [(e.name, e.kind, e.affiliation) for e in endorsers] == [
        ("Rete delle Biblioteche di Quartiere", "organization", None),
        ("Giulia Ferrandi", "individual", "bibliotecaria"),
        ("Rosalia Vitrano", "individual", "assessora alla Cultura, Comune di Bagheria"),
        ("Efisio Melis", "individual", None),
        ("Nicola D'Addario", "individual", "insegnante"),
        ("Circolo Culturale Il Faro", "organization", None),
    ]


def test_a_japanese_printed_table_is_read_by_the_width_of_its_characters():
    text = (
        "共同声明「地域交通の維持を」\n\n" + BODY + "【賛同団体】\n\n"
        "No.   団体名                                  所在地\n"
        "1     地域の足を守る全国ネットワーク          東京都千代田区\n"
        "2     北海道ローカル線を残す会                北海道旭川市\n"
        "3     Tohoku Cycling Network                  宮城県仙台市\n\n"
        "【賛同個人】\n"
        "山田 千春(交通ジャーナリスト)\n"
        "鈴木 正道(元運転士)\n"
        "中村 あかね\n"
        "佐々木 健太郎\n\n"
        "連絡先:地域の足を守る全国ネットワーク事務局(担当:佐藤 健一)\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind) for e in endorsers] == [
        ("地域の足を守る全国ネットワーク", "organization"),
        ("北海道ローカル線を残す会", "organization"),
        ("Tohoku Cycling Network", "organization"),
        ("山田 千春", "individual"),
        ("鈴木 正道", "individual"),
        ("中村 あかね", "individual"),
        ("佐々木 健太郎", "individual"),
    ]


def test_supporting_organisations_head_the_organisations_below_a_table_of_people():
    text = (
        "Offener Brief\n\n" + BODY + "Erstunterzeichnende Personen\n\n"
        "Name                 Titel          Institution\n"
        "Aigner, Maria        Dr.in          Institut für Bodenökologie, Innsbruck\n"
        "Berger, Stefan       DI             Zentrum für Raumplanung, Leoben\n\n"
        "Unterstützende Organisationen\n\n"
        "Bodenbündnis Mühlviertel\n"
        "Naturschutzjugend Steiermark\n"
    )
    kinds_found = kinds(text)
    assert "Unterstützende Organisationen" not in kinds_found
    assert kinds_found["Bodenbündnis Mühlviertel"] == "organization"
    assert kinds_found["Naturschutzjugend Steiermark"] == "organization"


def test_organisation_words_of_more_languages_and_japanese_endings():
    text = (
        "Joint statement\n\n" + BODY + "Signed:\n\n"
        "Kyrkokören Ljusglimt\n"
        "Parafia św. Anny w Kłodzku\n"
        "Asociația Munții Verzi\n"
        "Kikundi cha Vijana Mathare\n"
        "Samahan ng mga Mangingisda\n"
        "गुलाब महिला मंडल\n"
        "川辺を守る会\n"
        "Ana Kovač\n"
    )
    found = kinds(text)
    assert [kind for name, kind in found.items() if name != "Ana Kovač"] == ["organization"] * 7
    assert found["Ana Kovač"] == "individual"


def test_towns_after_commas_in_devanagari_leave_the_names():
    text = (
        "संयुक्त बयान\n\n" + BODY + "हस्ताक्षर करने वाले:\n\n"
        "१. जन चेतना मंच, झालावाड़\n"
        "२. कबीर भजन मंडली, असनावर\n"
        "३. किसान सहकारी समिति, खानपुर\n"
        "४. अंकुर पाठशाला\n"
        "५. गुलाब बाई महिला मंडल\n"
        "६. युवा संगम, पिड़ावा\n"
        "७. नारी शक्ति स्वयं सहायता समूह\n"
        "८. पर्वत बचाओ समिति\n"
    )
    assert names(text)[:3] == ["जन चेतना मंच", "कबीर भजन मंडली", "किसान सहकारी समिति"]


def test_a_polish_spreadsheet_of_people_then_of_institutions():
    text = (
        "List otwarty\n\n" + BODY + "Lp.\tTytuł / stopień\tImię i nazwisko\tAfiliacja\tKraj\n"
        "1\tprof. dr hab.\tMałgorzata Kołodziej\tUniwersytet Nadbużański\tPolska\n"
        "2\tdr\tOlena Marchuk\tInstytut Mokradeł\tUkraina\n\n"
        "Instytucje popierające\n\n"
        "Lp.\tNazwa\tMiejscowość\tKraj\n"
        "1\tKlub Przyrodników Polesia\tUrszulin\tPolska\n"
        "2\tMoorschutzverein Oberspree e.V.\tLübben\tNiemcy\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.countries) for e in endorsers] == [
        ("Małgorzata Kołodziej", "individual", ["PL"]),
        ("Olena Marchuk", "individual", ["UA"]),
        ("Klub Przyrodników Polesia", "organization", ["PL"]),
        ("Moorschutzverein Oberspree e.V.", "organization", ["DE"]),
    ]


def test_a_list_numbered_in_chinese_with_countries_before_colons():
    text = (
        "聯合聲明\n\n" + BODY + "連署團體:\n\n"
        "一、發起單位\n"
        "台灣海洋行動聯盟\n"
        "二、國際夥伴\n"
        "(一)日本:海ごみゼロ・ネット九州\n"
        "(二)菲律賓:Pantay Dagat Alliance\n"
        "第 1 頁, 共 2 頁\n"
        "三、台灣民間團體\n"
        "(一)澎湖海洋保育協會\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.countries) for e in endorsers] == [
        ("台灣海洋行動聯盟", []),
        ("海ごみゼロ・ネット九州", ["JP"]),
        ("Pantay Dagat Alliance", ["PH"]),
        ("澎湖海洋保育協會", ["TW"]),
    ]


def test_a_known_town_after_a_comma_leaves_a_groups_name_however_few_give_one():
    text = (
        "Rädda huset\n\n" + BODY + "Undertecknare:\n\n"
        "Kvinnokören Stämma, Luleå\n"
        "Hyresgästföreningen Norrbotten\n"
        "Anna Lind, lärare\n"
        "Teatergruppen Myrten\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind) for e in endorsers] == [
        ("Kvinnokören Stämma", "organization"),
        ("Hyresgästföreningen Norrbotten", "organization"),
        ("Anna Lind", "individual"),
        ("Teatergruppen Myrten", "organization"),
    ]


def test_sub_items_lettered_in_cyrillic_are_the_members_of_the_item_above():
    text = (
        "Звернення\n\n" + BODY + "Підписали:\n\n"
        "1. Конфедерація профспілок енергетиків (КПЕ)\n"
        "   а) Львівська обласна організація КПЕ\n"
        "   б) Молодіжна рада КПЕ\n"
        "2. Громадська організація «Жінки в енергетиці»\n"
    )
    assert names(text) == [
        "Конфедерація профспілок енергетиків",
        "Львівська обласна організація КПЕ",
        "Молодіжна рада КПЕ",
        "Громадська організація «Жінки в енергетиці»",
    ]


def test_catalan_lists_headed_by_kind_with_surnames_joined_by_i():
    text = (
        "Manifest per l'escola rural\n\n" + BODY + "Cabrils, 23 d'abril de 2024\n\n"
        "Entitats\n\n"
        "Plataforma per l'Escola Rural\n"
        "Ateneu Popular de la Vall\n\n"
        "Adhesions a títol individual\n\n"
        "Soler i Bayona, Jaume — alcalde de Sales de Llierca\n"
        "Dalmau i Serrat, Teresa — directora de l'escola\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind) for e in endorsers] == [
        ("Plataforma per l'Escola Rural", "organization"),
        ("Ateneu Popular de la Vall", "organization"),
        ("Jaume Soler i Bayona", "individual"),
        ("Teresa Dalmau i Serrat", "individual"),
    ]


def test_japanese_and_others_lines_and_a_further_organisations_heading():
    japanese = (
        "共同声明\n\n" + BODY + "賛同団体:\n\n"
        "非正規公務員ネットワーク\n"
        "自治体で働く女性の会\n"
        "ほか23団体\n\n"
        "お問い合わせ先:非正規公務員ネットワーク 事務局\n"
    )
    assert names(japanese) == ["非正規公務員ネットワーク", "自治体で働く女性の会"]
    assert pure_heading("Weitere Organisationen und Initiativen")
    assert kind_under("Weitere Organisationen und Initiativen") == "organization"


def test_unterzeichnende_organisationen_heads_a_list_and_is_no_call_to_sign():
    text = (
        "Gemeinsame Erklärung\n\n" + BODY + "Unterzeichnende Organisationen\n\n"
        "Mieterverein Nordstadt\n"
        "Bündnis Wohnen für alle\n\n"
        "Weitere Organisationen und Initiativen\n\n"
        "Arbeitskreis Stadtforschung\n\n"
        "Jetzt unterzeichnen!\n"
    )
    assert names(text) == [
        "Mieterverein Nordstadt",
        "Bündnis Wohnen für alle",
        "Arbeitskreis Stadtforschung",
    ]
