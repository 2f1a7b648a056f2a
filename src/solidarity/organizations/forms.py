from django import forms
from django.utils.translation import gettext_lazy as _

from solidarity.core.forms import CountriesField, LinesField, NameField

from .models import Organization, OrganizationKind


class OrganizationForm(forms.Form):
    name = NameField(label=_("Primary name"))
    alt_names = LinesField(
        label=_("Other names"),
        help_text=_("One per line: the name in other scripts and languages."),
        max_items=20,
        max_item_length=200,
    )
    acronym = NameField(label=_("Acronym"), max_length=30, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=OrganizationKind.choices)
    countries = CountriesField(label=_("Countries"))
    parent = forms.SlugField(label=_("Parent organisation"), required=False, max_length=80)
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )

    def clean_parent(self) -> Organization | None:
        slug = self.cleaned_data.get("parent")
        if not slug:
            return None
        parent = Organization.objects.filter(slug=slug).first()
        if parent is None:
            raise forms.ValidationError(_("There is no organisation with this identifier."))
        return parent


class OrganizationDomainForm(forms.Form):
    domain = forms.CharField(label=_("E-mail domain"), max_length=253)

    def clean_domain(self) -> str:
        domain = self.cleaned_data["domain"].strip().lower().lstrip("@")
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError as error:
            raise forms.ValidationError(_("Enter a valid domain name.")) from error
        labels = domain.split(".")
        if len(labels) < 2 or not all(
            label and len(label) < 64 and label.replace("-", "").isalnum() for label in labels
        ):
            raise forms.ValidationError(_("Enter a valid domain name."))
        return domain
