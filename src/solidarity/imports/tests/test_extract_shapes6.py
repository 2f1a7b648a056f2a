"""List shapes found while reading the sixth held-out set, on small made-up statements."""

from solidarity.imports.tests.test_extract_lists import by_name, names

STATEMENT = (
    "Solidarity with the Riverside Weavers\n\n"
    "We stand together with the weavers of the Riverside mills, who have been on strike for "
    "three weeks against the closure of their workshops and the loss of their pensions.\n\n"
)


def test_roman_numerals_number_the_lines():
    text = STATEMENT + (
        "Signed by:\n\n"
        "I. Harbour Workers Union (HWU), Greece\n"
        "II. Federation of Textile Workers, Cyprus\n"
        "III. Green Valley Tenants Association (GVTA), Italy\n"
        "IV. Lantern Bay Dockers Committee, Spain\n"
        "V. Northern Weavers Alliance, Portugal\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Harbour Workers Union",
        "Federation of Textile Workers",
        "Green Valley Tenants Association",
        "Lantern Bay Dockers Committee",
        "Northern Weavers Alliance",
    ]
    assert found["Harbour Workers Union"].countries == ["GR"]
    assert found["Northern Weavers Alliance"].countries == ["PT"]


def test_a_single_initial_is_not_a_roman_numeral():
    text = STATEMENT + "Signed by:\n\nV. Ostrova, teacher\nI. Marlow, nurse\nAnna Dell, baker\n"
    assert names(text) == ["V. Ostrova", "I. Marlow", "Anna Dell"]


def test_two_columns_flattened_by_a_pdf_converter():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Ana Ruiz (Lugo)                 Ivo Sala (Pisa)\n"
        "Marta Lind (Oslo)\tPeter Kamau (Nakuru)\n"
        "Jonas Berg (Uppsala)            Lea Fontaine (Namur)\n"
    )
    assert names(text) == [
        "Ana Ruiz",
        "Ivo Sala",
        "Marta Lind",
        "Peter Kamau",
        "Jonas Berg",
        "Lea Fontaine",
    ]


def test_a_menu_of_two_cells_is_not_two_columns():
    text = (
        STATEMENT
        + "Signed by:\n\nAna Ruiz, Lugo\nMarta Lind, Oslo\n\nPrivacy Policy   Contact Us\n"
    )
    assert names(text) == ["Ana Ruiz", "Marta Lind"]


WRAPPED = (
    "Riverside Weavers\n\n"
    "The congress of the weavers' union, meeting in Lugo on\n"
    "the third of May, expresses its full support to the weavers\n"
    "of the Riverside mills and calls for the reopening of their\n"
    "workshops.\n\n"
)


def test_text_wrapped_at_the_page_width_has_begun_before_the_list():
    text = WRAPPED + "Ana Ruiz (Lugo)\nIvo Sala (Pisa)\nMarta Lind (Oslo)\n"
    assert names(text) == ["Ana Ruiz", "Ivo Sala", "Marta Lind"]


def test_a_pdf_running_header_is_not_an_entry():
    header = "WU – Weavers Union Congress\n\n"
    text = (
        header
        + WRAPPED
        + "Signed by:\n\nAna Ruiz (Lugo)\nIvo Sala (Pisa)\n\n– 2 –\n\f"
        + header
        + "The congress also asks the employers of the valley to replace the old looms, "
        "which have injured four weavers this year, before the end of the season.\n"
    )
    assert names(text) == ["Ana Ruiz", "Ivo Sala"]


def test_supported_by_introduces_the_list():
    text = STATEMENT + (
        "Die Erklärung wird unterstützt von: Weberinnen-Kollektiv Lugo; Mieterbund Nordtal; "
        "Jugendgruppe Metall Ost.\n"
    )
    assert names(text) == [
        "Weberinnen-Kollektiv Lugo",
        "Mieterbund Nordtal",
        "Jugendgruppe Metall Ost",
    ]


def test_a_semicolon_run_joins_its_last_entry_with_and():
    text = STATEMENT + (
        "Signed by: Union of Bread and Roses Workers; Lantern Bay Dockers Committee; "
        "Green Valley Tenants (Italy) and Northern Weavers Alliance (NWA).\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Union of Bread and Roses Workers",
        "Lantern Bay Dockers Committee",
        "Green Valley Tenants",
        "Northern Weavers Alliance",
    ]
    assert found["Green Valley Tenants"].countries == ["IT"]


