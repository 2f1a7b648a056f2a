"""Loads the demonstration content once.

Users, organisations and statements go through the services. Endorsements are
written in bulk: hundreds of signatures through the submit services would queue
hundreds of confirmation e-mails. They are written as the services leave them
after confirmation (and approval), and the statements' public counters are then
set to the exact numbers of published rows.
"""

import random
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from solidarity.accounts.services import user_create
from solidarity.core.crypto import email_hash, encrypt
from solidarity.endorsements.models import (
    DisplayMode,
    Endorsement,
    EndorsementKind,
    EndorsementStatus,
)
from solidarity.endorsements.services import initials, sort_key
from solidarity.organizations.models import Organization, OrganizationDomain
from solidarity.organizations.services import organization_create
from solidarity.statements.models import Statement, StatementVersion
from solidarity.statements.services import (
    statement_create,
    statement_edit,
    statement_publish,
    statement_translation_save,
)

from . import content

DEMO_EMAIL = "demo@solidarity.example"
# Documented in the README and printed by `solidarity demo`; a demonstration only.
DEMO_PASSWORD = "solidarity-demo"  # noqa: S105
SEED = 1889


def demo_loaded() -> bool:
    return get_user_model().objects.filter(email__iexact=DEMO_EMAIL).exists()


def _organizations(owner: User) -> dict[str, Organization]:
    created: dict[str, Organization] = {}
    for spec in content.ORGANIZATIONS:
        created[spec["key"]] = organization_create(
            acting_user=owner if spec.get("owned") else None,
            name=spec["name"],
            alt_names=spec.get("alt_names", ()),
            acronym=spec.get("acronym", ""),
            kind=spec["kind"],
            countries=spec["countries"],
            parent=created[spec["parent"]] if spec.get("parent") else None,
            website=spec.get("website", ""),
        )
    return created


def _backdate(version: StatementVersion, when: datetime) -> None:
    # Demonstration history: the texts appear to have been published days ago.
    StatementVersion.objects.filter(pk=version.pk).update(published_at=when)


def _statement(
    spec: dict[str, Any], owner: User, organizations: dict[str, Organization], now: datetime
) -> Statement:
    statement = statement_create(
        acting_user=owner,
        title=spec["title"],
        body=spec["body"],
        language=spec["language"],
        initiators=[organizations[key] for key in spec["initiators"]],
        demands=spec["demands"],
        footnotes=spec["footnotes"],
    )
    first = statement_publish(statement=statement, acting_user=owner)
    _backdate(first, now - timedelta(days=14))
    for translation in spec.get("translations_v1", []):
        statement_translation_save(statement=statement, acting_user=owner, **translation)
    second = spec.get("version_2")
    if second:
        statement_edit(
            statement=statement,
            acting_user=owner,
            title=spec["title"],
            body=spec["body"] + second["body_added"],
            demands=[*spec["demands"], *second["demands_added"]],
            footnotes=[*spec["footnotes"], *second["footnotes_added"]],
        )
        _backdate(
            statement_publish(statement=statement, acting_user=owner), now - timedelta(days=10)
        )
    for translation in spec.get("translations", []):
        statement_translation_save(statement=statement, acting_user=owner, **translation)
    statement.refresh_from_db()
    return statement


def _person(rng: random.Random) -> tuple[str, str, str]:
    """A fictional name with a plausible country and interface language."""
    pool = rng.choice(content.NAME_POOLS)
    given, gender = rng.choice(pool["given"])
    masculine, feminine = rng.choice(pool["family"])
    family = feminine if gender == "f" else masculine
    name = f"{family}{given}" if pool.get("korean") else f"{given} {family}"
    return name, rng.choice(pool["countries"]), pool["language"]


def _times(rng: random.Random, now: datetime, days: int) -> tuple[datetime, datetime]:
    sent = now - timedelta(seconds=rng.randrange(3600, days * 86400))
    return sent, sent + timedelta(seconds=rng.randrange(30, 6 * 3600))


def _contact(address: str) -> dict[str, str]:
    return {"email_encrypted": encrypt(address), "email_hash": email_hash(address)}


def _individuals(
    statement: Statement, count: int, rng: random.Random, now: datetime, days: int
) -> list[Endorsement]:
    rows = []
    for number in range(count):
        name, country, language = _person(rng)
        display = rng.choices(
            [DisplayMode.FULL, DisplayMode.INITIALS, DisplayMode.WITHHELD], weights=[78, 12, 10]
        )[0]
        public_name = {DisplayMode.FULL: name, DisplayMode.INITIALS: initials(name)}.get(
            display, ""
        )
        sent, confirmed = _times(rng, now, days)
        rows.append(
            Endorsement(
                statement=statement,
                version_id=statement.current_version_id,  # type: ignore[misc]
                kind=EndorsementKind.INDIVIDUAL,
                status=EndorsementStatus.PUBLISHED,
                name=name,
                display=display,
                public_name=public_name,
                sort_name=sort_key(public_name),
                country=country,
                affiliation=rng.choice(content.AFFILIATIONS) if rng.random() < 0.3 else "",
                language=language,
                confirmation_sent_at=sent,
                # Most demo browsers solved the bot check; a few did not, so the
                # moderation page has some signatures to show.
                bot_check_passed=number % 40 != 7,
                confirmed_at=confirmed,
                published_at=confirmed,
                **_contact(f"signer-{statement.language}-{number:03d}@example.org"),
            )
        )
    return rows


