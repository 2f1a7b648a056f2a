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