CAPITAL_HEADINGS = STATEMENT + (
    "Signataires\n\n"
    "SÉNÉGAL\n"
    "Syndicat des tisserands de Thiès (STT)\n"
    "SYNTIS\n"
    "Union des fileuses de Kaolack\n\n"
    "RD CONGO\n"
    "Syndicat des teinturiers du Kasaï (STK)\n\n"
    "CANADA (QUÉBEC)\n"
    "Alliance des tisserandes de Laval\n\n"
    "INTERNATIONAL\n"
    "Union des tisserands du Sahel (UTS), et ses organisations membres : SYNTEX-Mali (Mali), "
    "Syndicat des fileurs du Niger (Niger) et SYNAT (Tchad)\n"
    "CFT-Solidarité – Confédération des fileurs et tisserands\n"
)


def test_an_acronym_under_a_capital_heading_is_an_entry():
    found = by_name(CAPITAL_HEADINGS)
    assert found["SYNTIS"].countries == ["SN"]
    assert found["Union des fileuses de Kaolack"].countries == ["SN"]


def test_capital_heading_of_a_country_and_its_region():
    found = by_name(CAPITAL_HEADINGS)
    assert found["Syndicat des teinturiers du Kasaï"].countries == ["CD"]
    assert found["Alliance des tisserandes de Laval"].countries == ["CA"]


def test_member_organisations_after_a_colon_on_the_federations_line():
    found = by_name(CAPITAL_HEADINGS)
    assert found["Union des tisserands du Sahel"].parent is None
    members = ["SYNTEX-Mali", "Syndicat des fileurs du Niger", "SYNAT"]
    assert [found[name].parent for name in members] == ["Union des tisserands du Sahel"] * 3
    assert found["SYNAT"].countries == ["TD"]


def test_an_acronym_joined_to_a_word_before_the_full_name():
    found = by_name(CAPITAL_HEADINGS)
    assert found["Confédération des fileurs et tisserands"].alt_names == ["CFT-Solidarité"]


FLAG_LINES = [
    "Signed by the organisations:",
    "",
    "🇵🇹 Portugal:",
    "(1) Harbour Workers Union",
    "(2) Green Valley Tenants Association",
    "",
    "🇺🇸 USA-Mainland:",
    "(3) Lantern Bay Dockers Committee",
    "",
    "🌍 Italia:",
    "(4) Northern Weavers Alliance",
    "",
    "Individual signatories: Prof. Ana Ruiz (Lugo University), Ivo Sala and Marta Lind "
    "(nurse, Oslo).",
]
FLAG_HEADINGS = STATEMENT + "\n".join(FLAG_LINES) + "\n"


def test_a_flag_before_a_country_heading_gives_its_country():
    found = by_name(FLAG_HEADINGS)
    assert found["Green Valley Tenants Association"].countries == ["PT"]
    # The flag says it even where the name after it is no country's.
    assert found["Lantern Bay Dockers Committee"].countries == ["US"]
    assert found["Northern Weavers Alliance"].countries == ["IT"]


def test_a_kind_heading_and_its_run_inside_a_list():
    found = by_name(FLAG_HEADINGS)
    people = ["Ana Ruiz", "Ivo Sala", "Marta Lind"]
    assert [found[name].kind for name in people] == ["individual"] * 3
    assert found["Ana Ruiz"].countries == []


def test_the_place_and_date_of_signing_close_the_list():
    text = STATEMENT + (
        "Signatories:\n\n"
        "1) Harbour Workers Union — Portugal\n"
        "2) Green Valley Tenants Association — Italy\n\n"
        "Lugo, 3 May 2026\n\n"
        "See translation\n\n"
        "Marta Lind\n"
        "Shared. Thank you all!\n"
    )
    assert names(text) == ["Harbour Workers Union", "Green Valley Tenants Association"]


