"""List shapes from the round on holdout50 (2026-11-24, eighth session): country headings
in two scripts without a slash, a Korean list counted in total above it, Japanese PDFs
with full-width brackets and a header repeated under each page number, foreign names in
katakana. Every example is invented for this file."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.countries import countries_in_name, country_list, demonym_code
from solidarity.imports.extract.entries import parse_entry
from solidarity.imports.extract.lines import heading_countries
from solidarity.imports.extract.names import has_person_shape, is_plausible_name
from solidarity.imports.tests.shapes import BODY, by_name

KOREAN_BODY = (
    "세계 노동자의 날을 맞아 아시아 각국의 노동·시민사회단체들은 이주노동자의 권리를 보장하고 "
    "강제 출국을 중단할 것을 정부에 요구하며 아래와 같이 공동성명을 발표한다.\n\n"
)
JAPANESE_BODY = (
    "私たちは、港湾と倉庫で働く移住労働者の権利を守るため、各国の労働組合と市民団体とともに、"
    "以下のとおり声明します。\n\n"
)


def test_a_country_heading_in_two_scripts_without_a_slash():
    assert heading_countries("일본 Japan") == ["JP"]
    assert heading_countries("중국·홍콩 China / Hong Kong") == ["CN", "HK"]
    assert heading_countries("[한국 / Korea]") == ["KR"]
    # An entry with its country in another script is no heading.
    assert heading_countries("- IG Metall (독일)") is None
    assert heading_countries("· Mekong Workers Voice – 캄보디아") is None
    assert heading_countries("• ISUPE Italia, Ιταλία") is None


def test_a_korean_list_counted_in_total_then_a_comma_run_and_bilingual_headings():
    read = by_name(
        "[공동성명] 이주노동자 강제 출국 중단을 촉구한다\n\n"
        + KOREAN_BODY
        + "총 9개 단체 공동 서명\n\n"
        "■ 국내 단체 (3개, 가나다순)\n"
        "부두노동자모임, 이주노동자평등연대, 항만안전시민회의\n\n"
        "■ 해외 단체 (6개)\n"
        "일본 Japan\n"
        "- 港湾労働者ネットワーク (Port Workers Network, PWN)\n"
        "중국·홍콩 China / Hong Kong\n"
        "- 碼頭工人聯盟 (Dockworkers Alliance)\n"
        "필리핀 Philippines\n"
        "- Samahan ng mga Manggagawa sa Daungan\n"
        "국제 International\n"
        "- Asia Dock Workers Forum (ADWF)\n"
        "- 350 Harbour Collective\n\n"
        "외 12개 단체\n"
    )
    assert list(read) == [
        "부두노동자모임",
        "이주노동자평등연대",
        "항만안전시민회의",
        "港湾労働者ネットワーク",
        "碼頭工人聯盟",
        "Samahan ng mga Manggagawa sa Daungan",
        "Asia Dock Workers Forum",
        "350 Harbour Collective",
    ]
    assert read["港湾労働者ネットワーク"].countries == ["JP"]
    assert read["碼頭工人聯盟"].countries == ["CN", "HK"]
    assert read["Samahan ng mga Manggagawa sa Daungan"].countries == ["PH"]
    assert read["Asia Dock Workers Forum"].countries == []
    assert read["350 Harbour Collective"].countries == []


def test_a_number_opens_an_organisations_name_but_not_a_count_or_a_year():
    assert is_plausible_name("350 Harbour Collective")
    assert not is_plausible_name("240 Organisations")
    assert not is_plausible_name("2025 동아시아 항만노동 포럼 조직위원회")


def test_a_japanese_pdf_with_full_width_brackets_and_a_header_under_each_page_number():
    read = by_name(
        "港湾労働者の権利に関する共同声明（2025年5月1日）\n\n"
        "港湾で働く移住労働者の権利保障を求める共同声明\n\n"
        + JAPANESE_BODY
        + "私たちは、次の事項を求めます。\n"
        "１．本人の意思による転職を制限なく認めること\n"
        "２．仲介業者による手数料の徴収を禁止すること\n\n"
        "以上\n\n"
        "【賛同団体】（国・地域別）\n\n"
        "［日本］\n"
        "・港湾労働者ユニオン東京\n"
        "・外国人労働者相談ネットワーク神戸\n\n"
        "［韓国 Korea］\n"
        "・부두이주노동자연대（埠頭移住労働者連帯 / Dock Migrant Workers Solidarity）\n\n"
        "－ 1 －\n"
        "港湾労働者の権利に関する共同声明（2025年5月1日）\n\n"
        "［フィリピン Philippines］\n"
        "・Kapisanan ng mga Manggagawa sa Pantalan（KMP）\n\n"
        "［国際］\n"
        "・アジア港湾フォーラム（Asia Port Forum, APF）\n\n"
        "【賛同個人】\n"
        "山田 花子（弁護士、港法律事務所）\n"
        "グエン・ヴァン・ミン（在日ベトナム人協会 顧問）\n"
        "朴 成民（パク・ソンミン、在日コリアン労働者協議会）\n\n"
        "－ 2 －\n"
        "港湾労働者の権利に関する共同声明（2025年5月1日）\n"
    )
    assert list(read) == [
        "港湾労働者ユニオン東京",
        "外国人労働者相談ネットワーク神戸",
        "부두이주노동자연대",
        "Kapisanan ng mga Manggagawa sa Pantalan",
        "アジア港湾フォーラム",
        "山田 花子",
        "グエン・ヴァン・ミン",
        "朴 成民",
    ]
    assert read["부두이주노동자연대"].alt_names == [
        "埠頭移住労働者連帯",
        "Dock Migrant Workers Solidarity",
    ]
    assert read["부두이주노동자연대"].countries == ["KR"]
    assert read["Kapisanan ng mga Manggagawa sa Pantalan"].countries == ["PH"]
    assert read["アジア港湾フォーラム"].countries == []
    assert read["グエン・ヴァン・ミン"].kind == "individual"
    assert read["グエン・ヴァン・ミン"].affiliation == "在日ベトナム人協会 顧問"
    assert read["朴 成民"].alt_names == ["パク・ソンミン"]
    assert read["朴 成民"].affiliation == "在日コリアン労働者協議会"


def test_a_foreign_name_in_katakana_is_a_persons_unless_an_organisation_word_ends_it():
    assert has_person_shape("グエン・ヴァン・ミン")
    entry = parse_entry("アムネスティ・インターナショナル", 0)
    assert entry is not None and entry.kind == "organization"


def test_turkish_kinds_of_signatory_a_federation_with_one_member_and_international_solidarity():
    read = by_name(
        "ORTAK AÇIKLAMA: Liman işçilerinin güvenliği pazarlık konusu olamaz!\n\n"
        "Limanlarda iş cinayetleri artıyor; işverenler denetimden kaçıyor ve taşeron zinciri "
        "sorumluluğu belirsizleştiriyor. Bakanlığı denetimleri artırmaya çağırıyoruz.\n\n"
        "İMZACILAR\n\n"
        "Konfederasyonlar ve üye sendikaları\n"
        "LİK – Liman İşçileri Konfederasyonu ve üye sendikaları:\n"
        "  • Rıhtım Emekçileri Sendikası (Rıhtım-Sen)\n"
        "  • Vinç Operatörleri Sendikası\n"
        "KEK – Kamu Emekçileri Konfederasyonu ve üye sendikası:\n"
        "  • Gümrük Emekçileri Sendikası (Gümrük-Sen)\n\n"
        "Uluslararası dayanışma\n"
        "Almanya: Hafen-Solidarität e. V.\n"
        "Güney Kore: 항만노동자연대 (Port Workers' Solidarity)\n"
    )
    assert list(read) == [
        "Liman İşçileri Konfederasyonu",
        "Rıhtım Emekçileri Sendikası",
        "Vinç Operatörleri Sendikası",
        "Kamu Emekçileri Konfederasyonu",
        "Gümrük Emekçileri Sendikası",
        "Hafen-Solidarität e. V.",
        "항만노동자연대",
    ]
    assert read["Gümrük Emekçileri Sendikası"].parent == "Kamu Emekçileri Konfederasyonu"
    assert read["Hafen-Solidarität e. V."].kind == "organization"
    assert read["Hafen-Solidarität e. V."].countries == ["DE"]


def test_inverted_names_with_another_script_after_the_given_name():
    read = by_name(
        "Appello dei traduttori: il nome in copertina\n\n"
        "Chiediamo compensi equi, il nome del traduttore in copertina e contratti che "
        "riconoscano i diritti d'autore su ogni edizione e ristampa dei libri tradotti.\n\n"
        "I primi firmatari, in ordine alfabetico:\n\n"
        "Sato, Haruka (佐藤 遥), traduttrice dall'italiano al giapponese, Osaka (Giappone)\n"
        "Bruni, Marco, traduttore dal francese\n"
        "Петрова, Ольга (Petrova, Olga), traduttrice dall'italiano al russo, Mosca\n"
        "Zhou, Ming (周明), traduttore dall'italiano al cinese, Università di Nanchino (Cina)\n"
    )
    assert list(read) == ["Haruka Sato", "Marco Bruni", "Ольга Петрова", "Ming Zhou"]
    assert read["Haruka Sato"].alt_names == ["Sato, Haruka", "佐藤 遥"]
    assert read["Haruka Sato"].countries == ["JP"]
    assert read["Ольга Петрова"].alt_names == ["Петрова, Ольга", "Petrova, Olga"]
    assert read["Ming Zhou"].countries == ["CN"]


def test_a_greek_genitive_of_a_country_in_a_name_gives_the_country():
    read = by_name(
        "Κοινή δήλωση για τα δικαιώματα των ενοικιαστών\n\n"
        "Οι οργανώσεις που υπογράφουν ζητούν πάγωμα των ενοικίων, προστασία από τις εξώσεις "
        "και δημόσια κατοικία για όλους όσοι ζουν και εργάζονται στις πόλεις μας.\n\n"
        "Υπογράφουν:\n"
        "Σύνδεσμος Ενοικιαστών Κύπρου\n"
        "Ένωση Ενοικιαστών Λιβάνου\n"
        "Σύλλογος Ενοικιαστών Αθήνας\n"
    )
    assert read["Σύνδεσμος Ενοικιαστών Κύπρου"].countries == ["CY"]
    assert read["Ένωση Ενοικιαστών Λιβάνου"].countries == ["LB"]
    assert read["Σύλλογος Ενοικιαστών Αθήνας"].countries == []


def test_a_polish_post_with_flag_headings_a_note_on_a_heading_and_a_network_with_members():
    read = by_name(
        "List otwarty w sprawie dostępności schronień dla uchodźców\n\n"
        "Apelujemy do rządów regionu o zapewnienie dostępnych schronień, tłumaczy języka "
        "migowego i asystencji dla osób z niepełnosprawnościami uciekających przed wojną.\n\n"
        "Podpisali:\n\n"
        "🇵🇱 Polska\n"
        "Fundacja Równy Dostęp\n"
        "Polska Sekcja Sieci Wolna Droga (sekcja krajowa SWD)\n\n"
        "🇧🇾 Беларусь / Białoruś (organizacje działające na emigracji)\n"
        "Суполка «Разам» / Supołka „Razam”\n\n"
        "🌐 Sieci międzynarodowe\n"
        "Sieć Wolna Droga (SWD) oraz jej członkowie:\n"
        "Wolna Droga – Slovakia; Wolna Droga – Magyarország; Wolna Droga – România\n\n"
        "…oraz 12 innych organizacji.\n"
    )
    assert list(read)[:4] == [
        "Fundacja Równy Dostęp",
        "Polska Sekcja Sieci Wolna Droga",
        "Суполка «Разам»",
        "Sieć Wolna Droga",
    ]
    assert read["Polska Sekcja Sieci Wolna Droga"].parent == "Sieć Wolna Droga"
    assert read["Суполка «Разам»"].countries == ["BY"]
    assert read["Sieć Wolna Droga"].countries == []
    members = list(read)[4:]
    assert members and all(read[name].parent == "Sieć Wolna Droga" for name in members)


def test_a_chinese_table_with_an_english_name_column_and_memberships_in_the_remarks():
    read = by_name(
        "海洋勞權觀察 Ocean Labour Watch\n"
        "首頁　關於我們　議題　行動　新聞稿　捐款支持\n\n"
        "分享到：Facebook　LINE　X　複製連結\n\n"
        "【聯合聲明】漁工不是消耗品\n\n"
        "來自台灣、印尼、菲律賓與韓國的漁工工會與人權團體發表聯合聲明，要求政府正視遠洋漁船上強迫勞動與"
        "薪資剝削的問題，並落實漁工人權行動計畫。\n\n"
        "我們要求：\n"
        "一、所有遠洋漁船裝設漁工可自由使用的衛星通訊；\n"
        "二、漁工薪資直接匯入本人帳戶，禁止仲介扣款；\n\n"
        "連署團體名單：\n"
        "編號\t團體名稱\t英文名稱\t國家／地區\t備註\n"
        "1\t海洋勞權觀察\tOcean Labour Watch (OLW)\t台灣\t發起團體\n"
        "2\t東港漁民互助會\tDonggang Fishers Mutual Aid\t台灣\t台灣移工聯盟成員\n"
        "3\tSerikat Nelayan Migran\t印尼移工漁民工會 (SNM)\t印尼\t國際漁工網絡成員\n"
        "4\t부산이주어선원센터\t釜山移工漁民中心 / Busan Migrant Fishers Centre\t韓國\t\n"
        "5\t國際漁工網絡\tInternational Fishers Network (IFN)\t國際\t\n\n"
        "（連署持續開放中，團體連署請寄 sign@fishers.example）\n"
    )
    assert list(read) == [
        "海洋勞權觀察",
        "東港漁民互助會",
        "Serikat Nelayan Migran",
        "부산이주어선원센터",
        "國際漁工網絡",
    ]
    assert read["海洋勞權觀察"].alt_names == ["Ocean Labour Watch", "OLW"]
    assert read["海洋勞權觀察"].countries == ["TW"]
    assert read["東港漁民互助會"].parent == "台灣移工聯盟"
    assert read["Serikat Nelayan Migran"].parent == "國際漁工網絡"
    assert read["부산이주어선원센터"].countries == ["KR"]
    assert read["부산이주어선원센터"].alt_names == [
        "釜山移工漁民中心",
        "Busan Migrant Fishers Centre",
    ]
    assert read["國際漁工網絡"].countries == []
    assert (
        extract_statement_title(
            "海洋勞權觀察 Ocean Labour Watch\n首頁　關於我們　議題　行動\n\n"
            "分享到：Facebook　LINE　X\n\n【聯合聲明】漁工不是消耗品\n\n" + JAPANESE_BODY
        )
        == "【聯合聲明】漁工不是消耗品"
    )


def extract_statement_title(text: str) -> str | None:
    return extract_statement(text).title


def test_a_table_under_a_heading_that_names_whose_members_sign():
    read = by_name(
        "Education Workers International\n\n"
        "On World Teachers' Day, Education Workers International and its member "
        "organisations call on governments to stop criminalising teachers who organise, "
        "strike or speak out for their pupils.\n\n"
        "Signed by Education Workers International (EWI) and its member organisations:\n\n"
        "Organisation (original name)\tEnglish name\tCountry\n"
        "전국교육노동자연대\tNational Education Workers' Solidarity\tRepublic of Korea\n"
        "نقابة المعلمين المستقلة\tIndependent Teachers' Union\tJordan\n"
        "Σύλλογος Εκπαιδευτικών Λευκωσίας\tNicosia Teachers' Association\tCyprus\n"
    )
    assert read["Education Workers International"].parent is None
    for name in [
        "전국교육노동자연대",
        "نقابة المعلمين المستقلة",
        "Σύλλογος Εκπαιδευτικών Λευκωσίας",
    ]:
        assert read[name].parent == "Education Workers International"
    assert read["전국교육노동자연대"].alt_names == ["National Education Workers' Solidarity"]


def test_a_federation_and_its_members_between_semicolons_under_a_country_heading():
    read = by_name(
        "ΚΟΙΝΗ ΔΗΛΩΣΗ ΣΥΝΔΙΚΑΤΩΝ ΛΙΜΑΝΙΩΝ\n\n"
        "Τα συνδικάτα των λιμανιών της Ελλάδας και της Κύπρου ζητούν αξιοπρεπείς μισθούς, "
        "ασφαλείς βάρδιες και σταθερές συμβάσεις για όλους τους λιμενεργάτες.\n\n"
        "Την κοινή δήλωση υπογράφουν:\n\n"
        "Ελλάδα\n"
        "Ομοσπονδία Λιμενεργατών Ελλάδας (ΟΛΕ) και τα σωματεία-μέλη της: Σωματείο Λιμενεργατών "
        "Πειραιά; Σωματείο Χειριστών και Βοηθών Γερανών Βόλου; Ένωση Λιμενεργατών Πάτρας (ΕΛΠ).\n"
        "Κέντρο Στήριξης Λιμενεργατών «Αλληλεγγύη»\n\n"
        "Κύπρος\n"
        "Συντεχνία Λιμενεργατών Λεμεσού (ΣΛΛ)\n"
    )
    federation = "Ομοσπονδία Λιμενεργατών Ελλάδας"
    members = [
        "Σωματείο Λιμενεργατών Πειραιά",
        "Σωματείο Χειριστών και Βοηθών Γερανών Βόλου",
        "Ένωση Λιμενεργατών Πάτρας",
    ]
    assert list(read)[:4] == [federation, *members]
    assert all(read[name].parent == federation for name in members)
    assert all(read[name].countries == ["GR"] for name in [federation, *members])
    assert read["Συντεχνία Λιμενεργατών Λεμεσού"].countries == ["CY"]


def test_iso_names_of_countries_and_a_national_federation_with_its_member_unions():
    read = by_name(
        "Couriers on five continents demand the right to bargain\n\n" + BODY + "Signatories:\n\n"
        "Global Federation of Couriers (GFC)\n\n"
        "International\n"
        "International Network of Delivery Riders (INDR)\n\n"
        "Korea, Republic of\n"
        "한국배달노동자연맹 (Korean Federation of Delivery Workers, KFDW), and its member unions:\n"
        "   배달플랫폼노동조합 (Delivery Platform Workers' Union)\n"
        "   퀵서비스노동조합 (Quick Service Workers' Union)\n"
        "서울라이더유니온 Seoul Riders Union\n\n"
        "Iran, Islamic Republic of\n"
        "Independent Couriers' Association of Tehran\n"
    )
    assert "International" not in read
    assert read["International Network of Delivery Riders"].countries == []
    federation = "한국배달노동자연맹"
    assert read[federation].countries == ["KR"]
    assert read["배달플랫폼노동조합"].parent == federation
    assert read["배달플랫폼노동조합"].countries == ["KR"]
    assert read["서울라이더유니온"].parent is None
    assert read["Independent Couriers' Association of Tehran"].countries == ["IR"]


def test_a_note_that_posts_are_for_identification_makes_no_heading_of_organisations():
    read = by_name(
        "Open letter: free the Harbour Three\n\n" + BODY + "Signed (names in order of signing; "
        "institutions for identification only):\n\n"
        "1. Prof. Ana Villar, Department of Sociology, Marikit State University\n"
        "2. Dr. Rolando Pascual Abad, Center for Labor Studies, Quezon City\n"
        "3. Marites Lagdameo, labour educator, Southern Workers' School\n"
    )
    assert [endorser.kind for endorser in read.values()] == ["individual"] * 3
    assert read["Rolando Pascual Abad"].affiliation == "Center for Labor Studies"


def test_korean_and_polish_news_furniture_around_a_list():
    korean = by_name(
        "[공동성명] 조선소 하청노동자 파업을 지지한다\n\n"
        "조선소를 떠받치는 것은 하청노동자다\n\n"
        "한빛중공업 거제조선소에서 일하는 노동자 열 명 가운데 일곱 명은 하청노동자다. 이들은 같은 "
        "배를 만들지만 임금은 절반을 조금 넘고, 위험한 작업은 더 많이 떠안는다.\n\n"
        "참여 단체:\n"
        "거제하청노동자연대\n"
        "조선소안전시민모임\n\n"
        "저작권자 © 항구일보 무단전재 및 재배포 금지\n\n"
        "김바다 기자 다른기사 보기\n"
    )
    assert list(korean) == ["거제하청노동자연대", "조선소안전시민모임"]
    polish = by_name(
        "LIST OTWARTY\nPrzywrócić do pracy kasjerki z Wrzeszcza!\n\n"
        "Szanowni Państwo,\n\n"
        "my, niżej podpisane organizacje związkowe z Polski i krajów sąsiednich, wyrażamy "
        "stanowczy sprzeciw wobec zwolnienia pięciu pracownic sklepu w Gdańsku.\n\n"
        "Podpisali:\n"
        "OZZPH „Lada”\n"
        "Związek Zawodowy Pracowników Handlu „Jantar”\n\n"
        "Na zdjęciu: pikieta przed sklepem w Gdańsku, 30 kwietnia. Fot. Anna Nowak\n\n"
        "Zobacz także:\n"
        "→ Komisja zakładowa w sklepie: kalendarium wydarzeń\n"
    )
    assert list(polish) == ["OZZPH „Lada”", "Związek Zawodowy Pracowników Handlu „Jantar”"]


def test_sections_named_with_their_acronym_and_members_under_an_italian_heading():
    read = by_name(
        "Appello: giustizia per i braccianti della Piana\n\n" + BODY + "Hanno aderito:\n\n"
        "Rete Europea dei Braccianti (REB), con le sue sezioni:\n"
        "   – REB Italia\n"
        "   – REB Ελλάδα / Grecia\n"
        "   – REB Portugal\n\n"
        "Coordinamento Internazionale Contadini (CIC) e le organizzazioni aderenti:\n"
        "   – Confédération des Paysans Libres (Francia)\n"
        "   – Sindicato Labrego Libre (Spagna)\n"
    )
    assert read["REB Ελλάδα"].countries == ["GR"]
    assert read["REB Portugal"].countries == ["PT"]
    assert read["REB Portugal"].parent == "Rete Europea dei Braccianti"
    assert read["Sindicato Labrego Libre"].parent == "Coordinamento Internazionale Contadini"


def test_an_acronym_after_a_comma_and_a_sender_who_writes_for_a_body():
    read = by_name(
        "Liebe Mitstreiter*innen,\n\n"
        "wir haben den offenen Brief an die Geschäftsführung geschickt und bitten um weitere "
        "Unterschriften aus den Gewerkschaften und Initiativen der Region.\n\n"
        "Solidarische Grüße\n"
        "Katrin Wendel\n"
        "für den Koordinierungskreis\n\n"
        "Unterzeichnende:\n"
        "1. Bündnis Klinikum Elbtal, BKE\n"
        "2. Sindicato Minero Independiente de Asturias, SMIA (Spanien)\n"
        "3. Ver.di Betriebsgruppe Klinikum Elbtal\n"
    )
    assert "Katrin Wendel" not in read
    assert read["Sindicato Minero Independiente de Asturias"].alt_names == ["SMIA"]
    assert read["Sindicato Minero Independiente de Asturias"].countries == ["ES"]
    assert read["Bündnis Klinikum Elbtal"].alt_names == ["BKE"]


def test_a_bullet_pictograph_with_a_skin_tone():
    read = by_name(
        "NOTA PÚBLICA CONJUNTA\n\n"
        "Nós, movimentos e entidades da educação popular, denunciamos o corte de todos os "
        "recursos do programa estadual de escolas abertas nos territórios.\n\n"
        "Assinam esta nota:\n"
        "✊🏾 REPOP – Rede de Educação Popular do Vale\n"
        "✊🏾 SINDEP – Sindicato dos Educadores Populares\n"
        "🧑‍🏫 Coletivo Alfabetizar é Resistir\n\n"
        "👍❤️ Você, Joana Bezerra e mais 312\n"
    )
    assert list(read) == [
        "Rede de Educação Popular do Vale",
        "Sindicato dos Educadores Populares",
        "Coletivo Alfabetizar é Resistir",
    ]
    assert read["Rede de Educação Popular do Vale"].alt_names == ["REPOP"]


def test_an_italian_run_of_people_with_titles_posts_and_towns():
    read = by_name(
        "Appello: giù le mani dagli ospedali di prossimità\n\n"
        "Pubblichiamo l'appello promosso da amministratori locali, sezioni di partito, comitati e "
        "associazioni contro la chiusura dei punti di primo soccorso.\n\n"
        "Hanno sottoscritto l'appello: Marco Bellini, sindaco di Castelnuovo, l'avv. Roberta "
        "Gherardi (Lucca), la dott.ssa Elena Pace, medica di medicina generale (Piombino), "
        "Stefano Riva, consigliere comunale di Sinistra Unita a Massa, Chiara Vanni, infermiera "
        "(Portoferraio), il Comitato Salviamo l'Ospedale di Barga e Luca Moro, segretario "
        "provinciale FLS Sanità (Livorno).\n"
    )
    assert list(read) == [
        "Marco Bellini",
        "Roberta Gherardi",
        "Elena Pace",
        "Stefano Riva",
        "Chiara Vanni",
        "Comitato Salviamo l'Ospedale di Barga",
        "Luca Moro",
    ]
    assert read["Stefano Riva"].affiliation == "consigliere comunale di Sinistra Unita a Massa"
    assert read["Luca Moro"].affiliation == "segretario provinciale FLS Sanità (Livorno)"


def test_titles_after_turned_names_under_a_second_heading_and_a_bracketed_note():
    read = by_name(
        "Offener Brief: Dauerstellen für Daueraufgaben\n\n"
        "Wir, Beschäftigte der Hochschulen des Landes, fordern feste Stellen für dauerhafte "
        "Aufgaben in Forschung, Lehre und Verwaltung und ein Ende der Kettenbefristungen.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Die Unterzeichnenden\n\n"
        "Erstunterzeichnerinnen und Erstunterzeichner\n"
        "(alphabetisch; Institutionsangaben dienen nur der Kenntlichmachung)\n\n"
        "Albers, Mira, Prof. Dr. – Institut für Soziologie, Universität Elbtal\n"
        "Bachmann, Timo – wiss. Mitarbeiter, Hochschule Saale-Unstrut\n"
        "Çelik, Derya, Dr. – Postdoc, Zentrum für Umweltforschung\n"
    )
    assert list(read) == ["Mira Albers", "Timo Bachmann", "Derya Çelik"]
    assert read["Mira Albers"].affiliation == "Institut für Soziologie, Universität Elbtal"
    assert read["Derya Çelik"].alt_names == ["Çelik, Derya"]


def test_korea_alone_is_the_south_and_no_shortened_name_takes_a_demonyms_n():
    assert country_list("Korea") == ["KR"]
    assert country_list("Korea, Republic of") == ["KR"]
    assert country_list("Korea, Democratic People's Republic of") == ["KP"]
    assert demonym_code("Korean") == "KR"
    assert countries_in_name("Kören Tunturi") == []


def test_a_contract_signed_with_a_company_names_no_signer():
    read = by_name(
        "Appello: giù le mani dagli ospedali\n\n"
        "Chiediamo alla Giunta di destinare le risorse all'assunzione di personale, non "
        "alle convenzioni con la sanità privata come quella firmata con il gruppo Villa "
        "Aurora Salute.\n\n"
        "Hanno sottoscritto l'appello: Marco Bellini, sindaco di Castelnuovo, e Giulia Santi, "
        "consigliera comunale (Pistoia).\n"
    )
    assert list(read) == ["Marco Bellini", "Giulia Santi"]
