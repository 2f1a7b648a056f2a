"""The headings of a signatory list: "Signatories:", "Organisations", country headings
("CHILE", "Korea / 한국"), group headings ("Internationals:") and the kind they set."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .countries import (
    country_code,
    country_codes,
    country_list,
    country_of_word,
    demonym_code,
    main_country,
)
from .lexicon import (
    ADDITIVES,
    ARTICLES,
    GATHERING,
    GROUP_HEADINGS,
    HOME_HEADINGS,
    JOINT_STATEMENT,
    LIST_HEADINGS,
    NEGATION_REACH,
    NEGATIONS,
    ORGANIZATION_HEADINGS,
    PEOPLE_HEADINGS,
    SECTIONS_PHRASE,
    SIGNING_CUES,
    words,
)
from .marks import strip_marker
from .model import INDIVIDUAL, ORGANIZATION
from .names import clean, has_org_word, has_person_shape, is_acronym, script_change, script_of
from .pagewords import (
    CLOSING,
)
from .text import TRAILING_NOTE, Span, gendered_pair

# "🇨🇱 Chile:": a flag is two regional indicator letters, the country's code.
REGIONAL_INDICATOR_A = 0x1F1E6
FLAG_HEADING = re.compile(r"^(?P<flag>[\U0001F1E6-\U0001F1FF]{2})\s*(?P<rest>[^:]+):$")
FLAG_HEADING_WORDS = 4
# "— FRANCE —", "*** Chile ***", "Argentina:": what dresses up a country heading.
HEADING_DECORATION = " :—–-*=#•·_|"
NUMBERED = re.compile(r"^\s*[(\[]?\d")
# A bare count before the words, no list number: "87 people", "1.206 signatures".
COUNT_FIRST = re.compile(r"^\s*\d+(?:[.,  ]\d+)*\s(?=\D)")
# Arabic's vowel signs and shadda ("ووقّع") are marks inside a word, which \w leaves out.
WORD = re.compile(r"[^\W\d_][\w'’.\u064b-\u065f\u0670-]*")
# "Organisations from Brazil:": the small words of a heading that names a country.
# Small words of a heading, and those of "in a personal capacity" ("à titre individuel",
# "a título individual", "a titolo personale", "в личном качестве").
HEADING_PARTICLES = frozenset(
    words(
        """
        from in of de da do des du aus von di dal из з από à a al titre título titolo
        capacity personal qualité в личном качестве як
        other others further more weitere andere otras otros outras outros autres altre
        altri другие інші diğer άλλες άλλοι and und y e et i и і ve και
        """
    )
)


def cue_positions(text: str) -> list[tuple[int, int]]:
    """Where the text says it was signed: (start, end) of each cue."""
    words = list(WORD.finditer(text))
    spans = [
        match.span()
        for index, match in enumerate(words)
        if match.group() in SIGNING_CUES
        and not any(
            word.group() in NEGATIONS for word in words[max(0, index - NEGATION_REACH) : index]
        )
        # "la raccolta di firme tra RSU, RLS e delegati": signatures being gathered, among
        # kinds of people, name no one who signed.
        and not any(word.group() in GATHERING for word in words[max(0, index - 2) : index])
    ]
    spans += [match.span() for match in JOINT_STATEMENT.finditer(text)]
    return sorted(spans)


def without_symbols(text: str) -> str:
    """The heading without the pictographs before it: "🇹🇷 Türkiye:", "🌍 International:"."""
    index = 0
    while index < len(text) and (text[index].isspace() or _pictographic(text[index])):
        index += 1
    return text[index:]


def _pictographic(char: str) -> bool:
    """A pictograph, or what joins and styles one ("⚠️" is a sign and a variation selector)."""
    return unicodedata.category(char) == "So" or char in "\ufe0f\u200d"


def without_trailing_symbols(text: str) -> str:
    """The line without the pictographs after it: "Scrivici in DM 📩"."""
    end = len(text)
    while end > 0 and (text[end - 1].isspace() or _pictographic(text[end - 1])):
        end -= 1
    return text[:end]


def flag_country(text: str) -> list[str] | None:
    """ "🇺🇸 ABD:": a flag, then a short name and a colon, heads that flag's country (a
    flag is the country's ISO code in regional indicator letters)."""
    match = FLAG_HEADING.match(text.strip())
    if not match or len(match["rest"].split()) > FLAG_HEADING_WORDS:
        return None
    code = "".join(chr(ord(char) - REGIONAL_INDICATOR_A + ord("A")) for char in match["flag"])
    return [code] if code in country_codes() else None


