"""The initiators' management pages: parse a form, call a service or selector, render."""

from collections.abc import Callable

from django import forms
from django.conf import global_settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from solidarity.core.errors import ServiceError
from solidarity.core.forms import AuthenticatedRequest, add_service_error, posted
from solidarity.core.html import bidi_isolated
from solidarity.core.markdown import render_markdown
from solidarity.endorsements.forms import RejectForm
from solidarity.endorsements.models import Endorsement
from solidarity.endorsements.selectors import (
    endorsement_pending_list,
    endorsement_unchecked_count,
    endorsement_unchecked_list,
)
from solidarity.endorsements.services import (
    endorsement_approve,
    endorsement_reject,
    endorsement_remove_unchecked,
)
from solidarity.organizations.forms import OrganizationDomainForm, OrganizationForm
from solidarity.organizations.models import Organization
from solidarity.organizations.selectors import (
    organization_get,
    organization_list_for_user,
    organization_name_warnings,
)
from solidarity.organizations.services import (
    membership_set,
    organization_create,
    organization_domain_add,
)
from solidarity.statements.forms import (
    StatementCreateForm,
    StatementEditForm,
    StatementTranslationForm,
    language_choices,
)
from solidarity.statements.models import Statement, StatementStatus, TranslationStatus
from solidarity.statements.selectors import (
    paragraphs_marked_changed,
    statement_draft,
    statement_get,
    statement_translation_get,
    statement_translation_list,
)
from solidarity.statements.services import (
    EDITOR_ROLES,
    statement_close,
    statement_create,
    statement_edit,
    statement_publish,
    statement_reopen,
    statement_require_editor,
    statement_require_moderator,
    statement_translation_save,
)

from . import selectors
from .forms import MemberForm


def _allowed(check, **kwargs) -> bool:  # type: ignore[no-untyped-def]
    try:
        check(**kwargs)
    except ServiceError:
        return False
    return True


@login_required
def home(request: AuthenticatedRequest) -> HttpResponse:
    context = {
        "memberships": selectors.membership_list_for_user(user=request.user),
        "statements": selectors.statement_overview_for_user(user=request.user),
    }
    return render(request, "dashboard/home.html", context)


# Organisations


@login_required
def organization_create_view(request: AuthenticatedRequest) -> HttpResponse:
    form = OrganizationForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            organization = organization_create(acting_user=request.user, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                bidi_isolated(_("Organisation “%(name)s” created."), name=organization.name),
            )
            if organization.name_warnings:
                messages.warning(
                    request,
                    _(
                        "Its names look like another organisation's or mix scripts: "
                        "moderators will see a warning wherever it endorses."
                    ),
                )
            return redirect("dashboard:organization_detail", slug=organization.slug)
    status = 400 if form.is_bound else 200
    return render(request, "dashboard/organization_form.html", {"form": form}, status=status)


def _member_organization(request: AuthenticatedRequest, slug: str) -> Organization:
    """The organisation, if the user is a member; to anyone else it does not exist."""
    organization = organization_get(slug=slug)
    if organization is None or not selectors.organization_is_member(
        user=request.user, organization=organization
    ):
        raise Http404
    return organization


def _render_organization(
    request: AuthenticatedRequest,
    organization: Organization,
    *,
    domain_form: forms.Form | None = None,
    member_form: forms.Form | None = None,
    status: int = 200,
) -> HttpResponse:
    context = {
        "organization": organization,
        "domains": organization.domains.order_by("domain"),
        "memberships": selectors.membership_list(organization=organization),
        "is_owner": selectors.organization_is_owner(user=request.user, organization=organization),
        "domain_form": domain_form or OrganizationDomainForm(auto_id="domain-%s"),
        "member_form": member_form or MemberForm(auto_id="member-%s"),
    }
    return render(request, "dashboard/organization_detail.html", context, status=status)


