import pytest

from solidarity.accounts.services import user_create
from solidarity.organizations.services import membership_set


@pytest.fixture
def logged_in(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def outsider(db):
    return user_create(email="outsider@elsewhere.example", password="another horse battery")


@pytest.fixture
def moderator(editor, organization):
    user = user_create(email="mod@workers.example", password="moderator horse battery")
    membership_set(organization=organization, user=user, role="moderator", acting_user=editor)
    return user
