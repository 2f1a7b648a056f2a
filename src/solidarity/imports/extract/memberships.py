"""Who belongs to whom, as a page writes it: acronyms and the names they stand for,
headings that name the parent of the lines below ("Member organisations of the X:"), an
entry's own "(section of X)", and an opening that says whose members sign ("We, the
undersigned affiliates of the X")."""

from __future__ import annotations

import re
from functools import lru_cache

from .countries import country_list
from .headings import has_cue
from .lexicon import LOCAL_MEMBER_NOUNS, MEMBER_NOUNS
from .marks import strip_marker
from .names import (
    first_letter,
    has_org_word,
    is_acronym,
    is_capitalised,
    is_uncased,
    name_span_at_end,
)
from .text import Span

# "(section of IFBPW)", "(Belçika, UKEA üyesi)", "(membre de la FIAL)": the organisation
# whose section or member the entry is, in a parenthesis of its own.
_NOUN_LEAD = r"(?:(?:a|an|the|la|le|el|une?|eine?)\s+)?(?:\w+\s+)?"
# A part only an organisation can be: "section", "youth wing", "juventude".
_UNIT_NOUN = (
    r"(?:section|region|branch|chapter|sección|seção|secção|sezione|"
    # "organisation de jeunesse du POR", "youth wing of the X", "juventude do X".
    r"youth\s+(?:wing|organi[sz]ation)|organisation\s+de\s+jeunesse|juventude|juventud|"
    r"Jugendorganisation|organizzazione\s+giovanile|filial|Sektion|Landesverband)"
)
_MEMBER_NOUN = (
    _NOUN_LEAD + r"(?:" + _UNIT_NOUN + r"|member|affiliate|"
    r"membre|miembro|membro|integrante|afiliad[oa]|affiliée?|"
    r"Mitglied(?:sorganisation)?|μέλος|عضو)"
    # "section belge de l'EEB", "sección argentina de la LIT": the country's adjective.
    r"(?:\s+[^\W\d_]+)??"
    r"\s+(?:of|de|du|des|da|do|di|della|del|der|von|im|της|του|في)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’]|il\s+|a\s+|o\s+)?"
)
MEMBER_OF_NOTE = re.compile(
    _MEMBER_NOUN + r"(?P<parent>[^,()]{2,80})"
    # "российская секция МРП", "српска секција Међународне …", "член ESN-S": Slavic
    # languages put the owner in the genitive, without a preposition.
    r"|(?:[^\W\d_]+\s+)?(?:секция|секція|секција|sekcija|sekcja|sekce|член|членкиня|"
    r"członek|członkini|člen|članica|članice)"
    # "sekcja krajowa SDE": Polish may put the adjective after the noun.
    r"(?:\s+(?-i:[a-ząćęłńóśźż]+)(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])))?\s+(?P<genitive>[^,()]{2,80})"
    # "IFFW üyesi", "EEB Almanya seksiyonu": Turkish puts it first.
    r"|(?P<postposed>[^,()]{2,80}?)(?:['’](?:n?[iıuü]n))?\s+(?-i:üyesi|seksiyonu|şubesi|gençlik\s+örgütü)"
    # "台灣移工聯盟成員": Chinese and Japanese too, with no space.
    r"|(?P<cjk>[^,()\s]{2,40}?)(?:的)?(?:成員|成员|會員|会員|加盟団体|加盟組織)",
    re.IGNORECASE,
)


def member_owner(note: str) -> str | None:
    """The organisation a note says the entry is a section or member of: "section of
    IFFW", "IFFW üyesi", "российская секция МРП"."""
    member = MEMBER_OF_NOTE.fullmatch(note.strip())
    if member is None:
        return None
    owner = member["parent"] or member["genitive"] or member["postposed"] or member["cjk"]
    # "EEB Almanya seksiyonu": the country named before the word is the section's.
    words = owner.split()
    while len(words) > 1 and country_list(words[-1]):
        words.pop()
    return " ".join(words)


