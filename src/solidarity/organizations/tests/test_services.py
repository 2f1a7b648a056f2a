import pytest

from solidarity.accounts.services import user_create
from solidarity.core.errors import Conflict, PermissionDenied
from solidarity.organizations.models import Membership, MembershipRole
from solidarity.organizations.services import (
    membership_set,
    organization_create,
    organization_domain_add,
)


def test_create_with_names_in_several_scripts(editor):
    organization = organization_create(
        acting_user=editor,
        name="Unión Obrera",
        alt_names=["Workers' Union", "Рабочий союз"],
        acronym="UO",
        kind="union",
        countries=["AR", "UY"],
    )
    assert organization.slug == "uo"
    assert [a.name for a in organization.alt_names.all()] == ["Workers' Union", "Рабочий союз"]
    assert [c.code for c in organization.countries] == ["AR", "UY"]
    assert Membership.objects.get(organization=organization).role == MembershipRole.OWNER


def test_sections_have_a_parent_and_names_without_latin_get_a_slug(editor):
    international = organization_create(
        acting_user=editor, name="Workers International", kind="international", countries=["GB"]
    )
    section = organization_create(
        acting_user=editor,
        name="노동자연대",
        kind="section",
        countries=["KR"],
        parent=international,
    )
    assert section.parent == international and section.slug == "organization"
    assert list(international.sections.all()) == [section]


def test_domain_verification_requires_an_address_at_the_domain(editor, organization):
    organization_domain_add(organization=organization, domain="workers.example", acting_user=editor)
    with pytest.raises(PermissionDenied):
        organization_domain_add(
            organization=organization, domain="other.example", acting_user=editor
        )
    with pytest.raises(Conflict):
        organization_domain_add(
            organization=organization, domain="workers.example", acting_user=editor
        )
    assert list(organization.domains.values_list("domain", flat=True)) == ["workers.example"]


def test_only_owners_manage_members(editor, organization):
    moderator = user_create(email="mod@example.org")
    membership_set(
        organization=organization,
        user=moderator,
        role=MembershipRole.MODERATOR,
        acting_user=editor,
    )
    with pytest.raises(PermissionDenied):
        membership_set(
            organization=organization,
            user=moderator,
            role=MembershipRole.OWNER,
            acting_user=moderator,
        )
    assert Membership.objects.get(user=moderator).role == MembershipRole.MODERATOR
