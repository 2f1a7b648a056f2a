"""The `solidarity` console script, run as a user runs it, and the demo loader."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from solidarity.demo import DEMO_EMAIL, DEMO_PASSWORD, load_demo
from solidarity.endorsements.models import (
    DisplayMode,
    Endorsement,
    EndorsementKind,
    EndorsementStatus,
)
from solidarity.organizations.models import Organization
from solidarity.statements.models import Statement

SOLIDARITY = Path(sys.executable).parent / "solidarity"
# Variables of the test run that must not reach the production settings.
SCRUBBED = {
    "DATABASE_URL",
    "DJANGO_SETTINGS_MODULE",
    "EMAIL_URL",
    "REDIS_URL",
    "SOLIDARITY_TASK_BACKEND",
    "SOLIDARITY_HASH_KEY",
    "SECRET_KEY_FALLBACKS",
    "SOLIDARITY_BASE_URL",
}


def production_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
    env.update(
        {
            "SECRET_KEY": "cli-test-secret-key",
            "SOLIDARITY_ENCRYPTION_KEY": Fernet.generate_key().decode(),
            "SOLIDARITY_DATA_DIR": str(data_dir),
            "EMAIL_URL": "consolemail://",
            **extra,
        }
    )
    return env


def solidarity(env: dict[str, str], *args: str, stdin: str | None = None):
    return subprocess.run(
        [str(SOLIDARITY), *args], env=env, input=stdin, capture_output=True, text=True, timeout=60
    )


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory):
    env = production_env(tmp_path_factory.mktemp("cli") / "data")
    done = solidarity(env, "migrate", "--verbosity", "0")
    assert done.returncode == 0, done.stderr
    return env


def python_in_project(env: dict[str, str], code: str) -> str:
    done = solidarity(env, "shell", "--no-imports", "-c", code)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_migrate_creates_the_sqlite_database_in_the_data_folder(cli_env):
    assert (Path(cli_env["SOLIDARITY_DATA_DIR"]) / "solidarity.sqlite3").is_file()
    again = solidarity(cli_env, "migrate")
    assert again.returncode == 0, again.stderr
    assert "No migrations to apply" in again.stdout


def test_user_create_with_password_from_stdin(cli_env):
    done = solidarity(
        cli_env,
        "user",
        "create",
        "Ana@Union.example",
        "--password-stdin",
        stdin="a long passphrase 1917\n",
    )
    assert done.returncode == 0, done.stderr
    assert "Created the user Ana@union.example." in done.stdout
    checked = python_in_project(
        cli_env,
        "from solidarity.accounts.services import user_get_by_email as g; "
        "u = g(email='ana@union.example'); "
        "print(u.check_password('a long passphrase 1917'), u.check_password('wrong'))",
    )
    assert checked == "True False"


def test_user_create_without_password_has_no_usable_password(cli_env):
    done = solidarity(cli_env, "user", "create", "bo@union.example")
    assert done.returncode == 0, done.stderr
    checked = python_in_project(
        cli_env,
        "from solidarity.accounts.services import user_get_by_email as g; "
        "print(g(email='bo@union.example').has_usable_password())",
    )
    assert checked == "False"


def test_user_create_refuses_a_duplicate_a_bad_address_and_a_weak_password(cli_env):
    assert solidarity(cli_env, "user", "create", "dup@union.example").returncode == 0
    duplicate = solidarity(cli_env, "user", "create", "DUP@union.example")
    assert duplicate.returncode != 0
    assert "A user with this e-mail address already exists." in duplicate.stderr
    bad = solidarity(cli_env, "user", "create", "not-an-address")
    assert bad.returncode != 0
    assert "Enter a valid e-mail address." in bad.stderr
    weak = solidarity(
        cli_env, "user", "create", "weak@union.example", "--password-stdin", stdin="123\n"
    )
    assert weak.returncode != 0
    assert "too short" in weak.stderr


def test_token_create_prints_only_a_token_that_authenticates(cli_env):
    assert solidarity(cli_env, "user", "create", "tok@union.example").returncode == 0
    done = solidarity(cli_env, "token", "create", "tok@union.example")
    assert done.returncode == 0, done.stderr
    token = done.stdout.strip()
    assert done.stdout == token + "\n"
    assert token.startswith("sol_")
    owner = python_in_project(
        cli_env,
        "from solidarity.accounts.selectors import api_token_user; "
        f"print(api_token_user(token={token!r}).email)",
    )
    assert owner == "tok@union.example"
    assert (
        python_in_project(
            cli_env,
            "from solidarity.accounts.selectors import api_token_user; "
            "print(api_token_user(token='sol_not-a-token'))",
        )
        == "None"
    )


def test_token_create_for_an_unknown_user_fails(cli_env):
    done = solidarity(cli_env, "token", "create", "nobody@union.example")
    assert done.returncode != 0
    assert "No user has this e-mail address." in done.stderr
    assert done.stdout == ""


def _snapshot() -> dict[str, object]:
    return {
        "organizations": Organization.objects.count(),
        "statements": list(
            Statement.objects.order_by("pk").values_list(
                "slug", "organizations_count", "individuals_count", "withheld_count"
            )
        ),
        "endorsements": Endorsement.objects.count(),
    }


def test_demo_content_loads_once_with_exact_counters(db):
    assert load_demo() is True
    first = _snapshot()
    assert load_demo() is False
    assert _snapshot() == first

    statements = list(Statement.objects.order_by("pk"))
    assert [s.language for s in statements] == ["en", "es"]
    assert statements[0].current_version.number == 2
    for statement in statements:
        published = Endorsement.objects.filter(
            statement=statement, status=EndorsementStatus.PUBLISHED
        )
        individuals = published.filter(kind=EndorsementKind.INDIVIDUAL)
        assert statement.individuals_count == individuals.count() > 0
        assert statement.withheld_count == individuals.filter(display=DisplayMode.WITHHELD).count()
        assert (
            statement.organizations_count
            == published.filter(kind=EndorsementKind.ORGANIZATION).count()
        )
        assert set(published.values_list("version", flat=True)) == {statement.current_version_id}

    assert Endorsement.objects.filter(kind=EndorsementKind.INDIVIDUAL).count() == 300
    assert (
        Endorsement.objects.filter(
            kind=EndorsementKind.ORGANIZATION, status=EndorsementStatus.PUBLISHED
        ).count()
        == 20
    )
    pending = Endorsement.objects.filter(status=EndorsementStatus.AWAITING_APPROVAL)
    assert pending.count() == 3
    assert pending.filter(signer_domain_verified=True).count() == 1
    assert Organization.objects.count() >= 25
    international = Organization.objects.get(kind="international")
    assert 4 <= international.sections.count() <= 5

    from django.contrib.auth import authenticate

    owner = authenticate(username=DEMO_EMAIL, password=DEMO_PASSWORD)
    assert owner is not None
    assert owner.memberships.filter(organization=international, role="owner").exists()
