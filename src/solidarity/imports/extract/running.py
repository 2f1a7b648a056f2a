"""Signatories in running text: the names after a signing colon ("Signed by: A, B and
C"), and the names next to a signing word in a news report (beside the text's lists,
only those a sentence says in the third person signed)."""

from __future__ import annotations

import bisect
import re

from .countries import country_list, names_places_only
from .entries import (
    Entry,
    parse_entry,
)
from .enumerations import enumerated_names
from .headings import cue_opening, cue_positions, group_heading, has_cue, is_heading, kind_under
from .lexicon import (
    ARTICLES,
    FIRST_PERSON,
    JOINT_STATEMENT,
    MEMBER_NOUNS,
    MEMBERSHIP_COPULAS,
    words,
)
from .lines import separating_colon
from .lists import Found
from .listwide import (
    individual_if_people_around,
    organisation_if_organisations_around,
    person_with_post_under_organisations,
    sections_by_acronym,
    shares_affiliation,
)
from .marks import (
    ACCOUNT,
    ACCOUNT_LINE,
    THREAD_COUNTER,
    THREAD_OPENING,
    over_handle,
    without_thread_counter,
)
from .model import INDIVIDUAL, ORGANIZATION
from .names import clean, first_letter, has_person_shape, is_acronym, is_role, is_uncased
from .orgwords import ORG_WORDS
from .runs import Run, find_runs, is_quoted, listed_entries, names_after_cue, run_after_cue
from .text import Span, split_items, split_sentences

COLON_CUE_REACH = 12
MEMBERSHIP = re.compile(
    r"(?P<noun>\w+)\s+(?:of|de|del|de\s+la|des|der|di|della|da|do|dell')\s+"
    r"(?:the\s+|la\s+|el\s+)?(?P<parent>\S+(?:\s+\S+){0,5}?)\s+(?:"
    + "|".join(sorted(MEMBERSHIP_COPULAS.exact, key=len, reverse=True))
    + r")\b"
)
MEMBERS_BEFORE_COLON = re.compile(
    r"(?P<noun>\w+)\s+(?:of|de|del|de\s+la|des|der|di|della|da|do|dell'|du)\s+"
    r"(?:the\s+|la\s+|el\s+|l')?(?P<parent>\S+(?:\s+\S+){0,5}?)\s*$"
)
# A whole quotation after the colon: “…”, «…», "…", „…“.
QUOTATION = re.compile(r"^\s*(?:“[^”]*”|«[^»]*»|\"[^\"]*\"|„[^“”]*[“”])\s*\.?\s*$")
INLINE_COUNTRY = re.compile(r"^\s*(?P<country>[^:;,.()]{2,40}?)\s*:\s+\S")


