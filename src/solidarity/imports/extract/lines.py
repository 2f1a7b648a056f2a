"""What a line of a list looks like: an entry, a run of names, a sentence or a note."""

from __future__ import annotations

import re

from .countries import country_list, is_known_city
from .dates import find_date
from .document import ABBREVIATED_END
from .entries import FROM_COUNTRY, Entry, parse_entry
from .headings import (
    HEADING_DECORATION,
    WORD,
    bilingual_country,
    flag_country,
    has_cue,
    in_capitals,
    is_heading,
    without_symbols,
    without_trailing_symbols,
)
from .lexicon import (
    FROM_COUNTRY_LEAD,
    NAME_PARTICLES,
    ON_BEHALF,
    OTHERS_TAIL,
    POSTPOSED_OTHERS,
    SIGNING_CUES,
    WORKER_WORDS,
)
from .marks import LEADING_LABEL, strip_marker
from .model import ORGANIZATION
from .names import (
    first_letter,
    has_org_word,
    is_acronym,
    is_body_paragraph,
    is_capitalised,
    is_role,
    is_uncased,
    looks_like_person,
    post_and_person,
    script_of,
    strip_honorifics,
)
from .orgwords import ORG_WORDS
from .pagewords import (
    LETTER_FURNITURE,
    REASON_LINE,
)
from .runs import bracketed_run, dash_run, listed_entries, tab_run, two_people
from .segments import comma_segments, person_with_post, without_trailing_titles
from .text import TRAILING_NOTE, Span, mask_brackets, split_items
from .written import DASH_SPLIT, slash_suffix

MAX_ENTRY_WORDS = 12
# A line of this many words, mostly in lower case, ending on a full stop, is a sentence.
SENTENCE_WORDS = 5
PARENTHESIS = re.compile(r"\s*\(.*$")
QUESTION_INSIDE = re.compile(r"\?\s+[^\W\d_]")


def capitalised_share(text: str) -> float:
    words = [
        word for word in WORD.findall(text) if not (word in NAME_PARTICLES and word == word.lower())
    ]
    if not words:
        return 0.0
    return sum(is_capitalised(word) for word in words) / len(words)


def name_part(text: str) -> str:
    body = slash_suffix(strip_marker(text))
    body = DASH_SPLIT.split(body, maxsplit=1)[0]
    return re.split(r"\s*[(:]", body, maxsplit=1)[0]


# "Lietuvos slaugytojų profesinė sąjunga": one capital in four words.
SENTENCE_CASE_SHARE = 0.25


def is_entry_line(text: str) -> bool:
    body = strip_marker(text).strip()
    if LETTER_FURNITURE.match(body):
        return False
    if not body or len(body) > 250 or _exclaims_or_asks(body) or body.startswith("("):
        return False
    if len(body.split()) <= 8 and find_date(body):
        return False
    # A table's row: the name is its first cell ("Name⇥Lyon, France⇥Organisation"); a
    # title before it ("проф. Бондар, Ірина — …") is no part of it.
    body = strip_honorifics(body.split("\t")[0].strip())
    # "Name / Translation": the name is judged, its translation is another form of it.
    head = name_part(body).strip().split(" / ")[0]
    segments, countries = comma_segments(head)
    segments = without_trailing_titles(segments)
    if len(segments) >= 3 and not countries and not person_with_post(segments):
        # "A, B, C (all of X)": several names on one line, read as running text.
        return False
    if several_people(body) or names_and_last(body):
        return False
    # "Jean Dupont, syndicaliste": judge the name, not the role after it; "don Mario
    # Rossi": nor the title before it.
    head = strip_honorifics(segments[0]) if segments else head
    words = head.split()
    # "van der Berg, Anneke": a surname's particles may open the line in lower case.
    if not words or len(words) > MAX_ENTRY_WORDS:
        return False
    origin = FROM_COUNTRY.match(head)
    if post_and_person(origin["name"] if origin else head):
        # "— профессор Иван Петров из Латвии": a post, then the person, from a country.
        return True
    if not is_capitalised(words[0]):
        named = [word for word in words if word not in NAME_PARTICLES]
        if not named or not is_capitalised(named[0]):
            return False
    if body.endswith(".") and len(body.split()) > 8 and head == body.rstrip("."):
        return False
    if _uncased_sentence(body):
        return False
    # "Flüchtlingshilfe Aachen e.V.", "… Ltd.": a legal form closing the name is no word
    # of it, in lower case or not.
    if len(words) > 1 and words[-1].casefold() in ORG_WORDS and not words[-1][:1].isupper():
        head = " ".join(words[:-1])
    share = capitalised_share(head)
    # Many languages write organisation names in sentence case ("Рабочий союз").
    sentence_case_org = (
        len(words) <= 8
        and not body.endswith(".")
        and (
            words[0] in ORG_WORDS
            or (share >= SENTENCE_CASE_SHARE and has_org_word(" ".join(words)))
        )
    )
    return share >= 0.75 or sentence_case_org


