from ninja import Schema


class ImportIn(Schema):
    text: str


class ExtractedEndorserOut(Schema):
    name: str
    alt_names: list[str]
    kind: str
    countries: list[str]
    affiliation: str | None
    parent: str | None


class TranslationLinkOut(Schema):
    language: str | None
    label: str | None = None
    url: str | None = None


class ImportOut(Schema):
    title: str | None
    date: str | None
    language: str | None
    issuer: str | None
    body: str
    demands: list[str]
    footnotes: list[str]
    translations: list[TranslationLinkOut]
    endorsers: list[ExtractedEndorserOut]