def colon_lists(lines: list[Span], acronyms: dict[str, str]) -> list[Found]:
    """ "Bekannte Unterzeichner sind: A (role), B, C." inside a paragraph; "Individuals: A,
    role; B (role)." after a heading word. The list goes on through the sentences after it
    that open with a country and a colon ("Signed by: Chile: A; B. Perú: C; D.")."""
    found: list[Found] = []
    # The run a thread's post broke off on a comma: its hint and parent, for the next post.
    broken: tuple[str | None, str | None] | None = None
    listed = False
    for index, line in enumerate(lines):
        if broken is not None and (not line.text.strip() or _post_header(lines, index)):
            # "Rede X @redex.example · 14 mar": the next post's header, between the two.
            continue
        counted = THREAD_OPENING.match(line.text) if broken is not None else None
        closed = THREAD_COUNTER.search(line.text) if broken is not None else None
        if broken is not None and (counted or closed):
            # "(5/7) Comitê Popular …, Cooperativa …", "Kootenay …, and 40 others. (5/6)": the
            # names go on in the next post.
            kind_hint, parent = broken
            start = counted.end() if counted else 0
            end = closed.start() if closed and not counted else len(line.text)
            piece = Span(line.text[start:end], line.start + start, line.start + end)
            found.extend(_listed(_within_ellipses(piece), kind_hint, parent, None))
            broken = broken if _broken_off(line.text) else None
            continue
        broken = None
        listing = False
        kind_hint = parent = None
        # The line right above listed names: "Yurt dışından: A (Avusturya), B" goes on
        # with the signers from abroad.
        listed_above, listed = listed, False
        for sentence in split_sentences(line):
            colon = separating_colon(sentence.text)
            prefix = sentence.text[:colon] if colon > 0 else ""
            # "Bekannte Unterzeichner sind: A, B": the cue just before the colon; "We, the
            # undersigned, reject the terms … in the Maghreb: high fees, no cover" lists no
            # names after it.
            near = " ".join(prefix.split()[-COLON_CUE_REACH:])
            grouped = listed_above and bool(prefix) and group_heading(prefix + ":")
            if prefix and (has_cue(near) or is_heading(prefix + ":") or grouped):
                listing, kind_hint = True, kind_under(prefix)
                parent = _members_of(prefix, acronyms)
                piece = Span(sentence.text[colon + 1 :], sentence.start + colon + 1, sentence.end)
            elif not (listing and _inline_country(sentence)):
                listing = False
                continue
            else:
                piece = sentence
            codes = _inline_country(piece)
            if codes:
                rest = piece.text.find(":") + 1
                piece = Span(piece.text[rest:], piece.start + rest, piece.end)
            if not piece.text.strip() or QUOTATION.match(piece.text) or _titled(prefix, piece):
                # "The joint statement's title: “Our rivers are not for sale: …”": what
                # follows the colon is quoted, not listed.
                continue
            counter = THREAD_COUNTER.search(piece.text)
            if counter:
                # "…, Truckers' Solidarity Network – Rotterdam (Hollanda) 4/6": the post's
                # number closes it.
                piece = Span(
                    piece.text[: counter.start()], piece.start, piece.start + counter.start()
                )
            listed_names = _listed(_within_ellipses(piece), kind_hint, parent, codes)
            listed = listed or bool(listed_names)
            found.extend(listed_names)
            if _broken_off(piece.text):
                broken = (kind_hint, parent)
    return found


def _titled(prefix: str, piece: Span) -> bool:
    """ "NOTA CONJUNTA DAS JUVENTUDES: DEMOCRACIA SE FAZ SEM MEDO": a joint text's kind
    and whose it is, then its title, one phrase with no list in it."""
    opening = JOINT_STATEMENT.match(prefix.strip())
    return opening is not None and len(split_items(piece)) <= 1


# "Rede X @redex.example · 14 mar": a post's header, the account and when it posted; or
# the account's name over its handle alone.
POST_HEADER = re.compile(rf"{ACCOUNT}\s+·\s+\S")


def _post_header(lines: list[Span], index: int) -> bool:
    text = lines[index].text
    return bool(POST_HEADER.search(text) or ACCOUNT_LINE.match(text)) or over_handle(lines, index)


def _broken_off(text: str) -> bool:
    """ "…, Union étudiante du Cégep de Rivière-Ouest, (4/6)", "…, Oxford Housing Co-op …":
    a post that breaks off a list on a comma or an ellipsis, its number after it."""
    return without_thread_counter(text).rstrip().endswith((",", "…", "..."))


# "… Plymouth Housing Association, …": the ellipses where a post broke a list off and
# where the next one takes it up.
EDGE_ELLIPSES = re.compile(r"^\s*(?:…|\.\.\.)\s*|\s*(?:…|\.\.\.)\s*$")


def _within_ellipses(piece: Span) -> Span:
    """The piece of a list without the ellipses at its ends."""
    text = piece.text
    lead = EDGE_ELLIPSES.match(text)
    start = lead.end() if lead and lead.start() == 0 else 0
    tail = EDGE_ELLIPSES.search(text, start)
    end = tail.start() if tail and tail.end() == len(text) and tail.start() >= start else len(text)
    return Span(text[start:end], piece.start + start, piece.start + end)


