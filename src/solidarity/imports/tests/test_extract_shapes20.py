"""List shapes from the first rounds of the sixth session of 2026-11-24: Chinese and
Japanese pages read whole (paragraphs without spaces, their dates, their page
furniture), titles after a name, a note saying what kind of group an entry is. Every
example is invented here."""

from solidarity.imports.extract import extract_statement
from solidarity.imports.extract.countries import country_list, demonym_code
from solidarity.imports.extract.dates import find_date
from solidarity.imports.extract.entries import parse_entry
from solidarity.imports.extract.headings import kind_under
from solidarity.imports.extract.names import strip_honorifics
from solidarity.imports.tests.shapes import BODY, by_name, names

JAPANESE_PAGE = (
    "港町の海を守る会\n"
    "ホーム | 活動報告 | 声明 | お問い合わせ\n\n"
    "【共同声明】港町干潟の埋め立てに反対します\n\n"
    "港町干潟の埋め立てに反対する共同声明\n\n"
    "港町の干潟は、湾に残された最後の自然海岸の一つです。渡り鳥が羽を休め、地元の漁業と"
    "子どもたちの学びを支えてきました。私たちは、埋め立て計画の撤回を求めます。\n\n"
    "計画が進めば、干潟の半分が失われます。代わりの人工干潟で生きものが戻った例は"
    "ほとんどありません。私たちは、独立した調査と住民の参加を求めます。\n\n"
    "2025年3月1日\n\n"
    "港町の海を守る会\n"
    "および賛同団体・個人(順不同)\n\n"
    "港町自然観察会\n"
    "田村 一郎 牧師(港町教会)\n"
    "生活協同組合しおさい\n"
    "ザ・ハマーズ / The Hammers(バンド)\n"
    "NPO法人 うみねこネット\n"
    "木下 花子(高校教員)\n\n"
    "以上\n\n"
    "本声明への賛同は引き続き受け付けています。→ 賛同フォームはこちら\n"
    "本件に関するお問い合わせ:港町の海を守る会 事務局\n\n"
    "関連記事\n"
    "・【報告】2月の観察会を開催しました\n"
    "・意見書:港湾計画への意見\n\n"
    "ページの先頭へ ▲\n"
    "プライバシーポリシー | サイトマップ\n"
)


def test_a_japanese_page_gives_its_list_under_its_heading_and_nothing_of_its_furniture():
    read = by_name(JAPANESE_PAGE)
    assert list(read) == [
        "港町自然観察会",
        "田村 一郎",
        "生活協同組合しおさい",
        "ザ・ハマーズ",
        "NPO法人 うみねこネット",
        "木下 花子",
    ]
    assert extract_statement(JAPANESE_PAGE).date == "2025-03-01"
    # A title after the name is no part of it; the church in brackets is where he serves.
    assert read["田村 一郎"].kind == "individual"
    assert read["田村 一郎"].affiliation == "港町教会"
    # "(バンド)" says what the entry is: a band, not a person whose post is "band".
    assert read["ザ・ハマーズ"].kind == "organization"
    assert read["NPO法人 うみねこネット"].kind == "organization"
    assert read["木下 花子"].kind == "individual"


def test_dates_in_chinese_and_japanese_are_read():
    assert find_date("2025年3月1日(環境の日)")[0] == "2025-03-01"
    assert find_date("發表日期:2024年11月5日")[0] == "2024-11-05"
    assert find_date("2024년 3월 5일")[0] == "2024-03-05"


def test_a_heading_over_both_groups_and_people_says_neither():
    assert kind_under("賛同団体・個人") is None
    assert kind_under("および賛同団体・個人(順不同)") is None
    assert kind_under("Organisations and individuals") is None
    assert kind_under("および賛同団体") == "organization"
    assert kind_under("Individuals") == "individual"


