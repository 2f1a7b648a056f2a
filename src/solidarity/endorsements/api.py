import json

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from ninja import Router, Status

from solidarity.core.apitools import BearerToken, Slug, validated, validated_form
from solidarity.core.http import found_or_404
from solidarity.core.proof_of_work import challenge_create
from solidarity.statements.models import Statement
from solidarity.statements.schemas import CountsOut
from solidarity.statements.selectors import (
    statement_get_for_signing,
    statement_get_public,
    statement_read_language,
)
from solidarity.statements.services import statement_require_moderator

from .forms import IndividualEndorsementForm, OrganizationEndorsementForm, RejectForm
from .gate import individual_sign, signing_admit
from .models import Endorsement, EndorsementKind
from .schemas import (
    AcceptedOut,
    ChallengeOut,
    EndorsementIn,
    EndorsementStateOut,
    EndorserListOut,
    IndividualEndorsementIn,
    IndividualEndorserOut,
    OrganizationEndorserOut,
    PendingOut,
    RejectIn,
    TokenIn,
)
from .selectors import endorsement_pending_list, endorser_page
from .services import (
    endorsement_approve,
    endorsement_confirm,
    endorsement_reject,
    endorsement_submit_organization,
    endorsement_withdraw,
)

router = Router(tags=["endorsements"])


def _statement(slug: str) -> Statement:
    return found_or_404(statement_get_public(slug=slug))


@router.post(
    "statements/{slug}/endorsements",
    response={202: AcceptedOut},
    url_name="endorsement_submit",
    operation_id="endorsement_submit",
    summary="Endorse a statement; a confirmation e-mail follows. A repeat answers the same.",
)
def endorsement_submit_endpoint(request: HttpRequest, slug: Slug, payload: EndorsementIn):  # type: ignore[no-untyped-def]
    statement = found_or_404(statement_get_for_signing(slug=slug))
    if isinstance(payload, IndividualEndorsementIn):
        individual_sign(
            request,
            statement=statement,
            data=validated(IndividualEndorsementForm, payload.dict()),
            read_language=payload.read_language,
            bot_check=payload.bot_check,
        )
    else:
        ref = payload.organization
        form = validated_form(
            OrganizationEndorsementForm,
            {
                "organization": ref.slug or "",
                "org_name": ref.name or "",
                "org_alt_names": ref.alt_names,
                "org_countries": ref.countries,
                "org_kind": ref.kind or "",
                "org_parent": ref.parent or "",
                "signer_name": payload.signer_name,
                "signer_role": payload.signer_role,
                "email": payload.email,
            },
        )
        endorsement_submit_organization(
            statement=statement,
            signer_name=form.cleaned_data["signer_name"],
            signer_role=form.cleaned_data["signer_role"],
            email=form.cleaned_data["email"],
            organization=form.cleaned_data["organization"],
            proposed_organization=form.proposed_organization(),
            language=translation.get_language(),
            read_language=statement_read_language(
                statement=statement, requested=payload.read_language
            ),
            bot_check_passed=signing_admit(
                request,
                statement=statement,
                email=form.cleaned_data["email"],
                bot_check=payload.bot_check,
            ),
        )
    return Status(202, AcceptedOut())


@router.get(
    "challenge",
    response=ChallengeOut,
    url_name="challenge",
    operation_id="challenge",
    summary="A proof-of-work challenge; send its solution as `bot_check` when signing",
)
def challenge_endpoint(request: HttpRequest):  # type: ignore[no-untyped-def]
    return json.loads(challenge_create())


