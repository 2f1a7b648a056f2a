from datetime import datetime

from ninja import Schema

from solidarity.core.apitools import Slug


class StatementIn(Schema):
    title: str
    body: str
    language: str
    initiators: list[Slug]
    demands: list[str] = []
    footnotes: list[str] = []


class StatementPatch(Schema):
    title: str | None = None
    body: str | None = None
    demands: list[str] | None = None
    footnotes: list[str] | None = None


class InitiatorOut(Schema):
    slug: str
    name: str
    alt_names: list[str]
    countries: list[str]


class CountsOut(Schema):
    organizations: int
    individuals: int
    withheld: int


class StatementOut(Schema):
    slug: str
    title: str
    body: str
    language: str
    status: str
    version: int
    published_at: datetime | None
    demands: list[str]
    footnotes: list[str]
    initiators: list[InitiatorOut]
    counts: CountsOut
    draft_version: int | None = None
    original_language: str
    # Set when the text is a translation: the original version it follows.
    translates_version: int | None = None
    outdated: bool = False
    languages: list[str] = []


class StatusOut(Schema):
    slug: str
    status: str
    version: int | None


class TranslationIn(Schema):
    language: str
    title: str
    body: str
    demands: list[str] = []
    footnotes: list[str] = []
    translator: str = ""
    status: str = "draft"


class TranslationOut(Schema):
    language: str
    title: str
    body: str
    demands: list[str]
    footnotes: list[str]
    translator: str
    status: str
    translates_version: int
    outdated: bool
