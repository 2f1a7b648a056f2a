"""One entry of a signatory list → an endorser: name, alternates, countries, role."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .columns import TableRow
from .countries import (
    countries_in_name,
    country_code,
    country_list,
    country_of_word,
    demonym_code,
    is_known_city,
)
from .headings import has_cue
from .lexicon import (
    ARTICLES,
    GOVERNING_BODIES,
    JOINT_STATEMENT,
    SECTION_WORDS,
    SHARED_MARKERS,
)
from .marks import (
    ACCOUNT_NOTE,
    FLAG_BULLET,
    HANDLE,
    LEADING_LABEL,
    LINK_ARROWS,
    LIST_MARKER,
    LOGO_ALT,
    LOGO_WORDS,
    STAGE_NAME,
    STARRED,
    flag_code,
    has_contact,
    strip_marker,
    without_thread_counter,
)
from .memberships import MEMBER_APPOSITION, UNIT_APPOSITION, member_owner
from .names import (
    INDIVIDUAL,
    ORGANIZATION,
    classify_kind,
    clean_name,
    first_letter,
    has_org_word,
    initials,
    is_acronym,
    is_capitalised,
    is_org_like,
    is_plausible_name,
    is_role,
    is_uncased,
    leading_demonym,
    looks_like_person,
    post_and_person,
    script_of,
    split_alternates,
    split_scripts,
    strip_honorifics,
    writing_of,
)
from .orgwords import CJK_ORG_ENDINGS, ORG_INFIXES, ORG_WORDS
from .places import (
    EAST_ASIAN_PLACE,
    TOWN_ABBREVIATIONS,
    branch_of,
    ends_with_place,
    is_acronym_text,
    is_place,
    names_a_section,
    section_country,
)
from .segments import (
    comma_segments,
    inverted_with_post,
    person_with_post,
    reads_inverted,
    without_trailing_titles,
)
from .text import TRAILING_NOTE
from .written import (
    DASH_SPLIT,
    is_short_name,
    named_person,
    slash_suffix,
    split_dash,
    take_parentheses,
)

ACRONYM_THEN_NOTE = re.compile(r"^(?P<acronym>[^\s()]{2,14})\s*(?P<note>\([^()]+\))$")
COMMENT = re.compile(r"\s*:\s*[‘“\"«„].*$")
PERSON_OF = re.compile(
    r"^(?P<person>.+?)\s+(?:of|from|at|de|da|do|du|von|vom|di|del|della|из|з|από)\s+(?:the\s+)?"
    r"(?P<where>[^\W\d_].*)$"
)
QUOTED_PART = re.compile(r"[«“„\"][^«»“”„\"]+[»”“\"]")
QUOTED_NAME = re.compile(r"^\s*[«“„\"‹]\s*[^\W\d_]")
QUOTED_SLOGAN = re.compile(r"^[«“„\"](?P<inner>[^«»“”„\"a-zа-яёα-ω]+)[»”“\"][.!]?$")
# "Phoenix, AZ", "Campinas/SP": a town and its state's code, after a comma or a slash.
TOWN_AND_STATE = re.compile(r"^(?P<town>[^,/]+)(?:,\s*|\s*/\s*)[A-Z]{2,3}$")
WEB_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$")
COUNTRY_OF_ORIGIN = re.compile(
    r"^(?P<name>.+?)\s+(?:of|from|de|del|da|do|du|des|aus|von|di|dal|из|з|από)\s+(?:the\s+)?"
    r"(?P<country>[^()]+)$"
)
# "Union of Dockers from Latvia", "Профсоюз докеров из Латвии": only prepositions that
# say nothing but "from" (not "of", "de", "von", which belong inside names) give the
# country an entry closes on.
FROM_COUNTRY = re.compile(
    r"^(?P<name>.+?)\s+(?:from|aus|из|із|зі|з|από|من)\s+(?:the\s+)?(?P<country>[^()]+)$"
)


NAME_AND_ACRONYM = re.compile(r"^(?P<name>.+?)\s*(?: – |/|,)\s*(?P<acronym>[A-Z][A-Z0-9-]{1,12})$")


@dataclass
class Entry:
    """An endorser as parsed, before the list it sits in adds headings and parents."""

    name: str
    start: int
    end: int
    alt_names: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    affiliation: str | None = None
    kind: str = ORGANIZATION
    # Text in parentheses that shares out to neighbours: "X und Y (Kabarettisten)".
    shared_note: str | None = None
    # The countries come only from the organisation's own name, the weakest evidence:
    # a country heading above the entry overrides them.
    countries_from_name: bool = False
    # Written as the name alone, or with its country only: no title, post, town or other
    # name beside it.
    plain: bool = False
    # Written with a title: "Dr.", "Prof.", "Cllr".
    titled: bool = False
    # "(section of X)": the organisation the entry says it belongs to.
    member_of: str | None = None
    # "— section allemande": a section of an international the entry does not name.
    section: bool = False


# "Anonymous", "Assinatura anônima", "Firma anónima": a signer who gave no name.
ANONYMOUS = re.compile(
    r"^(?:(?:assinatura|firma|signature|unterschrift|firma)\s+)?(?:anonymous|an[oô]nim[oa]|"
    r"anónim[oa]|anonyme?|anonim[oa]?|аноним\w*|анонім\w*|ανώνυμ\w*|익명)\b",
    re.IGNORECASE,
)
# "section allemande", "sección en el Estado español": a section, and of which country,
# in a few words that name no owner (those are read by member_owner).
UNOWNED_SECTION = re.compile(
    r"^(?:section|sección|sezione|seção|secção|sektion|секция|секція|τμήμα|seksiyon)"
    r"\s+(?P<what>[^\W\d][^()\d]{1,40})$",
    re.IGNORECASE,
)
# "(band)", "(cooperativa sociale)": the few words that say what kind of group it is.
GROUP_TYPE_WORDS = 2


@dataclass
class _Reading:
    """What has been read of one entry so far."""

    name: str
    alt_names: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    affiliation: str | None = None
    shared_note: str | None = None
    # A parenthesis that is an organisation's other name, or a person's role.
    parenthesised: str | None = None
    # A town was read off beside the name.
    located: bool = False
    # A parenthesis says what kind of group the entry is: "(band)", "(バンド)".
    typed: bool = False
    member_of: str | None = None
    section: bool = False

    def dash_suffix(self, body: str) -> None:
        """ "– Brasil", "– ITF-UL", "– Fourth International", "– teacher"."""
        name, _, rest = split_dash(body)
        self.name = name
        if not rest:
            return
        posted, _, last = split_dash(rest, last=True)
        last_countries = country_list(last) if posted else None
        if last_countries:
            # "ريم حداد – أمينة مكتبة – الأردن", "Union – professional body – Lebanon":
            # who or what the entry is, then its country.
            self.countries.extend(last_countries)
            self.affiliation = posted
            return
        unowned = UNOWNED_SECTION.match(rest)
        what = unowned["what"] if unowned else ""
        section_countries = [code for word in what.split() if (code := country_of_word(word))]
        if (
            what[:1].islower()
            and (section_countries or " " not in what)
            and len(name.split()) >= 2
            and member_owner(rest) is None
            and not looks_like_person(name)
        ):
            # "— section allemande", "— sección en el Estado español", "— section
            # sympathisante": a section of the international the list names, and the
            # country its adjective says ("EFM – Sektion Schweiz", "– sezione Ateneo",
            # named after a place, are a section's own names).
            self.section = True
            self.countries.extend(section_countries)
            return
        owner = member_owner(rest)
        # "Türkiye seksiyonu": Turkish names the section by its country ("– sekcja polska"
        # is a section's own name).
        postposed = rest.split()[-1:] == ["seksiyonu"]
        owner_countries = country_list(owner) if owner and postposed else None
        # "– sezione di Novara", "– sekcja polska": a local or national section, named
        # after its place, is part of the name; only an organisation owns sections.
        owned = owner and not is_place(owner) and (is_acronym_text(owner) or has_org_word(owner))
        if (owned or owner_countries) and owner and not looks_like_person(strip_honorifics(name)):
            # "Рабочий кружок «Маяк» — российская секция МРП", "X – EEB Almanya seksiyonu":
            # whose section it is, and the country it names; "– Türkiye seksiyonu": the
            # section for Turkey of the international the list names.
            self.member_of = None if owner_countries else owner
            self.section = bool(owner_countries)
            said = [word for word in rest.split() if word not in owner.split()]
            self.countries.extend(owner_countries or [])
            self.countries.extend(code for word in said if (code := country_of_word(word)))
            return
        acronym = ACRONYM_THEN_NOTE.match(rest)
        if acronym and is_acronym_text(acronym["acronym"]):
            # "Sindacato … – SAIT (Modena)": the acronym; the bracket stays for the name.
            self.alt_names.append(acronym["acronym"])
            self.name = f"{name} {acronym['note']}"
            return
        section, _, where = name.partition(" ")
        # The country may be declined: "Τμήμα Ελλάδας" is the section "of Greece".
        code = demonym_code(where) if section in SECTION_WORDS and " " not in where else None
        codes = country_list(where) if section in SECTION_WORDS else None
        codes = codes or ([code] if code else None)
        if codes:
            # "Τμήμα Ελλάδας – Ένωση Ενοικιαστών Αθήνας", "Section France – Name": the
            # section of a country first, then the section's own name.
            self.name = rest
            self.countries.extend(codes)
            self.alt_names.append(body)
            return
        if rest == initials(name):
            # "Movimiento Sur Rebelde – MSR": the acronym, not Montserrat's code.
            self.alt_names.append(rest)
            return
        rest_countries = country_list(rest)
        bare_rest, rest_notes = take_parentheses(rest)
        owned_notes = bool(rest_notes) and all(member_owner(note) for note in rest_notes)
        if not rest_countries and owned_notes and (bare_countries := country_list(bare_rest)):
            # "X – Bolivia (sección de la CIO)": the country, then whose section it is,
            # read with the entry's other notes ("X – Belgique (CSM-B)" keeps its country
            # in its name, as its acronym does).
            self.countries.extend(bare_countries)
            self.name = name + "".join(f" ({note})" for note in rest_notes)
            return
        places, place_countries = comma_segments(rest, keep_first=False)
        if rest_countries:
            self.countries.extend(rest_countries)
        elif place_countries and all(is_place(place) for place in places):
            # "El Paso – Texas, USA": a town or state, then the country.
            self.countries.extend(place_countries)
            self.located = True
        elif (state := TOWN_AND_STATE.match(rest)) and is_place(state["town"]):
            # "Workers Center – Phoenix, AZ", "Coletivo – Campinas/SP": a town and the
            # code of its state or province, which is no country.
            self.located = True
        elif (
            is_short_name(name)
            and not is_acronym_text(rest)
            and len(rest.split()) >= 2
            and (not names_a_section(rest))
        ):
            # "ITF-UL – International Transport Federation", "FSE-Solidarité – Fédération
            # …": acronym first.
            self.name, self.alt_names = rest, [name]
        elif (is_acronym_text(rest) and not is_role(rest)) or (
            script_of(rest) != script_of(name) and not looks_like_person(strip_honorifics(name))
        ):
            # "– ITF", "Κίνημα Οικολόγων – Ecologists' Movement": the acronym, or the name
            # in another script, which may go on with its translation in brackets and the
            # country ("– Ergatikí Aristerí Kínisi (Movimiento Obrero de Izquierda), Grecia").
            other, other_countries = comma_segments(rest)
            if len(other) == 1 and other_countries:
                self.countries.extend(other_countries)
                rest = other[0]
            bare, notes = take_parentheses(rest)
            self.alt_names.append(bare if bare else rest)
            for note in notes if bare else []:
                note_countries = country_list(note)
                if note_countries:
                    self.countries.extend(note_countries)
                else:
                    self.alt_names.append(note)
        elif names_a_section(rest) or (
            # ("محمود أبو صفية (Mahmoud Abu Safiya) – مركز …": a person, named twice.)
            not named_person(name)
            and (
                is_org_like(rest)
                or branch_of(name, TRAILING_NOTE.sub("", rest))
                or _body_within(rest)
            )
        ):
            # "International Workers' Unity – Fourth International", "Unione Sindacale
            # – Trasporti", "Social Forum – working group «Labour»": one name.
            self.name = body
        else:
            # "Ana Ruiz – University of Lima, Peru": a post, and the country it is in.
            rest, rest_notes = take_parentheses(rest)
            for note in rest_notes:
                # "– trade union lawyer, Tomsk (Russia)".
                note_countries = country_list(note)
                if note_countries:
                    self.countries.extend(note_countries)
                else:
                    rest = f"{rest} ({note})"
            posts, post_countries = comma_segments(rest, keep_first=False)
            if post_countries and posts:
                self.countries.extend(post_countries)
                rest = ", ".join(posts)
            self.affiliation = rest

    def commas(self, *, inverted: bool) -> list[str]:
        """Countries closing the name, "Surname, Given", "Name, role"; returns the notes
        in parentheses found on the way."""
        name, notes = take_parentheses(self.name)
        segments, segment_countries = comma_segments(name)
        titled = without_trailing_titles(segments)
        if titled != segments:
            segments, name = titled, ", ".join(titled)
        section_in = section_country(segments[-1]) if len(segments) >= 2 else None
        if section_in:
            # "Liga Obrera (LO), sección argentina": the Argentine section of the LO.
            self.countries.append(section_in)
            segments.pop()
            name = ", ".join(segments)
        self.countries.extend(segment_countries)
        # "Central Unitaria de Trabajadores (CUT), Chile": a parenthesis before the country.
        name, inner_notes = take_parentheses(", ".join(segments))
        segments = comma_segments(name)[0] if inner_notes else segments
        if len(segments) >= 2:
            # "Kim Ji-ho (김지호), researcher, …": a person's other name before their post.
            person, person_notes = take_parentheses(segments[0])
            if person_notes and looks_like_person(person):
                segments[0] = person
                inner_notes += person_notes
                name = ", ".join(segments)
            # "Nakamura, Aiko (中村 愛子), translator": the other name after the given one.
            given, given_notes = take_parentheses(segments[1])
            if given_notes and (
                reads_inverted([segments[0], given], posted=len(segments) > 2)
                or inverted_with_post(segments)
            ):
                segments[1] = given
                inner_notes += given_notes
                name = ", ".join(segments)
        if len(segments) >= 2 and segments[1].isupper() and segments[1] == initials(segments[0]):
            # "Sindicato Minero Independiente de Asturias, SMIA": its acronym after a comma.
            inner_notes.append(segments.pop(1))
            name = ", ".join(segments)
        self.name = name
        if inverted_with_post(segments):
            # "Baert, Lieve, avocate au barreau de Gand".
            self.alt_names.insert(0, ", ".join(segments[:2]))
            self.name = f"{segments[1]} {segments[0]}"
            self.affiliation = self.affiliation or ", ".join(segments[2:])
            return inner_notes + notes
        natural = f"{segments[-1]} {segments[0]}" if len(segments) == 2 else ""
        # "García Pérez, Lucía – Universidad de Lima": with the post after a dash, what
        # follows the comma is the given name, not a role.
        posted = self.affiliation is not None
        if natural and (
            (inverted and looks_like_person(natural)) or reads_inverted(segments, posted=posted)
        ):
            self.alt_names.insert(0, name)
            self.name = natural
        elif (
            len(segments) == 2
            and len(segments[0].split()) == 1
            and is_role(segments[1])
            and not is_capitalised(segments[1])
        ):
            # "Nyota, musician": an artist known by one name, and what she does.
            self.name, self.affiliation = segments[0], self.affiliation or segments[1]
        elif person_with_post(segments):
            # "Ana Ruiz, teacher, Union of Educators": the person and their role.
            self.name = segments[0]
            role = segments[1:]
            if ends_with_place(role):
                # "…, Institute of Soil Studies, Poznań": the city is where, not who.
                role = role[:-1]
            self.affiliation = self.affiliation or ", ".join(role)
        return inner_notes + notes

    def note(self, note: str) -> None:
        """One parenthesis: a country, an acronym, another script's name, a note shared
        with the names before ("(alle …)"), or a role."""
        if WEB_DOMAIN.match(note):
            # "(riversideplots.example)": the entry's website, neither a name nor a post.
            return
        if ACCOUNT_NOTE.fullmatch(note):
            # "Fahrgastbeirat Steiermark (@fahrgastbeirat@mastodon.example)": its account.
            self.alt_names.append(note)
            return
        if note.isupper() and note == initials(self.name):
            # "Movimiento por la Unidad Socialista (MUS)": its acronym, whatever country's
            # code it spells.
            self.alt_names.append(note)
            return
        if self._member_of(note):
            # "(section of IFFW)": whose section it is.
            return
        if EAST_ASIAN_PLACE.match(note):
            # "移住労働者ホットライン東海(愛知県)": where the group is.
            self.located = True
            return
        first, _, where = note.partition(" ")
        # "Mick Thornton (Branch Secretary, …)": a person's post, not a section.
        if (
            first in SECTION_WORDS
            and where
            and not (is_role(note.split(",")[0]) and looks_like_person(strip_honorifics(self.name)))
        ):
            # "(Seção Brasil)": the section in a country; "(فرع عمّان)", "(Sektion Zürich)":
            # a local section, part of the name.
            codes = country_list(where)
            if codes:
                self.countries.extend(codes)
            else:
                self.name = f"{self.name} ({note})"
            return
        place, _, after_dash = split_dash(note)
        dash_countries = country_list(after_dash) if after_dash else None
        if dash_countries and is_place(place):
            # "(Santa Fe – Argentina)": a town and its country.
            self.countries.extend(dash_countries)
            return
        # ("イ・ソンジュン、在日コリアン人権協議会": Japanese writes its comma "、".)
        note_segments, note_countries = comma_segments(note.replace("、", ","), keep_first=False)
        if note_countries:
            self.countries.extend(note_countries)
            # "(부산, 대한민국)", "(Lyon, France)": the town before the country is where.
            if note_segments and is_place(note_segments[-1]):
                note_segments.pop()
                self.located = True
            note = ", ".join(note_segments)
        if not note:
            return
        if self._member_of(note):
            return
        if is_acronym_text(note) and looks_like_person(strip_honorifics(self.name)):
            # "Marie Dubois (CGT)": a person's organisation, not another name of theirs.
            self.affiliation = self.affiliation or note
        elif (
            script_of(note) != script_of(self.name)
            and len(note_segments) >= 2
            and (
                script_of(note_segments[0]) != script_of(note_segments[-1])
                or looks_like_person(note_segments[0])
            )
        ):
            # "(Maria González, 시에라마드레대학교)", "(Kim Min-jun, President)": the name in
            # another script, then the post.
            self.alt_names.append(note_segments[0])
            self.affiliation = self.affiliation or ", ".join(note_segments[1:])
        elif is_acronym_text(note) or writing_of(note) != writing_of(self.name):
            # "(Aegean Fishers Network – AFN)", "(… Network/HWN)": the name in another
            # script, and its acronym.
            # "(移住労働者人権連帯 / Migrant Workers' Human Rights Solidarity)": two of them.
            for alternate in note.split(" / "):
                pair = NAME_AND_ACRONYM.match(alternate)
                self.alt_names.extend([pair["name"], pair["acronym"]] if pair else [alternate])
        elif note.split()[0] in SHARED_MARKERS:
            self.shared_note = " ".join(note.split()[1:])
        elif _group_type(note):
            self.typed = True
        elif self.affiliation is None:
            self.affiliation = self.parenthesised = note

    def _member_of(self, note: str) -> bool:
        """Whether the note names the organisation the entry is a section or member of
        ("section of IFFW", "IFFW üyesi"), which it then records."""
        where, _, said = note.rpartition(",")
        owner = member_owner(said)
        # "(Belçika, UKEA üyesi)": the country, then whose member.
        codes = country_list(where) if where else []
        if (
            owner
            and codes is not None
            and not (looks_like_person(strip_honorifics(self.name)) or is_place(owner))
        ):
            self.member_of = owner
            self.countries.extend(codes)
            return True
        return False

    def without_town(self) -> None:
        """ "River Union, Porto, Portugal", "Seed Savers, Lyon (France)": once the country
        is known, an organisation's town after a comma is where it is, not its name; the
        written form stays an alternate name."""
        head, _, town = self.name.rpartition(", ")
        # "…, г. Алматы": a town said to be one needs no country beside it.
        located = bool(self.countries) or town.split(" ", 1)[0] in TOWN_ABBREVIATIONS
        if not (located and head and is_place(town)) or looks_like_person(head):
            return
        if names_a_section(town):
            # "Longshore Solidarity Council, Local 3": a branch of it, named so.
            return
        if has_org_word(head) or any(is_acronym_text(alt) for alt in self.alt_names):
            self.alt_names.insert(0, self.name)
            self.name = head

    def from_country(self) -> None:
        """ "Dock Workers Union from Latvia", "Анна Керн из Эстонии": the country the
        entry is said to come from, not part of its name."""
        match = FROM_COUNTRY.match(self.name)
        if not match:
            return
        # After a preposition a one-word country is inflected ("из Литвы").
        country = match["country"]
        inflected = demonym_code(country) if " " not in country else None
        codes = country_list(country) or ([inflected] if inflected else None)
        if codes:
            self.name = match["name"]
            self.countries.extend(codes)
            self.located = True

    def post_before_name(self) -> None:
        """ "правозащитница Анна Керн": the post before a person's name is their post."""
        found = post_and_person(self.name)
        if found:
            # The post before the name stays the affiliation unless a note gave one.
            self.affiliation = self.affiliation or found[0]
            self.name = found[1]

    def person_of(self) -> None:
        """ "Jane Doe of Oxford University", "Ana López de CCOO": a person and where from;
        "Plenario Intersindical de Trabajadores (PIT)" stays one name."""
        match = PERSON_OF.match(self.name)
        acronymed = any(is_acronym_text(alt) for alt in self.alt_names)
        if not match or acronymed or not looks_like_person(match["person"]):
            return
        if DASH_SPLIT.search(match["person"]):
            # "FOCWatch — Flags of Convenience Watch": a short name, then the full one.
            return
        where = match["where"]
        where_countries = country_list(where)
        if where_countries or has_org_word(where) or is_acronym_text(where):
            self.name = match["person"]
            self.countries.extend(where_countries or [])
            self.affiliation = self.affiliation or (None if where_countries else where)


