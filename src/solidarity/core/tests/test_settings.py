"""Production settings refuse to start without their secrets; the demo makes its own."""

import os
import stat
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet

from solidarity.cli import ENCRYPTION_KEY_FILE, SECRET_KEY_FILE, prepare_demo_environment

FERNET_KEY = Fernet.generate_key().decode()


def start_django(tmp_path, **secrets: str) -> subprocess.CompletedProcess:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "solidarity.settings",
        "SOLIDARITY_DATA_DIR": str(tmp_path / "data"),
        **secrets,
    }
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_settings_refuse_to_start_without_secret_key(tmp_path):
    done = start_django(tmp_path, SOLIDARITY_ENCRYPTION_KEY=FERNET_KEY)
    assert done.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in done.stderr


def test_production_settings_refuse_to_start_without_encryption_key(tmp_path):
    done = start_django(tmp_path, SECRET_KEY="some-secret")
    assert done.returncode != 0
    assert "ImproperlyConfigured: SOLIDARITY_ENCRYPTION_KEY is not set" in done.stderr


def test_production_settings_start_with_both_secrets(tmp_path):
    done = start_django(tmp_path, SECRET_KEY="some-secret", SOLIDARITY_ENCRYPTION_KEY=FERNET_KEY)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def bare_environment(monkeypatch):
    """Let prepare_demo_environment change os.environ; monkeypatch restores it."""
    for name in ("SECRET_KEY", "SOLIDARITY_ENCRYPTION_KEY", "EMAIL_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SOLIDARITY_DATA_DIR", "unused")


def test_demo_keys_are_created_once_with_mode_0600(tmp_path, bare_environment):
    folder = prepare_demo_environment(tmp_path / "demo-data")
    assert folder == (tmp_path / "demo-data").resolve()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in (SECRET_KEY_FILE, ENCRYPTION_KEY_FILE):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    secret_key = (folder / SECRET_KEY_FILE).read_text().strip()
    encryption_key = (folder / ENCRYPTION_KEY_FILE).read_text().strip()
    Fernet(encryption_key)  # a valid key
    assert len(secret_key) >= 50
    assert os.environ["SECRET_KEY"] == secret_key
    assert os.environ["SOLIDARITY_ENCRYPTION_KEY"] == encryption_key
    assert os.environ["SOLIDARITY_DATA_DIR"] == str(folder)
    assert os.environ["EMAIL_URL"] == "consolemail://"

    # Run again: the same keys, read back rather than replaced.
    del os.environ["SECRET_KEY"], os.environ["SOLIDARITY_ENCRYPTION_KEY"]
    prepare_demo_environment(tmp_path / "demo-data")
    assert os.environ["SECRET_KEY"] == secret_key
    assert os.environ["SOLIDARITY_ENCRYPTION_KEY"] == encryption_key


def test_demo_keys_do_not_override_configured_secrets(tmp_path, monkeypatch, bare_environment):
    monkeypatch.setenv("SECRET_KEY", "configured")
    monkeypatch.setenv("SOLIDARITY_ENCRYPTION_KEY", FERNET_KEY)
    monkeypatch.setenv("EMAIL_URL", "smtp://mail.example:25")
    folder = prepare_demo_environment(tmp_path / "demo-data")
    assert (folder / SECRET_KEY_FILE).exists()
    assert os.environ["SECRET_KEY"] == "configured"
    assert os.environ["SOLIDARITY_ENCRYPTION_KEY"] == FERNET_KEY
    assert os.environ["EMAIL_URL"] == "smtp://mail.example:25"
