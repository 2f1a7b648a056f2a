"""What a list as a whole says about its entries: a list of people keeps a doubtful
surname a person's, a list of organisations makes a bare name a group's, most entries
written "Surname, Given" or "SURNAME Given" turn all round, a note shared out."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from .countries import countries_in_name, country_code, country_codes, is_known_city
from .entries import Entry, parse_entry
from .givennames import holds_personal_name, opens_with_given_name
from .lexicon import NAME_PARTICLES, ON_BEHALF, ORGAN_WORDS, SECTION_WORDS
from .marks import strip_marker
from .model import INDIVIDUAL, ORGANIZATION
from .names import (
    classify_kind,
    has_org_word,
    initials,
    is_acronym,
    is_role,
    looks_like_person,
    surname_first_in_capitals,
)
from .places import is_town

if TYPE_CHECKING:
    from .lists import Found

TURKISH_LETTERS = frozenset("İıĞğŞş")


def individual_if_people_around(entries: list[Entry]) -> None:
    """Within a list that is mostly people, a surname like "Campagna" is not a campaign."""
    # Judge by the entries whose kind is not in doubt.
    ambiguous = [
        entry
        for entry in entries
        if entry.kind == ORGANIZATION
        and not entry.alt_names
        and not entry.countries
        and classify_kind(entry.name, people_around=True) == INDIVIDUAL
    ]
    doubtful = {id(entry) for entry in ambiguous}
    sure = [entry for entry in entries if id(entry) not in doubtful]
    people = sum(entry.kind == INDIVIDUAL for entry in sure)
    # Only a list of people with the odd doubtful entry: a list that mixes organisations
    # and people ("Trades Council", "Nurses Association", "Dr Amira Haddad") keeps them.
    few_doubts = len(ambiguous) <= 0.25 * len(entries)
    if people >= 3 and people >= 0.8 * len(sure) and few_doubts:
        for entry in ambiguous:
            entry.kind = INDIVIDUAL


def organisation_if_organisations_around(entries: list[Entry]) -> None:
    """ "Seebrücke Berlin", "Solidaires Bruxelles" among organisations: two or three
    words shaped like a person's name, but one of them is a place (a country or a city
    CLDR names), so a local group's rather than a person's."""
    candidates = [
        entry
        for entry in entries
        if entry.kind == INDIVIDUAL
        and entry.affiliation is None
        and _local_group(entry.name)
        # "Levent Özkan": a given name that is also a district's opens a person's name.
        and not opens_with_given_name(entry.name)
    ]
    _bare_names_among_organisations(entries)
    if not candidates:
        return
    doubtful = {id(entry) for entry in candidates}
    sure = [entry for entry in entries if id(entry) not in doubtful]
    organisations = sum(entry.kind == ORGANIZATION for entry in sure)
    # Beside organisations: most of the entries whose kind is not in doubt.
    if organisations >= 2 and organisations > len(sure) - organisations:
        for entry in candidates:
            entry.kind, entry.affiliation = ORGANIZATION, None
            if not entry.countries:
                entry.countries = countries_in_name(entry.name)
                entry.countries_from_name = bool(entry.countries)


def _bare_names_among_organisations(entries: list[Entry]) -> None:
    """ "Lucha Viva", "Κόκκινο Νήμα", "Direniş Çadırı" between organisations: two or three
    capitalised words with nothing said about them (no title, post, town or other name),
    in a list of mostly organisations, name a group (a paper, a collective) more often
    than a person, whom such lists give with a post or in a part of their own."""

    def bare(entry: Entry) -> bool:
        if entry.kind != INDIVIDUAL or entry.shared_note is not None:
            return False
        if opens_with_given_name(entry.name):
            return False
        return entry.plain or _town_note(entry.affiliation)

    organisations = sum(entry.kind == ORGANIZATION for entry in entries)
    people = sum(entry.kind == INDIVIDUAL and not bare(entry) for entry in entries)
    if organisations < 4 or organisations < people:
        return

    index = 0
    while index < len(entries):
        if not bare(entries[index]):
            index += 1
            continue
        end = index
        while end < len(entries) and bare(entries[end]):
            end += 1
        neighbours = entries[index - 1 : index][:1] + entries[end : end + 1]
        between = end - index <= 3 and all(entry.kind == ORGANIZATION for entry in neighbours)
        for entry in entries[index:end]:
            if between or not holds_personal_name(entry.name):
                entry.kind = ORGANIZATION
        index = end


TOWN_NOTE_WORDS = 2


def _town_note(note: str | None) -> bool:
    """ "(Bologna)", "(Reggio Emilia)": a note of one or two capitalised words that
    name no post, no organisation and no acronym says where, as it does for the
    organisations around."""
    if not note or len(note.split()) > 2 * TOWN_NOTE_WORDS:
        return False
    words = [word for word in note.split() if word not in NAME_PARTICLES]
    if len(words) > TOWN_NOTE_WORDS or not all(word[:1].isupper() for word in words):
        return False
    if note.isupper() and not is_town(note):
        # "KIŞ YÜZÜCÜSÜ" in a list written in capitals: capitals say nothing of a town.
        return False
    return not (is_acronym(note) or is_role(note) or has_org_word(note))


LOCAL_GROUP_WORDS = 5


def _local_group(name: str) -> bool:
    """ "Seebrücke Berlin" (a place among two or three words), "Fair Finance Watch
    Belgium" (a country closing up to five): a group named after where it works."""
    words = name.split()
    placed = 2 <= len(words) <= 3 and any(_names_a_place(word) for word in words)
    return placed or (3 <= len(words) <= LOCAL_GROUP_WORDS and country_code(words[-1]) is not None)


