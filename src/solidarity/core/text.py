"""Validation of user-supplied text: names in any script, nothing that hides or garbles."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Explicit directional formatting characters can make a name display as another
# (e.g. reversing "evil.com"); names get bidi isolation from the templates instead.
# These are all of Unicode's Bidi_Control characters, the Arabic letter mark included.
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
# What a decoder puts in place of bytes that were not UTF-8 (a form posted in another
# encoding, a truncated upload): the text that was meant is lost, so it is refused.
REPLACEMENT_CHARACTER = "\ufffd"


def normalize_text(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


def validate_single_line(value: str) -> None:
    """Reject control characters (line breaks included), bidi overrides, and text that
    was garbled by a wrong encoding."""
    if REPLACEMENT_CHARACTER in value:
        raise ValidationError(_("This value is not valid."), code="encoding")
    for char in value:
        if char in BIDI_CONTROLS:
            raise ValidationError(
                _("Directional control characters are not allowed here."), code="bidi"
            )
        if unicodedata.category(char) in {"Cc", "Cs", "Co", "Cn"}:
            raise ValidationError(
                _("This field may not contain control characters or line breaks."),
                code="control",
            )


def validate_multiline(value: str) -> None:
    """Like validate_single_line, but line breaks and tabs are allowed."""
    validate_single_line(value.replace("\r", "").replace("\n", "").replace("\t", ""))
