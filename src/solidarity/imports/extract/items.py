"""Where the name is inside one item of a written list ("the singer Billie Eilish")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import country_list
from .lexicon import (
    ADDITIVES,
    ADDRESSED,
    ADDRESSEES,
    ARTICLES,
    DESCRIPTOR_STARTS,
    INCLUSIONS,
    INTRODUCERS,
    NAME_PARTICLES,
    OTHERS_TAIL,
    SIGNING_CUES,
    SPEECH_VERBS,
    words,
)
from .names import (
    clean,
    is_acronym,
    is_capitalised,
    is_role,
    name_span_at_end,
    name_span_at_start,
)
from .orgwords import ORG_WORDS
from .text import Item, Span

TOKEN = re.compile(r"\([^()]*\)|\S+")
MAX_INTRO_WORDS = 4
MAX_SENTENCE_CASE_WORDS = 8


@dataclass
class Token:
    text: str
    start: int
    end: int


@dataclass
class ItemShape:
    """What one list item holds: a whole name, a name then other words, other words then
    a name, a description of the previous name, "and others", or none of these."""

    item: Item
    full: Span | None = None
    leading: Span | None = None
    trailing: Span | None = None
    descriptor: bool = False
    # "la sindaca di Bardi": the post of the name that follows.
    post_ahead: bool = False
    others: bool = False
    addressed: bool = False
    included: bool = False
    country_codes: list[str] | None = None
    intro: str = ""
    tail: str = ""


def _tokens(span: Span) -> list[Token]:
    return [
        Token(match.group(), span.start + match.start(), span.start + match.end())
        for match in TOKEN.finditer(span.text)
    ]


def _capitalised(token: Token) -> bool:
    return token.text.startswith("(") or is_capitalised(token.text)


def _join(tokens: list[Token], text_of: Span) -> Span:
    start, end = tokens[0].start, tokens[-1].end
    raw = text_of.text[start - text_of.start : end - text_of.start]
    trimmed = raw.rstrip(',;:.!?"”’»') if not re.search(r"\b\w\.$", raw) else raw
    return Span(trimmed, start, start + len(trimmed))


def _is_opening_word(token: Token) -> bool:
    """A capitalised word that opens a sentence without being a name: "From", "Also",
    "Signed"."""
    word = clean(token.text)
    opening = word in INTRODUCERS or word in DESCRIPTOR_STARTS or word in SIGNING_CUES
    return (opening or word in SPEECH_VERBS) and word not in ARTICLES


# "pela A, pelo B, da C" (Portuguese), "dalla A, dal B" (Italian): a preposition fused
# with an article opens each item of a list of signers ("signed by the A, by the B").
AGENT_CONTRACTIONS = frozenset(words("pela pelo pelas pelos dalla dallo dal dalle dai dagli"))
ITEM_CONTRACTIONS = AGENT_CONTRACTIONS | frozenset(words("da do das dos della dello del delle"))


# "dall'Associazione": the contraction elided onto the name that follows it.
ELIDED_AGENT = re.compile(r"^dall['’](?=[^\W\d_])", re.IGNORECASE)


def opens_with_agent(shape: ItemShape) -> bool:
    """The item's name follows "by the" ("pela A", "dall'A", "… sottoscritto dal A")."""
    if ELIDED_AGENT.match(shape.item.span.text.strip()):
        return True
    words = shape.item.span.text.split()
    return any(
        word in AGENT_CONTRACTIONS and is_capitalised(following)
        for word, following in zip(words, words[1:], strict=False)
    )


