"""The organisation pages of the dashboard; statements and moderation are in test_views."""

from solidarity.organizations.models import Membership, Organization, OrganizationDomain


def page(response):
    return response.content.decode()


# Organisations


def test_create_organisation_makes_the_user_owner(logged_in, editor, organization):
    response = logged_in.post(
        "/manage/organizations/new",
        {
            "name": "Ukrainian Dockers",
            "alt_names": "Українські докери",
            "acronym": "UD",
            "kind": "union",
            "countries": ["UA"],
            "parent": "wsl",
            "website": "dockers.example",
        },
        follow=True,
    )
    created = Organization.objects.get(name="Ukrainian Dockers")
    assert response.redirect_chain[-1][0] == f"/manage/organizations/{created.slug}/"
    assert created.parent == organization and created.countries[0].code == "UA"
    assert Membership.objects.get(organization=created, user=editor).role == "owner"
    html = page(response)
    assert "created" in html and "Українські докери" in html and "Ukraine" in html
    assert "Workers Solidarity League" in html  # the parent


def test_create_organisation_shows_form_errors(logged_in):
    response = logged_in.post("/manage/organizations/new", {"name": "", "kind": "union"})
    assert response.status_code == 400
    assert "This field is required." in page(response)
    assert not Organization.objects.exists()


def test_organisation_detail_lists_names_domains_and_members(logged_in, organization, moderator):
    OrganizationDomain.objects.create(organization=organization, domain="workers.example")
    html = page(logged_in.get("/manage/organizations/wsl/"))
    assert "노동자연대" in html and "WSL" in html
    assert "workers.example" in html
    assert "editor@workers.example" in html and "mod@workers.example" in html
    assert "Moderator" in html


def test_owner_verifies_the_domain_of_own_address(logged_in, organization):
    response = logged_in.post(
        "/manage/organizations/wsl/domains", {"domain": "@Workers.Example"}, follow=True
    )
    assert "Domain <bdi>workers.example</bdi> verified." in page(response)
    assert list(organization.domains.values_list("domain", flat=True)) == ["workers.example"]


def test_other_domain_is_refused_with_a_message(logged_in, organization):
    response = logged_in.post("/manage/organizations/wsl/domains", {"domain": "other.example"})
    assert response.status_code == 400
    assert "You can only verify the domain of your own e-mail address." in page(response)
    assert not organization.domains.exists()


def test_non_owner_member_cannot_add_domains_or_members(client, moderator, organization, outsider):
    client.force_login(moderator)
    assert client.get("/manage/organizations/wsl/").status_code == 200
    response = client.post("/manage/organizations/wsl/domains", {"domain": "workers.example"})
    assert "You do not have permission to change this organisation." in page(response)
    response = client.post(
        "/manage/organizations/wsl/members", {"email": outsider.email, "role": "owner"}
    )
    assert "You do not have permission to change this organisation." in page(response)
    assert not organization.domains.exists()
    assert not Membership.objects.filter(user=outsider).exists()
    assert Membership.objects.get(user=moderator).role == "moderator"


def test_owner_adds_member_and_changes_role(logged_in, organization, outsider):
    response = logged_in.post(
        "/manage/organizations/wsl/members",
        {"email": "Outsider@Elsewhere.example", "role": "editor"},
        follow=True,
    )
    assert "<bdi>outsider@elsewhere.example</bdi> now has the role <bdi>Editor</bdi>." in page(
        response
    )
    assert Membership.objects.get(user=outsider, organization=organization).role == "editor"
    logged_in.post("/manage/organizations/wsl/members", {"email": outsider.email, "role": "owner"})
    assert Membership.objects.get(user=outsider, organization=organization).role == "owner"


def test_unknown_member_address_is_a_clear_error(logged_in, organization):
    response = logged_in.post(
        "/manage/organizations/wsl/members", {"email": "nobody@nowhere.example", "role": "editor"}
    )
    assert response.status_code == 400
    assert "No account uses this e-mail address." in page(response)
    assert organization.memberships.count() == 1
