from django.contrib.auth.models import User
from django.db.models import QuerySet

from .models import Membership, Organization


def organization_list_for_user(*, user: User, roles: tuple[str, ...]) -> QuerySet[Organization]:
    return Organization.objects.filter(
        memberships__user=user, memberships__role__in=roles
    ).distinct()


def organization_get(*, slug: str) -> Organization | None:
    return Organization.objects.filter(slug=slug).prefetch_related("alt_names").first()


def organization_find(*, reference: str) -> Organization | None:
    """The one organisation whose slug, name, other name or acronym is `reference`."""
    for lookup in ("slug", "name__iexact", "alt_names__name__iexact", "acronym__iexact"):
        matches = list(Organization.objects.filter(**{lookup: reference}).distinct()[:2])
        if len(matches) == 1:
            return matches[0]
    return None


def organization_name_choices(*, limit: int = 1000) -> list[str]:
    return list(Organization.objects.order_by("name").values_list("name", flat=True)[:limit])


def organization_search(*, query: str, limit: int = 20) -> QuerySet[Organization]:
    return (
        (
            Organization.objects.filter(name__icontains=query)
            | Organization.objects.filter(alt_names__name__icontains=query)
            | Organization.objects.filter(acronym__iexact=query)
        )
        .distinct()
        .order_by("name")[:limit]
    )


def user_has_role(*, user: User, organization_ids: list[int], roles: tuple[str, ...]) -> bool:
    if not user.is_authenticated:
        return False
    if getattr(user, "is_superuser", False):
        return True
    return Membership.objects.filter(
        user=user, organization_id__in=organization_ids, role__in=roles
    ).exists()


def organization_domain_matches(*, organization: Organization, domain: str) -> bool:
    return organization.domains.filter(domain=domain).exists()