def parse_entry(text: str, start: int, *, inverted: bool = False) -> Entry | None:
    """Parse one entry as written in a list; None when it is not a name at all."""
    # "*Name (SIGLA)* – Brasil": a messenger's bold, its stars no part of the name.
    unstarred = STARRED.sub(r"\g<inner>", text) if "*" in text else text
    written = COMMENT.sub("", without_thread_counter(strip_marker(unstarred)))
    written = written.strip().rstrip(",;")
    if LOGO_WORDS.search(written):
        written = LOGO_ALT.sub("", written)
    before_colon, colon, _ = written.partition(":")
    if colon and (JOINT_STATEMENT.match(written) or has_cue(before_colon)):
        # "Assinam: A (JVP); B (UEA).": a signing word and the names after it, no name;
        # "NOTA CONJUNTA DAS JUVENTUDES: O VOTO É NOSSO": a joint text's kind, its title.
        return None
    slogan = QUOTED_SLOGAN.match(written)
    if slogan and len(slogan["inner"].split()) >= 3 and not has_org_word(slogan["inner"]):
        # «СВОБОДУ КИРИЛЛУ САВЕЛЬЕВУ»: a slogan or a title, quoted whole in capitals.
        return None
    if ANONYMOUS.match(strip_marker(written)):
        # "Assinatura anônima – Sorocaba/SP": a petition's signer who gave no name.
        return None
    if has_contact(written) or written.endswith(LINK_ARROWS):
        # "Media contact: Ana Ruiz, press@…", "To add your name: sign@…", "Sign here →":
        # how to reach the signatories or join them, not a signatory.
        return None
    offset = start + max(text.find(written), 0)
    flag = FLAG_BULLET.match(text) or FLAG_BULLET.match(LIST_MARKER.sub("", text, count=1))
    flagged = [flag_code(flag["flag"])] if flag else []
    # Markdown's strong emphasis, as a README's source writes names: "- **Name** (Chile)".
    table = TableRow(written.replace("**", ""))
    if table.header:
        return None
    body = table.body
    # "【서울】 강서돌봄노동자회", "[Brasil] Coletivo X": a region's or country's label before
    # the name, as a heading would stand over it.
    label = LEADING_LABEL.match(body)
    if label:
        body = body[label.end() :]
        table.countries.extend(country_list(label["label"]) or [])
    if body.endswith(".") and not re.search(r"\b\w\.$", body):
        body = body[:-1]
    # "기후정의청년네트워크 @climate_justice_kr": the account it is tagged by on the post.
    handle = HANDLE.search(body)
    body = body[: handle.start()] if handle else body
    stage = STAGE_NAME.search(body)
    body = body[: stage.start()] + body[stage.end() :] if stage else body
    reading = _Reading(name=slash_suffix(body))
    apposition = MEMBER_APPOSITION.search(body)
    name_before = body[: apposition.start()] if apposition else ""
    owner = apposition["parent"].strip() if apposition else ""
    # "Name, membre du Conseil": a person's post, not the organisation they belong to;
    # "X, section de Wallonie-Bruxelles": a section's region, part of its name.
    codes = country_list(owner) if owner else None
    # "Levante Jovem Solidário, juventude do Partido X": no person is a youth wing.
    unit = apposition is not None and bool(UNIT_APPOSITION.match(body, apposition.start()))
    if (
        owner
        and "," not in name_before
        and (codes or has_org_word(owner) or is_acronym_text(owner))
        and (not looks_like_person(strip_honorifics(name_before)) or unit)
    ):
        reading.name = slash_suffix(name_before)
        reading.typed = reading.typed or unit
        # "X, section of Australia": the section's country.
        reading.countries.extend(codes or [])
        reading.member_of = None if codes else owner
    reading.dash_suffix(strip_honorifics(reading.name))
    for note in reading.commas(inverted=inverted):
        reading.note(note)
    reading.name, alternates = split_alternates(reading.name)
    if alternates:
        # "이름 (일본) / Name (Japan)": each side of the pair has its own parenthesis.
        reading.name, pair_notes = take_parentheses(reading.name)
        for note in pair_notes:
            reading.note(note)
    else:
        reading.name, alternates = split_scripts(reading.name)
    reading.alt_names = (
        alternates
        + reading.alt_names
        + ([handle["handle"]] if handle else [])
        + ([stage["alias"]] if stage else [])
    )
    reading.name = strip_honorifics(clean_name(reading.name))
    reading.from_country()
    reading.post_before_name()
    reading.person_of()
    reading.without_town()
    # "두레(풍물패)": two Korean syllables are a name when a note says who or what it is
    # ("목록", "국내" alone are a page's words).
    described = reading.typed or reading.affiliation is not None
    short_korean = described and script_of(reading.name) == "HANGUL" and len(reading.name) == 2
    if not (is_plausible_name(reading.name) or short_korean) or _organ(reading):
        return None
    reading.countries.extend(table.countries)
    reading.countries.extend(code for code in flagged if code not in reading.countries)
    entry = _entry(reading, offset, offset + len(written))
    entry.titled = strip_honorifics(body) != body
    entry.plain = not (entry.titled or reading.located or entry.affiliation or entry.alt_names)
    if table.kind:
        # The row says what it is: the list around it has nothing to add.
        entry.kind, entry.plain = table.kind, False
    if QUOTED_NAME.match(body) and entry.kind == INDIVIDUAL:
        # «Rodnik», "Nuova Rotta": a name in quotes is an organisation's or a paper's, even
        # when the page cut its closing quote.
        entry.kind, entry.affiliation = ORGANIZATION, None
    return entry


