"""The language a statement is written in, and its links to the same statement in
other languages ("Este artículo en Español", "EN | ES | FR")."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from .lexicon import SHIPPED_LANGUAGES
from .names import clean, script_of
from .pagewords import STOPWORDS, TRANSLATION_LINE

URL = re.compile(r"https?://\S+")
LANGUAGE_CODES_LINE = re.compile(r"^[A-Za-z]{2}(?:(?:\s*[|/·]\s*|\s+)[A-Za-z]{2})+$")
LINK_SEPARATORS = re.compile(r"\s*[|,/·•]\s*")
SCRIPT_LANGUAGES = {"HANGUL": "ko", "ARABIC": "ar", "GREEK": "el"}
UKRAINIAN_LETTERS = set("іїєґ")
KANA_SHARE = 10


def is_language_switch(text: str) -> bool:
    """ "EN | ES | FR", "en es fr": links to the page in other languages."""
    if not LANGUAGE_CODES_LINE.match(text):
        return False
    codes = re.findall(r"[A-Za-z]{2}", text)
    separated = bool(re.search(r"[|/·]", text))
    known = all(code.casefold() in _language_codes() for code in codes)
    return known and (separated or len(codes) >= 3)


@cache
def _language_codes() -> frozenset[str]:
    codes = (str(code) for code in Locale("en").languages)
    return frozenset(code for code in codes if len(code) == 2)


@cache
def _language_names() -> dict[str, str]:
    """Language names in every shipped language ("español", "Spanish") → code."""
    names: dict[str, str] = {}
    for language in SHIPPED_LANGUAGES:
        for code, name in Locale(language).languages.items():
            if len(code) == 2:
                names.setdefault(name.casefold(), code)
    return names


def translation_links(text: str) -> list[dict[str, str | None]]:
    """ "Este artículo en Español", "This article in: Español | Français": links to the
    statement in other languages."""
    match = TRANSLATION_LINE.match(text)
    label = match["label"] if match else text
    segments = [part.strip(" :.-–") for part in LINK_SEPARATORS.split(URL.sub("", label))]
    segments = [segment for segment in segments if segment]
    if not segments or len(text.split()) > 12 or (not match and len(segments) < 2):
        return []
    codes = [_language_of(segment) for segment in segments]
    if any(code is None for code in codes):
        return []
    if not match and len(set(codes)) < len(codes):
        # "Белорусский союз горняков / Belarusian Miners' Union": a name and its
        # translation, both naming one language; links lead to different ones.
        return []
    url = URL.search(text)
    return [
        {
            "language": code,
            "label": text if len(segments) == 1 else segment,
            "url": url.group() if url and len(segments) == 1 else None,
        }
        for code, segment in zip(codes, segments, strict=True)
    ]


def _language_of(label: str) -> str | None:
    words = [clean(word).casefold() for word in label.split()]
    return next(
        (_language_names()[word] for word in reversed(words) if word in _language_names()), None
    )


def detect_language(text: str) -> str | None:
    letters = [char for char in text[:5000] if char.isalpha()]
    if not letters:
        return None
    scripts: dict[str, int] = {}
    for char in letters[:2000]:
        script = script_of(char)
        scripts[script] = scripts.get(script, 0) + 1
    main = max(scripts, key=lambda script: scripts[script])
    if main in SCRIPT_LANGUAGES:
        return SCRIPT_LANGUAGES[main]
    if main == "CJK":
        # Japanese writes its particles and endings in kana; a Chinese page may quote a
        # Japanese name or two.
        kana = scripts.get("HIRAGANA", 0) + scripts.get("KATAKANA", 0)
        return "ja" if kana * KANA_SHARE >= scripts[main] else "zh"
    if main in ("HIRAGANA", "KATAKANA"):
        return "ja"
    if main == "CYRILLIC":
        return "uk" if UKRAINIAN_LETTERS.intersection(text.casefold()) else "ru"
    sample = text[:5000].casefold()
    # Letters only Turkish uses among the shipped languages.
    if sum(sample.count(letter) for letter in "ığş") >= 3:
        return "tr"
    words = re.findall(r"\w+", sample)
    counts = {lang: sum(words.count(word) for word in stop) for lang, stop in STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else None
