"""Property-based tests of the text validators and the form fields every form shares."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from solidarity.core.forms import (
    ContactEmailField,
    CountriesField,
    CountryChoiceField,
    LinesField,
    LongTextField,
    NameField,
)
from solidarity.core.text import (
    BIDI_CONTROLS,
    normalize_text,
    validate_multiline,
    validate_single_line,
)

FAST = settings(max_examples=60, deadline=None)

# Letters, marks and digits of every script, and the spaces and punctuation names use.
NAME_CHARACTERS = st.characters(
    categories=["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Nd", "Pd", "Po"]
)
names = st.text(NAME_CHARACTERS, min_size=1, max_size=60).filter(lambda s: normalize_text(s))
CONTROL = st.characters(categories=["Cc"])
BIDI = st.sampled_from(sorted(BIDI_CONTROLS))
MEGABYTE = 1024 * 1024


def _insert(text: str, char: str, where: int) -> str:
    where = where % (len(text) + 1)
    return text[:where] + char + text[where:]


@FAST
@given(names)
def test_a_name_in_any_script_is_kept_in_nfc(name):
    cleaned = NameField().clean(name)
    assert cleaned == unicodedata.normalize("NFC", name).strip()
    assert unicodedata.is_normalized("NFC", cleaned)


@FAST
@given(st.text(max_size=80))
def test_normalising_is_idempotent_and_strips(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == once.strip()


@FAST
@given(names, CONTROL, st.integers(min_value=0))
def test_a_control_character_anywhere_is_refused(name, control, where):
    with pytest.raises(ValidationError) as refused:
        validate_single_line(_insert(name, control, where))
    assert refused.value.code == "control"


@FAST
@given(names, BIDI, st.integers(min_value=0))
def test_a_bidi_control_anywhere_is_refused_in_names_and_long_text(name, bidi, where):
    text = _insert(name, bidi, where)
    for validate in (validate_single_line, validate_multiline):
        with pytest.raises(ValidationError) as refused:
            validate(text)
        assert refused.value.code == "bidi"


def test_every_unicode_bidi_control_is_refused():
    explicit = {
        chr(c)
        for c in range(0x110000)
        if unicodedata.bidirectional(chr(c))
        in {"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"}
    }
    marks = {"\u200e", "\u200f", "\u061c"}  # LRM, RLM and the Arabic letter mark
    assert explicit | marks <= BIDI_CONTROLS


@FAST
@given(st.lists(names, min_size=1, max_size=5))
def test_long_text_keeps_line_breaks_and_tabs(lines):
    text = "\n".join("\t" + line for line in lines)
    validate_multiline(text)
    with pytest.raises(ValidationError):
        validate_single_line(text)


@FAST
@given(names, st.integers(min_value=0))
def test_text_garbled_by_a_wrong_encoding_is_refused(name, where):
    garbled = _insert(name, "\ufffd", where)
    with pytest.raises(ValidationError) as refused:
        NameField().clean(garbled)
    assert [error.code for error in refused.value.error_list] == ["encoding"]
    with pytest.raises(ValidationError):
        LongTextField().clean(garbled)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (NameField(), "x" * MEGABYTE),
        (LongTextField(), "x" * MEGABYTE),
        (ContactEmailField(), "a" * MEGABYTE + "@example.org"),
        (LinesField(), "x\n" * (MEGABYTE // 2)),
        (LinesField(), "x" * MEGABYTE),
    ],
)
def test_a_megabyte_is_refused_with_a_message(field, value):
    with pytest.raises(ValidationError) as refused:
        field.clean(value)
    assert refused.value.messages and all(refused.value.messages)


FIELDS = [
    NameField(),
    LongTextField(),
    ContactEmailField(),
    CountryChoiceField(),
    CountriesField(),
    LinesField(),
]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(range(len(FIELDS))),
    st.one_of(st.text(), st.lists(st.text(max_size=20), max_size=5)),
)
def test_any_input_is_cleaned_or_refused_with_a_message(index, value):
    try:
        cleaned = FIELDS[index].clean(value)
    except ValidationError as refused:
        assert refused.messages and all(refused.messages)
    else:
        for text in cleaned if isinstance(cleaned, list) else [cleaned]:
            assert "\x00" not in text and not BIDI_CONTROLS & set(text)