# "European Media Workers Alliance (EMWA), the European region of the IFBPW",
# "Ligue suisse des locataires, section de la FIAL": the same said after a comma.
MEMBER_APPOSITION = re.compile(
    r",\s+" + _MEMBER_NOUN + r"(?P<parent>[^,()–—|]{2,80})$", re.IGNORECASE
)
# "Levante Jovem Ecossocialista, juventude da Rede …": no person is a youth wing.
UNIT_APPOSITION = re.compile(r",\s+" + _NOUN_LEAD + _UNIT_NOUN + r"\b", re.IGNORECASE)

# "We, the undersigned affiliates of the X (XYZ), …", "Nous, organisations membres de la
# X, …", "نحن، النقابات المنضوية في X والمنظمات …": the statement's opening says whose
# members sign. The name ends at punctuation or at the "and" that adds other signers.
_OPENING_MEMBER_PHRASES = (
    r"\bwe,?\s+(?:the\s+)?(?:undersigned\s+)?(?:member\s+(?:organi[sz]ations|unions|parties|"
    r"groups)|affiliates|affiliated\s+(?:unions|organi[sz]ations)|sections|members)\s+of\s+"
    r"(?:the\s+)?",
    r"\bnous,?\s+(?:les\s+)?(?:soussignée?s\s+)?(?:organisations\s+(?:membres|affiliées)|sections|"
    r"syndicats\s+affiliés|membres)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)",
    r"\bnosotr[oa]s,?\s+(?:las\s+|los\s+)?(?:organizaciones\s+(?:miembros?|afiliadas)|"
    r"secciones|sindicatos\s+afiliados|miembros)\s+(?:de\s+la\s+|del\s+|de\s+)",
    r"\bnós,?\s+(?:as\s+|os\s+)?(?:organizações|entidades|sindicatos)\s+(?:membros|"
    r"filiad[oa]s|afiliad[oa]s)\s+(?:à\s+|ao\s+|d[aoe]\s+)",
    r"\bwir,?\s+(?:die\s+)?(?:unterzeichnenden\s+)?(?:Mitgliedsorganisationen|"
    r"Mitgliedsverbände|Mitglieder|Sektionen)\s+(?:der|des|von)\s+",
    r"\bnoi,?\s+(?:le\s+)?(?:organizzazioni\s+(?:aderenti|membri)|sezioni)\s+"
    r"(?:della\s+|del\s+|dell['’]|di\s+)",
    r"نحن،?\s+(?:\S+\s+){1,2}?(?:المنضوية|الأعضاء|المنخرطة|المنتسبة)\s+(?:في|إلى)\s+",
    r"\bmy,?\s+(?:niżej\s+podpisane\s+)?organizacje\s+członkowskie\s+",
)
OPENING_MEMBERS = re.compile(r"(?:" + "|".join(_OPENING_MEMBER_PHRASES) + r")", re.IGNORECASE)
# The name that follows: up to its acronym in parentheses, "and"s and all, or else up to the
# first punctuation or "and".
OPENING_NAME_WITH_ACRONYM = re.compile(
    r"(?P<parent>[^,.;:()،؛\n]{2,120}?)\s*\((?P<acronym>[^()\n]{1,20})\)"
)
OPENING_NAME = re.compile(
    r"(?P<parent>[^,.;:()،؛\n]{2,120}?)"
    # "… of the X and the friendly organisations": an "and" before a word in lower case.
    r"(?=\s*[,.;:(،؛\n]|\s+(?:and|together|as\s+well|et|ainsi|avec|y|junto|e|und|sowie|wraz|i|ed)"
    r"\s+[a-zà-ÿ]|"
    r"\s+و(?=ال)|$)",
)


# The opening sentence is near the top: a signatory list far below may quote another text.
OPENING_CHARS = 6000
# The longest name the opening may give after its phrase, acronym included.
OPENING_NAME_CHARS = 150


def opening_members(text: str) -> tuple[str, ...]:
    """The organisation whose members the statement's opening says sign ("We, the
    undersigned affiliates of the X (XYZ)"): its name, and its acronym if given."""
    # Asked once per heading: remembered by the opening alone, not the whole text.
    return _opening_members(text[: OPENING_CHARS + OPENING_NAME_CHARS])


