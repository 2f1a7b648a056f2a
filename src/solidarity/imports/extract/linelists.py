"""Lists laid out in lines, found block by block: one per line, numbered, bulleted,
under headings; each block is read line by line (lists.Block) and accepted when it is
headed or shaped like a list."""

from __future__ import annotations

from .entries import parse_entry
from .headings import heading_country, home_country, is_heading, kind_under, pure_heading
from .lexicon import SECTIONS_HEADING, SECTIONS_PHRASE
from .lines import line_marker, signers_reason
from .lists import (
    WRAP_INDENT,
    WRAPPED_ITEM_CHARS,
    WRAPPED_LINE_WORDS,
    Block,
    Found,
    international_of,
)
from .listwide import (
    bracketed_country_codes,
    capital_surnames_first,
    indented_members,
    individual_if_people_around,
    inverted_names,
    issuers_sign_off,
    organisation_if_organisations_around,
    out_of_indented_members,
    person_with_post_under_organisations,
    sections_by_acronym,
    shares_affiliation,
    sign_off,
    towns_after_dashes,
    translates,
)
from .marks import RULE_LINE, has_contact, strip_marker
from .memberships import parent_heading
from .model import INDIVIDUAL, ORGANIZATION
from .names import has_org_word, has_person_shape, is_acronym, is_body_paragraph, looks_like_person
from .pagewords import CLOSING, COPY_TO, GREETING_LINE, MESSAGE_FROM
from .parts import category_heading, officers_sign_for
from .signatures import SIGNATURE_DELIMITER
from .text import Span

# How far below a closing's names the header of a forwarded message may stand: past a
# telephone line, a motto and a rule.
FORWARD_REACH = 5


