import pytest
from django.utils.formats import date_format

from solidarity.accounts.services import user_create
from solidarity.endorsements.models import Endorsement, EndorsementStatus
from solidarity.endorsements.services import endorsement_confirm, endorsement_submit_organization
from solidarity.endorsements.tokens import endorsement_token
from solidarity.organizations.models import Membership, Organization, OrganizationDomain
from solidarity.organizations.services import membership_set, organization_create
from solidarity.statements.models import Statement, StatementStatus

TEXT = {
    "title": "Free the dockers",
    "body": "The port workers **refused** to load the cargo.",
    "demands": "Free them now!\nNo arms shipments!",
    "footnotes": "A source.",
}


def pending(statement, *, name="Kim Min-jun", email="kim@workers.example", **kwargs):
    """An organisation endorsement whose signer confirmed the address."""
    endorsement_submit_organization(
        statement=statement,
        signer_name=name,
        signer_role="General secretary",
        email=email,
        **kwargs,
    )
    endorsement = Endorsement.objects.get(statement=statement, name=name)
    endorsement_confirm(token=endorsement_token(endorsement.public_id))
    endorsement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.AWAITING_APPROVAL
    return endorsement


def page(response):
    return response.content.decode()


# Access


@pytest.mark.parametrize(
    "url",
    [
        "/manage/",
        "/manage/organizations/new",
        "/manage/organizations/wsl/",
        "/manage/statements/new",
        "/manage/statements/stop-the-war/",
        "/manage/statements/stop-the-war/edit",
        "/manage/statements/stop-the-war/moderation",
    ],
)
def test_anonymous_is_sent_to_login(client, statement, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_anonymous_post_changes_nothing(client, statement):
    response = client.post(f"/manage/statements/{statement.slug}/close")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN


def test_outsider_cannot_see_or_change_anything(client, outsider, organization, statement):
    client.force_login(outsider)
    for url in (
        "/manage/organizations/wsl/",
        f"/manage/statements/{statement.slug}/",
        f"/manage/statements/{statement.slug}/edit",
        f"/manage/statements/{statement.slug}/moderation",
    ):
        assert client.get(url).status_code == 404, url  # not even its existence
    endorsement = pending(statement, organization=organization)
    posts = {
        "/manage/organizations/wsl/domains": {"domain": "elsewhere.example"},
        "/manage/organizations/wsl/members": {
            "email": "outsider@elsewhere.example",
            "role": "owner",
        },
        f"/manage/statements/{statement.slug}/edit": {**TEXT},
        f"/manage/statements/{statement.slug}/close": {},
        f"/manage/statements/{statement.slug}/moderation/{endorsement.pk}/approve": {},
        f"/manage/statements/{statement.slug}/moderation/{endorsement.pk}/reject": {"reason": "x"},
    }
    for url, data in posts.items():
        assert client.post(url, data).status_code == 404, url
    statement.refresh_from_db()
    endorsement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN
    assert statement.versions.count() == 1
    assert endorsement.status == EndorsementStatus.AWAITING_APPROVAL
    assert not OrganizationDomain.objects.exists()
    assert not Membership.objects.filter(user=outsider).exists()
    home = page(client.get("/manage/"))
    assert "Workers Solidarity League" not in home and "Stop the war" not in home


def test_unknown_slugs_are_404(logged_in):
    assert logged_in.get("/manage/organizations/nope/").status_code == 404
    assert logged_in.get("/manage/statements/nope/").status_code == 404


# Home


def test_home_lists_organisations_with_role_and_statements_with_counts(logged_in, statement):
    pending(statement, organization=Organization.objects.get(slug="wsl"))
    html = page(logged_in.get("/manage/"))
    assert "Workers Solidarity League" in html and "Owner" in html
    assert "Stop the war" in html and "Open for endorsements" in html
    assert "version 1" in html
    assert f'href="/manage/statements/{statement.slug}/moderation">1</a>' in html
    assert 'href="/manage/organizations/new"' in html and 'href="/manage/statements/new"' in html


# Statements


def test_create_offers_only_organisations_where_the_user_edits(logged_in, editor, organization):
    other_owner = user_create(email="boss@other.example")
    other = organization_create(acting_user=other_owner, name="Other", kind="ngo", countries=["FR"])
    membership_set(organization=other, user=editor, role="moderator", acting_user=other_owner)
    html = page(logged_in.get("/manage/statements/new"))
    assert 'value="wsl"' in html and f'value="{other.slug}"' not in html
    response = logged_in.post(
        "/manage/statements/new", {**TEXT, "language": "en", "initiators": [other.slug]}
    )
    assert response.status_code == 400
    assert "Select a valid choice." in page(response)
    assert not Statement.objects.exists()


def test_create_without_organisation_points_to_registration(client, outsider):
    client.force_login(outsider)
    html = page(client.get("/manage/statements/new"))
    assert "you have none yet" in html and 'href="/manage/organizations/new"' in html


def test_create_statement_then_publish_version_1(logged_in, editor, organization):
    second = organization_create(acting_user=editor, name="Second", kind="ngo", countries=["FR"])
    response = logged_in.post(
        "/manage/statements/new",
        {**TEXT, "language": "en", "initiators": [second.slug, "wsl"]},
        follow=True,
    )
    statement = Statement.objects.get()
    assert response.redirect_chain[-1][0] == f"/manage/statements/{statement.slug}/"
    assert list(statement.initiators.order_by("statementinitiator__position")) == [
        second,
        organization,
    ]
    assert statement.status == StatementStatus.DRAFT and statement.current_version is None
    html = page(response)
    assert "Draft saved" in html and "Not published yet." in html
    assert "<strong>refused</strong>" in html and "No arms shipments!" in html
    assert "Publish version 1" in html and "Close to new endorsements" not in html
    assert logged_in.get(f"/s/{statement.slug}/").status_code == 404

    response = logged_in.post(f"/manage/statements/{statement.slug}/publish", follow=True)
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN
    assert statement.current_version.number == 1 and statement.current_version.is_published
    html = page(response)
    assert "Published." in html and f'href="/s/{statement.slug}/"' in html
    assert "Publish version" not in html and "Close to new endorsements" in html
    assert "Free the dockers" in page(logged_in.get(f"/s/{statement.slug}/"))
    # The version list names each version's title, inside the translated sentence.
    assert ": <bdi>Free the dockers</bdi>" in html


def test_edit_published_starts_next_version_and_public_page_keeps_v1(logged_in, statement):
    html = page(logged_in.get(f"/manage/statements/{statement.slug}/edit"))
    assert "Published versions never change; saving starts version 2." in html
    assert "Stop the war" in html and "Peace now!" in html  # prefilled from version 1

    response = logged_in.post(
        f"/manage/statements/{statement.slug}/edit",
        {**TEXT, "title": "Stop the war everywhere"},
        follow=True,
    )
    assert "Draft of version 2 saved." in page(response)
    assert statement.versions.count() == 2
    draft = statement.versions.get(number=2)
    assert draft.published_at is None and draft.demands == ["Free them now!", "No arms shipments!"]
    statement.refresh_from_db()
    assert statement.current_version.number == 1
    public = page(logged_in.get(f"/s/{statement.slug}/"))
    assert "Stop the war everywhere" not in public and "Stop the war" in public

    # Editing again changes the same draft, prefilled from it.
    html = page(logged_in.get(f"/manage/statements/{statement.slug}/edit"))
    assert "unpublished draft of version 2" in html and "Stop the war everywhere" in html
    logged_in.post(
        f"/manage/statements/{statement.slug}/edit", {**TEXT, "title": "Stop the war now"}
    )
    assert statement.versions.count() == 2

    logged_in.post(f"/manage/statements/{statement.slug}/publish")
    statement.refresh_from_db()
    assert statement.current_version.number == 2
    assert "Stop the war now" in page(logged_in.get(f"/s/{statement.slug}/"))


def test_edit_with_errors_keeps_the_text(logged_in, statement):
    response = logged_in.post(
        f"/manage/statements/{statement.slug}/edit", {**TEXT, "title": "", "body": "kept"}
    )
    assert response.status_code == 400
    assert "This field is required." in page(response) and "kept" in page(response)
    assert statement.versions.count() == 1


def test_publish_without_draft_is_an_error_message(logged_in, statement):
    response = logged_in.post(f"/manage/statements/{statement.slug}/publish", follow=True)
    assert "There is no new text to publish." in page(response)
    statement.refresh_from_db()
    assert statement.current_version.number == 1


def test_close_and_reopen(logged_in, statement):
    response = logged_in.post(f"/manage/statements/{statement.slug}/close", follow=True)
    statement.refresh_from_db()
    assert statement.status == StatementStatus.CLOSED
    assert "Reopen for endorsements" in page(response)
    assert "closed to new endorsements" in page(logged_in.get(f"/s/{statement.slug}/"))

    response = logged_in.post(f"/manage/statements/{statement.slug}/close", follow=True)
    assert "Only an open statement can be closed." in page(response)

    logged_in.post(f"/manage/statements/{statement.slug}/reopen")
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN


def test_moderator_sees_the_statement_but_cannot_publish_or_edit(client, moderator, statement):
    client.force_login(moderator)
    html = page(client.get(f"/manage/statements/{statement.slug}/"))
    assert "Stop the war" in html and "Close to new endorsements" not in html
    assert client.get(f"/manage/statements/{statement.slug}/edit").status_code == 403
    response = client.post(f"/manage/statements/{statement.slug}/close", follow=True)
    assert "Only editors of an initiating organisation may do this." in page(response)
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN


# Moderation


def test_queue_shows_pending_endorsements_with_domain_badge(logged_in, organization, statement):
    OrganizationDomain.objects.create(organization=organization, domain="workers.example")
    pending(statement, organization=organization)
    pending(
        statement,
        name="Olena",
        email="olena@dockers.example",
        proposed_organization={
            "name": "Ukrainian Dockers",
            "alt_names": ["Українські докери"],
            "countries": ["UA"],
            "kind": "union",
            "parent": "",
        },
    )
    html = page(logged_in.get(f"/manage/statements/{statement.slug}/moderation"))
    assert "Workers Solidarity League" in html and "Kim Min-jun" in html
    assert "General secretary" in html
    assert html.count("e-mail domain verified") == 1
    assert "Ukrainian Dockers" in html and "Українські докери" in html
    assert "Ukraine" in html and "Union" in html and "approving registers it" in html
    assert html.count(">Approve</button>") == 2
    # "Confirmed on" a day, in the reader's format: no time of day after "on".
    confirmed = Endorsement.objects.filter(statement=statement).first().confirmed_at
    assert f"Confirmed on {date_format(confirmed, 'DATE_FORMAT')}</p>" in html


def test_approve_lists_the_organisation(logged_in, editor, organization, statement):
    endorsement = pending(statement, organization=organization)
    response = logged_in.post(
        f"/manage/statements/{statement.slug}/moderation/{endorsement.pk}/approve", follow=True
    )
    assert "Approved: <bdi>Workers Solidarity League</bdi> is now listed." in page(response)
    assert "No endorsement awaits approval." in page(response)
    endorsement.refresh_from_db()
    statement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.PUBLISHED
    assert endorsement.moderated_by == editor
    assert statement.organizations_count == 1
    again = logged_in.post(
        f"/manage/statements/{statement.slug}/moderation/{endorsement.pk}/approve", follow=True
    )
    assert "does not await approval" in page(again)
    statement.refresh_from_db()
    assert statement.organizations_count == 1


def test_approve_proposed_organisation_registers_it(client, moderator, statement):
    client.force_login(moderator)
    endorsement = pending(
        statement,
        proposed_organization={
            "name": "Dockers",
            "alt_names": [],
            "countries": ["UA"],
            "kind": "union",
            "parent": "",
        },
    )
    client.post(f"/manage/statements/{statement.slug}/moderation/{endorsement.pk}/approve")
    endorsement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.PUBLISHED
    assert endorsement.organization.name == "Dockers"


def test_reject_needs_a_reason(logged_in, organization, statement):
    endorsement = pending(statement, organization=organization)
    url = f"/manage/statements/{statement.slug}/moderation/{endorsement.pk}/reject"
    response = logged_in.post(url, {"reason": " "})
    assert response.status_code == 400
    assert "This field is required." in page(response)
    endorsement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.AWAITING_APPROVAL

    response = logged_in.post(url, {"reason": "Not a real union."}, follow=True)
    assert "Rejected: <bdi>Workers Solidarity League</bdi>." in page(response)
    endorsement.refresh_from_db()
    statement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.REJECTED
    assert endorsement.rejection_reason == "Not a real union."
    assert statement.organizations_count == 0


def test_endorsement_of_another_statement_is_not_moderated_here(
    logged_in, editor, organization, statement
):
    from solidarity.statements.services import statement_create, statement_publish

    other = statement_create(
        acting_user=editor, title="Other", body="Text.", language="en", initiators=[organization]
    )
    statement_publish(statement=other, acting_user=editor)
    other.refresh_from_db()
    endorsement = pending(other, organization=organization)
    response = logged_in.post(
        f"/manage/statements/{statement.slug}/moderation/{endorsement.pk}/approve", follow=True
    )
    assert "does not await approval on this statement" in page(response)
    endorsement.refresh_from_db()
    assert endorsement.status == EndorsementStatus.AWAITING_APPROVAL


def test_translator_works_side_by_side_and_sees_changed_paragraphs(logged_in, statement, editor):
    from solidarity.statements.models import StatementTranslation
    from solidarity.statements.services import statement_edit, statement_publish

    page = logged_in.get(f"/manage/statements/{statement.slug}/").content.decode()
    assert "Translate into" in page
    response = logged_in.get(
        f"/manage/statements/{statement.slug}/translations/", {"language": "es"}
    )
    assert response.status_code == 302 and response.url.endswith("/translations/es")
    form = logged_in.get(response.url).content.decode()
    assert "We, the undersigned" in form and 'name="title"' in form
    saved = logged_in.post(
        response.url,
        {
            "title": "Paren la guerra",
            "body": "Exigimos la paz.",
            "demands": "¡Paz ya!",
            "footnotes": "",
            "translator": "Lucía",
            "status": "published",
        },
    )
    assert saved.status_code == 302
    translation = StatementTranslation.objects.get(statement=statement, language="es")
    assert translation.demands == ["¡Paz ya!"] and translation.status == "published"

    statement_edit(
        statement=statement,
        acting_user=editor,
        title="Stop the war",
        body="We, the undersigned, **demand** peace.\n\nA new paragraph.",
        demands=["Peace now!"],
        footnotes=[],
    )
    statement_publish(statement=statement, acting_user=editor)
    page = logged_in.get(response.url).content.decode()
    assert "follows version 1" in page
    assert 'class="source-paragraph changed"' in page
    assert page.count('class="source-paragraph changed"') == 1
    manage = logged_in.get(f"/manage/statements/{statement.slug}/").content.decode()
    assert "outdated" in manage


def test_translation_pages_are_for_editors_only(client, outsider, statement):
    client.force_login(outsider)
    assert client.get(f"/manage/statements/{statement.slug}/translations/es").status_code == 404
