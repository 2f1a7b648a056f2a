"""The signing lane: a person's signature through the JSON API, without Django's whole
request cycle.

In a spike almost every request is the same one — an individual signing through
`POST /api/v1/statements/{slug}/endorsements` — and most of its cost was the
machinery around the work: URL resolving, eleven middleware, django-ninja's parsing,
a form built and deep-copied per request. The lane takes that one request before
Django does and runs the same steps with the same code: the endpoint's schema, the
form's own fields, the same statement lookup, limits and service, and the same
response middleware for the headers.

Anything else, and anything that is not a plain success — invalid input, an unknown
or closed statement, a limit reached — goes on to Django untouched (the body is handed
back), which answers it exactly as it always did. So the lane answers 202 only where
Django would have, and otherwise only the 503 of a database that is away, which it
makes with Django's own handler.
"""

import io
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.core import signals
from django.core.exceptions import ImproperlyConfigured, SuspiciousOperation, ValidationError
from django.core.handlers.wsgi import WSGIHandler, WSGIRequest
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.common import CommonMiddleware
from django.middleware.locale import LocaleMiddleware
from django.middleware.security import SecurityMiddleware
from django.utils import translation
from django.utils.log import log_response
from pydantic import ValidationError as SchemaError

from solidarity.core.errors import ServiceError
from solidarity.core.middleware import CONTENT_SECURITY_POLICY
from solidarity.core.views import server_error
from solidarity.statements.selectors import statement_get_for_signing

from .forms import IndividualEndorsementForm
from .gate import individual_sign
from .schemas import AcceptedOut, IndividualEndorsementIn

PATH = re.compile(r"/api/v1/statements/(?P<slug>[-a-zA-Z0-9_]+)/endorsements")
StartResponse = Callable[..., Any]
Answer = tuple[str, list[tuple[str, str]], bytes]  # status line, headers, body


class _NotForTheLane(Exception):
    """Django answers this request."""


def _unused(request: Any) -> HttpResponse:
    raise AssertionError("only the response side of these middleware is used")


class SigningLane:
    """WSGI middleware in front of Django's handler (see the module's docstring)."""

    def __init__(self, django: WSGIHandler) -> None:
        self.django = django
        # The middleware that shape a response's headers, in the order Django applies
        # them on the way out, so the lane's 202 carries exactly the same headers.
        self.finishing: list[Any] = [
            XFrameOptionsMiddleware(_unused),
            CommonMiddleware(_unused),
            LocaleMiddleware(_unused),
            SecurityMiddleware(_unused),
        ]
        from solidarity.api import api

        self.render = api.renderer.render
        # The 202 depends only on the language and the scheme: made once for each.
        self.answers: dict[tuple[str, bool], Answer] = {}

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        match = PATH.fullmatch(environ.get("PATH_INFO", ""))
        if (
            match is None
            or environ.get("REQUEST_METHOD") != "POST"
            or not environ.get("CONTENT_TYPE", "").startswith("application/json")
        ):
            return self.django(environ, start_response)
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return self.django(environ, start_response)
        if not 0 < length <= settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            return self.django(environ, start_response)
        body = environ["wsgi.input"].read(length)
        environ["wsgi.input"] = io.BytesIO(body)  # for Django, if it answers instead
        environ["CONTENT_LENGTH"] = str(len(body))
        request = WSGIRequest(environ)
        # No request_started/request_finished around a signature the lane records:
        # their one task here would be to hand the thread's database connection back
        # to the pool and take it again for every signature. The thread keeps it, as
        # with persistent connections; when the database fails, the request finishes
        # as Django's would, which lets a broken connection go.
        with translation.override(translation.get_language_from_request(request)):
            try:
                response = self._sign(request, match["slug"], body)
            except (OperationalError, InterfaceError):
                # The database is away: its 503, as Django answers it, at once rather
                # than after Django has waited for the database again.
                signals.request_finished.send(sender=self.__class__)
                unavailable = server_error(request)
                log_response(
                    "%s: %s", unavailable.reason_phrase, request.path, request=request,
                    response=unavailable, exception=sys.exc_info()[1],
                )  # fmt: skip
                response = self._finished(request, unavailable)
            except (_NotForTheLane, DatabaseError):
                # Django answers: the problem+json of a refusal, or its page for
                # another database error. Signing again is harmless: a repeat
                # inserts nothing.
                response = None
        if response is None:
            environ["wsgi.input"].seek(0)
            return self.django(environ, start_response)
        status, headers, content = response
        start_response(status, headers)
        return [content]

    def _sign(self, request: WSGIRequest, slug: str, body: bytes) -> Answer:
        try:
            request.get_host()  # ALLOWED_HOSTS, as Django checks it
            payload = IndividualEndorsementIn.model_validate_json(body)
            data = _cleaned(IndividualEndorsementForm, payload.dict())
        except (SchemaError, ValidationError, SuspiciousOperation) as refused:
            raise _NotForTheLane from refused
        statement = statement_get_for_signing(slug=slug)
        if statement is None:
            raise _NotForTheLane
        try:
            individual_sign(
                request,
                statement=statement,
                data=data,
                read_language=payload.read_language,
                bot_check=payload.bot_check,
            )
        except ServiceError as refused:
            raise _NotForTheLane from refused
        return self._accepted(request)

    def _accepted(self, request: WSGIRequest) -> Answer:
        key = (translation.get_language(), request.is_secure())
        answer = self.answers.get(key)
        if answer is None:
            response = HttpResponse(
                self.render(request, AcceptedOut().dict(), response_status=202),
                status=202,
                content_type="application/json; charset=utf-8",
            )
            answer = self.answers[key] = self._finished(request, response)
        return answer

    def _finished(self, request: WSGIRequest, response: HttpResponse) -> Answer:
        """The response with the headers Django's middleware give it on the way out."""
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        for middleware in self.finishing:
            response = middleware.process_response(request, response)
        return (
            f"{response.status_code} {response.reason_phrase}",
            list(response.items()),
            response.content,
        )


def _cleaned(form_class: type[forms.Form], data: dict[str, Any]) -> dict[str, Any]:
    """What `form_class(data).cleaned_data` holds when the form is valid, by the form's
    own fields, without building the form (which deep-copies every field). Raises
    ValidationError where the form would be invalid."""
    return {name: field.clean(data.get(name)) for name, field in form_class.base_fields.items()}


if [name for name in vars(IndividualEndorsementForm) if name.startswith("clean")]:
    raise ImproperlyConfigured(
        "The signing lane cleans IndividualEndorsementForm field by field; "
        "a form that cleans more itself cannot go through it."
    )