def test_a_korean_run_after_its_heading_reads_titles_after_names_and_short_names():
    text = (
        "동네 문화센터 매각 반대 공동성명\n\n"
        "구청은 주민과 한 번의 논의도 없이 문화센터 건물을 민간에 팔겠다는 계획을 구의회에 "
        "제출했습니다. 우리는 매각 계획의 즉각 철회와 주민이 참여하는 운영위원회 구성을 "
        "요구합니다.\n\n"
        "함께하는 이들(접수순) : 바닷가마을공동체네트워크, 김민지(구 주민), 갈매기 합창단, "
        "이상철 목사(새빛교회), 두레(풍물패), 손미자 할머니(신선동), 하늬(여성주의 독서모임), "
        "정우성(작가) 외 개인 40명\n"
    )
    read = by_name(text)
    assert list(read) == [
        "바닷가마을공동체네트워크",
        "김민지",
        "갈매기 합창단",
        "이상철",
        "두레",
        "손미자",
        "하늬",
        "정우성",
    ]
    assert read["이상철"].kind == "individual" and read["이상철"].affiliation == "새빛교회"
    assert read["손미자"].kind == "individual"
    assert read["두레"].kind == read["하늬"].kind == "organization"


def test_two_korean_syllables_alone_are_no_name():
    # "목록" (list), "국내" (domestic): a page's words, however short a name may be.
    assert parse_entry("목록", 0) is None
    assert parse_entry("두레(풍물패)", 0) is not None


def test_a_note_naming_a_kind_of_group_makes_the_entry_a_group():
    band = parse_entry("The Rollers (band)", 0)
    assert band is not None and band.kind == "organization" and band.affiliation is None
    musician = parse_entry("Nyota (musician)", 0)
    assert musician is not None and musician.kind == "individual"
    # A person's organisation in brackets is her affiliation, not her kind.
    teacher = parse_entry("Ana Ruiz (Sindicato Docente)", 0)
    assert teacher is not None and teacher.kind == "individual"


def test_a_chinese_page_footer_is_no_list():
    text = (
        "遠洋漁工權益聯署\n\n"
        "我們呼籲政府立即改善遠洋漁船上的勞動條件,保障漁工的基本人權與休息時間,並建立"
        "獨立的申訴管道。這是我們共同的要求,也是國際社會的期待。\n\n"
        "聯署團體:\n"
        "海洋勞權行動聯盟\n"
        "漁工關懷協會\n"
        "港口工人互助會\n\n"
        "相關文章\n"
        "▸ 漁工直聘制度:經驗與教訓\n"
        "▸ 漁港走讀活動報名中\n\n"
        "回到頂端\n"
        "隱私權政策|網站地圖\n"
    )
    assert names(text) == ["海洋勞權行動聯盟", "漁工關懷協會", "港口工人互助會"]


def test_a_printed_table_with_a_contact_column_gives_groups_and_people_not_contacts():
    pad = " " * 10
    rows = [
        ("Signatory", "Contact / role", "Area"),
        ("Coiste Pobail an Ghleanna", "Niamh Ní Bhriain", "An Gleann"),
        ("(Glen Community Committee)", "", ""),
        ("Ní Fhlatharta, Dr Róisín", "General practitioner", "Cill Rónáin"),
        ("Cór na Trá", "Pól Mac Suibhne", "An Trá Bhán"),
        ("Ó Dálaigh, Colm", "Fisherman", "Ros an Mhíl"),
        ("Cumann Peile na Cille", "Eibhlín Ní Mháille", "An Cheathrú Rua"),
    ]
    table = "\n".join(
        f"{first:<34}{pad}{second:<30}{pad}{third}".rstrip() for first, second, third in rows
    )
    text = (
        "Joint submission on the coastal plan\n\n"
        "This submission is made jointly by the community organisations and residents listed "
        "below, who ask for a plan drawn up with the community and not for it.\n\n"
        "Appendix A – Signatories\n\n" + table + "\n"
    )
    read = by_name(text)
    assert list(read) == [
        "Coiste Pobail an Ghleanna",
        "Róisín Ní Fhlatharta",
        "Cór na Trá",
        "Colm Ó Dálaigh",
        "Cumann Peile na Cille",
    ]
    assert "Glen Community Committee" in read["Coiste Pobail an Ghleanna"].alt_names
    # A group's contact person signs nothing; a person's cell there is her post.
    assert read["Cór na Trá"].kind == "organization" and read["Cór na Trá"].affiliation is None
    assert read["Róisín Ní Fhlatharta"].affiliation == "General practitioner"


