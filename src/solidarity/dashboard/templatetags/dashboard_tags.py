from collections.abc import Iterable

from django import template
from django_countries import countries

from solidarity.organizations.models import OrganizationKind

register = template.Library()


@register.filter
def country_names(codes: Iterable[str] | None) -> str:
    """ISO codes, as stored in a proposed organisation, as names in the reader's language."""
    return ", ".join(str(countries.name(code) or code) for code in codes or ())


@register.filter
def organization_kind(value: str) -> str:
    try:
        return str(OrganizationKind(value).label)
    except ValueError:
        return value
