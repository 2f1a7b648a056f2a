"""Sorting names the way a reader of each language expects.

Every stored name carries a collation key: its Unicode Collation Algorithm weights
(pyuca, the default table that CLDR's root collation tailors) written as fixed-width
hex, so that a plain index orders it the same way on SQLite and PostgreSQL. The
reader's language then reorders scripts the way CLDR does for it: a Russian reader
sees Cyrillic names first, a Korean reader Hangul then Han, an Arabic reader Arabic.
Scripts occupy contiguous ranges of primary weights, so reordering is a sequence of
key ranges, each read in index order; Python sorts with the same ranks.
"""

import functools
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

import pyuca
from babel import Locale
from babel.core import get_global
from django.db.models import Q

KEY_LENGTH = 200
_WEIGHT_DIGITS = 4
_COLLATOR = pyuca.Collator()
# ISO 15924 codes that stand for several scripts, as CLDR reorders them.
_SCRIPT_UNIONS = {
    "Kore": ("Hang", "Hani"),
    "Jpan": ("Hani", "Hira", "Kana"),
    "Hans": ("Hani",),
    "Hant": ("Hani",),
}
# The one script whose characters Unicode does not name after it.
_NAME_PREFIXES = {"Hani": "CJK UNIFIED IDEOGRAPH-"}
_BMP_END = 0x10000
# Letters missing from pyuca's table get "unassigned" implicit weights from here up.
_UNASSIGNED_PRIMARY = 0xFBC0
_LETTERS = {"Lu", "Ll", "Lo"}

T = TypeVar("T")


def collation_key(text: str) -> str:
    """Root-collation key of ``text``: compares, as a plain string, like the text
    compares under the Unicode Collation Algorithm (primary letters, then accents,
    then case)."""
    weights = _COLLATOR.sort_key(unicodedata.normalize("NFC", text))
    return "".join(f"{weight:04x}" for weight in weights)[:KEY_LENGTH]


def _primary(character: str) -> int:
    weights = _COLLATOR.sort_key(character)
    return weights[0] if weights else 0


@functools.cache
def _script_key_range(script: str) -> tuple[str, str]:
    """The [low, high) collation-key prefixes of the letters of one script."""
    prefix = _NAME_PREFIXES.get(script, Locale("en").scripts[script].upper() + " ")
    primaries = [
        _primary(character)
        for character in map(chr, range(_BMP_END))
        if unicodedata.category(character) in _LETTERS
        and unicodedata.name(character, "").startswith(prefix)
    ]
    assigned = [primary for primary in primaries if 0 < primary < _UNASSIGNED_PRIMARY]
    low, high = min(assigned), max(assigned) + 1
    return f"{low:0{_WEIGHT_DIGITS}x}", f"{high:0{_WEIGHT_DIGITS}x}"


@functools.cache
def reordered_scripts(language: str) -> tuple[tuple[str, str], ...]:
    """Key ranges that readers of ``language`` expect first, in order: their own
    script (from CLDR's likely subtags) unless it is Latin, which the root order
    already puts first."""
    likely = get_global("likely_subtags").get(language.split("-")[0].lower(), "")
    parts = likely.split("_")
    script = parts[1] if len(parts) > 2 else "Latn"
    if script == "Latn":
        return ()
    return tuple(_script_key_range(s) for s in _SCRIPT_UNIONS.get(script, (script,)))


def script_rank(key: str, language: str) -> int:
    ranges = reordered_scripts(language)
    for rank, (low, high) in enumerate(ranges):
        if low <= key < high:
            return rank
    return len(ranges)


def script_segments(field: str, language: str) -> list[Q]:
    """Filters that cut rows keyed on ``field`` into the reader's script order: each
    segment, read in plain key order (an index range), follows the one before."""
    ranges = reordered_scripts(language)
    if not ranges:
        return [Q()]
    segments = [Q(**{f"{field}__gte": low, f"{field}__lt": high}) for low, high in ranges]
    # Then every other key, as the ranges around the reader's scripts in key order:
    # each is read along the index, where "none of those scripts" would make the
    # database read them all and sort them.
    rest = []
    start = ""
    for low, high in sorted(ranges):
        if low > start:
            below = Q(**{f"{field}__lt": low})
            rest.append(below & Q(**{f"{field}__gte": start}) if start else below)
        start = max(start, high)
    rest.append(Q(**{f"{field}__gte": start}))
    return [*segments, *rest]


def sorted_for_language(items: Iterable[T], language: str, *, key: Callable[[T], str]) -> list[T]:
    """``items`` in the order a reader of ``language`` expects for their names."""

    def order(item: T) -> tuple[int, str]:
        collated = collation_key(key(item))
        return script_rank(collated, language), collated

    return sorted(items, key=order)
