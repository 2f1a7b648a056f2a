from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from solidarity.core.collation import collation_key
from solidarity.core.crypto import email_domain, email_hash, encrypt, rotate
from solidarity.core.errors import Conflict, NotFound
from solidarity.core.queue import enqueue_durably
from solidarity.core.rows import row_insert_unless_conflict
from solidarity.organizations.models import Organization
from solidarity.organizations.selectors import organization_domain_matches
from solidarity.organizations.services import organization_create
from solidarity.statements.models import Statement, StatementStatus
from solidarity.statements.services import statement_require_moderator

from .models import (
    DisplayMode,
    Endorsement,
    EndorsementKind,
    EndorsementOrigin,
    EndorsementStatus,
)
from .tasks import endorsement_send_rejection
from .tokens import endorsement_public_id


def initials(name: str) -> str:
    return " ".join(f"{word[0]}." for word in name.split() if word)


def sort_key(name: str) -> str:
    """What the public list sorts by: the name's collation key, so "Ángela" sorts
    with "Angela", not after "Zoe", and "Ірина" among the І's, not after "Яна"."""
    return collation_key(name)


def _require_open(statement: Statement) -> None:
    if statement.status != StatementStatus.OPEN or statement.current_version_id is None:
        raise Conflict(_("This statement is not open for endorsements."))


def _submit(
    *, statement: Statement, email: str, language: str | None, public_name: str, **fields: Any
) -> bool:
    """Seal the contact data, record the version being endorsed, insert once.

    The row is its own outbox: it carries its confirmation e-mail as due now, and the
    worker sends what is due (`emails.confirmations_send_due`). So a signature is
    one INSERT, and no e-mail is ever lost between a commit and a queue."""
    fields["read_language"] = fields.get("read_language") or statement.language
    endorsement = Endorsement(
        statement=statement,
        version_id=statement.current_version_id,  # type: ignore[misc]
        public_name=public_name,
        email_encrypted=encrypt(email.strip()),
        email_hash=email_hash(email),
        confirmation_due_at=timezone.now(),
        language=language or translation.get_language() or "en",
        **fields,
    )
    return row_insert_unless_conflict(endorsement)


def endorsement_submit_individual(
    *,
    statement: Statement,
    name: str,
    email: str,
    country: str,
    display: str,
    affiliation: str = "",
    language: str | None = None,
    read_language: str = "",
    bot_check_passed: bool = False,
) -> bool:
    """Record an individual's signature awaiting e-mail confirmation.

    Signing again changes nothing and answers the same, so the caller cannot tell
    whether an address had already signed. One statement, so no transaction of its
    own: a spike of signatures is a spike of single INSERTs.
    """
    _require_open(statement)
    public_name = {DisplayMode.FULL: name, DisplayMode.INITIALS: initials(name)}.get(
        DisplayMode(display), ""
    )
    return _submit(
        statement=statement,
        email=email,
        language=language,
        kind=EndorsementKind.INDIVIDUAL,
        name=name,
        display=display,
        public_name=public_name,
        country=country,
        affiliation=affiliation,
        read_language=read_language,
        bot_check_passed=bot_check_passed,
    )


@transaction.atomic
def endorsement_submit_organization(
    *,
    statement: Statement,
    signer_name: str,
    signer_role: str,
    email: str,
    organization: Organization | None = None,
    proposed_organization: dict[str, Any] | None = None,
    language: str | None = None,
    read_language: str = "",
    bot_check_passed: bool = False,
) -> bool:
    """Record an organisation's endorsement; after e-mail confirmation it waits for
    an initiator's approval."""
    _require_open(statement)
    if (organization is None) == (proposed_organization is None):
        raise Conflict(_("Choose a registered organisation or describe a new one."))
    display_name = organization.name if organization else proposed_organization["name"]  # type: ignore[index]
    return _submit(
        statement=statement,
        email=email,
        language=language,
        kind=EndorsementKind.ORGANIZATION,
        name=signer_name,
        signer_role=signer_role,
        organization=organization,
        proposed_organization=proposed_organization,
        read_language=read_language,
        bot_check_passed=bot_check_passed,
        signer_domain_verified=organization is not None
        and organization_domain_matches(organization=organization, domain=email_domain(email)),
        public_name=display_name,
        country=(
            organization.countries[0].code
            if organization and organization.countries
            else (proposed_organization or {}).get("countries", [""])[0]
        ),
    )