def entry_under_heading(text: str) -> bool:
    """Below "Signatories:" a line need not look like much to be an entry: "Flüchtlingsrat
    Berlin e.V.", "Comité de défense des sans-papiers de Paris"."""
    body = strip_marker(text).strip()
    words = body.split()
    sentence = _exclaims_or_asks(body) or _is_sentence(body)
    # Several commas or a semicolon: a run of names on one line, read item by item.
    masked = mask_brackets(body)
    run_on = masked.count(",") >= 2 or ";" in masked or several_people(body) or names_and_last(body)
    # "Réseau pour la Défense des Droits de l'Enfant et de la Femme": particles do not
    # make a name longer.
    named = [word for word in words if word not in NAME_PARTICLES]
    return (
        0 < len(named) <= MAX_ENTRY_WORDS and not (sentence or run_on) and is_capitalised(words[0])
    )


def _exclaims_or_asks(body: str) -> bool:
    """ "Join us!", "Sign here:", "Vuoi aderire? Scrivici in DM 📩": a line that ends
    on a sentence's mark (pictographs after it do not hide it), or asks a question and
    then goes on."""
    sentence = without_trailing_symbols(body).rstrip("*_ ")
    return sentence.endswith(("!", "?", ":")) or bool(QUESTION_INSIDE.search(sentence))


def _is_sentence(body: str) -> bool:
    """ "If you liked this newsletter, forward it to a friend.": a sentence closing on a
    full stop, long, or mostly in lower case, or in a script without capitals; not a name
    with a full stop ("Flüchtlingsrat Berlin e.V.")."""
    long = len(body.split()) > 8
    return (body.endswith(".") and (long or _prose(body))) or _uncased_sentence(body)


def is_note(body: str) -> bool:
    """A sentence about the list rather than a run of its names: mostly in lower case, or
    in a script without capitals and with no comma between names."""
    separated = any(mark in mask_brackets(body) for mark in ",،;·")
    return body.endswith(".") and (_prose(body) or (_uncased_sentence(body) and not separated))


def is_clause(body: str) -> bool:
    """ "the withdrawal of all permits for building on the coast,": a clause of a
    sentence run over a list's items, mostly in lower case, closed by its mark and
    naming no organisation ("— Независимый профсоюз докеров из Латвии;" is an entry)."""
    return body.endswith((",", ";", ".", "،")) and _prose(body) and not has_org_word(body)


def _prose(body: str) -> bool:
    """A few words or more, mostly in lower case."""
    return len(body.split()) >= SENTENCE_WORDS and capitalised_share(body) < 0.5


KOREAN_SENTENCE = re.compile(r"^\S*[가-힣][은는을를]\s.*[가-힣]다[.!]?$")
JAPANESE_DEMAND_ENDINGS = ("こと", "せよ", "ください", "を求める", "を求めます")
# Fewer characters than a demand in Chinese or Japanese, the most an organisation's name
# without its organisation word takes.
JAPANESE_DEMAND_LENGTH = 10


def _uncased_sentence(body: str) -> bool:
    """ "아래 로고를 클릭하면 홈페이지로 이동합니다.": in a script without capitals, a line of
    three or more words closing on a full stop is a sentence; a name has no full stop.
    Chinese and Japanese close theirs on "。", whatever the spaces, and no name holds one."""
    if not is_uncased(first_letter(body)):
        return False
    return (
        "。" in body
        or body.endswith("．")
        # "조선소를 떠받치는 것은 하청노동자다": a Korean sentence, its topic marked, closing
        # on the verb's "-다".
        or (len(body.split()) >= 3 and bool(KOREAN_SENTENCE.match(body)))
        # "本人の意思による転籍を認めること": a Japanese demand, closing on "that … be done";
        # "漁工薪資直接匯入本人帳戶，禁止仲介扣款；": a Chinese one, on its semicolon.
        or (body.endswith(JAPANESE_DEMAND_ENDINGS) and len(body) >= JAPANESE_DEMAND_LENGTH)
        or (
            body.endswith((";", "；"))
            and len(body) >= JAPANESE_DEMAND_LENGTH
            and script_of(body) == "CJK"
            and not has_org_word(body.rstrip(";；"))
        )
        # Persian and Arabic close a clause of a list of demands on "؛".
        or (
            body.endswith((".", "؛"))
            and len(body.split()) >= 3
            and not ABBREVIATED_END.search(body)
        )
    )


