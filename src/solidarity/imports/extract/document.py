"""The parts of a statement around its list: title, date, issuer, body, demands."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from rapidfuzz import fuzz

from .dates import find_date
from .entries import strip_marker
from .lexicon import (
    ISSUER_PATTERNS,
    NOISE_LINE,
    NOTES_HEADING,
    QUOTED_TITLE,
    SHIPPED_LANGUAGES,
    SIGNING_CUES,
    STOPWORDS,
    TRANSLATION_LINE,
)
from .model import ORGANIZATION
from .names import classify_kind, clean, name_span_at_end, name_span_at_start, script_of
from .text import Span

MAX_TITLE_WORDS = 30
MAX_DEMAND_WORDS = 25
BULLET = re.compile(r"^\s*[•*·●▪►✓-]\s+")
FOOTNOTE = re.compile(r"^\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\^\d{1,3}|\d{1,3}[.)])\s+\S")
URL = re.compile(r"https?://\S+")
CREDIT = re.compile(
    r"^(?:photo|foto|image|picture|credit|crédito|crédit|bild|фото|φωτογραφία|"
    r"사진|صورة)\b",
    re.IGNORECASE,
)
# "Email ThisBlogThis!Share to XShare to Facebook": a row of share buttons.
SHARE_TARGETS = re.compile(
    r"facebook|twitter|whatsapp|telegram|pinterest|linkedin|reddit|blogthis|share\s+to|"
    r"e-?mail\s+this",
    re.IGNORECASE,
)
SHARE_VERB = re.compile(
    r"share|blogthis|e-?mail\s+this|tweet|compartir|partager|teilen", re.IGNORECASE
)
SCRIPT_LANGUAGES = {"HANGUL": "ko", "ARABIC": "ar", "GREEK": "el"}
UKRAINIAN_LETTERS = set("іїєґ")


def is_noise(lines: list[Span], index: int) -> bool:
    text = lines[index].text
    if NOISE_LINE.match(text) or _is_share_bar(text):
        return True
    # A photo caption: the line just above its credit.
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return bool(CREDIT.match(following)) and len(text.split()) <= 25


def _is_share_bar(text: str) -> bool:
    targets = len(SHARE_TARGETS.findall(text))
    return targets >= 3 or (targets >= 2 and bool(SHARE_VERB.search(text)))


@cache
def _language_names() -> dict[str, str]:
    """Language names in every shipped language ("español", "Spanish") → code."""
    names: dict[str, str] = {}
    for language in SHIPPED_LANGUAGES:
        for code, name in Locale(language).languages.items():
            if len(code) == 2:
                names.setdefault(name.casefold(), code)
    return names


def translation_link(text: str) -> dict[str, str | None] | None:
    match = TRANSLATION_LINE.match(text)
    if not match or len(text.split()) > 8:
        return None
    label = URL.sub("", match["label"]).strip(" :.-–")
    words = [clean(word).casefold() for word in label.split()]
    code = next(
        (_language_names()[word] for word in reversed(words) if word in _language_names()), None
    )
    if code is None:
        return None
    url = URL.search(text)
    return {"language": code, "label": text, "url": url.group() if url else None}


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
    if main == "CYRILLIC":
        return "uk" if UKRAINIAN_LETTERS.intersection(text.casefold()) else "ru"
    words = re.findall(r"\w+", text[:5000].casefold())
    counts = {lang: sum(words.count(word) for word in stop) for lang, stop in STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else None


def find_title(lines: list[Span], text: str) -> str | None:
    quoted = QUOTED_TITLE.search(text)
    if quoted:
        return (quoted["a"] or quoted["b"]).strip()
    heading_lines: list[Span] = []
    for line in lines[:8]:
        # The title comes before the text proper starts.
        if len(line.text.split()) > MAX_TITLE_WORDS:
            break
        heading_lines.append(line)
    candidates = [line for line in heading_lines if _could_be_title(line.text)]
    if not candidates:
        return None
    first = candidates[0]
    # A page headline is often followed by the statement's own, fuller title.
    for later in candidates[1:5]:
        fuller = len(later.text) > len(first.text) and not later.text.endswith(".")
        if fuller and _covers(later.text, first.text):
            return later.text
    return first.text


def _covers(longer: str, shorter: str) -> bool:
    """Most of the shorter line's words, fuzzily, are in the longer one."""
    words = [word for word in re.findall(r"\w+", shorter.casefold()) if len(word) >= 4]
    others = re.findall(r"\w+", longer.casefold())
    if not words:
        return False
    hits = sum(any(fuzz.ratio(word, other) >= 85 for other in others) for word in words)
    return hits / len(words) >= 0.8


