"""List shapes found while reading the seventh held-out set, on small made-up statements."""

from solidarity.imports.tests.test_extract_lists import by_name, names

STATEMENT = (
    "Solidarity with the Riverside Weavers\n\n"
    "We stand together with the weavers of the Riverside mills, who have been on strike for "
    "three weeks against the closure of their workshops and the loss of their pensions.\n\n"
)


def test_a_wall_of_logos_gives_each_name_once():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Logo: Harbour Workers Union\n"
        "Harbour Workers Union / Sindicato de Trabajadores del Puerto\n"
        "Logo: Lantern Bay Dockers Committee\n"
        "Lantern Bay Dockers Committee\n"
        "Logo: Northern Weavers Alliance\n"
        "Northern Weavers Alliance / Alianza de Tejedores del Norte\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Harbour Workers Union",
        "Lantern Bay Dockers Committee",
        "Northern Weavers Alliance",
    ]
    assert found["Harbour Workers Union"].alt_names == ["Sindicato de Trabajadores del Puerto"]


def test_each_side_of_a_translated_pair_keeps_its_country():
    text = STATEMENT + (
        "Signed by:\n\n"
        "녹색항구연대 (일본) / Green Harbour Solidarity (Japan)\n"
        "바람노동자회 (대만) / Wind Workers Association (Taiwan)\n"
        "등대노동조합 / Lighthouse Union\n"
    )
    found = by_name(text)
    assert list(found) == ["녹색항구연대", "바람노동자회", "등대노동조합"]
    assert found["녹색항구연대"].countries == ["JP"]
    assert found["바람노동자회"].alt_names == ["Wind Workers Association"]


def test_a_table_of_name_place_and_kind():
    text = STATEMENT + (
        "Signatories\n\n"
        "Name\tCountry\tType\n"
        "Harbour Workers Union\tLeeds, United Kingdom\tOrganisation\n"
        "Ana Ruiz\tChile\tIndividual\n"
        "Lantern Bay Dockers Committee – LBDC\tIreland\tOrganisation\n"
        "Valley Seed Savers\tSweden, Norway, Denmark\tOrganisation\n"
        "Marta Lind\tScotland, United Kingdom\tIndividual\n"
        "Olive Grove Collective\t\tOrganisation\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Harbour Workers Union",
        "Ana Ruiz",
        "Lantern Bay Dockers Committee",
        "Valley Seed Savers",
        "Marta Lind",
        "Olive Grove Collective",
    ]
    assert found["Harbour Workers Union"].countries == ["GB"]
    assert found["Lantern Bay Dockers Committee"].countries == ["IE"]
    assert found["Valley Seed Savers"].countries == ["SE", "NO", "DK"]
    assert found["Marta Lind"].countries == ["GB"]
    assert found["Marta Lind"].kind == "individual"
    assert found["Olive Grove Collective"].kind == "organization"


def test_a_related_link_on_one_line_ends_the_list():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Harbour Workers Union\n"
        "Lantern Bay Dockers Committee\n"
        "Northern Weavers Alliance\n"
        "Read also: Dockers against the new port law\n"
    )
    assert names(text) == [
        "Harbour Workers Union",
        "Lantern Bay Dockers Committee",
        "Northern Weavers Alliance",
    ]


def test_a_list_given_again_in_another_language_adds_alternate_names():
    text = STATEMENT + (
        "Firmado por:\n"
        "Sindicato de Estibadores del Puerto\n"
        "Colectivo Faro Verde (Chile)\n"
        "Alianza de Tejedoras del Norte\n"
        "Ana Ruiz, economista\n\n"
        "We stand with the weavers of the Riverside mills, on strike for three weeks against "
        "the closure of their workshops and the loss of their pensions, in every language.\n\n"
        "Signed by:\n"
        "Harbour Dockers Union\n"
        "Green Lighthouse Collective (Chile)\n"
        "Northern Women Weavers Alliance\n"
        "Ana Ruiz, economist\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Sindicato de Estibadores del Puerto",
        "Colectivo Faro Verde",
        "Alianza de Tejedoras del Norte",
        "Ana Ruiz",
    ]
    assert found["Sindicato de Estibadores del Puerto"].alt_names == ["Harbour Dockers Union"]
    assert found["Colectivo Faro Verde"].alt_names == ["Green Lighthouse Collective"]


