import pytest

from solidarity.accounts.services import user_create
from solidarity.core.errors import Conflict, PermissionDenied
from solidarity.statements.models import StatementStatus
from solidarity.statements.services import (
    statement_close,
    statement_create,
    statement_edit,
    statement_publish,
    statement_reopen,
)


def test_publish_makes_version_one_current_and_opens(editor, organization):
    statement = statement_create(
        acting_user=editor, title="T", body="B", language="es", initiators=[organization]
    )
    assert statement.status == StatementStatus.DRAFT and statement.current_version is None
    version = statement_publish(statement=statement, acting_user=editor)
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN
    assert statement.current_version == version and version.number == 1
    assert version.published_at is not None and len(version.content_hash) == 64


def test_editing_a_published_statement_drafts_the_next_version(editor, statement):
    published = statement.current_version
    draft = statement_edit(
        statement=statement,
        acting_user=editor,
        title="Stop the war now",
        body="New text",
        demands=["Peace!"],
        footnotes=[],
    )
    published.refresh_from_db()
    assert draft.number == 2 and draft.published_at is None
    assert published.title == "Stop the war" and published.body.startswith("We, the undersigned")
    statement.refresh_from_db()
    assert statement.current_version == published
    statement_publish(statement=statement, acting_user=editor)
    statement.refresh_from_db()
    assert statement.current_version.number == 2
    assert statement.current_version.title == "Stop the war now"


def test_publishing_the_same_text_again_is_refused(editor, statement):
    version = statement.current_version
    statement_edit(
        statement=statement,
        acting_user=editor,
        title=version.title,
        body=version.body,
        demands=version.demands,
        footnotes=version.footnotes,
    )
    with pytest.raises(Conflict):
        statement_publish(statement=statement, acting_user=editor)


def test_close_and_reopen(editor, statement):
    statement_close(statement=statement, acting_user=editor)
    statement.refresh_from_db()
    assert statement.status == StatementStatus.CLOSED
    with pytest.raises(Conflict):
        statement_close(statement=statement, acting_user=editor)
    statement_reopen(statement=statement, acting_user=editor)
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN


def test_only_editors_of_an_initiator_may_change_a_statement(statement, organization):
    stranger = user_create(email="stranger@example.org")
    with pytest.raises(PermissionDenied):
        statement_close(statement=statement, acting_user=stranger)
    with pytest.raises(PermissionDenied):
        statement_create(
            acting_user=stranger, title="T", body="B", language="en", initiators=[organization]
        )
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN
