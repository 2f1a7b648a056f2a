import time
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from solidarity.core.forms import (
    ContactEmailField,
    CountriesField,
    CountryChoiceField,
    LinesField,
    NameField,
)
from solidarity.organizations.models import Organization, OrganizationKind
from solidarity.organizations.selectors import organization_find

from .models import DisplayMode


class IndividualEndorsementForm(forms.Form):
    # Both endorse forms share a page: distinct ids keep each label on its own input.
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "individual-%s")
        super().__init__(*args, **kwargs)

    name = NameField(label=_("Your name"))
    email = ContactEmailField(
        label=_("E-mail"), help_text=_("Never shown. We send you a link to confirm.")
    )
    country = CountryChoiceField(label=_("Country"))
    affiliation = NameField(
        label=_("Affiliation"), required=False, help_text=_("Optional, e.g. your union or role.")
    )
    display = forms.ChoiceField(
        label=_("Show my name as"),
        choices=DisplayMode.choices,
        initial=DisplayMode.FULL,
        widget=forms.RadioSelect,
    )


class OrganizationEndorsementForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "organization-%s")
        super().__init__(*args, **kwargs)

    organization = NameField(
        label=_("Registered organisation"),
        required=False,
        widget=forms.TextInput(attrs={"list": "registered-organizations"}),
        help_text=_(
            "Its name, acronym or identifier, if it is already registered; "
            "otherwise describe it below."
        ),
    )
    org_name = NameField(label=_("Organisation name"), required=False)
    org_alt_names = LinesField(
        label=_("Other names"),
        help_text=_("One per line: the name in other scripts and languages."),
        max_items=20,
        max_item_length=200,
    )
    org_countries = CountriesField(label=_("Countries"), required=False)
    org_kind = forms.ChoiceField(
        label=_("Kind"),
        choices=OrganizationKind.choices,
        initial=OrganizationKind.OTHER,
        required=False,
    )
    org_parent = forms.SlugField(label=_("Parent organisation"), required=False, max_length=80)
    signer_name = NameField(label=_("Your name"))
    signer_role = NameField(label=_("Your role in the organisation"))
    email = ContactEmailField(
        label=_("E-mail"), help_text=_("Never shown. We send you a link to confirm.")
    )

    def clean_organization(self) -> Organization | None:
        reference = self.cleaned_data.get("organization")
        if not reference:
            return None
        organization = organization_find(reference=reference)
        if organization is None:
            raise forms.ValidationError(
                _("No registered organisation has this name; describe yours below instead.")
            )
        return organization

    def clean_org_parent(self) -> str:
        slug = self.cleaned_data.get("org_parent") or ""
        if slug and not Organization.objects.filter(slug=slug).exists():
            raise forms.ValidationError(_("There is no organisation with this identifier."))
        return slug

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.errors:
            return data
        if data.get("organization") is None:
            if not data.get("org_name"):
                self.add_error(
                    "org_name", _("Choose a registered organisation or give the name of yours.")
                )
            if not data.get("org_countries"):
                self.add_error("org_countries", _("Give at least one country."))
        return data

    def proposed_organization(self) -> dict[str, Any] | None:
        data = self.cleaned_data
        if data.get("organization") is not None:
            return None
        return {
            "name": data["org_name"],
            "alt_names": data["org_alt_names"],
            "countries": data["org_countries"],
            "kind": data.get("org_kind") or OrganizationKind.OTHER,
            "parent": data.get("org_parent") or "",
        }


class RejectForm(forms.Form):
    reason = NameField(label=_("Reason"), max_length=1000)


class HumanCheckForm(forms.Form):
    """What only the HTML signing forms carry: a field no person sees or fills (a
    honeypot), when the form was shown (signed, so a post quicker than a person could
    type is refused), and the proof-of-work solution the page's script fills in."""

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    shown_at = forms.CharField(required=False, widget=forms.HiddenInput)
    bot_check = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)

    _signer = signing.Signer(salt="solidarity.endorsements.form-shown")

    @classmethod
    def fresh(cls, prefix: str) -> "HumanCheckForm":
        return cls(
            prefix=prefix,
            initial={"shown_at": cls._signer.sign(str(time.time()))},
            auto_id=f"{prefix}-%s",
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("homepage"):
            raise forms.ValidationError(
                _("Leave the field “Leave this field empty” empty, then send the form again.")
            )
        try:
            shown = float(self._signer.unsign(data.get("shown_at", "")))
        except (signing.BadSignature, ValueError):
            shown = time.time()
        if time.time() - shown < settings.SOLIDARITY_FORM_MIN_SECONDS:
            raise forms.ValidationError(
                _(
                    "That was quicker than a person can fill in the form. "
                    "Check it and send it again."
                )
            )
        return data
