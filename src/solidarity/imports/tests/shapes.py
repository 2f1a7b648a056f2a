"""What the importer's shape tests share: a paragraph of statement text to put a list
under, and the names read from a text."""

from solidarity.imports.extract import ExtractedEndorser, extract_statement

BODY = (
    "We stand together for fair wages and safe work in every port, mill and office, and "
    "we call on all unions to join the campaign for a shorter working week and against "
    "every attempt to break the strike.\n\n"
)


def names(text: str) -> list[str]:
    return [endorser.name for endorser in extract_statement(text).endorsers]


def by_name(text: str) -> dict[str, ExtractedEndorser]:
    """The endorsers read from a text, by name, in the order they were read."""
    return {endorser.name: endorser for endorser in extract_statement(text).endorsers}
