"""Error pages that need more than a template."""

import json
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.csrf import requires_csrf_token

# How long a client should wait before trying again while the database is away.
RETRY_AFTER_SECONDS = 10


def _database_unavailable() -> bool:
    error = sys.exc_info()[1]
    return isinstance(error, OperationalError | InterfaceError)


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 handler. When the failure is the database being unreachable (stopped,
    restarting, out of connections), say so with a 503 and Retry-After: the request
    changed nothing and will work again by itself — as problem+json on the API."""
    if not _database_unavailable():
        return HttpResponseServerError(loader.render_to_string("500.html", request=None))
    title = _("The service is briefly unavailable. Nothing was saved; try again in a moment.")
    if request.path.startswith("/api/"):
        body = {"type": "about:blank", "title": title, "status": 503}
        response = HttpResponse(
            json.dumps(body), status=503, content_type="application/problem+json"
        )
    else:
        # No base template: it would ask the database who is logged in.
        response = HttpResponse(loader.render_to_string("503.html", {"title": title}), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
