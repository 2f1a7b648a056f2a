from django.contrib.auth.models import User
from django.http import Http404, HttpRequest
from ninja import Router, Status

from solidarity.core.apitools import (
    BearerToken,
    FormInvalid,
    LanguageCode,
    Slug,
    optional_user,
    validated,
)
from solidarity.core.errors import PermissionDenied
from solidarity.organizations.models import Organization

from .forms import StatementCreateForm, StatementTextForm, StatementTranslationForm
from .models import Statement, StatementStatus, StatementTranslation
from .schemas import (
    CountsOut,
    InitiatorOut,
    StatementIn,
    StatementOut,
    StatementPatch,
    StatusOut,
    TranslationIn,
    TranslationOut,
)
from .selectors import (
    statement_draft,
    statement_get,
    statement_translation_get,
    statement_translation_list,
)
from .services import (
    statement_close,
    statement_create,
    statement_edit,
    statement_publish,
    statement_reopen,
    statement_require_editor,
    statement_translation_save,
)

router = Router(tags=["statements"])


def statement_out(
    statement: Statement, *, show_draft: bool = False, lang: str | None = None
) -> StatementOut:
    draft = statement_draft(statement=statement) if show_draft else None
    text = statement.current_version or draft
    assert text is not None
    translation = (
        statement_translation_get(statement=statement, language=lang)
        if lang and statement.current_version
        else None
    )
    shown = translation or text
    return StatementOut(
        slug=statement.slug,
        title=shown.title,
        body=shown.body,
        language=translation.language if translation else statement.language,
        original_language=statement.language,
        translates_version=translation.version.number if translation else None,
        outdated=translation.is_outdated if translation else False,
        languages=[
            statement.language,
            *(t.language for t in statement_translation_list(statement=statement)),
        ],
        status=statement.status,
        version=text.number,
        published_at=text.published_at,
        demands=shown.demands,
        footnotes=shown.footnotes,
        initiators=[
            InitiatorOut(
                slug=o.slug,
                name=o.name,
                alt_names=[a.name for a in o.alt_names.all()],
                countries=[c.code for c in o.countries],
            )
            for o in statement.initiators.all()
        ],
        counts=CountsOut(
            organizations=statement.organizations_count,
            individuals=statement.individuals_count,
            withheld=statement.withheld_count,
        ),
        draft_version=draft.number if draft else None,
    )


def _is_editor(statement: Statement, user: User | None) -> bool:
    if user is None:
        return False
    try:
        statement_require_editor(statement=statement, user=user)
    except PermissionDenied:
        return False
    return True


def _get(slug: str) -> Statement:
    statement = statement_get(slug=slug)
    if statement is None:
        raise Http404
    return statement


@router.post(
    "",
    response={201: StatementOut},
    auth=BearerToken(),
    url_name="statement_create",
    summary="Draft a statement",
    operation_id="statement_create",
)
def statement_create_endpoint(request: HttpRequest, payload: StatementIn):  # type: ignore[no-untyped-def]
    initiators = list(Organization.objects.filter(slug__in=payload.initiators))
    missing = set(payload.initiators) - {o.slug for o in initiators}
    if missing or not payload.initiators:
        raise FormInvalid(
            [
                {
                    "field": "initiators",
                    "message": str(
                        StatementCreateForm.base_fields["initiators"].error_messages[
                            "invalid_choice"
                        ]
                        % {"value": ", ".join(sorted(missing)) or "—"}
                    ),
                }
            ]
        )
    choices = [(o.slug, o.name) for o in initiators]
    data = validated(StatementCreateForm, payload.dict(), initiator_choices=choices)
    by_slug = {o.slug: o for o in initiators}
    data["initiators"] = [by_slug[slug] for slug in payload.initiators]
    statement = statement_create(acting_user=request.user, **data)  # type: ignore[arg-type]
    return Status(201, statement_out(_get(statement.slug), show_draft=True))


@router.get(
    "/{slug}",
    response=StatementOut,
    url_name="statement_get",
    summary="A statement: its current text and counts",
    operation_id="statement_get",
)
def statement_get_endpoint(request: HttpRequest, slug: Slug, lang: LanguageCode | None = None):  # type: ignore[no-untyped-def]
    statement = _get(slug)
    is_editor = _is_editor(statement, optional_user(request))
    if statement.status == StatementStatus.DRAFT and not is_editor:
        raise Http404
    return statement_out(statement, show_draft=is_editor, lang=lang)


