"""Import a published statement: paste, review side by side with the source, save."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from solidarity.core.errors import ServiceError
from solidarity.core.forms import AuthenticatedRequest, add_service_error, posted
from solidarity.endorsements.models import EndorsementKind
from solidarity.organizations.selectors import organization_list_for_user
from solidarity.statements.services import EDITOR_ROLES

from .forms import (
    AddEndorsersForm,
    ImportDocumentForm,
    ImportedEndorserFormSet,
    ImportTextForm,
)
from .models import StatementImport
from .selectors import (
    REVIEW_PAGE_SIZE,
    ReviewPage,
    statement_import_get,
    statement_import_list,
    statement_import_review_page,
    statement_import_source_pieces,
)
from .services import (
    NEW,
    statement_import_add_endorsers,
    statement_import_create,
    statement_import_finish,
    statement_import_update,
)


@login_required
def import_start(request: AuthenticatedRequest) -> HttpResponse:
    form = ImportTextForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            statement_import = statement_import_create(
                acting_user=request.user, text=form.cleaned_data["text"]
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            return redirect("imports:review", pk=statement_import.pk)
    context = {"form": form, "imports": statement_import_list(user=request.user)}
    return render(request, "imports/start.html", context, status=400 if form.errors else 200)


def _match_choices(review: ReviewPage) -> list[list[tuple[str, str]]]:
    choices = []
    for row in review.rows:
        if row.endorser["kind"] != EndorsementKind.ORGANIZATION:
            choices.append([("", "—"), (NEW, _("Register as a new organisation"))])
            continue
        found = [
            (
                str(match.organization.pk),
                match.organization.name
                + (f" ({match.organization.acronym})" if match.organization.acronym else ""),
            )
            for match in row.matches
        ]
        choices.append([*found, (NEW, _("Register as a new organisation"))])
    return choices


def _page_number(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 1


@login_required
def import_review(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    statement_import = statement_import_get(pk=pk, user=request.user)
    if statement_import is None:
        raise Http404
    if statement_import.statement is not None:
        return redirect("dashboard:statement_manage", slug=statement_import.statement.slug)
    data = posted(request)
    add_form = AddEndorsersForm(prefix="add")
    if data is not None and data.get("action") == "add":
        add_form = AddEndorsersForm(data, prefix="add")
        added = _add(request, statement_import, add_form)
        if added is not None:
            return added
        data = None
    review = statement_import_review_page(
        statement_import=statement_import,
        page=_page_number((data or request.GET).get("page")),
    )
    initiators = {
        organization.slug: organization
        for organization in organization_list_for_user(user=request.user, roles=EDITOR_ROLES)
    }
    document_form = ImportDocumentForm(
        data,
        prefix="statement",
        initial=statement_import.document,
        initiator_choices=[(slug, o.name) for slug, o in initiators.items()],
    )
    formset = ImportedEndorserFormSet(  # type: ignore[call-arg]
        data,
        prefix="endorsers",
        initial=[row.endorser for row in review.rows],
        match_choices=_match_choices(review),
    )
    if data is not None and document_form.is_valid() and formset.is_valid():
        response = _save(request, statement_import, review, document_form, formset, initiators)
        if response is not None:
            return response
    context = {
        "statement_import": statement_import,
        "review": review,
        "document_form": document_form,
        "formset": formset,
        "rows": list(zip(review.rows, formset.forms, strict=True)),
        "pieces": statement_import_source_pieces(statement_import=statement_import),
        "add_form": add_form,
    }
    status = 400 if data is not None or add_form.errors else 200
    return render(request, "imports/review.html", context, status=status)


def _add(
    request: AuthenticatedRequest, statement_import: StatementImport, form: AddEndorsersForm
) -> HttpResponse | None:
    """Add the endorsers typed in the form and show them on the last page; None when the
    form or the service refused, the message on the form."""
    if not form.is_valid():
        return None
    try:
        added = statement_import_add_endorsers(
            acting_user=request.user,
            statement_import=statement_import,
            text=form.cleaned_data["text"],
        )
    except ServiceError as error:
        add_service_error(form, error)
        return None
    messages.success(
        request,
        ngettext(
            "%(count)d endorser added at the end of the list.",
            "%(count)d endorsers added at the end of the list.",
            added,
        )
        % {"count": added},
    )
    total = len(statement_import.endorsers) + added
    last_page = -(-total // REVIEW_PAGE_SIZE)
    url = reverse("imports:review", kwargs={"pk": statement_import.pk})
    return redirect(f"{url}?page={last_page}#endorsers")


def _save(
    request: AuthenticatedRequest,
    statement_import: StatementImport,
    review: ReviewPage,
    document_form: ImportDocumentForm,
    formset: ImportedEndorserFormSet,  # type: ignore[valid-type]
    initiators: dict[str, Any],
) -> HttpResponse | None:
    """Keep the corrections; with "finish", also save the draft statement. Returns
    None when a service refused, its message already on the form."""
    cleaned = document_form.cleaned_data
    document = {
        "title": cleaned["title"],
        "date": cleaned["date"].isoformat() if cleaned["date"] else None,
        "language": cleaned["language"],
        "body": cleaned["body"],
        "demands": cleaned["demands"],
        "footnotes": cleaned["footnotes"],
    }
    endorsers = {
        row.position: form.cleaned_data
        for row, form in zip(review.rows, formset.forms, strict=True)  # type: ignore[attr-defined]
    }
    try:
        statement_import_update(
            acting_user=request.user,
            statement_import=statement_import,
            document=document,
            endorsers=endorsers,
        )
        if request.POST.get("action") != "finish":
            messages.success(request, _("Changes saved."))
            url = reverse("imports:review", kwargs={"pk": statement_import.pk})
            return redirect(f"{url}?page={review.page}")
        statement = statement_import_finish(
            acting_user=request.user,
            statement_import=statement_import,
            initiators=[initiators[slug] for slug in cleaned["initiators"]],
        )
    except ServiceError as error:
        add_service_error(document_form, error)
        return None
    imported = statement.organizations_count + statement.individuals_count
    messages.success(
        request,
        ngettext(
            "Draft saved with %(count)d endorser from the published list. Check it, "
            "then publish it.",
            "Draft saved with %(count)d endorsers from the published list. Check it, "
            "then publish it.",
            imported,
        )
        % {"count": imported},
    )
    return redirect("dashboard:statement_manage", slug=statement.slug)
