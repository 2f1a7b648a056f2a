"""List shapes from the tenth held-out round. Every example is invented for this file."""

from solidarity.imports.extract import INDIVIDUAL, extract_statement

BODY = (
    "We stand together for fair wages and safe work in every port, mill and office, and "
    "we call on all unions to join the campaign for a shorter working week and against "
    "every attempt to break the strike.\n\n"
)


def test_each_signer_with_a_post_and_a_quoted_reason():
    text = (
        "Open letter of scholars for free unions\n\n" + BODY + "Signatories:\n\n"
        "Olena Marchuk\nhistorian, Kyiv Institute of Social Studies\n"
        "Why I signed: «Without free unions there is no free country.»\n\n"
        "Prof. Taras Hrynko\nLviv Polytechnic Academy\n"
        "Why I signed: «Workers should not pay for the war with their rights.»\n\n"
        "Roman Kulyk\nUniversity of Toronto Scarborough (Canada)\n"
        "Why I signed: «Diaspora solidarity matters.»\n\n"
        "Sign the letter | Share\n"
    )
    endorsers = extract_statement(text).endorsers
    assert [(e.name, e.kind, e.affiliation, e.countries) for e in endorsers] == [
        ("Olena Marchuk", INDIVIDUAL, "historian, Kyiv Institute of Social Studies", []),
        ("Taras Hrynko", INDIVIDUAL, "Lviv Polytechnic Academy", []),
        ("Roman Kulyk", INDIVIDUAL, "University of Toronto Scarborough", ["CA"]),
    ]
