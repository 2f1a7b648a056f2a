from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from solidarity.organizations.models import Organization
from solidarity.statements.models import Statement

from .models import LISTED, Endorsement, EndorsementKind, EndorsementStatus

PAGE_SIZE = 50
SORTS = {
    "name": ("sort_name", "id"),
    "country": ("country", "sort_name", "id"),
}


@dataclass(frozen=True)
class EndorserPage:
    items: list[Endorsement]
    page: int
    has_next: bool
    pages: int

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def _listed(statement: Statement, kind: str, sort: str) -> QuerySet[Endorsement]:
    return Endorsement.objects.filter(LISTED, statement=statement, kind=kind).order_by(
        *SORTS.get(sort, SORTS["name"])
    )


def endorser_page(
    *,
    statement: Statement,
    kind: str,
    sort: str = "name",
    page: int = 1,
    page_size: int = PAGE_SIZE,
) -> EndorserPage:
    """One page of current endorsers, read through the partial index; totals come
    from the statement's counters, never from counting rows."""
    page = max(page, 1)
    queryset = _listed(statement, kind, sort)
    if kind == EndorsementKind.ORGANIZATION:
        queryset = queryset.select_related("organization__parent").prefetch_related(
            Prefetch("organization__alt_names")
        )
        total = statement.organizations_count
    else:
        total = statement.individuals_count - statement.withheld_count
    offset = (page - 1) * page_size
    rows = list(queryset[offset : offset + page_size + 1])
    return EndorserPage(
        items=rows[:page_size],
        page=page,
        has_next=len(rows) > page_size,
        pages=max(1, -(-total // page_size)),
    )


def endorsement_pending_list(*, statement: Statement) -> QuerySet[Endorsement]:
    return (
        Endorsement.objects.filter(
            statement=statement,
            kind=EndorsementKind.ORGANIZATION,
            status=EndorsementStatus.AWAITING_APPROVAL,
        )
        .select_related("organization__parent")
        .order_by("created_at")
    )


def organization_parent_name(organization: Organization | None) -> str:
    return organization.parent.name if organization and organization.parent else ""
