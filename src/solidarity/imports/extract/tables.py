"""Signatories in a table: a row of column labels ("Name, Organisation, Country"), then
one row per signatory. A spreadsheet pasted as CSV or tab-separated lines keeps each row
on a line; a web page's table copied from the browser often gives one cell per line."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from unicodedata import east_asian_width

from .columns import (
    ACRONYM,
    CONSENT,
    COUNTRY,
    KIND,
    KIND_CELLS_ORGANIZATIONS,
    KIND_CELLS_PEOPLE,
    NAME,
    NOTES,
    ORGANISATION,
    OTHER,
    PARENT,
    PLACE,
    ROLE,
    WITHDRAWN_NOTE,
    column_of,
)
from .countries import country_codes, country_list
from .entries import Entry, parse_entry
from .headings import kind_under
from .lexicon import SECTIONS_PHRASE, fold_word, words
from .lists import Found, international_of
from .listwide import (
    capital_surnames_first,
    individual_if_people_around,
    organisation_if_organisations_around,
)
from .marks import strip_marker
from .memberships import member_owner
from .model import INDIVIDUAL, ORGANIZATION
from .names import has_org_word, is_acronym
from .segments import comma_segments
from .text import TRAILING_NOTE, Span

# A PDF's table keeps its columns apart with runs of spaces.
WIDE_GAP = "  "
DELIMITERS = ("\t", ";", "|", ",", WIDE_GAP)
WIDE_GAP_SPLIT = re.compile(r"\s{2,}")
# A form's export adds its own columns (an id, a timestamp, a comment, consent to publish).
MIN_COLUMNS, MAX_COLUMNS = 2, 12
MIN_ROWS = 2
# A row of labels of a few words each.
MAX_HEADER_CHARS = 240
KIND_CELL_WORDS = 4
MAX_NAME_CELL_WORDS = 15
# "—", "-", "n/a": a cell left empty on purpose.
EMPTY_CELL = re.compile(r"^(?:[—–-]+|n/?a|s/?d|—)?$", re.IGNORECASE)


@dataclass
class Tables:
    found: list[Found] = field(default_factory=list)
    lines: set[Span] = field(default_factory=set)


def read_tables(lines: list[Span], text: str) -> Tables:
    """Every table of signatories among the lines, and the lines it takes up."""
    tables = Tables()
    index = 0
    while index < len(lines):
        columns, rows, taken = (
            _delimited(lines, index, text)
            or _flattened(lines, index)
            or _name_country_pairs(lines, index, text)
            or _cell_per_line(lines, index, text)
        )
        if not rows:
            index += 1
            continue
        if _in_columns(columns):
            # "Organisation ⇥ Organisation": one list set in columns, a name in each cell,
            # read row by row.
            rows = [[cell] for row in rows for cell in row]
            columns = columns[:1]
        read = [(row, found) for row in rows if (found := _found(columns, row)) is not None]
        _members_by_number(columns, read)
        table = [found for _, found in read]
        above = lines[index - 1] if index else None
        sections = SECTIONS_PHRASE.search(above.text) if above else None
        international = (
            international_of(above.text, sections, above.start) if above and sections else None
        )
        if international is not None:
            # "Signed by X and its member organisations:" over the table: X signs, and the
            # rows are its members.
            for found in table:
                found.parent = found.parent or international.name
            table.insert(0, Found(international))
        heading_codes = _heading_country(above) if above and COUNTRY not in columns else None
        if heading_codes:
            # "Delegadas y delegados de Argentina" over a table without a country column.
            for found in table:
                found.entry.countries = found.entry.countries or list(heading_codes)
        entries = [found.entry for found in table]
        # "BRUNEL Margaux": a column of names may write surnames first, in capitals.
        capital_surnames_first(entries)
        if KIND not in columns:
            # Without a column for it, the kind of a doubtful name is the table's kind.
            individual_if_people_around(entries)
            organisation_if_organisations_around(entries)
        tables.found.extend(table)
        tables.lines.update(lines[index : index + taken])
        index += taken
    return tables


Cell = Span
Row = list[Cell]

# "Delegadas y delegados de Argentina", "Signatories in Kenya": a few words over a table.
TABLE_HEADING_WORDS = 6


def _heading_country(above: Span) -> list[str] | None:
    """The one country a short heading over a table names, if it names one."""
    words = above.text.rstrip(" :").split()
    if len(words) > TABLE_HEADING_WORDS or above.text.rstrip().endswith((".", "!", "?")):
        return None
    codes = {code for word in words if word[:1].isupper() for code in country_list(word) or []}
    return list(codes) if len(codes) == 1 else None


def _columns(cells: list[str]) -> list[str] | None:
    """The columns a row of labels names, or None when it is no such row."""
    if not MIN_COLUMNS <= len(cells) <= MAX_COLUMNS:
        return None
    if any(cell.rstrip().endswith("*") for cell in cells):
        # "Nome da organização*   Sigla   Cidade/UF": a form's fields, the required ones
        # starred, over no rows.
        return None
    columns = [column_of(cell) for cell in cells]
    if None in columns or not ({NAME, ORGANISATION} & set(columns)):
        return None
    return [column for column in columns if column]


def _delimited(lines: list[Span], index: int, text: str) -> tuple[list[str], list[Row], int] | None:
    """ "Nome,Organizzazione,Paese" and a line per row, split alike."""
    header = lines[index].text
    if len(header) > MAX_HEADER_CHARS:
        return None
    for delimiter in DELIMITERS:
        # A row of labels: a few short cells, told before the CSV reader is asked.
        cells = _split(header, delimiter) if delimiter == WIDE_GAP else header.split(delimiter)
        if not MIN_COLUMNS <= len(cells) <= MAX_COLUMNS or column_of(cells[0]) is None:
            continue
        columns = _columns(_split(header, delimiter))
        if columns is None:
            continue
        reader = _aligned_rows if delimiter == WIDE_GAP else _split_rows
        rows, taken = reader(lines, index, columns, delimiter, text)
        if len(rows) >= MIN_ROWS:
            return columns, rows, taken
    return None


def _split_rows(
    lines: list[Span], index: int, columns: list[str], delimiter: str, text: str
) -> tuple[list[Row], int]:
    """A spreadsheet pasted as CSV or tab-separated lines: each row split alike. Returns
    the rows and how many lines they take up."""
    rows: list[Row] = []
    taken = 1
    while index + taken < len(lines):
        line = lines[index + taken]
        row = _row_cells(line, delimiter)
        if delimiter == "\t" and len(row) == len(columns) - 1:
            # "⇥Mokoena, Thandiwe⇥Chairperson⇥…": the row's first or last cell left
            # empty, its tab outside the line as read.
            if text[line.start - 1 : line.start] == "\t":
                row = [Span("", line.start, line.start), *row]
            elif text[line.end : line.end + 1] == "\t":
                row = [*row, Span("", line.end, line.end)]
        following = lines[index + taken + 1] if index + taken + 1 < len(lines) else None
        wrapped = _wrapped_row(row, following, delimiter, len(columns))
        if _columns([cell.text for cell in row]) == columns:
            # The header again, at the top of the next printed page.
            taken += 1
            continue
        if wrapped:
            row, taken = wrapped, taken + 1
        elif len(row) != len(columns) and not (
            _in_columns(columns) and 0 < len(row) < len(columns)
        ):
            # A list set in columns may end on a row of fewer names.
            break
        rows.append(row)
        taken += 1
    return rows, taken


def _in_columns(columns: list[str]) -> bool:
    """Every column is the same, of names or of organisations: a list in columns."""
    return (
        len(columns) >= MIN_COLUMNS
        and set(columns) <= {NAME, ORGANISATION}
        and len(set(columns)) == 1
    )


def _wrapped_row(row: Row, following: Span | None, delimiter: str, columns: int) -> Row | None:
    """ "Društvo za Alpe brez žičnic" / "(Verein für liftfreie Alpen)⇥Kranjska Gora⇥
    Slowenien": a first cell broken onto the next line, which holds the rest of the row
    (a printed table's wrapped cells are read by their columns, in _aligned_rows)."""
    if len(row) != 1 or following is None or columns < MIN_COLUMNS:
        return None
    rest = _row_cells(following, delimiter)
    if len(rest) != columns or _columns([cell.text for cell in rest]) is not None:
        # A header row below is a new page's, not the rest of this one.
        return None
    first = Span(f"{row[0].text} {rest[0].text}", row[0].start, rest[0].end)
    return [first, *rest[1:]]


def _aligned_rows(
    lines: list[Span], index: int, columns: list[str], delimiter: str, text: str
) -> tuple[list[Row], int]:
    """A PDF's table, its columns kept apart by runs of spaces: each cell read under the
    label it stands beneath, so that an empty cell, which leaves no gap of its own, is
    no missing one. Returns the rows and how many lines they take up."""
    starts = [_across(cell.start, text) for cell in _row_cells(lines[index], delimiter)]
    rows: list[Row] = []
    taken = 1
    while index + taken < len(lines):
        line = lines[index + taken]
        aligned = _aligned(line, starts, text)
        below = lines[index + taken + 1 : index + taken + 1 + PAGE_BREAK_LINES]
        if aligned is None:
            wrapped = _wrapped_first_cell(line, below, starts, text)
            if wrapped:
                rows.append(wrapped)
                taken += 2
                continue
            # "— 2 —" / the running header: a page break, the table goes on below.
            resumed = _rows_resume(below, starts, text)
            if not (rows and resumed):
                break
            taken += resumed
        elif rows and (not aligned[0].text or aligned[0].text.startswith("(")):
            # "Rosalia Vitrano  assessora alla Cultura, Comune di" / "   Bagheria": cells
            # too long for their columns go on under them, and so does a name's
            # translation in brackets ("(West Community Radio)").
            rows[-1] = [
                _joined(above, below) for above, below in zip(rows[-1], aligned, strict=True)
            ]
            taken += 1
        else:
            # The header again, at the top of the next printed page, is no row.
            if _columns([cell.text for cell in aligned if cell.text]) != columns:
                rows.append(aligned)
            taken += 1
    return rows, taken


def _rows_resume(below: list[Span], starts: list[int], text: str) -> int | None:
    """How many lines down, past a page's number and running header, the next row is,
    among the few lines below."""
    for skipped, line in enumerate(below, start=1):
        row = _aligned(line, starts, text)
        if row and row[0].text:
            return skipped
    return None


# A page's number and running header between two rows of a table.
PAGE_BREAK_LINES = 3
# How far a cell may start from its column's label and still be under it.
ALIGNMENT_SLACK = 2


def _across(offset: int, text: str) -> int:
    """How far along its printed line a character stands: Chinese and Japanese
    characters are printed twice as wide as Latin ones."""
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    return len(before) + sum(east_asian_width(char) in "WF" for char in before)


def _aligned(line: Span, starts: list[int], text: str) -> Row | None:
    """The row's cells by the columns they stand under, empty where it leaves one blank;
    None for a line whose cells stand under no label, or that fills one column only
    when it is not the rest of the row above."""
    row = [Span("", line.start, line.start) for _ in starts]
    cells = _row_cells(line, WIDE_GAP)
    for cell in cells:
        across = _across(cell.start, text)
        under = [column for column, start in enumerate(starts) if start <= across + ALIGNMENT_SLACK]
        if not under:
            return None
        row[under[-1]] = _joined(row[under[-1]], cell)
    if len(cells) < MIN_COLUMNS and row[0].text and not row[0].text.startswith("("):
        return None
    return row


def _wrapped_first_cell(line: Span, below: list[Span], starts: list[int], text: str) -> Row | None:
    """ "Društvo za čiste reke" / "  (Verein für saubere Flüsse)   Kranj   Slowenien": a
    first cell too long for its column, its rest indented on the line with the row."""
    if not below or len(_row_cells(line, WIDE_GAP)) != 1:
        return None
    row = _aligned(below[0], starts, text)
    if row is None or not row[0].text:
        return None
    indented = _across(row[0].start, text) > _across(line.start, text)
    if not (indented or row[0].text.startswith("(")):
        return None
    return [_joined(Span(line.text.strip(), line.start, line.end), row[0]), *row[1:]]


def _joined(first: Cell, second: Cell) -> Cell:
    if not first.text:
        return second
    if not second.text:
        return first
    return Span(f"{first.text} {second.text}", first.start, second.end)


def _split(text: str, delimiter: str) -> list[str]:
    if delimiter == WIDE_GAP:
        return WIDE_GAP_SPLIT.split(text.strip())
    return next(csv.reader([text], delimiter=delimiter, skipinitialspace=True))


def _row_cells(line: Span, delimiter: str) -> Row:
    """The cells of one row with their offsets; quotes are CSV's, not the name's."""
    cells: Row = []
    position = 0
    for value in _split(line.text, delimiter):
        found = line.text.find(value, position) if value else -1
        start = line.start + (found if found >= 0 else position)
        cells.append(Span(value.strip(), start, start + len(value.strip())))
        if found >= 0:
            position = found + len(value)
    return cells


def _cell_per_line(lines: list[Span], index: int, text: str) -> tuple[list[str], list[Row], int]:
    """ "Organisation" / "Country" / "Type", then three lines per signatory, up to a blank
    line or a row that does not fit the columns."""
    columns: list[str] = []
    while index + len(columns) < len(lines) and len(columns) < MAX_COLUMNS:
        label = column_of(lines[index + len(columns)].text)
        if label is None:
            break
        columns.append(label)
    # Two headings in a row ("Signatory" / "Organisation") are no table: its rows must be
    # told apart by a column whose cells can be checked.
    checked = {COUNTRY, KIND} & set(columns)
    if len(columns) < MIN_COLUMNS or not ({NAME, ORGANISATION} & set(columns)) or not checked:
        return [], [], 0
    rows: list[Row] = []
    start = index + len(columns)
    while start + len(columns) <= len(lines):
        row = lines[start : start + len(columns)]
        gap = any("\n\n" in text[a.end : b.start] for a, b in zip(row, row[1:], strict=False))
        if gap or not _fits(columns, row):
            break
        rows.append(row)
        start += len(columns)
    if len(rows) < MIN_ROWS:
        return [], [], 0
    return columns, rows, len(columns) * (1 + len(rows))


PAIR_ROWS = 3
COUNTRY_CELL_WORDS = 4


# A flattened table's closing cells: an acronym, a country of up to three words.
FLATTENED_TAIL_COLUMNS = (ACRONYM, COUNTRY)
COUNTRY_WORDS = 3


def _flattened(lines: list[Span], index: int) -> tuple[list[str], list[Row], int] | None:
    """ "Organisation Sigle Pays" / "Ligue des Familles Solidaires LFS Belgique": a PDF's
    table whose gaps were flattened to single spaces. The name comes first, then an
    acronym and a country, read from the end of each row; a page's header between two
    rows is passed over."""
    labels = lines[index].text.split()
    if not 2 <= len(labels) <= len(FLATTENED_TAIL_COLUMNS) + 1:
        return None
    columns = [column_of(label) for label in labels]
    if not (
        columns[0] in (NAME, ORGANISATION)
        and COUNTRY in columns
        and all(column in FLATTENED_TAIL_COLUMNS for column in columns[1:])
    ):
        return None
    names = [column for column in columns if column]
    rows: list[Row] = []
    taken = 1
    while index + taken < len(lines):
        row = _flattened_row(lines[index + taken], names)
        if row is None and rows and index + taken + 1 < len(lines):
            # "Coordination Migrations – Déclaration commune – 3/3": the next page's header.
            row = _flattened_row(lines[index + taken + 1], names)
            taken += row is not None
        if row is None:
            break
        rows.append(row)
        taken += 1
    return (names, rows, taken) if len(rows) >= MIN_ROWS else None


def _flattened_row(line: Span, columns: list[str]) -> Row | None:
    words = line.text.split()
    cells: dict[str, str] = {}
    for column in reversed(columns[1:]):
        if column == COUNTRY:
            size = next(
                (
                    size
                    for size in range(min(COUNTRY_WORDS, len(words) - 1), 0, -1)
                    if country_list(" ".join(words[-size:]))
                ),
                0,
            )
        else:
            size = 1 if len(words) > 1 and is_acronym(words[-1]) else 0
        if not size:
            return None
        cells[column] = " ".join(words[-size:])
        words = words[:-size]
    cells[columns[0]] = " ".join(words)
    row: Row = []
    position = 0
    for column in columns:
        found = line.text.index(cells[column], position)
        row.append(Span(cells[column], line.start + found, line.start + found + len(cells[column])))
        position = found + len(cells[column])
    return row


def _name_country_pairs(
    lines: list[Span], index: int, text: str
) -> tuple[list[str], list[Row], int] | None:
    """A grid of cards copied line by line: each name, then its country on the next line
    ("Coletivo Maré Viva" / "Brasil"). A country line before the first name would make
    the countries headings over the names instead, so the run must not follow one."""
    rows: list[Row] = []
    start = index
    while start + 1 < len(lines):
        name, country = lines[start], lines[start + 1]
        # A country's name is a few words: most lines are ruled out before a lookup.
        if len(country.text.split()) > COUNTRY_CELL_WORDS or not country_list(country.text):
            break
        if "\n\n" in text[name.end : country.start] or country_list(name.text):
            break
        if len(name.text.split()) > MAX_NAME_CELL_WORDS or name.text.rstrip().endswith(":"):
            break
        if strip_marker(name.text) != name.text:
            # "Argentina" / "– Sindicato …": cards carry no bullets; a marked line under
            # a country is an entry under its heading.
            return None
        rows.append([name, country])
        start += 2
    if len(rows) < PAIR_ROWS or (index and country_list(lines[index - 1].text)):
        return None
    return [NAME, COUNTRY], rows, 2 * len(rows)


def _fits(columns: list[str], row: Row) -> bool:
    """A country column holds a country (or nothing); a name column a short name."""
    for column, cell in zip(columns, row, strict=True):
        if column == COUNTRY and not (_cell_countries(cell.text) or EMPTY_CELL.match(cell.text)):
            return False
        if column == KIND and len(cell.text.split()) > KIND_CELL_WORDS:
            return False
        if column in {NAME, ORGANISATION} and len(cell.text.split()) > MAX_NAME_CELL_WORDS:
            return False
    return True


# A form's answer "no", in the shipped languages, folded ("não" as "nao").
REFUSALS = frozenset(
    fold_word(word) for word in words("no não non nein нет ні hayır όχι 아니오 아니요 لا nie nej")
)


def _found(columns: list[str], row: Row) -> Found | None:
    """One signatory from a row: the name from the name column (or the organisation's,
    where the table names no person), the rest from the columns they stand in."""
    cells = dict(zip(columns, row, strict=True))
    notes = cells.get(NOTES)
    if notes is not None and WITHDRAWN_NOTE.search(notes.text):
        # The signatory took the signature back.
        return None
    consent = cells.get(CONSENT)
    if consent is not None and fold_word(consent.text.strip(" .!")) in REFUSALS:
        # "Publicar? no": the signatory did not let the name be shown.
        return None
    person = cells.get(NAME)
    organisation = cells.get(ORGANISATION)
    named = person if person is not None and person.text else organisation
    if named is None or not named.text or EMPTY_CELL.match(named.text):
        return None
    entry = parse_entry(named.text, named.start) or _in_lower_case(named)
    if entry is None:
        return None
    kind = _kind(cells.get(KIND))
    if person is not None and named is person and organisation is not None:
        # A person's row names their organisation; "Lea Bridge Renters Mutual ⇥ — ⇥
        # London" is a group in the name column, of no organisation but itself.
        filled = not EMPTY_CELL.match(organisation.text)
        kind = kind or (INDIVIDUAL if filled or entry.kind == INDIVIDUAL else ORGANIZATION)
    elif named is organisation:
        kind = kind or ORGANIZATION
    entry.kind = kind or entry.kind
    acronym = cells.get(ACRONYM)
    if acronym is not None and acronym.text and not EMPTY_CELL.match(acronym.text):
        # "Mieterbund Rhein-Ruhr e.V. ⇥ MRR": the organisation's short name; "Ocean
        # Labour Watch (OLW)": its name in another language, with the acronym.
        other = parse_entry(acronym.text, acronym.start)
        forms = [other.name, *other.alt_names] if other else [acronym.text]
        entry.alt_names = list(dict.fromkeys([*entry.alt_names, *forms]))
    country = cells.get(COUNTRY)
    if country is not None:
        # "Avrupa Türkiyeli Çiftçiler Derneği ⇥ Almanya": the row's country says where it
        # is, over the one its name speaks of.
        own = entry.countries if not entry.countries_from_name else []
        cell_countries = _cell_countries(country.text)
        entry.countries = list(dict.fromkeys(own + cell_countries)) or entry.countries
    place = cells.get(PLACE)
    if place is not None and country is None:
        # "Estado / país": a column of places, some of them countries.
        entry.countries = list(dict.fromkeys(entry.countries + (country_list(place.text) or [])))
    if entry.kind == INDIVIDUAL:
        # "Ana Ruiz | Teacher | Dock Union": her post and where she holds it.
        posts = [cells[column] for column in (ROLE, ORGANISATION) if column in cells]
        # "… Νοσοκομείο «Ευαγόρας», Λευκωσία (Κύπρος)": the country closing the post.
        closing = [TRAILING_NOTE.search(post.text) for post in posts]
        entry.countries = entry.countries or [
            code
            for note in closing
            if note
            for code in country_list(note.group().strip(" ()")) or []
        ]
        affiliation = ", ".join(post.text for post in posts if post.text and post is not named)
        entry.affiliation = affiliation or entry.affiliation
    else:
        entry.affiliation = None
    parent = cells.get(PARENT)
    # "Ateneu Popular de Reus ⇥ Reus ⇥ Xarxa d'Ateneus": the network the row's organisation
    # belongs to; "—" where it belongs to none.
    belongs_to = (
        parent.text.strip() if parent is not None and not EMPTY_CELL.match(parent.text) else ""
    )
    # "台灣移工聯盟成員" in the remarks: a member of the alliance.
    belongs_to = belongs_to or (member_owner(notes.text) or "" if notes is not None else "")
    return Found(entry=entry, kind=kind, parent=belongs_to or None)


# "1.2": a row numbered under another one.
SUBNUMBER = re.compile(r"^(?P<above>\d{1,3})\.\d{1,3}\.?$")


def _members_by_number(columns: list[str], read: list[tuple[Row, Found]]) -> None:
    """ "1 ⇥ X та її первинні організації: ⇥ Київ" over "1.1 ⇥ A", "1.2 ⇥ B": the row names
    an organisation and its members, and the rows numbered under it are those members."""
    if OTHER not in columns:
        return
    number_at = columns.index(OTHER)
    name_at = columns.index(NAME if NAME in columns else ORGANISATION)
    parents: dict[str, str] = {}
    for row, found in read:
        number = row[number_at].text.strip().rstrip(".")
        under = SUBNUMBER.match(number)
        if under and under["above"] in parents:
            found.parent = found.parent or parents[under["above"]]
            continue
        cell = row[name_at]
        sections = SECTIONS_PHRASE.search(cell.text)
        international = international_of(cell.text, sections, cell.start) if sections else None
        if international is not None:
            international.countries = international.countries or found.entry.countries
            found.entry = international
            parents[number] = international.name


def _in_lower_case(cell: Span) -> Entry | None:
    """ "offener verbund der studierendenvertretungen süd": a name its organisation writes
    all in lower case, which the name column vouches for (a line alone would be a phrase)."""
    first = cell.text[:1]
    if not first.islower():
        return None
    entry = parse_entry(first.upper() + cell.text[1:], cell.start)
    if entry is None or len(entry.name.split()) < 2:
        # "prueba - no publicar": a form's test row.
        return None
    if entry.name.startswith(first.upper()):
        entry.name = first + entry.name[1:]
    return entry


def _cell_countries(text: str) -> list[str]:
    """ "Chile", "Sweden, Norway", "Leeds, United Kingdom": the countries a place's cell
    ends on; "DE", a country's code, in a column of countries."""
    code = text.strip()
    if len(code) == 2 and code in country_codes():
        return [code]
    return country_list(text) or comma_segments(text, keep_first=False)[1]


def _kind(cell: Span | None) -> str | None:
    """ "Organisation", "Trade union", "Individual": what the type column says."""
    if cell is None or not cell.text:
        return None
    said = kind_under(cell.text)
    if said:
        return said
    words_ = cell.text.split()
    if any(word in KIND_CELLS_PEOPLE for word in words_):
        return INDIVIDUAL
    if any(word in KIND_CELLS_ORGANIZATIONS for word in words_) or has_org_word(cell.text):
        return ORGANIZATION
    return None
