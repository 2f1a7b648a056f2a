"""The one NinjaAPI: token auth, and every error as application/problem+json."""

import json
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.schema import OpenAPISchema

from solidarity.core.apitools import FormInvalid
from solidarity.core.errors import ServiceError, TooManyRequests
from solidarity.endorsements.api import router as endorsements_router
from solidarity.imports.api import router as imports_router
from solidarity.organizations.api import router as organizations_router
from solidarity.statements.api import router as statements_router

PROBLEM = "application/problem+json"

PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "description": "An error, as RFC 9457 problem details; `title` is in the request's language.",
    "type": "object",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "code": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
                "required": ["field", "message"],
            },
        },
    },
    "required": ["type", "title", "status"],
}

CLIENT_ERRORS = {
    400: "The body is not valid JSON.",
    401: "No valid token was sent.",
    403: "The token's user may not do this.",
    404: "Nothing is found at this address.",
    413: "The body is too large.",
    422: "The input is not valid; `errors` says which field and why.",
    "4XX": "Any other refusal of the request.",
}


class SolidarityAPI(NinjaAPI):
    """Documents, on every operation, the problem+json errors the handlers below answer."""

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
        problem_content = {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for methods in schema["paths"].values():
            for operation in methods.values():
                codes: list[int | str] = ["4XX"]
                if "requestBody" in operation:
                    codes += [400, 413, 422]
                elif operation.get("parameters"):
                    codes.append(422)
                if "security" in operation:
                    codes += [401, 403]
                if any(p["in"] == "path" for p in operation.get("parameters", [])):
                    codes.append(404)
                for code in codes:
                    operation["responses"].setdefault(
                        code, {"description": CLIENT_ERRORS[code], "content": problem_content}
                    )
        return schema


api = SolidarityAPI(
    title="Solidarity API",
    version="1",
    description="Joint statements, organisations and endorsements.",
    urls_namespace="api",
    # Ninja's interactive docs load Swagger UI from a CDN; no page may load anything
    # from another origin, so only the OpenAPI document is served.
    docs_url=None,
)


def problem(
    request: HttpRequest, *, status: int, title: str, detail: str = "", **extra: Any
) -> HttpResponse:
    body = {"type": "about:blank", "title": title, "status": status, **extra}
    if detail:
        body["detail"] = detail
    response = api.create_response(request, body, status=status)
    response["Content-Type"] = PROBLEM
    return response


# Pydantic's messages are English; these say the common ones in the user's language.
def _pydantic_message(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return _("This field is required.")
    if kind == "json_invalid":
        return _("The request body is not valid JSON.")
    if kind.endswith("_type") or kind.endswith("_parsing"):
        return _("This value has the wrong type.")
    if kind in {"union_tag_invalid", "union_tag_not_found"}:
        return _("“kind” must be “individual” or “organization”.")
    if kind in {"string_too_long", "too_long"}:
        return _("This value is too long.")
    return _("This value is not valid.")


def _field_path(request: HttpRequest, loc: tuple[Any, ...]) -> str:
    """The field as the client sent it: ("body", "payload", "individual", "name") is
    "name" of the JSON body; the location, the handler's parameter and the tag of the
    union member ("kind") mean nothing to the client."""
    if loc[:1] != ("body",):
        return ".".join(str(part) for part in loc[1:])
    parts = loc[2:]
    if len(parts) > 1 and parts[0] == _body_kind(request):
        parts = parts[1:]
    return ".".join(str(part) for part in parts) or "body"


def _body_kind(request: HttpRequest) -> Any:
    try:
        body = json.loads(request.body)
    except ValueError:
        return None
    return body.get("kind") if isinstance(body, dict) else None


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {
            "field": _field_path(request, tuple(error.get("loc", ()))),
            "message": _pydantic_message(error),
        }
        for error in exc.errors
    ]
    return problem(
        request,
        status=422,
        title=_("The request is not valid."),
        detail=errors[0]["message"] if errors else "",
        errors=errors,
    )


@api.exception_handler(FormInvalid)
def form_invalid(request: HttpRequest, exc: FormInvalid) -> HttpResponse:
    return problem(
        request,
        status=422,
        title=_("The request is not valid."),
        detail=exc.errors[0]["message"] if exc.errors else "",
        errors=exc.errors,
    )


@api.exception_handler(ServiceError)
def service_error(request: HttpRequest, exc: ServiceError) -> HttpResponse:
    extra: dict[str, Any] = (
        {"errors": [{"field": exc.field, "message": str(exc.message)}]} if exc.field else {}
    )
    response = problem(request, status=exc.status, title=str(exc.message), code=exc.code, **extra)
    if isinstance(exc, TooManyRequests):
        response["Retry-After"] = str(exc.retry_after)
    return response


@api.exception_handler(AuthenticationError)
def authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = problem(
        request,
        status=401,
        title=_("Authentication required: send “Authorization: Bearer <token>”."),
    )
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    # Ninja's own messages are English; the one users meet is the unreadable body.
    title = _("The request body is not valid JSON.") if exc.status_code == 400 else str(exc)
    return problem(request, status=exc.status_code, title=title)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return problem(request, status=404, title=_("Not found."))


@api.exception_handler(RequestDataTooBig)
def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return problem(request, status=413, title=_("The request is too large."))


api.add_router("/organizations", organizations_router)
api.add_router("/statements", statements_router)
api.add_router("/imports", imports_router)
api.add_router("/", endorsements_router)
