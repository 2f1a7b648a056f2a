"""The rows of the public endorser lists.

A page lists up to a hundred organisations and a hundred people; written as a template
loop, each row's conditions and lookups cost more than the rest of the page together.
The same markup is built here directly, each value escaped."""

from collections.abc import Iterable

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from solidarity.core.templatetags.country_tags import country_name, country_names
from solidarity.endorsements.models import Endorsement, EndorsementOrigin

register = template.Library()


def _origin(endorsement: Endorsement) -> SafeString:
    if endorsement.origin != EndorsementOrigin.IMPORTED:
        return mark_safe("")  # noqa: S308 - a constant
    return format_html(' <span class="origin">{}</span>', gettext("from the published list"))


def _organization(endorsement: Endorsement) -> SafeString:
    organization = endorsement.organization
    assert organization is not None
    parts = [format_html('<bdi class="name">{}</bdi>', organization.name)]
    if organization.acronym:
        parts.append(format_html(" (<bdi>{}</bdi>)", organization.acronym))
    parts.extend(format_html(" / <bdi>{}</bdi>", alt.name) for alt in organization.alt_names.all())
    if organization.countries:
        parts.append(
            format_html(' <span class="country">— {}</span>', country_names(organization.countries))
        )
    if organization.parent:
        section = gettext("section of <bdi>%(parent)s</bdi>") % {
            "parent": conditional_escape(organization.parent.name)
        }
        parts.append(format_html(' <span class="parent">{}</span>', mark_safe(section)))  # noqa: S308 - escaped above
    parts.append(_origin(endorsement))
    return mark_safe("".join(parts))  # noqa: S308 - each part is escaped


def _individual(endorsement: Endorsement) -> SafeString:
    parts = [format_html('<bdi class="name">{}</bdi>', endorsement.public_name)]
    if endorsement.affiliation:
        parts.append(format_html(", <bdi>{}</bdi>", endorsement.affiliation))
    if endorsement.country:
        parts.append(
            format_html(' <span class="country">— {}</span>', country_name(endorsement.country))
        )
    parts.append(_origin(endorsement))
    return mark_safe("".join(parts))  # noqa: S308 - each part is escaped


@register.simple_tag
def organization_items(endorsements: Iterable[Endorsement]) -> SafeString:
    return format_html_join("\n", "<li>{}</li>", ((_organization(e),) for e in endorsements))


@register.simple_tag
def individual_items(endorsements: Iterable[Endorsement]) -> SafeString:
    return format_html_join("\n", "<li>{}</li>", ((_individual(e),) for e in endorsements))