def _by_token(token: str) -> Endorsement:
    public_id = endorsement_public_id(token)
    endorsement = (
        Endorsement.objects.select_for_update().filter(public_id=public_id).first()
        if public_id
        else None
    )
    if endorsement is None:
        raise NotFound(_("This link is not valid. Copy the whole link from the e-mail."))
    return endorsement


def _count_published(endorsement: Endorsement, step: int) -> None:
    if endorsement.kind == EndorsementKind.ORGANIZATION:
        changes = {"organizations_count": F("organizations_count") + step}
    else:
        changes = {"individuals_count": F("individuals_count") + step}
        if endorsement.display == DisplayMode.WITHHELD:
            changes["withheld_count"] = F("withheld_count") + step
    Statement.objects.filter(pk=endorsement.statement_id).update(**changes)


def _publish(endorsement: Endorsement, update_fields: list[str]) -> None:
    """List the endorsement: only then does it need its place in the sorted list."""
    endorsement.status = EndorsementStatus.PUBLISHED
    endorsement.published_at = timezone.now()
    endorsement.sort_name = sort_key(endorsement.public_name)
    endorsement.save(update_fields=[*update_fields, "status", "published_at", "sort_name"])
    _count_published(endorsement, +1)


@transaction.atomic
def endorsement_confirm(*, token: str) -> Endorsement:
    """Confirm the e-mail address. Individuals appear at once; organisations wait
    for approval. Confirming twice is harmless."""
    endorsement = _by_token(token)
    if endorsement.status == EndorsementStatus.WITHDRAWN:
        raise Conflict(_("This endorsement was withdrawn."))
    if endorsement.status != EndorsementStatus.AWAITING_CONFIRMATION:
        return endorsement
    endorsement.confirmed_at = timezone.now()
    if endorsement.kind == EndorsementKind.INDIVIDUAL:
        _publish(endorsement, ["confirmed_at"])
    else:
        endorsement.status = EndorsementStatus.AWAITING_APPROVAL
        endorsement.save(update_fields=["confirmed_at", "status"])
    return endorsement


@transaction.atomic
def endorsement_withdraw(*, token: str) -> Endorsement:
    """Remove the endorsement from the public list and erase the contact data."""
    endorsement = _by_token(token)
    if endorsement.status == EndorsementStatus.WITHDRAWN:
        return endorsement
    if endorsement.status == EndorsementStatus.PUBLISHED:
        _count_published(endorsement, -1)
    endorsement.status = EndorsementStatus.WITHDRAWN
    endorsement.withdrawn_at = timezone.now()
    erased = {
        "name": "",
        "public_name": "",
        "sort_name": "",
        "affiliation": "",
        "signer_role": "",
        "email_encrypted": "",
        "email_hash": None,
        "proposed_organization": None,
    }
    for field, value in erased.items():
        setattr(endorsement, field, value)
    if endorsement.kind == EndorsementKind.INDIVIDUAL:
        endorsement.country = ""
        erased["country"] = ""
    endorsement.save(update_fields=[*erased, "status", "withdrawn_at"])
    return endorsement


def _moderated(*, endorsement_id: int, acting_user: User) -> Endorsement:
    endorsement = (
        Endorsement.objects.select_for_update()
        .select_related("statement")
        .filter(pk=endorsement_id, kind=EndorsementKind.ORGANIZATION)
        .first()
    )
    if endorsement is None:
        raise NotFound(_("There is no such organisation endorsement."))
    statement_require_moderator(statement=endorsement.statement, user=acting_user)
    if endorsement.status != EndorsementStatus.AWAITING_APPROVAL:
        raise Conflict(_("Only confirmed endorsements awaiting approval can be moderated."))
    return endorsement


@transaction.atomic
def endorsement_approve(*, endorsement_id: int, acting_user: User) -> Endorsement:
    endorsement = _moderated(endorsement_id=endorsement_id, acting_user=acting_user)
    update = ["moderated_by"]
    if endorsement.organization_id is None:
        proposed = dict(endorsement.proposed_organization or {})
        parent_slug = proposed.pop("parent", "")
        endorsement.organization = organization_create(
            acting_user=None,
            parent=Organization.objects.filter(slug=parent_slug).first() if parent_slug else None,
            **proposed,
        )
        update.append("organization")
    endorsement.moderated_by = acting_user
    try:
        with transaction.atomic():
            _publish(endorsement, update)
    except IntegrityError as error:
        raise Conflict(_("This organisation has already endorsed the statement.")) from error
    return endorsement


