"""A mailing list's digest: its table of contents lists the messages' subjects and their
senders, none of them a signer."""

from __future__ import annotations

import re

from .marks import RULE_LINE
from .text import Span

# "Today's Topics:" over "1. Subject (Sender)", as Mailman writes it in each language.
DIGEST_TOPICS = re.compile(
    r"^(?:today['’]s\s+topics|themen\s+des\s+tages|temas\s+del\s+día|temas\s+de\s+hoje|"
    r"sujets\s+du\s+jour|argomenti\s+del\s+giorno|темы\s+дня|теми\s+дня|"
    r"bugünün\s+konuları|θέματα\s+της\s+ημέρας|오늘의\s+주제|مواضيع\s+اليوم)\s*:?$",
    re.IGNORECASE,
)
# "Message: 1": the first message under the contents.
DIGEST_MESSAGE = re.compile(
    r"^(?:message|nachricht|mensaje|mensagem|messaggio)\s*:\s*\d+$", re.IGNORECASE
)


def digest_contents(lines: list[Span]) -> set[int]:
    """The lines of a digest's table of contents: its heading and the subjects under it,
    up to the rule or the first message below."""
    contents: set[int] = set()
    inside = False
    for index, line in enumerate(lines):
        if DIGEST_TOPICS.match(line.text.strip()):
            inside = True
        elif inside and (RULE_LINE.match(line.text) or DIGEST_MESSAGE.match(line.text.strip())):
            inside = False
        if inside:
            contents.add(index)
    return contents
