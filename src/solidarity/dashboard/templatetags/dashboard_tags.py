from django import template

from solidarity.core.templatetags import country_tags
from solidarity.organizations.models import OrganizationKind

register = template.Library()
# ISO codes, as stored in a proposed organisation, as names in the reader's language.
register.filter("country_names", country_tags.country_names)


@register.filter
def organization_kind(value: str) -> str:
    try:
        return str(OrganizationKind(value).label)
    except ValueError:
        return value
