from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User

from solidarity.endorsements.models import EndorsementKind
from solidarity.organizations.models import Organization
from solidarity.organizations.selectors import OrganizationMatch, organization_matches

from .models import StatementImport

REVIEW_PAGE_SIZE = 100


@dataclass(frozen=True)
class ReviewRow:
    position: int
    endorser: dict[str, Any]
    # Registered organisations this entry may be, best first (organisations only).
    matches: list[OrganizationMatch]


@dataclass(frozen=True)
class ReviewPage:
    rows: list[ReviewRow]
    page: int
    pages: int

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


def statement_import_get(*, pk: int, user: User) -> StatementImport | None:
    """The import, to the editor who made it; to anyone else it does not exist."""
    return StatementImport.objects.filter(pk=pk, created_by=user).first()


def statement_import_list(*, user: User) -> list[StatementImport]:
    return list(
        StatementImport.objects.filter(created_by=user, statement__isnull=True)
        .defer("source_text", "endorsers")
        .order_by("-created_at")[:20]
    )


def statement_import_review_page(
    *, statement_import: StatementImport, page: int, page_size: int = REVIEW_PAGE_SIZE
) -> ReviewPage:
    """One page of endorsers to review, each organisation with its likely matches in
    the registry (same names, acronyms or close spellings in any script)."""
    endorsers = statement_import.endorsers
    pages = max(1, -(-len(endorsers) // page_size))
    page = min(max(page, 1), pages)
    start = (page - 1) * page_size
    window = list(enumerate(endorsers[start : start + page_size], start=start))
    organizations = [
        (position, row) for position, row in window if row["kind"] == EndorsementKind.ORGANIZATION
    ]
    found = organization_matches(
        endorsers=[[row["name"], *row["alt_names"]] for _, row in organizations]
    )
    matches = {position: match for (position, _), match in zip(organizations, found, strict=True)}
    chosen = Organization.objects.in_bulk(
        {int(row["match"]) for _, row in window if str(row["match"]).isdigit()}
    )
    rows = []
    for position, row in window:
        candidates = matches.get(position, [])
        current = chosen.get(int(row["match"])) if str(row["match"]).isdigit() else None
        if current is not None and all(m.organization.pk != current.pk for m in candidates):
            candidates = [OrganizationMatch(current, 100), *candidates]
        rows.append(ReviewRow(position=position, endorser=row, matches=candidates))
    return ReviewPage(rows=rows, page=page, pages=pages)


@dataclass(frozen=True)
class SourcePiece:
    text: str
    # The endorser found here, and the review page that lists it; None elsewhere.
    position: int | None = None
    page: int | None = None


def statement_import_source_pieces(
    *, statement_import: StatementImport, page_size: int = REVIEW_PAGE_SIZE
) -> list[SourcePiece]:
    """The source text cut at every extracted entry, so the review can highlight
    each where it was found."""
    pieces: list[SourcePiece] = []
    text, cursor = statement_import.source_text, 0
    spans = sorted(
        (row["start"], row["end"], position)
        for position, row in enumerate(statement_import.endorsers)
        if row["end"] > row["start"]
    )
    for start, end, position in spans:
        if start < cursor:
            continue  # an entry inside another one's span is marked by the outer one
        if start > cursor:
            pieces.append(SourcePiece(text[cursor:start]))
        pieces.append(SourcePiece(text[start:end], position, position // page_size + 1))
        cursor = end
    if cursor < len(text):
        pieces.append(SourcePiece(text[cursor:]))
    return pieces