@lru_cache(maxsize=64)
def _opening_members(text: str) -> tuple[str, ...]:
    lead = OPENING_MEMBERS.search(text[:OPENING_CHARS])
    opening = lead and (
        OPENING_NAME_WITH_ACRONYM.match(text, lead.end()) or OPENING_NAME.match(text, lead.end())
    )
    if not opening:
        return ()
    named = opening.groupdict()
    return tuple(name.strip() for name in (named["parent"], named.get("acronym")) if name)


# "WFIT — World Forum of Informal Traders", "RELADA · Red Latinoamericana …" (a site's
# header) and "Red Latinoamericana … – RELADA" (a signature): a name and its acronym paired
# on a line of their own.
PLAIN_NAME_WORDS = 12
ACRONYM_THEN_NAME = re.compile(
    r"^(?P<acronym>[A-Z][A-Z0-9-]{1,12})[ \t]*[—–|:·-][ \t]*(?P<name>[^\n]+)$", re.MULTILINE
)
NAME_THEN_ACRONYM = re.compile(
    r"^(?P<name>[^\n]{3,120}?)[ \t]+[—–|·-][ \t]+(?P<acronym>[A-Z][A-Z0-9-]{1,12})$", re.MULTILINE
)


def find_acronyms(text: str) -> dict[str, str]:
    """ "Plataforma de Izquierda Unida (ULP)" → {"ULP": "Plataforma de Izquierda Unida"}."""
    spelled: dict[str, str] = {}
    guessed: dict[str, str] = {}
    # ("(ΜΔΑΚ)", "(МРП)": Greek and Cyrillic acronyms too.)
    for match in re.finditer(r"\((?P<acronym>[A-ZΑ-ΩА-ЯІЇЄ][A-ZΑ-ΩА-ЯІЇЄ0-9-]{1,12})\)", text):
        # The name stands on the acronym's own line.
        line_start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - 200)
        before = text[line_start : match.start()].split()
        start = _spelled_by(match["acronym"], before)
        found = spelled if start is not None else guessed
        if start is None:
            # "아시아이주노동자연대네트워크(AMWSN)": a script without capitals glues the
            # name into one word; with capitals, the capitalised words before it.
            uncased = bool(before) and is_uncased(first_letter(before[-1]))
            start = len(before) - 1 if uncased else name_span_at_end(before)
        if start < len(before):
            found.setdefault(match["acronym"], " ".join(before[start:]))
    for match in ACRONYM_THEN_NAME.finditer(text):
        tokens = match["name"].split()[:16]
        length = next(
            (
                end
                for end in range(len(tokens), 0, -1)
                if _spelled_by(match["acronym"], tokens[:end]) == 0
            ),
            None,
        )
        name = " ".join(tokens[:length]) if length else match["name"].strip()
        if length or _plain_name(name):
            spelled.setdefault(match["acronym"], name)
    for match in NAME_THEN_ACRONYM.finditer(text):
        if _plain_name(match["name"]):
            spelled.setdefault(match["acronym"], match["name"].strip())
    # A name whose capitals spell the acronym, or that the page pairs with it, over the
    # capitalised words that happen to stand before it.
    return {**guessed, **spelled}


def _plain_name(text: str) -> bool:
    """ "Red Latinoamericana por el Derecho al Agua": an organisation's name and nothing
    else, its words capitalised but for short particles."""
    tokens = text.split()
    return (
        2 <= len(tokens) <= PLAIN_NAME_WORDS
        and is_capitalised(tokens[0])
        and all(is_capitalised(token) or (token.islower() and len(token) <= 3) for token in tokens)
        and has_org_word(text)
    )


def _spelled_by(acronym: str, tokens: list[str]) -> int | None:
    """Where the words whose capitals spell the acronym start: "Coalition Ouest-Africaine
    pour la Souveraineté Alimentaire" for COASA, small words and all."""
    letters = "".join(char for char in acronym if char.isalpha())
    # Capitals first; then every word's initial, as names in sentence case spell theirs
    # ("Конфедерація вільних профспілок Придніпров'я" for КВПП).
    for every_word in (False, True):
        initials = ""
        for start in range(len(tokens) - 1, max(-1, len(tokens) - 16), -1):
            parts = tokens[start].replace("‐", "-").split("-")
            initials = (
                "".join(
                    part[0].upper() for part in parts if part[:1].isupper() or every_word and part
                )
                + initials
            )
            if len(initials) > len(letters):
                break
            if initials == letters and is_capitalised(tokens[start]):
                return start
    return None