def _names_a_place(word: str) -> bool:
    """A country or a city CLDR names ("Berlin", "Bruxelles"), not just any capitalised word."""
    cleaned = word.strip(".,;:()")
    return bool(cleaned) and (country_code(cleaned) is not None or is_known_city(cleaned))


# A town's word: letters, with the vowel signs Indic scripts write as marks ("झालावाड़").
TOWN_WORD = r"[^\W\d_][\w\u0900-\u0dff'’.-]*"
TOWN_SUFFIX = re.compile(
    rf"(?:\s[–—/-]\s|,\s)(?P<town>{TOWN_WORD}(?:\s{TOWN_WORD})?(?:\s{TOWN_WORD})?)$"
)
CLOSING_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][\w-]{1,12})\)$")
TOWN_SUFFIX_FEWEST = 3
TOWN_SUFFIX_SHARE = 0.5
COMMA_TOWNS_SHARE = 0.3
PEOPLE_AMONG_TOWNS = 3
# A third of the groups naming their town twice is enough to read the rest alike.
NAMED_AGAIN_SHARE = 3
KNOWN_TOWNS_SHARE = 2


def towns_after_dashes(entries: list[Entry], *, around: list[Entry]) -> None:
    """ "Associazione Ticino Accoglie – Lugano", "Klimabündnis e.V., Berlin": when half a
    list's organisations close on a dash or a comma and up to three capitalised words
    that name no organisation, and some of those words come back or most of the list is
    so written, they are the towns the entries are in, not part of their names; the
    written form stays an alternate name. around: the rest of the page's list, whose
    people may say where they are."""
    suffixed = []
    for entry in entries:
        match = TOWN_SUFFIX.search(entry.name) if entry.kind == ORGANIZATION else None
        town = match["town"] if match else ""
        if match and not town[:1].islower() and not has_org_word(town) and not is_acronym(town):
            suffixed.append((entry, match))
    organisations = sum(entry.kind == ORGANIZATION for entry in entries)
    after_commas = [(e, m) for e, m in suffixed if m.group().startswith(",")]
    after_dashes = [(e, m) for e, m in suffixed if not m.group().startswith(",")]
    # After commas ("…, Berlin", "…, Bonn") the words are towns; after a dash they may as
    # well name a branch ("– Sanità"), unless a town comes back ("– Lugano" twice).
    for group, need_repeat in ((after_commas, False), (after_dashes, True)):
        towns = [match["town"] for _, match in group]
        # "Leeds Tenants Union – Leeds": a group named after its town says so again.
        named_again = sum(
            match["town"].split()[0] in entry.name[: match.start()] for entry, match in group
        )
        # "– Foggia", "– Caserta", "– Ragusa": or half of them are towns a gazetteer knows,
        # or the list's people give as where they are ("Ana Ruiz, pediatra, Vergato").
        posts_end = {
            entry.affiliation.rpartition(",")[2].strip()
            for entry in [*around, *entries]
            if entry.kind == INDIVIDUAL and entry.affiliation
        }
        confirmed = {town for town in towns if is_town(town) or town in posts_end}
        known = KNOWN_TOWNS_SHARE * sum(town in confirmed for town in towns) >= len(towns)
        repeated = (
            len(set(towns)) < len(towns) or NAMED_AGAIN_SHARE * named_again >= len(group) or known
        )
        # Half the list so written; a quarter will do where the towns come back ("–
        # Chiapas" twice among a country's groups, the rest written without a town).
        # After commas a third will do: a comma sets apart no branch.
        share = TOWN_SUFFIX_SHARE / 2 if repeated else TOWN_SUFFIX_SHARE
        share = share if need_repeat else min(share, COMMA_TOWNS_SHARE)
        enough = len(group) >= max(TOWN_SUFFIX_FEWEST, share * organisations)
        # "– Maria Rossi" after a few entries is a contact person; "– بني ملال" once among
        # many one-word towns is a town of two words (a script without capitals reads
        # like a name).
        people = not known and PEOPLE_AMONG_TOWNS * sum(
            looks_like_person(town) for town in towns if " " in town
        ) >= len(towns)
        if enough and (repeated or not need_repeat) and not people:
            _without_towns(group)
        elif not need_repeat:
            # "Kvinnokören Stämma, Luleå": after a comma, a town GeoNames knows is one,
            # however few of the list's organisations give theirs.
            _without_towns([(entry, match) for entry, match in group if is_town(match["town"])])


