from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from solidarity.core.errors import ServiceError

from .models import Endorsement
from .services import endorsement_confirm, endorsement_withdraw


def _token_page(
    request: HttpRequest,
    token: str,
    *,
    action: Callable[..., Endorsement],
    template: str,
) -> HttpResponse:
    """GET shows a button, POST acts: link scanners that prefetch do nothing."""
    if request.method == "POST":
        try:
            endorsement = action(token=token)
        except ServiceError as error:
            return render(
                request, template, {"error": error.message, "token": token}, status=error.status
            )
        return render(request, template, {"done": True, "endorsement": endorsement})
    return render(request, template, {"token": token})


def confirm(request: HttpRequest, token: str) -> HttpResponse:
    return _token_page(
        request, token, action=endorsement_confirm, template="endorsements/confirm.html"
    )


def withdraw(request: HttpRequest, token: str) -> HttpResponse:
    return _token_page(
        request, token, action=endorsement_withdraw, template="endorsements/withdraw.html"
    )
