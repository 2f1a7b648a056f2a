"""What a name looks like: capitalised phrases, people versus organisations."""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from .countries import country_code, demonym_code, is_known_city
from .lexicon import (
    HONORIFICS,
    NAME_PARTICLES,
    PERSON_PARTICLES,
    ROLE_WORDS,
    UNCASED_FUNCTION_WORDS,
    words,
)
from .model import INDIVIDUAL, ORGANIZATION
from .orgwords import (
    CJK_ORG_ENDINGS,
    ORG_INFIXES,
    ORG_SUFFIXES,
    ORG_WORDS,
    UNMISTAKABLE_ORG_WORDS,
)

EDGE_PUNCTUATION = " \t,;:.!?\"'“”‘’«»„()[]{}–—-*•·"
ACRONYM = re.compile(r"^\w[\w&./-]*\w$")
# "VAN DEN BROECK Pieter", "YILDIZ Zeynep Nur": how long each part of such a name runs.
# The last part of a German compound that names a post.
GERMAN_POST_HEADS = (
    "vorsitzende",
    "vorsitzender",
    "sprecherin",
    "sprecher",
    "abgeordnete",
    "abgeordneter",
    "pflegerin",
    "beauftragte",
    "beauftragter",
    "sekretärin",
    "referentin",
    "leiterin",
    "leiter",
    "ärztin",
    "arzt",
    "beraterin",
    "berater",
    "referent",
    "sekretär",
    "lehrerin",
    "lehrer",
    "führerin",
    "führer",
    "wirtin",
)
MAX_SURNAME_WORDS = 4
JAPANESE_NAME_PART = 3
MAX_GIVEN_WORDS = 3
# A given name: "Claire", "Anne-Sophie", "D’Arcy".
NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*$")
INITIAL = re.compile(r"^[A-ZÀ-ÞА-ЯЁІЇЄҐΑ-Ω]\.$")


NAME_ANSWERS_KEPT = 8192


def clean(token: str) -> str:
    return token.strip(EDGE_PUNCTUATION)


@lru_cache(maxsize=NAME_ANSWERS_KEPT)
def first_letter(token: str) -> str:
    return next((char for char in token if char.isalpha()), "")


def is_uncased(char: str) -> bool:
    """Hangul, Arabic, Han and the like have no capitals: any word may be a name. Georgian
    is written without them, though Unicode gives its letters capital forms."""
    return bool(char) and char.isalpha() and (char.lower() == char.upper() or _georgian(char))


def _georgian(char: str) -> bool:
    return "\u10d0" <= char <= "\u10ff"


BODY_PARAGRAPH_WORDS = 20
# Chinese and Japanese set no spaces between words: a paragraph is counted in characters.
BODY_PARAGRAPH_CHARACTERS = 60


def is_body_paragraph(text: str) -> bool:
    """A paragraph of the statement's text, too long for any list's line."""
    if len(text.split()) > BODY_PARAGRAPH_WORDS:
        return True
    return len(text) > BODY_PARAGRAPH_CHARACTERS and "。" in text and is_uncased(first_letter(text))


@lru_cache(maxsize=NAME_ANSWERS_KEPT)
def is_capitalised(token: str) -> bool:
    # "d'Italia", "l'Union": an elided article before a capitalised word.
    elided = re.match(r"^[a-z]{1,4}['’](?=\w)", token)
    if elided:
        token = token[elided.end() :]
    letter = first_letter(token)
    if not letter:
        return clean(token).isdigit() and len(clean(token)) <= 4
    return letter.isupper() or (is_uncased(letter) and clean(token) not in UNCASED_FUNCTION_WORDS)


@lru_cache(maxsize=NAME_ANSWERS_KEPT)
def is_acronym(token: str) -> bool:
    word = clean(token)
    # Any script's capitals: "ITF-UL", "КТР", "ΚΚΕ", "DİSK".
    return (
        len(word) >= 2
        and bool(ACRONYM.match(word))
        and word == word.upper()
        and word != word.lower()
    )