# "Member organisations of the X:", "Organizaciones miembro de la RELADA:", "Σωματεία-μέλη
# του MDC:", "Члени Коаліції «Голос громад»:" (a genitive, no preposition).
MEMBERS_OF_HEADING = re.compile(
    # "Entidades filiadas à FIME:", "Unions affiliated to the X:": whose they are.
    r"^(?P<noun>[\w -]+?)\s+(?:of|de|del|de la|des|der|des|di|della|da|do|του|της|των|"
    r"à|ao|aos|às|to|al|alla|allo|an)"
    r"\s+(?:the\s+|la\s+|el\s+|l['’]|le\s+|il\s+|o\s+|a\s+)?(?P<parent>.+?)\s*:$",
    re.IGNORECASE,
)
# "Секции и группы МРП:": two nouns joined by "and" may head the members.
MEMBERS_GENITIVE_HEADING = re.compile(
    r"^(?P<noun>[\w-]+(?:\s+(?:и|і|та|and|y|e|et|und|i|ve|και)\s+[\w-]+)?)"
    r"\s+(?P<parent>[«\"„“]?[^\W\d_].*?)\s*:$"
)
# "Регіональні відділення громадської спілки «X»:": an adjective before the noun.
QUALIFIED_MEMBERS_GENITIVE_HEADING = re.compile(
    r"^[\w-]+\s+" + MEMBERS_GENITIVE_HEADING.pattern[1:]
)
# "IFBPW affiliates:", "RELADA member organisations:": the parent first, in English, by
# its acronym or capitalised name ("Signing organisations:" names none).
PARENT_MEMBERS_HEADING = re.compile(
    r"^(?P<parent>[A-Z][\w&.'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w&.'’-]*)){0,7})"
    r"\s+(?:affiliates|members|sections|member\s+(?:organi[sz]ations|unions|groups))\s*:$"
    # "AMWSN 회원단체", "민주노총 가맹조직": Korean names the parent first too.
    r"|^(?P<korean_parent>\S+(?:\s+\S+){0,3}?)\s+(?:회원\s*단체|회원\s*조직|가맹\s*(?:조직|단체|노조)|"
    r"소속\s*단체)\s*:?$"
    # "BESK'e bağlı sendikalar:": Turkish, the parent in the dative, "affiliated to" after it.
    # "Platform bileşenleri:": the parent, then its components or members.
    r"|^(?P<turkish_parent>\S+(?:\s+\S+){0,5}?)(?:['’](?:y|n)?[ae]\s+(?:bağlı|üye)\s+"
    r"(?:sendikalar|örgütler|dernekler|kuruluşlar)|\s+(?:bileşenleri|üyeleri))\s*:?$"
)
# "24 … in 17 countries:": the counts around a heading's words.
COUNTED_MEMBERS = re.compile(
    r"^\d+\s+(?P<heading>.+?)(?:\s+(?:in|from|de|en|aus|da)\s+\d+\s+\w+)?\s*:$",
    re.IGNORECASE,
)
# "Δίκτυο Αλληλεγγύης Λιμανιών (Ports Network) – οργανώσεις-μέλη:", "X — member
# organisations:": the parent, then a dash and the noun for its members.
DASHED_MEMBERS_HEADING = re.compile(
    r"^(?P<parent>[^–—:]{3,120}?)(?:\s*\([^()]*\))?\s+[–—-]\s+(?P<noun>[\w -]{3,40}?)\s*:$"
)
# "мережі «Солідарність без кордонів»", "της πλατφόρμας «Χ»": a noun, and the name it
# gives in quotes.
QUOTED_AFTER_NOUN = re.compile(r"^(?:\w+\s+){0,2}[«\"„“](?P<name>[^«»\"„“”]{2,80})[»\"“”]$")
NOUN_THEN_ACRONYM_NAME = re.compile(r"^\w+\s+[^\W\d_]{2,12}\s+[–—-]\s+(?P<name>[^\W\d_].+)$")
NAME_THEN_BRACKETED_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[^()\s]{2,12})\)$")
# A genitive's ending ("Коаліц-ії", "Sie-ci") and the stem it leaves.
INFLECTION_CHARS = 2
MIN_STEM_CHARS = 3
# "Red Latinoamericana de Trabajadoras y Trabajadores de Plataformas": a parent's full name.
PARENT_NAME_WORDS = 12
# "Affiliates endorsing the statement": a heading over members, in a few words.
PARENT_HEADING_WORDS = 6
MEMBERS_NOUN_WORDS = 3


