"""The `solidarity` command: Django's management commands under the project's settings.

`solidarity import-statement` runs without Django: it only reads text.
`solidarity demo` first prepares a data folder with generated secrets, so that a
demonstration needs no configuration at all.
"""

import os
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path

from cryptography.fernet import Fernet

DEFAULT_DATA_DIR = "solidarity-data"
SECRET_KEY_FILE = "secret_key"  # noqa: S105 - a file name
ENCRYPTION_KEY_FILE = "encryption_key"


def _read_or_create_secret(path: Path, generate: bytes) -> str:
    """Return the secret stored at `path`, writing `generate` there (mode 0600) first
    if the file does not exist yet."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "wb") as handle:
        handle.write(generate + b"\n")
    return generate.decode()


def prepare_demo_environment(data_dir: Path | None = None) -> Path:
    """Create the data folder and its key files once; export the settings they feed.

    Runs before Django reads the settings. Values already in the environment win.
    """
    folder = Path(
        data_dir
        if data_dir is not None
        else os.environ.get("SOLIDARITY_DATA_DIR", DEFAULT_DATA_DIR)
    ).resolve()
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
    os.environ["SOLIDARITY_DATA_DIR"] = str(folder)
    secret_key = _read_or_create_secret(
        folder / SECRET_KEY_FILE, secrets.token_urlsafe(50).encode()
    )
    encryption_key = _read_or_create_secret(folder / ENCRYPTION_KEY_FILE, Fernet.generate_key())
    if not os.environ.get("SECRET_KEY", "").strip():
        os.environ["SECRET_KEY"] = secret_key
    if not os.environ.get("SOLIDARITY_ENCRYPTION_KEY", "").strip():
        os.environ["SOLIDARITY_ENCRYPTION_KEY"] = encryption_key
    # Confirmation e-mails, links included, appear in the terminal.
    os.environ.setdefault("EMAIL_URL", "consolemail://")
    return folder


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv if argv is None else argv)
    args[0] = "solidarity"
    if len(args) > 1 and args[1] == "import-statement":
        from solidarity.imports.command import main as import_statement

        sys.exit(import_statement(args[2:]))
    if len(args) > 1 and args[1] == "demo":
        prepare_demo_environment()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "solidarity.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(args)


if __name__ == "__main__":
    main()
