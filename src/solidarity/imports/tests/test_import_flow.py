"""Importing a published statement: CLI, API, review pages and the saved draft."""

import json
import re
import subprocess
import sys

import pytest
from django.urls import reverse

from solidarity.accounts.services import user_create
from solidarity.core.errors import Conflict, PermissionDenied, ServiceError
from solidarity.endorsements.models import Endorsement, EndorsementOrigin, EndorsementStatus
from solidarity.imports.models import StatementImport
from solidarity.imports.selectors import statement_import_source_pieces
from solidarity.imports.services import (
    NEW,
    statement_import_add_endorsers,
    statement_import_create,
    statement_import_finish,
    statement_import_update,
)
from solidarity.organizations.models import Membership, Organization
from solidarity.organizations.selectors import organization_matches
from solidarity.statements.services import statement_publish

SOURCE = """Peace without annexations

March 13, 2022

We, the undersigned organisations, call for an immediate ceasefire.

Signed by:
Workers Solidarity League (South Korea)
Liga Obrera Internacional (Argentina)
Red Hands Collective (Brazil)
"""
FIELDS = {
    "title",
    "date",
    "language",
    "issuer",
    "body",
    "demands",
    "footnotes",
    "translations",
    "endorsers",
}
ENDORSER_FIELDS = {"name", "alt_names", "kind", "countries", "affiliation", "parent"}


def row(name, kind="organization", match=NEW, **fields):
    return {
        "name": name,
        "alt_names": [],
        "kind": kind,
        "countries": [],
        "affiliation": "",
        "parent": "",
        "start": 0,
        "end": 0,
        "include": True,
        "match": match if kind == "organization" else "",
        **fields,
    }


def reviewed(editor, endorsers, **document):
    return StatementImport.objects.create(
        created_by=editor,
        source_text="source",
        document={
            "title": "Peace without annexations",
            "date": "2022-03-13",
            "language": "en",
            "body": "We call for a ceasefire.",
            "demands": ["Ceasefire now!"],
            "footnotes": [],
            **document,
        },
        endorsers=endorsers,
    )


