import hashlib
import re
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count, F, Prefetch, Q, QuerySet, Window
from django.db.models.functions import RowNumber
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
    has_previous: bool
    pages: int
    # Where the next and previous pages start: links carry these.
    next_cursor: str | None = None
    previous_cursor: str | None = None


# How long the countries of a list are remembered: a country that appears meanwhile
# is listed after the others until then, never left out.
COUNTRY_TALLY_SECONDS = 30


def _country_tally(listed: QuerySet[Endorsement], key: str) -> dict[str, int]:
    """How many listed endorsers each country has: one index scan, shared through the
    cache by every by-country page for a few seconds."""
    tally = cache.get(key)
    if tally is None:
        tally = dict(listed.order_by().values_list("country").annotate(size=Count("pk")))
        cache.set(key, tally, COUNTRY_TALLY_SECONDS)
    return tally


def _segments(
    listed: QuerySet[Endorsement], sort: str, language: str, *, tally_key: str
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
    sizes = _country_tally(listed, tally_key)
    with translation.override(language):
        present = sorted_for_language(
            (code for code in sizes if code), language, key=countries.name
        )
    if "" in sizes:
        present.append("")
    known = [
        (Q(country=code) & segment, sizes[code] if len(names) == 1 else None)
        for code in present
        for segment in names
    ]
    newcomers = [(~Q(country__in=list(sizes)) & segment, None) for segment in names]
    return known + newcomers


Positioned = tuple[int, Endorsement]  # a row and the segment it was read from
_CURSOR = re.compile(r"^(\d{1,4})\.([0-9a-f]{0,200})\.(\d{1,19})$")


@dataclass(frozen=True)
class Cursor:
    """A place in the list: after (or before) this row of this segment. Links carry
    it, so that every page is read from an index position, not counted up to."""

    segment: int
    key: str
    pk: int

    def __str__(self) -> str:
        return f"{self.segment}.{self.key}.{self.pk}"

    @classmethod
    def parse(cls, text: str | None) -> "Cursor | None":
        found = _CURSOR.match(text or "")
        if found is None:
            return None
        return cls(int(found[1]), found[2], int(found[3]))

    @classmethod
    def of(cls, positioned: Positioned) -> "Cursor":
        segment, row = positioned
        return cls(segment, row.sort_name, row.pk)


def _after(key: str, pk: int) -> Q:
    """Rows after (sort key, id) in list order. The plain bound lets the database start
    its index scan there; the OR alone would make it read the index from the start."""
    return Q(sort_name__gte=key) & (Q(sort_name__gt=key) | Q(sort_name=key, pk__gt=pk))


# Deep in a long list, a page named by its number is read from the nearest landmark
# before it: every LANDMARK_EVERY-th row of each segment, found in one index-only scan
# and remembered like the country tally.
LANDMARK_EVERY = 1000


@dataclass(frozen=True)
class Landmarks:
    keys: list[tuple[str, int]]  # (sort key, id) of rows LANDMARK_EVERY, 2 × …, …
    size: int  # rows in the segment

    def before(self, offset: int) -> tuple[int, Q]:
        """The position of the last landmark at or before ``offset`` rows, and the
        filter for the rows after it."""
        passed = min(offset // LANDMARK_EVERY, len(self.keys))
        if not passed:
            return 0, Q()
        return passed * LANDMARK_EVERY, _after(*self.keys[passed - 1])


def _landmarks(part: QuerySet[Endorsement], key: str, most: int) -> Landmarks:
    found = cache.get(key)
    if found is None:
        numbered = part.annotate(
            position=Window(RowNumber(), order_by=(F("sort_name").asc(), F("pk").asc())),
            size=Window(Count("pk")),
        )
        rows = list(
            numbered.filter(
                position__in=range(LANDMARK_EVERY, most + 1, LANDMARK_EVERY)
            ).values_list("sort_name", "pk", "size")
        )
        size = rows[0][2] if rows else part.count()  # shorter than one step: cheap
        found = Landmarks(keys=[(sort_name, pk) for sort_name, pk, _ in rows], size=size)
        cache.set(key, found, COUNTRY_TALLY_SECONDS)
    return found


def _rows_at(part: QuerySet[Endorsement], offset: int, limit: int) -> list[Endorsement]:
    """``limit`` rows of ``part`` in list order from ``offset`` on. Deep in the list,
    the rows skipped are found by their ids alone, which the listing index holds
    (an index-only scan), and only the page's rows are read in full."""
    ordered = part.order_by("sort_name", "id")
    if not offset:
        return list(ordered[:limit])
    ids = list(ordered.values_list("pk", flat=True)[offset : offset + limit])
    by_id = {row.pk: row for row in part.filter(pk__in=ids)}
    return [by_id[pk] for pk in ids if pk in by_id]


def _read(
    listed: QuerySet[Endorsement],
    segments: list[tuple[Q, int | None]],
    offset: int,
    limit: int,
    *,
    landmarks_key: str,
    most: int,
) -> list[Positioned]:
    """``limit`` rows from ``offset`` on, segment after segment. A segment that lies
    wholly before the offset is skipped by its size; the first page reads from the
    start and counts nothing, a deep one starts at a landmark (at most
    LANDMARK_EVERY rows before the page) with the segment's size known."""
    rows: list[Positioned] = []
    for index, (segment, known_size) in enumerate(segments):
        part = listed.filter(segment)
        if known_size is not None and offset >= known_size:
            offset -= known_size
            continue
        if offset >= LANDMARK_EVERY:
            # Keyed by the segment itself: a country new since the tally shifts the
            # segments' numbers, never what a segment's landmarks mean.
            digest = hashlib.blake2b(str(segment).encode(), digest_size=8).hexdigest()
            landmarks = _landmarks(part, f"{landmarks_key}:{digest}", most)
            if offset >= landmarks.size:
                offset -= landmarks.size
                continue
            passed, after = landmarks.before(offset)
            part, offset = part.filter(after), offset - passed
        wanted = limit - len(rows)
        found = _rows_at(part, offset, wanted)
        if not found and offset:
            if index == len(segments) - 1:
                break  # past the end: nothing further to skip to
            offset -= part.count() if known_size is None else known_size
            continue
        rows.extend((index, row) for row in found)
        if len(rows) == limit:
            break
        # This segment ended inside the page: the next one is read from its start.
        offset = 0
    return rows


def _read_from(
    listed: QuerySet[Endorsement],
    segments: list[tuple[Q, int | None]],
    cursor: Cursor,
    limit: int,
    *,
    backwards: bool,
) -> list[Positioned]:
    """``limit`` rows after ``cursor`` (or before it, in list order), each segment
    read from an index position: every page costs the same."""
    last = len(segments) - 1
    if backwards:
        indexes = range(min(cursor.segment, last), -1, -1)
        order: tuple[str, ...] = ("-sort_name", "-id")
        beyond = Q(sort_name__lte=cursor.key) & (
            Q(sort_name__lt=cursor.key) | Q(sort_name=cursor.key, pk__lt=cursor.pk)
        )
    else:
        indexes = range(cursor.segment, last + 1)
        order = ("sort_name", "id")
        beyond = _after(cursor.key, cursor.pk)
    rows: list[Positioned] = []
    for index in indexes:
        part = listed.filter(segments[index][0])
        if index == cursor.segment:
            part = part.filter(beyond)
        rows.extend((index, row) for row in part.order_by(*order)[: limit - len(rows)])
        if len(rows) == limit:
            break
    return rows[::-1] if backwards else rows


def endorser_page(
    *,
    statement: Statement,
    kind: str,
    sort: str = "name",
    language: str = "en",
    page: int = 1,
    after: str | None = None,
    before: str | None = None,
    page_size: int = PAGE_SIZE,
) -> EndorserPage:
    """One page of current endorsers, sorted for a reader of ``language``: the rows
    after (or before) a cursor when one is given, else page number ``page``. Totals
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
    if not total:  # the counters are exact: nothing to look for
        return EndorserPage(items=[], page=1, has_next=False, has_previous=False, pages=1)
    segments = _segments(
        queryset, sort, language, tally_key=f"endorser-countries:{statement.pk}:{kind}"
    )
    after_cursor, before_cursor = Cursor.parse(after), Cursor.parse(before)
    if after_cursor is not None:
        rows = _read_from(queryset, segments, after_cursor, page_size + 1, backwards=False)
        items, has_next, has_previous = rows[:page_size], len(rows) > page_size, True
    elif before_cursor is not None:
        rows = _read_from(queryset, segments, before_cursor, page_size + 1, backwards=True)
        items, has_next, has_previous = rows[-page_size:], True, len(rows) > page_size
    else:
        rows = _read(
            queryset, segments, offset=(page - 1) * page_size, limit=page_size + 1,
            landmarks_key=f"endorser-landmarks:{statement.pk}:{kind}:{sort}:{language}",
            most=total,
        )  # fmt: skip
        items, has_next, has_previous = rows[:page_size], len(rows) > page_size, page > 1
    return EndorserPage(
        items=[row for _segment, row in items],
        page=page,
        has_next=has_next and bool(items),
        has_previous=has_previous and bool(items),
        pages=pages,
        next_cursor=str(Cursor.of(items[-1])) if has_next and items else None,
        previous_cursor=str(Cursor.of(items[0])) if has_previous and items else None,
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
