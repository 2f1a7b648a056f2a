from ninja import Schema


class OrganizationIn(Schema):
    name: str
    alt_names: list[str] = []
    acronym: str = ""
    kind: str = "other"
    countries: list[str]
    parent: str | None = None
    website: str = ""


class OrganizationOut(Schema):
    slug: str
    name: str
    alt_names: list[str]
    acronym: str
    kind: str
    countries: list[str]
    parent: str | None
    website: str
    verified: bool
    # Reasons moderators are warned about the names (mixed scripts, look-alike).
    name_warnings: list[dict[str, str]] = []
