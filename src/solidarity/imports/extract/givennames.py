"""Whether a word is a personal name somewhere: "Lupita Carrasco" between two
organisations is still a person, "Wspólna Łąka" is not.

The names come from Faker's person data (given names and surnames of some eighty
locales, in their own scripts), a maintained package the tests already use; nothing is
typed by hand here."""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Iterable
from functools import cache

from .countries import country_code, is_known_city
from .lexicon import ARTICLES, NAME_PARTICLES
from .names import clean, is_uncased
from .orgwords import ORG_WORDS

GIVEN_NAME_ATTRIBUTES = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
)
SURNAME_ATTRIBUTES = ("last_names", "last_names_male", "last_names_female")
# "Le", "Li", "Wu": surnames of two letters are real, but as words they are everywhere.
SHORTEST_NAME = 3


def _key(name: str) -> str:
    """Case and accents folded: lists in capitals drop the accents ("ΝΙΚΟΣ" is "Νίκος")."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(char for char in decomposed if unicodedata.category(char) != "Mn")


def _locale_providers() -> Iterable[type]:
    from faker.providers import person

    for module in pkgutil.iter_modules(person.__path__):
        yield importlib.import_module(f"{person.__name__}.{module.name}").Provider


def _collected(attributes: tuple[str, ...]) -> frozenset[str]:
    names: set[str] = set()
    for provider in _locale_providers():
        for attribute in attributes:
            value = getattr(provider, attribute, None)
            # Some locales weigh their names (a mapping), some compute them (a property).
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                names.update(str(name) for name in value if " " not in str(name))
    # A name that is also a place, a particle or an organisation word ("France", "Van",
    # "Red") says nothing about who carries it.
    keys = {name: _key(name) for name in names}
    places = {keys[name] for name in names if country_code(name)}
    # Whole words only: asking the stems of some 60,000 names would take a second.
    words_of_names = NAME_PARTICLES.exact | ARTICLES.exact | ORG_WORDS.exact
    return frozenset(
        key
        for key in keys.values()
        if _long_enough(key) and key not in places and key not in words_of_names
    )


def _long_enough(key: str) -> bool:
    # "俊介", "민준": two characters make a given name in Japanese, Chinese or Korean.
    return len(key) >= SHORTEST_NAME or (len(key) == 2 and is_uncased(key[0]))


@cache
def _given_names() -> frozenset[str]:
    return _collected(GIVEN_NAME_ATTRIBUTES)


@cache
def _surnames() -> frozenset[str]:
    return _collected(SURNAME_ATTRIBUTES)


def is_given_name(word: str) -> bool:
    return _key(word) in _given_names()


def is_surname(word: str) -> bool:
    return _key(word) in _surnames()


# "Bradford Interfaith Shelter Project": longer names are a group's, whatever word opens them.
LONGEST_OPENED_NAME = 3


def opens_with_given_name(name: str) -> bool:
    """ "Lupita Carrasco", "Griet Van Acker": a given name, then a surname or two, and no
    place ("Terra e Teto Cabo Verde")."""
    words = [clean(word) for word in name.split()]
    return (
        2 <= len(words) <= LONGEST_OPENED_NAME
        and is_given_name(words[0])
        and not any(country_code(word) or is_known_city(word) for word in words[1:])
    )


def holds_personal_name(name: str) -> bool:
    """Some word of it is a given name or a surname somewhere: "Wspólna Łąka" has none."""
    return any(is_given_name(word) or is_surname(word) for word in map(clean, name.split()))