def has_cue(text: str) -> bool:
    return bool(cue_positions(text))


CUE_PARAGRAPH_WORDS = 6


def cue_opening(text: str) -> int | None:
    """Where the signing word ends in a paragraph that opens with it ("Adhieren a esta
    declaración la Federación …", "Também assinam a X e o Y": an adding word may come
    first); None for any other line."""
    words_ = text.split()
    if len(words_) <= CUE_PARAGRAPH_WORDS or ":" in text or not words_[0][:1].isupper():
        return None
    # "A título personal suscribieron …": in what capacity, then the signing word.
    capacity = PERSONAL_CAPACITY.match(text)
    skipped = capacity.end() if capacity else 0
    words_ = text[skipped:].split()
    opening = 2 if clean(words_[0]) in ADDITIVES else 1
    if clean(words_[opening - 1]) not in SIGNING_CUES:
        return None
    return text.index(words_[opening - 1], skipped) + len(words_[opening - 1])


PERSONAL_CAPACITY = re.compile(
    r"^(?:a\s+título\s+(?:personal|individual|pessoal)|à\s+titre\s+(?:personnel|individuel)|"
    r"a\s+titolo\s+(?:personale|individuale)|in\s+(?:a|their)\s+(?:personal|individual)\s+"
    r"capacity|als\s+einzelpersonen|в\s+личном\s+качестве|в\s+особистому\s+статусі|"
    r"bireysel\s+olarak|ατομικά),?\s+(?=\S)",
    re.IGNORECASE,
)


# "Sign in   Sign up": a site's account buttons, whose verb is the signing one.
ACCOUNT_BUTTONS = re.compile(r"\bsign[\s-]?(?:in|up|out)\b", re.IGNORECASE)


# "Update (18 March 2025): new signatories", "Mise à jour : nouveaux signataires".
UPDATE_LABEL = re.compile(
    r"^(?:update[ds]?|mise\s+à\s+jour|actualización|atualização|aktualisierung|nachtrag|"
    r"aggiornamento|обновление|оновлення|güncelleme|ενημέρωση|업데이트|تحديث)"
    r"\s*(?:\([^()]*\))?\s*:\s*",
    re.IGNORECASE,
)


COUNTED_LIST_NOTE = re.compile(
    r"\((?:총|total|en\s+total|insgesamt|in\s+totale|всего|усього|toplam|σύνολο|المجموع)?\s*"
    r"\d[\d.,]*\s*(?:개\s*)?(?:단체|organi[sz]ations|groups|signator\w*|organizaciones|"
    r"organizações|organismes|Organisationen|organizzazioni|организаци\w*|організаці\w*|"
    r"örgüt\w*|οργανώσεις|منظمة|firmas|firmantes|signataires|Unterzeichnende\w*)\)\s*:?\s*$",
    re.IGNORECASE,
)
COUNTED_HEADING_WORDS = 16
# "총 61개 단체 공동 서명": the list's count in total, then its heading.
KOREAN_TOTAL = re.compile(r"^총\s*\d[\d,]*\s*(?:개\s*)?(?:단체|명)?\s+")


def is_heading(text: str) -> bool:
    """ "Signatories:", "The Parties", "Unterzeichner": the line above a list, with or
    without a note on the list after it ("Signatories (in alphabetical order)"), or with
    an update's label before it ("Mise à jour (18 mars) : nouveaux signataires")."""
    update = UPDATE_LABEL.match(text.strip()) or KOREAN_TOTAL.match(text.strip())
    if update and text.strip()[update.end() :]:
        text = text.strip()[update.end() :]
    if COUNTED_LIST_NOTE.search(text) and len(text.split()) <= COUNTED_HEADING_WORDS:
        # "… 노동·시민사회단체 (총 58개 단체)", "Organisations calling for X (58 groups)": the
        # list below is counted, however its heading describes it.
        return True
    stripped = TRAILING_NOTE.sub("", text.strip().rstrip(":").strip())
    halves = re.split(r"\s+(?:e|y|et|und|and|i|и)\s+", stripped, maxsplit=1, flags=re.I)
    if (
        len(halves) == 2
        and halves[0].split()
        and halves[1].split()
        and gendered_pair(halves[0].split()[-1], halves[1].split()[-1])
    ):
        # "Prime firmatarie e primi firmatari": the heading in both genders.
        return is_heading(halves[0] + (":" if text.strip().endswith(":") else ""))
    words = WORD.findall(stripped)
    if not words or len(words) > 8:
        return False
    if text.strip().endswith(":"):
        return (
            has_cue(stripped)
            or any(word in LIST_HEADINGS for word in words)
            or bool(SECTIONS_PHRASE.search(text))
        )
    if CLOSING.match(text.strip()):
        # "Yours sincerely," over the names that sign the letter.
        return True
    if text.strip().endswith((".", "!", "?")) or ACCOUNT_BUTTONS.search(text):
        return False
    listing = [word for word in words if word in LIST_HEADINGS or word in SIGNING_CUES]
    if COUNT_FIRST.match(text) and len(listing) < len(words):
        # "87 people are going", "1.206 personnes ont signé": a count with what they do,
        # as a page's status line says it, not a heading ("240 signatories" may be one).
        return False
    # "Primi firmatari", "List of signatories", "Erstunterzeichnende Organisationen".
    return bool(listing) and len(words) <= 4 and len(words) - len(listing) <= 2