def run_cli(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "solidarity.cli", "import-statement", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_prints_the_structured_result_as_json(tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text(SOURCE, encoding="utf-8")
    result = run_cli(str(source), "--format", "json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert set(found) == FIELDS
    assert found["title"] == "Peace without annexations"
    assert found["date"] == "2022-03-13"
    assert all(set(endorser) == ENDORSER_FIELDS for endorser in found["endorsers"])
    names = {endorser["name"]: endorser for endorser in found["endorsers"]}
    assert names["Liga Obrera Internacional"]["countries"] == ["AR"]


def test_cli_reads_standard_input_and_refuses_what_it_cannot_read(tmp_path):
    from_stdin = run_cli("-", stdin=SOURCE)
    assert from_stdin.returncode == 0
    assert json.loads(from_stdin.stdout)["title"] == "Peace without annexations"
    missing = run_cli(str(tmp_path / "missing.txt"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    binary = tmp_path / "latin1.txt"
    binary.write_bytes("Déclaration".encode("latin-1"))
    not_utf8 = run_cli(str(binary))
    assert not_utf8.returncode == 2 and "not UTF-8" in not_utf8.stderr


def test_api_reads_a_statement_for_a_token_holder(api, client):
    response = api.post("/api/v1/imports", {"text": SOURCE}, content_type="application/json")
    assert response.status_code == 200
    assert set(response.json()) == FIELDS
    assert (
        client.post(
            "/api/v1/imports", {"text": SOURCE}, content_type="application/json"
        ).status_code
        == 401
    )
    empty = api.post("/api/v1/imports", {"text": "  "}, content_type="application/json")
    assert empty.status_code == 422
    assert empty.headers["Content-Type"] == "application/problem+json"


def test_matches_by_any_name_acronym_or_close_spelling(organization):
    found = organization_matches(
        endorsers=[
            ["노동자연대"],
            ["(WSL)"],
            ["Workers Solidarty League"],
            ["Nobody Known Here"],
        ]
    )
    assert [[m.organization for m in matches] for matches in found] == [
        [organization],
        [organization],
        [organization],
        [],
    ]
    assert found[0][0].score == 100 and found[2][0].score < 100
    exact_only = organization_matches(endorsers=[["Workers Solidarty League"]], cutoff=None)
    assert exact_only == [[]]


def test_create_keeps_the_source_and_matches_registered_names(editor, organization):
    statement_import = statement_import_create(acting_user=editor, text=SOURCE)
    assert statement_import.source_text == SOURCE.strip()
    assert statement_import.document["title"] == "Peace without annexations"
    by_name = {row["name"]: row for row in statement_import.endorsers}
    assert by_name["Workers Solidarity League"]["match"] == str(organization.pk)
    assert by_name["Red Hands Collective"]["match"] == NEW
    for row in statement_import.endorsers:
        assert SOURCE.strip()[row["start"] : row["end"]].startswith(row["name"])
    pieces = statement_import_source_pieces(statement_import=statement_import)
    assert "".join(piece.text for piece in pieces) == statement_import.source_text
    assert {piece.text.split(" (")[0] for piece in pieces if piece.position is not None} >= {
        "Workers Solidarity League",
        "Red Hands Collective",
    }


def test_only_editors_import(db):
    outsider = user_create(email="reader@example.org", password="correct horse battery")
    with pytest.raises(PermissionDenied):
        statement_import_create(acting_user=outsider, text=SOURCE)
    assert not StatementImport.objects.exists()


def test_finish_saves_a_draft_with_imported_endorsements(editor, organization):
    statement_import = reviewed(
        editor,
        [
            row("Workers Solidarity League", match=str(organization.pk)),
            row("Fourth Workers International", alt_names=["FWI"], countries=["FR"]),
            row(
                "Liga Obrera",
                alt_names=["(LO)", "Workers League"],
                countries=["AR"],
                parent="Fourth Workers International",
            ),
            row("Frente Rojo", countries=["CL"], parent="Red International"),
            row("Ana Pérez", kind="individual", countries=["CL"], affiliation="teacher"),
            row("Left Out", include=False),
            row("Workers Solidarity League", match=str(organization.pk)),
        ],
    )
    statement = statement_import_finish(
        acting_user=editor, statement_import=statement_import, initiators=[organization]
    )
    assert statement.status == "draft"
    assert str(statement.originally_published_on) == "2022-03-13"
    assert statement.versions.get().demands == ["Ceasefire now!"]
    endorsements = Endorsement.objects.filter(statement=statement)
    assert {e.origin for e in endorsements} == {EndorsementOrigin.IMPORTED}
    assert {e.status for e in endorsements} == {EndorsementStatus.PUBLISHED}
    assert sorted(e.public_name for e in endorsements) == [
        "Ana Pérez",
        "Fourth Workers International",
        "Frente Rojo",
        "Liga Obrera",
        "Workers Solidarity League",
    ]
    assert (statement.organizations_count, statement.individuals_count) == (4, 1)
    liga = Organization.objects.get(name="Liga Obrera")
    assert liga.acronym == "LO" and [a.name for a in liga.alt_names.all()] == ["Workers League"]
    assert liga.parent.name == "Fourth Workers International"
    assert liga.parent.acronym == "FWI"
    # A parent that did not sign is registered, but not listed as an endorser.
    assert Organization.objects.get(name="Frente Rojo").parent.name == "Red International"
    assert not Membership.objects.filter(user=editor, organization=liga).exists()
    ana = endorsements.get(public_name="Ana Pérez")
    assert (ana.country.code, ana.affiliation, ana.email_hash) == ("CL", "teacher", None)
    with pytest.raises(Conflict):
        statement_import_finish(
            acting_user=editor, statement_import=statement_import, initiators=[organization]
        )


def test_update_keeps_corrections_and_refuses_others(editor, organization):
    statement_import = reviewed(editor, [row("Ana", kind="individual"), row("Liga")])
    statement_import_update(
        acting_user=editor,
        statement_import=statement_import,
        document={"title": "Corrected title"},
        endorsers={0: {"kind": "organization"}, 1: {"include": False}},
    )
    statement_import.refresh_from_db()
    assert statement_import.document["title"] == "Corrected title"
    assert statement_import.endorsers[0]["kind"] == "organization"
    assert statement_import.endorsers[0]["match"] == NEW  # now an organisation to resolve
    assert statement_import.endorsers[1]["include"] is False
    with pytest.raises(ServiceError):
        statement_import_update(
            acting_user=editor, statement_import=statement_import, document={}, endorsers={5: {}}
        )
    stranger = user_create(email="other@example.org", password="correct horse battery")
    with pytest.raises(PermissionDenied):
        statement_import_update(
            acting_user=stranger, statement_import=statement_import, document={}, endorsers={}
        )


def test_finish_refuses_without_title_or_initiators(editor, organization):
    untitled = reviewed(editor, [], title="")
    with pytest.raises(ServiceError):
        statement_import_finish(acting_user=editor, statement_import=untitled, initiators=[])
    with pytest.raises(PermissionDenied):
        statement_import_finish(
            acting_user=editor, statement_import=reviewed(editor, []), initiators=[]
        )


def _review_post(statement_import, **changes):
    data = {
        "page": "1",
        "statement-title": "Peace without annexations",
        "statement-date": "2022-03-13",
        "statement-language": "en",
        "statement-body": "We call for a ceasefire.",
        "statement-demands": "Ceasefire now!",
        "statement-footnotes": "",
        "endorsers-TOTAL_FORMS": str(len(statement_import.endorsers)),
        "endorsers-INITIAL_FORMS": str(len(statement_import.endorsers)),
    }
    for position, endorser in enumerate(statement_import.endorsers):
        prefix = f"endorsers-{position}-"
        data |= {
            prefix + "include": "on",
            prefix + "name": endorser["name"],
            prefix + "alt_names": "\n".join(endorser["alt_names"]),
            prefix + "kind": endorser["kind"],
            prefix + "countries": ", ".join(endorser["countries"]),
            prefix + "affiliation": endorser["affiliation"] or "",
            prefix + "parent": endorser["parent"] or "",
            prefix + "match": endorser["match"],
        }
    return data | changes


def test_paste_review_correct_and_save_in_the_browser_forms(client, editor, organization):
    client.force_login(editor)
    start = client.get(reverse("imports:start"))
    assert start.status_code == 200
    response = client.post(reverse("imports:start"), {"text": SOURCE})
    statement_import = StatementImport.objects.get()
    review_url = reverse("imports:review", kwargs={"pk": statement_import.pk})
    assert response.status_code == 302 and response.url == review_url
    page = client.get(review_url).content.decode()
    assert '<mark id="source-0">' in page and 'id="endorser-0"' in page
    assert f'<option value="{organization.pk}" selected>' in page

    red = next(
        i for i, e in enumerate(statement_import.endorsers) if e["name"] == "Red Hands Collective"
    )
    bad = client.post(
        review_url,
        _review_post(statement_import, **{f"endorsers-{red}-countries": "XX", "action": "save"}),
    )
    assert bad.status_code == 400
    assert "is not an ISO 3166-1 country code" in bad.content.decode()
    statement_import.refresh_from_db()
    assert statement_import.endorsers[red]["countries"] == ["BR"]  # nothing changed

    saved = client.post(
        review_url,
        _review_post(
            statement_import,
            **{f"endorsers-{red}-name": "Red Hands Collective of Brazil", "action": "save"},
        ),
    )
    assert saved.status_code == 302
    statement_import.refresh_from_db()
    assert statement_import.endorsers[red]["name"] == "Red Hands Collective of Brazil"

    finished = client.post(
        review_url,
        _review_post(
            statement_import, **{"statement-initiators": organization.slug, "action": "finish"}
        ),
    )
    statement = StatementImport.objects.get().statement
    assert finished.status_code == 302 and statement is not None
    assert finished.url == reverse("dashboard:statement_manage", kwargs={"slug": statement.slug})
    statement_publish(statement=statement, acting_user=editor)
    public = client.get(f"/s/{statement.slug}/").content.decode()
    assert "Red Hands Collective of Brazil" in public
    assert "from the published list" in public
    assert "Originally published on March 13, 2022." in public
    listed = client.get(f"/api/v1/statements/{statement.slug}/endorsements").json()
    assert {row["origin"] for row in listed["organizations"]} == {"imported"}
    assert client.get(review_url).status_code == 302  # done: it leads to the statement


def test_someone_elses_import_does_not_exist(client, editor):
    statement_import = reviewed(editor, [])
    other = user_create(email="other@example.org", password="correct horse battery")
    client.force_login(other)
    url = reverse("imports:review", kwargs={"pk": statement_import.pk})
    assert client.get(url).status_code == 404


def test_the_statement_text_is_edited_in_a_textarea(client, editor, organization):
    # Markdown paragraphs need line breaks, which a one-line input would drop.
    client.force_login(editor)
    review = reverse("imports:review", kwargs={"pk": reviewed(editor, []).pk})
    for url in (reverse("dashboard:statement_create"), review):
        page = client.get(url).content.decode()
        element = re.search(r'<(\w+)[^>]*name="(?:statement-)?body"', page)
        assert element is not None and element.group(1) == "textarea"


def test_endorsers_the_text_missed_are_added_to_the_end_of_the_list(editor, organization):
    statement_import = statement_import_create(acting_user=editor, text=SOURCE)
    found = len(statement_import.endorsers)
    added = statement_import_add_endorsers(
        acting_user=editor,
        statement_import=statement_import,
        text="\nDock Workers Union (DWU) – Chile\nAna Ruiz, teacher\nWorkers Solidarity League\n",
    )
    statement_import.refresh_from_db()
    assert added == 3
    dock, ana, league = statement_import.endorsers[found:]
    assert (dock["name"], dock["alt_names"], dock["countries"]) == (
        "Dock Workers Union",
        ["DWU"],
        ["CL"],
    )
    assert dock["match"] == NEW and dock["include"]
    assert (ana["name"], ana["kind"], ana["affiliation"]) == ("Ana Ruiz", "individual", "teacher")
    assert league["match"] == str(organization.pk)
    # Added by hand: no place in the source to highlight.
    pieces = statement_import_source_pieces(statement_import=statement_import)
    assert {piece.position for piece in pieces} <= set(range(found)) | {None}


def test_adding_refuses_a_line_that_is_no_name_and_changes_nothing(editor, organization):
    statement_import = statement_import_create(acting_user=editor, text=SOURCE)
    before = statement_import.endorsers
    for text in ("", "Dock Workers Union\n)", "  \n "):
        with pytest.raises(ServiceError):
            statement_import_add_endorsers(
                acting_user=editor, statement_import=statement_import, text=text
            )
    statement_import.refresh_from_db()
    assert statement_import.endorsers == before
    other = user_create(email="other@example.org", password="correct horse battery")
    with pytest.raises(PermissionDenied):
        statement_import_add_endorsers(
            acting_user=other, statement_import=statement_import, text="Dock Workers Union"
        )


def test_adding_a_missed_endorser_in_the_review_page(client, editor, organization):
    client.force_login(editor)
    statement_import = statement_import_create(acting_user=editor, text=SOURCE)
    review_url = reverse("imports:review", kwargs={"pk": statement_import.pk})
    assert 'name="add-text"' in client.get(review_url).content.decode()
    refused = client.post(review_url, {"action": "add", "add-text": ")"})
    assert refused.status_code == 400
    assert "does not read as a name" in refused.content.decode()
    added = client.post(
        review_url, {"action": "add", "add-text": "Dock Workers Union (DWU) – Chile"}
    )
    assert added.status_code == 302 and added.url == f"{review_url}?page=1#endorsers"
    page = client.get(added.url).content.decode()
    assert "1 endorser added at the end of the list." in page
    assert 'value="Dock Workers Union"' in page and 'title="Added by hand"' in page


def test_added_endorsers_are_read_as_one_list(editor, organization):
    statement_import = statement_import_create(acting_user=editor, text=SOURCE)
    found = len(statement_import.endorsers)
    statement_import_add_endorsers(
        acting_user=editor,
        statement_import=statement_import,
        text="Climate Justice Youth\nHarbour Workers Union\nTenants Federation of Leeds\n"
        "Seed Savers Network\nDock Workers Union (DWU) – Chile\n",
    )
    statement_import.refresh_from_db()
    # "Climate Justice Youth" alone reads like a person; among groups it is one.
    assert [row["kind"] for row in statement_import.endorsers[found:]] == ["organization"] * 5