@lru_cache(maxsize=NAME_ANSWERS_KEPT)
def script_of(text: str) -> str:
    """The Unicode script of the text's first letter ("LATIN", "HANGUL", …)."""
    letter = first_letter(text)
    if not letter:
        return ""
    return unicodedata.name(letter, "").split(" ")[0]


# Japanese writes one name in kanji, hiragana and katakana together: one writing.
JAPANESE_SCRIPTS = {"CJK", "HIRAGANA", "KATAKANA"}


def writing_of(text: str) -> str:
    """The script of the text's first letter, Japanese's three counted as one."""
    script = script_of(text)
    return "CJK" if script in JAPANESE_SCRIPTS else script


SPACED_EV = re.compile(r"\be\.\s+V\.")
YEAR = re.compile(r"^(?:19|20)\d\d$")
KATAKANA_NAME = re.compile(r"^[\u30a1-\u30fa\u30fc]{2,}(?:[・=＝][\u30a1-\u30fa\u30fc]{2,}){1,3}$")

# Letters a member of a parliament, an order or an academy writes after the name: "Ana
# Ruiz MEP", "Gwen Aldridge FBA".
POST_NOMINAL = re.compile(
    r"^(?:MP|MEP|MSP|MS|MLA|MPP|MHK|TD|AM|MdB|MdL|MdEP|PhD|Ph\.D\.|DPhil|MD|DSc|QC|KC|OBE|"
    r"CBE|MBE|FBA|FRS|FRSE|FREng|FMedSci|FAcSS|FRHistS|FRSA|FRSL|FRCP|FRCS|FLSW)[,.]?$"
)


# "Linh mục Phêrô Nguyễn" (Father), "Ni sư" (the Reverend Nun), "An tAthair Pádraig": a
# title of two words, before a name of two or more.
TWO_WORD_HONORIFIC = re.compile(
    r"^(?:linh\s+mục|ni\s+sư|mục\s+sư|thượng\s+tọa|đại\s+đức|an\s+tathair|an\s+tsiúr|"
    r"y\s+parch\.?|y\s+cynghorydd|y\s+tad|y\s+chwaer)"
    r"\s+(?=\S+\s+\S)",
    re.IGNORECASE,
)
# "Bà Huỳnh Thị Mai", "Ibu Sri Wahyuni": Mrs, Mr, as written before a name, in title case
# only ("BA Cheikh Tidiane" is a surname in capitals).
ADDRESS_WORD = re.compile(r"^(?:Ông|Bà|Ibu|Bapak|Pak|Bu)\s+(?=\S+\s+\S)")
# "к.соц.н.", "д.и.н.", "к.т.н.": a Russian or Ukrainian academic degree before a name;
# "канд. іст. наук", the same in words.
ACADEMIC_DEGREE = re.compile(r"^[кд]\.[а-яіїє]{1,6}\.н\.$", re.IGNORECASE)
ACADEMIC_DEGREE_WORDS = re.compile(
    r"^(?:канд\.|кандидат|д-р|доктор)\s+[а-яіїє]{2,10}\.?\s+наук\s+(?=\S+\s+\S)", re.IGNORECASE
)


@lru_cache(maxsize=NAME_ANSWERS_KEPT)
def strip_honorifics(name: str) -> str:
    """The name without the titles before it ("Dr", "Prof.") and the post-nominal
    letters after a person's name ("MP", "MdB")."""
    words = ADDRESS_WORD.sub(
        "", TWO_WORD_HONORIFIC.sub("", ACADEMIC_DEGREE_WORDS.sub("", name))
    ).split()
    while len(words) > 2 and (words[0] in HONORIFICS or ACADEMIC_DEGREE.match(words[0])):
        words.pop(0)
    while (
        (len(words) > 2 and POST_NOMINAL.match(words[-1])) or _title_after_name(words)
    ) and has_person_shape(" ".join(words[:-1])):
        words.pop()
    return " ".join(words)


# "伊藤 誠一 牧師", "山田 太郎 氏", "손영자 할머니": Japanese and Korean write a title or a
# post after the name.
TITLES_AFTER_NAME = frozenset(
    {"氏", "様", "さん", "先生", "殿", "씨", "님", "선생님", "할머니", "할아버지", "어르신"}
)