def parent_heading(
    text: str, *, page: str, lines: list[Span], acronyms: dict[str, str]
) -> str | None:
    """ "Member organisations of the X:", "Σωματεία-μέλη του MDC:", "Члени Коаліції
    «Голос громад»:", "IFBPW affiliates:" name the parent of the lines below; "…
    integrantes de la Red:" names it by its first word, as the page spells it out
    elsewhere ("Red Latinoamericana de Trabajadoras …")."""
    text = text.strip()
    if " / " in text and text.endswith(":"):
        # "Учасники мережі «X» / Members of the X network:": the heading and its translation.
        text = text.split(" / ")[0].rstrip(" :") + ":"
    parent = ""
    genitive = (MEMBERS_GENITIVE_HEADING, QUALIFIED_MEMBERS_GENITIVE_HEADING)
    for pattern in (MEMBERS_OF_HEADING, *genitive):
        match = pattern.match(text)
        named = match["parent"] if match else ""
        quoted = QUOTED_AFTER_NOUN.match(named) if named[:1].islower() else None
        if quoted:
            # "коаліції «Відбудова знизу»" is "Коаліція «Відбудова знизу»" where a line of
            # the page opens with it; else "мережі «X»": a common noun, then the name.
            spelled = _as_the_page_names_it(named, page)
            named = spelled if spelled != named else quoted["name"]
        elif named[:1].islower() and (acronymed := NOUN_THEN_ACRONYM_NAME.match(named)):
            # "δικτύου SERN – Southern Europe Renters Network": "of the network", then its
            # acronym and name.
            named = acronymed["name"]
        if (
            match
            and any(
                part in MEMBER_NOUNS or part in LOCAL_MEMBER_NOUNS
                for word in match["noun"].split()
                for part in word.split("-")
            )
            and (pattern is MEMBERS_OF_HEADING or named.lstrip('«"„“')[:1].isupper())
        ):
            parent = named
            if pattern in genitive:
                parent = _as_the_page_names_it(parent, page)
            break
    else:
        # "This statement is endorsed by 24 GFTLW affiliates in 17 countries:": the
        # heading said in a sentence, with its counts.
        unmarked = strip_marker(text).strip()
        counted = COUNTED_MEMBERS.match(ISSUED_BY.sub("", unmarked))
        match = PARENT_MEMBERS_HEADING.match(counted["heading"] + ":" if counted else unmarked)
        named = (
            (match["parent"] or match["korean_parent"] or match["turkish_parent"]) if match else ""
        )
        dashed = DASHED_MEMBERS_HEADING.match(strip_marker(text).strip())
        if not named and dashed and len(dashed["noun"].split()) <= MEMBERS_NOUN_WORDS:
            nouns = re.split(r"[\s-]+", dashed["noun"])
            members = any(noun in MEMBER_NOUNS or noun in LOCAL_MEMBER_NOUNS for noun in nouns)
            named = dashed["parent"] if members else ""
        parent = named if named and not has_cue(named) else ""
    if (
        not parent
        and text
        and len(text.split()) <= PARENT_HEADING_WORDS
        and text[-1] not in ".!?"
        and text.split()[0] in MEMBER_NOUNS
    ):
        # "Affiliates endorsing the statement" under "We, the undersigned affiliates of
        # the X": the members of the X the opening names.
        parent = next(iter(opening_members(page)), "")
    # A heading names the parent in a few words; a paragraph that ends on a colon
    # ("… members of the X: A, B; and the allies below:") is no heading; "Members
    # Argentina:" names a country.
    acronymed = NAME_THEN_BRACKETED_ACRONYM.match(parent)
    if acronymed and acronymed["acronym"] in acronyms:
        # "Μέλη του Μεσογειακού Δικτύου … (ΜΔΑΚ):": the name in another case, and the
        # acronym the page spells out in the nominative.
        parent = acronyms[acronymed["acronym"]]
    if not parent or ":" in parent or len(parent.split()) > 8 or country_list(parent):
        return None
    full = spelled_out(parent, lines=lines, acronyms=acronyms)
    if " " not in full and not is_acronym(full) and full[1:].islower():
        # "… μέλη του Δικτύου:" ("of the Network"): a common noun the page never spells
        # out at a line's start names no parent to give.
        return None
    return full


