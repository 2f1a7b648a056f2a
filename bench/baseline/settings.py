"""Minimal settings: one app, one model, no sessions, no auth, no templates beyond
the one form. DATABASE_URL picks PostgreSQL (persistent connections); unset, SQLite."""

import os

import dj_database_url

SECRET_KEY = os.environ.get("SECRET_KEY", "baseline-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["baseline"]
MIDDLEWARE = [
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
ROOT_URLCONF = "baseline.urls"
WSGI_APPLICATION = "baseline.wsgi.application"
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}]
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("DATABASE_URL"):
    # Persistent connections: one per gunicorn worker, kept across requests.
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=None)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("BASELINE_SQLITE", "baseline.sqlite3"),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;",
            },
            "CONN_MAX_AGE": None,
        }
    }