def _without_towns(suffixed: list[tuple[Entry, re.Match[str]]]) -> None:
    for entry, match in suffixed:
        entry.alt_names.insert(0, entry.name)
        entry.name = entry.name[: match.start()]
        # "Sindacato … (SIPS) – Bellinzona": the acronym now closes the name.
        acronym = CLOSING_ACRONYM.search(entry.name)
        # "(ARCS), Lausanne": a second column's cell that holds only the end of a name
        # keeps what it has.
        if acronym and acronym.start() > 0:
            entry.name = entry.name[: acronym.start()]
            entry.alt_names.append(acronym["acronym"])
        elif entry.name.endswith(")"):
            # "Zeynep Karaca (muhtar, Kavurmacılar Köyü) / Edremit": read again without
            # the town, the bracket says who she is.
            _read_again(entry)


def _read_again(entry: Entry) -> None:
    again = parse_entry(entry.name, entry.start)
    if again is None:
        return
    entry.name, entry.kind, entry.affiliation = again.name, again.kind, again.affiliation
    entry.alt_names = list(dict.fromkeys(again.alt_names + entry.alt_names))
    entry.countries = list(dict.fromkeys(entry.countries + again.countries))


def shares_affiliation(entries: list[Entry]) -> None:
    """ "A, B, C (all members of X)": the note belongs to every name before it
    that has none of its own, back to the previous entry that had one."""
    for index, entry in enumerate(entries):
        if entry.shared_note is None:
            continue
        entry.affiliation = entry.shared_note
        for previous in reversed(entries[:index]):
            if previous.affiliation is not None:
                break
            previous.affiliation = entry.shared_note


def capital_surnames_first(entries: list[Entry]) -> None:
    """ "LEFEBVRE Claire", "KOÇ Ayşegül": when most of a list writes the surname first in
    capitals, each such entry is a person ("KOÇ" is no acronym there), named in natural
    order, the written form kept."""
    written_so = [entry for entry in entries if surname_first_in_capitals(entry.name)]
    if len(written_so) < max(3, len(entries) * 0.6):
        return
    openings = [entry.name.split()[0] for entry in written_so]
    if len(set(openings)) < len(openings) / 2:
        # "FILTA Lombardia", "FILTA Veneto": one organisation's initials before each of
        # its branches, not surnames.
        return
    # Turkish lowers "I" to "ı" and "İ" to "i": "AYDIN" is Aydın.
    turkish = any(char in TURKISH_LETTERS for entry in entries for char in entry.name)
    for entry in written_so:
        words = entry.name.split()
        surname = list(itertools.takewhile(str.isupper, words))
        given = words[len(surname) :]
        entry.alt_names.insert(0, entry.name)
        entry.name = " ".join(given + [_title_case(word, turkish) for word in surname])
        entry.kind = INDIVIDUAL


def _title_case(word: str, turkish: bool) -> str:
    """ "MORIN-DUCHÊNE" → "Morin-Duchêne", "N’DIAYE" → "N’Diaye"."""

    def lower(text: str) -> str:
        return text.replace("I", "ı").replace("İ", "i").lower() if turkish else text.lower()

    return re.sub(r"[^\W\d_]+", lambda part: part.group()[0] + lower(part.group()[1:]), word)


INVERTED_PAIR = re.compile(r"[^,()]+,\s*[^,()]+")