def spelled_out(name: str, *, lines: list[Span], acronyms: dict[str, str]) -> str:
    """The organisation's full name where the page gives it: its acronym spelled out,
    or a line of its own for a name of one word that opens it ("Red" → "Red
    Latinoamericana de …")."""
    if name in acronyms:
        return acronyms[name]
    if " " in name:
        return name
    return next(
        (
            line.text
            for line in lines
            if (line.text.startswith(name + " ") or _ends_on_noun(line.text, name))
            and len(line.text.split()) <= PARENT_NAME_WORDS
            and has_org_word(line.text)
            and not line.text.rstrip().endswith((":", ".", "!", "?"))
        ),
        name,
    )


def _ends_on_noun(text: str, noun: str) -> bool:
    """ "Üniversite Gençlik Platformu" for "Platform": Turkish puts the noun last, with
    its suffix."""
    words = text.split()
    return (
        len(words) >= 2
        and all(word[:1].isupper() for word in words)
        and words[-1].isalpha()
        and words[-1].startswith(noun)
        and len(words[-1]) - len(noun) <= INFLECTION_CHARS
    )


# "Issued by the Congress of X and the following affiliated unions:".
ISSUED_BY = re.compile(
    # "This statement is endorsed by", "Cette déclaration est signée par".
    r"^\s*(?:(?:(?:this|the|cette|ce|esta|este|diese[rs]?|questa|questo)\s+\w+\s+"
    r"(?:is|was|has\s+been|est|a\s+été|es|fue|ha\s+sido|é|foi|ist|wurde|è|è\s+stat[oa])\s+)?"
    r"(?:issued|signed|endorsed|emitid[oa]|firmad[oa]|publicad[oa]|assinad[oa]|"
    r"émise?|publiée?|signée?s?|herausgegeben|unterzeichnet|emess[oa]|firmat[oa]|"
    r"подписано|підписано)\s+(?:by|por|par|von|da|di|от|від)|"
    # "Assinam esta nota a Rede …", "Firman esta declaración la Red …".
    r"(?:assinam|firman|signent|unterzeichnen|firmano|sign)\s+(?:esta|este|cette|ce|"
    r"diese[ns]?|questa|questo|this)\s+\w+)"
    r"\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+|le\s+|l['’]|der\s+|die\s+|il\s+)?",
    re.IGNORECASE,
)
# "; par le Réseau …", "; ainsi que par la Ligue …", "; and by the …": the next group of
# signatories in a sentence that lists them.
GROUP_LEAD = re.compile(
    r"^\s*(?:(?:ainsi\s+que|as\s+well\s+as|and|et|y|e|und|sowie|así\s+como)\s+)?"
    r"(?:par|by|por|von|da|di|від|от)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|"
    r"las\s+|die\s+|der\s+|il\s+|o\s+|a\s+|os\s+|as\s+)?"
)


def _as_the_page_names_it(name: str, page: str) -> str:
    """ "Коаліції «Голос громад»" (of the coalition) is "Коаліція «Голос громад»" where
    a line of the page opens with it: the first word's ending changed, the rest alike."""
    first, _, rest = name.partition(" ")
    stem = first[:-INFLECTION_CHARS]
    if not rest or len(stem) < MIN_STEM_CHARS:
        return name
    # The heading may write the noun in lower case, the line that opens with it not.
    opening = f"(?i:{re.escape(stem[0])}){re.escape(stem[1:])}"
    found = re.search(
        rf"^{opening}\w{{0,{INFLECTION_CHARS + 1}}} {re.escape(rest)}", page, re.MULTILINE
    )
    return found.group() if found else name
