"""Find the signatory lists of a statement, whatever their shape, and parse them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .countries import country_list, is_region_name
from .dates import PLACE_AND_DATE, find_date
from .entries import (
    Entry,
    parse_entry,
)
from .headings import (
    HEADING_DECORATION,
    UPDATE_LABEL,
    WORD,
    bilingual_group_heading,
    bracketed_heading,
    cue_opening,
    cue_positions,
    field_label,
    group_heading,
    has_cue,
    heading_country,
    heading_demonyms,
    home_heading,
    in_capitals,
    is_heading,
    kind_under,
    list_heading_below_entries,
    numbered_part,
    pure_heading,
    without_symbols,
)
from .lexicon import (
    ARTICLES,
    GROUP_HEADINGS,
    LIST_END,
    MEMBER_NOUNS,
    OTHERS_TAIL,
    SCOPE_WORDS,
    SECTIONS_BEFORE_TRANSLATION,
    SECTIONS_PHRASE,
)
from .lines import (
    COUNT_SUFFIX,
    FROM_COUNTRY_HEADING,
    PARENTHESIS,
    country_led_entries,
    distinctive_words,
    ends_with_others,
    entry_under_heading,
    heading_countries,
    heads_a_section,
    is_clause,
    is_entry_line,
    is_note,
    line_marker,
    lower_case_entry,
    named_heading,
    names_on_one_line,
    on_behalf_heading,
    reported_paragraph,
    runon_entries,
    separating_colon,
    several_organisations,
    signers_reason,
)
from .marks import (
    ACCOUNT_LINE,
    LEADING_LABEL,
    RULE_LINE,
    has_contact,
    strip_marker,
)
from .memberships import ISSUED_BY
from .model import INDIVIDUAL, ORGANIZATION
from .names import (
    has_org_word,
    has_person_shape,
    is_acronym,
    looks_like_person,
    strip_honorifics,
)
from .pagewords import (
    ANNOUNCEMENT,
    LETTER_FURNITURE,
    QUOTED_LINE,
    RECENT_SIGNERS_HEADING,
)
from .parts import (
    NUMBERED_GROUP,
    PLACE_HEADING_WORDS,
    category_heading,
    officers_sign_for,
    sector_heading,
)
from .places import is_town
from .posts import country_under_name, place_under_name, post_goes_on, role_under_name
from .runs import (
    listed_entries,
    members_in_groups,
    run_after_cue,
)
from .text import TRAILING_NOTE, Span, bracketed_inner, mask_brackets

WRAPPED_LINE_WORDS = 8
DATE_LINE_WORDS = 8
SECTIONS_MARKER_UNSEEN = "?"
# "assistente sociale" / "Distretto Pedemontano" / "Bassano": a post's cells, one a line.
# The indentation of an item's wrapped rest under its number, and how long a line cut at
# a printed page's width is.
WRAP_INDENT = 2
WRAPPED_ITEM_CHARS = 60


@dataclass
class Found:
    entry: Entry
    parent: str | None = None
    # What a heading over the entry says it is: "Individuals", "Organisations".
    kind: str | None = None


# The words for an international's national sections, in the shipped languages.
SECTION_NOUNS = re.compile(r"\b(?:sec|sez|sek|seç|секц|τμήμ)\w*|지부|فروع|şube", re.IGNORECASE)


def international_of(text: str, sections: re.Match[str], start: int) -> Entry | None:
    """ "Signed by the X (XYZ) and its member organisations:": the international, or the
    federation, before the words for its sections or members."""
    written = ISSUED_BY.sub("", SECTIONS_BEFORE_TRANSLATION.sub("", text[: sections.start()]))
    cues = cue_positions(written)
    if cues:
        # "Звернення підписали ВОНП та її членські організації:": the name after the
        # signing word, wherever the sentence put it.
        written = AFTER_CUE.sub("", written[cues[-1][1] :])
    return parse_entry(written, start)


# What stands between a signing word and the name it introduces: "by the", "por la".
AFTER_CUE = re.compile(
    r"^\W*(?:(?:by|por|par|von|da|di|от|від|from)\s+)?"
    r"(?:(?:the|la|el|le|les|los|las|die|der|il|lo)\s+|l['’])?",
    re.IGNORECASE,
)


@dataclass
class Block:
    """A list being read line by line, with what its headings have said so far."""

    opened: bool
    parent: str | None
    # The statement's own country, looked for when a heading asks for it.
    home: Callable[[], list[str] | None]
    # The parent a heading names ("Member organisations of the X:"), if it names one.
    parent_heading: Callable[[str], str | None]
    # "9. X e i suoi nodi territoriali:": the line that opened the list is its first
    # signer, with its members below, not a heading over the whole list.
    opened_by_signer: bool = False
    found: list[Found] = field(default_factory=list)
    country: list[str] | None = None
    # Some entry has a suffix, a parenthesis or a heading: a list, not a few short lines.
    structured: bool = False
    # The parent comes from a heading that names an organisation ("RWI:").
    headed_by_name: bool = False
    # "Organisations" / "Individuals" inside the list, over the lines below it.
    kind: str | None = None
    # The country headings are written in capitals ("ARGENTINA").
    capital_headings: bool = False
    # The country headings give the count of the entries below them ("Brasil (2)").
    counted_headings: bool = False
    # The distinctive words of an international whose sections are listed below it.
    section_words: frozenset[str] | None = None
    # The words of the international's name that its sections repeat: not its acronym,
    # not "International".
    section_core: frozenset[str] = frozenset()
    # The international and its sections came after other names of the list.
    sections_nested: bool = False
    # The line above was a person's post, read under their name.
    post_continues: bool = False
    # The line above said where a petition's signer is and when they signed.
    signer_located: bool = False
    # Where the line being read, and the one before it, start.
    line_start: int = -1
    above_start: int = -1
    # How the sections' lines are marked ("–", "1."), once the first is read.
    sections_marker: str | None = None
    sections_named_after: bool = False
    # A run of names closed by "and others" or a count: a list, whatever its names' length.
    closed_run: bool = False
    # The marker of items read as prose right under the heading: their siblings are.
    prose_marker: str | None = None
    # The last line read was an entry after a blank line; the line being read comes
    # before one.
    after_blank: bool = True
    before_blank: bool = True
    # How many names were read before the first heading inside the list that says their
    # kind: the list's own heading speaks only of those.
    kind_headings_from: int | None = None

    def take(self, line: Span, following: str, *, joined: bool) -> bool:
        """Read the line into the list; False when it ends the list. joined: no blank
        line separates it from the line before."""
        text = line.text
        # Where the line read before this one starts: a post is read under a name only
        # right under it, not under a heading that came between.
        self.above_start, self.line_start = self.line_start, line.start
        if self.found and cue_opening(text) is not None:
            # "Também assinam a X e o Y": a sentence after the list names more signers,
            # none of them in the list's group (read by running.cue_paragraphs).
            return False
        if self.found and not joined and reported_paragraph(text):
            # "Procurada pela reportagem, a X não respondeu. O porta-voz …": a news
            # report's paragraph after the list, its sentences running on.
            return False
        if self.closed_run or has_contact(text):
            # "… and 40 others" ends the list; so does "To sign: address@…", the way to
            # reach or join the signatories, and links to the page in other languages
            # ("[English](en.md)") begin none.
            return False
        if self.found and signers_reason(text):
            # "Why I signed: «…»" under a signer: their words, not another signer.
            return True
        if len(text.split()) <= DATE_LINE_WORDS and (find_date(text) or PLACE_AND_DATE.match(text)):
            # "Kyiv, 23 October 2026": the place and date of signing close the list, and
            # a date is never a signatory.
            return False
        if self.found and LIST_END.match(text.strip()):
            self.closed_run = True
            return True
        unbracketed = PARENTHESIS.sub("", text)
        if self.found and OTHERS_TAIL.match(strip_marker(text)) and len(unbracketed.split()) <= 6:
            # "외 40개 단체", "and 40 other organisations": the list ends with the count.
            self.closed_run = True
            return True
        part = numbered_part(text)
        if part is not None:
            # "三、臺灣民間團體", "四、香港": a part of the list, and its country; the members
            # of a network above it have ended.
            self.parent, self.country, self.structured = None, part or None, True
            return True
        if officers_sign_for(text, following):
            # The officers who sign for a body close the list (read by the line reader).
            return False
        if LETTER_FURNITURE.match(text) or RULE_LINE.match(text) or ANNOUNCEMENT.match(text):
            # "To: …", "Dear …", "-------- Forwarded message --------": another letter;
            # "Solikundgebung: Samstag, 14 Uhr, vor dem Lager!": what comes next.
            return False
        if joined and self._right_under_entry() and ACCOUNT_LINE.match(text):
            # "Üniversite Gençlik Platformu" / "@UniGenclikPlt": the account's handle.
            account = self.found[-1].entry
            account.alt_names = list(dict.fromkeys([*account.alt_names, text.strip()]))
            return True
        if joined and self._right_under_entry() and country_under_name(self.found[-1].entry, text):
            return True
        if joined and self._right_under_entry() and place_under_name(self.found[-1].entry, text):
            self.signer_located = True
            return True
        if joined and self.signer_located and QUOTED_LINE.match(text):
            # A signer's comment in quotes under their name and town.
            return True
        self.signer_located = False
        if joined and self._role_of_previous(text):
            # A post in lower case ("assistente sociale") may go on over the next lines.
            self.post_continues = text.strip()[:1].islower()
            return True
        if joined and self.post_continues and self._post_goes_on(text):
            # "Elisa Marangon" / "assistente sociale" / "Distretto Pedemontano" / "Bassano
            # del Grappa": a table copied one cell a line, the post's organisation and town.
            return True
        self.post_continues = False
        if self.found and RECENT_SIGNERS_HEADING.match(text.strip()):
            # "Dernières signatures": a petition's latest signers, a list of their own.
            return False
        if self.found and UPDATE_LABEL.match(text.strip()) and is_heading(text):
            # "Mise à jour (18 mars 2025) : nouveaux signataires": a list added to this one.
            return False
        below_entries = self.found and (not self.opened or self.opened_by_signer)
        if below_entries and list_heading_below_entries(text, joined=joined):
            # "… 일동" / "1차 서명자", "… çağırıyoruz." / "İmzacı kurumlar": a sign-off or a
            # sentence above the list's own heading; the list begins under the heading.
            # ("Entrar | Assine" is a menu, "3 Unterzeichner" a table of contents.)
            return False
        if (
            self.opened
            and not self.found
            and is_heading(text)
            and not kind_under(text)
            and not SECTIONS_PHRASE.search(text)
            and not heading_countries(text)
            and not heading_demonyms(text)
            and self.parent_heading(text) is None
        ):
            # "Die Unterzeichnenden" / "Erstunterzeichnerinnen und Erstunterzeichner": a
            # second heading over the same list, saying no more of it.
            return True
        bracketed = bracketed_inner(text) is not None
        if self.opened and not self.found and (bracketed or is_note(strip_marker(text).strip())):
            # "Signatories (32)" / "Click a logo to visit the group's page.": a note on
            # the list, right under its heading.
            return True
        marker = line_marker(text)
        if self.opened and not self.found and marker and is_clause(strip_marker(text).strip()):
            # Under "We, the undersigned, demand:", a first item in prose makes its
            # siblings clauses too ("- the repeal of the exceptions in the Coastal Law,").
            self.prose_marker = marker
            return True
        if self.prose_marker and not self.found and marker == self.prose_marker:
            return True
        from_country = FROM_COUNTRY_HEADING.match(text.strip())
        countries = heading_countries(text)
        if from_country and all(
            word in GROUP_HEADINGS or word.casefold() in ARTICLES
            for word in WORD.findall(from_country["country"])
        ):
            # "Από το εξωτερικό", "From abroad": the names below come from elsewhere.
            self.country = None
            self.structured = True
            return True
        if countries:
            if self.sections_nested:
                # "Κύπρος:" after "X και τα σωματεία-μέλη της:" amid other names: the
                # members were a group of the list, and another group begins.
                self.parent = None
            self.country = countries
            self.structured = True
            self.capital_headings = in_capitals(text)
            self.counted_headings = bool(COUNT_SUFFIX.search(text))
            return True
        if self.counted_headings and COUNT_SUFFIX.search(text):
            # "Galiza (1)" among "Brasil (2)", "Portugal (3)": a heading with its count
            # too, of a region CLDR does not name as a country.
            self.country = None
            return True
        if is_region_name(strip_marker(without_symbols(text)).strip(HEADING_DECORATION + ":")):
            # "■ Africa", "Latin America:" over country headings: no country of its own.
            self.country = None
            self.structured = True
            return True
        unmarked = strip_marker(text).strip() == text.strip()
        if (
            self.capital_headings
            and unmarked
            and in_capitals(text)
            and all(len(word) >= 4 for word in WORD.findall(text))
            # "INTERNATIONAL" is a heading of its own, "ΠΡΟΣΩΠΙΚΟΤΗΤΕΣ" a part of the list.
            and (
                not has_org_word(text) or all(word in GROUP_HEADINGS for word in WORD.findall(text))
            )
            and not kind_under(text)
            # "SYNPEL" right under an entry is an acronym of its own, not a heading.
            and not (joined and self.found and len(WORD.findall(text)) == 1)
        ):
            # "ESTADO ESPAÑOL" among "ARGENTINA", "CHILE": a heading all the same, whose
            # country is the one its adjective names, if any.
            self.country = (heading_demonyms(text) or [])[:1] or None
            return True
        by_country = country_led_entries(line)
        if by_country:
            self._extend(by_country)
            self.structured = True
            return True
        if self._bracket_led(line):
            return True
        if self._members_inline(line):
            return True
        sections = SECTIONS_PHRASE.search(text)
        # "Konfederasyonlar ve bağlı sendikalar": kinds of signatory, no international.
        before = text[: sections.start()].strip() if sections else ""
        generic = bool(before) and " " not in before and kind_under(text)
        if sections and generic and not self.found:
            # "Konfederasyonlar ve üye sendikaları" over the list: what its signatories are.
            self.kind = kind_under(text)
            self.structured = True
            return True
        if sections and not generic:
            international = international_of(text, sections, line.start)
            if international is None and self.found and not text[: sections.start()].strip():
                # "X (XYZ)" / "and the following affiliates:": the name on the line above.
                international = self.found.pop().entry
            if international:
                self.sections_nested = bool(self.found)
                self.sections_marker = SECTIONS_MARKER_UNSEEN
                national = not SECTION_NOUNS.search(sections.group())
                if self.country and not international.countries and national:
                    # "X, and its member unions:" under "Korea": a national federation, in
                    # that country ("X and its sections:" is an international's).
                    international.countries = list(self.country)
                self.found.append(Found(international))
                self.parent = international.name
                self.structured = True
                self.section_words = distinctive_words(text[: sections.start()])
                self.section_core = frozenset(
                    word.casefold()
                    for word in WORD.findall(text[: sections.start()])
                    if word.casefold() in self.section_words
                    and not word.isupper()
                    and word not in SCOPE_WORDS
                )
                self.sections_named_after = False
            return True
        if (
            self.parent
            and text.endswith(":")
            and len(text.split()) <= 3
            and self._more_signers(text)
        ):
            # "Επίσης υπογράφουν:", "Also signing:", "Також підтримали:" under a network's
            # members: more signatories, a list of their own.
            return False
        heading_parent = self.parent_heading(text) if self.opened else None
        if heading_parent:
            # "Σωματεία-μέλη του MDC:" inside the list: the parent of the lines below.
            self.parent = heading_parent
            self.headed_by_name = self.structured = True
            return True
        if self.opened and home_heading(text):
            # "[국내]" / "[해외]": the names below are from the statement's own country, and
            # the members of a network named in a heading above have ended.
            self.country = self.home()
            self.parent = None if self.headed_by_name else self.parent
            self.structured = True
            return True
        # "International" alone after a blank line inside a list heads a group of it.
        bare = bool(self.found) and not joined
        if self.opened and (group_heading(text, bare=bare) or bilingual_group_heading(text)):
            # "Internationals:" over some of the names: the list goes on, and the sections
            # of an international named in a heading above have ended.
            self.country = None
            self.parent = None if self.headed_by_name else self.parent
            self.structured = True
            self._kind_from_here(kind_under(text))
            return True
        inside = bracketed_heading(text) if self.opened else None
        if inside is not None:
            # "【서해대학교】" over the names of its people, "[Brasil]" over its groups.
            self.country = country_list(inside) or None
            self.structured = True
            # "[국제연대]" after "[개인]": another part of the list, of no one kind.
            self._kind_from_here(kind_under(inside))
            return True
        sub_country = heading_country(text) if self.opened else None
        if sub_country:
            self.country = sub_country
            self.structured = True
            self.kind = kind_under(text) or self.kind
            return True
        # "Einzelpersonen (Funktionsangaben dienen nur der Kenntlichmachung)": a note aside.
        short = len(WORD.findall(TRAILING_NOTE.sub("", text))) <= 4
        sub_kind = kind_under(text) if short and (self.found or self.opened) else None
        if sub_kind and pure_heading(text) and not SECTIONS_PHRASE.search(text):
            # "Organisations", then "Individuals": each over its part of the list, and the
            # sections and the country of a heading above have ended.
            if sub_kind == INDIVIDUAL and self.kind is None:
                self._organisations_above()
            self._kind_from_here(sub_kind)
            self.country = heading_demonyms(text)
            self.parent = None
            self.structured = True
            return True
        if self.opened and self.found and not joined and pure_heading(text):
            # "CONVOCAN" … "APOYAN": a second heading over the next part of the list,
            # which says no kind, country or parent of its own.
            self._kind_from_here(None)
            self.country = self.parent = None
            self.structured = True
            return True
        unmarked_heading = strip_marker(text).strip()
        if (
            (self.found or self.opened)
            and category_heading(unmarked_heading)
            and self.parent_heading(unmarked_heading) is None
        ):
            # The members of a network above have ended.
            self.parent = None if self.headed_by_name else self.parent
            self.structured = True
            return True
        behalf = on_behalf_heading(line) if self.opened else None
        if behalf:
            # "Pour la Confédération X (CX) :" over its locals, sections and stewards.
            self.parent = behalf
            self.headed_by_name = self.structured = True
            return True
        named = named_heading(line) if self.opened else None
        if named:
            # "LITR:" over its sections: the international signs, and is their parent.
            self.found.append(Found(named))
            self.parent = named.name
            self.headed_by_name = self.structured = True
            return True
        if self.found and self._kind_led(line):
            return True
        unmarked_text = strip_marker(text).strip()
        if (
            line_marker(text) != line_marker(following)
            and line_marker(following)
            and not joined
            and (
                (
                    len(unmarked_text.split()) <= PLACE_HEADING_WORDS
                    and not has_org_word(unmarked_text)
                )
                or NUMBERED_GROUP.match(unmarked_text) is not None
            )
        ):
            # "Lviv Oblast" / "• A" / "• B", "📍 Región del Maule" / "• A": a short line
            # without the bullet of the lines under it heads them, as a town or region
            # does; so does a numbered group ("Equipo 2 — Valparaíso"); the country stays.
            self.structured = True
            return True
        if (
            (self.found or self.opened)
            and not joined
            and not self.before_blank
            and not line_marker(text)
            and sector_heading(unmarked_text)
            and not line_marker(following)
            and not unmarked_text.endswith((":", "!", "?", "."))
            and not has_cue(unmarked_text)
            and not has_person_shape(strip_honorifics(unmarked_text))
            and (
                has_org_word(following.split(",")[0])
                or looks_like_person(strip_honorifics(following.split(",")[0]))
            )
        ):
            # "Metalúrgicos" / "Sindicato dos …", after a blank line: a sector (or a town)
            # heads the organisations right under it; their country and parent stay;
            # "Avocates et avocats" / "Me Claire DURAND, …": a profession, the people.
            self.structured = True
            return True
        if (
            (self.opened or self.structured)
            and (unmarked_text.endswith(":") or in_capitals(unmarked_text))
            and not joined
            and len(unmarked_text.split()) <= PLACE_HEADING_WORDS
            and not has_org_word(unmarked_text)
            and is_town(unmarked_text.rstrip(": "))
        ):
            # "Πάτρα:", "Ηράκλειο Κρήτης:", "ΠΕΙΡΑΙΑΣ" over their groups: a town heads them.
            self.structured = True
            return True
        label, colon, _ = text.partition(": ")
        if not self.opened and colon and len(label.split()) == 1 and not is_acronym(label):
            # "Estado: En evaluación", "Supporters: 1,206": a page's field and its value,
            # not a name.
            return True
        if not self.opened and colon and field_label(label):
            # "여는 발언: 이정민", "Opening speech: A. Name": an event's programme, which
            # ends the list if one was being read.
            return False
        closed_run = runon_entries(line) if ends_with_others(text) else None
        if closed_run:
            self._extend(closed_run)
            self.structured = self.closed_run = True
            return True
        entry_like = (
            is_entry_line(text)
            or (bool(self.found or self.opened) and lower_case_entry(text))
            or (self.opened and entry_under_heading(text))
        )
        if entry_like and not heads_a_section(text, following):
            entry = parse_entry(text, line.start)
            if entry is not None and self._spells_out_international(entry):
                return True
            self._end_sections_unless_related(text)
            self._end_sections_at_another_marker(text, joined=joined)
            # "Union of Couriers and Drivers / Союз курьеров и водителей": a name and its
            # translation are one entry, whatever "and" they hold.
            paired = entry is not None and bool(entry.alt_names) and " / " in text
            several = (
                (several_organisations(line) if self.country and not paired else None)
                or names_on_one_line(line)
                # "A – Slovakia; A – Magyarország; A – România": names between semicolons
                # ("Legend: SPI = Sinistra per l'Italia; AVR = …" explains a list).
                or (runon_entries(line) if text.count("; ") >= 2 and "=" not in text else None)
            )
            if several:
                # "Rede Brasileira de Justiça Ambiental e Instituto Kwanza" under a country:
                # two organisations on one line, joined by "and"; "A – B – C – D": names
                # one after another between spaced dashes.
                self._extend(several)
            elif entry:
                if self.country and (not entry.countries or entry.countries_from_name):
                    entry.countries = list(self.country)
                self.structured = self.structured or entry.name != strip_marker(text).strip()
                parent = self.parent if self.parent != entry.name else None
                self.found.append(Found(entry, parent=parent, kind=self.kind))
            elif self.country and (run_on := runon_entries(line)):
                # A line too long for one name under a country: its names one after another.
                self._extend(run_on)
            return True
        if self.opened and self.found and self._cue_run(line):
            return True
        run_on = runon_entries(line) if self.opened else None
        if run_on:
            self._extend(run_on)
            return True
        return False

    def _bracket_led(self, line: Span) -> bool:
        """ "[서울] A, B, C", "[개인] D(post), E": a part of the list in brackets, then its
        names on the same line; the part says their country or their kind."""
        led = LEADING_LABEL.match(line.text)
        rest = line.text[led.end() :] if led else ""
        # Two commas (or Korean bare dots) at least: a run of names, not one name with its
        # town.
        masked = mask_brackets(rest)
        if not led or (masked.count(",") < 2 and not re.search(r"(?<=\S)·(?=\S)", masked)):
            return False
        offset = line.start + led.end()
        entries = runon_entries(Span(rest, offset, offset + len(rest)))
        # Three names at least open a list of their own; fewer go on one above.
        if not entries or not (self.found or self.opened or len(entries) >= 3):
            return False
        label = led["label"]
        kind = kind_under(label)
        country = country_list(label) or (self.home() if home_heading(label) else None)
        for entry in entries:
            if country and not entry.countries:
                entry.countries = list(country)
        self.found.extend(Found(entry, parent=None, kind=kind) for entry in entries)
        self.structured = True
        return True

    def _kind_led(self, line: Span) -> bool:
        """ "Individuals: Prof. Ana Ruiz (Lugo), Ivo Sala and Marta Lind." inside a list:
        the kind heading over the run after its colon."""
        colon = separating_colon(line.text)
        prefix = line.text[:colon] if colon > 0 else ""
        kind = kind_under(prefix) if prefix and pure_heading(prefix) else None
        if not kind:
            return False
        self._kind_from_here(kind)
        self.country, self.parent = None, None
        self._extend(listed_entries(Span(line.text[colon + 1 :], line.start + colon + 1, line.end)))
        self.structured = True
        return True

    def _cue_run(self, line: Span) -> bool:
        """ "Also joined by: A, B and C", "The statement is also co-signed by A, B and C":
        a paragraph under the list that names more signatories after a signing word."""
        cues = cue_positions(line.text)
        if not cues:
            return False
        colon = separating_colon(line.text)
        if colon > 0 and has_cue(line.text[:colon]):
            after = Span(line.text[colon + 1 :], line.start + colon + 1, line.end)
            entries = listed_entries(after)
        else:
            entries = run_after_cue(line, line.start + cues[0][1])
        self._extend(entries)
        return bool(entries)

    def _members_inline(self, line: Span) -> bool:
        """ "X (XYZ), and its member organisations: A (Chad), B and C": X signs, and is
        the parent of the names after the colon, group by group."""
        grouped = members_in_groups(line)
        if grouped is None:
            return False
        for entry, parent in grouped:
            self._add(entry, parent)
        self.structured = True
        return True

    def _organisations_above(self) -> None:
        """A list of mostly organisations, then "Individuals": the names above the people's
        heading are the organisations' part, even those without an organisation word."""
        above = [found for found in self.found if found.kind is None]
        organisations = sum(found.entry.kind == ORGANIZATION for found in above)
        if organisations > len(above) / 2:
            for found in above:
                found.kind = ORGANIZATION

    def _more_signers(self, text: str) -> bool:
        if has_cue(text):
            return True
        # A heading that names no kind, country or members of its own ("Supported by:");
        # "Sections in formation:" goes on with the same international's.
        return (
            is_heading(text)
            and WORD.findall(text)[0] not in MEMBER_NOUNS
            and not kind_under(text)
            and not SECTIONS_PHRASE.search(text)
            and not heading_country(text)
            and self.parent_heading(text) is None
        )

    def _spells_out_international(self, entry: Entry) -> bool:
        """ "Signed by the GFTW and its member unions:" / "Global Federation of … (GFTW)":
        the international the heading named by its acronym, listed first under it in full."""
        above = self.found[-1] if self.found else None
        if above is None or above.entry.name != self.parent or self.parent not in entry.alt_names:
            return False
        above.entry = entry
        self.parent = entry.name
        return True

    def _end_sections_unless_related(self, text: str) -> None:
        """ "X and its sections:" over "X Italia", "X France", then other names: the
        sections end with the first line that shares no distinctive word with X."""
        if self.section_words is None:
            return
        words = distinctive_words(text)
        if words <= self.section_words:
            # "X (International)" first under "X and its affiliates:": X itself, listed
            # with its members, tells nothing of how they are named.
            return
        shared = self.section_words & words
        if not self.sections_named_after:
            # Only sections named after the international can be told from the names
            # after them; otherwise the rest of the list stays theirs. Named after it means
            # its acronym or all its name but words of scope ("International", "World"):
            # "Kenya … Market Traders" under "Global Federation of Informal Traders" shares
            # a word, not the name.
            acronym = any(w.isupper() and w.casefold() in shared for w in WORD.findall(text))
            self.sections_named_after = bool(shared) and (acronym or self.section_core <= words)
            if not self.sections_named_after:
                self.section_words = None
        elif not shared:
            self.parent = None
            self.section_words = None

    def _end_sections_at_another_marker(self, text: str, *, joined: bool) -> None:
        """ "X and its member unions:" over "– A", "– B", then, after a blank line, "C"
        unmarked: the members were the marked lines."""
        if self.sections_marker is None:
            return
        marker = re.sub(r"\d+", "1", line_marker(text))
        if self.sections_marker is SECTIONS_MARKER_UNSEEN:
            self.sections_marker = marker
        elif self.sections_marker and marker != self.sections_marker and not joined:
            self.parent = self.sections_marker = None

    def _post_goes_on(self, text: str) -> bool:
        return post_goes_on(self.found[-1].entry if self.found else None, text)

    def _right_under_entry(self) -> bool:
        """Whether the line above was the last entry's own ("Soignants Solidaires Azur" /
        "BELGIQUE" / "Coordination …": a heading between)."""
        return bool(self.found) and self.found[-1].entry.start >= self.above_start

    def _role_of_previous(self, text: str) -> bool:
        if not self._right_under_entry():
            return False
        return role_under_name(
            self.found[-1].entry, text, paired=self.after_blank and self.before_blank
        )

    def _kind_from_here(self, kind: str | None) -> None:
        """A heading inside the list says the kind of the names below it, whatever the
        list's own heading said of those above."""
        self.kind = kind
        if self.kind_headings_from is None:
            self.kind_headings_from = len(self.found)

    def _extend(self, entries: list[Entry]) -> None:
        for entry in entries:
            self._add(entry, self.parent)

    def _add(self, entry: Entry, parent: str | None) -> None:
        """The entry, in the country of the heading above unless it says its own."""
        if self.country and (not entry.countries or entry.countries_from_name):
            entry.countries = list(self.country)
        self.found.append(Found(entry, parent=parent, kind=self.kind))

    def shaped_like_a_list(self) -> bool:
        """Enough entries to be a list without a heading over them. One-word lines
        ("Background / History / Perspectives") are a page's section titles more often."""
        one_words = all(
            len(found.entry.name.split()) == 1 and not is_acronym(found.entry.name)
            for found in self.found
        )
        count = len(self.found)
        return (not one_words or self.closed_run) and (
            count >= 3 or (count >= 2 and self.structured)
        )
