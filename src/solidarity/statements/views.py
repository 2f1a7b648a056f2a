from collections.abc import Callable

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString
from django.views.decorators.http import require_POST

from solidarity.core.errors import ServiceError
from solidarity.core.http import found_or_404
from solidarity.core.markdown import render_markdown
from solidarity.core.proof_of_work import challenge_create
from solidarity.endorsements.forms import (
    HumanCheckForm,
    IndividualEndorsementForm,
    OrganizationEndorsementForm,
)
from solidarity.endorsements.gate import signing_admit
from solidarity.endorsements.models import EndorsementKind
from solidarity.endorsements.selectors import SORTS, endorser_page
from solidarity.endorsements.services import (
    endorsement_submit_individual,
    endorsement_submit_organization,
)
from solidarity.organizations.selectors import organization_name_choices

from .models import Statement, StatementStatus
from .selectors import (
    statement_first_published_at,
    statement_get_for_signing,
    statement_get_public,
    statement_list_public,
    statement_read_language,
    statement_reading,
)


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "statements/home.html", {"statements": statement_list_public()[:50]})


def _page_number(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100_000))
    except ValueError:
        return 1


def _public_statement(slug: str) -> Statement:
    return found_or_404(statement_get_public(slug=slug))


def _signing_statement(slug: str) -> Statement:
    """What a signature needs of its statement, as the API reads it."""
    return found_or_404(statement_get_for_signing(slug=slug))


_FORM_TEMPLATE = "statements/_form.html"
_unbound_forms_html: dict[tuple[type, str], SafeString] = {}


def _form_html(form: forms.Form) -> SafeString:
    """The form's fields as `statements/_form.html` renders them. Before anything is
    posted they are the same for every reader of a language (the CSRF token and the
    bot check sit outside), and rendering them field by field through Django's widget
    templates was most of the statement page's time: rendered once per process and
    language."""
    if form.is_bound:
        return render_to_string(_FORM_TEMPLATE, {"form": form})
    key = (type(form), translation.get_language() or "")
    html = _unbound_forms_html.get(key)
    if html is None:
        html = _unbound_forms_html[key] = render_to_string(_FORM_TEMPLATE, {"form": form})
    return html


def _render_detail(
    request: HttpRequest,
    statement: Statement,
    *,
    individual_form: forms.Form | None = None,
    organization_form: forms.Form | None = None,
    status: int = 200,
) -> HttpResponse:
    sort = request.GET.get("sort", "name")
    sort = sort if sort in SORTS else "name"
    version = statement.current_version
    assert version is not None
    reader_language = translation.get_language() or settings.LANGUAGE_CODE
    reading = statement_reading(
        statement=statement,
        requested=request.GET.get("lang") or request.POST.get("read_language"),
        reader_language=reader_language,
    )
    context = {
        "statement": statement,
        "version": version,
        "reading": reading,
        "body_html": render_markdown(reading.body),
        "first_published_at": statement_first_published_at(statement=statement),
        "is_open": statement.status == StatementStatus.OPEN,
        "individual_form_html": _form_html(individual_form or IndividualEndorsementForm()),
        "organization_form_html": _form_html(organization_form or OrganizationEndorsementForm()),
        # Each form shown gets a fresh time stamp and a fresh challenge.
        "individual_check": HumanCheckForm.fresh("individual-check"),
        "organization_check": HumanCheckForm.fresh("organization-check"),
        "challenge": challenge_create(),
        "sort": sort,
        "organization_names": organization_name_choices(),
        "organizations": endorser_page(
            statement=statement,
            kind=EndorsementKind.ORGANIZATION,
            sort=sort,
            language=reader_language,
            page=_page_number(request.GET.get("orgs")),
            after=request.GET.get("orgs_after"),
            before=request.GET.get("orgs_before"),
        ),
        "individuals": endorser_page(
            statement=statement,
            kind=EndorsementKind.INDIVIDUAL,
            sort=sort,
            language=reader_language,
            page=_page_number(request.GET.get("people")),
            after=request.GET.get("people_after"),
            before=request.GET.get("people_before"),
        ),
        "listed_individuals": statement.individuals_count - statement.withheld_count,
    }
    return render(request, "statements/detail.html", context, status=status)


def statement_detail(request: HttpRequest, slug: str) -> HttpResponse:
    return _render_detail(request, _public_statement(slug))


def _endorse(
    request: HttpRequest,
    statement: Statement,
    form: forms.Form,
    kind: str,
    submit: Callable[..., object],
) -> HttpResponse:
    """Validate the form and its bot checks, count the signature against the limits,
    record it; or show the form again with what went wrong, nothing recorded (the page
    read in full only then: a signature needs only what signing reads)."""
    human = HumanCheckForm(request.POST, prefix=f"{kind}-check")
    status, retry_after = 400, None
    if form.is_valid() and human.is_valid():
        try:
            checked = signing_admit(
                request,
                statement=statement,
                email=form.cleaned_data["email"],
                bot_check=human.cleaned_data["bot_check"],
            )
            submit(form, bot_check_passed=checked)
        except ServiceError as error:
            form.add_error(None, str(error.message))
            status, retry_after = error.status, getattr(error, "retry_after", None)
        else:
            return redirect("statements:thanks", slug=statement.slug)
    for message in human.non_field_errors():
        form.add_error(None, message)
    response = _render_detail(
        request, _public_statement(statement.slug), status=status, **{f"{kind}_form": form}
    )  # type: ignore[arg-type]
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


@require_POST
def endorse_individual(request: HttpRequest, slug: str) -> HttpResponse:
    statement = _signing_statement(slug)

    def submit(form: forms.Form, bot_check_passed: bool) -> None:
        endorsement_submit_individual(
            statement=statement,
            language=translation.get_language(),
            read_language=_read_language(request, statement),
            bot_check_passed=bot_check_passed,
            **form.cleaned_data,
        )

    form = IndividualEndorsementForm(request.POST)
    return _endorse(request, statement, form, "individual", submit)


@require_POST
def endorse_organization(request: HttpRequest, slug: str) -> HttpResponse:
    statement = _signing_statement(slug)

    def submit(form: forms.Form, bot_check_passed: bool) -> None:
        data = form.cleaned_data
        endorsement_submit_organization(
            statement=statement,
            signer_name=data["signer_name"],
            signer_role=data["signer_role"],
            email=data["email"],
            organization=data["organization"],
            proposed_organization=form.proposed_organization(),  # type: ignore[attr-defined]
            language=translation.get_language(),
            read_language=_read_language(request, statement),
            bot_check_passed=bot_check_passed,
        )

    form = OrganizationEndorsementForm(request.POST)
    return _endorse(request, statement, form, "organization", submit)


def _read_language(request: HttpRequest, statement: Statement) -> str:
    """The language of the text shown above the form the person sent."""
    return statement_read_language(
        statement=statement, requested=request.POST.get("read_language", "")
    )


def endorse_thanks(request: HttpRequest, slug: str) -> HttpResponse:
    return render(request, "statements/thanks.html", {"statement": _public_statement(slug)})
