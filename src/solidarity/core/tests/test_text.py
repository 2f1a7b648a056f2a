from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from solidarity.core.forms import NameField
from solidarity.core.markdown import render_markdown
from solidarity.core.text import BIDI_CONTROLS, validate_single_line


@pytest.mark.parametrize(
    "name", ["Ana María López", "노동자연대", "Союз рабочих", "اتحاد العمال", "Ένωση Εργατών"]
)
def test_names_in_any_script_are_accepted(name):
    assert NameField().clean(name) == name


def test_names_are_nfc_normalised():
    assert NameField().clean("Unído") == "Unído"  # decomposed í becomes one code point
    assert len(NameField().clean("Unído")) == 5


@pytest.mark.parametrize("bad", ["A\u202eB", "tab\there", "line\nbreak", "nul\x00"])
def test_control_and_bidi_characters_are_refused(bad):
    with pytest.raises(ValidationError):
        NameField().clean(bad)


@given(st.text(min_size=1, max_size=50))
def test_any_text_with_a_bidi_override_is_refused(text):
    for control in sorted(BIDI_CONTROLS):
        with pytest.raises(ValidationError):
            validate_single_line(text + control)


def test_overlong_names_are_refused():
    with pytest.raises(ValidationError):
        NameField().clean("x" * 201)


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)" onclick="x()">x</a>',
    ],
)
def test_markdown_never_renders_anything_executable(source):
    elements = _elements(render_markdown(source))
    assert "script" not in [tag for tag, _attrs in elements]
    for _tag, attrs in elements:
        assert not [name for name in attrs if name.startswith("on")]
        assert not attrs.get("href", "").lower().startswith("javascript:")


def _elements(html):
    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))

    Collector().feed(html)
    return found


def test_markdown_renders_formatting_and_safe_links():
    html = render_markdown("**We demand** peace. See [the union](https://union.example).")
    assert "<strong>We demand</strong>" in html
    assert 'href="https://union.example"' in html
    assert "noopener" in html


def test_country_pickers_render_from_cache_only_when_nothing_is_chosen():
    from django.utils import translation

    from solidarity.endorsements.forms import IndividualEndorsementForm

    with translation.override("fr"):
        empty = str(IndividualEndorsementForm()["country"])
        again = str(IndividualEndorsementForm()["country"])
        chosen = str(IndividualEndorsementForm(initial={"country": "KR"})["country"])
    with translation.override("de"):
        german = str(IndividualEndorsementForm()["country"])
    assert empty == again and '<option value="" selected>' in empty
    assert "Corée du Sud" in empty and "Südkorea" in german
    assert '<option value="KR" selected>Corée du Sud</option>' in chosen
    assert '<option value="" selected>' not in chosen