def heading_country(text: str) -> list[str] | None:
    """ "Organisations from Brazil:", "Argentinian organisations:": a heading over some of
    the names that says which country they are from."""
    body = strip_marker(text).strip()
    if not body.endswith(":"):
        return None
    tokens = WORD.findall(body)
    if not 2 <= len(tokens) <= 5:
        return None
    codes: list[str] = []
    for token in tokens:
        if token.casefold() in HEADING_PARTICLES or token in GROUP_HEADINGS:
            continue
        if token in ORGANIZATION_HEADINGS or token in PEOPLE_HEADINGS:
            continue
        code = country_code(token) or (demonym_code(token) if token[:1].isupper() else None)
        if code is None:
            return None
        codes.append(code)
    return codes if len(codes) == 1 else None


def in_capitals(text: str) -> bool:
    """ "CHILE", "— ESTADO ESPAÑOL —": a short line of letters, all capitals."""
    words = WORD.findall(text)
    return 0 < len(words) <= 3 and text.upper() == text and text.lower() != text


KIND_PHRASE_WORDS = 5


LETTERED_PART = re.compile(r"^\s*[A-H]\.\s+(?=[^\W\d])")


def pure_heading(text: str) -> bool:
    """ "Individuals", "Organizaciones firmantes:": a heading made only of heading words,
    naming nobody, with or without a note after it ("PESSOAS (a título individual)"); or
    a kind word and a few words in lower case ("Personer i eget namn")."""
    # "A. Organisations", "B. Individuals": a part of the list lettered like a report's.
    text = LETTERED_PART.sub("", text)
    words = WORD.findall(TRAILING_NOTE.sub("", text.strip().rstrip(":")))
    if 0 < len(words) <= 4 and is_heading(text) and all(map(_heading_word, words)):
        return True
    # "Adhesions a títol individual": heading words and words in lower case; "Φοιτητικοί
    # σύλλογοι και σχήματα" (student unions and groups): a capitalised word before the
    # kind word ("Alliance des associations étudiantes" names one).
    first_free = (
        len(words) >= 2
        and _heading_word(words[1])
        and strip_marker(text) == text
        and not re.search(r"[(\[#,|:\d]", text)
        and text.upper() != text
        and words[0].casefold() not in ARTICLES
    )
    checked = words[1:] if first_free else words
    return (
        0 < len(words) <= KIND_PHRASE_WORDS
        and not text.strip().endswith((".", "!", "?"))
        and kind_under(text) is not None
        and all(word.islower() or _heading_word(word) for word in checked)
    )


JOINED_AND = ("و", "および", "及び", "ならびに", "並びに")


def _after_joined_and(word: str) -> str:
    """The word after an "and" written onto it ("ودولية", "および賛同団体"); else the word."""
    joined = next((word[len(and_) :] for and_ in JOINED_AND if word.startswith(and_)), "")
    return joined if len(joined) > 1 else word


def _heading_word(word: str) -> bool:
    """A word a heading over part of a list is made of: "Organisations", "signataires",
    "internationales", "لبنانية" (a people's adjective: the country of the part), and
    "and" written onto the next one (Arabic "ودولية", Japanese "および賛同団体")."""
    joined = _after_joined_and(word)
    if joined != word and _heading_word(joined):
        return True
    bare = _without_case_ending(word)
    return (
        word in LIST_HEADINGS
        or word in SIGNING_CUES
        or word in GROUP_HEADINGS
        or word.casefold() in HEADING_PARTICLES
        or demonym_code(word) is not None
        # "Türkiye'den destekleyen örgütler", "Yurtdışından …": from a country, from abroad.
        or (bare != word and (bare in GROUP_HEADINGS or country_code(bare) is not None))
    )


