"""Whatever is pasted, extraction returns a result whose offsets point into the text."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from solidarity.imports.extract import extract_statement

PIECES = st.sampled_from(
    [
        "Signatories:",
        "Firmantes:",
        "Подписали:",
        "서명:",
        "الموقعون:",
        "Harbour Workers Union",
        "Ana López – Argentina",
        "Okafor, Chidi (teacher)",
        "노동자연대/Workers Solidarity",
        "and 40 others",
        "— FRANCE —",
        "Stop the war!",
        "13 de marzo de 2022",
        "(",
        ")",
        ":",
        ",",
        ";",
        " – ",
        "\t",
        "\n",
        "\n\n",
        "• ",
        "1. ",
        "signed by ",
        " and ",
        "We call on all workers to stand together. ",
    ]
)


@settings(max_examples=300, deadline=None)
# A row of a tab-separated list whose first cell is nothing but its number.
@example("Signatories:\n1. \tHarbour Workers Union\n2. \tAna López – Argentina\n")
# A line with nothing but an acronym before its town.
@example("Signatories:\n(ARCS), Lausanne\nDock Union\n")
@given(st.lists(PIECES | st.text(max_size=12), max_size=40).map("".join))
def test_any_text_gives_a_result_with_offsets_inside_it(text):
    result = extract_statement(text)
    assert set(result.as_json()) == {
        "title",
        "date",
        "language",
        "issuer",
        "body",
        "demands",
        "footnotes",
        "translations",
        "endorsers",
    }
    for endorser in result.endorsers:
        assert endorser.name
        assert 0 <= endorser.start <= endorser.end <= len(text)
        assert endorser.kind in {"organization", "individual"}


def test_empty_and_blank_text():
    for text in ("", "   ", "\n\n\t"):
        result = extract_statement(text)
        assert result.endorsers == []
        assert result.title is None
        assert result.body == ""
