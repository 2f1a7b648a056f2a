"""Signatories enumerated in Chinese and Japanese prose: a news report's sentence that
says who signed, its names set apart by the enumeration comma "、" ("賛同団体には、A、B、C
が加わった。"), people named with their post before and their title after them
("弁護士の高橋一郎氏")."""

from __future__ import annotations

import re

from .countries import country_code
from .entries import Entry, parse_entry
from .model import INDIVIDUAL, ORGANIZATION
from .names import has_org_word
from .text import Span

# The words that say a name signed or joined: "賛同", "署名", "呼びかけ人", "名を連ねた".
CJK_CUE = re.compile(r"賛同|署名|連署|聯署|联署|呼びかけ|連名|名を連ね|共同署名")
ENUMERATION_COMMA = "、"
SENTENCE_END = "。"
# "A、Bさんも署名した": two names after a signing word make an enumeration.
FEWEST_ITEMS = 2
# "呼びかけ人には、": the topic before the first name.
TOPIC = re.compile(r"(?:には|では|は)$")
# "…PTAが加わった", "…さんも個人として署名した": the predicate after the last name.
PREDICATE = re.compile(r"(?:が|も)[^がも「」（）()]*$")
# "弁護士の高橋一郎氏", "東海臨海大学の佐藤花子教授": a person, her title after the name.
PERSON_TITLE = re.compile(
    r"(?:^|の)(?P<name>[\u4e00-\u9fff\u3041-\u3096\u30a1-\u30fa]{2,6}?)"
    r"(?:名誉教授|准教授|教授|理事長|会長|代表|弁護士|医師|議員|氏|さん|様)$"
)
# "汐見第二小学校PTA": a group's acronym in Latin capitals closes its name.
LATIN_ACRONYM_END = re.compile(r"[A-Z]{2,}$")
NOTE = re.compile(r"[（(][^（）()]*[）)]$")
# 「セマングム干潟市民調査団」 after its country: "韓国の「…」".
QUOTED = re.compile(
    r"(?:(?P<country>[\u4e00-\u9fff\u30a1-\u30fa]{1,6})の)?「(?P<name>[^「」]{2,40})」"
)


def enumerated_names(line: Span) -> list[Entry]:
    """The names the line's sentences enumerate after a signing word."""
    entries: list[Entry] = []
    offset = 0
    for sentence in line.text.split(SENTENCE_END):
        start = line.start + offset
        offset += len(sentence) + len(SENTENCE_END)
        if sentence.count(ENUMERATION_COMMA) + 1 < FEWEST_ITEMS or not CJK_CUE.search(sentence):
            continue
        entries.extend(_items(sentence, start))
    return entries


def _items(sentence: str, start: int) -> list[Entry]:
    entries: list[Entry] = []
    position = 0
    pieces = sentence.split(ENUMERATION_COMMA)
    for index, piece in enumerate(pieces):
        piece_start = start + position
        position += len(piece) + len(ENUMERATION_COMMA)
        text = piece.strip("　 ")
        if index == 0 and TOPIC.search(text):
            continue
        if index == len(pieces) - 1:
            text = PREDICATE.sub("", text)
        entries.extend(_read(text, piece_start + piece.find(text)))
    return entries


def _read(text: str, start: int) -> list[Entry]:
    quoted = list(QUOTED.finditer(text))
    if quoted:
        return [_quoted(match, start) for match in quoted]
    bare = NOTE.sub("", text)
    person = PERSON_TITLE.search(bare)
    if person:
        name = person["name"]
        begin = start + person.start("name")
        entry = Entry(name=name, start=begin, end=begin + len(name), kind=INDIVIDUAL)
        before = bare[: person.start("name")].removesuffix("の")
        note = text[len(bare) :]
        title = bare[person.end("name") :]
        affiliation = before if before else title
        entry.affiliation = (affiliation + note) or None
        return [entry]
    if not (has_org_word(bare) or LATIN_ACRONYM_END.search(bare)):
        return []
    organisation = parse_entry(text, start)
    if organisation is None:
        return []
    organisation.kind = ORGANIZATION
    return [organisation]


def _quoted(match: re.Match[str], start: int) -> Entry:
    begin = start + match.start("name")
    entry = Entry(name=match["name"], start=begin, end=begin + len(match["name"]))
    code = country_code(match["country"]) if match["country"] else None
    entry.countries = [code] if code else []
    return entry
