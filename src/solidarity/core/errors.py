"""Domain errors raised by services; views and the API turn them into messages."""

from django.utils.functional import Promise


class ServiceError(Exception):
    """A rule of the domain refused the change; `message` is already translatable."""

    status = 400
    code = "invalid"

    def __init__(self, message: str | Promise, *, field: str | None = None) -> None:
        super().__init__(str(message))
        # Rendered at the raise site, in the language of the request being served.
        self.message: str = str(message)
        self.field = field


class PermissionDenied(ServiceError):
    status = 403
    code = "forbidden"


class Conflict(ServiceError):
    status = 409
    code = "conflict"


class NotFound(ServiceError):
    status = 404
    code = "not_found"


class TooManyRequests(ServiceError):
    status = 429
    code = "throttled"

    def __init__(self, message: str | Promise, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
