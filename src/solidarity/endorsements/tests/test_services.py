import pytest
from django.core import mail

from solidarity.accounts.services import user_create
from solidarity.core.errors import Conflict, NotFound, PermissionDenied
from solidarity.endorsements.emails import confirmations_send_due
from solidarity.endorsements.models import Endorsement, EndorsementStatus
from solidarity.endorsements.services import (
    endorsement_approve,
    endorsement_confirm,
    endorsement_reject,
    endorsement_submit_individual,
    endorsement_submit_organization,
    endorsement_withdraw,
)
from solidarity.endorsements.tokens import endorsement_token
from solidarity.organizations.services import organization_domain_add
from solidarity.statements.services import statement_close


def sign(statement, email="ana@example.org", display="full", name="Ana María López", **kw):
    endorsement_submit_individual(
        statement=statement, name=name, email=email, country="AR", display=display, **kw
    )
    return Endorsement.objects.get(statement=statement, name=name)


def token_of(endorsement):
    return endorsement_token(endorsement.public_id)


@pytest.mark.parametrize(
    ("display", "shown", "withheld"),
    [("full", "Ana María López", 0), ("initials", "A. M. L.", 0), ("withheld", "", 1)],
)
def test_display_choice_and_counts(statement, display, shown, withheld):
    endorsement = sign(statement, display=display)
    assert endorsement.status == EndorsementStatus.AWAITING_CONFIRMATION
    statement.refresh_from_db()
    assert statement.individuals_count == 0
    endorsement_confirm(token=token_of(endorsement))
    endorsement.refresh_from_db()
    statement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.PUBLISHED
    assert endorsement.public_name == shown
    assert (statement.individuals_count, statement.withheld_count) == (1, withheld)


def test_contact_data_is_encrypted_at_rest(statement):
    endorsement = sign(statement)
    assert "ana@example.org" not in endorsement.email_encrypted
    assert "ana@example.org" not in endorsement.email_hash


def test_signing_again_changes_nothing_and_sends_no_second_email(statement):
    first = endorsement_submit_individual(
        statement=statement, name="Ana", email="ana@example.org", country="AR", display="full"
    )
    assert confirmations_send_due() == 1
    second = endorsement_submit_individual(
        statement=statement,
        name="Someone Else",
        email=" ANA@example.org",
        country="BR",
        display="full",
    )
    assert (first, second) == (True, False)
    assert Endorsement.objects.filter(statement=statement).count() == 1
    assert confirmations_send_due() == 0
    assert len(mail.outbox) == 1


def test_confirming_twice_counts_once(statement):
    endorsement = sign(statement)
    endorsement_confirm(token=token_of(endorsement))
    endorsement_confirm(token=token_of(endorsement))
    statement.refresh_from_db()
    assert statement.individuals_count == 1


def test_a_forged_token_is_refused(statement):
    endorsement = sign(statement)
    with pytest.raises(NotFound):
        endorsement_confirm(token=token_of(endorsement)[:-2] + "xx")
    with pytest.raises(NotFound):
        endorsement_confirm(token="not-a-token")
    endorsement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.AWAITING_CONFIRMATION


def test_withdrawal_unlists_and_erases_contact_data(statement):
    endorsement = sign(statement, display="withheld")
    endorsement_confirm(token=token_of(endorsement))
    endorsement_withdraw(token=token_of(endorsement))
    endorsement.refresh_from_db()
    statement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.WITHDRAWN
    assert endorsement.email_encrypted == "" and endorsement.email_hash is None
    assert endorsement.name == "" and endorsement.public_name == ""
    assert (statement.individuals_count, statement.withheld_count) == (0, 0)
    with pytest.raises(Conflict):
        endorsement_confirm(token=token_of(endorsement))
    # The address is free again: the person may sign anew.
    assert endorsement_submit_individual(
        statement=statement, name="Ana", email="ana@example.org", country="AR", display="full"
    )


def test_a_closed_statement_takes_no_endorsement(editor, statement):
    statement_close(statement=statement, acting_user=editor)
    statement.refresh_from_db()
    with pytest.raises(Conflict):
        sign(statement)
    assert not Endorsement.objects.exists()


def _org_endorsement(statement, organization=None, proposed=None, email="sec@workers.example"):
    endorsement_submit_organization(
        statement=statement,
        signer_name="Kim Min-jun",
        signer_role="General secretary",
        email=email,
        organization=organization,
        proposed_organization=proposed,
    )
    endorsement = Endorsement.objects.get(statement=statement, name="Kim Min-jun")
    endorsement_confirm(token=token_of(endorsement))
    endorsement.refresh_from_db()
    return endorsement