@login_required
def organization_detail(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    return _render_organization(request, _member_organization(request, slug))


@login_required
@require_POST
def organization_domain_add_view(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    organization = _member_organization(request, slug)
    form = OrganizationDomainForm(request.POST, auto_id="domain-%s")
    if form.is_valid():
        try:
            domain = organization_domain_add(
                organization=organization, acting_user=request.user, **form.cleaned_data
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request, bidi_isolated(_("Domain %(domain)s verified."), domain=domain.domain)
            )
            return redirect("dashboard:organization_detail", slug=organization.slug)
    return _render_organization(request, organization, domain_form=form, status=400)


@login_required
@require_POST
def organization_member_set(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    organization = _member_organization(request, slug)
    form = MemberForm(request.POST, auto_id="member-%s")
    if form.is_valid():
        try:
            membership = membership_set(
                organization=organization,
                user=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                acting_user=request.user,
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                bidi_isolated(
                    _("%(email)s now has the role %(role)s."),
                    email=membership.user.email,
                    role=membership.get_role_display(),
                ),
            )
            return redirect("dashboard:organization_detail", slug=organization.slug)
    return _render_organization(request, organization, member_form=form, status=400)


# Statements


@login_required
def statement_create_view(request: AuthenticatedRequest) -> HttpResponse:
    organizations = {
        organization.slug: organization
        for organization in organization_list_for_user(user=request.user, roles=EDITOR_ROLES)
    }
    choices = [(slug, organization.name) for slug, organization in organizations.items()]
    form = StatementCreateForm(posted(request), initiator_choices=choices)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data}
        data["initiators"] = [organizations[slug] for slug in data["initiators"]]
        try:
            statement = statement_create(acting_user=request.user, **data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Draft saved. Check the preview, then publish it."))
            return redirect("dashboard:statement_manage", slug=statement.slug)
    context = {"form": form, "has_organizations": bool(choices)}
    status = 400 if form.is_bound else 200
    return render(request, "dashboard/statement_create.html", context, status=status)


def _statement(request: AuthenticatedRequest, slug: str, *, editor: bool = False) -> Statement:
    """The statement, if the user is a member of an initiating organisation (to anyone
    else, drafts included, it does not exist); `editor` also requires an editor's role."""
    statement = statement_get(slug=slug)
    if statement is None or not _allowed(
        statement_require_moderator, statement=statement, user=request.user
    ):
        raise Http404
    if editor:
        try:
            statement_require_editor(statement=statement, user=request.user)
        except ServiceError as error:
            raise PermissionDenied(str(error.message)) from error
    return statement


@login_required
def statement_manage(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    statement = _statement(request, slug)
    draft = statement_draft(statement=statement)
    context = {
        "statement": statement,
        "current": statement.current_version,
        "draft": draft,
        "draft_html": render_markdown(draft.body) if draft else "",
        "versions": selectors.statement_version_list(statement=statement),
        "pending_count": selectors.statement_pending_count(statement=statement),
        "can_edit": _allowed(statement_require_editor, statement=statement, user=request.user),
        "is_public": statement.status != StatementStatus.DRAFT,
        "translations": statement_translation_list(statement=statement, published_only=False),
        "language_choices": language_choices(),
    }
    return render(request, "dashboard/statement_manage.html", context)


@login_required
def statement_edit_view(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    statement = _statement(request, slug, editor=True)
    draft = statement_draft(statement=statement)
    source = draft or statement.current_version
    initial = {
        "title": getattr(source, "title", ""),
        "body": getattr(source, "body", ""),
        "demands": getattr(source, "demands", []),
        "footnotes": getattr(source, "footnotes", []),
    }
    form = StatementEditForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            version = statement_edit(
                statement=statement, acting_user=request.user, **form.cleaned_data
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("Draft of version %(number)s saved. Publish it when it is ready.")
                % {"number": version.number},
            )
            return redirect("dashboard:statement_manage", slug=statement.slug)
    context = {
        "statement": statement,
        "form": form,
        "draft": draft,
        "next_number": draft.number if draft else getattr(source, "number", 0) + 1,
    }
    status = 400 if form.is_bound else 200
    return render(request, "dashboard/statement_edit.html", context, status=status)


def _statement_action(request: AuthenticatedRequest, slug: str, action, success) -> HttpResponse:  # type: ignore[no-untyped-def]
    statement = _statement(request, slug)
    try:
        action(statement=statement, acting_user=request.user)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, success)
    return redirect("dashboard:statement_manage", slug=statement.slug)


@login_required
@require_POST
def statement_publish_view(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    return _statement_action(
        request, slug, statement_publish, _("Published. The public page shows the new text.")
    )


@login_required
@require_POST
def statement_close_view(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    return _statement_action(
        request, slug, statement_close, _("Closed. No new endorsements are accepted.")
    )


@login_required
@require_POST
def statement_reopen_view(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    return _statement_action(
        request, slug, statement_reopen, _("Reopened. Endorsements are accepted again.")
    )


# Moderation


def _name_warnings(endorsement: Endorsement) -> list[dict[str, str]]:
    if endorsement.organization is not None:
        return list(endorsement.organization.name_warnings)
    proposed = endorsement.proposed_organization or {}
    return organization_name_warnings(
        names=[proposed.get("name", ""), *proposed.get("alt_names", [])]
    )


def _render_moderation(
    request: AuthenticatedRequest,
    statement: Statement,
    *,
    failed: tuple[int, forms.Form] | None = None,
    status: int = 200,
) -> HttpResponse:
    rows = []
    for endorsement in endorsement_pending_list(statement=statement):
        form: forms.Form = RejectForm(auto_id=f"reject-{endorsement.pk}-%s")
        if failed is not None and failed[0] == endorsement.pk:
            form = failed[1]
        rows.append((endorsement, form, _name_warnings(endorsement)))
    context = {
        "statement": statement,
        "rows": rows,
        "unchecked": endorsement_unchecked_list(statement=statement),
        "unchecked_count": endorsement_unchecked_count(statement=statement),
    }
    return render(request, "dashboard/moderation.html", context, status=status)


def _not_pending(request: AuthenticatedRequest, statement: Statement, pk: int) -> bool:
    """Whether `pk` is not an endorsement of this statement awaiting approval."""
    if endorsement_pending_list(statement=statement).filter(pk=pk).exists():
        return False
    messages.error(request, _("This endorsement does not await approval on this statement."))
    return True


def _moderate(
    request: AuthenticatedRequest,
    statement: Statement,
    act: Callable[[], Endorsement],
    done: "str | Promise",
) -> HttpResponse:
    """Run a moderator's action and say how it went, back on the moderation page."""
    try:
        endorsement = act()
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, bidi_isolated(done, name=endorsement.public_name))
    return redirect("dashboard:moderation", slug=statement.slug)


@login_required
def moderation(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    return _render_moderation(request, _statement(request, slug))


@login_required
@require_POST
def endorsement_approve_view(request: AuthenticatedRequest, slug: str, pk: int) -> HttpResponse:
    statement = _statement(request, slug)
    if _not_pending(request, statement, pk):
        return redirect("dashboard:moderation", slug=statement.slug)
    return _moderate(
        request,
        statement,
        lambda: endorsement_approve(endorsement_id=pk, acting_user=request.user),
        _("Approved: %(name)s is now listed."),
    )


@login_required
@require_POST
def endorsement_remove_view(request: AuthenticatedRequest, slug: str, pk: int) -> HttpResponse:
    statement = _statement(request, slug)
    if not statement.endorsements.filter(pk=pk).exists():
        raise Http404
    return _moderate(
        request,
        statement,
        lambda: endorsement_remove_unchecked(endorsement_id=pk, acting_user=request.user),
        _("Removed: %(name)s."),
    )


@login_required
@require_POST
def endorsement_reject_view(request: AuthenticatedRequest, slug: str, pk: int) -> HttpResponse:
    statement = _statement(request, slug)
    if _not_pending(request, statement, pk):
        return redirect("dashboard:moderation", slug=statement.slug)
    form = RejectForm(request.POST, auto_id=f"reject-{pk}-%s")
    if not form.is_valid():
        return _render_moderation(request, statement, failed=(pk, form), status=400)
    return _moderate(
        request,
        statement,
        lambda: endorsement_reject(
            endorsement_id=pk, acting_user=request.user, reason=form.cleaned_data["reason"]
        ),
        _("Rejected: %(name)s."),
    )


# Translations


@login_required
def statement_translation_start(request: AuthenticatedRequest, slug: str) -> HttpResponse:
    """The language picker on the manage page is a GET form; it lands here."""
    statement = _statement(request, slug, editor=True)
    language = request.GET.get("language", "")
    if language not in dict(global_settings.LANGUAGES):
        raise Http404
    return redirect("dashboard:statement_translation", slug=statement.slug, language=language)


@login_required
def statement_translation_edit(
    request: AuthenticatedRequest, slug: str, language: str
) -> HttpResponse:
    """The original on one side, the translation on the other; paragraphs of the
    original that changed since the translated version are marked."""
    statement = _statement(request, slug, editor=True)
    current = statement.current_version
    if current is None or language not in dict(global_settings.LANGUAGES):
        raise Http404
    existing = statement_translation_get(
        statement=statement, language=language, published_only=False
    )
    initial = {"language": language, "status": TranslationStatus.DRAFT}
    if existing is not None:
        initial |= {
            "title": existing.title,
            "body": existing.body,
            "demands": existing.demands,
            "footnotes": existing.footnotes,
            "translator": existing.translator,
            "status": existing.status,
        }
    data = {**request.POST.dict(), "language": language} if request.method == "POST" else None
    form = StatementTranslationForm(data, initial=initial)
    form.fields["language"].widget = forms.HiddenInput()
    if request.method == "POST" and form.is_valid():
        try:
            statement_translation_save(
                statement=statement, acting_user=request.user, **form.cleaned_data
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Translation saved."))
            return redirect("dashboard:statement_manage", slug=statement.slug)
    context = {
        "statement": statement,
        "current": current,
        "language": language,
        "translation": existing,
        "paragraphs": paragraphs_marked_changed(
            old_body=existing.version.body if existing else current.body,
            new_body=current.body,
        ),
        "form": form,
    }
    status = 400 if form.is_bound else 200
    return render(request, "dashboard/statement_translation.html", context, status=status)
