"""Importing a statement published elsewhere: extract, review, save as a draft."""

import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from solidarity.core.errors import Conflict, PermissionDenied, ServiceError
from solidarity.endorsements.models import EndorsementKind
from solidarity.endorsements.services import PublishedEndorser, endorsement_import_published
from solidarity.organizations.models import Organization, OrganizationKind
from solidarity.organizations.names import search_key
from solidarity.organizations.selectors import (
    organization_find,
    organization_list_for_user,
    organization_matches,
)
from solidarity.organizations.services import organization_create
from solidarity.statements.models import Statement
from solidarity.statements.services import EDITOR_ROLES, statement_create

from .extract import ExtractedEndorser, extract_statement, read_endorsers
from .models import StatementImport

NEW = "new"
# Alternate names that are acronyms: "ITF-UL", "(CIRS)", "P.C.".
_ACRONYM = re.compile(r"^\(?([^\W_][\w&.\-]{0,28})\)?$")
ENDORSER_FIELDS = ("name", "alt_names", "kind", "countries", "affiliation", "parent")


def _require_editor(user: User) -> None:
    if not organization_list_for_user(user=user, roles=EDITOR_ROLES).exists():
        raise PermissionDenied(
            _("Only editors of an organisation can import a statement: it becomes their draft.")
        )


def _require_own(statement_import: StatementImport, user: User) -> None:
    if statement_import.created_by_id != user.pk:
        raise PermissionDenied(_("This import belongs to someone else."))
    if statement_import.statement_id is not None:
        raise Conflict(_("This import has already been saved as a draft statement."))


def statement_import_extract(*, text: str) -> dict[str, Any]:
    """What the importer reads in ``text``: the JSON the CLI and the API return."""
    return extract_statement(text).as_json()


@transaction.atomic
def statement_import_create(*, acting_user: User, text: str) -> StatementImport:
    """Extract a pasted statement and keep it for review. Endorsers whose name or
    acronym is already registered are matched to that organisation; the others are
    proposed as new ones."""
    _require_editor(acting_user)
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise ServiceError(_("Paste the text of the statement."), field="text")
    extracted = extract_statement(text)
    document = extracted.as_json()
    del document["endorsers"]
    return StatementImport.objects.create(
        created_by=acting_user,
        source_text=text,
        document=document,
        endorsers=_review_rows(extracted.endorsers),
    )


def _review_rows(endorsers: Sequence[ExtractedEndorser]) -> list[dict[str, Any]]:
    """The rows the review shows: each endorser, included, an organisation matched to
    the one registered under its name or acronym where there is exactly one, else
    proposed as new."""
    organizations = [e for e in endorsers if e.kind == EndorsementKind.ORGANIZATION]
    matches = iter(
        organization_matches(endorsers=[[e.name, *e.alt_names] for e in organizations], cutoff=None)
    )
    rows = []
    for endorser in endorsers:
        match = ""
        if endorser.kind == EndorsementKind.ORGANIZATION:
            found = next(matches)
            match = str(found[0].organization.pk) if len(found) == 1 else NEW
        rows.append(
            {
                **endorser.as_json(),
                "affiliation": endorser.affiliation or "",
                "parent": endorser.parent or "",
                "start": endorser.start,
                "end": endorser.end,
                "include": True,
                "match": match,
            }
        )
    return rows