def inverted_names(entries: list[Entry]) -> None:
    """ "Arber, Werner": when most of a list is "Surname, Given", turn every one round."""
    inverted = [
        entry
        for entry in entries
        if INVERTED_PAIR.fullmatch(entry.name) and looks_like_person(entry.name.replace(",", ""))
    ]
    # "Бондар, Ірина — завідувачка …": entries whose post told them apart are turned already.
    turned = sum(
        bool(entry.alt_names)
        and INVERTED_PAIR.fullmatch(entry.alt_names[0]) is not None
        and entry.name
        == " ".join(reversed([part.strip() for part in entry.alt_names[0].split(",")]))
        for entry in entries
    )
    if len(inverted) + turned < max(2, len(entries) * 0.6) or not inverted:
        return
    for entry in inverted:
        surname, given = (part.strip() for part in entry.name.split(",", 1))
        entry.alt_names.insert(0, entry.name)
        entry.name = f"{given} {surname}"


def sections_by_acronym(entries: list[Entry]) -> dict[int, str]:
    """ "PSÖ Landesverband Bayern" under "Partei für Soziale Ökologie – Bundesvorstand": an
    entry opening with the initials of one above it and a word for a section is that
    one's section; the positions of such entries, and their parents' names."""
    parents: dict[int, str] = {}
    for index, entry in enumerate(entries):
        head, *rest = re.split(r"\s[–—-]\s", entry.name, maxsplit=1)
        section = rest[0].split()[:1] if rest else []
        if section and section[0] in SECTION_WORDS:
            # "الشبكة التونسية للحقوق البيئية – فرع قابس" under the network itself.
            named = next((other.name for other in entries[:index] if other.name == head), None)
            if named:
                parents[index] = named
                continue
        # "RLEP – Secção de Angola": a dash may stand between the initials and the section.
        words = [word for word in entry.name.split() if word not in DASHES]
        # "PSÖ Landesverband Bayern", "IDA – Nordic Section".
        sectioned = any(word in SECTION_WORDS for word in words[1:SECTION_NAME_REACH])
        if len(words) < 2 or not is_acronym(words[0]) or not sectioned:
            continue
        parent = next(
            (
                other.name
                for other in entries[:index]
                if initials(other.name) == words[0] or words[0] in other.alt_names
            ),
            None,
        )
        if parent:
            parents[index] = parent
    return parents


DASHES = ("–", "—", "-")
SECTION_NAME_REACH = 3


BRACKETED_CODE = re.compile(r"\((?P<code>[A-Z]{2})\)\s*$")
CODED_SHARE = 0.6
CODED_FEWEST = 3


def bracketed_country_codes(entries: list[Entry], text: str) -> None:
    """ "Radlobby Leibnitz (AT)", "Zelena Štajerska (SI)": a lone "(PT)" is more often a
    party's acronym than Portugal, but when most entries of a list close with a bracketed
    two-letter country code, those codes are the entries' countries; unless some are no
    country's, when all are a country's regions."""
    coded = []
    for entry in entries:
        match = BRACKETED_CODE.search(text[entry.start : entry.end])
        if match:
            coded.append((entry, match["code"]))
    if any(code not in country_codes() for _, code in coded):
        # "(PA)", "(AP)", "(SP)": Brazil's states, some of whose codes are also countries'.
        return
    if len(coded) < max(CODED_FEWEST, CODED_SHARE * len(entries)):
        return
    for entry, code in coded:
        entry.alt_names = [alt for alt in entry.alt_names if alt != code]
        if entry.affiliation == code:
            entry.affiliation = None
        entry.countries = [code] if entry.countries_from_name else [*entry.countries, code]
        entry.countries = list(dict.fromkeys(entry.countries))
        entry.countries_from_name = False
        if entry.kind == INDIVIDUAL and not (entry.affiliation or entry.alt_names or entry.titled):
            # Nothing said about the name but its country: judged like any bare name.
            entry.plain = True


def _indentation(text: str, offset: int) -> int:
    line_start = text.rfind("\n", 0, offset) + 1
    raw = text[line_start:offset]
    return len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip(" "))


def out_of_indented_members(entries: list[Entry], text: str) -> set[int]:
    """ "X and its member unions:" / "    A" / "    B" / "Prof. Ana Ruiz": after the
    members indented under it, a line back at the margin is no member any more; the
    positions of such entries."""
    depths = [_indentation(text, entry.start) for entry in entries]
    indented = False
    margin = min(depths, default=0)
    out: set[int] = set()
    for index, depth in enumerate(depths):
        if depth > margin:
            indented = True
        elif indented and _opens_its_line(text, entries[index].start):
            # ("X, με τα μέλη της: A, B": members named on their parent's line stay.)
            out.add(index)
    return out


def _opens_its_line(text: str, offset: int) -> bool:
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    return not strip_marker(before).strip()


