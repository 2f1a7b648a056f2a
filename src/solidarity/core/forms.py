"""Form fields shared by every app: the same rules for HTML forms and the JSON API."""

import functools
from typing import Any, ClassVar

from django import forms
from django.contrib.auth.models import User
from django.core.validators import ProhibitNullCharactersValidator, validate_email
from django.forms.utils import flatatt
from django.http import HttpRequest
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from django_countries import countries

from .errors import ServiceError
from .text import normalize_text, validate_multiline, validate_single_line


class NameField(forms.CharField):
    """A single-line name in any script, NFC-normalised, without control characters."""

    def __init__(self, *, max_length: int = 200, **kwargs: Any) -> None:
        super().__init__(max_length=max_length, strip=True, **kwargs)
        self.validators.append(validate_single_line)

    def to_python(self, value: Any) -> str:
        return normalize_text(super().to_python(value) or "")


class LongTextField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 12})

    def __init__(self, *, max_length: int = 100_000, **kwargs: Any) -> None:
        super().__init__(max_length=max_length, strip=True, **kwargs)
        self.validators.append(validate_multiline)

    def to_python(self, value: Any) -> str:
        return normalize_text(super().to_python(value) or "").replace("\r\n", "\n")


class ContactEmailField(forms.EmailField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_length=254, **kwargs)
        self.validators = [validate_email]


class PlainSelect(forms.Select):
    """A select rendered without a template per option.

    The country pickers have 250 options each and two of them sit on the statement
    page; rendering each option through Django's widget templates made up most of
    the page's server time. Where the options depend on the language alone (set
    ``options_cache_key``), their rendering with nothing chosen is kept per language.
    """

    options_cache_key: str | None = None
    _rendered_options: ClassVar[dict[tuple[str, str, bool], SafeString]] = {}

    def render(
        self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None
    ) -> SafeString:
        final_attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        if self.allow_multiple_selected:
            final_attrs["multiple"] = True
        selected = {str(v) for v in self.format_value(value)}
        if self.options_cache_key and selected <= {""}:
            key = (self.options_cache_key, translation.get_language() or "", bool(selected))
            options = self._rendered_options.get(key)
            if options is None:
                options = self._rendered_options[key] = self._options(selected)
        else:
            options = self._options(selected)
        return format_html("<select{}>{}</select>", flatatt(final_attrs), options)

    def _options(self, selected: set[str]) -> SafeString:
        return format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (code, mark_safe(" selected") if str(code) in selected else "", label)
                for code, label in self.choices
            ),
        )


class PlainSelectMultiple(PlainSelect):
    allow_multiple_selected = True

    def value_from_datadict(self, data: Any, files: Any, name: str) -> Any:
        return forms.SelectMultiple().value_from_datadict(data, files, name)

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return False


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(countries.countries)


class CountryChoiceField(forms.ChoiceField):
    widget = PlainSelect

    def __init__(self, **kwargs: Any) -> None:
        # A callable, so the names are listed in the language of each request.
        super().__init__(choices=lambda: [("", "—"), *countries], **kwargs)
        self.widget.options_cache_key = "country"  # type: ignore[attr-defined]
        self.error_messages["invalid_choice"] = _("“%(value)s” is not an ISO 3166-1 country code.")

    def to_python(self, value: Any) -> str:
        return super().to_python(value).strip().upper()

    def valid_value(self, value: Any) -> bool:
        # A set of codes, not the 250 names translated for this request.
        return value in _country_codes()


class CountriesField(forms.MultipleChoiceField):
    """One or more ISO 3166-1 alpha-2 codes; accepts a list or a comma-separated string."""

    widget = PlainSelectMultiple(attrs={"size": 6})

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("help_text", _("Hold Ctrl (⌘ on a Mac) to choose several."))
        super().__init__(choices=lambda: list(countries), **kwargs)
        self.widget.options_cache_key = "countries"  # type: ignore[attr-defined]
        self.error_messages["invalid_choice"] = _("“%(value)s” is not an ISO 3166-1 country code.")

    def valid_value(self, value: Any) -> bool:
        return value in _country_codes()

    def to_python(self, value: Any) -> list[str]:
        if isinstance(value, str):
            value = [part for part in value.replace(";", ",").split(",")]
        return [str(code).strip().upper() for code in super().to_python(value) if str(code).strip()]


class LinesField(forms.CharField):
    """An ordered list of single-line items, one per line in a textarea or a JSON list."""

    widget = forms.Textarea(attrs={"rows": 3})

    def __init__(self, *, max_items: int = 100, max_item_length: int = 2000, **kwargs: Any):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.max_items = max_items
        self.max_item_length = max_item_length

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if value in self.empty_values:
            return []
        items = value if isinstance(value, list) else str(value).splitlines()
        cleaned = [normalize_text(str(item)) for item in items]
        return [item for item in cleaned if item]

    def validate(self, value: list[str]) -> None:  # type: ignore[override]
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if len(value) > self.max_items:
            raise forms.ValidationError(
                ngettext_lazy(
                    "At most %(limit)d item is allowed.",
                    "At most %(limit)d items are allowed.",
                    "limit",
                ),
                code="max_items",
                params={"limit": self.max_items},
            )
        for item in value:
            if len(item) > self.max_item_length:
                raise forms.ValidationError(
                    ngettext_lazy(
                        "Each item may have at most %(limit)d character.",
                        "Each item may have at most %(limit)d characters.",
                        "limit",
                    ),
                    code="item_length",
                    params={"limit": self.max_item_length},
                )
            # The same message for a NUL as in every other field.
            ProhibitNullCharactersValidator()(item)
            validate_single_line(item)

    def run_validators(self, value: Any) -> None:
        return None


class AuthenticatedRequest(HttpRequest):
    user: User


def posted(request: HttpRequest) -> Any:
    """The form data of a POST, even an empty one (so that a post without fields is
    refused like any other), and None for a first visit."""
    return request.POST if request.method == "POST" else None


def add_service_error(form: forms.Form, error: ServiceError) -> None:
    """Show a service's refusal on the field it names, or above the form."""
    form.add_error(error.field if error.field in form.fields else None, str(error.message))


def first_error(form: forms.Form) -> str:
    for field, errors in form.errors.items():
        return f"{field}: {errors[0]}" if field != "__all__" else str(errors[0])
    return ""