class LineLists:
    """Lists laid out in lines: one per line, numbered, bulleted, under headings."""

    def __init__(
        self, text: str, lines: list[Span], acronyms: dict[str, str], language: str | None
    ) -> None:
        self.text = text
        self.language = language
        self.lines = lines
        # "RELADA" → "Red Latinoamericana por el Derecho al Agua", as the page spells it.
        self.acronyms = acronyms
        self.found: list[Found] = []
        # Every line of the accepted lists, headings included: not statement text.
        self.list_lines: set[Span] = set()
        self.last_block: list[Found] = []

    def _home(self) -> list[str] | None:
        return home_country(self.lines, self.language)

    def scan(self) -> list[Found]:
        index = 0
        while index < len(self.lines):
            index = self._block_from(index)
        return self.found

    def _after_text(self, index: int) -> bool:
        """Whether the statement's text has begun above this line: a list without a
        heading comes after it, never among the title lines at the top."""
        return any(
            is_body_paragraph(line.text) or self._wrapped(position)
            for position, line in enumerate(self.lines[:index])
        )

    def _wrapped(self, index: int) -> bool:
        """A line of text broken at the page's width (an e-mail, a PDF): a sentence of
        several words that goes on, in lower case, on the very next line."""
        line, following = self.lines[index], self.lines[index + 1]
        return (
            len(line.text.split()) >= WRAPPED_LINE_WORDS
            and following.text[:1].islower()
            and self.text.count("\n", line.end, following.start) == 1
        )

    def _block_from(self, index: int) -> int:
        first = index
        line = self.lines[index]
        following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
        if CLOSING.match(line.text.strip()) and is_heading(following):
            # "Yours sincerely," / "Signatories": the list is under the second.
            return index + 1
        if index + 2 < len(self.lines) and officers_sign_for(line.text, following):
            # "Για το Δ.Σ. του ΣΕΦΒΑ" / "Ο Πρόεδρος   Ο Γενικός Γραμματέας" / their names:
            # officers authenticate the body's signature.
            return index + 3
        if COPY_TO.match(line.text.strip()):
            # "Do wiadomości:" over the names the letter is copied to, up to a blank line.
            return self._paragraph_end(index)
        # "Επιτροπές αγώνα και συλλογικότητες": kind words alone head a list too.
        opened = (
            is_heading(line.text)
            or pure_heading(line.text)
            or category_heading(strip_marker(line.text).strip())
        )
        kind_hint = kind_under(line.text) if opened else None
        explicit_parent = self._parent_heading(line.text)
        if SECTIONS_HEADING.match(line.text.strip()) and self.found:
            explicit_parent = self.found[-1].entry.name
        # "Signed by the X (XYZ) and its member unions:": the heading names a signer, the
        # parent of the names below; the list reads it as its first line.
        sections = SECTIONS_PHRASE.search(line.text) if opened and not explicit_parent else None
        names_parent = sections is not None and bool(
            international_of(line.text, sections, line.start)
        )
        if (opened or explicit_parent) and not names_parent:
            index += 1
        block = Block(
            opened=opened,
            parent=explicit_parent,
            home=self._home,
            parent_heading=self._parent_heading,
            opened_by_signer=names_parent,
        )
        block.country = heading_country(line.text) if opened else None
        while index < len(self.lines):
            following = self.lines[index + 1].text if index + 1 < len(self.lines) else ""
            current = self.lines[index]
            gap = self.text[self.lines[index - 1].end : current.start] if index else "\n\n"
            last = index + 1 == len(self.lines)
            after = len(self.text) if last else self.lines[index + 1].start
            # A signer's quoted reason under their lines closes their part like a blank line.
            reason_next = not last and signers_reason(self.lines[index + 1].text)
            block.before_blank = (
                last or reason_next or self.text.count("\n", current.end, after) > 1
            )
            entries = len(block.found)
            if index > first and self._wrapped_item(block, self.lines[index - 1], current):
                index += 1
                continue
            if not block.take(current, following, joined=gap.count("\n") <= 1):
                break
            block.after_blank = gap.count("\n") > 1 and len(block.found) > entries
            index += 1
        headed = opened or explicit_parent is not None
        closing = bool(CLOSING.match(line.text.strip()))
        if self._contact_card(block, first, index):
            # "____" / "Camille Roussel-Diop" / "Secrétaire générale" / "…" / "www.…": the
            # sender's signature under its rule.
            block.found.clear()
        if closing and (self._forwarding(index) or self._signature_closed(block, index)):
            # "In solidarity, / Dolores Ruane / Communications Coordinator / …", then the
            # message forwarded: whoever forwards it signs only the forwarding; "Solidarnie,
            # / Tomasz Wrona / sekretariat … / tel. …": the sender's own signature.
            block.found.clear()
        elif closing:
            # "In solidarity, / Marta": whoever sends the e-mail.
            del block.found[: sign_off(block.found)]
        if not headed and index < len(self.lines) and GREETING_LINE.match(self.lines[index].text):
            # "The Honorable Patricia Holloway / Chair, … / Ohio Statehouse", then "Dear
            # Chair Holloway": the letter's addressee, over its greeting.
            block.found.clear()
        if not headed and issuers_sign_off(block.found):
            # "Executive Committee" / "General Federation of X": the body that issues the
            # statement signs it off; nobody else signs.
            block.found.clear()
        if block.found and (headed or (block.shaped_like_a_list() and self._after_text(first))):
            self._accept(block.found, kind_hint, hint_reach=block.kind_headings_from)
            self.list_lines.update(self.lines[first:index])
        stop = self.lines[index].text.rstrip() if first < index < len(self.lines) else ""
        ended_by_heading = stop.endswith(":") and is_heading(stop)
        if not block.found and not headed and not ended_by_heading:
            # Nothing read; a heading that ended it ("Ми — не «тимчасовий ресурс»." /
            # "Заяву підтримали:") opens the next block.
            index += 1
        return index

    def _paragraph_end(self, index: int) -> int:
        """The index of the first line after a blank line below this one."""
        index += 1
        while (
            index < len(self.lines)
            and "\n\n" not in self.text[self.lines[index - 1].end : self.lines[index].start]
        ):
            index += 1
        return index

    def _signature_closed(self, block: Block, index: int) -> bool:
        """One person under a closing, then their telephone or address: an e-mail's
        signature, not a list."""
        return (
            len(block.found) == 1
            and block.found[0].entry.kind == INDIVIDUAL
            and self._over_contact(index)
        )

    def _contact_card(self, block: Block, first: int, index: int) -> bool:
        """A person, then what follows their name, or a body and its office, under a rule
        and over their web or e-mail address or telephone: an e-mail's signature, not a
        list."""
        above = self.text[: self.lines[first].start].rstrip().rsplit("\n", 1)[-1].strip()
        return (
            (above == SIGNATURE_DELIMITER or bool(RULE_LINE.match(above)))
            and bool(block.found)
            and (block.found[0].entry.kind == INDIVIDUAL or len(block.found) <= 2)
            and self._over_contact(index)
        )

    def _over_contact(self, index: int) -> bool:
        """Whether the line that ended a block gives an address or a telephone: what a
        signature closes on."""
        return index < len(self.lines) and has_contact(self.lines[index].text)

    def _forwarding(self, index: int) -> bool:
        """Whether a message's header ("From: …") follows within a few lines: the lines
        above it closed the message that forwards it."""
        return any(
            MESSAGE_FROM.match(line.text) for line in self.lines[index : index + FORWARD_REACH]
        )

    def _wrapped_item(self, block: Block, above: Span, line: Span) -> bool:
        """ "7. Prof. Elena Martínez Ruiz, Catedrática …, Universidad de Valdeflores," /
        "   Spain": a numbered item too long for a printed page goes on, indented, on the
        next line; read again whole, its country is its own and no heading's."""
        last = block.found[-1].entry if block.found else None
        if not last or not (above.start <= last.start < above.end) or not line_marker(above.text):
            return False
        indent = self.text[self.text.rfind("\n", 0, line.start) + 1 : line.start]
        if len(indent) < WRAP_INDENT or indent.strip() or strip_marker(line.text) != line.text:
            return False
        # Cut at the page's width, or on a comma: "١٤. Jean-Marc Ribault" / "   Journaliste, …"
        # is a name, and its post on a line of its own.
        cut = above.text.rstrip().endswith(",") or len(above.text) >= WRAPPED_ITEM_CHARS
        if not cut or "\n\n" in self.text[above.end : line.start]:
            return False
        whole = parse_entry(f"{above.text} {line.text.strip()}", above.start)
        if whole is None:
            return False
        block.found[-1].entry = whole
        return True

    def _parent_heading(self, text: str) -> str | None:
        return parent_heading(text, page=self.text, lines=self.lines, acronyms=self.acronyms)

    def _accept(
        self, block: list[Found], kind_hint: str | None, *, hint_reach: int | None = None
    ) -> None:
        entries = [found.entry for found in block]
        bracketed_country_codes(entries, self.text)
        for index in out_of_indented_members(entries, self.text):
            block[index].parent = None
        for index, parent in sections_by_acronym(entries).items():
            block[index].parent = block[index].parent or parent
        # "X and its members:" over "– A", then "Y (AGPA)" over "   – B": the organisation
        # a line is indented under is nearer than the heading above both.
        for index, parent in indented_members(entries, self.text).items():
            block[index].parent = parent
        entries = [found.entry for found in block]
        inverted_names(entries)
        capital_surnames_first(entries)
        towns_after_dashes(entries, around=[found.entry for found in self.found])
        individual_if_people_around(entries)
        organisation_if_organisations_around(entries)
        reach = len(block) if hint_reach is None else hint_reach
        for position, found in enumerate(block):
            entry = found.entry
            hint = found.kind or (kind_hint if position < reach else None)
            if hint == ORGANIZATION and person_with_post_under_organisations(entry):
                continue
            # An "Organisations" part of the list may give a contact person's name, with a
            # title or a post; a name alone (or with its translation or its town) is an
            # organisation's.
            described = entry.affiliation is not None or entry.titled
            if found.kind == ORGANIZATION and looks_like_person(entry.name) and described:
                continue
            if hint == ORGANIZATION or (hint == INDIVIDUAL and _may_be_a_person(entry.name)):
                entry.kind = hint
            elif found.parent and entry.affiliation is None and not entry.titled:
                # "FILTA Lombardia" under "… and its member unions:": a section or member
                # of an organisation is an organisation.
                entry.kind = ORGANIZATION
        shares_affiliation(entries)
        if translates(block, self.last_block):
            # A page written in two languages gives its list twice, in the same order:
            # the second is the first's names in the other language.
            for translation, original in zip(block, self.last_block, strict=True):
                names = [translation.entry.name, *translation.entry.alt_names]
                original.entry.alt_names.extend(
                    name for name in names if name not in original.entry.alt_names
                )
            return
        self.last_block = block
        self.found.extend(block)


# "응우옌 반 탄": a name of a few words in a script or shape the name tables do not know.
PERSON_NAME_WORDS = 4


def _may_be_a_person(name: str) -> bool:
    """Whether a name under "Individuals" may be a person's: one shaped like it, or two to
    four words that name no organisation."""
    if has_person_shape(name):
        return True
    # A single word may be a group's name ("ひまわり", "부산바다지킴이").
    words = name.split()
    return 2 <= len(words) <= PERSON_NAME_WORDS and not has_org_word(name) and not is_acronym(name)