def _body_within(rest: str) -> bool:
    """ "Russian Social Forum — working group «Labour»": after an organisation's name, a
    body inside it, named in lower case by an organisation word, with its own name."""
    return (
        rest[:1].islower()
        and has_org_word(rest)
        and not is_role(rest)
        and bool(QUOTED_PART.search(rest))
    )


def _organ(reading: _Reading) -> bool:
    """ "A Direção Nacional da FENAFI", "The Executive Board of the HWU": the body that
    signs for an organisation, named in the text as the organisation itself."""
    words = reading.name.split()
    return (
        reading.affiliation is not None
        and len(words) >= 2
        and words[0] in ARTICLES
        and words[1] in GOVERNING_BODIES
    )


def _entry(reading: _Reading, start: int, end: int) -> Entry:
    name, countries = reading.name, reading.countries
    entry = Entry(
        name=name,
        start=start,
        end=end,
        alt_names=list(dict.fromkeys(alt for alt in reading.alt_names if alt and alt != name)),
        countries=countries,
        affiliation=reading.affiliation,
        shared_note=reading.shared_note,
        member_of=reading.member_of,
        section=reading.section,
    )
    entry.kind = ORGANIZATION if reading.typed else classify_kind(name)
    if (
        entry.kind == ORGANIZATION
        and not reading.typed
        and (_person_in_other_script(entry) or _known_by_one_name(reading))
    ):
        entry.kind = INDIVIDUAL
    if entry.kind == INDIVIDUAL:
        # "the Italian Ludovico Einaudi": a nationality, not part of the name.
        entry.name, code = leading_demonym(name)
        entry.countries = list(dict.fromkeys(countries + ([code] if code else [])))
    if any(is_acronym_text(alt) for alt in entry.alt_names):
        entry.kind = ORGANIZATION
    if entry.kind == ORGANIZATION:
        other_name = reading.parenthesised
        named = other_name and is_capitalised(other_name) and len(other_name.split()) <= 6
        # "Workers Circle (Leeds)": a known town in brackets is where the group is.
        if named and other_name and not (is_known_city(other_name) or country_code(other_name)):
            # "전국민주노동조합총연맹(민주노총)": an organisation's short or other name.
            entry.alt_names.append(other_name)
        entry.affiliation = None
        # "Avrupa Türkiyeli Göçmen İşçiler Federasyonu (Almanya)": a country the entry
        # is given says where it is; the one its name speaks of only counts without it.
        entry.countries_from_name = not countries
        entry.countries = list(dict.fromkeys(countries or countries_in_name(name)))
    return entry


