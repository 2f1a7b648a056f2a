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
