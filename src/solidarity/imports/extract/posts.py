"""A person's post on the lines under her name, as letters sign and tables copied one
cell a line give it: "Jane Doe" / "General Secretary, Harbour Workers Union"."""

from __future__ import annotations

from .countries import country_list
from .entries import Entry
from .headings import is_heading
from .lexicon import NAME_PARTICLES, ROLE_WORDS
from .lines import PARENTHESIS, capitalised_share
from .listwide import same_shape
from .marks import strip_marker
from .model import INDIVIDUAL
from .names import (
    compound_org_word,
    has_org_word,
    has_person_shape,
    is_role,
    looks_like_person,
    strip_honorifics,
)
from .pagewords import PLACE_AND_WHEN
from .segments import comma_segments
from .text import bracketed_inner
from .written import TRAILING_PAREN

POST_CELLS = 3
CAPITALISED_CELL = 0.3


def post_goes_on(previous: Entry | None, text: str) -> bool:
    """The lines under a person's post in lower case, in one block with it, that name
    where the post is held and the town: no other person's name, no marker, at most
    two more cells."""
    body = text.strip()
    if not (
        previous
        and previous.kind == INDIVIDUAL
        and previous.affiliation
        and looks_like_person(previous.name)
        and not has_org_word(previous.name)
    ) or (
        strip_marker(body) != body
        or strip_honorifics(body) != body
        or looks_like_person(body)
        # "Università di Valcerrano" is shaped like "Lucia di Valle", and is a group.
        or (has_person_shape(body) and not has_org_word(body))
    ):
        return False
    # "Sent from my phone" under a signature is the mail's, not a cell.
    if (
        previous.affiliation.count(", ") >= POST_CELLS - 1
        or is_heading(body)
        or capitalised_share(body) < CAPITALISED_CELL
    ):
        return False
    previous.affiliation = f"{previous.affiliation.rstrip(' ,')}, {body}"
    return True


def role_under_name(previous: Entry, text: str, *, paired: bool) -> bool:
    """ "Jane Doe" / "General Secretary, Harbour Workers Union": the line right under a
    person's name that says who they are, read into her entry. paired: the name and
    this line stand between blank lines, a pair of their own."""
    body = strip_marker(text).strip()
    words = body.split()
    # A numbered or bulleted line is an entry of its own ("12 - Coordinadora …").
    if not (words and previous.kind == INDIVIDUAL) or body != text.strip():
        return False
    # "President, …", "General Secretary, …".
    # ("Anwält*innenkollektiv …" opens on a compound of a post's word that names a group.)
    post = any(
        word in ROLE_WORDS and not compound_org_word(word) for word in words[:2]
    ) and not looks_like_person(PARENTHESIS.sub("", body))
    # "Prof. Dr. Anna Lind" / "Institut für Soziologie, Universität Lugo", each pair
    # after a blank line: whatever is no other person's name says who she is.
    first = comma_segments(body)[0][:1] or [body]
    paired = paired and (is_role(first[0]) or not looks_like_person(body))
    # "KALINOWSKA Agata" / "radna Dzielnicy I Stare Miasto": a line in lower case is no
    # name ("van der Berg, Jan" opens on a particle).
    lowered = (
        words[0][:1].islower() and words[0] not in NAME_PARTICLES and strip_honorifics(body) == body
    )
    if (
        previous.affiliation is None
        and (post or paired or lowered)
        and not same_shape(previous, body)
    ):
        # "University of Toronto (Канада)": where the post is, and the country it is in.
        note = TRAILING_PAREN.search(body)
        codes = country_list(note["inner"]) if note else None
        if note and codes:
            body = body[: note.start()]
            previous.countries = list(dict.fromkeys(previous.countries + codes))
        previous.affiliation = body
        return True
    return False


def place_under_name(previous: Entry, text: str) -> bool:
    """ "Zeynep Arslan" / "İstanbul, Türkiye · 14 dakika önce": a petition's signer, then
    where they are and when they signed; the country is read into her entry."""
    located = PLACE_AND_WHEN.match(text.strip())
    if located is None or previous.kind != INDIVIDUAL:
        return False
    place = located["place"]
    codes = country_list(place) or comma_segments(place, keep_first=False)[1]
    previous.countries = list(dict.fromkeys(previous.countries + codes))
    return True


def country_under_name(previous: Entry, text: str) -> bool:
    """ "Escuela Andaluza de Salud Comunitaria" / "(Spagna)": the country of the entry
    above, in brackets on a line of its own."""
    inner = bracketed_inner(text)
    if inner is None:
        return False
    codes = country_list(inner)
    if not codes:
        return False
    previous.countries = list(dict.fromkeys(previous.countries + codes))
    return True
