from collections.abc import Sequence

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from solidarity.core.crypto import email_domain
from solidarity.core.errors import Conflict, PermissionDenied

from .models import (
    Membership,
    MembershipRole,
    Organization,
    OrganizationDomain,
    OrganizationName,
)
from .names import search_key
from .selectors import organization_name_warnings


def unique_slug(model: type, *candidates: str, fallback: str) -> str:
    base = next((slugify(c)[:70] for c in candidates if slugify(c)), fallback)
    slug, suffix = base, 2
    while model.objects.filter(slug=slug).exists():  # type: ignore[attr-defined]
        slug, suffix = f"{base}-{suffix}", suffix + 1
    return slug


@transaction.atomic
def organization_create(
    *,
    acting_user: User | None,
    name: str,
    kind: str,
    countries: Sequence[str],
    alt_names: Sequence[str] = (),
    acronym: str = "",
    parent: Organization | None = None,
    website: str = "",
) -> Organization:
    """Register an organisation; the acting user, if any, becomes its owner."""
    organization = Organization(
        slug=unique_slug(Organization, acronym, name, *alt_names, fallback="organization"),
        name=name,
        acronym=acronym,
        kind=kind,
        countries=list(countries),  # type: ignore[misc]
        parent=parent,
        website=website,
        name_key=search_key(name),
        name_warnings=organization_name_warnings(names=[name, *alt_names]),
    )
    organization.full_clean()
    organization.save()
    seen = {name.casefold()}
    for position, alt_name in enumerate(alt_names):
        if alt_name.casefold() in seen:
            continue
        seen.add(alt_name.casefold())
        OrganizationName.objects.create(
            organization=organization,
            name=alt_name,
            name_key=search_key(alt_name),
            position=position,
        )
    if acting_user is not None:
        Membership.objects.create(
            user=acting_user, organization=organization, role=MembershipRole.OWNER
        )
    return organization


def _require_role(user: User, organization: Organization, *roles: str) -> None:
    if getattr(user, "is_superuser", False):
        return
    if not Membership.objects.filter(user=user, organization=organization, role__in=roles).exists():
        raise PermissionDenied(_("You do not have permission to change this organisation."))


@transaction.atomic
def organization_domain_add(
    *, organization: Organization, domain: str, acting_user: User
) -> OrganizationDomain:
    """Add a verified e-mail domain.

    An owner proves control of a domain by holding an account whose (confirmed)
    address is at that domain; platform staff may add any domain.
    """
    _require_role(acting_user, organization, MembershipRole.OWNER)
    if (
        not getattr(acting_user, "is_staff", False)
        and email_domain(getattr(acting_user, "email", "")) != domain
    ):
        raise PermissionDenied(
            _("You can only verify the domain of your own e-mail address."), field="domain"
        )
    try:
        with transaction.atomic():
            return OrganizationDomain.objects.create(
                organization=organization, domain=domain, added_by=acting_user
            )
    except IntegrityError as error:
        raise Conflict(_("This domain is already verified."), field="domain") from error


@transaction.atomic
def membership_set(
    *,
    organization: Organization,
    user: User,
    role: str,
    acting_user: User,
) -> Membership:
    _require_role(acting_user, organization, MembershipRole.OWNER)
    membership, _created = Membership.objects.update_or_create(
        user=user, organization=organization, defaults={"role": role}
    )
    return membership