def _group_type(note: str) -> bool:
    """ "band", "sindacato", "市民合唱団": a word or two in lower case (or in a script
    without capitals) saying what kind of group the entry is, not a person's post."""
    words = note.split()
    if is_uncased(first_letter(note)):
        # Without capitals a group's own name ("津みなと教会") looks like its kind: only
        # the bare word for a kind of group says what it is ("여성주의 독서모임").
        return words[-1] in CJK_ORG_ENDINGS or words[-1] in ORG_INFIXES or note in ORG_WORDS
    return (
        len(words) <= GROUP_TYPE_WORDS
        and "," not in note
        and not any(word[:1].isupper() for word in words)
        and has_org_word(note)
        and not is_role(note)
    )


def _known_by_one_name(reading: _Reading) -> bool:
    """ "Nyota, musician", "ケン(ミュージシャン)": one name, and a post that only a person
    holds."""
    name, post = reading.name, reading.affiliation
    return (
        post is not None
        and len(name.split()) == 1
        and not (is_acronym(name) or has_org_word(name))
        and is_role(post)
        and not has_org_word(post)
    )


def _person_in_other_script(entry: Entry) -> bool:
    """ "마리아 곤살레스 (Maria González)": a name in a script without capitals, given with
    its Latin form, which reads as a person's."""
    return not has_org_word(entry.name) and any(
        script_of(alt) != script_of(entry.name) and looks_like_person(alt)
        for alt in entry.alt_names
    )


def without_country_of_origin(entry: Entry) -> None:
    """ "Lucha Marxista of Peru" in running text: the organisation, from Peru. The
    written form stays as an alternate name."""
    match = COUNTRY_OF_ORIGIN.match(entry.name)
    if entry.kind != ORGANIZATION or not match:
        return
    codes = country_list(match["country"])
    if codes and len(match["name"].split()) >= 2:
        entry.alt_names.insert(0, entry.name)
        entry.name = match["name"]
        entry.countries = list(dict.fromkeys(entry.countries + codes))