def test_two_lists_of_different_places_are_two_lists():
    text = STATEMENT + (
        "Signed by:\n"
        "Harbour Dockers Union (Chile)\n"
        "Green Lighthouse Collective (Peru)\n"
        "Northern Weavers Alliance (Bolivia)\n\n"
        "We stand with the weavers of the Riverside mills, on strike for three weeks against "
        "the closure of their workshops and the loss of their pensions, in every language.\n\n"
        "Also signed by:\n"
        "Valley Seed Savers (Spain)\n"
        "Olive Grove Collective (Italy)\n"
        "River Tenants Association (Greece)\n"
    )
    assert len(names(text)) == 6


def test_account_buttons_open_no_list():
    text = (
        "Sign in   Sign up\n\n"
        "Solidarity with the Riverside Weavers\n\n"
        "We stand together with the weavers of the Riverside mills, who have been on strike "
        "for three weeks against the closure of their workshops and the loss of pensions.\n\n"
        "Signed by:\n\n"
        "Harbour Workers Union\n"
        "Lantern Bay Dockers Committee\n"
    )
    assert names(text) == ["Harbour Workers Union", "Lantern Bay Dockers Committee"]


def test_a_readme_in_markdown():
    text = (
        "# Joint statement: Protect the river workers\n\n"
        "> Published on 3 May 2026 · signatures still open\n\n"
        "We stand together with the workers of the river ports, who have been on strike for "
        "three weeks against the closure of their docks and the loss of their pensions.\n\n"
        "[Español](translations/es.md) | [Français](translations/fr.md)\n\n"
        "## 서명 단체 / Signatories\n\n"
        "- **Harbour Workers Union** (Chile)\n"
        "- **LBDC – Lantern Bay Dockers Committee**\n"
        "- **Northern Weavers Alliance**\n\n"
        "### 국제운수노련 및 가맹 조직 / Global Transport Federation and its affiliates:\n\n"
        "- **Global Transport Federation**\n"
        "- **Valley Seed Savers** (Peru)\n"
        "- **Olive Grove Collective** (Italy)\n\n"
        "## 개인 서명 / Individual signatories\n\n"
        "- Ana Ruiz — economist\n"
        "- Marta Lind — nurse\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Harbour Workers Union",
        "Lantern Bay Dockers Committee",
        "Northern Weavers Alliance",
        "국제운수노련",
        "Valley Seed Savers",
        "Olive Grove Collective",
        "Ana Ruiz",
        "Marta Lind",
    ]
    assert found["Harbour Workers Union"].countries == ["CL"]
    assert found["Lantern Bay Dockers Committee"].alt_names == ["LBDC"]
    # The international, named in both languages, and then in its own list.
    assert found["국제운수노련"].alt_names == ["Global Transport Federation"]
    assert found["국제운수노련"].parent is None
    assert found["Valley Seed Savers"].parent == "국제운수노련"
    assert found["Olive Grove Collective"].parent == "국제운수노련"
    assert found["Ana Ruiz"].kind == "individual"
    assert found["Ana Ruiz"].parent is None


def test_a_sentence_before_a_colon_says_who_they_are_not_that_they_signed():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Harbour Workers Union\n"
        "Lantern Bay Dockers Committee\n\n"
        "Attended as guests of the meeting, without signing the declaration: Office of the "
        "Special Rapporteur on Housing; Institute of Coastal Studies; Dr. Ivo Sala (City "
        "University).\n"
    )
    assert names(text) == ["Harbour Workers Union", "Lantern Bay Dockers Committee"]


def test_a_denied_signing_word_is_no_cue():
    from solidarity.imports.extract.headings import has_cue

    assert not has_cue("sin suscribir la declaración")
    assert not has_cue("who did not sign the appeal")
    assert not has_cue("ohne die Erklärung zu unterzeichnen")
    assert has_cue("la declaración la suscriben")