def _listed(
    piece: Span, kind_hint: str | None, parent: str | None, codes: list[str] | None
) -> list[Found]:
    entries = listed_entries(piece)
    individual_if_people_around(entries)
    organisation_if_organisations_around(entries)
    shares_affiliation(entries)
    sections = sections_by_acronym(entries)
    for entry in entries:
        if codes and (not entry.countries or entry.countries_from_name):
            entry.countries = list(dict.fromkeys(codes + entry.countries))
        if kind_hint == INDIVIDUAL and has_person_shape(entry.name):
            entry.kind = INDIVIDUAL
        elif kind_hint == ORGANIZATION and not person_with_post_under_organisations(entry):
            entry.kind, entry.affiliation = ORGANIZATION, None
    return [Found(entry, parent=sections.get(index, parent)) for index, entry in enumerate(entries)]


def _members_of(prefix: str, acronyms: dict[str, str]) -> str | None:
    """ "Signed by the members of the ULP:": the coalition whose members are listed, spelled
    out where the text gives its acronym in full."""
    match = MEMBERS_BEFORE_COLON.search(prefix)
    if not match or match["noun"] not in MEMBER_NOUNS:
        return None
    parent = clean(match["parent"])
    return acronyms.get(parent, parent)


def _inline_country(piece: Span) -> list[str] | None:
    """ "India: A; B." inside a paragraph: the country the names after it are from."""
    match = INLINE_COUNTRY.match(piece.text)
    return country_list(match["country"]) if match else None


# "A (ACR) and B (ACR) issued today the following joint statement": the verbs of issuing
# in the shipped languages, followed within a few words by the word for a joint text.
ISSUED_JOINTLY = re.compile(
    r"\b(?:issued|released|published|adopted|emitiram|emitieron|publicaron|divulgaram|"
    r"publicaram|ont\s+publié|publient|haben\s+veröffentlicht|veröffentlichen|hanno\s+diffuso|"
    r"hanno\s+emesso|diffondono|выпустили|опубликовали|оприлюднили|опублікували|"
    r"yayımladı|yayınladı|εξέδωσαν|발표했다|أصدرت|أصدر|أصدرا)\b(?:\s+\S+){0,5}?\s+"
    r"(?:joint|conjunt[ao]|commune?|gemeinsame|congiunt[ao]|совместное|спільну|ortak|κοινή|공동|"
    r"مشترك[اًة]?)",
    re.IGNORECASE,
)
# "… fordern in einer gemeinsamen Erklärung", "… call in a joint statement for …".
SAID_JOINTLY = re.compile(
    r"\b(?:in|en|dans|em|numa|nella|in\s+einer|в|у|σε)\s+(?:a|una|une|uma|einer)?\s*"
    r"(?:joint|conjunta|commune|gemeinsamen|congiunta|совместном|спільній|κοινή)\s+"
    r"(?:statement|declaración|déclaration|declaração|erklärung|dichiarazione|заявлении|"
    r"заяві|δήλωση)|ortak\s+açıklamada|공동\s*성명(?:을\s+통해|에서)|في\s+بيان\s+مشترك",
    re.IGNORECASE,
)
TRAILING_VERB = re.compile(r"\s+[^\W\d_A-ZÀ-ÞА-ЯЁΑ-Ω][\w’'-]*\s*$")
ISSUERS_AT_MOST = 4


def joint_issuers(lines: list[Span]) -> list[Found]:
    """ "O Sindicato … (STTN) e a Federação … (FENAFI) emitiram hoje a seguinte declaração
    conjunta", "Der Mieterbund …, der Sozialverband … (SGJ) und die … fordern in einer
    gemeinsamen Erklärung": two to four organisations named before a verb of issuing a
    joint text, or before saying something in one, are its signatories, though no list
    follows."""
    for line in lines:
        issued = ISSUED_JOINTLY.search(line.text) or SAID_JOINTLY.search(line.text)
        if not issued:
            continue
        # "… und die Schuldnerberatung X fordern": the verb before the joint text's words.
        end = issued.start()
        while (verb := TRAILING_VERB.search(line.text, 0, end)) and verb.end() == end:
            if verb.group().strip() in ORG_WORDS:
                # "… Westfalen-Lippe gGmbH": a legal form in lower case closes the name.
                break
            end = verb.start()
        entries = listed_entries(Span(line.text[:end], line.start, line.start + end))
        for entry in entries:
            # "Der Mieterbund …": the sentence's article, capitalised, is no part of it.
            first, _, rest = entry.name.partition(" ")
            if rest and first.casefold() in ARTICLES:
                entry.name = rest
        organisations = [entry for entry in entries if entry.kind == ORGANIZATION]
        if 2 <= len(organisations) == len(entries) <= ISSUERS_AT_MOST:
            return [Found(entry) for entry in organisations]
        break
    return []


