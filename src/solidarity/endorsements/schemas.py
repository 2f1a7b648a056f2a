from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field

from solidarity.core.apitools import LanguageCode
from solidarity.statements.schemas import CountsOut


class IndividualEndorsementIn(Schema):
    kind: Literal["individual"]
    name: str
    email: str
    country: str
    affiliation: str = ""
    display: str = "full"
    read_language: LanguageCode = ""
    # The solved proof-of-work challenge (GET /challenge), as ALTCHA encodes it.
    bot_check: str = ""


class OrganizationRefIn(Schema):
    slug: str | None = None
    name: str | None = None
    alt_names: list[str] = []
    countries: list[str] = []
    kind: str | None = None
    parent: str | None = None


class OrganizationEndorsementIn(Schema):
    kind: Literal["organization"]
    organization: OrganizationRefIn
    signer_name: str
    signer_role: str
    email: str
    read_language: LanguageCode = ""
    bot_check: str = ""


EndorsementIn = Annotated[
    IndividualEndorsementIn | OrganizationEndorsementIn, Field(discriminator="kind")
]


class ChallengeOut(Schema):
    algorithm: str
    challenge: str
    maxNumber: int  # noqa: N815 - the name ALTCHA solvers read
    salt: str
    signature: str


class AcceptedOut(Schema):
    status: Literal["awaiting_confirmation"] = "awaiting_confirmation"


class TokenIn(Schema):
    token: str


class EndorsementStateOut(Schema):
    status: str


class OrganizationEndorserOut(Schema):
    name: str
    alt_names: list[str]
    acronym: str
    countries: list[str]
    parent: str | None
    # "signed" here, or "imported" from the list published with the original text.
    origin: str


class IndividualEndorserOut(Schema):
    display_name: str
    country: str
    affiliation: str
    origin: str


class EndorserListOut(Schema):
    organizations: list[OrganizationEndorserOut]
    individuals: list[IndividualEndorserOut]
    counts: CountsOut
    page: int
    next: int | None
    # Cursors of the next page of each list (`orgs_after=` / `people_after=`): a page
    # read after a cursor costs the same however deep it is.
    orgs_next: str | None
    people_next: str | None


class PendingOut(Schema):
    id: int
    organization: str | None
    organization_slug: str | None
    proposed_organization: dict | None
    signer_name: str
    signer_role: str
    signer_domain_verified: bool
    confirmed_at: str | None


class RejectIn(Schema):
    reason: str
