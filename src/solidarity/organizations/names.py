"""How organisation names are compared: for search, and to catch look-alikes.

Names keep the script they were written in; these keys are derived from them.
"""

import unicodedata

from confusable_homoglyphs import categories, confusables

# Scripts that mix freely with any other: digits, punctuation, combining marks.
_NEUTRAL_SCRIPTS = {"COMMON", "INHERITED", "UNKNOWN"}


def search_key(name: str) -> str:
    """Case- and accent-insensitive form: "Movimiento Obrero Unído" and "movimiento
    obrero unido" have the same key; scripts without accents are kept as they are."""
    # Decomposed before folding too: "㎴" decomposes to "pV", whose "V" must fold as well.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", name).casefold())
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def _script(char: str) -> str:
    try:
        return str(categories.alias(char))
    except (KeyError, IndexError):
        return "UNKNOWN"


def mixed_script_words(name: str) -> list[str]:
    """Words that mix letters of several scripts, as a Cyrillic "а" inside a Latin
    word does. A name may use several scripts, each word one of them."""
    return [
        word
        for word in name.split()
        if len({_script(c) for c in word if c.isalpha()} - _NEUTRAL_SCRIPTS) > 1
    ]


def skeleton(name: str) -> str:
    """The name with every character replaced by its Latin look-alike where Unicode's
    confusables data has one, case-folded: two names with the same skeleton look the
    same to a reader."""
    out = []
    for char in search_key(name):
        found = confusables.is_confusable(char, preferred_aliases=["latin"], greedy=False)
        if found and _script(char) != "LATIN":
            out.append(found[0]["homoglyphs"][0]["c"])
        else:
            out.append(char)
    return "".join(out).casefold()
