"""How an entry's written form divides before it is read: the notes in brackets after
it, a suffix after a spaced slash or dash, a short name or acronym."""

from __future__ import annotations

import re

from .countries import country_list
from .names import is_capitalised, is_role, looks_like_person, strip_honorifics
from .places import is_acronym_text
from .segments import comma_segments
from .text import TRAILING_NOTE, mask_brackets

DASH_SPLIT = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*(?=[^\W\d])")
TRAILING_PAREN = re.compile(r"\s*[(\[](?P<inner>[^()\[\]]*)[)\]]\s*$")
GLUED_ACRONYM_CAPITALS = 3


def take_parentheses(text: str) -> tuple[str, list[str]]:
    notes: list[str] = []
    unclosed = text.rfind("(")
    if unclosed > 0 and ")" not in text[unclosed:]:
        # A page cut off inside the parenthesis: "Thomas Dieterich (ehemaliger Präsid".
        notes.append(text[unclosed + 1 :].strip())
        text = text[:unclosed].rstrip()
    while True:
        match = TRAILING_PAREN.search(text)
        if not match or match.start() == 0:
            return text, notes
        notes.insert(0, match["inner"].strip())
        text = text[: match.start()].rstrip()


def slash_suffix(body: str) -> str:
    """ "Rete Porti / Italia", "Ana Ruiz / docente, Pisa", "Ana Ruiz / Municipio X, Grecia":
    after a spaced slash, a country or a post (lower case, or closing on a country after a
    person's name) is a suffix, as after a dash; "Movimiento X / Movement X" stays a pair."""
    head, slash, after = body.partition(" / ")
    if not slash or " / " in after:
        return body
    if DASH_SPLIT.search(head):
        # "شبكة السيادة الغذائية – تونس / Réseau Souveraineté Alimentaire": the country
        # between the name and its translation closes them both.
        # ("X – Argentina / Uruguay (…)": two countries.)
        name, _, tail = split_dash(head, last=True)
        two_countries = country_list(TRAILING_NOTE.sub("", after).strip())
        if country_list(tail) and not two_countries and not DASH_SPLIT.search(after):
            return f"{name} / {after.strip()} – {tail}"
        return body
    after = after.strip()
    # "김서연(Kim Seo-yeon) / 공인노무사": a person, named twice, then a post.
    person_post = named_person(head) and (
        bool(comma_segments(after, keep_first=False)[1]) or is_role(after.split(",")[0])
    )
    if country_list(after) or after[:1].islower() or person_post:
        return f"{head} – {after}"
    return body


def named_person(text: str) -> bool:
    """A person's name, maybe followed by its Latin form in brackets ("다나카 유키(Tanaka
    Yuki)", whose Latin letters say it is a person's); "김, 지은 (Kim Ji-eun)", inverted,
    is read whole, by its comma."""
    note = TRAILING_NOTE.search(text) if "," not in text else None
    return looks_like_person(strip_honorifics(TRAILING_NOTE.sub("", text))) or bool(
        note and looks_like_person(note.group().strip(" ()"))
    )


def is_short_name(text: str) -> bool:
    """An acronym, or one joined to a word by a hyphen or written onto one: "FSE-Solidarité",
    "CGT-Ports", "FOCWatch"."""
    head, hyphen, tail = text.strip().partition("-")
    glued = " " not in text.strip() and sum(map(str.isupper, text)) >= GLUED_ACRONYM_CAPITALS
    return (
        is_acronym_text(text)
        or glued
        or (bool(hyphen) and is_acronym_text(head) and " " not in tail and is_capitalised(tail))
    )


def split_dash(body: str, *, last: bool = False) -> tuple[str, str, str]:
    """The text before its first spaced dash (or its last) and after it; the text and
    two empty strings when there is none."""
    # A dash inside brackets belongs to them: "Liga Obrera (Santa Fe – Argentina)".
    bracketed = any(char in body for char in "([“«„")
    matches = list(DASH_SPLIT.finditer(mask_brackets(body) if bracketed else body))
    if matches:
        match = matches[-1] if last else matches[0]
        before, after = body[: match.start()].strip(), body[match.end() :].strip()
        if before and after:
            return before, "–", after
    return body, "", ""
