"""Reads for the management pages; the rules stay in the apps' own selectors."""

from django.contrib.auth.models import User
from django.db.models import Count, Exists, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from solidarity.endorsements.models import Endorsement, EndorsementKind, EndorsementStatus
from solidarity.organizations.models import Membership, MembershipRole, Organization
from solidarity.organizations.selectors import user_has_role
from solidarity.statements.models import Statement, StatementVersion
from solidarity.statements.selectors import statement_list_for_user

ALL_ROLES = tuple(MembershipRole.values)


def membership_list_for_user(*, user: User) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(user=user)
        .select_related("organization")
        .order_by("organization__name")
    )


def membership_list(*, organization: Organization) -> QuerySet[Membership]:
    return organization.memberships.select_related("user").order_by("role", "user__email")


def organization_is_member(*, user: User, organization: Organization) -> bool:
    return user_has_role(user=user, organization_ids=[organization.pk], roles=ALL_ROLES)


def organization_is_owner(*, user: User, organization: Organization) -> bool:
    return user_has_role(
        user=user, organization_ids=[organization.pk], roles=(MembershipRole.OWNER,)
    )


def _pending_approval() -> QuerySet[Endorsement]:
    return Endorsement.objects.filter(
        statement=OuterRef("pk"),
        kind=EndorsementKind.ORGANIZATION,
        status=EndorsementStatus.AWAITING_APPROVAL,
    )


def statement_overview_for_user(*, user: User) -> QuerySet[Statement]:
    """The user's statements with the latest title, whether a draft waits, and how
    many organisation endorsements await approval (subqueries, so the join through
    memberships cannot multiply the counts)."""
    pending = (
        _pending_approval()
        .order_by()
        .values("statement")
        .annotate(total=Count("pk"))
        .values("total")
    )
    latest = StatementVersion.objects.filter(statement=OuterRef("pk")).order_by("-number")
    return statement_list_for_user(user=user).annotate(
        pending_count=Coalesce(Subquery(pending, output_field=IntegerField()), 0),
        latest_title=Subquery(latest.values("title")[:1]),
        has_draft=Exists(
            StatementVersion.objects.filter(statement=OuterRef("pk"), published_at__isnull=True)
        ),
    )


def statement_pending_count(*, statement: Statement) -> int:
    return Endorsement.objects.filter(
        statement=statement,
        kind=EndorsementKind.ORGANIZATION,
        status=EndorsementStatus.AWAITING_APPROVAL,
    ).count()


def statement_version_list(*, statement: Statement) -> QuerySet[StatementVersion]:
    return statement.versions.filter(published_at__isnull=False).order_by("-number")
