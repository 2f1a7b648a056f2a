"""Pieces every router uses: token auth and form-based validation of input."""

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer

from solidarity.accounts.selectors import api_token_user


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
