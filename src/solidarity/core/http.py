"""What views and API endpoints share when they turn a read into a response."""

from typing import TypeVar

from django.http import Http404

Found = TypeVar("Found")


def found_or_404(value: Found | None) -> Found:
    """The object a selector read, or a 404 when there is none (Django's
    get_object_or_404 for selectors that answer None)."""
    if value is None:
        raise Http404
    return value
