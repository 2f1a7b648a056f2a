import hashlib
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from solidarity.core.errors import Conflict, PermissionDenied
from solidarity.organizations.models import MembershipRole, Organization
from solidarity.organizations.selectors import user_has_role
from solidarity.organizations.services import unique_slug

from .models import (
    Statement,
    StatementInitiator,
    StatementStatus,
    StatementTranslation,
    StatementVersion,
    TranslationStatus,
)

EDITOR_ROLES = (MembershipRole.OWNER, MembershipRole.EDITOR)
MODERATOR_ROLES = (MembershipRole.OWNER, MembershipRole.EDITOR, MembershipRole.MODERATOR)


def statement_content_hash(
    *, title: str, body: str, demands: list[str], footnotes: list[str]
) -> str:
    canonical = json.dumps(
        {"title": title, "body": body, "demands": demands, "footnotes": footnotes},
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def _initiator_ids(statement: Statement) -> list[int]:
    return list(statement.initiators.values_list("pk", flat=True))


def statement_require_editor(*, statement: Statement, user: User) -> None:
    if not user_has_role(user=user, organization_ids=_initiator_ids(statement), roles=EDITOR_ROLES):
        raise PermissionDenied(_("Only editors of an initiating organisation may do this."))


def statement_require_moderator(*, statement: Statement, user: User) -> None:
    if not user_has_role(
        user=user, organization_ids=_initiator_ids(statement), roles=MODERATOR_ROLES
    ):
        raise PermissionDenied(_("Only the initiators of this statement may moderate it."))


def _lock(statement: Statement) -> Statement:
    return Statement.objects.select_for_update().get(pk=statement.pk)


@transaction.atomic
def statement_create(
    *,
    acting_user: User,
    title: str,
    body: str,
    language: str,
    initiators: Sequence[Organization],
    demands: Sequence[str] = (),
    footnotes: Sequence[str] = (),
    originally_published_on: date | None = None,
) -> Statement:
    """Create a draft statement (version 1, unpublished)."""
    if not initiators:
        raise PermissionDenied(_("A statement needs at least one initiating organisation."))
    for organization in initiators:
        if not user_has_role(
            user=acting_user, organization_ids=[organization.pk], roles=EDITOR_ROLES
        ):
            raise PermissionDenied(
                _("You are not an editor of %(organization)s.")
                % {"organization": organization.name},
                field="initiators",
            )
    statement = Statement(
        slug=unique_slug(Statement, title, fallback="statement"),
        language=language,
        created_by=acting_user,
        originally_published_on=originally_published_on,
    )
    statement.full_clean(exclude=["current_version"])
    statement.save()
    for position, organization in enumerate(initiators):
        StatementInitiator.objects.create(
            statement=statement, organization=organization, position=position
        )
    _version_create(
        statement=statement,
        number=1,
        title=title,
        body=body,
        demands=list(demands),
        footnotes=list(footnotes),
    )
    return statement


def _version_create(
    *,
    statement: Statement,
    number: int,
    title: str,
    body: str,
    demands: list[str],
    footnotes: list[str],
) -> StatementVersion:
    version = StatementVersion(
        statement=statement,
        number=number,
        title=title,
        body=body,
        demands=demands,
        footnotes=footnotes,
        content_hash=statement_content_hash(
            title=title, body=body, demands=demands, footnotes=footnotes
        ),
    )
    version.full_clean()
    version.save()
    return version


@transaction.atomic
def statement_edit(
    *,
    statement: Statement,
    acting_user: User,
    title: str,
    body: str,
    demands: Sequence[str],
    footnotes: Sequence[str],
) -> StatementVersion:
    """Change the draft text; a published version is never changed, so editing a
    published statement starts the draft of the next version."""
    statement_require_editor(statement=statement, user=acting_user)
    statement = _lock(statement)
    draft = statement.versions.filter(published_at__isnull=True).first()
    fields: dict[str, Any] = {
        "title": title,
        "body": body,
        "demands": list(demands),
        "footnotes": list(footnotes),
    }
    if draft is None:
        last = statement.versions.order_by("-number").values_list("number", flat=True).first() or 0
        return _version_create(statement=statement, number=last + 1, **fields)
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.content_hash = statement_content_hash(**fields)  # type: ignore[arg-type]
    draft.full_clean()
    draft.save(update_fields=[*fields, "content_hash", "updated_at"])
    return draft


@transaction.atomic
def statement_publish(*, statement: Statement, acting_user: User) -> StatementVersion:
    """Publish the draft text as the current version; opens a new statement."""
    statement_require_editor(statement=statement, user=acting_user)
    statement = _lock(statement)
    draft = statement.versions.filter(published_at__isnull=True).first()
    if draft is None:
        raise Conflict(_("There is no new text to publish."))
    current = statement.current_version
    if current is not None and current.content_hash == draft.content_hash:
        raise Conflict(_("The new text is identical to the published version."))
    draft.published_at = timezone.now()
    draft.save(update_fields=["published_at"])
    statement.current_version = draft
    update = ["current_version"]
    if statement.status == StatementStatus.DRAFT:
        statement.status = StatementStatus.OPEN
        update.append("status")
    statement.save(update_fields=update)
    return draft


def _set_status(
    *, statement: Statement, acting_user: User, source: str, target: str, message: str
) -> Statement:
    statement_require_editor(statement=statement, user=acting_user)
    statement = _lock(statement)
    if statement.status != source:
        raise Conflict(message)
    statement.status = target
    statement.save(update_fields=["status"])
    return statement


@transaction.atomic
def statement_close(*, statement: Statement, acting_user: User) -> Statement:
    return _set_status(
        statement=statement,
        acting_user=acting_user,
        source=StatementStatus.OPEN,
        target=StatementStatus.CLOSED,
        message=_("Only an open statement can be closed."),
    )


@transaction.atomic
def statement_reopen(*, statement: Statement, acting_user: User) -> Statement:
    return _set_status(
        statement=statement,
        acting_user=acting_user,
        source=StatementStatus.CLOSED,
        target=StatementStatus.OPEN,
        message=_("Only a closed statement can be reopened."),
    )


@transaction.atomic
def statement_translation_save(
    *,
    statement: Statement,
    acting_user: User,
    language: str,
    title: str,
    body: str,
    demands: Sequence[str] = (),
    footnotes: Sequence[str] = (),
    translator: str = "",
    status: str = TranslationStatus.DRAFT,
) -> StatementTranslation:
    """Create or update the translation into `language`; saving it records that it
    now follows the current version of the original."""
    statement_require_editor(statement=statement, user=acting_user)
    statement = _lock(statement)
    if statement.current_version_id is None:
        raise Conflict(_("Publish the statement before translating it."))
    if language == statement.language:
        raise Conflict(
            _("This is the statement's original language; edit the statement instead."),
            field="language",
        )
    translation, _created = StatementTranslation.objects.update_or_create(
        statement=statement,
        language=language,
        defaults={
            "version_id": statement.current_version_id,
            "title": title,
            "body": body,
            "demands": list(demands),
            "footnotes": list(footnotes),
            "translator": translator,
            "status": status,
        },
    )
    return translation