@router.patch(
    "/{slug}",
    response=StatementOut,
    auth=BearerToken(),
    url_name="statement_edit",
    summary="Edit the text; a published statement gets a new draft version",
    operation_id="statement_edit",
)
def statement_edit_endpoint(request: HttpRequest, slug: Slug, payload: StatementPatch):  # type: ignore[no-untyped-def]
    statement = _get(slug)
    statement_require_editor(statement=statement, user=request.user)  # type: ignore[arg-type]
    base = statement_draft(statement=statement) or statement.current_version
    assert base is not None
    current = {
        "title": base.title,
        "body": base.body,
        "demands": base.demands,
        "footnotes": base.footnotes,
    }
    data = validated(StatementTextForm, current | payload.dict(exclude_none=True))
    statement_edit(statement=statement, acting_user=request.user, **data)  # type: ignore[arg-type]
    return statement_out(_get(slug), show_draft=True)


def _status_out(statement: Statement) -> StatusOut:
    statement.refresh_from_db()
    version = statement.current_version.number if statement.current_version else None
    return StatusOut(slug=statement.slug, status=statement.status, version=version)


@router.post(
    "/{slug}/publish",
    response=StatusOut,
    auth=BearerToken(),
    url_name="statement_publish",
    summary="Publish the draft text as the current version",
    operation_id="statement_publish",
)
def statement_publish_endpoint(request: HttpRequest, slug: Slug):  # type: ignore[no-untyped-def]
    statement = _get(slug)
    statement_publish(statement=statement, acting_user=request.user)  # type: ignore[arg-type]
    return _status_out(statement)


@router.post(
    "/{slug}/close",
    response=StatusOut,
    auth=BearerToken(),
    url_name="statement_close",
    summary="Close to new endorsements",
    operation_id="statement_close",
)
def statement_close_endpoint(request: HttpRequest, slug: Slug):  # type: ignore[no-untyped-def]
    statement = _get(slug)
    statement_close(statement=statement, acting_user=request.user)  # type: ignore[arg-type]
    return _status_out(statement)


@router.post(
    "/{slug}/reopen",
    response=StatusOut,
    auth=BearerToken(),
    url_name="statement_reopen",
    summary="Reopen to new endorsements",
    operation_id="statement_reopen",
)
def statement_reopen_endpoint(request: HttpRequest, slug: Slug):  # type: ignore[no-untyped-def]
    statement = _get(slug)
    statement_reopen(statement=statement, acting_user=request.user)  # type: ignore[arg-type]
    return _status_out(statement)


def translation_out(translation: StatementTranslation) -> TranslationOut:
    return TranslationOut(
        language=translation.language,
        title=translation.title,
        body=translation.body,
        demands=translation.demands,
        footnotes=translation.footnotes,
        translator=translation.translator,
        status=translation.status,
        translates_version=translation.version.number,
        outdated=translation.is_outdated,
    )


@router.get(
    "/{slug}/translations",
    response=list[TranslationOut],
    url_name="statement_translation_list",
    summary="Published translations (editors also see drafts)",
    operation_id="statement_translation_list",
)
def statement_translation_list_endpoint(request: HttpRequest, slug: Slug):  # type: ignore[no-untyped-def]
    statement = _get(slug)
    is_editor = _is_editor(statement, optional_user(request))
    if statement.status == StatementStatus.DRAFT and not is_editor:
        raise Http404
    return [
        translation_out(t)
        for t in statement_translation_list(statement=statement, published_only=not is_editor)
    ]


@router.post(
    "/{slug}/translations",
    response={201: TranslationOut},
    auth=BearerToken(),
    url_name="statement_translation_save",
    summary="Add or update the translation into a language",
    operation_id="statement_translation_save",
)
def statement_translation_save_endpoint(  # type: ignore[no-untyped-def]
    request: HttpRequest, slug: Slug, payload: TranslationIn
):
    statement = _get(slug)
    data = validated(StatementTranslationForm, payload.dict())
    translation = statement_translation_save(
        statement=statement,
        acting_user=request.user,  # type: ignore[arg-type]
        **data,
    )
    return Status(201, translation_out(translation))