@transaction.atomic
def statement_import_add_endorsers(
    *, acting_user: User, statement_import: StatementImport, text: str
) -> int:
    """Add the endorsers the extraction missed, one per line as a list gives them
    ("Name (ACR) – Country", "Ana Ruiz, teacher"), at the end of the list; returns how
    many. A line that reads as no name changes nothing."""
    statement_import = StatementImport.objects.select_for_update().get(pk=statement_import.pk)
    _require_own(statement_import, acting_user)
    lines = [line.strip() for line in unicodedata.normalize("NFC", text).splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise ServiceError(_("Write the endorsers to add, one per line."), field="text")
    endorsers = []
    for number, (line, endorser) in enumerate(zip(lines, read_endorsers(lines), strict=True), 1):
        if endorser is None:
            raise ServiceError(
                _("Line %(number)d does not read as a name: %(line)s")
                % {"number": number, "line": line},
                field="text",
            )
        endorsers.append(endorser)
    statement_import.endorsers = [*statement_import.endorsers, *_review_rows(endorsers)]
    statement_import.save(update_fields=["endorsers"])
    return len(endorsers)


@transaction.atomic
def statement_import_update(
    *,
    acting_user: User,
    statement_import: StatementImport,
    document: Mapping[str, Any],
    endorsers: Mapping[int, Mapping[str, Any]],
) -> StatementImport:
    """Keep the editor's corrections: the statement's fields and any endorsers
    (by position in the list) reviewed on the page just sent."""
    statement_import = StatementImport.objects.select_for_update().get(pk=statement_import.pk)
    _require_own(statement_import, acting_user)
    statement_import.document = {**statement_import.document, **document}
    rows = statement_import.endorsers
    for position, changes in endorsers.items():
        if not 0 <= position < len(rows):
            raise ServiceError(_("This list of endorsers has changed; reload the page."))
        row = {**rows[position], **changes}
        # An organisation is either matched or registered; a person is neither.
        if row["kind"] != EndorsementKind.ORGANIZATION:
            row["match"] = ""
        elif not row["match"]:
            row["match"] = NEW
        rows[position] = row
    statement_import.save(update_fields=["document", "endorsers"])
    return statement_import


def _acronym_and_names(names: Sequence[str]) -> tuple[str, list[str]]:
    acronym, others = "", []
    for name in names:
        found = _ACRONYM.match(name.strip())
        if not acronym and found and name.strip("()").isupper():
            acronym = found.group(1)
        else:
            others.append(name)
    return acronym, others


class _Registry:
    """Organisations as the import resolves them: matched, created once, and found
    again by any of their names when another entry names them as its parent."""

    def __init__(self, statement_import: StatementImport) -> None:
        self.by_key: dict[str, Organization] = {}
        ids = {int(row["match"]) for row in statement_import.endorsers if row["match"].isdigit()}
        self.matched = Organization.objects.in_bulk(ids)

    def remember(self, organization: Organization, names: Sequence[str]) -> Organization:
        for name in [organization.name, *names]:
            self.by_key.setdefault(search_key(name), organization)
        return organization

    def parent(self, name: str) -> Organization | None:
        if not name:
            return None
        known = self.by_key.get(search_key(name)) or organization_find(reference=name)
        if known is None:
            # A section's international that did not sign itself still exists.
            known = organization_create(
                acting_user=None, name=name, kind=OrganizationKind.INTERNATIONAL, countries=[]
            )
        return self.remember(known, [])

    def resolve(self, row: Mapping[str, Any]) -> Organization:
        names = [row["name"], *row["alt_names"]]
        if row["match"] != NEW:
            matched = self.matched.get(int(row["match"]))
            if matched is None:
                raise ServiceError(
                    _("%(name)s is matched to an organisation that no longer exists.")
                    % {"name": row["name"]}
                )
            return self.remember(matched, names)
        known = self.by_key.get(search_key(row["name"]))
        if known is not None:
            return known
        parent = self.parent(row["parent"])
        acronym, alt_names = _acronym_and_names(row["alt_names"])
        created = organization_create(
            acting_user=None,
            name=row["name"],
            kind=OrganizationKind.SECTION if parent else OrganizationKind.OTHER,
            countries=row["countries"],
            alt_names=alt_names,
            acronym=acronym,
            parent=parent,
        )
        return self.remember(created, names)


@transaction.atomic
def statement_import_finish(
    *,
    acting_user: User,
    statement_import: StatementImport,
    initiators: Sequence[Organization],
) -> Statement:
    """Save the reviewed import as a draft statement with its published endorsers.

    Organisations matched in the registry are used as they are; the others are
    registered (with no owner: the editor does not speak for them), parents first.
    """
    statement_import = StatementImport.objects.select_for_update().get(pk=statement_import.pk)
    _require_own(statement_import, acting_user)
    document = statement_import.document
    if not document.get("title") or not document.get("body"):
        raise ServiceError(_("The statement needs a title and a text before it can be saved."))
    statement = statement_create(
        acting_user=acting_user,
        title=document["title"],
        body=document["body"],
        language=document["language"],
        initiators=initiators,
        demands=document.get("demands", []),
        footnotes=document.get("footnotes", []),
        originally_published_on=date.fromisoformat(document["date"])
        if document.get("date")
        else None,
    )
    registry = _Registry(statement_import)
    endorsers = []
    for row in statement_import.endorsers:
        if not row["include"]:
            continue
        if row["kind"] == EndorsementKind.ORGANIZATION:
            endorsers.append(
                PublishedEndorser(
                    kind=row["kind"], name=row["name"], organization=registry.resolve(row)
                )
            )
        else:
            endorsers.append(
                PublishedEndorser(
                    kind=row["kind"],
                    name=row["name"],
                    country=(row["countries"] or [""])[0],
                    affiliation=row["affiliation"],
                )
            )
    endorsement_import_published(statement=statement, endorsers=endorsers)
    statement.refresh_from_db(fields=["organizations_count", "individuals_count"])
    statement_import.statement = statement
    statement_import.save(update_fields=["statement"])
    return statement