def test_a_printed_pages_header_footer_and_imprint_are_no_entries():
    text = (
        "RIVER UNION – NEWS 4/2026                                   Page 1\n\n"
        + STATEMENT
        + "Signed by:\n\n"
        "Harbour Workers Union\n"
        "Lantern Bay Dockers Committee\n"
        "RIVER UNION – NEWS 4/2026                                   Page 2\n"
        "Northern Weavers Alliance\n\n"
        "Imprint: River Union, national board, Marta Lind\n"
        "Council of Delegates – 1 Main Square – 00100 Porto Alto – Legal notice\n"
    )
    assert names(text) == [
        "Harbour Workers Union",
        "Lantern Bay Dockers Committee",
        "Northern Weavers Alliance",
    ]


def test_surnames_first_in_capitals():
    text = STATEMENT + (
        "Premiers signataires :\n\n"
        "MARTEAU Louise, professeure d'histoire, Université de Nulleville, France\n"
        "VAN DER HOEK Sander, chercheur, Université d'Ailleurs, Belgique\n"
        "KAN Oumar, professeur de droit, Université du Fleuve, Sénégal\n"
        "ROY-DELORME Marie-Ève, doctorante, Institut des Marées, Canada\n"
        "CGT-X Brestois, syndicat\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Louise Marteau",
        "Sander Van Der Hoek",
        "Oumar Kan",
        "Marie-Ève Roy-Delorme",
        "CGT-X Brestois",
    ]
    assert found["Oumar Kan"].kind == "individual"
    assert found["Oumar Kan"].alt_names == ["KAN Oumar"]
    assert found["Oumar Kan"].countries == ["SN"]


def test_turkish_surnames_in_capitals_keep_their_dotless_i():
    text = STATEMENT + (
        "İmzacılar:\n\n"
        "KAYA Elif — sosyolog\n"
        "AYDIN Kerem — gazeteci\n"
        "Dr. KOÇ Deniz — psikiyatrist\n"
        "ŞEN Ayşe — öğretmen\n"
    )
    found = by_name(text)
    assert list(found) == ["Elif Kaya", "Kerem Aydın", "Deniz Koç", "Ayşe Şen"]
    assert found["Deniz Koç"].kind == "individual"


def test_readers_comments_under_a_list_are_not_signatories():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Harbour Workers Union\n"
        "Lantern Bay Dockers Committee\n\n"
        "Comments (2)\n"
        "Ivo Sala — 5 May\n"
        "Add the Dockers Choir too!\n"
        "   ↳ Marta Lind — 5 May\n"
        "   Too late, I think.\n"
    )
    assert names(text) == ["Harbour Workers Union", "Lantern Bay Dockers Committee"]


def test_an_unmistakable_organisation_word_last_among_people():
    text = STATEMENT + (
        "İmzacılar:\n\n"
        "Elif Kaya, sosyolog\n"
        "Kerem Arslan, gazeteci\n"
        "Deniz Şahin, öğretmen\n"
        "Selin Çakır, avukat\n"
        "Ekoloji Kolektifi\n"
    )
    assert by_name(text)["Ekoloji Kolektifi"].kind == "organization"


def test_a_joint_announcement_in_a_news_report_names_its_authors():
    text = (
        "Harbour deaths: unions demand safety now\n\n"
        "A joint announcement titled «No more deaths on the quays» was issued yesterday by the "
        "Federation of River Pilots (FRP) and the Dockers Union of Port Alto, after the death "
        "of a worker at the container terminal last week.\n\n"
        "The president of the Harbour Labour Centre, Ivo Sala, told the paper that he backs "
        "the demands, without however the Centre signing the announcement.\n"
    )
    assert names(text) == ["Federation of River Pilots", "Dockers Union of Port Alto"]


def test_continent_and_country_headings_under_a_federation():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Global Federation of River Workers (GFRW)\n"
        "and its member organisations, by continent and country:\n"
        "■ Africa\n"
        "Kenya\n"
        "• Lake Transport Union\n"
        "Ghana\n"
        "• Volta Boatmen Association\n"
        "■ Latin America\n"
        "Peru\n"
        "• Amazon Pilots Federation\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Global Federation of River Workers",
        "Lake Transport Union",
        "Volta Boatmen Association",
        "Amazon Pilots Federation",
    ]
    assert found["Lake Transport Union"].countries == ["KE"]
    assert found["Amazon Pilots Federation"].countries == ["PE"]
    assert found["Amazon Pilots Federation"].parent == "Global Federation of River Workers"