def test_organisation_endorsement_waits_for_approval(editor, statement, organization):
    organization_domain_add(organization=organization, domain="workers.example", acting_user=editor)
    endorsement = _org_endorsement(statement, organization=organization)
    assert endorsement.status == EndorsementStatus.AWAITING_APPROVAL
    assert endorsement.signer_domain_verified
    statement.refresh_from_db()
    assert statement.organizations_count == 0
    endorsement_approve(endorsement_id=endorsement.pk, acting_user=editor)
    endorsement.refresh_from_db()
    statement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.PUBLISHED
    assert statement.organizations_count == 1


def test_a_signer_outside_the_verified_domain_is_not_marked(statement, organization, editor):
    organization_domain_add(organization=organization, domain="workers.example", acting_user=editor)
    endorsement = _org_endorsement(statement, organization=organization, email="x@gmail.example")
    assert not endorsement.signer_domain_verified


def test_approving_a_new_organisation_registers_it(editor, statement, organization):
    proposed = {
        "name": "Sindicato de Prensa",
        "alt_names": ["Press Union"],
        "countries": ["UY"],
        "kind": "union",
        "parent": organization.slug,
    }
    endorsement = _org_endorsement(statement, proposed=proposed)
    endorsement_approve(endorsement_id=endorsement.pk, acting_user=editor)
    endorsement.refresh_from_db()
    new = endorsement.organization
    assert new.name == "Sindicato de Prensa" and new.parent == organization
    assert [a.name for a in new.alt_names.all()] == ["Press Union"]
    assert not new.memberships.exists()


def test_rejection_needs_a_moderator_and_tells_the_signer_why(
    editor, statement, organization, django_capture_on_commit_callbacks
):
    endorsement = _org_endorsement(statement, organization=organization)
    with pytest.raises(PermissionDenied):
        endorsement_reject(
            endorsement_id=endorsement.pk,
            acting_user=user_create(email="x@example.org"),
            reason="no",
        )
    with django_capture_on_commit_callbacks(execute=True):
        endorsement_reject(endorsement_id=endorsement.pk, acting_user=editor, reason="Not a union.")
    notice = mail.outbox[-1]
    assert notice.to == ["sec@workers.example"]
    assert "not accepted" in notice.subject and "Not a union." in notice.body
    endorsement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.REJECTED
    assert endorsement.rejection_reason == "Not a union."
    with pytest.raises(Conflict):
        endorsement_approve(endorsement_id=endorsement.pk, acting_user=editor)


def test_an_organisation_is_listed_once(editor, statement, organization):
    first = _org_endorsement(statement, organization=organization)
    endorsement_approve(endorsement_id=first.pk, acting_user=editor)
    endorsement_submit_organization(
        statement=statement,
        signer_name="Other",
        signer_role="Member",
        email="other@workers.example",
        organization=organization,
    )
    second = Endorsement.objects.get(name="Other")
    endorsement_confirm(token=token_of(second))
    with pytest.raises(Conflict):
        endorsement_approve(endorsement_id=second.pk, acting_user=editor)
    statement.refresh_from_db()
    assert statement.organizations_count == 1


def test_rotation_re_encrypts_every_address_with_the_new_key(statement, settings):
    from cryptography.fernet import Fernet

    from solidarity.core import crypto
    from solidarity.endorsements.emails import confirmation_send

    first = sign(statement)
    second = sign(statement, email="b@example.org", name="B")
    new_key = Fernet.generate_key().decode()
    settings.SOLIDARITY_ENCRYPTION_KEYS = [new_key, *settings.SOLIDARITY_ENCRYPTION_KEYS]
    crypto._fernet.cache_clear()
    crypto._hash_key.cache_clear()
    try:
        from django.core.management import call_command

        call_command("rotate_encryption", verbosity=0)
        for endorsement in (first, second):
            endorsement.refresh_from_db()
            Fernet(new_key.encode()).decrypt(endorsement.email_encrypted.encode())
        assert confirmation_send(endorsement_id=first.pk)
        assert mail.outbox[-1].to == ["ana@example.org"]
    finally:
        crypto._fernet.cache_clear()
        crypto._hash_key.cache_clear()