def _title_after_name(words: list[str]) -> bool:
    # (Asked of every name: the cheap test of a letter without capitals comes first.)
    return (
        len(words) >= 2
        and is_uncased(words[-1][:1])
        and script_of(words[-1]) in {"CJK", "HANGUL"}
        and (words[-1] in TITLES_AFTER_NAME or words[-1] in ROLE_WORDS)
    )


def name_span_at_start(tokens: list[str]) -> int:
    """How many leading tokens form a capitalised name ("Liga de los Trabajadores")."""
    end = 0
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if is_capitalised(token) or clean(token) == "&":
            position += 1
            end = position
            if token.rstrip(")").endswith((",", ";", ":")) and not INITIAL.match(
                clean(token) + "."
            ):
                break
            continue
        if clean(token) in NAME_PARTICLES and token == token.lower() and not token.endswith(","):
            position += 1
            continue
        break
    return end


def name_span_at_end(tokens: list[str]) -> int:
    """Index where the trailing capitalised name of the tokens starts (len if none)."""
    start = len(tokens)
    position = len(tokens) - 1
    while position >= 0:
        token = tokens[position]
        if is_capitalised(token) or clean(token) == "&":
            start = position
        elif not (clean(token) in NAME_PARTICLES and token == token.lower()):
            break
        position -= 1
    # A particle cannot open the name: "of France" → "France".
    while start < len(tokens) and not is_capitalised(tokens[start]):
        start += 1
    return start


# A list's entry is asked about several times over (by the line reader, the entry
# parser and the list-wide rules): the answers for recent names are kept.
@lru_cache(maxsize=NAME_ANSWERS_KEPT)
def has_org_word(name: str) -> bool:
    if any(infix in name for infix in ORG_INFIXES) and is_uncased(first_letter(name)):
        return True
    if SPACED_EV.search(name):
        # "Bau-Solidarität e. V.": a registered association, its legal form spaced.
        return True
    return any(
        clean(word) in ORG_WORDS
        or _without_arabic_article(clean(word)) in ORG_WORDS
        or compound_org_word(clean(word))
        or clean(word).endswith(CJK_ORG_ENDINGS)
        for word in name.split()
    )


# "Arbeitnehmer-Bewegung": the parts may be joined by a hyphen. A three-letter ending
# ("Stadtrat") wants a longer word before it: "Kerbrat" is a Breton surname.
SHORT_SUFFIX = 3
COMPOUND_ORG = re.compile(
    r"(?:\w{4,}-?(?:"
    + "|".join(suffix for suffix in ORG_SUFFIXES if len(suffix) > SHORT_SUFFIX)
    + r")|\w{5,}-?(?:"
    + "|".join(suffix for suffix in ORG_SUFFIXES if len(suffix) <= SHORT_SUFFIX)
    + r"))$"
)


@lru_cache(maxsize=65536)
def compound_org_word(word: str) -> bool:
    """ "Hafenarbeitergewerkschaft", "Flüchtlingsinitiative": a compound that ends on an
    organisation word, with at least a few letters before it."""
    return bool(COMPOUND_ORG.search(word.casefold()))