def lower_case_entry(text: str) -> bool:
    """ "ver.di Berlin" inside a list: a short line starting in lower case."""
    body = strip_marker(text).strip()
    words = body.split()
    return (
        0 < len(words) <= 6
        and not is_capitalised(words[0])
        and not body.endswith((".", "!", "?", ":"))
        and not OTHERS_TAIL.match(body)
        and any(is_capitalised(word) and not word[0].isdigit() for word in words[1:])
    )


def names_and_last(body: str) -> bool:
    """ "Associação A, Centro B e Plataforma C": names run together with commas and a
    conjunction before the last, every one of them capitalised. A person first is more
    likely followed by their posts ("Ana Ruiz – formerly A, B and C")."""
    masked = mask_brackets(body)
    if "," not in masked or looks_like_person(DASH_SPLIT.split(masked, maxsplit=1)[0]):
        return False
    items = split_items(Span(masked, 0, len(masked)))
    return (
        len(items) >= 3
        and items[-1].after_conjunction
        and all(is_capitalised(item.span.text.strip()) for item in items)
        # "Dock, Wharf and Riverside Workers' Union": one-word parts make up one name.
        and all(len(item.span.text.split()) >= 2 for item in items)
    )


def several_people(body: str) -> bool:
    """ "A (role), B (role)": two people or more on one line, read as running text."""
    before_dash = DASH_SPLIT.split(body, maxsplit=1)[0]
    if "," not in before_dash and "،" not in before_dash:
        # One part, one person at most.
        return False
    segments = comma_segments(before_dash)[0]
    bare = [PARENTHESIS.sub("", segment) for segment in segments]
    people = [segment for segment in bare if looks_like_person(segment) and not is_role(segment)]
    return len(people) >= 2 and not (len(bare) >= 3 and person_with_post(bare))


