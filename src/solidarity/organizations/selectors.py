from django.contrib.auth.models import User
from django.db.models import QuerySet

from .models import Membership, Organization


def organization_list_for_user(*, user: User, roles: tuple[str, ...]) -> QuerySet[Organization]:
    return Organization.objects.filter(
        memberships__user=user, memberships__role__in=roles
    ).distinct()


def organization_get(*, slug: str) -> Organization | None:
    return Organization.objects.filter(slug=slug).prefetch_related("alt_names").first()


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