def _without_arabic_article(word: str) -> str:
    """ "الاتحاد" → "اتحاد": Arabic writes the article as part of the word."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def looks_like_person(name: str) -> bool:
    """Two to five capitalised words with no organisation word: "Juli Zeh"."""
    return has_person_shape(name) and not has_org_word(name)


def is_role(text: str) -> bool:
    """ "Senior Lecturer", "Secretária-geral": a post, however much it looks like a name."""
    words = [clean(word) for word in text.split()]
    return 0 < len(words) <= 5 and any(
        part in ROLE_WORDS or _german_post(part) or _deputy(part)
        for word in words
        for part in word.split("-")
        if part
    )


# "vicesindaco", "vicepresidenta", "вицепрезидент", "αντιπρόεδρος": a deputy's post is
# the post with a prefix.
DEPUTY_PREFIXES = ("vice", "вице", "віце", "αντι")


def _deputy(word: str) -> bool:
    folded = word.casefold()
    return any(
        folded.startswith(prefix) and folded[len(prefix) :] in ROLE_WORDS
        for prefix in DEPUTY_PREFIXES
        if len(folded) > len(prefix) + 3
    )


def _german_post(word: str) -> bool:
    """ "Betriebsratsvorsitzende", "Landtagsabgeordneter": German writes a post as one
    compound, the post last."""
    folded = word.casefold()
    return any(folded.endswith(head) and len(folded) > len(head) + 2 for head in GERMAN_POST_HEADS)


@lru_cache(maxsize=NAME_ANSWERS_KEPT)
def has_person_shape(name: str) -> bool:
    """Shaped like a personal name, whatever its words mean."""
    words = [clean(word) for word in name.split() if clean(word)]
    if is_uncased(first_letter(name)):
        # Korean and Chinese personal names are one word of two to four syllables,
        # Arabic ones several words.
        if script_of(name) in {"HANGUL", "CJK"}:
            # "山田 太郎": Japanese sets a space between the family and the given name.
            spaced = script_of(name) == "CJK" and len(words) == 2
            if spaced and all(1 <= len(word) <= JAPANESE_NAME_PART for word in words):
                return not has_org_word(name)
            return len(words) == 1 and 2 <= len(words[0]) <= 4
        if script_of(name) == "KATAKANA":
            # "チャン・ヴァン・ナム": a foreign name in katakana, its parts between dots.
            return bool(KATAKANA_NAME.match(name))
        return 2 <= len(words) <= 5
    # Particles do not count: "Anuna de Wever van der Heyden" is four names.
    # ("I. Marlow": a capital "I" is an initial, not Catalan's "i".)
    particles = [word for word in words if word.islower() and word in PERSON_PARTICLES]
    if not 2 <= len(words) - len(particles) <= 5:
        return False
    for word in words:
        if any(char.isdigit() for char in word):
            return False
        if word in PERSON_PARTICLES and word == word.lower():
            continue
        if not is_capitalised(word):
            return False
        # "DUPONT Jean", "JUAN PÉREZ": surnames in capitals are long; "KKE" is not one,
        # unless a given name in ordinary case follows ("SOW Mamadou", "VAN DEN BROECK
        # Pieter").
        short_capitals = word.isupper() and 1 < len(word) < 4 and not INITIAL.match(word + ".")
        # "Karim BEN SALAH", "Jean DE LA TOUR": a surname's particle in its capitals.
        capital_particle = word.casefold() in PERSON_PARTICLES and not words[0].isupper()
        if short_capitals and not capital_particle and not surname_first_in_capitals(name):
            return False
    return True


def surname_first_in_capitals(name: str) -> bool:
    """ "LEFEBVRE Claire", "VAN DEN BROECK Pieter", "KOÇ Ayşegül": the surname in capitals,
    then the given names in ordinary case, as French and Turkish lists write them."""
    words = name.split()
    surname = list(itertools.takewhile(lambda word: word.isupper() and len(word) >= 2, words))
    given = words[len(surname) :]
    return (
        1 <= len(surname) <= MAX_SURNAME_WORDS
        and 1 <= len(given) <= MAX_GIVEN_WORDS
        and all(NAME_WORD.match(word) and not word.isupper() for word in given)
        # "CGT Lyon", "ÖH Uni Graz", "FSU-N Nantes": an acronym, then the branch's place.
        and not any(country_code(word) or is_known_city(word) for word in given)
        and not (len(surname) == 1 and len(surname[0]) <= 2)
        and not any(len(part) == 1 for word in surname for part in word.split("-"))
        and not has_org_word(name)
    )


def classify_kind(name: str, *, people_around: bool = False) -> str:
    """Organisation or individual, from the name alone and what surrounds it.

    people_around: the other entries of the list are people, so a surname that happens
    to be an organisation word ("Teresa Campagna") does not make an organisation.
    """
    person_shape = has_person_shape(name)
    org_words = [word for word in name.split() if clean(word) in ORG_WORDS]
    surname_only = (
        len(org_words) == 1
        and clean(org_words[0]) == clean(name.split()[-1])
        and clean(org_words[0]) not in UNMISTAKABLE_ORG_WORDS
    )
    if person_shape and people_around and surname_only:
        return INDIVIDUAL
    if has_org_word(name) or _opens_with_country(name):
        return ORGANIZATION
    words = name.split()
    if len(words) >= 2 and name.isupper():
        # A whole name in capitals ("JUAN PÉREZ"): judge it in ordinary case.
        readable = " ".join(word.capitalize() for word in words)
        long_words = all(
            len(clean(word)) >= 3 or clean(word).lower() in PERSON_PARTICLES for word in words
        )
        return INDIVIDUAL if long_words and looks_like_person(readable) else ORGANIZATION
    # "Karim BEN SALAH": a surname's particle in capitals is no acronym.
    short_acronyms = [
        word
        for word in words
        if _is_short_acronym(word) and clean(word).casefold() not in PERSON_PARTICLES
    ]
    if short_acronyms or (len(words) == 1 and is_acronym(name)):
        return ORGANIZATION
    return INDIVIDUAL if person_shape else ORGANIZATION


def _is_short_acronym(word: str) -> bool:
    """ "GB", "KKE", "IWU-FI": an acronym, as opposed to a surname in capitals."""
    cleaned = clean(word)
    # "IWU-FI" is short in each of its parts; "WÓJCIK-LEWANDOWSKA" is two surnames.
    parts = cleaned.split("-")
    short = all(len(part) <= 4 for part in parts) or any(
        not char.isalpha() for part in parts for char in part
    )
    return is_acronym(word) and short and not INITIAL.match(cleaned + ".")


def _opens_with_country(name: str) -> bool:
    """ "México Unido Contra la Delincuencia": a name that starts with a country and goes
    on is an organisation's; a two-word "Guadalupe Simões" may well be a person's."""
    words = name.split()
    return len(words) >= 3 and country_code(words[0]) is not None


def leading_demonym(name: str) -> tuple[str, str | None]:
    """ "Italian Ludovico Einaudi" → ("Ludovico Einaudi", "IT") for a person."""
    first, _, rest = name.partition(" ")
    code = demonym_code(first) if rest else None
    if code and looks_like_person(rest) and not country_code(first):
        return rest, code
    return name, None


def post_and_person(text: str) -> tuple[str, str] | None:
    """ "правозащитница Анна Керн", "profesora Ana Ruiz": a post in lower case before a
    person's name, as Russian lists and news reports write it; "작가 김하늘": a Korean
    occupation before a name of two to four syllables; (post, name)."""
    preposed = _korean_post_and_person(text) or _arabic_post_and_person(text)
    if preposed:
        return preposed
    from .givennames import opens_with_given_name  # noqa: PLC0415 - it builds on this module

    words = text.split()
    if (
        len(words) in (3, 4)
        and words[0][:1].isupper()
        and is_role(words[0])
        and not has_org_word(text)
        and opens_with_given_name(" ".join(words[1:]))
    ):
        # "Bezirksleiterin Annette Kluge", "Superintendent Matthias Krull": German writes
        # the post before the name with a capital too.
        return words[0], " ".join(words[1:])
    if not text[:1].islower():
        return None
    words = text.split()
    lead = next((index for index, word in enumerate(words) if is_capitalised(word)), 0)
    post, person = " ".join(words[:lead]), " ".join(words[lead:])
    if lead and is_role(post) and looks_like_person(person):
        return post, person
    return None


# Korean words for occupations end on these syllables: 작가, 변호사, 학자, 시인, 연구원, 농부,
# 위원장.
KOREAN_OCCUPATION_ENDINGS = ("가", "사", "자", "인", "원", "부", "수", "장")
KOREAN_NAME_SYLLABLES = range(2, 5)
HANGUL_SYLLABLES = ("\uac00", "\ud7a3")


# Arabic writes the article onto the word, and "and" onto the article: "الكاتبة والمترجمة".
ARABIC_ARTICLES = ("ال", "وال")
# "of", "with", "and": letters Arabic writes onto the next word.
ARABIC_PROCLITICS = "لبو"


def _arabic_post_and_person(text: str) -> tuple[str, str] | None:
    """ "الروائي جورج نصر الله", "الفنانة التشكيلية إيناس الطرابلسي": the occupation, with
    its article and the words that qualify it, before a name that opens without one."""
    words = text.split()
    lead = 0
    while lead < len(words) and words[lead].startswith(ARABIC_ARTICLES):
        lead += 1
    post, person = " ".join(words[:lead]), " ".join(words[lead:])
    if not lead or len(words) - lead < 2 or script_of(text) != "ARABIC":
        return None
    occupation = words[0].removeprefix("ال")
    # "الأمينة العامة لمنتدى …": the post goes on, "of" written onto the organisation.
    of_organisation = person[:1] in ARABIC_PROCLITICS and has_org_word(person[1:])
    if is_role(occupation) and looks_like_person(person) and not of_organisation:
        return post, person
    return None


def _korean_post_and_person(text: str) -> tuple[str, str] | None:
    if not HANGUL_SYLLABLES[0] <= text[:1] <= HANGUL_SYLLABLES[1]:
        return None
    words = text.split()
    if not 2 <= len(words) <= 3 or any(script_of(word) != "HANGUL" for word in words):
        return None
    post, name = " ".join(words[:-1]), words[-1]
    # "귀농 농부": the word next to the name says the occupation, the one before it more.
    occupation = is_role(words[-2]) or words[-2].endswith(KOREAN_OCCUPATION_ENDINGS)
    if occupation and len(name) in KOREAN_NAME_SYLLABLES and not has_org_word(text):
        return post, name
    return None


ELIDED_ARTICLE = re.compile(r"^(?:l|d|dell|all|nell|sull|dall|coll)['’](?=[^\W\d_])", re.IGNORECASE)
# "– la Maison de Quartier Les Étangs ;": a list's item in a sentence keeps its article,
# in lower case, before the name.
LEADING_ARTICLE = re.compile(
    r"^(?:le|la|les|el|los|las|il|lo|gli|the)\s+(?=[^\W\d_])(?=\w*[A-ZÀ-Ý])"
)
FOOTNOTE_MARK = re.compile(r"(?<=\w)[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=\w)\[\d{1,3}\]")
QUOTE_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ("„", "”"), ('"', '"'))


def initials(name: str) -> str:
    """ "Partei für Soziale Ökologie – Bundesvorstand" → "PSÖ", "l'Union des Étudiants" →
    "UÉ": the capitals its words open with, before any dash."""
    head = re.split(r"\s[–—-]\s", name)[0]
    words = [ELIDED_ARTICLE.sub("", word) for word in head.split()]
    return "".join(word[0] for word in words if word[:1].isupper())


def clean_name(name: str) -> str:
    # "l'Arci", "d'Alternative": an elided article before the name; "Кравчук, Максим⁴": a
    # footnote's mark after it.
    if FOOTNOTE_MARK.search(name):
        name = FOOTNOTE_MARK.sub("", name)
    name = re.sub(r"\s+", " ", LEADING_ARTICLE.sub("", ELIDED_ARTICLE.sub("", name))).strip()
    cleaned = (
        name.strip(' ,;:.!?"“”‘’«»„*•·–—-')
        if not name.endswith(".") or " " not in name
        else name.strip(' ,;:!?"“”‘’«»„*•·–—-')
    )
    # "Спілка вчителів «Освіта»", "Inicjatywa „Tablica”": a quote opened inside the name
    # keeps its closing one (German closes „ with “, Polish with ”).
    for opener, closer in QUOTE_PAIRS:
        inner = cleaned.find(opener)
        if inner > 0 and closer not in cleaned[inner + 1 :] and closer in name[len(cleaned) :]:
            cleaned += closer
    return cleaned


SENTENCE_WORDS = 6
SENTENCE_CAPITALS = 0.25


def is_plausible_name(name: str) -> bool:
    """Enough of a name to be worth proposing: not a fragment, a number or a sentence."""
    letters = [char for char in name if char.isalpha()]
    if len(letters) < 2:
        return False
    words = name.split()
    if words[0][0].isdigit() and not (
        # "350 East Asia Collective": a number in an organisation's name, where a count
        # of signers goes on in lower case or names nothing of its own ("2025 … 조직위원회"
        # is an event's committee, named by its year).
        len(words) >= 3
        and not YEAR.match(words[0])
        and all(map(is_capitalised, words[1:]))
        and has_org_word(name)
    ):
        return False
    # ("ケン", "王明": two letters of Chinese or Japanese may well be a name.)
    ideographic = writing_of(name) == "CJK"
    if len(words) == 1 and len(letters) < 3 - ideographic and not is_acronym(name):
        return False
    if len(words) > 16:
        return False
    # "Cette lettre est également signée par plus de 1 200 parents": a sentence, its words
    # after the first in lower case, where a name's are capitalised.
    if len(words) >= SENTENCE_WORDS:
        rest = [word for word in words[1:] if word.casefold() not in NAME_PARTICLES]
        lower_case = sum(map(is_capitalised, rest)) < SENTENCE_CAPITALS * len(rest)
        if lower_case and not has_org_word(name):
            return False
    if len(words) >= 2 and words[0].casefold() in SUBJECT_PRONOUNS and words[1][:1].islower():
        # "Wir fordern den Stadtrat auf": a sentence its signers speak.
        return False
    # "ver.di Berlin": a few names start in lower case, but none is all lower case.
    return is_capitalised(words[0]) or (len(words) <= 6 and any(map(is_capitalised, words)))


# "We", "Wir", "Nous": who speaks a sentence, opening it.
SUBJECT_PRONOUNS = frozenset(
    words("we wir nous nosotros nosotras nós noi мы ми biz εμείς 우리는 نحن")
)


def is_org_like(text: str) -> bool:
    words = text.split()
    return bool(words) and is_capitalised(words[0]) and has_org_word(text)


SLASH_SPLIT = re.compile(r"\s+/\s+|/")


def split_alternates(name: str) -> tuple[str, list[str]]:
    """ "노동자연대/Workers Solidarity League", "Movimiento X / Movement X"."""
    parts = [part.strip() for part in SLASH_SPLIT.split(name) if part.strip()]
    if len(parts) < 2:
        return name, []
    spaced = " / " in name
    scripts = {script_of(part) for part in parts}
    if len(scripts) > 1 or (spaced and all(len(part.split()) >= 2 for part in parts)):
        return parts[0], parts[1:]
    return name, []


def script_change(scripts: list[str]) -> int:
    """Where the words' scripts first change from the first word's, words without a
    letter ("/", "–") aside; 0 where they do not."""
    return next(
        (index for index, script in enumerate(scripts) if script and script != scripts[0]), 0
    )


def split_scripts(name: str) -> tuple[str, list[str]]:
    """ "Hwang Seo-yeon 황서연": a person's name, then the same name in another script;
    "移工聯盟 Migrant Empowerment Network": a name in a script without capitals, then
    its translation."""
    words = name.split()
    if len(words) < 3 or not all(any(char.isalpha() for char in word) for word in words):
        # "Teamsters Local 1194": a number is no name in another script.
        return name, []
    scripts = [script_of(word) for word in words]
    change = script_change(scripts)
    if (
        change
        and is_uncased(first_letter(name))
        and len(words) - change >= 2
        and set(scripts[change:]) == {"LATIN"}
        and is_capitalised(words[change])
    ):
        return " ".join(words[:change]), [" ".join(words[change:])]
    # Two scripts, one after the other: the name, then at most three words of the other.
    if change < 2 or len(words) - change > 3 or len(set(scripts[change:])) > 1:
        return name, []
    head, tail = " ".join(words[:change]), " ".join(words[change:])
    return (head, [tail]) if looks_like_person(head) else (name, [])
