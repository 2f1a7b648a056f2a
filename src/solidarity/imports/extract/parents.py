"""Who belongs to whom, settled once the lists are read: an entry's own "(section of X)",
acronyms spelled out, and the members a statement's opening names ("We, the undersigned
affiliates of X")."""

from __future__ import annotations

import re

from .headings import is_heading
from .lists import Found
from .memberships import opening_members
from .model import ORGANIZATION
from .names import has_org_word, is_acronym
from .text import normalise_name


def settle_parents(found: list[Found], acronyms: dict[str, str], text: str) -> None:
    _units_of_their_union(found)
    _spell_out(found, acronyms)
    _members_of_opening(found, text)
    _sections_of_the_international(found)


# The word an international's name holds, in the languages its sections write.
INTERNATIONAL_NAME = re.compile(
    r"internation|internacion|internazion|интернационал|інтернаціонал|enternasyonal|"
    r"διεθν|인터내셔널|الأممية",
    re.IGNORECASE,
)


def _sections_of_the_international(found: list[Found]) -> None:
    """ "Revolutionäre Arbeiterorganisation — section allemande": a section that names no
    owner is the section of the international listed above it."""
    international = None
    for item in sorted(found, key=lambda item: item.entry.start):
        if item.entry.section and item.parent is None and international:
            item.parent = international
        elif INTERNATIONAL_NAME.search(item.entry.name) and not item.entry.section:
            international = item.entry.name


def _spell_out(found: list[Found], acronyms: dict[str, str]) -> None:
    """Each entry's parent, its own "(section of X)" first, by its full name: "WFIT and
    its affiliates:" on a page that spells out "WFIT — World Forum of Informal Traders"
    gives the international and its members' parent as that."""
    # "MDC" for "Συντονιστικό Λιμενεργατών Μεσογείου (… – MDC)", a signatory of the list.
    listed = {
        alternate: item.entry.name
        for item in found
        for alternate in item.entry.alt_names
        if is_acronym(alternate)
    }
    for item in found:
        item.parent = item.entry.member_of or item.parent
    parents = {item.parent for item in found if item.parent in acronyms}
    for item in found:
        if item.parent in listed:
            item.parent = listed[item.parent]
            continue
        if item.entry.name in parents:
            item.entry.alt_names = [item.entry.name, *item.entry.alt_names]
            item.entry.name = acronyms[item.entry.name]
        if item.parent in parents:
            item.parent = acronyms[item.parent]


def _members_of_opening(found: list[Found], text: str) -> None:
    """ "We, the undersigned affiliates of the X (XYZ), …" / "نحن، النقابات المنضوية في X
    والمنظمات الصديقة": X signs first, and the organisations listed right after it, up to
    the next heading ("Friendly organisations:"), are its members."""
    opening = opening_members(text)
    if not opening:
        return
    keys = {normalise_name(name) for name in opening}
    ordered = sorted(found, key=lambda item: item.entry.start)
    at = next(
        (
            position
            for position, item in enumerate(ordered)
            if keys & {normalise_name(name) for name in [item.entry.name, *item.entry.alt_names]}
        ),
        None,
    )
    if at is None:
        return
    parent = ordered[at].entry.name
    previous = ordered[at].entry
    for item in ordered[at + 1 :]:
        between = text[previous.end : item.entry.start].splitlines()[1:]
        if any(is_heading(line.strip()) for line in between if line.strip()):
            break
        if item.parent is None and item.entry.kind == ORGANIZATION:
            item.parent = parent
        previous = item.entry


# "Sección 22 del Sindicato …", "Ortsvorstand Bamberg der Gewerkschaft …", "Branch 5 of the
# Dockers' Union": a union's local body, named with the union it belongs to. (A works
# council "of" a company, a US "Local 7 of" an unnamed national, are no such unit.)
UNIT_OF_UNION = re.compile(
    r"^(?i:sección|seção|secção|sezione|section|sektion|sekcja|ortsvorstand|ortsverband|"
    r"ortsgruppe|ortsverwaltung|bezirksvorstand|bezirksverband|kreisverband|landesverband|"
    r"delegación|delegação|subsede|branch|chapter)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?i:del|de\s+la|de\s+los|de\s+l['’]|do|da|dos|das|der|des|of\s+the|of|della|dello|"
    r"dell['’]|di)\s+(?P<union>[A-ZÀ-ÞА-ЯЁІЇЄҐΑ-Ω].+)$"
)
# "전국창고물류노동조합 이천지부", "X노동조합 Y지역 Z지회": a Korean union's branch, under the
# national union its name opens with.
KOREAN_UNIT = re.compile(r"^(?P<union>\S+(?:노동조합|노조))\s+.*(?:지부|지회|분회)$")


def _units_of_their_union(found: list[Found]) -> None:
    for item in found:
        if item.parent is not None or item.entry.kind != ORGANIZATION:
            continue
        unit = UNIT_OF_UNION.match(item.entry.name) or KOREAN_UNIT.match(item.entry.name)
        if unit and (has_org_word(unit["union"]) or is_acronym(unit["union"])):
            item.parent = unit["union"]
