"""Forms the dashboard needs beyond those of the apps it manages."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

from solidarity.organizations.models import MembershipRole


class MemberForm(forms.Form):
    """Give a registered user a role in an organisation, found by e-mail address."""

    email = forms.EmailField(label=_("E-mail address of the account"), max_length=254)
    role = forms.ChoiceField(
        label=_("Role"), choices=MembershipRole.choices, initial=MembershipRole.EDITOR
    )

    def clean_email(self) -> User:
        email = self.cleaned_data["email"].strip()
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise forms.ValidationError(
                _("No account uses this e-mail address. Ask the person to create one first.")
            )
        return user
