from django.http import Http404, HttpRequest
from ninja import Router, Status

from solidarity.core.apitools import BearerToken, Slug, validated

from .forms import OrganizationForm
from .models import Organization
from .schemas import OrganizationIn, OrganizationOut
from .selectors import organization_get
from .services import organization_create

router = Router(tags=["organizations"])


def organization_out(organization: Organization) -> OrganizationOut:
    return OrganizationOut(
        slug=organization.slug,
        name=organization.name,
        alt_names=[alt.name for alt in organization.alt_names.all()],
        acronym=organization.acronym,
        kind=organization.kind,
        countries=[country.code for country in organization.countries],
        parent=organization.parent.slug if organization.parent else None,
        website=organization.website,
        verified=organization.verified,
        name_warnings=organization.name_warnings,
    )


@router.post(
    "",
    response={201: OrganizationOut},
    auth=BearerToken(),
    url_name="organization_create",
    summary="Register an organisation; the caller becomes its owner",
    operation_id="organization_create",
)
def organization_create_endpoint(request: HttpRequest, payload: OrganizationIn):  # type: ignore[no-untyped-def]
    data = validated(OrganizationForm, payload.dict() | {"parent": payload.parent or ""})
    organization = organization_create(acting_user=request.user, **data)  # type: ignore[arg-type]
    return Status(201, organization_out(organization))


@router.get(
    "/{slug}",
    response=OrganizationOut,
    url_name="organization_get",
    summary="An organisation of the registry",
    operation_id="organization_get",
)
def organization_get_endpoint(request: HttpRequest, slug: Slug):  # type: ignore[no-untyped-def]
    organization = organization_get(slug=slug)
    if organization is None:
        raise Http404
    return organization_out(organization)
