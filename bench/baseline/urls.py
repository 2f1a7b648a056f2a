"""The one view: parse, INSERT once, answer 202 (a repeat answers the same)."""

import contextlib
import json

from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from .models import Signature


def _insert(name: str, email: str, country: str) -> None:
    with contextlib.suppress(IntegrityError):  # already signed: same answer
        Signature.objects.create(name=name, email=email, country=country)


@csrf_exempt
def sign(request: HttpRequest, slug: str) -> HttpResponse:
    if request.method != "POST":
        return HttpResponse(status=405)
    try:
        data = json.loads(request.body)
        _insert(str(data["name"])[:200], str(data["email"])[:254], str(data["country"])[:2])
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"detail": "bad request"}, status=400)
    return JsonResponse({}, status=202)


def form(request: HttpRequest, slug: str) -> HttpResponse:
    """The HTML mode: a page with a CSRF-protected form, and its POST."""
    if request.method == "POST":
        post = request.POST
        if not all(post.get(k) for k in ("name", "email", "country")):
            return HttpResponse(status=400)
        _insert(post["name"][:200], post["email"][:254], post["country"][:2])
        return redirect("thanks", slug=slug)
    return render(request, "baseline/form.html", {"slug": slug})


def thanks(request: HttpRequest, slug: str) -> HttpResponse:
    return HttpResponse("Thank you.")


urlpatterns = [
    path("api/v1/statements/<slug:slug>/endorsements", sign),
    path("s/<slug:slug>/", form),
    path("s/<slug:slug>/endorse/individual", form),
    path("s/<slug:slug>/thanks", thanks, name="thanks"),
]