def cue_paragraphs(lines: list[Span], taken: set[Span]) -> list[Found]:
    """ "Adhieren a esta declaración la Federación …; el Sindicato …", "Also signed by A, B
    and C.": a paragraph outside the list that opens with a signing word names more
    signatories, wherever it stands."""
    found: list[Found] = []
    for line in lines:
        cue_end = None if line in taken else cue_opening(line.text)
        if cue_end is not None:
            found.extend(Found(entry) for entry in run_after_cue(line, line.start + cue_end))
    return found


def prose_lists(
    lines: list[Span], acronyms: dict[str, str], *, besides: list[int] | None = None
) -> list[Found]:
    """Names in running text next to a signing cue: news reports about a letter.
    besides: the sorted offsets of the entries the text's own lists hold; then only a
    sentence that itself says who signed, and holds none of them, names signatories
    ("Tra i firmatari ci sono …", "Unterschrieben haben …")."""
    besides_lists = besides is not None
    read = besides or []
    found: list[Found] = []
    previous_cue = False
    for line in lines:
        line_cue = not besides_lists and has_cue(line.text)
        enumerated = [] if _holds_any(line, read) else enumerated_names(line)
        if enumerated:
            # "賛同団体には、A、B、Cが加わった。": names set apart by "、".
            found.extend(Found(entry) for entry in enumerated)
            continue
        for sentence in split_sentences(line):
            parent = _membership_parent(sentence.text, acronyms)
            sentence_cue = has_cue(sentence.text) or parent is not None
            minimum = 2 if sentence_cue else 3
            if not (sentence_cue or line_cue or previous_cue):
                continue
            if is_uncased(first_letter(sentence.text)) and sentence_cue:
                # Arabic or Korean prose: no capitals set the names apart, but quotes do
                # («جمعية إعلاميون بلا قيود» و«…»).
                quoted = _quoted_organisations(sentence)
                if quoted and not _holds_any(sentence, read):
                    found.extend(Found(entry) for entry in quoted)
                    continue
            if besides_lists and (
                not _reports_signatories(sentence.text) or _holds_any(sentence, read)
            ):
                continue
            taken: list[Entry] = []
            for run in find_runs(sentence):
                # With the signing word only in the paragraph before, the names must be
                # introduced as part of the signatories ("78 groups, including A, B…").
                if sentence_cue or line_cue or run.introduced or run.ends_with_others:
                    fewest = 2 if run.introduced else minimum
                    taken.extend(_accepted(run, sentence, fewest))
            if sentence_cue and not taken:
                for _, cue_end in cue_positions(sentence.text):
                    taken.extend(names_after_cue(sentence, sentence.start + cue_end))
            taken = [_past_cue(entry, sentence) for entry in taken]
            if besides_lists:
                # A report names the signatories after saying they signed ("Tra i
                # firmatari ci sono …"); names before it are who wrote or sent the text.
                cues = cue_positions(sentence.text)
                first_cue = sentence.start + cues[0][0] if cues else sentence.end
                taken = [entry for entry in taken if entry.start > first_cue]
            individual_if_people_around(taken)
            organisation_if_organisations_around(taken)
            shares_affiliation(taken)
            if parent:
                found.append(Found(_coalition(parent, acronyms, lines, sentence)))
            found.extend(Found(entry, parent=parent) for entry in taken)
        if len(line.text.split()) > 8 and not besides_lists:
            previous_cue = line_cue
    return found


# "Titled": the word before a text's quoted title.
TITLED = frozenset(
    words(
        """
        titled entitled بعنوان intitulé intitulée intitulés titulado titulada titulados
        intitolato intitolata intitulado intitulada betitelt названием назвою başlıklı τίτλο
        제목의
        """
    )
    # "شركة «رايدلي»", "the company “X”": a business the statement speaks of, which signs
    # nothing.
    + words(
        """
        company firm corporation شركة الشركة société entreprise empresa compañía companhia
        firma unternehmen konzern azienda società компания компанії компанія şirket şirketi
        εταιρεία 회사 기업
        """
    )
)
# «…» or "…" around a name, then perhaps its country in brackets: «X» (الأردن).
QUOTED_ORGANISATION = re.compile(
    r"(?P<before>\S*)\s*[«“\"](?P<name>[^«»“”\"]{3,80})[»”\"](?:\s*\((?P<country>[^()]{2,40})\))?"
)


