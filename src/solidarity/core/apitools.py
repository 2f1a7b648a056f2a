"""Pieces every router uses: token auth and form-based validation of input."""

from typing import Annotated, Any

from django.http import HttpRequest
from ninja.security import HttpBearer
from pydantic import StringConstraints

from solidarity.accounts.selectors import api_token_user

# Strings that reach a query without passing through a form (whose fields refuse them)
# get their shape here: PostgreSQL can neither store nor compare a NUL character, and
# answers one with an error, not with "no such row".
Slug = Annotated[str, StringConstraints(pattern=r"^[-a-zA-Z0-9_]+$", max_length=100)]
# A language code such as "pt-br" or "zh-hans", or nothing.
LanguageCode = Annotated[
    str, StringConstraints(pattern=r"^([a-zA-Z]{1,8}([-_][a-zA-Z0-9]{1,8})*)?$", max_length=35)
]


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = api_token_user(token=token)
        if user is not None:
            request.user = user
        return user


class FormInvalid(Exception):
    def __init__(self, errors: list[dict[str, str]]) -> None:
        super().__init__(errors)
        self.errors = errors


def form_errors(form: Any) -> list[dict[str, str]]:
    return [
        {"field": field, "message": str(messages[0])} for field, messages in form.errors.items()
    ]


def validated_form(form_class: type, data: dict[str, Any], **kwargs: Any) -> Any:
    """Validate API input with the same form the HTML pages use."""
    form = form_class(data=data, **kwargs)
    if not form.is_valid():
        raise FormInvalid(form_errors(form))
    return form


def validated(form_class: type, data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    return validated_form(form_class, data, **kwargs).cleaned_data


def optional_user(request: HttpRequest) -> Any:
    """The token's user on an endpoint that is public but shows more to its editors."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token:
        return api_token_user(token=token.strip())
    return None