def test_titles_of_more_languages_are_no_part_of_the_name():
    read = by_name(
        "Thư ngỏ về nước mặn\n\n" + BODY + "Đồng ký tên:\n\n"
        "1. GS.TS. Trần Minh Quang, giảng viên (Hoa Kỳ)\n"
        "2. Linh mục Phêrô Nguyễn Văn An (Canada)\n"
        "3. Bà Huỳnh Thị Hoa, nông dân (Việt Nam)\n"
        "4. Hội Phụ nữ Việt tại Lyon (Pháp)\n"
    )
    assert list(read) == [
        "Trần Minh Quang",
        "Phêrô Nguyễn Văn An",
        "Huỳnh Thị Hoa",
        "Hội Phụ nữ Việt tại Lyon",
    ]
    assert read["Hội Phụ nữ Việt tại Lyon"].countries == ["FR"]
    # A surname in capitals is no Vietnamese "Bà" (Mrs).
    assert strip_honorifics("BA Cheikh Oumar") == "BA Cheikh Oumar"
    assert strip_honorifics("Bà Huỳnh Thị Hoa") == "Huỳnh Thị Hoa"


def test_three_capitals_are_an_acronym_not_a_country_named_in_another_language():
    # "SEC" would be Vietnamese "Séc" (Czechia) read without its accents.
    assert country_list("SEC") is None
    assert country_list("U.S.") == ["US"] and country_list("Séc") == ["CZ"]


def test_a_list_in_capitals_keeps_its_people_with_their_posts():
    read = by_name(
        "Sahil için ortak açıklama\n\n" + BODY + "İMZACILAR\n"
        "MODA DAYANIŞMA DERNEĞİ\n"
        "KOZA KADIN KOOPERATİFİ\n"
        "DENİZ YILDIRIM – ÖĞRENCİ\n"
        "BOĞA SOKAK KOLEKTİFİ\n"
        "LEVENT ÖZKAN – KIŞ YÜZÜCÜSÜ\n"
        "ÇINAR KOROSU\n"
    )
    # "ÖĞRENCİ" (student) is a post, not an acronym; "Levent", a district of Istanbul,
    # is also a given name that opens a person's.
    assert read["DENİZ YILDIRIM"].kind == "individual"
    assert read["LEVENT ÖZKAN"].kind == "individual"
    assert read["ÇINAR KOROSU"].kind == "organization"


def test_a_demonym_names_the_country_of_its_longest_stem():
    assert demonym_code("Nigerian") == "NG" and demonym_code("Nigérien") == "NE"


def test_a_short_name_written_onto_a_word_comes_before_the_full_name():
    entry = parse_entry("FOCWatch — Flags of Convenience Watch", 0)
    assert entry is not None
    assert entry.name == "Flags of Convenience Watch" and entry.alt_names == ["FOCWatch"]


def test_a_welsh_letter_signed_under_its_closing():
    read = by_name(
        "Llythyr agored\n\n" + BODY + "Yn gywir,\n\n"
        "Cymdeithas Rhieni Ysgol Llanfair\n"
        "Y Parch. Dafydd ap Gwilym, gweinidog Capel Bethel\n"
        "Côr Cymysg y Dyffryn\n"
        "Gwenno ap Iorwerth, athrawes\n"
        "Clwb Pêl-droed Llanfair\n"
    )
    assert "Dafydd ap Gwilym" in read and "Gwenno ap Iorwerth" in read
    assert read["Dafydd ap Gwilym"].affiliation == "gweinidog Capel Bethel"
