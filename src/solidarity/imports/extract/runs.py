"""Signatories written as running text: "signed by A, B (role), C and 40 others"."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .countries import country_list, demonym_code, is_region_name
from .entries import Entry, parse_entry, without_country_of_origin
from .givennames import opens_with_given_name
from .headings import group_heading, has_cue, is_heading
from .items import (
    ELIDED_AGENT,
    ITEM_CONTRACTIONS,
    MAX_INTRO_WORDS,
    ItemShape,
    is_single_word,
    opens_with_agent,
    shape_of,
)
from .lexicon import (
    ADDRESSEES,
    ARTICLES,
    DESCRIPTOR_STARTS,
    MEMBERS_INLINE,
    NAME_PARTICLES,
    OTHERS_TAIL,
    POSTPOSED_OTHERS,
    RANGE_ENDS,
    RANGE_STARTS,
    SIGNING_CUES,
    SPEECH_VERBS,
)
from .marks import strip_marker
from .memberships import GROUP_LEAD, ISSUED_BY, member_owner
from .model import INDIVIDUAL, ORGANIZATION
from .names import (
    clean,
    has_org_word,
    initials,
    is_acronym,
    is_capitalised,
    is_role,
    looks_like_person,
    script_of,
    strip_honorifics,
)
from .places import is_place
from .segments import comma_segments, inverted_with_post
from .text import (
    CONJUNCTION_WORDS,
    TRAILING_NOTE,
    Item,
    Span,
    bracketed_inner,
    mask_brackets,
    split_at_semicolons,
    split_items,
    without_arabic_and,
)
from .written import DASH_SPLIT

CUE_WINDOW = 7
TRAILING_ACRONYM = re.compile(r"\((\w{3,})\)\s*$")
# An entry between semicolons, parentheses aside: "Pérez, Juan (…)" is three words.
MAX_RUN_ITEM_WORDS = 8
CONJUNCTION = re.compile(r"\s+(?:" + "|".join(map(re.escape, CONJUNCTION_WORDS)) + r")\s+")
MAX_DESCRIPTION = 14
MAX_CLOSING_DESCRIPTION = 6
INVERTED = re.compile(
    r"^[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*)?,\s*[^\W\d][\w'’.-]*(?:\s+[^\W\d][\w'’.-]*)?\.?$"
)


@dataclass
class Run:
    """Consecutive names in one stretch of text, with the descriptions between them."""

    entries: list[Entry] = field(default_factory=list)
    ends_with_others: bool = False
    # Opened by "including", "such as", "darunter": part of a group named before.
    introduced: bool = False
    tail: str = ""


def find_runs(piece: Span) -> list[Run]:
    """Every run of names in a sentence or list paragraph."""
    semicolon_run = _semicolon_run(piece, fewest=3)
    if semicolon_run:
        return [semicolon_run]
    items = split_items(piece)
    shapes = [shape_of(item) for item in items]
    if sum(map(opens_with_agent, shapes)) >= 2:
        # "assinado pela A, pelo B, da C e pela D": every item is introduced so, and an
        # "e" not followed by "pela" is inside a name ("Central Sindical e Popular").
        items = _joined_unless_introduced(piece, items)
        shapes = [shape_of(item, contracted=True) for item in items]
    runs: list[Run] = []
    index = 0
    while index < len(shapes):
        first = shapes[index]
        opening = first.full or first.trailing
        if opening is None or (
            index == 0
            and first.full
            and is_single_word(first.full)
            and first.item.span.start == piece.start
        ):
            index += 1
            continue
        run = Run(introduced=first.included)
        _add(run, opening, first)
        index += 1
        while index < len(shapes):
            shape = shapes[index]
            if shape.others:
                run.ends_with_others = True
                index += 1
                break
            if shape.addressed:
                break
            if shape.post_ahead:
                # "…, e il sindaco di Bedonia, Enrico Bertolani": the run goes on to him.
                pass
            elif shape.country_codes is not None:
                _add_countries(run, shape.country_codes)
            elif shape.full:
                # "From X …, to Y": a range of signatories, from one end to the other.
                ranged = _first_word(first.intro) in RANGE_STARTS
                run.introduced |= ranged and _first_word(shape.intro) in RANGE_ENDS
                _add(run, shape.full, shape)
            elif shape.leading:
                _add(run, shape.leading, shape)
                run.tail = shape.tail
                index += 1
                break
            elif shape.descriptor and run.entries and not shapes[index - 1].descriptor:
                following = shapes[index + 1] if index + 1 < len(shapes) else None
                last = following is None or not (following.full or following.leading)
                _describe(run.entries[-1], shape, last=last)
            else:
                break
            index += 1
        if run.entries:
            runs.append(run)
    return runs


def _joined_unless_introduced(piece: Span, items: list[Item]) -> list[Item]:
    """The items of a list whose names each follow "pela", "pelo", "dalla": an "and"
    that no such word follows joins two halves of one name."""
    joined: list[Item] = []
    for item in items:
        first = item.span.text.split()[0].casefold() if item.span.text.split() else ""
        introduced = first in ITEM_CONTRACTIONS or ELIDED_AGENT.match(first)
        if joined and item.after_conjunction and not introduced:
            previous = joined.pop()
            start, end = previous.span.start, item.span.end
            text = piece.text[start - piece.start : end - piece.start]
            joined.append(Item(Span(text, start, end), previous.after_conjunction))
        else:
            joined.append(item)
    return joined


def _semicolon_run(piece: Span, *, fewest: int) -> Run | None:
    """ "Rossi, Mario; Bianchi, Lucia; Verdi, Giuseppe": entries that hold commas of their
    own are separated by semicolons. When most read "Surname, Given", all are turned.
    Clauses of a sentence are separated by semicolons too, so each part must be short."""
    chunks = [
        _without_others(chunk)
        for chunk in split_at_semicolons(piece)
        if not OTHERS_TAIL.match(chunk.text)
    ]
    closing: Span | None = None
    people = sum(_person_and_post(mask_brackets(chunk.text)) for chunk in chunks[:-1])
    if len(chunks) > fewest and chunks[-1].text[:1].islower() and people >= len(chunks) - 2:
        listed = _past_introduction(chunks[-1], last=True)
        if listed is not None and mask_brackets(listed.text).count(",") >= 2:
            # "…; Alberto Fonseca, dentista; além das entidades A, B, C": a run of people
            # and their posts closes on a list of another kind, its names set by commas.
            closing = listed
            chunks.pop()
    if len(chunks) >= fewest:
        chunks[-1:] = _last_pair(chunks[-1])
        # "Adhieren a esta declaración la Federación …; el Sindicato …; y el Colectivo …":
        # the sentence that opens the run (or what is left of it after the signing word),
        # and the article or "and" before a part, are no part of the names.
        chunks = [
            _past_introduction(chunk, last=position == len(chunks) - 1) or chunk
            if chunk.text[:1].islower() or (position == 0 and has_cue(chunk.text))
            else chunk
            for position, chunk in enumerate(chunks)
        ]
    masked = [mask_brackets(chunk.text) for chunk in chunks]
    # One comma at most per part ("Surname, Given" or "Name, Country"); more, and each part
    # is a list of its own ("Chile: A, B, C; Perú: D, E").
    # A person with a post and an organisation is longer, and has commas of its own.
    too_long = not all(
        (_name_words(text) <= MAX_RUN_ITEM_WORDS and text.count(",") <= 1)
        or (_name_words(text) <= 2 * MAX_RUN_ITEM_WORDS and _person_and_post(text))
        # "Mauri, Franco, consigliere comunale": the surname, the given name, the post.
        or inverted_with_post(comma_segments(text)[0])
        for text in masked
    )
    if len(chunks) < fewest or too_long:
        return None
    # "Navarro Pineda, Carmen (arquitecta)": the post in parentheses after the name.
    written = [TRAILING_NOTE.sub("", chunk.text) for chunk in chunks]
    inverted = sum(bool(INVERTED.match(text)) for text in written) >= len(chunks) * 0.6
    run = Run()
    for chunk in chunks:
        entry = _post_then_person(chunk) or parse_entry(chunk.text, chunk.start, inverted=inverted)
        if entry:
            run.entries.append(entry)
    if closing is not None:
        run.entries.extend(listed_entries(closing))
    return run if len(run.entries) >= 2 else None


def _post_then_person(chunk: Span) -> Entry | None:
    """ "la secretaria general de la CTER, Norma Acuña": a post in lower case, then the
    person who holds it, after a comma."""
    post, comma, person = chunk.text.rpartition(", ")
    person = person.strip().rstrip(".")
    if not (comma and post[:1].islower() and looks_like_person(person)):
        return None
    entry = parse_entry(person, chunk.start + len(post) + len(comma))
    if entry is None or entry.kind != INDIVIDUAL:
        return None
    entry.affiliation = entry.affiliation or post.strip()
    return entry


def _name_words(masked: str) -> int:
    """How many words a part's name has, leaving out particles, dashes and brackets:
    "Federação Nacional dos Professores do Ensino Básico – FENPEB (Portugal)" has six."""
    words = masked.split()
    if len(words) <= MAX_RUN_ITEM_WORDS:
        return len(words)
    return sum(word not in NAME_PARTICLES and word[:1].isalnum() for word in words)


# "A – B – C – D": names set one after another with spaced dashes; fewer parts are a name
# with its country or post ("Name – Country – post").
# Spaced dashes, or the spaced middle dots a post sets between names ("A · B · C · D").
SPACED_DASH = re.compile(r"\s+[–—]\s+")
# A cell between tabs, or between the wide gaps of a PDF's columns set in spaces.
TAB_CELL = re.compile(r"(?:(?!\t| {3})[^\n])*[^\t\s](?:(?!\t| {3})[^\n])*")
DOT_SEPARATOR = re.compile(r"\s+[·|•]\s+")
DOTTED_RUN_PARTS = 3
# "Núcleo de Estudos em Mídia Popular da Faculdade Paulistana de Comunicação": dots
# separate longer names than dashes may.
MAX_DOTTED_ITEM_WORDS = 14
RUN_HEADING = re.compile(r"^(?P<heading>[^:–—]{1,60}?)\s?:\s+")
DASH_RUN_PARTS = 4


def dash_run(piece: Span) -> list[Entry]:
    """ "Rete A – Comitato B – Circolo C – Unione D": a line of those who joined, printed
    with spaced dashes and no comma. Only a text far too long for one entry, in which every
    part is a capitalised name of an entry's length, is so cut: a dash in one entry sets
    off its country or post. Middle dots and bars ("Rádio A 98,7 FM · Coletivo B (Ouro
    Preto) · Ana Ruiz, locutora") separate nothing else, and may part two entries with
    their posts."""
    lead = RUN_HEADING.match(piece.text)
    label = lead["heading"] if lead else ""
    headed = bool(label) and (
        has_cue(label)
        or is_heading(label + ":")
        or group_heading(label + ":")
        or is_region_name(label)
        or is_place(label)
    )
    if lead and headed:
        # "Organisations signataires : A – B – C", "Minas Gerais: A · B": the run after its
        # own heading, or after the region its names are from (where two names are a run).
        piece = Span(piece.text[lead.end() :], piece.start + lead.end(), piece.end)
    masked = mask_brackets(piece.text)
    dotted = len(DOT_SEPARATOR.findall(masked)) >= DOTTED_RUN_PARTS - 1 - headed
    separator = DOT_SEPARATOR if dotted else SPACED_DASH
    if not dotted and ("," in masked or len(masked.split()) <= 2 * MAX_RUN_ITEM_WORDS):
        return []
    bounds = [0, *(point for dash in separator.finditer(masked) for point in dash.span())]
    bounds.append(len(masked))
    parts = [
        Span(piece.text[a:b], piece.start + a, piece.start + b)
        for a, b in zip(bounds[::2], bounds[1::2], strict=True)
    ]
    # "… · 희망의 노동법률지원단 외 30개 단체": the last name, then how many others.
    last = _without_postposed_others(parts[-1]) if parts else None
    parts = parts[:-1] + ([last] if last else [])
    if len(parts) < (DOTTED_RUN_PARTS - headed if dotted else DASH_RUN_PARTS) or not all(
        part.text.split()
        and _name_words(mask_brackets(part.text).partition(",")[0])
        <= (MAX_DOTTED_ITEM_WORDS if dotted else MAX_RUN_ITEM_WORDS)
        and is_capitalised(part.text.split()[0])
        for part in parts
    ):
        return []
    entries = [parse_entry(part.text, part.start) for part in parts]
    return [entry for entry in entries if entry] if all(entries) else []


# "마리아 곤살레스(Maria González, 대학교)": the name before its bracket is an entry's length.
BRACKETED_ITEM = re.compile(r"^[^()]{2,60}\([^()]+\)$")


def tab_run(piece: Span) -> list[Entry]:
    """ "Ateneu Popular de Cambrils ⇥ Federació de Veïns ⇥ Col·lectiu Bici Camp": a list
    set in columns without a header, a row of organisations' names (a person's row,
    "Ana Ruiz ⇥ Teacher ⇥ Dock Union", is one entry); a PDF sets the columns apart by
    wide gaps of spaces."""
    if "\t" not in piece.text and "   " not in piece.text.strip():
        return []
    cells = [
        Span(match.group(), piece.start + match.start(), piece.start + match.end())
        for match in TAB_CELL.finditer(piece.text)
    ]
    if len(cells) < 2 or sum(has_org_word(cell.text) for cell in cells) * 2 <= len(cells):
        return []
    # A person's row opens with their name; a row of one organisation may give its name in
    # two scripts, or its country.
    first = cells[0].text
    if (
        (looks_like_person(first) and not has_org_word(first))
        or len({script_of(cell.text) for cell in cells}) > 1
        or any(country_list(cell.text) for cell in cells)
    ):
        return []
    entries = [parse_entry(cell.text, cell.start) for cell in cells]
    return [entry for entry in entries if entry] if all(entries) else []


PAIR_OF_PEOPLE = re.compile(r"\s+(?:&|and|och|og|und|et|y|e|i|en|ja|és|a|и|і|та|και)\s+")


def two_people(piece: Span) -> list[Entry]:
    """ "Lina Mäkitalo & Jonas Blomqvist, Kalix": two people with names of their own on one
    line ("Dorota i Marek Nowak", one surname, is a couple's one entry), sharing the note
    after them."""
    name, comma, note = piece.text.partition(",")
    halves = PAIR_OF_PEOPLE.split(strip_marker(name).strip())
    if len(halves) != 2 or not all(
        len(half.split()) >= 2 and opens_with_given_name(half) and looks_like_person(half)
        for half in halves
    ):
        return []
    entries: list[Entry] = []
    offset = piece.text.index(halves[0])
    for half in halves:
        at = piece.text.index(half, offset)
        entry = parse_entry(half + comma + note, piece.start + at)
        if entry is None:
            return []
        entries.append(entry)
        offset = at + len(half)
    # The first is highlighted on her own name, the note after the second.
    entries[0].end = entries[0].start + len(halves[0])
    return entries


def bracketed_run(piece: Span) -> list[Entry]:
    """ "Ana Ruiz (Lima, historian), Ivo Sala (Roma, UniRoma)": names one after another,
    each closed by its bracket, whatever commas the brackets hold."""
    if piece.text.count("(") < 2:
        return []
    parts = [item.span for item in split_items(piece)]
    # ("Ирина Лазарева (Irina Lazareva), обозреватель «…» (Тбилиси, Грузия)": a post in
    # lower case after the name in two forms, no second name.)
    if len(parts) < 2 or not all(
        BRACKETED_ITEM.match(part.text.strip()) and not part.text.strip()[:1].islower()
        for part in parts
    ):
        return []
    entries = [parse_entry(part.text, part.start) for part in parts]
    return [entry for entry in entries if entry] if all(entries) else []


def _last_pair(chunk: Span) -> list[Span]:
    """ "A; B; C (Schweiz) und D (NEPA)": a run joins its last entry with "and"; the
    "and" after a bracket, or in a part too long for one entry, separates the two."""
    masked = mask_brackets(chunk.text)
    joins = list(CONJUNCTION.finditer(masked))
    if not joins:
        return [chunk]
    join = joins[-1]
    before = masked[: join.start()]
    if not (before.endswith((")", "]")) or len(masked.split()) > MAX_RUN_ITEM_WORDS):
        return [chunk]
    after = chunk.text[join.end() :]
    return [
        Span(chunk.text[: join.start()], chunk.start, chunk.start + join.start()),
        Span(after, chunk.start + join.end(), chunk.end),
    ]


def _person_and_post(text: str) -> bool:
    """ "Marta Nowak, Senior Lecturer, Institute of Soil Studies (Poland)", "Ana Ruiz,
    trade unionist, Lima": one person, then their post and where they hold it."""
    parts = DASH_SPLIT.split(text, maxsplit=1)
    if len(parts) == 2:
        # "Anwar Hossain – Department of Sociology, University of Dhaka".
        person, post = parts
        return bool(post.strip()) and "," not in person and looks_like_person(person)
    segments = comma_segments(text)[0]
    return (
        len(segments) >= 2
        # "Rev. Fr. Emmanuel Santos, parish priest of San Roque, Navotas".
        and looks_like_person(strip_honorifics(segments[0]))
        # "economist", "trade unionist": a post, or words in lower case that describe;
        # "أستاذ القانون العام بجامعة …": a long one opens with its post.
        and (
            is_role(segments[1])
            or is_role(" ".join(segments[1].split()[:2]))
            or not is_capitalised(segments[1])
        )
        and not any(looks_like_person(part) and not is_role(part) for part in segments[2:-1])
        # "…, Barangay Captain, Tangos North", "…, psiquiatra, CAPS Itaquera": the place
        # closes a post; after anything else, a name-shaped last part is another person.
        and (
            len(segments) == 2
            or is_role(segments[-2])
            or not is_capitalised(segments[-2])
            or not (looks_like_person(segments[-1]) and not is_role(segments[-1]))
        )
    )


def _without_others(chunk: Span) -> Span:
    """ "Riverside Food Bank and 40 others" → "Riverside Food Bank"."""
    items = split_items(chunk)
    if len(items) > 1 and OTHERS_TAIL.match(items[-1].span.text):
        kept = chunk.text[: items[-2].span.end - chunk.start]
        return Span(kept, chunk.start, chunk.start + len(kept))
    return chunk


def _first_word(text: str) -> str:
    return clean(text.split()[0]) if text.split() else ""


def _add(run: Run, span: Span, shape: ItemShape) -> None:
    span = without_arabic_and(span)
    entry = parse_entry(span.text, span.start)
    if entry is None:
        return
    without_country_of_origin(entry)
    _mark_described(entry, shape.intro)
    _country_before(entry, shape.intro)
    _append(run.entries, entry, after_conjunction=shape.item.after_conjunction)


INTRO_COUNTRY_WORDS = 2


def _country_before(entry: Entry, intro: str) -> None:
    """ "la ecuatoriana Acción Amazónica", "la organización británica X", "the Kenyan X":
    a nationality right before the name, in running text, is the entry's country."""
    if entry.countries:
        return
    for word in reversed(intro.split()[-INTRO_COUNTRY_WORDS:]):
        code = demonym_code(clean(word)) if word[:1].islower() or word.isascii() else None
        if code:
            entry.countries = [code]
            return


def _append(entries: list[Entry], entry: Entry, *, after_conjunction: bool) -> None:
    previous = entries[-1] if entries else None
    if (
        after_conjunction
        and previous
        and entry.affiliation
        and (previous.affiliation is None and entry.kind == previous.kind)
    ):
        # "Dieter Nuhr und Gerhard Polt (Kabarettisten)": a plural note for both.
        previous.affiliation = entry.affiliation
    entries.append(entry)


def _mark_described(entry: Entry, before: str) -> None:
    """ "la consigliera comunale Elena Bassi": a post stated before the name."""
    if any(len(word) > 3 and word.islower() for word in before.split()):
        entry.plain = False


def listed_entries(piece: Span) -> list[Entry]:
    """Text known to be a list ("Signed: A, B (role) and C."): every item is an entry,
    written in whatever case its language uses ("Конфедерация труда России"); an item in
    lower case describes the entry before it ("Иван Петров, профессор").

    A long run is read both as the list it closes and as the paragraph it is: remembered,
    and each reader gets entries of its own to adjust."""
    return [
        replace(entry, alt_names=list(entry.alt_names), countries=list(entry.countries))
        for entry in _listed_entries(piece)
    ]


@lru_cache(maxsize=64)
def _listed_entries(piece: Span) -> tuple[Entry, ...]:
    return tuple(_read_listed_entries(piece))


def _read_listed_entries(piece: Span) -> list[Entry]:
    semicolon_run = _semicolon_run(piece, fewest=2)
    if semicolon_run:
        return semicolon_run.entries
    dashed = dash_run(piece)
    if dashed:
        return dashed
    entries: list[Entry] = []
    items = split_items(piece)
    for position, item in enumerate(items):
        text = item.span.text
        if OTHERS_TAIL.match(text):
            break
        codes = country_list(text.strip(" .:;"))
        if codes and entries:
            entries[-1].countries = list(dict.fromkeys(entries[-1].countries + codes))
            continue
        owner = member_owner(text.strip(" .;"))
        if (
            owner
            and not any(word[:1].isupper() for word in text.split()[:2])
            and entries
            and entries[-1].kind == ORGANIZATION
        ):
            # "la Ligue suisse des locataires, section de la FIAL, et …": whose section
            # ("the Sunderland branch of the X" is a signatory of its own).
            entries[-1].member_of = owner
            continue
        last = position == len(items) - 1
        name = _past_introduction(item.span, last=last)
        first = clean(text.split()[0]) if text.split() else ""
        posted = first.islower() and is_role(first)
        described = bool(entries) and entries[-1].kind == INDIVIDUAL
        if posted and described and entries[-1].affiliation is None:
            # "Luca Mori, segretario provinciale FLS Sanità (Livorno)": his post, and the
            # organisation he holds it in ("gazeteci-yazar Hülya Bozkurt" is another
            # signer, named after her post).
            name = name if name is not None and looks_like_person(name.text) else None
        if name is not None and last:
            name = _without_postposed_others(name)
        if name is None:
            if entries and entries[-1].kind == INDIVIDUAL and entries[-1].affiliation is None:
                entries[-1].affiliation = text.strip(" .;")
            continue
        entry = parse_entry(name.text, name.start)
        if entry is None:
            continue
        _mark_described(entry, text[: name.start - item.span.start])
        if item.after_conjunction and entries and _continues_name(entries[-1], entry):
            # "Partido Socialismo y Libertad": the "y" was part of the name.
            entries[-1].name = f"{entries[-1].name} {piece_between(piece, entries[-1], entry)}"
            entries[-1].end = entry.end
            continue
        written = piece.text[entry.start - piece.start : entry.end - piece.start]
        if item.after_conjunction and entries and _acronym_spans_both(entries[-1], written):
            # "Centro para a Democracia e Direitos Humanos (CDDH)": the acronym after the
            # second part stands for both, so the "e" was part of the name.
            between = piece.text[entries[-1].end - piece.start : entry.start - piece.start]
            second = TRAILING_ACRONYM.sub("", written).strip()
            entries[-1].name = f"{entries[-1].name} {between.strip()} {second}"
            entries[-1].alt_names = entry.alt_names
            entries[-1].end = entry.end
            entries[-1].kind = ORGANIZATION
            continue
        _append(entries, entry, after_conjunction=item.after_conjunction)
    return entries


def _acronym_spans_both(previous: Entry, written: str) -> bool:
    match = TRAILING_ACRONYM.search(written)
    if not match or previous.alt_names or "(" in previous.name:
        return False
    name = written[: match.start()]
    joined = (initials(previous.name) + initials(name)).casefold()
    return is_acronym(match[1]) and match[1].casefold() == joined


def _without_postposed_others(name: Span) -> Span | None:
    """ "구미노동상담소 등 전국 128개 단체" → "구미노동상담소"."""
    match = POSTPOSED_OTHERS.search(name.text)
    if not match:
        return name
    if match.start() == 0:
        return None
    return Span(name.text[: match.start()], name.start, name.start + match.start())


def _past_introduction(span: Span, *, last: bool) -> Span | None:
    """The item from its first capitalised word on ("а также Иван Петров" → "Иван
    Петров", "y organizaciones como X" → "X"); None for a description in lower case."""
    words = list(re.finditer(r"\S+", span.text))
    skipped = cues = 0
    while skipped < len(words) and (
        not is_capitalised(words[skipped].group()) or clean(words[skipped].group()) in SIGNING_CUES
    ):
        # "ووقّع على البيان كل من X": the signing verb opens the list in a script without
        # capitals; it does not count against the introduction's few words.
        cues += clean(words[skipped].group()) in SIGNING_CUES
        skipped += 1
    if skipped == len(words) or skipped - cues > MAX_INTRO_WORDS:
        return None
    # "la sindaca di Bardi, Marta Ghirardelli": the article before the post says nothing.
    intro = [clean(word.group()) for word in words[:skipped] if word.group() not in ARTICLES]
    if intro and is_role(intro[0]) and any(word in DESCRIPTOR_STARTS for word in intro[1:]):
        # "Ana Ruiz, infirmière au CHU de Nantes, B", "il sindaco di Bedonia, Enrico
        # Bertolani": a post and where it is held describe a person; the place is no name
        # of its own ("профессор Иван Петров" is).
        return None
    begin = words[skipped].start()
    text = span.text[begin:]
    if skipped and bracketed_inner(text.rstrip(" .;")) is not None:
        # "infermiera (Portoferraio)": a post and the town it is held in.
        return None
    first_word = text.split()[0]
    if first_word.startswith("و") and len(first_word) > 3 and (last or first_word[1:3] == "ال"):
        # Arabic writes "and" as a prefix of the last name: "ومحمد علي".
        text, begin = text[1:], begin + 1
    return Span(text, span.start + begin, span.end)


def _continues_name(previous: Entry, entry: Entry) -> bool:
    """ "Partido Socialismo" + "Libertad": one word with no organisation word of its own,
    after an organisation's name, is the end of that name."""
    return (
        previous.kind == ORGANIZATION
        and has_org_word(previous.name)
        and len(entry.name.split()) == 1
        and not has_org_word(entry.name)
        and not is_acronym(entry.name)
        and not entry.alt_names
    )


def piece_between(piece: Span, previous: Entry, entry: Entry) -> str:
    """The conjunction and the word that follows a name, as written."""
    return piece.text[previous.end - piece.start : entry.end - piece.start].strip()


def _add_countries(run: Run, codes: list[str]) -> None:
    if run.entries:
        last = run.entries[-1]
        last.countries = list(dict.fromkeys(last.countries + codes))


def _describe(entry: Entry, shape: ItemShape, *, last: bool) -> None:
    """ "Kevin Anderson, professor at …, and …": a description of the name before it. At
    the end of a run, a long one is more often the rest of the sentence."""
    text = shape.item.span.text.strip(" ,.;")
    longest = MAX_CLOSING_DESCRIPTION if last else MAX_DESCRIPTION
    if entry.affiliation is None and len(text.split()) <= longest:
        entry.affiliation = text


def is_quoted(run: Run) -> bool:
    """ "X, head of Y, said:" — a quoted person, not a signatory."""
    words = run.tail.split()
    return bool(words) and clean(words[0]) in SPEECH_VERBS


def after_addressee(text_before: str) -> bool:
    """ "an den Bundeskanzler Olaf Scholz": the name a letter is addressed to."""
    words = [clean(word).casefold() for word in text_before.split()[-4:]]
    return any(word in ADDRESSEES for word in words)


def run_after_cue(line: Span, cue_end: int) -> list[Entry]:
    """ "… also co-signed by A, B and C": the run of names that follows a signing word,
    when it names two or more."""
    runs = find_runs(Span(line.text[cue_end - line.start :], cue_end, line.end))
    return runs[0].entries if runs and len(runs[0].entries) >= 2 else []


# "signed with", "firmata con", "unterzeichnet mit": the other party to an agreement.
COUNTERPARTY = frozenset(
    ("with", "con", "mit", "avec", "com", "с", "со", "з", "із", "ile", "με", "مع")
)


def names_after_cue(sentence: Span, cue_end: int) -> list[Entry]:
    """ "signed by the lawyer Ana Gomes": a named signatory a few words after the cue."""
    after = Span(sentence.text[cue_end - sentence.start :], cue_end, sentence.end)
    runs = find_runs(after)
    if not runs:
        return []
    found: list[Entry] = []
    for entry in runs[0].entries:
        between = sentence.text[cue_end - sentence.start : entry.start - sentence.start]
        if between.split()[:1] and clean(between.split()[0]).casefold() in COUNTERPARTY:
            # "la convenzione firmata con il gruppo X": who the contract was signed with.
            continue
        close = len(between.split()) <= CUE_WINDOW and "," not in between
        if close and len(entry.name.split()) >= 2 and not after_addressee(between):
            found.append(entry)
    return found


# "… et ses sections : A, B ; par le Y …": the groups of a sentence that lists signatories.
SEMICOLON_GROUP = re.compile(r"[^;]+")


def members_in_groups(line: Span) -> list[tuple[Entry, str | None]] | None:
    """ "X (XYZ), and its member organisations: A (Chad), B and C": X, and the names after
    the colon with X as their parent; "… ; par le Y et ses organisations membres : D, E ;
    ainsi que par F": each group after a semicolon in its turn. None when the line opens
    on no such group."""
    if ":" not in line.text or not MEMBERS_INLINE.search(line.text):
        return None
    # "Assinam esta nota a Rede … e suas seções nacionais: …": the intro is no name.
    intro = ISSUED_BY.match(line.text)
    begin = intro.end() if intro else 0
    label, colon, _ = line.text.partition(":")
    if not intro and colon and has_cue(label) and MEMBERS_INLINE.search(line.text, len(label)):
        # "Ont signé : la Confédération … (CSAO) et ses organisations membres : …".
        begin = len(label) + 1
    groups = [
        Span(part.group(), line.start + part.start(), line.start + part.end())
        for part in SEMICOLON_GROUP.finditer(line.text, begin)
    ]
    found: list[tuple[Entry, str | None]] = []
    parent: str | None = None

    def read(piece: Span) -> list[Entry]:
        entries = listed_entries(piece)
        if len(entries) > 1 and len(groups) >= 2 and "," not in piece.text:
            # "… και τα σωματεία-μέλη της: A; B και Γ; Δ": between semicolons, one name
            # each, whatever "and" it holds.
            entry = parse_entry(piece.text.strip().rstrip("."), piece.start)
            return [entry] if entry else []
        return entries

    for position, group in enumerate(groups):
        lead = GROUP_LEAD.match(group.text) if position else None
        start = lead.end() if lead else 0
        inline = MEMBERS_INLINE.search(group.text, start)
        if inline is None and not position:
            return None
        if inline is None:
            # A group of its own after "ainsi que par" or an article ("; o Movimento X"),
            # or more of the members before ("; Σωματείο X").
            parent = None if lead or not group.text.strip()[:1].isupper() else parent
            rest = Span(group.text[start:], group.start + start, group.end)
            found.extend((entry, parent) for entry in read(rest))
            continue
        international = parse_entry(group.text[start : inline.start()], group.start + start)
        if not international:
            return None
        article, _, named = international.name.partition(" ")
        if article.casefold() in ARTICLES and has_org_word(named):
            # "The Global Alliance of … (GACB) and its regional chapters: …": the sentence's
            # article, before the name.
            international.name = named
        members = Span(inline["members"], group.start + inline.start("members"), group.end)
        found.append((international, None))
        parent = international.name
        found.extend((entry, parent) for entry in read(members))
    return found