@router.get(
    "statements/{slug}/endorsements",
    response=EndorserListOut,
    url_name="endorser_list",
    operation_id="endorser_list",
    summary="Current endorsers, a page at a time",
)
def endorser_list_endpoint(  # type: ignore[no-untyped-def]
    request: HttpRequest,
    slug: Slug,
    page: int = 1,
    sort: str = "name",
    orgs_after: str | None = None,
    people_after: str | None = None,
):
    statement = _statement(slug)
    page = max(1, min(page, 100_000))
    # Names sort for the language the client asked for (Accept-Language).
    language = translation.get_language() or settings.LANGUAGE_CODE
    organizations, individuals = (
        endorser_page(
            statement=statement, kind=kind, sort=sort, language=language, page=page, after=after
        )
        for kind, after in (
            (EndorsementKind.ORGANIZATION, orgs_after),
            (EndorsementKind.INDIVIDUAL, people_after),
        )
    )
    return EndorserListOut(
        organizations=[
            OrganizationEndorserOut(
                name=e.organization.name,
                alt_names=[alt.name for alt in e.organization.alt_names.all()],
                acronym=e.organization.acronym,
                countries=[c.code for c in e.organization.countries],
                parent=e.organization.parent.name if e.organization.parent else None,
                origin=e.origin,
            )
            for e in organizations.items
            if e.organization is not None
        ],
        individuals=[
            IndividualEndorserOut(
                display_name=e.public_name,
                country=e.country.code or "",
                affiliation=e.affiliation,
                origin=e.origin,
            )
            for e in individuals.items
        ],
        counts=CountsOut(
            organizations=statement.organizations_count,
            individuals=statement.individuals_count,
            withheld=statement.withheld_count,
        ),
        page=page,
        next=page + 1 if organizations.has_next or individuals.has_next else None,
        orgs_next=organizations.next_cursor,
        people_next=individuals.next_cursor,
    )


@router.get(
    "statements/{slug}/endorsements/pending",
    response=list[PendingOut],
    auth=BearerToken(),
    url_name="endorsement_pending",
    operation_id="endorsement_pending",
    summary="Organisation endorsements awaiting an initiator's approval",
)
def endorsement_pending_endpoint(request: HttpRequest, slug: Slug):  # type: ignore[no-untyped-def]
    statement = _statement(slug)
    statement_require_moderator(statement=statement, user=request.user)  # type: ignore[arg-type]
    return [_pending_out(e) for e in endorsement_pending_list(statement=statement)]


def _pending_out(e: Endorsement) -> PendingOut:
    return PendingOut(
        id=e.pk,
        organization=e.organization.name if e.organization else None,
        organization_slug=e.organization.slug if e.organization else None,
        proposed_organization=e.proposed_organization,
        signer_name=e.name,
        signer_role=e.signer_role,
        signer_domain_verified=e.signer_domain_verified,
        confirmed_at=e.confirmed_at.isoformat() if e.confirmed_at else None,
    )


@router.post(
    "endorsements/confirm",
    response=EndorsementStateOut,
    url_name="endorsement_confirm",
    operation_id="endorsement_confirm",
    summary="Confirm an endorsement with its e-mail token",
)
def endorsement_confirm_endpoint(request: HttpRequest, payload: TokenIn):  # type: ignore[no-untyped-def]
    endorsement = endorsement_confirm(token=payload.token)
    return EndorsementStateOut(status=endorsement.status)


@router.post(
    "endorsements/withdraw",
    response=EndorsementStateOut,
    url_name="endorsement_withdraw",
    operation_id="endorsement_withdraw",
    summary="Withdraw an endorsement and erase its contact data",
)
def endorsement_withdraw_endpoint(request: HttpRequest, payload: TokenIn):  # type: ignore[no-untyped-def]
    endorsement = endorsement_withdraw(token=payload.token)
    return EndorsementStateOut(status=endorsement.status)


@router.post(
    "endorsements/{endorsement_id}/approve",
    response=EndorsementStateOut,
    auth=BearerToken(),
    url_name="endorsement_approve",
    operation_id="endorsement_approve",
    summary="Approve an organisation endorsement",
)
def endorsement_approve_endpoint(request: HttpRequest, endorsement_id: int):  # type: ignore[no-untyped-def]
    endorsement = endorsement_approve(endorsement_id=endorsement_id, acting_user=request.user)  # type: ignore[arg-type]
    return EndorsementStateOut(status=endorsement.status)


@router.post(
    "endorsements/{endorsement_id}/reject",
    response=EndorsementStateOut,
    auth=BearerToken(),
    url_name="endorsement_reject",
    operation_id="endorsement_reject",
    summary="Reject an organisation endorsement with a reason",
)
def endorsement_reject_endpoint(request: HttpRequest, endorsement_id: int, payload: RejectIn):  # type: ignore[no-untyped-def]
    data = validated(RejectForm, payload.dict())
    endorsement = endorsement_reject(
        endorsement_id=endorsement_id,
        acting_user=request.user,  # type: ignore[arg-type]
        reason=data["reason"],
    )
    return EndorsementStateOut(status=endorsement.status)
