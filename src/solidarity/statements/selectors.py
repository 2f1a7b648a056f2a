from django.contrib.auth.models import User
from django.db.models import Prefetch, QuerySet

from solidarity.organizations.models import Organization

from .models import Statement, StatementStatus, StatementVersion

_INITIATORS = Prefetch(
    "initiators",
    queryset=Organization.objects.order_by("statementinitiator__position").prefetch_related(
        "alt_names"
    ),
)


def statement_get(*, slug: str) -> Statement | None:
    return (
        Statement.objects.select_related("current_version")
        .prefetch_related(_INITIATORS)
        .filter(slug=slug)
        .first()
    )


def statement_get_public(*, slug: str) -> Statement | None:
    statement = statement_get(slug=slug)
    if statement is None or statement.status == StatementStatus.DRAFT:
        return None
    return statement


def statement_list_public() -> QuerySet[Statement]:
    return (
        Statement.objects.exclude(status__in=[StatementStatus.DRAFT, StatementStatus.ARCHIVED])
        .select_related("current_version")
        .prefetch_related(_INITIATORS)
        .order_by("-current_version__published_at")
    )


def statement_list_for_user(*, user: User) -> QuerySet[Statement]:
    return (
        Statement.objects.filter(initiators__memberships__user=user)
        .distinct()
        .select_related("current_version")
        .order_by("-created_at")
    )


def statement_draft(*, statement: Statement) -> StatementVersion | None:
    return statement.versions.filter(published_at__isnull=True).first()


def statement_first_published_at(*, statement: Statement):  # type: ignore[no-untyped-def]
    first = statement.versions.filter(published_at__isnull=False).order_by("number").first()
    return first.published_at if first else None
