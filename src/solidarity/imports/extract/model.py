"""The result of an extraction: plain dataclasses the Django side turns into drafts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ORGANIZATION = "organization"
INDIVIDUAL = "individual"


@dataclass
class ExtractedEndorser:
    name: str
    alt_names: list[str] = field(default_factory=list)
    kind: str = ORGANIZATION
    countries: list[str] = field(default_factory=list)
    affiliation: str | None = None
    parent: str | None = None
    # Offsets into the input text, so the review screen can highlight the source entry.
    start: int = 0
    end: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "alt_names": list(self.alt_names),
            "kind": self.kind,
            "countries": list(self.countries),
            "affiliation": self.affiliation,
            "parent": self.parent,
        }


@dataclass
class ExtractedStatement:
    title: str | None = None
    date: str | None = None
    language: str | None = None
    issuer: str | None = None
    body: str = ""
    demands: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    translations: list[dict[str, str | None]] = field(default_factory=list)
    endorsers: list[ExtractedEndorser] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "issuer": self.issuer,
            "body": self.body,
            "demands": list(self.demands),
            "footnotes": list(self.footnotes),
            "translations": [dict(link) for link in self.translations],
            "endorsers": [endorser.as_json() for endorser in self.endorsers],
        }