def test_more_honorifics_are_dropped():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Dr.in Anna Gruber, Ärztin\n"
        "Profa. Dra. Lúcia Prado – Universidade do Norte\n"
        "Доц. Марина Петровна Орлова\n"
    )
    assert names(text) == ["Anna Gruber", "Lúcia Prado", "Марина Петровна Орлова"]


def test_a_kind_heading_with_a_note_and_a_counted_region_heading():
    text = STATEMENT + (
        "ORGANIZAÇÕES\n\n"
        "Brasil (2)\n"
        "Sindicato dos Estivadores do Porto\n"
        "Coletivo Farol Verde\n\n"
        "Galiza (1)\n"
        "Movimento das Marés\n\n"
        "PESSOAS (a título individual)\n\n"
        "Brasil (1)\n"
        "Profa. Lúcia Prado – Universidade do Norte\n"
    )
    found = by_name(text)
    assert list(found) == [
        "Sindicato dos Estivadores do Porto",
        "Coletivo Farol Verde",
        "Movimento das Marés",
        "Lúcia Prado",
    ]
    assert found["Movimento das Marés"].countries == []
    assert found["Lúcia Prado"].kind == "individual"
    assert found["Lúcia Prado"].countries == ["BR"]


def test_a_web_address_without_its_scheme_is_no_entry():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Harbour Workers Union\n"
        "Lantern Bay Dockers Committee\n"
        "Mitzeichnen: riverweavers.example/sign\n"
    )
    assert names(text) == ["Harbour Workers Union", "Lantern Bay Dockers Committee"]


def test_an_invitation_to_sign_under_a_list_is_no_entry():
    text = STATEMENT + (
        "Signed by:\n\n"
        "Harbour Workers Union\n"
        "Lantern Bay Dockers Committee\n\n"
        "Add your signature: open a pull request with the form in the signatures folder.\n"
    )
    assert names(text) == ["Harbour Workers Union", "Lantern Bay Dockers Committee"]


def test_a_petition_pages_recent_signers_and_report_link_are_furniture():
    text = (
        "Save the river docks\n\n"
        "Recent signatures\n"
        "Ana R. signed 1 minute ago\n"
        "Ivo S. signed 3 minutes ago\n\n"
        + STATEMENT[len("Solidarity with the Riverside Weavers\n\n") :]
        + "Signed by:\n\n"
        "Harbour Workers Union\n"
        "Lantern Bay Dockers Committee\n\n"
        "Report a policy violation\n"
    )
    assert names(text) == ["Harbour Workers Union", "Lantern Bay Dockers Committee"]


def test_a_newsletters_quoted_title_closing_line_and_buttons_are_no_entries():
    text = (
        "River Notes — weekly newsletter #12\n\n"
        "This week I share the joint statement published last week and its full list of "
        "signatories, as a reader and not as one of its authors.\n\n"
        "The joint statement's title: “Our rivers are not for sale: stop the dredging now”\n\n"
        "Signatories:\n\n"
        "Harbour Workers Union\n"
        "Lantern Bay Dockers Committee\n\n"
        "If you liked this newsletter, forward it to a friend.\n\n"
        "[Subscribe]   [Share]\n"
    )
    assert names(text) == ["Harbour Workers Union", "Lantern Bay Dockers Committee"]


def test_a_sentence_in_a_script_without_capitals_is_no_entry():
    text = (
        "돌봄은 권리다\n\n"
        "정부는 돌봄 예산을 삭감하고 돌봄 서비스를 민간 시장에 맡기겠다고 발표했다. 우리는 이것이 "
        "돌봄의 질을 떨어뜨릴 것이라고 경고한다.\n\n"
        "장관은 시장의 효율성을 말하지만, 돌봄은 상품이 아니다.\n\n"
        "참여단체 (3개 단체)\n"
        "아래 로고를 누르면 단체 홈페이지로 갑니다.\n\n"
        "바다노동자연대\n"
        "등대노동조합\n"
        "강변돌봄센터\n"
    )
    assert names(text) == ["바다노동자연대", "등대노동조합", "강변돌봄센터"]


def test_a_german_post_written_as_a_compound():
    text = STATEMENT + (
        "Erstunterzeichnende Personen:\n"
        "Dr. Anna Gruber, Gewerkschaftsvorsitzende, Klinikum Süd\n"
        "Jonas Berg, Landtagsabgeordneter\n"
    )
    found = by_name(text)
    assert list(found) == ["Anna Gruber", "Jonas Berg"]
    assert found["Anna Gruber"].kind == "individual"