def _could_be_title(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or len(words) < 2:
        return False
    if find_date(text) and len(words) <= 8:
        return False
    if _is_signature_counter(words):
        return False
    sentences = re.findall(r"[.!?](?:\s|$)", text)
    return not (text.endswith(".") and len(sentences) > 1 and len(words) > 20)


def _is_signature_counter(words: list[str]) -> bool:
    """ "Signatories #1336 and counting", "1,200 signatures": a counter, not a title."""
    for position, word in enumerate(words):
        if clean(word) in SIGNING_CUES:
            neighbours = words[max(0, position - 1) : position + 2]
            if any(re.match(r"^#?\d", neighbour) for neighbour in neighbours):
                return True
    return False


def find_date_in(lines: list[Span]) -> str | None:
    for line in lines:
        found = find_date(line.text)
        # A short line, or a dateline opening a paragraph ("Roma, 10 ottobre 2022 – …").
        if found and (len(line.text.split()) <= 15 or len(line.text[: found[1]].split()) <= 3):
            return found[0]
    return None


def find_issuer(lines: list[Span]) -> str | None:
    for line in lines[:20]:
        for pattern in ISSUER_PATTERNS:
            match = pattern.search(line.text)
            if match:
                name = _leading_name(match["name"])
                if name and len(name.split()) >= 2 and classify_kind(name) == ORGANIZATION:
                    return name
    return None


def _leading_name(text: str) -> str | None:
    tokens = text.strip(" ()").split()
    length = name_span_at_start(tokens)
    if not length:
        return None
    name = " ".join(tokens[:length]).strip(" ,;:.")
    if name.count("(") > name.count(")"):
        name += ")"
    # "Plataforma de Izquierda Unida (ULP)": keep the acronym that follows.
    if length < len(tokens) and re.fullmatch(r"\([A-Z][\w-]{1,12}\)[,.]?", tokens[length]):
        name += " " + tokens[length].rstrip(",.")
    return name if len(name) > 2 else None


def find_acronyms(text: str) -> dict[str, str]:
    """ "Plataforma de Izquierda Unida (ULP)" → {"ULP": "Plataforma de Izquierda Unida"}."""
    acronyms: dict[str, str] = {}
    for match in re.finditer(r"\((?P<acronym>[A-Z][A-Z0-9-]{1,12})\)", text):
        before = text[max(0, match.start() - 200) : match.start()].split()
        start = name_span_at_end(before)
        if start < len(before):
            acronyms.setdefault(match["acronym"], " ".join(before[start:]))
    return acronyms


def find_demands(lines: list[Span], title: str | None) -> list[str]:
    demands: list[str] = []
    for line in lines:
        text = strip_marker(line.text) if BULLET.match(line.text) else line.text
        words = text.split()
        if text == title or not words or len(words) > MAX_DEMAND_WORDS:
            continue
        if text.endswith("!") or (BULLET.match(line.text) and len(words) <= 12):
            demands.append(text)
    return demands


def trailing_slogans(lines: list[Span]) -> list[Span]:
    """Short unpunctuated lines closing the text ("Arms for Ukraine"): slogans."""
    slogans: list[Span] = []
    for line in reversed(lines):
        words = line.text.split()
        if (
            2 <= len(words) <= 8
            and not line.text.endswith((".", ":", ","))
            and not find_date(line.text)
        ):
            slogans.insert(0, line)
        else:
            break
    return slogans if len(slogans) >= 3 else []


def find_footnotes(lines: list[Span]) -> list[Span]:
    """Numbered references: under a "Notes" heading, or "[1] …" lines late in the text."""
    notes: list[Span] = []
    under_heading = False
    for position, line in enumerate(lines):
        if NOTES_HEADING.match(line.text):
            under_heading = True
            continue
        numbered = bool(FOOTNOTE.match(line.text))
        referenced = bool(URL.search(line.text))
        # The notes end where a line is neither numbered nor a link.
        under_heading = under_heading and (numbered or referenced)
        late = position > len(lines) // 2
        bracketed = bool(re.match(r"^\s*\[\d{1,3}\]", line.text))
        if under_heading or (late and (bracketed or (numbered and referenced))):
            notes.append(line)
    return notes