def indented_members(entries: list[Entry], text: str) -> dict[int, str]:
    """ "Global Federation of X (GFX)" / "    GFX Kenya Section": lines indented under an
    organisation's are its sections or members, as a nested list on the page was; the
    positions of such entries, and their parents' names."""
    depths = [_indentation(text, entry.start) for entry in entries]
    parents: dict[int, str] = {}
    if len(set(depths)) < 2:
        return parents
    for index in range(len(entries)):
        above = next(
            (back for back in range(index - 1, -1, -1) if depths[back] < depths[index]), None
        )
        if above is None:
            continue
        # Only right under the organisation or its other members, with nothing
        # less indented between.
        between = depths[above + 1 : index]
        # A person with a post indented under an organisation is its contact or delegate,
        # no section.
        person = entries[index].kind == INDIVIDUAL and entries[index].affiliation is not None
        if (
            entries[above].kind == ORGANIZATION
            and not person
            and all(d >= depths[index] for d in between)
        ):
            parents[index] = entries[above].name
    return parents


ORGAN_NAME_WORDS = 4
# A list given again in another language: as long as the first, and long enough to tell.
TRANSLATED_LIST_ENTRIES = 3
# How many of its entries must be of their counterpart's kind, which one language's name
# may hide ("Feminist Workshop" reads as a person's).
TRANSLATED_KINDS_AGREE = 0.8


def same_shape(previous: Entry, body: str) -> bool:
    """ "Name (Latin name)" under "Name (Latin name)": one more entry of the same shape,
    whatever words it holds, not the post of the one above."""
    entry = parse_entry(body, 0) if previous.alt_names else None
    return entry is not None and bool(entry.alt_names)


def translates(block: list[Found], earlier: list[Found]) -> bool:
    """The block gives the earlier one's entries again, one for one, in another language:
    as many entries, each from the country of its counterpart (a name in one language
    may state a country the other leaves out), nearly all of the same kind, most of them
    under another name."""
    if len(block) < TRANSLATED_LIST_ENTRIES or len(block) != len(earlier):
        return False
    pairs = [(found.entry, other.entry) for found, other in zip(block, earlier, strict=True)]
    same_places = all(
        set(entry.countries) & set(other.countries) or not (entry.countries or other.countries)
        for entry, other in pairs
    )
    same_kinds = sum(entry.kind == other.kind for entry, other in pairs)
    renamed = sum(entry.name != other.name for entry, other in pairs)
    return (
        same_places
        and same_kinds >= TRANSLATED_KINDS_AGREE * len(pairs)
        and renamed > len(pairs) / 2
    )


def issuers_sign_off(block: list[Found]) -> bool:
    """Two lines closing a statement, a governing body and its organisation, and nothing
    more: the issuer's signature."""
    if len(block) != 2 or block[1].entry.kind != ORGANIZATION:
        return False
    organ = [word.strip(",.") for word in block[0].entry.name.split()]
    return 0 < len(organ) <= ORGAN_NAME_WORDS and all(word in ORGAN_WORDS for word in organ)


# "euer Solikreis", "your support committee", "vostro comitato": the sender signs as the
# readers' own.
YOUR = re.compile(
    r"^(?:euer|eure|dein|deine|your|vostr[oaie]|vuestr[oa]s?|votre|vos|teu|tua|vosso|vossa|"
    r"ваш|ваша|ваши|ваше)\s"
)


def sign_off(block: list[Found]) -> int:
    """How many of the entries under a closing are whoever sends the e-mail: "In
    solidarity," / "Marta", by first name; "Solidarische Grüße" / "Katrin Wendeborn" /
    "für den Koordinierungskreis", for a body, whatever list follows."""
    names = [found.entry.name for found in block]
    if len(names) == 1 and len(names[0].split()) == 1 and not is_acronym(names[0]):
        return 1
    if names and YOUR.match(names[0]):
        # "Solidarische Grüße" / "euer Solikreis": "your" circle, the sender.
        return 1
    if len(names) >= 2 and looks_like_person(names[0]) and ON_BEHALF.match(names[1]):
        return 2
    return 0


def person_with_post_under_organisations(entry: Entry) -> bool:
    """ "Maria Costa, secretary, Dock Union" or "Lee Ana, labour lawyer" under
    "Organisations:": a person named with a post (and often the organisation they hold it
    in, as organisations' lists give their contact); the heading speaks of the
    organisations, not of her."""
    role = (entry.affiliation or "").partition(",")[0]
    return entry.kind == INDIVIDUAL and is_role(role) and looks_like_person(entry.name)