def _organization_row(
    statement: Statement,
    *,
    organization: Organization | None,
    signer_name: str,
    signer_role: str,
    address: str,
    published: bool,
    rng: random.Random,
    now: datetime,
    days: int,
    moderator: User,
    proposed: dict[str, Any] | None = None,
    domain_verified: bool = False,
) -> Endorsement:
    display_name = organization.name if organization else (proposed or {})["name"]
    country = (
        organization.countries[0].code
        if organization and organization.countries
        else (proposed or {}).get("countries", [""])[0]
    )
    sent, confirmed = _times(rng, now, days)
    return Endorsement(
        statement=statement,
        version_id=statement.current_version_id,  # type: ignore[misc]
        kind=EndorsementKind.ORGANIZATION,
        status=EndorsementStatus.PUBLISHED if published else EndorsementStatus.AWAITING_APPROVAL,
        name=signer_name,
        signer_role=signer_role,
        organization=organization,
        proposed_organization=proposed,
        signer_domain_verified=domain_verified,
        public_name=display_name,
        sort_name=sort_key(display_name),
        country=country,
        language=statement.language,
        confirmation_sent_at=sent,
        bot_check_passed=True,
        confirmed_at=confirmed,
        published_at=confirmed + timedelta(hours=rng.randrange(1, 20)) if published else None,
        moderated_by=moderator if published else None,
        **_contact(address),
    )


def _organizations_endorsing(
    statement: Statement,
    keys: list[str],
    organizations: dict[str, Organization],
    rng: random.Random,
    now: datetime,
    days: int,
    moderator: User,
) -> list[Endorsement]:
    rows = []
    for key in keys:
        signer, _country, _language = _person(rng)
        rows.append(
            _organization_row(
                statement,
                organization=organizations[key],
                signer_name=signer,
                signer_role=rng.choice(content.SIGNER_ROLES),
                address=f"contact@{organizations[key].slug}.example.org",
                published=True,
                rng=rng,
                now=now,
                days=days,
                moderator=moderator,
            )
        )
    return rows


def _pending(
    statement: Statement,
    organizations: dict[str, Organization],
    rng: random.Random,
    now: datetime,
    moderator: User,
) -> list[Endorsement]:
    rows = []
    for spec in content.PENDING_EN:
        organization = organizations.get(spec.get("organization", ""))
        domain = spec.get("domain", "")
        if organization is not None and domain:
            # Seed data: the platform has verified this domain for the organisation.
            OrganizationDomain.objects.create(organization=organization, domain=domain)
        slug = organization.slug if organization else "valparaiso-committee"
        rows.append(
            _organization_row(
                statement,
                organization=organization,
                proposed=spec.get("proposed"),
                signer_name=spec["signer_name"],
                signer_role=spec["signer_role"],
                address=f"secretary@{domain or slug + '.example.org'}",
                domain_verified=bool(domain),
                published=False,
                rng=rng,
                now=now,
                days=2,
                moderator=moderator,
            )
        )
    return rows


def _recount(statement: Statement) -> None:
    published = Endorsement.objects.filter(statement=statement, status=EndorsementStatus.PUBLISHED)
    individuals = published.filter(kind=EndorsementKind.INDIVIDUAL)
    Statement.objects.filter(pk=statement.pk).update(
        organizations_count=published.filter(kind=EndorsementKind.ORGANIZATION).count(),
        individuals_count=individuals.count(),
        withheld_count=individuals.filter(display=DisplayMode.WITHHELD).count(),
    )


@transaction.atomic
def load_demo(seed: int = SEED) -> bool:
    """Load the demonstration content unless it is there; return whether it loaded."""
    if demo_loaded():
        return False
    rng = random.Random(seed)
    now = timezone.now()
    owner = user_create(email=DEMO_EMAIL, password=DEMO_PASSWORD)
    organizations = _organizations(owner)
    rows: list[Endorsement] = []
    statements = []
    for spec, days in ((content.STATEMENT_EN, 10), (content.STATEMENT_ES, 14)):
        statement = _statement(spec, owner, organizations, now)
        statements.append(statement)
        rows += _individuals(statement, spec["individuals"], rng, now, days)
        rows += _organizations_endorsing(
            statement, spec["organizations"], organizations, rng, now, days, owner
        )
        if spec is content.STATEMENT_EN:
            rows += _pending(statement, organizations, rng, now, owner)
    Endorsement.objects.bulk_create(rows, batch_size=200)
    for statement in statements:
        _recount(statement)
    return True
