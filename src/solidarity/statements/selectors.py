from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import router
from django.db.models import Prefetch, QuerySet

from solidarity.organizations.models import Organization

from .models import (
    Statement,
    StatementStatus,
    StatementTranslation,
    StatementVersion,
    TranslationStatus,
)

_INITIATORS = Prefetch(
    "initiators",
    queryset=Organization.objects.order_by("statementinitiator__position").prefetch_related(
        "alt_names"
    ),
)


def statement_get(*, slug: str) -> Statement | None:
    return (
        Statement.objects.select_related("current_version")
        .prefetch_related(_INITIATORS)
        .filter(slug=slug)
        .first()
    )


def statement_get_public(*, slug: str) -> Statement | None:
    statement = statement_get(slug=slug)
    if statement is None or statement.status == StatementStatus.DRAFT:
        return None
    return statement


# In the model's field order, as Model.from_db takes them.
_SIGNING_FIELDS = tuple(
    field.attname
    for field in Statement._meta.concrete_fields
    if field.attname in {"id", "slug", "status", "language", "current_version_id"}
)


def signing_cache_key(slug: str) -> str:
    return f"statement-signing:{slug}"


def statement_get_for_signing(*, slug: str) -> Statement | None:
    """The published statement a signature is for, and nothing more: signing needs its
    status, language and current version, not its initiators or its text.

    Read from the cache for a few seconds (`SOLIDARITY_SIGNING_CACHE_SECONDS`): in a
    spike every signature asks for the same statement. Saving a statement forgets it
    (see `apps.py`); with a per-process cache another process may go on using what it
    read for at most those seconds."""
    key = signing_cache_key(slug)
    values = cache.get(key)
    if values is None:
        values = (
            Statement.objects.exclude(status=StatementStatus.DRAFT)
            .filter(slug=slug)
            .values_list(*_SIGNING_FIELDS)
            .first()
        ) or ()
        cache.set(key, values, settings.SOLIDARITY_SIGNING_CACHE_SECONDS)
    if not values:
        return None
    return _signing_statement(router.db_for_read(Statement), values)


@lru_cache(maxsize=256)
def _signing_statement(database: str, values: tuple[Any, ...]) -> Statement:
    """One instance per state of a statement, shared by the signatures that read it
    (signing only reads it): building a model instance costs as much as reading the
    cache."""
    return Statement.from_db(database, _SIGNING_FIELDS, values)


def statement_list_public() -> QuerySet[Statement]:
    return (
        Statement.objects.exclude(status__in=[StatementStatus.DRAFT, StatementStatus.ARCHIVED])
        .select_related("current_version")
        .prefetch_related(_INITIATORS)
        .order_by("-current_version__published_at")
    )


def statement_list_for_user(*, user: User) -> QuerySet[Statement]:
    return (
        Statement.objects.filter(initiators__memberships__user=user)
        .distinct()
        .select_related("current_version")
        .order_by("-created_at")
    )


def statement_draft(*, statement: Statement) -> StatementVersion | None:
    return statement.versions.filter(published_at__isnull=True).first()


def statement_first_published_at(*, statement: Statement):  # type: ignore[no-untyped-def]
    first = statement.versions.filter(published_at__isnull=False).order_by("number").first()
    return first.published_at if first else None


def statement_translation_list(
    *, statement: Statement, published_only: bool = True
) -> list[StatementTranslation]:
    translations = statement.translations.select_related("version")
    if published_only:
        translations = translations.filter(status=TranslationStatus.PUBLISHED)
    return list(translations.order_by("language"))


def statement_translation_get(
    *, statement: Statement, language: str, published_only: bool = True
) -> StatementTranslation | None:
    translations = statement.translations.select_related("version").filter(language=language)
    if published_only:
        translations = translations.filter(status=TranslationStatus.PUBLISHED)
    return translations.first()


@dataclass(frozen=True)
class Reading:
    """The text a reader sees: the original or a published translation of it."""

    language: str
    title: str
    body: str
    demands: list[str]
    footnotes: list[str]
    translation: StatementTranslation | None
    available: list[str]  # every language the statement can be read in, original first
    # The reader's language has no translation, so the original is shown instead.
    no_translation_for: str | None


def statement_reading(
    *, statement: Statement, requested: str | None, reader_language: str
) -> Reading:
    """Pick the text to show: the language asked for explicitly, else the reader's
    language when a published translation exists, else the original."""
    version = statement.current_version
    assert version is not None
    translations = {t.language: t for t in statement_translation_list(statement=statement)}
    available = [statement.language, *translations]
    wanted = requested if requested in available else reader_language
    translation = translations.get(wanted) if wanted != statement.language else None
    text = translation or version
    missing = wanted if translation is None and wanted != statement.language else None
    return Reading(
        language=translation.language if translation else statement.language,
        title=text.title,
        body=text.body,
        demands=text.demands,
        footnotes=text.footnotes,
        translation=translation,
        available=available,
        no_translation_for=missing,
    )


def statement_read_language(*, statement: Statement, requested: str) -> str:
    """The language an endorser read: `requested` when the statement can be read in
    it (original or published translation), else the original language."""
    readable = (
        requested
        and requested != statement.language
        and statement_translation_get(statement=statement, language=requested)
    )
    return requested if readable else statement.language


def paragraphs_marked_changed(*, old_body: str, new_body: str) -> list[tuple[str, bool]]:
    """The paragraphs of `new_body`, each marked True when `old_body` lacks it: what a
    translator of the older version must look at again."""
    old = {paragraph.strip() for paragraph in old_body.split("\n\n")}
    return [
        (paragraph, paragraph.strip() not in old)
        for paragraph in new_body.split("\n\n")
        if paragraph.strip()
    ]
