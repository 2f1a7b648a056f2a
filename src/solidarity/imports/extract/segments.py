"""Names written with commas: a surname before the given names ("Okafor, Chidi"), a
person and her post ("Ana Ruiz, teacher, Union of Educators"), and the countries that
close a run of parts."""

from __future__ import annotations

from .countries import country_list
from .givennames import is_given_name
from .lexicon import HONORIFICS, NAME_PARTICLES, PERSON_PARTICLES
from .names import has_org_word, is_capitalised, is_role, looks_like_person, strip_honorifics
from .places import is_town
from .text import mask_brackets

INVERTED_POSTED_SEGMENTS = 3
# Name, post, department, university: four parts at least.
ACADEMIC_SEGMENTS = 4


def without_trailing_titles(segments: list[str]) -> list[str]:
    """ "Albrecht, Miriam, Prof. Dr.": the titles after a turned name are no part of it."""
    while len(segments) > 2 and all(
        word in HONORIFICS or word.rstrip(".") in HONORIFICS for word in segments[-1].split()
    ):
        segments = segments[:-1]
    return segments


def comma_segments(text: str, *, keep_first: bool = True) -> tuple[list[str], list[str]]:
    """The parts of the text between commas outside brackets, less the countries that
    close it: "Ana Ruiz, CTA, Argentina" → (["Ana Ruiz", "CTA"], ["AR"]). keep_first: the
    first part is a name even if it is a country's."""
    masked = mask_brackets(text)
    segments: list[str] = []
    begin = 0
    # Arabic writes its comma "،"; "98,7 FM" is a decimal comma, inside the name.
    padded = masked + ","
    for index, char in enumerate(padded):
        if char in ",،" and not (
            index and padded[index - 1].isdigit() and padded[index + 1 : index + 2].isdigit()
        ):
            segments.append(text[begin:index].strip())
            begin = index + 1
    segments = [segment for segment in segments if segment]
    countries: list[str] = []
    while segments and (codes := country_list(segments[-1])):
        if keep_first and len(segments) == 1:
            break
        countries = codes + countries
        segments.pop()
    return segments, countries


# "Ní Dhomhnaill", "Mac Aoidh", "Ó Conghaile": Irish and Scottish surnames open with a
# capitalised word for "son" or "daughter (of)".
GAELIC_SURNAME_PREFIXES = frozenset({"Ó", "Ua", "Ní", "Nic", "Mac", "Mhic", "Uí", "Bean"})


def reads_inverted(segments: list[str], *, posted: bool = False) -> bool:
    """ "Okafor, Chidi", "van der Berg, Anneke": a one-word surname (with its particles),
    a comma and given names is a personal name written surname first, wherever it stands.
    posted: the entry gives its post after a dash, so the part after the comma is no post
    and the surname may have two words ("García Pérez, Lucía")."""
    surname, given = segments
    natural = f"{given} {surname}"
    # "Puigvert i Rovira", "García y López": two surnames joined by "and".
    surname_words = [
        word
        for word in surname.split()
        if word not in NAME_PARTICLES
        and word not in GAELIC_SURNAME_PREFIXES
        and not (word.islower() and word in PERSON_PARTICLES)
    ]
    given_words = given.split()
    given_name = bool(given_words) and is_given_name(given_words[0])
    # "Cattaneo Rigamonti, Elisabetta": two surnames, when a given name follows them.
    # ("Linh Tran, Dayton": a town may be named like a person; "García de la Torre, Ana":
    # a given name that is a town's too follows no given name.)
    opens_given = bool(surname_words) and is_given_name(surname_words[0])
    double = posted or (given_name and (not is_town(given) or not opens_given))
    short = len(surname_words) == 1 or (double and len(surname_words) == 2)
    return (
        short
        and 1 <= len(given_words) <= 3
        and all(is_capitalised(word) for word in given_words)
        and not is_role(given)
        and looks_like_person(natural)
        and not has_org_word(natural)
        # "Kaamos, Haparanda": a group, then its town.
        and (given_name or not is_town(given))
    )


def _is_post(text: str) -> bool:
    """ "registered manager", "Senior Lecturer": a post, in lower case or by its words."""
    return is_role(text) or not is_capitalised(text)


def person_with_post(segments: list[str]) -> bool:
    """ "Ana Ruiz, teacher, Union of Educators", "Dr. med. Ana Ruiz, …": a person, then
    who they are. After a post, the parts that follow say where they hold it, whatever
    they look like ("…, registered manager, Bryn Haf Care Home"), unless another post
    follows them: "A, teacher, B, lawyer" are two people."""
    if inverted_with_post(segments):
        return True
    if len(segments) < 2 or not looks_like_person(strip_honorifics(segments[0])):
        return False
    if _is_post(segments[1]) and not any(_is_post(segment) for segment in segments[2:]):
        return True
    if len(segments) >= ACADEMIC_SEGMENTS and sum(map(has_org_word, segments[1:])) >= 2:
        # "Ana Ruiz, Bolseira de Pós-Doutoramento, Instituto de X, Universidade de Y": a
        # post in capitals, then the department and the university it is held in.
        return True
    # "Colin Ashworth, St Barnabas Church, Moss Side": after the organisation, the part of
    # town it is in, however much it reads like a name.
    placed = len(segments) >= 3 and has_org_word(segments[-2])
    named = segments[1:-1] if placed else segments[1:]
    return not any(looks_like_person(segment) and not is_role(segment) for segment in named)


def inverted_with_post(segments: list[str]) -> bool:
    """ "Baert, Lieve, avocate au barreau de Gand": a surname, the given name, then the
    post in lower case."""
    return (
        len(segments) >= INVERTED_POSTED_SEGMENTS
        and reads_inverted(segments[:2], posted=True)
        and not is_capitalised(segments[2])
    )
