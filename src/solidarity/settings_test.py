"""Settings for the test suite: the production module with test secrets and fast parts."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
# A fixed test key, used only by the suite.
os.environ.setdefault("SOLIDARITY_ENCRYPTION_KEY", "dGVzdC1rZXktdGVzdC1rZXktdGVzdC1rZXktdGVzdC0=")
os.environ.setdefault("SOLIDARITY_DATA_DIR", tempfile.mkdtemp(prefix="solidarity-test-"))
os.environ.setdefault("SOLIDARITY_DB_POOL", "false")
os.environ.setdefault("EMAIL_URL", "consolemail://")

from solidarity.settings import *  # noqa: E402,F403
from solidarity.settings import DATA_DIR, DATABASES  # noqa: E402

# A file, not the in-memory shared cache: that mode locks whole tables and refuses a
# second writer at once, while the real database (WAL, IMMEDIATE) queues writers.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Tests post the signing forms at once; the minimum fill time has tests of its own.
SOLIDARITY_FORM_MIN_SECONDS = 0
