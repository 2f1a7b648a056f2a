import pytest
from django.http import Http404

from solidarity.core.http import found_or_404


def test_found_or_404_passes_a_value_through_and_turns_none_into_a_404():
    value = object()
    assert found_or_404(value) is value
    with pytest.raises(Http404):
        found_or_404(None)