def heading_demonyms(text: str) -> list[str] | None:
    """ "منظمات لبنانية", "Organizzazioni italiane": the countries a kind heading names by
    its people's adjective."""
    codes = [
        code
        for word in WORD.findall(text)
        if (code := country_of_word(word) or country_code(_without_case_ending(word)))
    ]
    return list(dict.fromkeys(codes)) or None


# "Türkiye'den", "Yurtdışından": Turkish writes "from" as a case ending, after an
# apostrophe on a proper name.
TURKISH_FROM = re.compile(r"(?:'|’)?n?[dt][ae]n$")


def _without_case_ending(word: str) -> str:
    return TURKISH_FROM.sub("", word) if TURKISH_FROM.search(word) else word


def _translated_parts(text: str) -> list[str]:
    """ "Korea / 한국", "Internacional / International": a heading and its translation;
    "일본 Japan", "중국·홍콩 China / Hong Kong": the same without a slash, in two scripts."""
    body = strip_marker(text).strip().rstrip(":").strip()
    words = body.split()
    scripts = [script_of(word) for word in words]
    change = script_change(scripts)
    # ("• ISUPE Italia, Ιταλία", "IG Metall (독일)", "Mekong Migrant Voices – 캄보디아": an
    # entry and its country, no heading.)
    if (
        change
        and all(script in {"", scripts[change]} for script in scripts[change:])
        and not any(mark in body for mark in ",()–—")
        and " - " not in body
    ):
        parts = [" ".join(words[:change]).rstrip(" /"), " ".join(words[change:]).lstrip("/ ")]
        if all(0 < len(WORD.findall(part)) <= 3 for part in parts):
            return parts
    parts = [part.strip() for part in body.split(" / ")]
    if len(parts) < 2 or not all(0 < len(part.split()) <= 3 for part in parts):
        return []
    return parts


def bilingual_country(text: str) -> list[str] | None:
    """A country heading with its name in a second language (or script) after a slash:
    the parts CLDR knows must agree, and one at least must be known."""
    if NUMBERED.match(text):
        # "07 - Rete Sud / Italia": a numbered line is an entry, with its country.
        return None
    parts = _translated_parts(text)
    readings = [country_list(part.strip(HEADING_DECORATION)) for part in parts]
    known = [codes for codes in readings if codes]
    if not known or any(codes != known[0] for codes in known):
        return None
    unknown = [part for part, codes in zip(parts, readings, strict=True) if not codes]
    # The unread part must be a single word or two, not a name: "Korea" beside "한국"
    # ("REBM Ελλάδα / Grecia" is a section, named with its acronym).
    if any(
        has_org_word(part) or any(is_acronym(word) for word in part.split()) for part in unknown
    ):
        return None
    return known[0]


def bilingual_group_heading(text: str) -> bool:
    """ "International / 국제", "Міжнародні підписанти / International signatories" over
    some of the names: a group heading (with the word for signatories or not) and its
    translation."""
    parts = _translated_parts(text)
    return bool(parts) and all(
        any(word in GROUP_HEADINGS for word in WORD.findall(part))
        and all(
            word in GROUP_HEADINGS or word in LIST_HEADINGS or word in SIGNING_CUES
            for word in WORD.findall(part)
        )
        for part in parts
    )


# "【서해대학교】", "[Lateinamerika]": a line wholly in brackets heads the names below it
# (a university, a region, a country); lenticular brackets mark nothing else.
BRACKETED_HEADING = re.compile(
    r"^(?:【(?P<lenticular>[^【】]{1,60})】|〖(?P<white>[^〖〗]{1,60})〗|"
    r"\[(?P<square>[^\[\],]{1,40})\])\s*:?$"
)
BRACKETED_HEADING_WORDS = 4


def bracketed_heading(text: str) -> str | None:
    """What a heading in brackets names, None when the line is no such heading."""
    match = BRACKETED_HEADING.match(text.strip())
    if not match:
        return None
    inner = match["lenticular"] or match["white"] or match["square"]
    if match["square"] and len(inner.split()) > BRACKETED_HEADING_WORDS:
        return None
    return inner.strip()


