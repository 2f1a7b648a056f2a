from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import translation
from django_countries import countries

from solidarity.core.collation import script_segments, sorted_for_language
from solidarity.organizations.models import Organization
from solidarity.statements.models import Statement

from .models import LISTED, Endorsement, EndorsementKind, EndorsementOrigin, EndorsementStatus

PAGE_SIZE = 50
SORTS = ("name", "country")


@dataclass(frozen=True)
class EndorserPage:
    items: list[Endorsement]
    page: int
    has_next: bool
    pages: int

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def _segments(
    listed: QuerySet[Endorsement], sort: str, language: str
) -> list[tuple[Q, int | None]]:
    """The list cut into pieces that follow one another, each read in stored-key
    order through the listing indexes, with its size where it is already known.

    By name: the scripts the reader's language puts first, then the rest. By
    country: countries by their names in the reader's language ("Corée du Sud" among
    the C's for a French reader), endorsers without one last, names within each as
    above."""
    names = script_segments("sort_name", language)
    if sort != "country":
        return [(segment, None) for segment in names]
    sizes = dict(listed.order_by().values_list("country").annotate(size=Count("pk")))
    with translation.override(language):
        present = sorted_for_language(
            (code for code in sizes if code), language, key=countries.name
        )
    if "" in sizes:
        present.append("")
    return [
        (Q(country=code) & segment, sizes[code] if len(names) == 1 else None)
        for code in present
        for segment in names
    ]


def _read(
    listed: QuerySet[Endorsement],
    segments: list[tuple[Q, int | None]],
    offset: int,
    limit: int,
) -> list[Endorsement]:
    """``limit`` rows from ``offset`` on, segment after segment. A segment that lies
    wholly before the offset is skipped by its size, counted only when not known
    (index-only, and never more rows than the offset), so a page costs what OFFSET
    would and the first page no count at all."""
    rows: list[Endorsement] = []
    for position, (segment, known_size) in enumerate(segments, start=1):
        part = listed.filter(segment)
        if known_size is not None and offset >= known_size:
            offset -= known_size
            continue
        wanted = limit - len(rows)
        found = list(part.order_by("sort_name", "id")[offset : offset + wanted])
        if not found and offset:
            if position == len(segments):
                break  # past the end: nothing further to skip to
            offset -= part.count() if known_size is None else known_size
            continue
        rows.extend(found)
        if len(rows) == limit:
            break
        # This segment ended inside the page: the next one is read from its start.
        offset = 0
    return rows


def endorser_page(
    *,
    statement: Statement,
    kind: str,
    sort: str = "name",
    language: str = "en",
    page: int = 1,
    page_size: int = PAGE_SIZE,
) -> EndorserPage:
    """One page of current endorsers, sorted for a reader of ``language``; totals
    come from the statement's counters, never from counting rows."""
    queryset = Endorsement.objects.filter(LISTED, statement=statement, kind=kind)
    if kind == EndorsementKind.ORGANIZATION:
        queryset = queryset.select_related("organization__parent").prefetch_related(
            Prefetch("organization__alt_names")
        )
        total = statement.organizations_count
    else:
        total = statement.individuals_count - statement.withheld_count
    pages = max(1, -(-total // page_size))
    page = min(max(page, 1), pages)  # a page past the end shows the last one
    offset = (page - 1) * page_size
    rows = _read(
        queryset, _segments(queryset, sort, language), offset=offset, limit=page_size + 1
    )
    return EndorserPage(
        items=rows[:page_size],
        page=page,
        has_next=len(rows) > page_size,
        pages=pages,
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


UNCHECKED = Q(
    status=EndorsementStatus.PUBLISHED, origin=EndorsementOrigin.SIGNED, bot_check_passed=False
)


def endorsement_unchecked_list(*, statement: Statement, limit: int = 100) -> list[Endorsement]:
    """Listed signatures that came without the bot check (no JavaScript, or a script),
    newest first, for moderators to look over."""
    return list(
        statement.endorsements.filter(UNCHECKED)
        .select_related("organization")
        .order_by("-published_at", "-pk")[:limit]
    )


def endorsement_unchecked_count(*, statement: Statement) -> int:
    return statement.endorsements.filter(UNCHECKED).count()


def organization_parent_name(organization: Organization | None) -> str:
    return organization.parent.name if organization and organization.parent else ""