@transaction.atomic
def endorsement_reject(*, endorsement_id: int, acting_user: User, reason: str) -> Endorsement:
    endorsement = _moderated(endorsement_id=endorsement_id, acting_user=acting_user)
    endorsement.status = EndorsementStatus.REJECTED
    endorsement.rejection_reason = reason
    endorsement.moderated_by = acting_user
    endorsement.save(update_fields=["status", "rejection_reason", "moderated_by"])
    enqueue_durably(endorsement_send_rejection, endorsement.pk)
    return endorsement


@transaction.atomic
def endorsement_remove_unchecked(*, endorsement_id: int, acting_user: User) -> Endorsement:
    """Take down a listed signature that came without the bot check, as a moderator
    judges it a bot's. It keeps its keyed address hash, so the same address signing
    again stays a repeat of this removed signature."""
    endorsement = (
        Endorsement.objects.select_for_update()
        .select_related("statement")
        .filter(
            pk=endorsement_id,
            status=EndorsementStatus.PUBLISHED,
            origin=EndorsementOrigin.SIGNED,
            bot_check_passed=False,
        )
        .first()
    )
    if endorsement is None:
        raise NotFound(_("There is no such signature without the bot check."))
    statement_require_moderator(statement=endorsement.statement, user=acting_user)
    endorsement.status = EndorsementStatus.REJECTED
    endorsement.moderated_by = acting_user
    endorsement.save(update_fields=["status", "moderated_by"])
    _count_published(endorsement, -1)
    return endorsement


def endorsement_contact_rotate(*, batch_size: int = 500) -> int:
    """Re-encrypt every stored address with the current (first) key, so an old key can
    then be dropped from SOLIDARITY_ENCRYPTION_KEY. One short transaction per batch."""
    rotated = 0
    last_id = 0
    while True:
        with transaction.atomic():
            batch = list(
                Endorsement.objects.select_for_update()
                .filter(pk__gt=last_id)
                .exclude(email_encrypted="")
                .order_by("pk")
                .only("pk", "email_encrypted")[:batch_size]
            )
            if not batch:
                return rotated
            for endorsement in batch:
                endorsement.email_encrypted = rotate(endorsement.email_encrypted)
            Endorsement.objects.bulk_update(batch, ["email_encrypted"])
        rotated += len(batch)
        last_id = batch[-1].pk


@dataclass(frozen=True)
class PublishedEndorser:
    """One name from a list published with the original text."""

    kind: str
    name: str
    country: str = ""
    affiliation: str = ""
    organization: Organization | None = None


@transaction.atomic
def endorsement_import_published(
    *, statement: Statement, endorsers: Sequence[PublishedEndorser]
) -> int:
    """Record the endorsers listed where the statement was first published, as
    published endorsements of its first version marked as imported.

    An organisation listed twice is recorded once. Returns how many were recorded.
    """
    first_version = statement.versions.order_by("number").first()
    if first_version is None:
        raise Conflict(_("This statement has no text yet."))
    now = timezone.now()
    already = set(
        statement.endorsements.filter(
            kind=EndorsementKind.ORGANIZATION, status=EndorsementStatus.PUBLISHED
        ).values_list("organization_id", flat=True)
    )
    rows = []
    for endorser in endorsers:
        organization = endorser.organization
        if organization is not None:
            if organization.pk in already:
                continue
            already.add(organization.pk)
        public_name = organization.name if organization is not None else endorser.name
        rows.append(
            Endorsement(
                statement=statement,
                version=first_version,
                kind=endorser.kind,
                status=EndorsementStatus.PUBLISHED,
                origin=EndorsementOrigin.IMPORTED,
                name="" if organization is not None else endorser.name,
                public_name=public_name,
                sort_name=sort_key(public_name),
                country=endorser.country,
                affiliation=endorser.affiliation,
                organization=organization,
                language=statement.language,
                read_language=statement.language,
                published_at=now,
            )
        )
    for row in rows:
        row.clean_fields(exclude=["version", "statement", "organization", "name", "sort_name"])
    Endorsement.objects.bulk_create(rows, batch_size=1000)
    organizations = sum(1 for row in rows if row.kind == EndorsementKind.ORGANIZATION)
    Statement.objects.filter(pk=statement.pk).update(
        organizations_count=F("organizations_count") + organizations,
        individuals_count=F("individuals_count") + len(rows) - organizations,
    )
    return len(rows)
