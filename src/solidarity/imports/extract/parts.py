"""Lines that open a part of a list without naming a signatory: a sector of the economy
over its unions, two kinds of signatory joined by "and", the line on whose behalf a
body's officers sign."""

from __future__ import annotations

import re

from .headings import has_cue
from .lexicon import ON_BEHALF, SECTIONS_PHRASE
from .lines import heading_countries
from .marks import COLUMN_GAP_SPLIT
from .names import has_org_word, is_acronym, is_role

# "м. Київ", "Київська область", "Baden-Württemberg": a place heading is a few words.
PLACE_HEADING_WORDS = 3
# "Equipo 2 — Valparaíso", "Group 3:", "Convoy 1": a group of the list by its number.
NUMBERED_GROUP = re.compile(r"^[^\W\d_]+\s+\d{1,2}(?:\s*[—–:-]\s*\S.*|\s*:)?$")


# "Sanità e servizi pubblici": a sector of the economy, in a few words.
SECTOR_WORDS = 4
SECTOR_AND = frozenset({"and", "y", "e", "et", "und", "ve", "και", "и", "і", "та", "i"})


def sector_heading(text: str) -> bool:
    """ "Metalúrgicos", "Bancários e financiários", "Scuola e università": a few words
    naming no organisation (a word for one, "Scuola", is a sector's when "and" joins it
    to another in lower case; "Tornedalens kulturnätverk" is a network)."""
    words_ = text.split()
    if not words_ or len(words_) > SECTOR_WORDS or is_acronym(text):
        return False
    # Its words after the first in lower case: "Teamsters Local 1194" is a name.
    if not all(word.islower() for word in words_[1:]):
        return False
    paired = len(words_) >= 3 and words_[1] in SECTOR_AND
    return paired or (len(words_) <= PLACE_HEADING_WORDS and not has_org_word(text))


def category_heading(text: str) -> bool:
    """ "Журналисты и редакторы:", "Redakcje i stowarzyszenia:": two kinds of signatory
    joined by "and", in a few words and a colon, head the names under them ("Partager :"
    alone heads a site's buttons)."""
    words_ = text.split()
    return (
        text.endswith(":")
        and len(words_) >= 3
        and words_[1] in SECTOR_AND
        and sector_heading(text.rstrip(": "))
        and not has_cue(text)
        and not SECTIONS_PHRASE.search(text)
        and not heading_countries(text)
    )


# "Για το Δ.Σ. του Σωματείου Εργαζομένων …": whose officers sign, in a few words.
OFFICERS_LINE_WORDS = 10


def officers_sign_for(text: str, following: str) -> bool:
    """ "Για το Δ.Σ. του ΣΕΦΒΑ" over "Ο Πρόεδρος   Ο Γενικός Γραμματέας": a short line
    that says on whose behalf the officers named under their posts sign."""
    text = text.rstrip()
    if not ON_BEHALF.match(text) or not following.strip():
        return False
    posts = COLUMN_GAP_SPLIT.split(following.strip())
    return (
        len(text.split()) <= OFFICERS_LINE_WORDS
        and not text.endswith((":", ".", ";"))
        and all(is_role(post) for post in posts)
    )
