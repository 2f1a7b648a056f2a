"""Signatures collected by e-mail and copied one under another, each after the "--" that
opens an e-mail signature: the signer's name, a person's post under it, and the rest of the
signature (telephone, address, a disclaimer) that names nobody."""

from __future__ import annotations

from .marks import has_contact
from .model import INDIVIDUAL
from .names import classify_kind, clean_name, is_body_paragraph, strip_honorifics
from .pagewords import CLOSING
from .text import Span

# The delimiter a mail program writes above a signature ("-- ", stripped here).
SIGNATURE_DELIMITER = "--"
# One delimiter is the sender's own signature; a list has several.
MIN_SIGNATURES = 3


def signature_furniture(text: str, lines: list[Span]) -> set[int]:
    """The lines of a list of e-mail signatures that are no signer and no post: the
    delimiters, a closing above the name ("Mit kollegialen Grüßen"), and what follows the
    name, or a person's name and first post line."""
    delimiters = [index for index, line in enumerate(lines) if line.text == SIGNATURE_DELIMITER]
    if len(delimiters) < MIN_SIGNATURES:
        return set()
    furniture = set(delimiters)
    for number, delimiter in enumerate(delimiters):
        block = list(range(delimiter + 1, _block_end(text, lines, delimiters, number)))
        while block and CLOSING.match(lines[block[0]].text):
            furniture.add(block.pop(0))
        if not block:
            continue
        name, *rest = block
        signer = strip_honorifics(clean_name(lines[name].text))
        if rest and classify_kind(signer) == INDIVIDUAL and _is_post(lines[rest[0]].text):
            rest = rest[1:]
        furniture.update(rest)
    return furniture


def _block_end(text: str, lines: list[Span], delimiters: list[int], number: int) -> int:
    """Where a signature ends: at the next delimiter, or, after the last one, at the first
    blank line (what follows is the message again)."""
    if number + 1 < len(delimiters):
        return delimiters[number + 1]
    index = delimiters[number] + 1
    while index + 1 < len(lines) and "\n\n" not in text[lines[index].end : lines[index + 1].start]:
        index += 1
    return min(index + 1, len(lines))


def _is_post(text: str) -> bool:
    # "Diese E-Mail wurde von meinem privaten Gerät gesendet.": a sentence, not a post.
    return not has_contact(text) and not is_body_paragraph(text) and not text.endswith(".")
