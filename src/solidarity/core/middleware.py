from collections.abc import Callable

from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest, HttpResponse

# Nothing may load from another origin: no CDN, web font, analytics or embed.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'none'; object-src 'none'"
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response


class UndecodableFormError(SuspiciousOperation):
    pass


class FormEncodingMiddleware:
    """Refuse (400) a form post whose body holds raw bytes outside ASCII.

    Browsers percent-encode form data, so no browser sends such a body; Django would
    read it as Latin-1 and a garbled name ("Anaÿ") would be stored as if typed. The
    API reads only JSON and answers such a body itself, as problem+json.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.method == "POST"
            and not request.path.startswith("/api/")
            and request.content_type == "application/x-www-form-urlencoded"
            and not request.body.isascii()
        ):
            raise UndecodableFormError("A form body with raw bytes outside ASCII.")
        return self.get_response(request)
