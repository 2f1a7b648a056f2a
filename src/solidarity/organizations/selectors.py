from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db.models import Q, QuerySet
from django.db.models.functions import Upper
from rapidfuzz import fuzz, process

from .models import Membership, Organization, OrganizationName
from .names import mixed_script_words, search_key, skeleton


def organization_list_for_user(*, user: User, roles: tuple[str, ...]) -> QuerySet[Organization]:
    return Organization.objects.filter(
        memberships__user=user, memberships__role__in=roles
    ).distinct()


def organization_get(*, slug: str) -> Organization | None:
    return Organization.objects.filter(slug=slug).prefetch_related("alt_names").first()


def organization_find(*, reference: str) -> Organization | None:
    """The one organisation whose slug, name, other name or acronym is `reference`,
    ignoring case and accents."""
    key = search_key(reference)
    for lookup, value in (
        ("slug", reference),
        ("name_key", key),
        ("alt_names__name_key", key),
        ("acronym__iexact", reference),
    ):
        matches = list(Organization.objects.filter(**{lookup: value}).distinct()[:2])
        if len(matches) == 1:
            return matches[0]
    return None


def organization_name_choices(*, limit: int = 1000) -> list[str]:
    return list(Organization.objects.order_by("name").values_list("name", flat=True)[:limit])


def organization_search(*, query: str, limit: int = 20) -> list[Organization]:
    """Organisations any of whose names contains `query`, ignoring case and accents,
    in whatever script; or whose acronym is `query`."""
    key = search_key(query)
    if not key:
        return []
    return list(
        Organization.objects.filter(
            Q(name_key__contains=key)
            | Q(alt_names__name_key__contains=key)
            | Q(acronym__iexact=query.strip())
        )
        .distinct()
        .order_by("name")[:limit]
    )


def organization_name_warnings(*, names: Sequence[str]) -> list[dict[str, str]]:
    """What moderators should check about these names: words that mix scripts, and
    look-alikes of a verified organisation's name (the same skeleton, another text)."""
    warnings = [
        {"kind": "mixed_script", "word": word}
        for name in names
        for word in mixed_script_words(name)
    ]
    skeletons = {skeleton(name) for name in names}
    texts = {search_key(name) for name in names}
    for verified in Organization.objects.filter(verified=True).prefetch_related("alt_names"):
        for other in [verified.name, *(alt.name for alt in verified.alt_names.all())]:
            if skeleton(other) in skeletons and search_key(other) not in texts:
                warnings.append(
                    {"kind": "looks_like", "slug": verified.slug, "name": verified.name}
                )
                break
    return warnings


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


@dataclass(frozen=True)
class OrganizationMatch:
    organization: Organization
    # 100: one of the names (ignoring case and accents) or the acronym is the same;
    # below: the closest spelling of a name, as rapidfuzz scores it.
    score: float


def organization_matches(
    *, endorsers: Sequence[Sequence[str]], limit: int = 3, cutoff: float | None = 85
) -> list[list[OrganizationMatch]]:
    """For each endorser, given by its names in any script and its acronyms, the
    registered organisations it may be, best first; with ``cutoff`` None, only the
    same names. The registry is read once, so a page of endorsers costs a few
    queries, not a few per endorser."""
    by_key: dict[str, set[int]] = defaultdict(set)
    for organization_id, key in [
        *Organization.objects.values_list("pk", "name_key"),
        *OrganizationName.objects.values_list("organization_id", "name_key"),
    ]:
        if key:
            by_key[key].add(organization_id)
    by_acronym: dict[str, set[int]] = defaultdict(set)
    for organization_id, acronym in Organization.objects.exclude(acronym="").values_list(
        "pk", Upper("acronym")
    ):
        by_acronym[acronym].add(organization_id)
    keys = list(by_key)
    found: list[dict[int, float]] = []
    for names in endorsers:
        scores: dict[int, float] = {}
        for name in names:
            for organization_id in by_key.get(search_key(name), ()):
                scores[organization_id] = 100
            for organization_id in by_acronym.get(name.strip("() ").upper(), ()):
                scores[organization_id] = 100
        if not scores and cutoff is not None:
            for name in names:
                for key, score, _index in process.extract(
                    search_key(name),
                    keys,
                    scorer=fuzz.token_sort_ratio,
                    score_cutoff=cutoff,
                    limit=limit,
                ):
                    for organization_id in by_key[key]:
                        scores[organization_id] = max(score, scores.get(organization_id, 0))
        found.append(scores)
    organizations = Organization.objects.in_bulk({pk for scores in found for pk in scores})
    return [
        sorted(
            (OrganizationMatch(organizations[pk], score) for pk, score in scores.items()),
            key=lambda match: (-match.score, match.organization.name),
        )[:limit]
        for scores in found
    ]