SEPARATING_COLON = re.compile(r":(?!\w)")
# A run's own heading, before its colon, in a few words ("Also signed by the unions:").
RUN_LEAD_WORDS = 6
# "Desde Argentina: …", "From Chile: …": the preposition before the country may be written.
COUNTRY_LED = re.compile(
    rf"^{FROM_COUNTRY_LEAD}?(?P<country>[^:–—]{{2,40}}?)\s*(?::|\s[–—-])\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "日本:海ごみゼロ・ネット九州": Chinese and Japanese set no space after the colon.
EAST_ASIAN_COUNTRY_LED = re.compile(
    r"^(?P<country>[\u3040-\u30ff\u4e00-\u9fff]{1,6}):(?P<rest>\S.*)$"
)
# "Από την Ελλάδα", "Desde Chile:": a heading saying where the names below come from.
FROM_COUNTRY_HEADING = re.compile(rf"^{FROM_COUNTRY_LEAD}(?P<country>[^:]{{2,40}}?)\s*:?$", re.I)
# "Brasil (2)": a country heading may count the entries below it.
COUNT_SUFFIX = re.compile(r"\s*\(\d+\)\s*:?\s*$")
REGION_HEADING = re.compile(r"^(?P<country>[^():]{2,40}?)\s*\([^()]{2,40}\)\s*(?P<colon>:?)$")


def heading_countries(text: str) -> list[str] | None:
    """The countries a heading inside a list names: "ARGENTINA (12)", "🇨🇱 Chile",
    "Brasil / Brazil", "Desde Chile:", and "Canada (Québec):" or "CANADA (QUÉBEC)", a
    country and a region of it."""
    from_country = FROM_COUNTRY_HEADING.match(text.strip())
    countries = (
        flag_country(text)
        or country_list(COUNT_SUFFIX.sub("", without_symbols(text)).strip(HEADING_DECORATION))
        or bilingual_country(text)
        or (country_list(from_country["country"]) if from_country else None)
    )
    region = REGION_HEADING.match(text.strip())
    if region and not countries and (region["colon"] or in_capitals(text)):
        countries = country_list(region["country"])
    note = TRAILING_NOTE.search(text.rstrip(": "))
    if note and not countries and note.group().strip(" (")[:1].islower():
        # "🇧🇾 Беларусь / Białoruś (organizacje działające na emigracji)": the country,
        # and a word on the groups from it.
        countries = heading_countries(text[: note.start()])
    return countries


def country_led_entries(line: Span) -> list[Entry]:
    """ "Argentina: Partido Obrero, MST" or "Brasil – PSTU": the country, then its
    signatories."""
    body = strip_marker(line.text)
    match = COUNTRY_LED.match(body) or EAST_ASIAN_COUNTRY_LED.match(body)
    # "Canada (Québec) : …": the country, and the region of it the entry is in.
    codes = country_list(PARENTHESIS.sub("", match["country"])) if match else None
    # "Λισαβόνα: Coletivo Telhado Comum (Πορτογαλία)": a town before its group.
    town = match is not None and not codes and is_known_city(match["country"].strip())
    if not match or not (codes or town):
        return []
    offset = line.start + line.text.find(match["rest"])
    rest = Span(match["rest"], offset, offset + len(match["rest"]))
    single = parse_entry(rest.text, rest.start)
    run_on = runon_entries(rest)
    if run_on and any(is_known_city(entry.name) for entry in run_on[1:]):
        # "Suisse : Syndicat des services publics – Enseignement, Genève": one entry and
        # its town, not two entries.
        run_on = None
    entries = run_on or ([single] if single else [])
    for entry in entries:
        entry.countries = list(dict.fromkeys((codes or []) + entry.countries))
    return entries


def heads_a_section(text: str, following: str) -> bool:
    """ "About the campaign" over a paragraph: a section heading after the list. Only a
    line in sentence case, without a dash, comma or parenthesis, is taken for one; a list's
    last name in title case may well be followed by a paragraph."""
    sentence_follows = following.endswith((".", "!", "?")) and len(following.split()) >= 6
    marked = [strip_marker(line).strip() != line.strip() for line in (text, following)]
    if all(marked):
        # "— A;" / "— B.": the next line is the list's last item, no paragraph.
        return False
    if not (sentence_follows or is_body_paragraph(following)):
        return False
    body = strip_marker(text).strip()
    structured = any(mark in body for mark in ("–", "—", " - ", " / ", ",", "(", "\t"))
    return not structured and capitalised_share(body) < 0.75


def distinctive_words(text: str) -> frozenset[str]:
    """Capitalised words of a name that are not organisation words ("Porti", "Liberi",
    "ISUPE" in "Coordinamento dei Porti Liberi (ISUPE)")."""
    return frozenset(
        word.casefold()
        for word in WORD.findall(text)
        if len(word) >= 4 and is_capitalised(word) and not has_org_word(word)
    )


def ends_with_others(text: str) -> bool:
    """ "A, B, C, D and 40 other groups" or "A, B, C, D 등 전국 40개 단체": a paragraph of
    short names run together with commas, closed by "and others" or a count, is a list
    even without a heading over it."""
    masked = mask_brackets(strip_marker(text).strip())
    if masked.endswith(("!", "?")) or re.search(r"[.!?]\s", masked):
        return False
    items = split_items(Span(masked, 0, len(masked)))
    if len(items) < 4:
        return False
    last = items[-1].span.text.strip()
    closed = bool(OTHERS_TAIL.match(last) or POSTPOSED_OTHERS.search(" " + last))
    # Names only: no word in lower case but a particle ("Porti dei Mari"); a script without
    # case (Korean, Arabic) passes.
    return closed and all(
        len(item.span.text.split()) <= MAX_ENTRY_WORDS
        and not any(
            word[:1].islower() and word not in NAME_PARTICLES for word in item.span.text.split()
        )
        for item in items[:-1]
    )


def named_heading(line: Span) -> Entry | None:
    """ "LITR:", "Fourth International (FI):": an organisation's name as a heading."""
    body = strip_marker(line.text).strip()
    name = body[:-1].strip() if body.endswith(":") else ""
    if not name or is_heading(body) or len(name.split()) > 8 or ":" in name:
        return None
    entry = parse_entry(name, line.start + line.text.find(name))
    if entry is None or entry.kind != ORGANIZATION:
        return None
    acronym = is_acronym(entry.name) and " " not in entry.name
    if not (acronym or has_org_word(entry.name)) or country_list(entry.name):
        return None
    return entry


# The article after "Pour", "For", "Por": "Pour la Confédération X :".
BEHALF_ARTICLE = re.compile(
    r"^(?:the|la|le|les|el|los|las|die|den|das|der|il|lo|os|as)\s+|^l['’]", re.IGNORECASE
)


def on_behalf_heading(line: Span) -> str | None:
    """ "Pour la Confédération Ouvrière Unitaire (COU) :": the organisation whose bodies
    and people sign below, on its behalf; it is their parent, not a signatory itself."""
    body = strip_marker(line.text).strip()
    lead = ON_BEHALF.match(body)
    if lead is None or not body.endswith(":"):
        return None
    name = BEHALF_ARTICLE.sub("", body[lead.end() : -1].strip(), count=1)
    entry = parse_entry(name, line.start + line.text.find(name)) if name else None
    if entry is None or entry.kind != ORGANIZATION or not has_org_word(entry.name):
        return None
    return entry.name


def separating_colon(text: str) -> int:
    """Where the first colon that ends a phrase stands, -1 if none: the colon of a German
    gender form ("Unterzeichner:innen") is part of its word, and one in brackets ("(Stand:
    2. Juli)") belongs to them."""
    match = SEPARATING_COLON.search(mask_brackets(text))
    return match.start() if match else -1


def runon_entries(line: Span) -> list[Entry] | None:
    """A paragraph that is itself a list: "A (role), B, C (role),", possibly after its own
    heading ("Also signed by: A, B")."""
    colon = separating_colon(line.text)
    lead = line.text[:colon]
    if colon > 0 and (has_cue(lead) or is_heading(line.text[: colon + 1])):
        line = Span(line.text[colon + 1 :], line.start + colon + 1, line.end)
    elif colon > 0 and len(lead.split()) > RUN_LEAD_WORDS and capitalised_share(lead) < 0.5:
        # "Took part as observers, without signing: A; B": a sentence says who they are,
        # and it is not that they signed (names before the colon are the run itself).
        return None
    if any(word.islower() and word in SIGNING_CUES for word in WORD.findall(line.text)):
        # "UPDATE: More groups and people have signed – thanks!": a sentence about signing,
        # its verb in lower case among the words, not a run of names.
        return None
    entries = listed_entries(line)
    return entries if len(entries) >= 2 else None


def line_marker(text: str) -> str:
    """ "•", "1.", "📍": what marks the line as a list's item, if anything."""
    return text[: len(text) - len(strip_marker(text))].strip()


def signers_reason(text: str) -> bool:
    """ "Why I signed: «…»", "Чому я підписала: «…»": a label that speaks of signing, then
    the signer's own words in quotes; "Name – College: ‘Proud to sign.’" is an entry."""
    match = REASON_LINE.match(text)
    return bool(match) and has_cue(text[: text.index(":")])


def several_organisations(line: Span) -> list[Entry] | None:
    """ "A, B e C" on a line of its own: each an organisation's name."""
    parts = split_items(line)
    if len(parts) < 2 or not all(has_org_word(part.span.text) for part in parts):
        return None
    # "Sindicato de Trabajadores Químicos y Petroquímicos de Campana" is one union: each
    # name after the first opens on an organisation's word or an acronym.
    # ("… dos Estivadores e Trabalhadores Portuários": the members of the one before.)
    openings = [part.span.text.split(maxsplit=1) for part in parts[1:] if part.span.text.split()]
    if not all(
        (has_org_word(first) and (first not in WORKER_WORDS or has_org_word(rest[0])))
        or is_acronym(first)
        for first, *rest in (opening + [""] for opening in openings)
    ):
        return None
    entries = runon_entries(line)
    # "Parti Solidarité et Gauche" is one party: a part of one word names none.
    if entries and all(has_org_word(e.name) and len(e.name.split()) > 1 for e in entries):
        return entries
    return None


def names_on_one_line(line: Span) -> list[Entry]:
    """ "A – B – C – D" between spaced dashes, "Ana Ruiz (Lima), Ivo Sala (Roma)", a row of
    cells, two people, "[서울] A, B, C" (a region's label, then its names run together)."""
    labelled = bool(LEADING_LABEL.match(strip_marker(line.text).strip()))
    return (
        dash_run(line)
        or bracketed_run(line)
        or tab_run(line)
        or two_people(line)
        or ((runon_entries(line) or []) if labelled and "," in mask_brackets(line.text) else [])
    )


# "…desta matéria. O porta-voz": a sentence ends on a word in lower case and another
# begins, as no run of names does ("J. Smith", "Dr. Ana" end on capitals).
SENTENCES_RUN_ON = re.compile(r"\b[^\W\d_A-Z]{3,}[.!?]\s+[^\W\d_]")


def reported_paragraph(text: str) -> bool:
    """A news report's paragraph, its sentences running on ("Procurada pela reportagem,
    a X não respondeu. O porta-voz …")."""
    return is_body_paragraph(text) and bool(SENTENCES_RUN_ON.search(text))
