"""Settings, read from the environment.

Production (the default) refuses to start without its secrets; `solidarity demo`
generates them into the data folder before Django loads this module.
"""

import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url
from django.conf import global_settings
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def mandatory_secret(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} is not set. Production settings refuse to start without it; "
            "see the README's Configuration section."
        )
    return value


DEBUG = env_bool("SOLIDARITY_DEBUG")
DATA_DIR = Path(os.environ.get("SOLIDARITY_DATA_DIR", "solidarity-data")).resolve()

SECRET_KEY = mandatory_secret("SECRET_KEY")
SECRET_KEY_FALLBACKS = [k for k in os.environ.get("SECRET_KEY_FALLBACKS", "").split(",") if k]
# Comma-separated Fernet keys: the first encrypts, all of them decrypt (rotation).
SOLIDARITY_ENCRYPTION_KEYS = [
    k.strip() for k in mandatory_secret("SOLIDARITY_ENCRYPTION_KEY").split(",") if k.strip()
]
# Key of the blind index used to de-duplicate e-mail addresses; see
# docs/decisions/0002. Empty means: derived from the oldest encryption key.
SOLIDARITY_HASH_KEY = os.environ.get("SOLIDARITY_HASH_KEY", "")
SOLIDARITY_BASE_URL = os.environ.get("SOLIDARITY_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",")
]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "solidarity.core",
    "solidarity.accounts",
    "solidarity.organizations",
    "solidarity.statements",
    "solidarity.endorsements",
    "solidarity.dashboard",
    "solidarity.imports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "solidarity.core.middleware.FormEncodingMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "solidarity.core.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "solidarity.urls"
WSGI_APPLICATION = "solidarity.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def database_settings() -> dict[str, Any]:
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        config: dict[str, Any] = dict(dj_database_url.parse(url))
        # The statements that run for every signature (core/rows.py) are prepared once
        # per connection; everything else binds on the client as Django does. Off
        # (SOLIDARITY_DB_PREPARE=0) behind a pooler that cannot keep prepared
        # statements, such as PgBouncer before 1.21 in transaction mode.
        if config["ENGINE"] == "django.db.backends.postgresql":
            # Django's, answering at once while the database is away (core/postgresql).
            config["ENGINE"] = "solidarity.core.postgresql"
            config.setdefault("OPTIONS", {})["prepare_threshold"] = (
                0 if env_bool("SOLIDARITY_DB_PREPARE", default=True) else None
            )
        if env_bool("SOLIDARITY_DB_POOL", default=True):
            config["CONN_MAX_AGE"] = 0
            config.setdefault("OPTIONS", {})["pool"] = {
                "min_size": 1,
                "max_size": int(os.environ.get("SOLIDARITY_DB_POOL_SIZE", "8")),
                # How long a request waits for a connection before it is answered
                # 503 (the database is down, or every connection is busy).
                "timeout": float(os.environ.get("SOLIDARITY_DB_POOL_TIMEOUT", "5")),
            }
        return config
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATA_DIR / "solidarity.sqlite3",
        # Kept open: opening a file and setting WAL mode on every request costs more
        # than most requests do.
        "CONN_MAX_AGE": None,
        "OPTIONS": {
            # IMMEDIATE takes the write lock at BEGIN, so concurrent writers queue
            # on busy_timeout instead of failing with "database is locked".
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL;PRAGMA synchronous=NORMAL;PRAGMA foreign_keys=ON;"
            ),
        },
    }


DATABASES = {"default": database_settings()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TASKS = {
    "default": {
        "BACKEND": os.environ.get("SOLIDARITY_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# The throttle's counts live here (core/throttle.py). Django's local-memory cache keeps
# 300 entries, fewer than a spike's signers in a second: a network's count would be
# evicted before its limit were reached. Kept are the counts of the last ~25,000
# signers or more (a few MB per process), least recently used dropped first; Redis
# shares counts across processes and keeps every one for its window.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }
}
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }


def email_settings(url: str) -> dict:
    """EMAIL_URL: smtp://[user:pass@]host:port (smtps:// or ?tls=1 for TLS),
    consolemail:// or filemail:///absolute/folder."""
    parsed = urlsplit(url)
    if parsed.scheme == "consolemail":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if parsed.scheme == "filemail":
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": unquote(parsed.path) or str(DATA_DIR / "mail"),
        }
    if parsed.scheme in {"smtp", "smtps"}:
        tls = parse_qs(parsed.query).get("tls", ["0"])[0] in {"1", "true"}
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parsed.hostname or "localhost",
            "EMAIL_PORT": parsed.port or (465 if parsed.scheme == "smtps" else 25),
            "EMAIL_HOST_USER": unquote(parsed.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parsed.password or ""),
            "EMAIL_USE_SSL": parsed.scheme == "smtps",
            "EMAIL_USE_TLS": tls,
        }
    raise ImproperlyConfigured(
        f"EMAIL_URL has an unknown scheme {parsed.scheme!r}: use smtp://, smtps://, "
        "consolemail:// or filemail:///path."
    )


globals().update(email_settings(os.environ.get("EMAIL_URL", "consolemail://")))
EMAIL_TIMEOUT = 15
# A worker sending a confirmation holds it this long; if the worker dies, the e-mail is
# due again afterwards. The sweep (in `solidarity worker`) re-enqueues e-mails due for
# longer than the grace period, whose task was lost.
# Signing limits (core/throttle.py). The client's address is read from this header when
# a proxy of ours sets it ("X-Forwarded-For"), counting this many proxies from the end;
# else from the connection. SCALE multiplies every limit (benchmarks raise it).
SOLIDARITY_CLIENT_ADDRESS_HEADER = (
    "HTTP_" + os.environ["SOLIDARITY_CLIENT_ADDRESS_HEADER"].strip().upper().replace("-", "_")
    if os.environ.get("SOLIDARITY_CLIENT_ADDRESS_HEADER", "").strip()
    else ""
)
SOLIDARITY_TRUSTED_PROXIES = int(os.environ.get("SOLIDARITY_TRUSTED_PROXIES", "1"))
SOLIDARITY_THROTTLE_SCALE = float(os.environ.get("SOLIDARITY_THROTTLE_SCALE", "1"))
# A signing form sent sooner than this after it was shown was not filled in by a person.
SOLIDARITY_FORM_MIN_SECONDS = float(os.environ.get("SOLIDARITY_FORM_MIN_SECONDS", "3"))
SOLIDARITY_EMAIL_LEASE_SECONDS = int(os.environ.get("SOLIDARITY_EMAIL_LEASE_SECONDS", "600"))
SOLIDARITY_SIGNING_CACHE_SECONDS = int(os.environ.get("SOLIDARITY_SIGNING_CACHE_SECONDS", "5"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Solidarity <noreply@localhost>")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en"
# The interface languages with complete catalogues in locale/; their names come
# from Django's own list (and catalogues).
SHIPPED_LANGUAGES = ["en", "es", "pt", "fr", "de", "it", "ru", "uk", "ar", "tr", "el", "ko"]
LANGUAGES = [(code, name) for code, name in global_settings.LANGUAGES if code in SHIPPED_LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# Static files are few and ship inside the package: serve them from the finders so
# that a fresh install needs no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if env_bool("SOLIDARITY_HTTPS"):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