def _quoted_organisations(sentence: Span) -> list[Entry]:
    """The quoted names of a sentence that says they signed, after its signing word; a
    quoted name after a post ("ورئيسة «الشبكة …»", "the president of «…»") is where a
    person holds it, not a signatory."""
    cues = cue_positions(sentence.text)
    if not cues:
        return []
    entries: list[Entry] = []
    for match in QUOTED_ORGANISATION.finditer(sentence.text, cues[0][1]):
        before = match["before"].lstrip("و")
        if before and (is_role(before) or before.casefold() in TITLED):
            # "ورئيسة «…»": where she presides; "بعنوان «…»", "intitulée «…»": the title;
            # "شركة «…»": a company.
            continue
        start = sentence.start + match.start("name")
        entry = Entry(name=match["name"].strip(), start=start, end=start + len(match["name"]))
        entry.kind = ORGANIZATION
        entry.countries = country_list(match["country"]) or [] if match["country"] else []
        entries.append(entry)
    return entries


def _holds_any(span: Span, offsets: list[int]) -> bool:
    """Whether one of the sorted offsets falls in the span."""
    position = bisect.bisect_left(offsets, span.start)
    return position < len(offsets) and offsets[position] < span.end


def _reports_signatories(sentence: str) -> bool:
    """A sentence that tells, in the third person, who signed: not the statement's own
    "We, the undersigned …", and in a script with capitals, where names stand out from
    the words around them."""
    words_ = [clean(word) for word in sentence.split()]
    return not any(word in FIRST_PERSON for word in words_) and not is_uncased(
        first_letter(sentence)
    )


def _accepted(run: Run, sentence: Span, minimum: int) -> list[Entry]:
    # "… de América Latina, Europa y África": where the signatories come from.
    entries = [entry for entry in run.entries if not names_places_only(entry.name)]
    if len(entries) < minimum or is_quoted(run):
        return []
    if all(len(entry.name.split()) == 1 and not is_acronym(entry.name) for entry in entries):
        # "in Geneva, Paris and Rome": one-word names alone in running text are more often
        # places or keywords than signatories.
        return []
    return entries


def _coalition(name: str, acronyms: dict[str, str], lines: list[Span], fallback: Span) -> Entry:
    """The coalition whose members sign, found where the text first names it in full, with
    its acronym as an alternate name."""
    start, end = fallback.start, fallback.start + len(name)
    for line in lines:
        position = line.text.find(name)
        if position >= 0:
            start, end = line.start + position, line.start + position + len(name)
            break
    acronym = [short for short, long in acronyms.items() if long == name]
    entry = Entry(name=name, start=start, end=end, alt_names=acronym)
    entry.kind = ORGANIZATION
    return entry


def _past_cue(entry: Entry, sentence: Span) -> Entry:
    """ "A título personal suscribieron Carla Benítez Ruiz": a first name read with the
    words and the signing verb before it is the name after the verb."""
    for cue_start, cue_end in cue_positions(sentence.text):
        cut = sentence.start + cue_end
        # ("JOINT STATEMENT OF THE CONGRESS …": a heading's words in capitals.)
        verb = sentence.text[cue_start:cue_end]
        if entry.start < cut < entry.end and not verb.isupper():
            rest = sentence.text[cue_end : entry.end - sentence.start]
            offset = cut + len(rest) - len(rest.lstrip())
            return parse_entry(rest.strip(), offset) or entry
    return entry


def _membership_parent(sentence: str, acronyms: dict[str, str]) -> str | None:
    """ "Las organizaciones de la ULP son …": the members' parent, spelled out."""
    for match in MEMBERSHIP.finditer(sentence):
        if match["noun"] in MEMBER_NOUNS:
            parent = clean(match["parent"])
            return acronyms.get(parent, parent)
    return None