def test_a_body_inside_an_organisation_after_a_dash_is_part_of_its_name():
    text = STATEMENT + (
        "Signed by:\n\n"
        "1. River Social Forum — working group «Labour»\n"
        "2. Harbour Workers Union\n"
        "3. Ana Ruiz — member of the union «Docks»\n"
    )
    found = by_name(text)
    assert list(found) == [
        "River Social Forum — working group «Labour»",
        "Harbour Workers Union",
        "Ana Ruiz",
    ]


def test_german_compounds_on_club_and_forum_are_organisations():
    text = STATEMENT + (
        "Unterzeichnet von:\n"
        "Radfahrclub Almtal (RCA)\n"
        "Energiewende Jetzt! Mühlviertel\n"
        "Stadtforum Wels\n"
    )
    found = by_name(text)
    assert [endorser.kind for endorser in found.values()] == ["organization"] * 3


def test_a_title_broken_with_a_hyphen_is_joined():
    from solidarity.imports.extract import extract_statement

    text = (
        "Joint statement: safe staffing now – end the market in hos-\n"
        "pitals\n\n"
        "We, the undersigned unions, works councils and initiatives, call on the government to "
        "set binding staffing levels in every ward of every hospital in the country.\n"
    )
    title = extract_statement(text).title
    assert title == "Joint statement: safe staffing now – end the market in hospitals"


def test_a_forwarded_posts_quoted_subject_and_back_link():
    from solidarity.imports.extract import extract_statement

    text = (
        "← Back\n\n"
        "Forwarded from: Riverside Couriers\n"
        "Subject: «No to algorithmic fines! A statement of couriers' unions»\n\n"
        "We, the undersigned unions and initiatives, demand that the delivery platforms end "
        "automatic fines and account blocks without explanation at once.\n"
    )
    title = extract_statement(text).title
    assert title == "No to algorithmic fines! A statement of couriers' unions"


def test_a_threads_first_post_gives_the_title_without_its_count():
    from solidarity.imports.extract import extract_statement

    text = (
        "River Alliance @rivers@social.example\n"
        "🧵 1/4 Joint statement: trains, not motorways – stop the river tunnel!\n\n"
        "We, twelve groups and people from the river valley, call on the government to drop "
        "the tunnel for good and spend the money on trains and buses instead.\n"
    )
    title = extract_statement(text).title
    assert title == "Joint statement: trains, not motorways – stop the river tunnel!"


def test_demands_led_into_by_a_paragraph_are_no_entries():
    from solidarity.imports.extract import extract_statement

    text = (
        "Joint statement: protect the river workers\n\n"
        "The river ports are among the richest in the country, but their wealth rests on "
        "the health of the workers who load and unload the ships. We demand the following:\n\n"
        "1. Full disclosure of the chemicals handled in the ports\n"
        "2. Compensation for every worker made ill\n"
        "3. The right to organise along the whole river\n\n"
        "Signed by:\n\n"
        "Harbour Workers Union\n"
        "Lantern Bay Dockers Committee\n"
    )
    result = extract_statement(text)
    assert [endorser.name for endorser in result.endorsers] == [
        "Harbour Workers Union",
        "Lantern Bay Dockers Committee",
    ]
    assert "Compensation for every worker made ill" in result.demands


def test_a_repositorys_licence_and_contributors_are_furniture():
    text = STATEMENT + (
        "Signed by:\n\n"
        "- Harbour Workers Union\n"
        "- Lantern Bay Dockers Committee\n\n"
        "---\n\n"
        "## License\n"
        "CC BY 4.0\n\n"
        "Contributors 4\n"
        "River Archive Team\n"
    )
    assert names(text) == ["Harbour Workers Union", "Lantern Bay Dockers Committee"]


def test_a_country_named_with_cldrs_explanation_in_brackets():
    text = STATEMENT + (
        "서명 단체:\n\n- Harbour Workers Union (홍콩)\n- Lantern Bay Dockers Committee (대만)\n"
    )
    found = by_name(text)
    assert found["Harbour Workers Union"].countries == ["HK"]
    assert found["Lantern Bay Dockers Committee"].countries == ["TW"]
