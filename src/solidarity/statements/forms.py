from django import forms
from django.conf import global_settings
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from solidarity.core.forms import LinesField, LongTextField, NameField

from .models import TranslationStatus


def language_choices() -> list[tuple[str, str]]:
    """Every language Django knows, named and sorted in the reader's language (the
    names are in Django's own catalogues)."""
    return sorted(
        ((code, gettext(name)) for code, name in global_settings.LANGUAGES),
        key=lambda choice: choice[1].casefold(),
    )


class StatementTextForm(forms.Form):
    """The text of a statement version: shared by create, edit and the API."""

    title = NameField(label=_("Title"), max_length=300)
    body = LongTextField(label=_("Text"), help_text=_("Markdown: *emphasis*, lists, links."))
    demands = LinesField(
        label=_("Demands and slogans"), help_text=_("One per line, in order."), max_items=50
    )
    footnotes = LinesField(
        label=_("Footnotes"),
        help_text=_("One per line; they are numbered in this order."),
        max_items=100,
    )


class StatementCreateForm(StatementTextForm):
    language = forms.ChoiceField(label=_("Original language"), choices=language_choices)
    initiators = forms.MultipleChoiceField(
        label=_("Initiating organisations"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Organisations in which you are an editor."),
    )

    def __init__(self, *args, initiator_choices: list[tuple[str, str]], **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["initiators"].choices = initiator_choices  # type: ignore[attr-defined]
        self.field_order = ["title", "language", "initiators", "body", "demands", "footnotes"]
        self.order_fields(self.field_order)


class StatementEditForm(StatementTextForm):
    pass


class StatementTranslationForm(StatementTextForm):
    language = forms.ChoiceField(label=_("Language"), choices=language_choices)
    translator = NameField(label=_("Translator"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        choices=TranslationStatus.choices,
        initial=TranslationStatus.DRAFT,
        help_text=_("Readers see only published translations."),
    )

    field_order = ["language", "title", "body", "demands", "footnotes", "translator", "status"]
