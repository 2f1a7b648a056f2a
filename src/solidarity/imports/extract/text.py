"""Lines, sentences and list items of the input, each with its offsets in the input."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .lexicon import ARTICLES, CONJUNCTIONS, HONORIFICS, OTHERS_TAIL, SECTIONS_PHRASE
from .orgwords import ORG_WORDS

# "(…)" closing a text: a note after a name or a heading ("Unterzeichnende (Auswahl)").
TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
OPENERS = {"(": ")", "[": "]", "“": "”", "«": "»", "„": "“"}


class Span(NamedTuple):
    """A piece of the input and where it lies. A tuple: lines are looked up in sets and
    compared many times per line read, and a tuple hashes in C."""

    text: str
    start: int
    end: int


# Markdown's marks before a line, as a README or a pad shows its source: "## Heading",
# "> quoted".
MARKDOWN_LEAD = re.compile(r"^\s*(?:#{1,6}\s+|>\s*)+")


def split_lines(text: str) -> list[Span]:
    """Non-blank lines, stripped of whitespace and Markdown's leading marks, with their
    offsets."""
    lines: list[Span] = []
    for match in re.finditer(r"[^\n\r]+", text):
        raw = MARKDOWN_LEAD.sub(lambda lead: " " * len(lead.group()), match.group())
        stripped = raw.strip()
        if stripped:
            start = match.start() + raw.index(stripped)
            lines.append(Span(stripped, start, start + len(stripped)))
    return lines


COLUMN_GAP = re.compile(r"\t+| {3,}")
# Three rows make a layout: one row of two cells is a menu or a form.
COLUMN_ROWS = 3
# A numbered list keeps its numbers in both columns ("1. Name (Town)   2. Name (Town)"):
# the number is no part of the cell's shape.
UNCASED_CELL_CHARS = 3
# How far from the columns a row of two cells may stand and still be of them.
NEAR_COLUMN_LINES = 4
CELL_NUMBER = re.compile(r"^\(?\d{1,5}[.)]\s+")


def split_columns(lines: list[Span], text: str) -> list[Span]:
    """A list printed in two columns and flattened by a PDF converter ("Ana Ruiz (Lugo)
    ⇥ Ivo Sala (Pisa)", numbered or not): in a run of at least three adjacent rows that
    each hold two cells alike in shape (a name of two or more capitalised words, with or
    without a bracket at its end), each cell is a line of its own."""
    # "Asia Labour Watch (Hong Kong)    Trade Justice Coalition": rows whose cells differ
    # in shape belong to the columns when a row among them is plainly two cells.
    cells = [_two_cells(line, alike=False) for line in lines]
    in_columns: set[int] = set()
    index = 0
    while index < len(lines):
        end = index
        while (
            end < len(lines)
            and cells[end]
            and (end == index or "\n\n" not in text[lines[end - 1].end : lines[end].start])
        ):
            end += 1
        alike = any(_two_cells(line) for line in lines[index:end])
        if end - index >= COLUMN_ROWS and alike:
            in_columns.update(range(index, end))
            index = end
        else:
            index += 1
    # "Organizacje partnerskie:" / two rows of two cells: a part of the list under a
    # heading of its own, too short to be columns alone, beside a part that is.
    near = {
        index
        for index in range(len(lines))
        if cells[index] and any(abs(index - other) <= NEAR_COLUMN_LINES for other in in_columns)
    }
    side_by_side = _side_by_side(lines, text)
    return [
        cell
        for index, line in enumerate(lines)
        for cell in (
            side_by_side[index]
            if index in side_by_side
            else cells[index]
            if index in in_columns | near
            else [line]
        )
    ]


# An e-mail's text broken at the page's width: lines of at most this many characters, all
# but the last of them at least so long.
WRAP_WIDTH = 80
WRAPPED_LINE_CHARS = 50
# "A; B; C", "A · B · C": a run of names between semicolons or middle dots.
RUN_MARKS = ("; ", " · ")
RUN_SEPARATORS = 2


def unwrap_runs(lines: list[Span], text: str) -> list[Span]:
    """ "Signed: Sheffield Bus Workers' Branch, Passenger" / "Transport Workers' Union; …":
    a run of names between semicolons (or a leaflet's middle dots), broken at a mailing
    list's width wherever a line filled up, is one line again (its names read whole, not
    cut where the lines end)."""
    joined: list[Span] = []
    index = 0
    while index < len(lines):
        heading = _wrapped_sections_heading(lines, index, text)
        if heading is not None:
            joined.append(heading)
            index += 2
            continue
        end = index + 1
        while (
            end < len(lines)
            and text.count("\n", lines[end - 1].end, lines[end].start) == 1
            and WRAPPED_LINE_CHARS <= len(lines[end - 1].text) <= WRAP_WIDTH
            and len(lines[end].text) <= WRAP_WIDTH
        ):
            end += 1
        paragraph = lines[index:end]
        written = " ".join(line.text.strip() for line in paragraph)
        ends = tuple(mark.strip() for mark in RUN_MARKS)
        broken_inside = any(not line.text.rstrip().endswith(ends) for line in paragraph[:-1])
        mark = max(RUN_MARKS, key=written.count)
        # "Amandine Roux · Villeurbanne, France · il y a 2 heures", one a line: each line
        # a whole entry of the same shape, not a run broken up.
        # ("Individuals: A (post); Karim" / "Haddou (post); C": a run its label opens.)
        counts = {line.text.count(mark.strip()) for line in paragraph}
        labelled = ": " in paragraph[0].text.partition(mark)[0]
        # ("… Andrés Calvo Pueyo, vecino" / "del Rabal · …": a line going on in lower case.)
        continued = any(line.text[:1].islower() for line in paragraph[1:])
        alike = len(counts) == 1 and not (labelled or continued)
        if (
            len(paragraph) >= 2
            and written.count(mark) >= RUN_SEPARATORS
            and broken_inside
            and not alike
        ):
            joined.append(Span(written, paragraph[0].start, paragraph[-1].end))
        else:
            joined.extend(paragraph)
        index = end
    return joined


def _wrapped_sections_heading(lines: list[Span], index: int, text: str) -> Span | None:
    """ "International Alliance of Small Farmers (IASFF) and its" / "member organisations:":
    a heading over an organisation's members, broken at the width of an e-mail."""
    if index + 1 >= len(lines) or not lines[index + 1].text.rstrip().endswith(":"):
        return None
    line, below = lines[index], lines[index + 1]
    written = f"{line.text.rstrip()} {below.text.strip()}"
    if (
        text.count("\n", line.end, below.start) != 1
        or SECTIONS_PHRASE.search(below.text)
        or not SECTIONS_PHRASE.search(written)
    ):
        return None
    return Span(written, line.start, below.end)


def inside_wrapped_run(lines: list[Span], index: int) -> bool:
    """ "LA TRENZA · COOPERATIVA PATIOS DEL EBRO · ASOCIACIÓN VECINAL" between two lines of
    the same run, right above and below it: a piece of a list broken at the page's width,
    not a menu, however much it looks like one."""
    if not 0 < index < len(lines) - 1:
        return False
    above, line, below = lines[index - 1], lines[index], lines[index + 1]
    adjacent = line.start - above.end <= 1 and below.start - line.end <= 1
    return (
        adjacent
        and WRAPPED_LINE_CHARS <= len(above.text) <= WRAP_WIDTH
        and any(all(mark in written.text for written in (above, line, below)) for mark in RUN_MARKS)
    )


# "Prof.ssa Lucia Ferrante          Dott. Marco Bellandi" / "ordinaria di Igiene,     medico
# di medicina generale,": two signers side by side, each with her post on the lines below,
# a printed page's two columns. A wide gap parts them, the right one starting well in.
COLUMN_SPLIT = re.compile(r"(?<=\S)\s{3,}(?=\S)")
MIN_COLUMN_START = 20
COLUMN_SLACK = 3
SIDE_BY_SIDE_BLOCKS = 2


def _side_by_side(lines: list[Span], text: str) -> dict[int, list[Span]]:
    """Blocks of lines printed in two columns, each read column by column: the left
    column's lines, then the right one's, in place of the block's lines."""
    blocks: list[list[int]] = []
    for index, line in enumerate(lines):
        if blocks and "\n\n" not in text[lines[index - 1].end : line.start]:
            blocks[-1].append(index)
        else:
            blocks.append([index])
    split: dict[int, list[Span]] = {}
    # Adjacent blocks whose right columns start alike: (block, left, right, start).
    run: list[tuple[list[int], list[Span], list[Span], int]] = []
    for block in [*blocks, []]:
        halves = _halves([lines[index] for index in block], text) if block else None
        if halves is not None and run and abs(halves[2] - run[0][3]) <= COLUMN_SLACK:
            run.append((block, *halves))
            continue
        if len(run) >= SIDE_BY_SIDE_BLOCKS:
            for indices, left, right, _ in run:
                split[indices[0]] = left + right
                split.update({index: [] for index in indices[1:]})
        run = [(block, *halves)] if halves is not None else []
    return split


def _halves(block: list[Span], text: str) -> tuple[list[Span], list[Span], int] | None:
    """The block's left and right columns, and where the right one starts on the line."""
    first = block[0]
    indent = first.start - (text.rfind("\n", 0, first.start) + 1)
    gap = COLUMN_SPLIT.search(first.text)
    if gap is None or COLUMN_SPLIT.search(first.text, gap.end()):
        return None
    start = indent + gap.end()
    if start < MIN_COLUMN_START:
        return None
    left: list[Span] = []
    right: list[Span] = []
    for line in block:
        offset = line.start - (text.rfind("\n", 0, line.start) + 1)
        cut = COLUMN_SPLIT.search(line.text)
        if cut and abs(offset + cut.end() - start) <= COLUMN_SLACK:
            left.append(Span(line.text[: cut.start()], line.start, line.start + cut.start()))
            right.append(Span(line.text[cut.end() :], line.start + cut.end(), line.end))
        elif offset >= start - COLUMN_SLACK:
            right.append(line)
        elif offset + len(line.text) <= start:
            left.append(line)
        else:
            return None
    return _unwrapped(left), _unwrapped(right), start


def _unwrapped(column: list[Span]) -> list[Span]:
    """ "Özdemir, Leyla – Jugend- und Auszubildenden-" / "vertretung, Klinikum …": a word
    broken at the column's edge goes on, in lower case, on the column's next line."""
    joined: list[Span] = []
    for line in column:
        above = joined[-1] if joined else None
        if above and re.search(r"[^\W\d_]-$", above.text) and line.text[:1].islower():
            joined[-1] = Span(above.text[:-1] + line.text, above.start, line.end)
        else:
            joined.append(line)
    return joined


def _two_cells(line: Span, *, alike: bool = True) -> list[Span]:
    pieces = COLUMN_GAP.split(line.text)
    if len(pieces) != 2 or (alike and _cell_shape(pieces[0]) != _cell_shape(pieces[1])):
        return []
    names = [CELL_NUMBER.sub("", piece) for piece in pieces]
    # "ver.di-Ortsverein Lübeck-Süd": a name may open in lower case, a capital in its word.
    # "みやぎ多文化共生の会(宮城県)": a script without capitals writes a name as one word.
    if not all(
        (len(name.split()) >= 2 and any(char.isupper() for char in name.split(maxsplit=1)[0]))
        or (
            len(name) >= UNCASED_CELL_CHARS
            and name[0].isalpha()
            and name[0].lower() == name[0].upper()
        )
        for name in names
    ):
        return []
    right = line.text.rindex(pieces[1])
    return [
        Span(pieces[0], line.start, line.start + len(pieces[0])),
        _span(pieces[1], line.start + right),
    ]


def _cell_shape(cell: str) -> bool:
    return cell.endswith((")", "]"))


@lru_cache(maxsize=8192)
def bracketed_inner(text: str) -> str | None:
    """What a line all in brackets holds ("(Spagna)", "(alphabetical order)"); None when
    the line is not one."""
    stripped = text.strip()
    return stripped[1:-1] if stripped.startswith("(") and stripped.endswith(")") else None


# Any character that opens a bracket or a quote: most names hold none.
OPENING = re.compile("[" + re.escape("".join(OPENERS)) + "]")


@lru_cache(maxsize=16384)
def mask_brackets(text: str) -> str:
    """The text with everything inside brackets and quotes replaced by "_", so that
    separators there ("(Handel, Banken und Versicherungen)") are not seen. Each line
    is masked several times on its way through the readers: remembered."""
    if not OPENING.search(text):
        return text
    masked = list(text)
    closers: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if closers and char == closers[-1][0]:
            closers.pop()
            continue
        if char in OPENERS and not (char == "„" and closers):
            closers.append((OPENERS[char], index))
            continue
        if closers:
            masked[index] = "_"
    if closers:
        # A bracket never closed (a page cut off in mid-entry) hides nothing.
        opened_at = closers[0][1]
        return "".join(masked[:opened_at]) + text[opened_at] + mask_brackets(text[opened_at + 1 :])
    return "".join(masked)


SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’»]?\s+(?=[\"“‘«]?[^\W\d_a-zà-ÿа-яёіїєґα-ω])")
ABBREVIATION_BEFORE = re.compile(
    r"(?:\b\w{1,2}|\b(?:ehem|prof|dr|st|mr|mrs|ms|nr|no|vs|ca|etc|co))\.$", re.IGNORECASE
)


def split_sentences(line: Span) -> list[Span]:
    masked = mask_brackets(line.text)
    sentences: list[Span] = []
    begin = 0
    for match in SENTENCE_END.finditer(masked):
        before = masked[begin : match.start()].rstrip('"”’»')
        if ABBREVIATION_BEFORE.search(before) or _ends_with_honorific(before):
            continue
        piece = line.text[begin : match.start()]
        if piece.strip():
            sentences.append(_span(piece, line.start + begin))
        begin = match.end()
    if line.text[begin:].strip():
        sentences.append(_span(line.text[begin:], line.start + begin))
    return sentences


def _ends_with_honorific(text: str) -> bool:
    """ "… Pbro. Luis Arce", "Adv. Suresh Yadav", "l'avv. Roberto Gherardini": a title
    before a name ends no sentence."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    # Italian and French elide the article before it: "l'avv.", "l’ing.".
    last = re.split(r"['’]", last)[-1]
    return last.endswith(".") and (last in HONORIFICS or last[:-1] in HONORIFICS)


def _span(piece: str, start: int) -> Span:
    stripped = piece.strip()
    return Span(
        stripped, start + piece.index(stripped), start + piece.index(stripped) + len(stripped)
    )


CONJUNCTION_WORDS = sorted(
    (word for word in CONJUNCTIONS.exact if " " not in word), key=len, reverse=True
)
# Arabic writes "and" as a prefix of the next word: "… ورابطة عمال المطاعم" is "… and the
# Restaurant Workers' League". Before a word for an organisation (not an adjective such
# as "الاشتراكي"), that "و" ends the name before it.
ARABIC_ORG_NOUNS = sorted(
    (
        stem
        for stem in (*ORG_WORDS.stems, *ORG_WORDS.exact)
        if stem[:1] and "\u0600" <= stem[0] <= "\u06ff" and not stem.startswith("ال")
    ),
    key=len,
    reverse=True,
)
SEPARATOR = re.compile(
    r"\s*[,;،؛]\s*(?:(?:" + "|".join(map(re.escape, CONJUNCTION_WORDS)) + r")\s+)?"
    # "Lagerarbeiter*innen- und Transportunion": after a word's hyphen, "und" joins
    # the parts of one word.
    # "Giuristi per i Diritti": after an Italian preposition, "i" is the article.
    r"|(?<!-)(?<!\sper)(?<!\sdi)(?<!\scon)(?<!\stra)(?<!\sfra)(?<!\stutti)"
    r"\s+(?:" + "|".join(map(re.escape, CONJUNCTION_WORDS)) + r")\s+"
    r"|\s+as well as\s+|\s+sowie\s+|\s+[•|·]\s+"
    # "한국돌봄노동자협회·청년노동자네트워크 '내일'": Korean sets names apart by a bare dot.
    r"|(?<=[\uac00-\ud7a3)'’])·(?=[\uac00-\ud7a3A-Z])"
    r"|\s+و(?=(?:ال)?(?:" + "|".join(map(re.escape, ARABIC_ORG_NOUNS)) + r"))",
    re.IGNORECASE,
)


def without_arabic_and(piece: Span) -> Span:
    """ "والنقابة الجهوية …", "وجمعية شباب …": a list item after Arabic's comma opens with
    the "و" (and) written onto the name; the name starts after it."""
    text = piece.text
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    rest = first[1:]
    joined = first.startswith("و") and len(rest) >= 3
    if joined and (rest.startswith("ال") or rest.startswith(tuple(ARABIC_ORG_NOUNS))):
        return Span(text[1:], piece.start + 1, piece.end)
    return piece


def split_at_semicolons(piece: Span) -> list[Span]:
    masked = mask_brackets(piece.text)
    spans: list[Span] = []
    begin = 0
    # Arabic writes its semicolon "؛", Greek a raised dot after the word ("«Η Βασίλισσα»·").
    padded = masked + ";"
    for index, char in enumerate(padded):
        greek = char in "·\u0387" and index > 0 and not padded[index - 1].isspace()
        if char in ";؛" or (greek and padded[index + 1 : index + 2] == " "):
            chunk = piece.text[begin:index]
            if chunk.strip(" .,"):
                spans.append(_span(chunk.rstrip(". "), piece.start + begin))
            begin = index + 1
    return spans


@dataclass(frozen=True)
class Item:
    span: Span
    # Joined to the previous item by "and" rather than a comma: "X und Y (Kabarettisten)".
    after_conjunction: bool


def split_items(piece: Span) -> list[Item]:
    """A run of text cut at the commas, semicolons and "and"s outside brackets."""
    masked = mask_brackets(piece.text)
    items: list[Item] = []
    begin = 0
    joined = False
    # "la Cooperativa de Vivienda y Consumo El Hornero; el Movimiento …; A y B": a run of
    # names each with its article, between semicolons, joins only its last two with "and".
    segments = masked.split(";")
    articled = sum(
        segment.split()[:1] != [] and segment.split()[0] in ARTICLES for segment in segments
    )
    # ("a FETAR-BA e seus sindicatos: A e B; …": a segment holding a list of its own.)
    named_one_by_one = (
        len(segments) > RUN_SEPARATORS and articled * 3 >= len(segments) * 2 and ":" not in masked
    )
    last_semicolon = masked.rfind(";") if named_one_by_one else -1
    for match in SEPARATOR.finditer(masked):
        chunk = piece.text[begin : match.start()]
        if match.group() == "·" and not _names_a_group(chunk):
            # "택배·물류노동자모임": a bare dot inside a name joins its words.
            continue
        conjunction = not match.group().strip().startswith((",", ";", "،", "؛", "•", "|", "·"))
        if conjunction and match.start() < last_semicolon:
            continue
        if chunk.strip():
            items.append(Item(_span(chunk, piece.start + begin), joined))
        joined = not match.group().strip().startswith((",", ";", "،", "؛", "•", "|", "·"))
        begin = match.end()
    if piece.text[begin:].strip():
        items.append(Item(_span(piece.text[begin:], piece.start + begin), joined))
    return _rejoin_inner_conjunctions(piece, items)


# 친목회 (a club), 상담소 (an advice centre), 봉사단 (a volunteer corps).
KOREAN_GROUP_ENDINGS = ("회", "소", "단", "센터", "노조")


def _names_a_group(chunk: str) -> bool:
    from .names import has_org_word  # noqa: PLC0415 - names builds on this module

    # "택배", "필리핀 조선" are words of the name after the dot; "관악 대리기사 친목회" is a
    # name of its own, closed by a word for a group.
    text = chunk.strip()
    last = text.split()[-1] if text else ""
    return (
        has_org_word(last) or last.endswith(KOREAN_GROUP_ENDINGS) or text.endswith((")", "'", "’"))
    )


def _rejoin_inner_conjunctions(piece: Span, items: list[Item]) -> list[Item]:
    """ "A, Syndicat des Enseignants du Moyen et Secondaire, B et C": a list joins only its
    last item with "and". After an "and" inside the list, with a comma after it, one
    capitalised word ends the name before it ("Moyen et Secondaire"), and so does the
    part that names the kind of organisation when the part before names none ("Legal
    Rights and Natural Resources Center"); "A, B and 40 others" still ends at B."""
    from .names import has_org_word  # noqa: PLC0415 - names builds on this module

    merged: list[Item] = []
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        # "Secondaire (SAEMS)": the acronym after the name does not count; nor does the
        # article of "Latin America and the Caribbean".
        words = TRAILING_NOTE.sub("", item.span.text).split()
        if len(words) > 1 and words[0].islower() and words[0] in ARTICLES:
            words = words[1:]
        inside = (
            item.after_conjunction
            and merged
            and following is not None
            and not following.after_conjunction
            and not OTHERS_TAIL.match(following.span.text)
            and words[:1] != []
            and words[0][:1].isupper()
            and not words[0].isupper()
        )
        # "이주와인권연구소/Migration and Human Rights Institute": the part before the
        # "and" is what follows the slash of a pair.
        before = merged[-1].span.text.rsplit("/", 1)[-1].strip() if merged else ""
        inner = inside and (
            len(words) == 1
            or (has_org_word(item.span.text) and not has_org_word(before) and before[:1].isupper())
        )
        # "… y la Comisión Ecuménica Vida y Territorio": a list has one last "and"; a
        # capitalised word or two after a second one end the name before it.
        twice = (
            following is None
            and item.after_conjunction
            and bool(merged)
            and merged[-1].after_conjunction
            and 0 < len(words) <= 2
            and all(word[:1].isupper() for word in words)
        )
        # "Southwick Tenants' and Residents' Association": a name cut on a plural
        # possessive goes on after the "and".
        possessive = (
            item.after_conjunction
            and bool(merged)
            and merged[-1].span.text.rstrip().endswith(("s'", "s’"))
        )
        # "Rede de Médicas e Médicos pelo SUS": one word's two genders, joined inside an
        # organisation's name ("seine Kolleginnen und Kollegen" name nobody).
        doublet = (
            item.after_conjunction
            and bool(merged)
            and bool(words)
            and gendered_pair(merged[-1].span.text.split()[-1], words[0])
            and has_org_word(merged[-1].span.text)
        )
        inner = inner or twice or possessive or doublet
        if inner:
            previous = merged.pop()
            start = previous.span.start
            text = piece.text[start - piece.start : item.span.end - piece.start]
            merged.append(Item(Span(text, start, item.span.end), previous.after_conjunction))
        else:
            merged.append(item)
    return merged


# Feminine and masculine forms share all but their last few letters.
GENDER_ENDING_CHARS = 2
GENDER_STEM_CHARS = 4
GENDER_STEM_SHARE = 0.6


def gendered_pair(first: str, second: str) -> bool:
    """ "Médicas" / "Médicos", "Lehrerinnen" / "Lehrer": one word's two genders."""
    if first[:1].isupper() != second[:1].isupper() or first == second:
        return False
    common = len(os.path.commonprefix([first.casefold(), second.casefold()]))
    shorter, longer = sorted((len(first), len(second)))
    # "Médicas e Médicos", "Lehrerinnen und Lehrer", "Lavoratrici e Lavoratori".
    return common >= GENDER_STEM_CHARS and (
        common >= shorter - GENDER_ENDING_CHARS or common >= longer * GENDER_STEM_SHARE
    )


def normalise_name(name: str) -> str:
    """The key two spellings of one name share: NFC, case-folded, spaces collapsed,
    surrounding punctuation stripped."""
    folded = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    return folded.strip(" \t,;:.!?\"'“”‘’«»„()[]{}–—-*•·")
