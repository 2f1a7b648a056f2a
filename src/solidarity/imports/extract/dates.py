"""Dates written in any shipped language, with month names from CLDR via babel."""

from __future__ import annotations

import datetime
import re
from functools import cache

from babel import Locale
from babel.localedata import locale_identifiers

from .countries import fold
from .lexicon import SHIPPED_LANGUAGES

REGIONAL_MONTHS = ("ar", "es")
# A year of the last two centuries ("1336." numbers a list's line), "21-01-26", or "년".
DATE_HINT = re.compile(r"(?<!\d)(?:1[89]|20|١[٨٩]|٢٠|۱[۸۹]|۲۰)\d\d(?!\d)|\d{1,2}-\d{1,2}-\d{2}|년")
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°|η|-?го|-?е)?\.?"
YEAR = r"(?P<year>\d{4})"


def _month_locales() -> list[Locale]:
    """The shipped languages, plus the regional Arabic and Spanish locales whose months
    have other names ("آذار" in the Levant, "setiembre" in Peru)."""
    regional = [
        Locale.parse(identifier)
        for identifier in locale_identifiers()
        if identifier.split("_")[0] in REGIONAL_MONTHS and "_" in identifier
    ]
    return [Locale(language) for language in SHIPPED_LANGUAGES] + regional


def is_day_name(word: str) -> bool:
    return fold(word.strip(",.")) in _day_names()


@cache
def _day_names() -> frozenset[str]:
    """Folded weekday names and abbreviations in every shipped language ("Κυριακή")."""
    return frozenset(
        fold(name)
        for language in SHIPPED_LANGUAGES
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in Locale(language).days[context][width].values()
    )


@cache
def _months() -> dict[str, int]:
    """Folded month name or abbreviation, in every shipped language → month number."""
    months: dict[str, int] = {}
    for locale in _month_locales():
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    # Korean "3월" is a number with a suffix, handled by its own pattern.
                    if name[:1].isdigit():
                        continue
                    # Both spellings: text may drop the accents ("Marco") or keep them.
                    for key in (fold(name), name.casefold()):
                        months.setdefault(key.rstrip("."), number)
    return months


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    names = sorted(_months(), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    # "١٥ آذار/مارس ٢٠٢٤": Arabic pages give a month's Levantine and standard names together.
    month = rf"(?P<month>{alternatives})\.?(?:\s*/\s*(?:{alternatives})\.?)?"
    of = r"(?:\s+(?:de|del|di|του)\s+|\s*,?\s+)"
    return (
        re.compile(rf"\b{DAY}{of}{month}{of}{YEAR}\b", re.IGNORECASE),
        re.compile(rf"\b{month}\s+{DAY},?\s+{YEAR}\b", re.IGNORECASE),
        # Korean "2024년 3월 5일", Chinese and Japanese "2024年3月5日".
        re.compile(
            r"(?<!\d)(?P<year>\d{4})\s*[년年]\s*(?P<month>\d{1,2})\s*[월月]\s*(?P<day>\d{1,2})\s*[일日]"
        ),
        # ISO and its slashed form: "2024-11-03", "2024/11/03".
        re.compile(r"\b(?P<year>\d{4})([-/])(?P<month>\d{1,2})\2(?P<day>\d{1,2})\b"),
        # Korean and Chinese pages: "2023. 3. 14."
        re.compile(r"\b(?P<year>\d{4})\.\s*(?P<month>\d{1,2})\.\s*(?P<day>\d{1,2})\.?"),
        re.compile(r"\b(?P<day>\d{1,2})([./-])(?P<month>\d{1,2})\2(?P<year>\d{4})\b"),
    )


# "21-01-26.-" opening a news item: day-month-year with a two-digit year.
SHORT_NUMERIC = re.compile(r"^(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{2})\b")


def _iso(year: str, month: str | int, day: str) -> str | None:
    try:
        number = month if isinstance(month, int) else _months().get(fold(month).rstrip("."))
        number = number or _months().get(str(month).casefold().rstrip("."))
        if number is None:
            number = int(month)
        return datetime.date(int(year), number, int(day)).isoformat()
    except (ValueError, TypeError):
        return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first full date (day, month and year) in the text: (ISO date, start, end)."""
    if not DATE_HINT.search(text):
        # Every full date has a year's four digits, a "21-01-26" or a Korean "년".
        return None
    found: list[tuple[int, int, str]] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            iso = _iso(match["year"], match["month"], match["day"])
            if iso:
                found.append((match.start(), match.end(), iso))
    short = SHORT_NUMERIC.match(text.lstrip())
    if short:
        iso = _iso("20" + short["year"], int(short["month"]), short["day"])
        if iso:
            offset = len(text) - len(text.lstrip())
            found.append((offset, offset + short.end(), iso))
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


# "Cabrils, 23 d'abril de 2024": a place and a day in a language whose month names are
# not read here; no date comes of it, but the line is one.
PLACE_AND_DATE = re.compile(r"^[^\W\d][^,\d]{1,40},\s+\d{1,2}\b[^\d]{2,20}\b(?:19|20)\d{2}\.?$")
