"""Turn the plain text of a published statement into a structured draft.

Pure Python (no Django, no database): the importer's command, API and review screen
build on extract_statement(). See docs/importer.md for how it works and how well.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from .countries import demonym_code, is_region_name, language_adjective_code
from .document import (
    demand_lists,
    find_date_in,
    find_demands,
    find_footnotes,
    find_issuer,
    is_byline,
    read_page,
    trailing_slogans,
)
from .entries import (
    Entry,
    parse_entry,
)
from .givennames import is_given_name, is_surname
from .languages import detect_language
from .lexicon import (
    OTHERS_TAIL,
)
from .linelists import LineLists
from .lists import Found, is_heading
from .listwide import individual_if_people_around, organisation_if_organisations_around
from .marks import strip_marker
from .memberships import find_acronyms
from .model import INDIVIDUAL, ORGANIZATION, ExtractedEndorser, ExtractedStatement
from .names import is_body_paragraph
from .pagewords import (
    DEMANDS_HEADING,
    NOTES_HEADING,
)
from .parents import settle_parents
from .places import is_town
from .running import colon_lists, cue_paragraphs, joint_issuers, prose_lists
from .tables import read_tables
from .text import Span, normalise_name, split_columns, unwrap_runs
from .titles import find_title, reads_as_title

HEADER_LINE_WORDS = 15
# Japanese and Chinese pages write brackets, colons, slashes and digits full width: read
# as their ASCII forms, one character for one, so that offsets hold.
FULL_WIDTH = str.maketrans(
    "（）［］：／；！？，．｜－　０１２３４５６７８９", "()[]:/;!?,.|- 0123456789"
)
ALL_OF = " 일동"
LONE_SEPARATOR = re.compile(r"^\s*[-–—*·•]\s*$")
# "1336. ", "• ", "- ": what may stand before the first name of a list line.
LIST_MARKER_WIDTH = 8

__all__ = [
    "INDIVIDUAL",
    "ORGANIZATION",
    "ExtractedEndorser",
    "ExtractedStatement",
    "extract_statement",
    "normalise_name",
    "preload",
    "read_endorsers",
]


def preload() -> None:
    """Read the tables the importer asks (country names of some thirty languages from
    CLDR, GeoNames' towns, Faker's personal names, organisation words, month names) now
    rather than on the first import, which would otherwise take a second longer: a web
    worker calls this as it starts, in the background."""
    is_town("Foggia")
    is_given_name("Ana")
    is_surname("Ruiz")
    demonym_code("Brazilian")
    language_adjective_code("allemande")
    is_region_name("Africa")
    extract_statement(PRELOAD_SAMPLE)


# A few lines that pass through every reader: a title, a date, a body, a list.
PRELOAD_SAMPLE = (
    "Joint statement\n\n1 May 2024\n\nWe stand with the dock workers of every port and "
    "call on all unions to join the campaign for their rights and their safety.\n\n"
    "Signed:\n\nDock Workers Union (DWU) – Brazil\nAna Ruiz, teacher, Lyon (France)\n"
)


def extract_statement(text: str) -> ExtractedStatement:
    """What a pasted statement says and who signed it. The text is read in Unicode NFC,
    with full-width punctuation as ASCII, so names come out composed whatever the source;
    offsets are into that text. The title and the body keep the punctuation they were
    written with ("【聯合聲明】…：…")."""
    written = unicodedata.normalize("NFC", text)
    text = written.translate(FULL_WIDTH)
    page = read_page(text)
    lines, translations = page.lines, page.translations

    title = find_title(page, text)
    footnote_lines = find_footnotes(lines)
    footnote_set = set(footnote_lines)
    content = [line for line in lines if line not in footnote_set]
    demand_lines = demand_lists(text, content)
    demand_set = set(demand_lines)
    # A table's rows are read by its columns, not as lines of a list; a list in two
    # columns is read cell by cell, and its rows stay whole for the body.
    candidates = [line for line in content if line not in demand_set]
    tables = read_tables(candidates, text)
    # A lone dash between a list's entries separates them as a blank line would (in a
    # table it is an empty cell, read above).
    listable = unwrap_runs(
        split_columns(
            [
                line
                for line in candidates
                if line not in tables.lines and not LONE_SEPARATOR.match(line.text)
            ],
            text,
        ),
        text,
    )
    acronyms = find_acronyms(text)
    language = detect_language(text)
    line_lists = LineLists(text, listable, acronyms, language)
    # "62 groups to the ministry: cancel the permit": a headline may read like a heading
    # and its list, but it names no signatory; nor does any short line above the text.
    text_start = next(
        (index for index, line in enumerate(listable) if is_body_paragraph(line.text)),
        0,
    )
    found = (
        tables.found
        + line_lists.scan()
        + colon_lists([line for line in listable[text_start:] if line.text != title], acronyms)
    )
    if found:
        found += cue_paragraphs(listable[text_start:], line_lists.list_lines)
        # A news report may list some signatories and name others in its sentences.
        found += prose_lists(
            [
                line
                for line in listable[text_start:]
                if line not in line_lists.list_lines and is_body_paragraph(line.text)
            ],
            acronyms,
            besides=sorted(item.entry.start for item in found),
        )
    if not found:
        found = prose_lists(listable, acronyms) or joint_issuers(listable)
        # "También firmaron a título personal …": a report's sentences that name signers
        # after a signing word, beside those its lists of names give.
        found += cue_paragraphs(listable[text_start:], line_lists.list_lines) if found else []
    settle_parents(found, acronyms, text)
    endorsers = [
        endorser
        for endorser in _merge(found)
        if not _cut_off(endorser, len(text.rstrip()))
        and not reads_as_title(endorser.name)
        # "전국물류연대노동조합 임원 일동": "all the officers of …", the issuer's signature
        # over its people, is no signatory of its own.
        and not endorser.name.endswith(ALL_OF)
    ]
    if title:
        # The headline, where it stands and wherever the page repeats it, is what the page
        # says, not who signs it.
        endorsers = [
            endorser
            for endorser in endorsers
            if normalise_name(endorser.name) != normalise_name(title)
            and not _fills(endorser, text, title)
        ]

    list_lines = (
        line_lists.list_lines
        | tables.lines
        | _lines_opened_by(content, [endorser.start for endorser in endorsers])
    )
    # Above the title is the page's header: the site's name, a section, a kicker, a
    # headline; a summary paragraph there is text.
    # The title's own line, which may hold more than the title ("📣 Title 📣").
    title_line = next((line for line in content if line.text == title), None) or next(
        (line for line in content if title and title in line.text), None
    )
    above = content[: content.index(title_line)] if title_line else []
    header = {line for line in above if len(line.text.split()) <= HEADER_LINE_WORDS}
    statement_lines = [
        line
        for line in content
        if line not in list_lines
        and line not in header
        and line.text != title
        and line is not title_line
        and not is_heading(line.text)
        and not OTHERS_TAIL.match(line.text)
        and not NOTES_HEADING.match(line.text)
        and not is_byline(line.text)
    ]
    # Demands listed under their heading stay in the body, and are not counted twice.
    other_lines = [line for line in statement_lines if line not in demand_set]
    slogan_lines = trailing_slogans(other_lines)
    listed_demands = [
        strip_marker(line.text) for line in demand_lines if not DEMANDS_HEADING.match(line.text)
    ]
    demands = listed_demands + find_demands(other_lines, title)
    demands += [line.text for line in slogan_lines]
    body = [written[line.start : line.end] for line in statement_lines if line not in slogan_lines]
    if title and title_line:
        at = title_line.start + title_line.text.find(title)
        title = written[at : at + len(title)]
    return ExtractedStatement(
        title=title,
        # A footnote's dates are its sources' own: the statement's date is above them.
        date=find_date_in(content) or find_date_in(lines),
        language=language,
        issuer=find_issuer(lines),
        body="\n\n".join(body),
        demands=list(dict.fromkeys(demands)),
        footnotes=[line.text for line in footnote_lines],
        translations=translations,
        endorsers=endorsers,
    )


def read_endorsers(lines: list[str]) -> list[ExtractedEndorser | None]:
    """Endorsers as a list's lines give them ("Name (ACR) – Country", "Ana Ruiz,
    teacher"), typed by an editor rather than found in a text, so without offsets into
    one; None for a line that reads as no name. They are read as one list: a doubtful
    name among organisations is a group's, among people a person's."""
    entries = [parse_entry(unicodedata.normalize("NFC", line).strip(), 0) for line in lines]
    read = [entry for entry in entries if entry is not None]
    individual_if_people_around(read)
    organisation_if_organisations_around(read)
    endorsers: list[ExtractedEndorser | None] = []
    for entry in entries:
        endorser = _endorser(entry, None) if entry is not None else None
        if endorser is not None:
            endorser.start = endorser.end = 0
        endorsers.append(endorser)
    return endorsers


def _fills(endorser: ExtractedEndorser, text: str, title: str) -> bool:
    """The endorser's entry is most of a line that reads as the title."""
    line_start = text.rfind("\n", 0, endorser.start) + 1
    line_end = text.find("\n", endorser.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return line == title and endorser.end - endorser.start >= 0.8 * len(line)


def _lines_opened_by(lines: list[Span], offsets: list[int]) -> set[Span]:
    """The lines that start (after a list marker) at one of the offsets: the list itself,
    as opposed to a paragraph of the statement that names signatories in passing."""
    starts = [line.start for line in lines]
    opened: set[Span] = set()
    for offset in offsets:
        position = bisect.bisect_right(starts, offset) - 1
        if position >= 0 and offset - lines[position].start <= LIST_MARKER_WIDTH:
            opened.add(lines[position])
    return opened


def _cut_off(endorser: ExtractedEndorser, text_end: int) -> bool:
    """A page copied only in part can stop inside the last name ("Karin Bi"): a final
    entry that ends the text on a word of one or two letters is a fragment (two syllables
    of a script without capitals, "토마스 베버", are a whole word)."""
    last_word = endorser.name.split()[-1]
    cased = last_word.lower() != last_word.upper()
    fragment = len(last_word) == 1 or (len(last_word) == 2 and cased and not last_word.isupper())
    return endorser.end >= text_end and fragment


def _merge(found: list[Found]) -> list[ExtractedEndorser]:
    """One endorser per name, in the order of the text; repeated mentions add detail."""
    endorsers: list[ExtractedEndorser] = []
    by_key: dict[str, ExtractedEndorser] = {}
    by_start: dict[int, ExtractedEndorser] = {}
    for item in sorted(found, key=lambda item: item.entry.start):
        entry = item.entry
        key = normalise_name(entry.name)
        existing = by_key.get(key)
        same_place = by_start.get(entry.start)
        if same_place is not None and _one_reading_of(normalise_name(same_place.name), key):
            # "Frente Barrial … – Conurbano Sur" and "Frente Barrial …": two readers read
            # one mention, one of them to a shorter name.
            existing = same_place
        if existing:
            _enrich(existing, entry, item.parent)
            continue
        endorser = _endorser(entry, item.parent)
        endorsers.append(endorser)
        by_start.setdefault(entry.start, endorser)
        for name in [entry.name, *entry.alt_names]:
            by_key.setdefault(normalise_name(name), endorser)
    return endorsers


def _one_reading_of(first: str, second: str) -> bool:
    """Two names read from one place, one the other's opening words."""
    shorter, longer = sorted((first, second), key=len)
    return longer.startswith(shorter + " ")


def _endorser(entry: Entry, parent: str | None) -> ExtractedEndorser:
    return ExtractedEndorser(
        name=entry.name,
        alt_names=list(entry.alt_names),
        kind=entry.kind,
        countries=list(entry.countries),
        affiliation=entry.affiliation if entry.kind == INDIVIDUAL else None,
        # A person under "For the X:" belongs to it, but says so by their post: only an
        # organisation is a section or member of another.
        parent=parent if entry.kind == ORGANIZATION else None,
        start=entry.start,
        end=entry.end,
    )


def _enrich(endorser: ExtractedEndorser, entry: Entry, parent: str | None) -> None:
    endorser.alt_names = list(dict.fromkeys(endorser.alt_names + entry.alt_names))
    endorser.countries = list(dict.fromkeys(endorser.countries + entry.countries))
    if (
        parent
        and endorser.kind == ORGANIZATION
        and not endorser.parent
        and not _names(endorser, parent)
    ):
        # An international listed again among its members, in another language, is no
        # member of itself.
        endorser.parent = parent
    if endorser.kind == INDIVIDUAL and endorser.affiliation is None:
        endorser.affiliation = entry.affiliation


def _names(endorser: ExtractedEndorser, name: str) -> bool:
    """Whether the name is one of the endorser's own."""
    key = normalise_name(name)
    return any(normalise_name(own) == key for own in [endorser.name, *endorser.alt_names])