def test_a_paragraph_under_the_list_names_more_signatories():
    text = STATEMENT + (
        "Підписанти:\n\n"
        "1) Профспілка ткачів «Світанок» — Україна\n"
        "2) Harbour Workers Union — Польща\n\n"
        "Також до заяви приєдналися: Профспілка пекарів «Колос», Асоціація молодих ткачів "
        "та Green Valley Tenants Association.\n"
    )
    assert names(text) == [
        "Профспілка ткачів «Світанок»",
        "Harbour Workers Union",
        "Профспілка пекарів «Колос»",
        "Асоціація молодих ткачів",
        "Green Valley Tenants Association",
    ]


def test_a_sentence_under_the_list_names_more_signatories_after_the_cue():
    text = STATEMENT + (
        "Signed by:\n\n"
        "I. Harbour Workers Union (HWU), Greece\n"
        "II. Lantern Bay Dockers Committee, Cyprus\n\n"
        "The statement is also co-signed by the Federation of Textile Workers, the Green "
        "Valley Tenants Association and the Northern Weavers Alliance.\n"
    )
    assert names(text)[2:] == [
        "Federation of Textile Workers",
        "Green Valley Tenants Association",
        "Northern Weavers Alliance",
    ]


def test_a_forwarded_letter_under_an_e_mails_sign_off():
    text = (
        (
            "Dear friends,\n\n"
            "Please find below the open letter we sent this morning to the minister; further "
            "endorsements to the address below before Friday, please, as we will send it again.\n\n"
            "In solidarity,\n"
            "Ines\n\n"
            "-------- Forwarded message --------\n\n"
            "OPEN LETTER\n\n"
            "To: Mr Karl Weiss, Minister of Transport\n"
            "Cc: Ms Lea Fontaine, Chief Executive, Harbour Terminals plc\n\n"
        )
        + STATEMENT.split("\n\n", 1)[1]
        + (
            "Yours sincerely,\n\n"
            "Signatories\n\n"
            "- Harbour Workers Union, United Kingdom\n"
            "- Green Valley Tenants Association, Ireland\n"
        )
    )
    assert names(text) == ["Harbour Workers Union", "Green Valley Tenants Association"]


PAIRS = {
    "Prof. em. Dr. Anna Lind": "Institut für Webkunst, Universität Lugo",
    "Dr. Ivo Sala": "ehem. Rektor der Hochschule Nordtal",
    "Marta Berg": "Studentische Senatorin",
}


def test_a_name_then_its_post_on_the_next_line_in_pairs():
    pairs = "\n\n".join(f"{name}\n{post}" for name, post in PAIRS.items())
    found = by_name(STATEMENT + "Erstunterzeichnende:\n\n" + pairs + "\n")
    assert [(name, entry.affiliation) for name, entry in found.items()] == [
        ("Anna Lind", PAIRS["Prof. em. Dr. Anna Lind"]),
        ("Ivo Sala", PAIRS["Dr. Ivo Sala"]),
        ("Marta Berg", PAIRS["Marta Berg"]),
    ]


def test_names_in_a_group_under_a_person_are_no_post():
    text = STATEMENT + (
        "Signatories:\n\n"
        "Anna Lind\n"
        "Harbour Workers Union\n"
        "Green Valley Tenants Association\n\n"
        "Ivo Sala\n"
    )
    assert names(text) == [
        "Anna Lind",
        "Harbour Workers Union",
        "Green Valley Tenants Association",
        "Ivo Sala",
    ]


def test_the_organ_that_signs_for_an_organisation_is_no_entry():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Harbour Workers Union\n"
        "Green Valley Tenants Association\n\n"
        "Lugo, 3 May 2026\n\n"
        "A Direção Nacional do SLT\n"
        "The Executive Board of the HWU\n"
    )
    assert names(text) == ["Harbour Workers Union", "Green Valley Tenants Association"]


def test_a_heading_with_a_note_and_a_closing_count_line():
    text = STATEMENT + (
        "서명 단체 (총 42개 단체, 가나다순)\n\n"
        "1. 강변직조노동자회\n"
        "2. 푸른골세입자연합\n\n"
        "외 40개 단체\n\n"
        "문의: 김하나 사무국장 (010-0000-0000)\n"
    )
    assert names(text) == ["강변직조노동자회", "푸른골세입자연합"]
