"""Country names in the reader's language, looked up in a table made once per language.

A list page names a country on each of its rows; going through django-countries for
each (a Country object, a translated lookup) was a tenth of the statement page."""

import functools
from collections.abc import Iterable

from django import template
from django.utils import translation
from django_countries import countries

register = template.Library()


@functools.cache
def _names(language: str) -> dict[str, str]:
    with translation.override(language):
        return {code: str(name) for code, name in countries}


@register.filter
def country_name(code: object) -> str:
    """The country's name for an ISO code (or a django-countries Country)."""
    key = str(code or "")
    return _names(translation.get_language() or "en").get(key, key)


@register.filter
def country_names(codes: Iterable[object] | None) -> str:
    """Several countries' names, comma-separated."""
    return ", ".join(country_name(code) for code in codes or ())