def shape_of(item: Item, *, contracted: bool = False) -> ItemShape:
    """contracted: the items of this list open with "pela", "pelo", "da", so such a word
    introduces the name rather than describing the name before."""
    span = item.span
    shape = ItemShape(item)
    if OTHERS_TAIL.match(span.text.strip()):
        shape.others = True
        return shape
    codes = country_list(span.text.strip(" .:;"))
    if codes:
        shape.country_codes = codes
        return shape
    tokens = _tokens(span)
    position = 0
    intro: list[Token] = []
    # "O apelo é assinado pela Frente …": the list's first item opens with the sentence
    # that leads to its first "by the".
    agents = [
        index
        for index, token in enumerate(tokens[:-1])
        if contracted and token.text in AGENT_CONTRACTIONS and _capitalised(tokens[index + 1])
    ]
    if agents:
        position = agents[0] + 1
        intro = tokens[:position]
    while not agents and position < len(tokens):
        token = tokens[position]
        if _capitalised(token) and not (_is_opening_word(token) and position + 1 < len(tokens)):
            break
        intro.append(token)
        position += 1
    shape.intro = " ".join(token.text for token in intro)
    words = tokens[position:]
    length = _name_length(words)
    if length and clean(words[0].text) in ORG_WORDS:
        length = _sentence_case_length(words, length)
    # "assinado pela Frente Mineira em Defesa da Água, pelo Movimento dos Atingidos por
    # Represas": after "by the" each item is one name to its end, small words and all.
    agent = contracted and bool(intro) and intro[-1].text.casefold() in ITEM_CONTRACTIONS
    if agent and length:
        length = len(words)
    introduced = (contracted and len(intro) == 1 and intro[0].text in ITEM_CONTRACTIONS) or (
        bool(intro) and clean(intro[0].text) in ADDITIVES
    )
    described = not introduced and any(
        clean(token.text) in DESCRIPTOR_STARTS and token.text.islower() for token in intro
    )
    if length:
        name = _join(words[:length], span)
        rest = words[length:]
        shape.tail = " ".join(token.text for token in rest)
        aside = bool(rest) and rest[0].text in {"–", "—", "-"}
        if not rest and not described and (len(intro) <= MAX_INTRO_WORDS or agent):
            shape.full = name
        elif rest and (not intro or (aside and not described)):
            # "Reinserta son algunos…", "the X of Chile – agree to call": the list ends.
            shape.leading = name
    trailing_start = name_span_at_end([token.text for token in tokens])
    quoted = trailing_start > 0 and clean(tokens[trailing_start - 1].text) in SPEECH_VERBS
    # "addressed to Prime Minister X", "dirigida a la ministra X", "entregue ao Presidente":
    # the names that follow are the letter's addressees.
    before_trailing = tokens[max(0, trailing_start - 6) : trailing_start]
    has_trailing = 0 < trailing_start < len(tokens)
    shape.addressed = _addresses(intro) or (has_trailing and _addresses(before_trailing))
    if shape.addressed:
        shape.full = shape.leading = None
    elif has_trailing and shape.full is None and _post_held_in(before_trailing):
        shape.post_ahead = True
    elif has_trailing and shape.full is None and not quoted:
        # "…the undersigned are Ana Gomes": the name that closes the item opens a list;
        # "…, said Jane Roe" is a quoted person.
        shape.trailing = _join(tokens[trailing_start:], span)
    # "…, including A", "darunter A": the item presents its name as one of a group.
    before_name = intro if shape.full or shape.leading else before_trailing
    shape.included = any(clean(token.text) in INCLUSIONS for token in before_name)
    shape.descriptor = shape.full is None and shape.leading is None and (bool(intro) or not length)
    return shape


def _post_held_in(tokens: list[Token]) -> bool:
    """ "… la sindaca di | Bardi", "… the mayor of | Leeds": a post and the word for where
    it is held, right before a name, make that name the place or body of the post."""
    words = [clean(token.text) for token in tokens[-3:]]
    return (
        len(words) >= 2
        and words[-1] in DESCRIPTOR_STARTS
        and any(is_role(word) for word in words[:-1])
    )


def _addresses(tokens: list[Token]) -> bool:
    words = [clean(token.text) for token in tokens]
    # A lone "to" is too common ("from X to Y") to mark an addressee by itself.
    return any(word in ADDRESSED for word in words) or (
        len(words) >= 2 and any(word in ADDRESSEES for word in words)
    )


def _sentence_case_length(tokens: list[Token], length: int) -> int:
    """ "Rete degli studenti medi", "Sindicato de trabajadores del metal": a name that opens
    with an organisation word runs on in lower case, up to a relative pronoun, a verb of
    signing or speaking, or the end of the item."""
    end = length
    while end < len(tokens) and end < MAX_SENTENCE_CASE_WORDS:
        word = clean(tokens[end].text)
        if not word or tokens[end].text[0] in "–—-(" or is_capitalised(tokens[end].text):
            break
        stops = (DESCRIPTOR_STARTS, SIGNING_CUES, SPEECH_VERBS, ADDRESSEES)
        if word not in NAME_PARTICLES and any(word in words for words in stops):
            break
        end += 1
    # A name does not end on "of the".
    while end > length and clean(tokens[end - 1].text) in NAME_PARTICLES:
        end -= 1
    return end


def _name_length(tokens: list[Token]) -> int:
    texts = [token.text for token in tokens]
    return name_span_at_start(["X" + text if text.startswith("(") else text for text in texts])


def is_single_word(span: Span) -> bool:
    return len(span.text.split()) == 1 and not is_acronym(span.text)