def group_heading(text: str, *, bare: bool = False) -> bool:
    """ "Internationals:", "[해외]", "🌎 Internacionales": a heading over some of the names
    that says where they are from, without a country. "Uluslararası dayanışma", of two
    such words, needs no mark; nor does one word (bare) among country headings."""
    body = strip_marker(text).strip()
    words = WORD.findall(body)
    pictured = body != text.strip() and not text.strip()[:1].isalnum()
    marked = body.endswith(":") or bracketed_heading(body) is not None or pictured
    if not (0 < len(words) <= 3 and (marked or bare or len(words) >= 2)):
        return False
    # "Adesioni internazionali", "International signatories": signers from elsewhere, a
    # list heading that groups the rest of the list.
    signers = [word for word in words if word in SIGNING_CUES]
    grouped = [word for word in words if word not in signers]
    return all(word in GROUP_HEADINGS for word in grouped) and (
        not is_heading(body) or (len(signers) == 1 and bool(grouped) and not kind_under(body))
    )


def home_heading(text: str) -> bool:
    """ "[국내]", "Domestic organisations:": over the names from the statement's country."""
    words_ = WORD.findall(text)
    return (
        0 < len(words_) <= 3
        and any(word in HOME_HEADINGS for word in words_)
        and all(word in HOME_HEADINGS or word in ORGANIZATION_HEADINGS for word in words_)
    )


def home_country(lines: list[Span], language: str | None = None) -> list[str] | None:
    """The country a statement speaks from: in a language official in one or two
    countries, its main one (a Korean page's "국내" is Korea, however often its list names
    Japan, and whether or not it names Korea); otherwise the one its text names most."""
    main = main_country(language) if language else None
    if main:
        return [main]
    counts = Counter(
        code for line in lines for word in WORD.findall(line.text) if (code := country_code(word))
    )
    return [counts.most_common(1)[0][0]] if counts else None


# "(names in order of signing; institutions for identification only)": a note on the
# posts, which names no kind of signatory.
IDENTIFICATION_NOTE = re.compile(
    r"\([^()]*(?:identification|identificación|identificação|identificazione|"
    r"kenntlichmachung|идентификац|ідентифікац|tanımlama|ταυτοποίησ|식별|التعريف)[^()]*\)",
    re.IGNORECASE,
)


def kind_under(heading: str) -> str | None:
    """ "Organisations:" or "Individuals:" over a list says what its entries are."""
    heading = IDENTIFICATION_NOTE.sub("", heading)
    words = [_after_joined_and(word) for word in WORD.findall(heading)]
    people = any(word in PEOPLE_HEADINGS for word in words)
    organisations = any(word in ORGANIZATION_HEADINGS for word in words)
    if people == organisations:
        # "賛同団体・個人", "Organisations and individuals": both, or neither.
        return None
    return INDIVIDUAL if people else ORGANIZATION


# "3 Unterzeichner": a table of contents numbers its sections ("1차 서명자" is ordinal).
TOC_NUMBER = re.compile(r"^\d+(?:\.\d+)*\s")
NUMBERED_SECTION = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
FIELD_LABEL_WORDS = 3


def field_label(label: str) -> bool:
    """Two or three words that name no organisation, no country and no person."""
    words_ = label.split()
    return 2 <= len(words_) <= FIELD_LABEL_WORDS and not (
        has_org_word(label)
        or country_list(label)
        or has_person_shape(label)
        # "Yurt dışından: A (Avusturya), B (Fransa)": from abroad, the names that follow.
        or group_heading(label + ":")
    )


def list_heading_below_entries(text: str, *, joined: bool) -> bool:
    """An unmarked list heading: alone, or a kind heading ("İmzacı kurumlar"); or a
    numbered section of the page that heads the list ("3. 참가단체(가나다순):")."""
    if NUMBERED_SECTION.match(text) and text.rstrip().endswith(":") and is_heading(text):
        return not SECTIONS_PHRASE.search(text)
    if strip_marker(text).strip() != text.strip() or TOC_NUMBER.match(text):
        return False
    apart = not joined and "|" not in text and not SECTIONS_PHRASE.search(text)
    return pure_heading(text) or (apart and is_heading(text))


CHINESE_SECTION = re.compile(r"^[一二三四五六七八九十]{1,3}、(?P<title>[^\s,,。:]{1,12})$")


def numbered_part(text: str) -> list[str] | None:
    """ "三、臺灣民間團體", "四、香港": a part of a list numbered in Chinese, and the country
    its title opens with (none: an empty list); None for any other line."""
    section = CHINESE_SECTION.match(text.strip())
    if section is None:
        return None
    title = section["title"]
    codes = (country_list(title[:end]) for end in range(len(title), 1, -1))
    return next((found for found in codes if found), [])
